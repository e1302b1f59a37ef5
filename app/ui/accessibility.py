"""What a screen reader and a keyboard need from a window, in one place.

- `slide_description`: the slide as words — its title, text, quotes with their
  speakers, dialogue turns, figures, captions and every picture's alt text and
  credit; the slide view carries it as its accessible description.
- `announce_slide`: sets the view's name and description and tells assistive
  technology that they changed, with a polite announcement of the new slide.
- `announce`: a message for a screen reader to say, such as a search's result.
- `FocusRing`: a visible ring around the widget that has the keyboard focus,
  shown when focus moves by keyboard (Tab, a shortcut) and hidden after a
  click, as a browser's `:focus-visible` does; drawn in the palette's
  highlight colour, so it follows the theme.
- `name_controls`: every control without an accessible name gets one from its
  tooltip or text, so no control of a window reads as just «button».
- `scaled_points`: a point size relative to the application font, so the
  desktop's font setting scales the UI's text too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QFocusEvent,
    QGuiApplication,
    QPainter,
    QPalette,
    QRegion,
)
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTextEdit, QWidget

from app.deck.model import Kind, Slide
from app.render.context import RenderContext
from app.render.layouts.common import describe_picture

DESIGN_POINT_SIZE = 10.0  # the application font size the UI's point sizes were chosen for
RING_WIDTH = 3  # pixels: a focus indicator at least two wide is seen (WCAG 2.4.13)
KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason)


def scaled_points(points: float) -> float:
    """`points` as designed for a 10 pt application font, scaled to the one in use."""
    base = QGuiApplication.font().pointSizeF()
    return points * (base / DESIGN_POINT_SIZE if base > 0 else 1.0)


def slide_description(slide: Slide, context: RenderContext) -> str:
    """Every word the slide shows, in reading order, and what its pictures show."""
    lines: list[str] = []
    heading = slide.heading or slide.title
    if heading:
        lines.append(heading)
    quoted = slide.kind is Kind.QUOTE
    for block in slide.blocks:
        if block.kind == "quote" or (quoted and block.kind == "paragraph"):
            lines.append(QCoreApplication.translate(
                "accessibility", "Цитата: «{text}»").format(text=block.text))
        elif block.text:
            lines.append(block.text)
    if slide.speaker:
        lines.append("— " + ", ".join(p for p in (slide.speaker, slide.role) if p))
    lines += [f"{turn.speaker}: {turn.text}" for turn in slide.turns]
    lines += [f"{fact.value} — {fact.label}" for fact in slide.facts]
    lines += [step.text for step in slide.steps if step.text]
    if slide.image is not None and slide.image.caption:
        lines.append(QCoreApplication.translate(
            "accessibility", "Подпись: {text}").format(text=slide.image.caption))
    lines += [described for image in slide.images
              if (described := describe_picture(context, image))]
    return "\n".join(lines)


def slide_name(slide: Slide, number: int | None, total: int, step: int | None = None) -> str:
    """«Слайд 5 из 40: Заголовок» (and «шаг 2 из 4» when a build is shown step by step,
    `step` None when it is shown whole): what a screen reader says first."""
    if number:
        where = QCoreApplication.translate(
            "accessibility", "Слайд {n} из {total}").format(n=number, total=total)
    else:
        where = QCoreApplication.translate("accessibility", "Запасной слайд")
    title = slide.heading or slide.title
    name = f"{where}: {title}" if title else where
    if step is not None and slide.step_count > 1:
        name += ", " + QCoreApplication.translate("accessibility", "шаг {s} из {t}").format(
            s=step + 1, t=slide.step_count)
    return name


def announce_slide(view: QWidget, slide: Slide, context: RenderContext, number: int | None,
                   total: int, step: int | None = None) -> None:
    """Give the view the slide's name and description and tell assistive technology:
    a new slide, or the next step of a build, is announced."""
    name = slide_name(slide, number, total, step)
    description = slide_description(slide, context)
    if (name, description) == (view.accessibleName(), view.accessibleDescription()):
        return
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
        QAccessible.updateAccessibility(QAccessibleEvent(view, kind))
    announce(view, name)


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say `message` politely (a search's result count, say)."""
    if message:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget` (its own or the one Qt derives)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def is_control(widget: QWidget) -> bool:
    """A widget a person operates: one that takes keyboard focus, or any button."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(
        widget, QAbstractButton)


def name_controls(root: QWidget) -> None:
    """Name every control under `root` that has no name yet: Qt's own buttons (a
    toolbar's «more», a field's «clear») by what they do, others by tooltip or text."""
    own = {"qt_toolbar_ext_button": QCoreApplication.translate("accessibility",
                                                               "Другие команды панели"),
           "qt_menubar_ext_button": QCoreApplication.translate("accessibility", "Другие меню")}
    for widget in root.findChildren(QWidget):
        if not is_control(widget) or accessible_name(widget).strip():
            continue
        name = own.get(widget.objectName()) or widget.toolTip() \
            or getattr(widget, "text", lambda: "")()
        if not name and isinstance(widget.parent(), QLineEdit):
            name = QCoreApplication.translate("accessibility", "Очистить поле")
        if name:
            widget.setAccessibleName(name.replace("&", ""))


def keyboard_reachable(window: QWidget, chain: list[QWidget]) -> FocusRing:
    """Tab goes through `chain` in order, and round; every control is named; a ring
    shows where the keyboard is."""
    for widget in chain:  # focusable first: Qt leaves others out of the tab order
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the slide takes keys too
        if isinstance(widget, QTextEdit):
            widget.setTabChangesFocus(True)  # Tab leaves a text pane instead of typing
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
    name_controls(window)
    return FocusRing(window, [w for w in window.findChildren(QWidget) if is_control(w)])


class FocusRing(QWidget):
    """A highlight-coloured ring around the keyboard focus of one window.

    Drawn by the window over the focused widget, just inside its edges, so a
    splitter or a scroll area around the widget cannot clip it; masked to the
    ring itself, so it hides nothing else and takes no clicks.
    """

    def __init__(self, window: QWidget, widgets: list[QWidget]):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keyboard = False  # the last focus move came from the keyboard
        self._target: QWidget | None = None
        self.hide()
        for widget in widgets:
            widget.installEventFilter(self)

    def widget(self) -> QWidget | None:
        """The widget the ring is around, while it is shown."""
        return self._target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) \
                and isinstance(watched, QWidget):
            if event.reason() in KEYBOARD_REASONS:
                self.keyboard = True
            elif event.reason() == Qt.FocusReason.MouseFocusReason:
                self.keyboard = False
            self._target = watched if self.keyboard else None
            self._place()
        elif watched is self._target:
            if kind == QEvent.Type.FocusOut or kind == QEvent.Type.Hide:
                self._target = None
                self.hide()
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move):
                self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(self.parentWidget(), QPoint(0, 0)), target.size()))
        inner = self.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inner)))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()
