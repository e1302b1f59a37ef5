"""The presenter console: current and next, notes, clocks, budgets, overlays.

It only draws the controller's state; every key goes to the controller
through the shared action table. Console-only overlays (overview, go-to,
help) live here and never reach the audience window.

It fits any screen from 1280×720 down to a 600-pixel strip beside a shared
call window: titles shorten, chips wrap, and below NARROW the slides stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.present.controller import Blank, Overlay, PresentationController
from app.present.ink import Tool
from app.present.pace import Tone
from app.present.wording import format_duration
from app.render.context import RenderContext
from app.render.theme import Theme
from app.ui.accessibility import announce_slide, scaled_points, set_font
from app.ui.actions import is_goto_key
from app.ui.appearance import palette_for
from app.ui.console_overlays import KeyHelpPanel, OverviewGrid, duration_bar, goto_bar
from app.ui.fit import FitLabel, Flow
from app.ui.reading_pane import ReadingPane
from app.ui.slide_view import SlideView

TONE_COLOURS = {
    Tone.NEUTRAL: "#EDE8DF",
    Tone.ON_TIME: "#7BD389",
    Tone.AHEAD: "#6EC6FF",
    Tone.BEHIND: "#FEC50C",
    Tone.OVERTIME: "#FF6B5E",
}

NOTES_POINT_SIZE = 18  # speaker notes are read at arm's length
NARROW = 980  # narrower than this, the current slide goes above the next and the notes
NOTES_SCROLL = 0.8  # J / K scroll the notes by this much of their height
STYLE = """
#console QLabel#status { color: #0F1A2B; background: #FEC50C; border-radius: 6px;
                         padding: 2px 10px; font-weight: bold; }
#console QLabel#error { color: white; background: #B3261E; padding: 6px 10px; }
#console QLabel#banner { color: #0F1A2B; background: #FEC50C; padding: 8px 12px;
                         border-radius: 6px; font-weight: bold; }
#console QLabel#notice { color: #EDE8DF; border: 1px solid #93A1B5; padding: 4px 10px;
                         border-radius: 6px; }
#console QLabel#budget { border-radius: 4px; padding: 2px 8px; }
#console QPushButton, #console QComboBox { padding: 4px 10px; }
#console QListWidget, #console QTreeWidget, #console QTextBrowser {
    border: none; border-radius: 6px; }
#console QHeaderView::section { border: none; }
"""  # the colours that follow the theme: themed_style


def console_theme(theme: Theme) -> Theme:
    """The console's colours: the theme's if its ground is dark (dark, high contrast),
    else the dark theme's — a bright laptop screen would light the presenter up in a
    dark room."""
    return theme if theme.colors.background.lightness() < 128 else Theme.load("dark")


def themed_style(theme: Theme) -> str:
    """STYLE with `console_theme`'s colours (the buttons follow through the palette)."""
    c = console_theme(theme).colors
    ground, ink, muted, panel = (c.background.name(), c.ink.name(), c.muted.name(),
                                 c.panel.name())
    return STYLE + f"""
#console {{ background: {ground}; }}
#console QLabel {{ color: {ink}; }}
#console QLabel#muted {{ color: {muted}; }}
#console QListWidget, #console QTreeWidget, #console QTextBrowser {{
    background: {panel}; color: {ink};
    selection-background-color: {c.accent_ink.name()}; selection-color: {ground}; }}
#console QHeaderView::section {{ background: {panel}; color: {muted}; }}
"""


