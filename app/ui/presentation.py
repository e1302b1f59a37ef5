"""A running presentation: the controller, the two windows, screens, keys.

The session owns nothing the audience sees directly: it builds the windows,
puts them on the right screens (and again whenever a screen comes or goes),
routes every key of either window through the one action table to the
controller, and keeps the screensaver away until the talk ends.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.deck.model import Deck
from app.present.controller import Overlay, PresentationController
from app.present.inhibit import ScreenSaverInhibitor
from app.present.ink import Tool
from app.present.screens import find_screen
from app.present.timings import TimingsStore
from app.render.collector import hand_back_what_started
from app.render.context import RenderContext
from app.settings import Settings, deck_key
from app.ui.actions import ActionCollection, Where
from app.ui.audience_window import AudienceWindow
from app.ui.screens import index_in, screen_infos, screen_label
from app.ui.stage_windows import fullscreen_on, place

if TYPE_CHECKING:
    from app.ui.annotated_save import AnnotatedSaver
    from app.ui.console_window import ConsoleWindow

log = logging.getLogger(__name__)

SCREEN_SETTLE_MS = 400  # screens come and go in bursts while a cable is plugged
PICKER_OVERLAYS = (Overlay.GOTO, Overlay.OVERVIEW, Overlay.DURATION)
ALWAYS_LIVE = ("escape", "quit", "help", "black", "white", "freeze")
NOTICE_MS = 12000  # how long «timer reset — U brings it back» stays up
SCREEN_NOTICE_MS = 60000  # «no screen 9»: read before the talk, gone once it runs
STAGE_LATE_MS = 1500  # the console comes up by then even if the hall's slide has not


class PresentationSession(QObject):
    """From F5 to the last Esc."""

    ended = Signal(int, int)  # the slide index and step where presenting stopped

    def __init__(self, deck: Deck, context: RenderContext, settings: Settings, *,
                 start: int = 0, step: int = 0, screen: int | str | None = None,
                 console: bool = True, window_size: tuple[int, int] | None = None,
                 rehearse: bool = False, advance_seconds: float | None = None,
                 remote_port: int | None = None, hall_first: bool = False,
                 parent: QObject | None = None):
        """`advance_seconds`: a lobby loop (`present --loop --advance`); `remote_port`: serve
        the phone remote on this port (0: any free one), None: not. `hall_first`: build
        the console (and the remote) only once the hall's first slide is painted, as a
        talk starts; otherwise (a test, a bench) at once."""
        super().__init__(parent)
        self.deck, self.context, self.settings = deck, context, settings
        self.window_size = window_size
        self._setup_key = "present/audience_screen"
        remembered = _load_json(settings.get(self._setup_key))
        fallback = _data_dir() / f"{deck_key(deck.root)}.timings.json"
        timings = TimingsStore(deck.root, fallback) if rehearse else None
        self.controller = PresentationController(
            deck, start=start, start_step=step, screens=screen_infos(), requested_screen=screen,
            remembered_screens=remembered, timings=timings, advance_seconds=advance_seconds)
        planned = settings.get("present/duration", deck_key(deck.root))
        if planned > 0:
            self.controller.set_duration(planned)
        self.console: ConsoleWindow | None = None
        self.console_requested = False
        self.remote = None
        self._typed = ""  # digits typed with no console to show them: Enter goes there
        self._active = True
        self.audience = AudienceWindow(self.controller, context)
        self.place_windows()
        self.audience.view.request_now()  # a worker paints the first slide from here on
        self.annotated: AnnotatedSaver | None = None  # Ctrl+S: with the keys (_build_stage)
        self._collections: list[ActionCollection] = []  # the audience's keys first
        self._wire_signals()
        self.inhibitor = ScreenSaverInhibitor(self)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._unexpected
        if self.controller.kiosk is not None:
            QGuiApplication.instance().installEventFilter(self)
        stage = partial(self._build_stage, console, screen, remote_port)
        if hall_first:
            self._after_first_frame(stage)
        else:
            stage()

    def _after_first_frame(self, run: Callable[[], None]) -> None:
        """Run `run` once the hall's first frame is painted (or STAGE_LATE_MS have passed,
        should it never come): till then the GUI thread is the slide's alone. A key
        pressed before then runs it at once, and is then handled as usual."""
        pending = [run]

        def once() -> None:
            if pending and self._active:
                pending.pop()()

        def key_before_stage(event: QKeyEvent) -> bool:
            once()
            fallback = self.audience.key_fallback  # the actions' own, once the stage is up
            return fallback is not key_before_stage and fallback(event)

        self.audience.key_fallback = key_before_stage
        view = self.audience.view
        view.frame_shown.connect(lambda: QTimer.singleShot(0, once),
                                 Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(STAGE_LATE_MS, once)

    def _build_stage(self, console: bool, screen: int | str | None,
                     remote_port: int | None) -> None:
        """The presenter's side: the keys (the audience window's first), the console, the
        phone remote; and the screensaver kept away (a round trip to the desktop over D-Bus)."""
        from app.ui.annotated_save import AnnotatedSaver

        self.annotated = AnnotatedSaver(self.deck, self.context,
                                        lambda: self.console or self.audience, self)
        self._collections.append(self._wire(self.audience))
        if console:
            self.console = _console(self.controller, self.context)
            self.console.notes.set_zoom(self.settings.get("present/notes_zoom"))
            self.console_requested = self.window_size is not None
            self._collections.append(self._wire(self.console))
            self._wire_console(self.console)
        if remote_port is not None:  # QtNetwork and the QR code only for a talk that asks
            from app.ui.remote_panel import RemoteControl

            self.remote = RemoteControl(self.controller, self.deck, self.context, remote_port,
                                        self.console, self)
        self._sync_key_routing()
        self.place_windows()
        self._tell_unknown_screen(screen)
        self.inhibitor.inhibit()

    # -- wiring ---------------------------------------------------------------

    def _windows(self) -> list[QWidget]:
        return [w for w in (self.audience, self.console) if w is not None]

    def _wire(self, window: QWidget) -> ActionCollection:
        c = self.controller
        actions = ActionCollection(window, Where.PRESENT)
        actions.add_to(window)
        window.key_fallback = actions.trigger_for
        handlers = {
            "next": c.next_step, "previous": c.previous_step,
            "next_slide": c.next_slide, "previous_slide": c.previous_slide,
            "first": c.first, "last": c.last,
            "history_back": c.history_back, "history_forward": c.history_forward,
            "goto": lambda: c.toggle_overlay(Overlay.GOTO),
            "overview": lambda: c.toggle_overlay(Overlay.OVERVIEW),
            "help": lambda: c.toggle_overlay(Overlay.HELP),
            "black": c.toggle_black, "white": c.toggle_white, "freeze": c.toggle_freeze,
            "escape": c.escape, "present": c.start_or_resume, "end_show": c.end_show,
            "pause": c.toggle_pause, "reset_timer": self.reset_timer,
            "undo_reset": self.undo_reset,
            "notes_down": lambda: self.scroll_notes(+1),
            "notes_up": lambda: self.scroll_notes(-1),
            "set_duration": self.ask_duration, "swap_screens": c.swap_screens,
            "console": self.toggle_console,
            "remote_panel": self.toggle_remote_panel,
            "text_bigger": lambda: self.zoom_notes(+1),
            "text_smaller": lambda: self.zoom_notes(-1),
            "text_reset": lambda: self.zoom_notes(None),
            "quit": self.quit,
            **self._ink_handlers(),
        }
        for name, handler in handlers.items():
            if name in actions.actions:
                actions.connect(name, self._typed_or(name, handler))
        return actions

    def _typed_or(self, name: str, handler: Callable[[], object]) -> Callable[[], None]:
        """Digits typed with no console, then Enter: go there (as PowerPoint); any other key
        forgets them."""

        def run() -> None:
            typed, self._typed = self._typed, ""
            if name == "next" and typed:
                self.controller.go_to_typed(typed)
            else:
                handler()

        return run

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key another window (the reader) got but has no action for: the show's, if any."""
        return self._active and bool(self._collections) and self._collections[0].trigger_for(event)

    def trigger(self, name: str) -> bool:
        """Run a show action by name, as its key would (the reader's keys during a show)."""
        action = self._collections[0].actions.get(name) if self._collections else None
        if action is None or not action.isEnabled() or not self._active:
            return False
        action.trigger()
        return True

    def _ink_handlers(self) -> dict[str, Callable[[], object]]:
        c = self.controller
        return {
            "laser": lambda: c.toggle_tool(Tool.LASER),
            "spotlight": lambda: c.toggle_tool(Tool.SPOTLIGHT),
            "pen": lambda: c.toggle_tool(Tool.PEN),
            "highlighter": lambda: c.toggle_tool(Tool.HIGHLIGHTER),
            "zoom": c.toggle_zoom, "erase_ink": c.erase_ink, "undo_ink": c.undo_ink,
            "save_annotated": lambda: self.annotated.save(c.annotations),
        }

    def _wire_signals(self) -> None:
        c = self.controller
        c.placement_changed.connect(self.place_windows)
        c.finished.connect(self.end)
        c.changed.connect(self._sync_key_routing)
        self.audience.digit_typed.connect(self._digit)
        self.audience.view.next_requested.connect(c.next_step)
        self.audience.view.previous_requested.connect(c.previous_step)
        self._settle = QTimer(self, singleShot=True, interval=SCREEN_SETTLE_MS)
        self._settle.timeout.connect(lambda: c.screens_changed(screen_infos()))
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def _wire_console(self, console: ConsoleWindow) -> None:
        c = self.controller
        console.swap_requested.connect(c.swap_screens)
        console.duration_set.connect(self._remember_duration)
        console.audience_screen_requested.connect(c.set_audience_screen)
        console.here_button.clicked.connect(lambda: self._show_audience_on(console))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The lobby loop: any key or click in any window is someone reading."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.controller.touch()
        return False

    def _unwire_signals(self) -> None:
        """After the talk nothing may move a window again (a late hot-plug, a tick)."""
        app = QGuiApplication.instance()
        app.removeEventFilter(self)
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screens_changed)
        self._settle.stop()
        self.controller.shutdown()
        self.controller.placement_changed.disconnect(self.place_windows)

    def _screens_changed(self, *_args) -> None:
        self._settle.start()

    def _sync_key_routing(self) -> None:
        """Who owns a key now: a picker open on the console, or Enter while the console asks.

        While the console asks «end the show?», Enter means yes in both windows
        (it is «next» otherwise); the other keys of «next» still go on.
        """
        holding = self.controller.holding
        picking = any(o in self.controller.overlays for o in PICKER_OVERLAYS)
        if self.console is not None:
            for name, action in self._collections[-1].actions.items():
                action.setEnabled(not picking or name in ALWAYS_LIVE)
        for actions in self._collections:
            actions.lend("end_show", holding and not picking)

    def _digit(self, text: str) -> None:
        """Digits typed on the audience window: go-to on the console, or kept for Enter."""
        if self.console is not None:
            self.console.start_goto(text)
        else:
            self._typed = (self._typed + text)[-4:]

    # -- screens ----------------------------------------------------------------

    def place_windows(self) -> None:
        """Audience fullscreen on its screen, console on the other (or on demand)."""
        if not self._active:
            return
        place(self.audience, self.console, self.controller.placement, self.controller.screens,
              shared_size=self.window_size, console_wanted=self.console_requested)
        self._update_picker()

    def _tell_unknown_screen(self, requested: int | str | None) -> None:
        """`--screen 9` with two screens: say so on the console, and which there are."""
        screens = self.controller.screens
        if requested is None or self.console is None or \
                find_screen(screens, requested) is not None:
            return
        shown = requested + 1 if isinstance(requested, int) else requested
        names = "; ".join(screen_label(info, i) for i, info in enumerate(screens))
        self.console.show_notice(self.tr(
            "Экрана «{asked}» нет — слайды показаны на экране {used}. Есть экраны: {names}. "
            "Выбрать другой — в списке «Экран зрителей» внизу.").format(
                asked=shown, used=self.controller.placement.audience + 1, names=names),
            SCREEN_NOTICE_MS)

    def _update_picker(self) -> None:
        if self.console is not None:
            labels = [screen_label(info, i) for i, info in enumerate(self.controller.screens)]
            self.console.set_screens(labels, self.controller.placement.audience)

    def _show_audience_on(self, window: QWidget) -> None:
        """The visible «show the audience here» button, for undetectable setups."""
        screen = window.screen()
        index = index_in(screen, self.controller.screens)
        if index is None or not self.controller.set_audience_screen(index):
            fullscreen_on(self.audience, screen)

    def toggle_console(self) -> None:
        """With one screen the console comes up on demand, as a window."""
        if self.console is None or self.controller.placement.console is not None:
            return
        self.console_requested = not self.console.isVisible()
        self.place_windows()

    # -- console tools ------------------------------------------------------------

    def toggle_remote_panel(self) -> None:
        """F6: the remote's QR code and pairing code on the console, or why there are none."""
        if self.remote is not None:
            self.remote.toggle_panel()
        elif self.console is not None:
            self.console.show_error(self.tr(
                "Пульт на телефоне не запущен: начните показ с ключом --remote."))

    def ask_duration(self) -> None:
        """T: typed on the console only; the audience never sees it."""
        if self.console is not None and self.console.isVisible():
            self.controller.toggle_overlay(Overlay.DURATION)

    def reset_timer(self) -> None:
        """R: zero at once, and a way back: R sits between T and P."""
        self.controller.reset_timer()
        if self.console is not None:
            self.console.show_notice(self.tr("Таймер сброшен — U вернёт прежнее время"),
                                     NOTICE_MS)

    def undo_reset(self) -> None:
        if self.controller.undo_reset() and self.console is not None:
            self.console.show_notice(self.tr("Время возвращено"), NOTICE_MS // 4)

    def scroll_notes(self, pages: int) -> None:
        if self.console is not None:
            self.console.scroll_notes(pages)

    def _remember_duration(self, minutes: int) -> None:
        self.settings.set("present/duration", float(minutes), deck_key(self.deck.root))

    def zoom_notes(self, delta: int | None) -> None:
        if self.console is None:
            return
        notes = self.console.notes
        notes.set_zoom(0 if delta is None else notes.zoom + delta)
        self.settings.set("present/notes_zoom", notes.zoom)
        self.console.refresh()

    def _unexpected(self, kind: type[BaseException], value: BaseException,
                    trace: TracebackType | None) -> None:
        """An error in any handler: log it, tell the presenter, keep the slides up."""
        log.error("unexpected error while presenting", exc_info=(kind, value, trace))
        if self.console is not None:
            self.console.show_error(self.tr("Ошибка: {e}").format(e=value))

    # -- the end ------------------------------------------------------------------

    def end(self) -> None:
        """Leave presenting: save what is worth keeping, release, close, report."""
        if not self._active:
            return
        self._active = False
        hand_back_what_started()  # the talk's objects are garbage from here on
        self.controller.save_rehearsal()
        if self.annotated is not None:  # else the talk ended before its keys: no strokes
            self.annotated.offer(self.controller.annotations)
        self.settings.set(self._setup_key, json.dumps(self.controller.remembered_screens))
        self.inhibitor.release()
        if self.remote is not None:
            self.remote.stop()
        self._unwire_signals()
        sys.excepthook = self._previous_hook
        position = self.controller.position
        for window in self._windows():
            window.close()
        self.ended.emit(position.slide, position.step)

    def quit(self) -> None:
        self.end()
        QApplication.quit()


def _console(controller: PresentationController, context: RenderContext) -> ConsoleWindow:
    """The presenter console; its modules are imported once the hall's slide is up."""
    from app.ui.console_window import ConsoleWindow

    return ConsoleWindow(controller, context)


def _load_json(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
