"""The presenter console: current and next, notes, clocks, budgets, overlays.

It only draws the controller's state; every key goes to the controller
through the shared action table. Console-only overlays (overview, go-to,
help) live here and never reach the audience window.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.present.controller import Blank, Overlay, PresentationController
from app.present.pace import Tone
from app.present.wording import format_duration
from app.render.context import RenderContext
from app.render.theme import Theme
from app.ui.accessibility import announce_slide, scaled_points
from app.ui.actions import is_digit
from app.ui.appearance import palette_for
from app.ui.console_overlays import KeyHelpPanel, OverviewGrid, duration_bar, goto_bar
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
STYLE = """
#console { background: #0F1A2B; }
#console QLabel { color: #EDE8DF; }
#console QLabel#muted { color: #93A1B5; }
#console QLabel#status { color: #0F1A2B; background: #FEC50C; border-radius: 6px;
                         padding: 2px 10px; font-weight: bold; }
#console QLabel#error { color: white; background: #B3261E; padding: 6px 10px; }
#console QLabel#budget { border-radius: 4px; padding: 2px 8px; }
#console QPushButton, #console QComboBox { padding: 4px 10px; }
#console QListWidget, #console QTreeWidget, #console QTextBrowser {
    background: #16233A; color: #EDE8DF; border: none; border-radius: 6px;
    selection-background-color: #00AFCA; selection-color: #0F1A2B; }
#console QHeaderView::section { background: #16233A; color: #93A1B5; border: none; }
"""


def console_theme(theme: Theme) -> Theme:
    """The console's colours: the theme's if its ground is dark (dark, high contrast),
    else the dark theme's — a bright laptop screen would light the presenter up in a
    dark room."""
    return theme if theme.colors.background.lightness() < 128 else Theme.load("dark")


def themed_style(theme: Theme) -> str:
    """STYLE in `console_theme`'s colours (the buttons follow through the palette)."""
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
    font = label.font()
    if point_size:
        font.setPointSizeF(scaled_points(point_size))  # the desktop's font size scales it
    font.setBold(bold)
    label.setFont(font)
    return label


def _short(title: str, limit: int = 16) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


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

        self.position_label = _label(point_size=15, bold=True)
        self.elapsed_label = _label(point_size=24, bold=True)
        self.timer_state_label = _label(point_size=11, name="muted")
        self.remaining_label = _label(point_size=14)
        self.clock_label = _label(point_size=16, name="muted")
        self.on_slide_label = _label(point_size=11, name="muted")
        self.pace_label = _label(point_size=11)
        self.status_label = _label(point_size=13, name="status")
        self.rehearsal_label = _label(point_size=12, name="muted")
        self.error_label = _label(name="error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.budget_row = QHBoxLayout()
        self.budget_labels: list[QLabel] = []

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

        self.overview = OverviewGrid(controller, context, self)
        self.goto_bar = goto_bar(controller, self)
        self.duration_bar = duration_bar(controller, self.duration_set.emit, self)
        self.help_panel = KeyHelpPanel(self)

        self._build_layout(swap)
        controller.changed.connect(self.refresh)
        controller.tick.connect(self.refresh_clocks)
        controller.error.connect(self.show_error)
        self.refresh()

    def _build_layout(self, swap: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        for upper, lower in ((self.elapsed_label, self.timer_state_label),
                             (self.remaining_label, self.pace_label),
                             (self.clock_label, self.on_slide_label)):
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(upper)
            pair.addWidget(lower)
            top.addSpacing(16)
            top.addLayout(pair)

        right = QSplitter(Qt.Orientation.Vertical, self)
        next_box = QWidget(self)
        next_layout = QVBoxLayout(next_box)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(_label(self.tr("Дальше"), name="muted"))
        next_layout.addWidget(self.next_view, 1)
        right.addWidget(next_box)
        right.addWidget(self.notes)
        right.setSizes([300, 500])

        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(self.current)
        middle.addWidget(right)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setSizes([600, 400])

        self.budget_row.addStretch(1)
        self.budget_row.addWidget(self.rehearsal_label)
        screens = QHBoxLayout()
        screens.addStretch(1)
        screens.addWidget(_label(self.tr("Экран зрителей:"), name="muted"))
        screens.addWidget(self.screen_picker)
        screens.addWidget(swap)
        screens.addWidget(self.here_button)

        body = QWidget(self)
        stack = QGridLayout(body)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(middle, 0, 0)
        for overlay in (self.overview, self.help_panel):
            stack.addWidget(overlay, 0, 0)
            overlay.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.goto_bar)
        layout.addWidget(self.duration_bar)
        layout.addWidget(body, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(self.budget_row)
        layout.addLayout(screens)
        self.goto_bar.hide()
        self.duration_bar.hide()

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
                           self._numbers.get(current.index), len(self._numbers))
            self.next_view.show_slide(*ahead[0] if ahead else (None, 0))
            if current.index != self._notes_for:  # keep the presenter's scroll position
                self._notes_for = current.index
                self.notes.show_notes(current.slide, readout.chapter_title)
        self.position_label.setText(f"{readout.chapter_title} · {readout.slide_number}")
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
        self.status_label.setText(" · ".join(states))
        self.status_label.setVisible(bool(states))

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

    def _refresh_budgets(self) -> None:
        statuses = self.controller.readout.chapter_statuses
        while len(self.budget_labels) < len(statuses):
            label = _label(point_size=10, name="budget")
            self.budget_row.insertWidget(len(self.budget_labels), label)
            self.budget_labels.append(label)
        current = self.controller.readout.chapter_index
        for label, status in zip(self.budget_labels, statuses, strict=False):
            label.setText(f"{_short(status.title)}  {format_duration(status.spent)}"
                          f" / {format_duration(status.budget)}")
            label.setToolTip(html.escape(status.title))
            colour = TONE_COLOURS[Tone.OVERTIME if status.over else Tone.NEUTRAL]
            weight = "bold" if status.index == current else "normal"
            _restyle(label, f"color: {colour}; border: 1px solid {colour}; font-weight: {weight};")

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

    # -- keys the action table does not own ---------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits open go-to with the number already typed, as in PowerPoint."""
        if is_digit(event):
            self.start_goto(event.text())
        elif not (self.key_fallback and self.key_fallback(event)):
            super().keyPressEvent(event)

    def start_goto(self, digit: str) -> None:
        if Overlay.GOTO not in self.controller.overlays:
            self.controller.toggle_overlay(Overlay.GOTO)
        self.goto_bar.start_with(digit)

