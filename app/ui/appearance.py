"""Which theme is shown, and the window colours that go with it.

A theme is chosen by name from the bundled set (`THEMES`), never by a path.
The setting '' follows the system: high contrast when the platform asks for
it, dark when its colour scheme is dark, else the deck's own theme. The
widgets take their palette from the same theme, so the reader's chrome,
panes and dialogs match the slide instead of framing a sepia page in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.deck.manifest import THEMES
from app.render.theme import Theme

SYSTEM = ""  # the `ui/theme` value that follows the system
CHOICES = (SYSTEM, *THEMES)


def theme_title(name: str) -> str:
    """A theme's name in the menu, in the UI language."""
    titles = {
        SYSTEM: QCoreApplication.translate("Appearance", "&Как в системе"),
        "light": QCoreApplication.translate("Appearance", "&Светлая"),
        "dark": QCoreApplication.translate("Appearance", "&Тёмная"),
        "sepia": QCoreApplication.translate("Appearance", "Се&пия"),
        "contrast": QCoreApplication.translate("Appearance", "&Высокий контраст"),
    }
    return titles.get(name, name)


def system_theme(deck_theme: str) -> str:
    """What the platform asks for: high contrast, dark, or else the deck's theme."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    contrast = getattr(Qt, "ContrastPreference", None)
    if accessibility is not None and contrast is not None \
            and accessibility().contrastPreference() == contrast.HighContrast:
        return "contrast"
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return deck_theme if deck_theme in THEMES else "light"


def resolve(setting: str, deck_theme: str) -> str:
    """The theme to show for the `ui/theme` setting."""
    return setting if setting in THEMES else system_theme(deck_theme)


def next_choice(setting: str) -> str:
    """Ctrl+Shift+D: the setting after `setting`, round the menu's order."""
    index = CHOICES.index(setting) if setting in CHOICES else 0
    return CHOICES[(index + 1) % len(CHOICES)]


def palette_for(theme: Theme) -> QPalette:
    """The widgets' colours from the theme's: ground, ink, surfaces, selection."""
    c = theme.colors
    dark = c.background.lightness() < 128
    # a text field or list sits a step off the window ground, lighter on paper, darker at night
    base = c.background.darker(115) if dark else c.background.lighter(103)
    if c.background.lightness() in (0, 255):  # pure black or white: keep the extreme
        base = QColor(c.background)
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, c.background),
        (QPalette.ColorRole.WindowText, c.ink),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, c.panel),
        (QPalette.ColorRole.Text, c.ink),
        (QPalette.ColorRole.PlaceholderText, c.muted),
        (QPalette.ColorRole.Button, c.panel),
        (QPalette.ColorRole.ButtonText, c.ink),
        (QPalette.ColorRole.BrightText, c.background),
        (QPalette.ColorRole.ToolTipBase, c.ink),
        (QPalette.ColorRole.ToolTipText, c.background),
        (QPalette.ColorRole.Highlight, c.accent_ink),
        (QPalette.ColorRole.HighlightedText, c.background),
        (QPalette.ColorRole.Link, c.accent_ink),
        (QPalette.ColorRole.LinkVisited, c.accent_ink),
        (QPalette.ColorRole.Light, c.panel.lighter(120)),
        (QPalette.ColorRole.Midlight, c.panel),
        (QPalette.ColorRole.Mid, c.hairline),
        (QPalette.ColorRole.Dark, c.hairline.darker(130)),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, c.faint)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, c.hairline)
    return palette


def apply_palette(theme: Theme, window: QWidget) -> None:
    """`window` and the app's new windows and dialogs in `theme`'s colours.

    The window's own palette reaches its children at once (the application's
    travels by events), so the panes are repainted in the new colours right away.
    The presenter console keeps its own dark style sheet for the dark room.
    """
    palette = palette_for(theme)
    QApplication.setPalette(palette)
    window.setPalette(palette)


def letterbox(theme: Theme) -> QColor:
    """The bands around the slide: the ground a shade off, so the slide's edge shows."""
    ground = theme.colors.background
    return ground.darker(112) if ground.lightness() >= 128 else ground.lighter(125)
