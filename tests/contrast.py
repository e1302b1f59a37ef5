"""WCAG 2.x contrast, for the theme tests of the slides and of the window colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

BODY = 4.5  # AA, normal text
LARGE = 3.0  # AA, large text: at least 24 px, or 18.66 px bold
WHITE, BLACK = QColor("#FFFFFF"), QColor("#000000")


def luminance(color: QColor) -> float:
    """Relative luminance of an opaque sRGB colour (WCAG 2.x definition)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
            + 0.0722 * linear(color.blueF()))


def ratio(foreground: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(color: QColor, ground: QColor, alpha: float | None = None) -> QColor:
    """`color` (at its own alpha, or `alpha`) composited over an opaque `ground`."""
    a = color.alphaF() if alpha is None else alpha
    return QColor.fromRgbF(*(a * c + (1 - a) * g for c, g in zip(
        (color.redF(), color.greenF(), color.blueF()),
        (ground.redF(), ground.greenF(), ground.blueF()), strict=True)))


def worst_over_any_photo(foreground: QColor, veil: QColor, alpha: float | None = None) -> float:
    """The contrast of text on a translucent veil over a photo of unknown brightness."""
    return min(ratio(foreground, over(veil, ground, alpha)) for ground in (WHITE, BLACK))