def _restyle(widget: QWidget, style: str) -> None:
    """setStyleSheet repolishes the widget: do it only when the style changes."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def _label(text: str = "", point_size: float = 0, bold: bool = False,
           name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # deck titles are data, never markup
    if name:
        label.setObjectName(name)
    set_font(label, scaled_points(point_size), bold)  # the desktop's font size scales it
    return label


def _fit_label(point_size: float = 0, bold: bool = False, name: str = "") -> FitLabel:
    label = FitLabel()
    if name:
        label.setObjectName(name)
    set_font(label, point_size, bold)
    return label


def _wrapping(name: str, point_size: float = 0) -> QLabel:
    label = _label(point_size=point_size, name=name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.hide()
    return label


class ConsoleWindow(QWidget):
    """What the presenter sees on the laptop."""

    swap_requested = Signal()
    duration_set = Signal(int)  # minutes, typed after T
    audience_screen_requested = Signal(int)

    def __init__(self, controller: PresentationController, context: RenderContext,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("console")
        self.setWindowTitle(self.tr("Reportage — пульт докладчика"))
        self.setPalette(palette_for(console_theme(context.theme)))
        self.setStyleSheet(themed_style(context.theme))
        self.controller = controller
        self.key_fallback: Callable[[QKeyEvent], bool] | None = None
        self._notes_for: int | None = None
        self._numbers = controller.deck.slide_numbers()

        self.current = SlideView(context, self, interactive=False)
        self.current.setAccessibleName(self.tr("Текущий слайд"))
        self.next_view = SlideView(context, self, interactive=False)
        self.next_view.setAccessibleName(self.tr("Следующий шаг"))
        for view in (self.current, self.next_view):
            view.letterbox = console_theme(context.theme).colors.background
        self.notes = ReadingPane(self, base_point_size=NOTES_POINT_SIZE)
        self.notes.setAccessibleName(self.tr("Заметки докладчика"))

        self.position_label = _fit_label(point_size=15, bold=True)
        self.elapsed_label = _label(point_size=24, bold=True)
        self.timer_state_label = _label(point_size=11, name="muted")
        self.remaining_label = _label(point_size=14)
        self.clock_label = _label(point_size=16, name="muted")
        self.on_slide_label = _label(point_size=11, name="muted")
        self.pace_label = _label(point_size=11)
        self.status_label = _wrapping("status", point_size=13)
        self.banner = _wrapping("banner", point_size=14)  # Esc: «end the show?»
        self.notice = _wrapping("notice", point_size=12)  # «timer reset — U brings it back»
        self._notice_timer = QTimer(self, singleShot=True)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.rehearsal_label = _wrapping("muted", point_size=12)
        self.error_label = _wrapping("error")
        self.budget_row = Flow(self)
        self.budget_labels: list[FitLabel] = []

        self.screen_picker = QComboBox(self)
        self.screen_picker.setAccessibleName(self.tr("Экран зрителей"))
        self.screen_picker.view().setAccessibleName(self.tr("Экраны"))
        self.screen_picker.activated.connect(self.audience_screen_requested)
        swap = QPushButton(self.tr("Поменять экраны (S)"), self)
        swap.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        swap.clicked.connect(self.swap_requested)
        self.here_button = QPushButton(self.tr("Показывать зрителям здесь"), self)
        self.here_button.setObjectName("showAudienceHere")
        self.here_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_picker.setMinimumContentsLength(14)

        self.overview = OverviewGrid(controller, context, self)
        self.goto_bar = goto_bar(controller, self)
        self.duration_bar = duration_bar(controller, self.duration_set.emit, self)
        self.help_panel = KeyHelpPanel(self)

        self._build_layout(swap)
        self._wire_pointer()
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh_clocks)
        controller.error.connect(self.show_error)
        self.refresh()

    def _build_layout(self, swap: QPushButton) -> None:
        self.where_row = QHBoxLayout()  # the position, when the top row has no room for it
        self.top = top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        for upper, lower in ((self.elapsed_label, self.timer_state_label),
                             (self.remaining_label, self.pace_label),
                             (self.clock_label, self.on_slide_label)):
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(upper)
            pair.addWidget(lower)
            top.addSpacing(16)
            top.addLayout(pair)

        self.right = QSplitter(Qt.Orientation.Vertical, self)
        next_box = QWidget(self)
        next_layout = QVBoxLayout(next_box)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(_label(self.tr("Дальше"), name="muted"))
        next_layout.addWidget(self.next_view, 1)
        self.current.setMinimumSize(240, 135)  # a 600-pixel strip stacks them
        self.next_view.setMinimumSize(160, 90)
        self.right.addWidget(next_box)
        self.right.addWidget(self.notes)
        self.right.setSizes([300, 500])

        self.middle = QSplitter(Qt.Orientation.Horizontal, self)
        self.middle.addWidget(self.current)
        self.middle.addWidget(self.right)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 2)
        self.middle.setSizes([600, 400])

        screens = Flow(self)
        screens.add(_label(self.tr("Экран зрителей:"), name="muted"))
        for widget in (self.screen_picker, swap, self.here_button):
            screens.add(widget)

        body = QWidget(self)
        self.stack = stack = QGridLayout(body)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setHorizontalSpacing(16)
        stack.addWidget(self.middle, 0, 0)
        for overlay in (self.overview, self.help_panel):
            stack.addWidget(overlay, 0, 0)
            overlay.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self.where_row)
        layout.addLayout(top)
        for line in (self.status_label, self.banner, self.notice, self.goto_bar,
                     self.duration_bar):
            layout.addWidget(line)
        layout.addWidget(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.budget_row)
        layout.addWidget(self.rehearsal_label)
        layout.addWidget(screens)
        self.goto_bar.hide()
        self.duration_bar.hide()

    def dock(self, panel: QWidget) -> None:
        """A side panel (the phone remote's) at the right of the slides, top-aligned: the
        slides make room for it, so it never covers a clock or the next slide."""
        self.stack.addWidget(panel, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.stack.setColumnStretch(0, 1)  # the slides take what the panel leaves
        panel.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Narrow (a strip beside a call): the current slide above the next and the notes."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if narrow != (self.where_row.count() > 0):
            (self.top if narrow else self.where_row).removeWidget(self.position_label)
            if narrow:
                self.where_row.addWidget(self.position_label, 1)
            else:
                self.top.insertWidget(0, self.position_label, 1)
                self.middle.setSizes([600, 400])
                self.right.setSizes([300, 500])
            self.middle.setOrientation(Qt.Orientation.Vertical if narrow
                                       else Qt.Orientation.Horizontal)
            self.right.setOrientation(Qt.Orientation.Horizontal if narrow
                                      else Qt.Orientation.Vertical)
        if narrow:
            QTimer.singleShot(0, self._balance)  # once the layout has sized the splitter

    def _balance(self) -> None:
        """Stacked: the slide as large as the width allows; next and notes share the rest."""
        width, height = self.middle.width(), self.middle.height()
        if self.middle.orientation() is Qt.Orientation.Vertical and width > 0:
            slide = min(width * 9 // 16, height * 3 // 5)
            self.middle.setSizes([slide, max(1, height - slide)])
            self.right.setSizes([width * 2 // 5, width * 3 // 5])

    def _wire_pointer(self) -> None:
        """The mouse on the current slide drives the laser, the pen and the zoom."""
        c, view = self.controller, self.current
        view.set_pointing(True)
        view.point_for(c)
        c.ink_changed.connect(self.refresh_marks)

    def refresh_marks(self) -> None:
        """The strokes, dot and zoom over the current slide, and the cursor that fits the tool."""
        self.current.set_marks(self.controller.console_marks)
        self.current.follow_tool(self.controller.tool)
        self._refresh_status()

    def _ink_states(self) -> list[str]:
        """The tool and the zoom in the status line: a presenter must know why the mouse draws."""
        names = {Tool.LASER: self.tr("УКАЗКА"), Tool.SPOTLIGHT: self.tr("ПРОЖЕКТОР"),
                 Tool.PEN: self.tr("ПЕРО"), Tool.HIGHLIGHTER: self.tr("МАРКЕР"),
                 Tool.ZOOM: self.tr("ВЫДЕЛИТЕ ОБЛАСТЬ")}
        states = [names[self.controller.tool]] if self.controller.tool in names else []
        if self.controller.console_marks.zoom is not None:
            states.append(self.tr("УВЕЛИЧЕНО (Z — весь слайд)"))
        return states

    # -- drawing the state ------------------------------------------------------

    def refresh(self) -> None:
        c = self.controller
        readout = c.readout
        current = c.current
        if current is not None:
            following = c.next_preview
            ahead = [(following.slide, following.step)] if following is not None else []
            self.current.show_slide(current.slide, current.step, ahead)
            announce_slide(self.current, current.slide, self.current.context,
                           self._numbers.get(current.index), len(self._numbers), current.step)
            self.refresh_marks()
            self.next_view.show_slide(*ahead[0] if ahead else (None, 0))
            if current.index != self._notes_for:  # keep the presenter's scroll position
                self._notes_for = current.index
                self.notes.show_notes(current.slide, readout.chapter_title)
        where = " · ".join(part for part in (readout.slide_number, readout.step_text) if part)
        self.position_label.set_parts(readout.chapter_title, f" · {where}")
        self._refresh_status()
        self._refresh_overlays()
        self.refresh_clocks()

    def _refresh_status(self) -> None:
        c = self.controller
        states = []
        if c.blank is Blank.BLACK:
            states.append(self.tr("ЧЁРНЫЙ ЭКРАН"))
        elif c.blank is Blank.WHITE:
            states.append(self.tr("БЕЛЫЙ ЭКРАН"))
        if c.frozen:
            states.append(self.tr("ЗРИТЕЛИ: ЗАМОРОЖЕНО"))
        if c.rehearsal is not None:
            states.append(self.tr("РЕПЕТИЦИЯ"))
        if c.kiosk is not None:
            states.append(self.tr("ПОКАЗ ПО КРУГУ: ЖДЁТ МИНУТУ ТИШИНЫ") if c.kiosk.paused
                          else self.tr("ПОКАЗ ПО КРУГУ"))
        states += self._ink_states()
        self.status_label.setText(" · ".join(states))
        self.status_label.setVisible(bool(states))
        self.banner.setText(self.tr(
            "Показ приостановлен — зрители видят текущий слайд. Закончить показ? "
            "Enter — да; F5, Esc или «дальше» — продолжить."))
        self.banner.setVisible(c.holding)

    def refresh_clocks(self) -> None:
        readout = self.controller.readout
        self.elapsed_label.setText(readout.elapsed_text)
        self.timer_state_label.setText(readout.timer_label)
        self.remaining_label.setText(readout.remaining_words)
        self.clock_label.setText(readout.wall_clock_text)
        self.on_slide_label.setText(readout.on_slide_text)
        self.pace_label.setText(readout.pace_text)
        colour = TONE_COLOURS.get(readout.tone, TONE_COLOURS[Tone.NEUTRAL])
        _restyle(self.elapsed_label, f"color: {colour};")
        self._refresh_budgets()
        parts = []
        for label, comparison in ((self.tr("слайд"), readout.slide_rehearsal),
                                  (self.tr("глава"), readout.chapter_rehearsal)):
            if comparison is not None and comparison.last is not None:
                parts.append(self.tr("{what} {now} (репетиция {last})").format(
                    what=label, now=format_duration(comparison.now),
                    last=format_duration(comparison.last)))
        self.rehearsal_label.setText(" · ".join(parts))
        self.rehearsal_label.setVisible(bool(parts))

    def _refresh_budgets(self) -> None:
        statuses = self.controller.readout.chapter_statuses
        while len(self.budget_labels) < len(statuses):
            label = _fit_label(point_size=10, name="budget")
            self.budget_row.add(label)
            self.budget_labels.append(label)
        current = self.controller.readout.chapter_index
        for label, status in zip(self.budget_labels, statuses, strict=False):
            label.set_parts(status.title, f"  {format_duration(status.spent)}"
                                          f" / {format_duration(status.budget)}")
            colour = TONE_COLOURS[Tone.OVERTIME if status.over else Tone.NEUTRAL]
            weight = "bold" if status.index == current else "normal"
            _restyle(label, f"color: {colour}; border: 1px solid {colour}; font-weight: {weight};")
        self.budget_row.place()

    def _refresh_overlays(self) -> None:
        """Show what is open; a picker takes the keyboard only when it opens."""
        open_now = self.controller.overlays
        for overlay, widget in ((Overlay.OVERVIEW, self.overview),
                                (Overlay.HELP, self.help_panel),
                                (Overlay.GOTO, self.goto_bar),
                                (Overlay.DURATION, self.duration_bar)):
            opening = overlay in open_now and not widget.isVisibleTo(self)
            widget.setVisible(overlay in open_now)
            if opening and overlay is not Overlay.HELP:
                widget.activate()

    def set_screens(self, labels: list[str], audience: int) -> None:
        self.screen_picker.clear()
        self.screen_picker.addItems(labels)
        self.screen_picker.setCurrentIndex(audience)
        self.screen_picker.setEnabled(len(labels) > 1)

    def show_error(self, message: str) -> None:
        """Errors go to the console, never to the audience."""
        self.error_label.setText(message)
        self.error_label.show()

    def show_notice(self, message: str, ms: int) -> None:
        """A passing word to the presenter (a reset that can be undone), for `ms`."""
        self.notice.setText(message)
        self.notice.show()
        self._notice_timer.start(ms)

    def scroll_notes(self, pages: int) -> None:
        """J / K: the notes scroll from the keyboard, the hands stay on the clicker keys."""
        bar = self.notes.verticalScrollBar()
        bar.setValue(bar.value() + round(pages * NOTES_SCROLL * self.notes.viewport().height()))

    # -- keys the action table does not own ---------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits open go-to with the number already typed, as in PowerPoint."""
        if is_goto_key(event):
            self.start_goto(event.text())
        elif not (self.key_fallback and self.key_fallback(event)):
            super().keyPressEvent(event)

    def start_goto(self, digit: str) -> None:
        if Overlay.GOTO not in self.controller.overlays:
            self.controller.toggle_overlay(Overlay.GOTO)
        self.goto_bar.start_with(digit)

