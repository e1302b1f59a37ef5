"""The reader window: slide, chapter tree, full text, and the keys to page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Deck, Slide
from app.deck.search import step_showing
from app.present.navigation import History, Navigator, Position
from app.render.context import RenderContext
from app.settings import OPTIONS, Settings, deck_key
from app.startup import own_command
from app.ui import appearance, view_menus
from app.ui.accessibility import announce_slide, keyboard_reachable
from app.ui.actions import VIEW_GROUP, ActionCollection, Where, translate
from app.ui.article_view import ArticleView
from app.ui.bookmarks import Bookmarks
from app.ui.export_dialogs import Exporter
from app.ui.help import KeyHelpDialog
from app.ui.mnemonics import plain
from app.ui.problems_list import ProblemsList
from app.ui.reading_area import ReadingArea
from app.ui.reading_pane import ReadingPane
from app.ui.recent import DeckDrop, fill_recent_menu, remember_deck
from app.ui.search_panel import SearchPanel
from app.ui.sidebar import ChapterTree
from app.ui.slide_view import SlideView
from app.ui.text_writer import Typefaces

SHARE_SIZE = (1280, 720)  # screen-share mode: a 720p window a call can share
# While a show runs (Alt+F5 leaves the reader on screen), these keys of the
# reader drive the show: its Right is the talk's Right, its F5 goes on.
DURING_SHOW = {
    "next": "next", "previous": "previous", "next_slide": "next_slide",
    "previous_slide": "previous_slide", "first": "first", "last": "last",
    "history_back": "history_back", "history_forward": "history_forward", "goto": "goto",
    "leave_fullscreen": "escape", "present": "present", "present_here": "present",
    "present_window": "present", "rehearse": "present",
}


class ReaderWindow(QMainWindow):
    """Pages through a deck; remembers where the reader stopped."""

    present_requested = Signal(int, int)  # slide index, step
    open_requested = Signal(Path)  # another deck folder to open in a new window
    language_chosen = Signal(str)  # `ui/language` was set: the windows are rebuilt in it

    def __init__(self, deck: Deck, context: RenderContext, settings: Settings,
                 diagnostics: list[Diagnostic] | None = None):
        super().__init__()
        self.deck, self.settings = deck, settings
        self.slides = deck.slides
        self.navigator = Navigator(deck, include_hidden=True)
        self.numbers = deck.slide_numbers()
        self.history = History()
        self.index, self.step = 0, 0
        self._deck_key = deck_key(deck.root)
        self.setWindowTitle(self.tr("{title} — Reportage").format(title=deck.title))
        self.setMinimumSize(720, 420)

        self.view = SlideView(context, self)
        self.view.setAccessibleName(self.tr("Слайд"))
        self.sidebar = ChapterTree(deck, self)
        self.text = ReadingPane(self)
        self.article = ArticleView(self)
        self.article.slide_reached.connect(self._article_reached)
        self.search = SearchPanel(deck, self)
        self.search.hide()
        self.search.hit_chosen.connect(self._found)
        self.search.closed.connect(self.close_search)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search, 1)
        column.addWidget(self.sidebar, 2)
        self.area = ReadingArea(self.view, self.text, self.article, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1280])
        self.setCentralWidget(self.splitter)
        self.bookmarks = Bookmarks(deck, settings, self._deck_key, self)
        self.bookmarks.changed.connect(self._bookmark_shown)
        DeckDrop(self).dropped.connect(self.open_requested)
        remember_deck(settings, deck.root)

        self.exporter = Exporter(self, deck, lambda: self.view.context)
        self.actions = ActionCollection(self, Where.READER, icons=True)
        self.actions.add_to(self)
        self._wire_actions()
        self._build_menus()
        self._build_toolbar()
        self.position_label = QLabel(self)
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.position_label)
        self.diagnostics = diagnostics or []
        self.problems_list: ProblemsList | None = None
        self._report()

        self.view.next_requested.connect(self.next)
        self.view.previous_requested.connect(self.previous)
        self.sidebar.slide_chosen.connect(self.go_to)
        self.context = context
        self._set_typefaces()
        self.session = None
        self.present_requested.connect(self.present)
        self.focus_ring = keyboard_reachable(self, [self.search.field, self.search.results,
                                                    self.sidebar, self.view, self.text])
        self._restore()

    # -- set-up ---------------------------------------------------------------

    def _wire_actions(self) -> None:
        a = _ShowFirst(self.actions, self)
        a.connect("next", self.next)
        a.connect("previous", self.previous)
        a.connect("next_slide", self.next_slide)
        a.connect("previous_slide", self.previous_slide)
        a.connect("history_back", lambda: self._move(self.history.back(self.position)))
        a.connect("history_forward", lambda: self._move(self.history.forward(self.position)))
        a.connect("first", lambda: self.go_to(0))
        a.connect("last", lambda: self.go_to(len(self.slides) - 1))
        a.connect("goto", self.ask_go_to)
        for number in (1, 2, 3):
            a.connect(f"chapter_{number}", lambda n=number: self.go_to_chapter(n))
        a.connect("toggle_text", lambda: self.set_text_visible(not self.area.text.isVisible()))
        a.connect("toggle_sidebar",
                  lambda: self.set_sidebar_visible(not self.sidebar.isVisible()))
        a.connect("text_bigger", lambda: self.set_text_zoom(self.text.zoom + 1))
        a.connect("text_smaller", lambda: self.set_text_zoom(self.text.zoom - 1))
        a.connect("text_reset", lambda: self.set_text_zoom(0))
        a.connect("fullscreen", self.toggle_fullscreen)
        a.connect("leave_fullscreen", self.leave_fullscreen)
        a.connect("present", lambda: self.present_requested.emit(0, 0))
        a.connect("present_here", lambda: self.present_requested.emit(self.index,
                                                                     self._talk_step()))
        a.connect("present_window",
                  lambda: self.present(self.index, self._talk_step(), window_size=SHARE_SIZE))
        a.connect("rehearse", lambda: self.present(0, 0, rehearse=True))
        a.connect("help", lambda: KeyHelpDialog(Where.READER, self).exec())
        a.connect("quit", self.quit)
        a.connect("open_deck", self.ask_open_deck)
        a.connect("search", self.open_search)
        a.connect("find_next", lambda: self._find(self.search.next_hit))
        a.connect("find_previous", lambda: self._find(self.search.previous_hit))
        a.connect("export_png", self.exporter.ask_png)
        a.connect("export_pdf", lambda: self.exporter.ask_pdf(notes=False))
        a.connect("export_handout", lambda: self.exporter.ask_pdf(notes=True))
        a.connect("export_epub", self.exporter.ask_epub)
        a.connect("export_html", self.exporter.ask_html)
        a.connect("about", self.about)
        a.connect("deck_problems", self.show_problems)
        a.connect("next_theme",
                  lambda: self.set_theme(appearance.next_choice(self.settings.get("ui/theme"))))
        a["text_below"].toggled.connect(self.set_text_below)
        a["article"].toggled.connect(self.set_article)
        a["show_notes"].toggled.connect(self.set_show_notes)
        a["step_by_step"].toggled.connect(self.set_step_by_step)
        a.connect("bookmark", self.toggle_bookmark)

    def _build_menus(self) -> None:
        for title, actions in self.actions.menus().items():
            menu = self.menuBar().addMenu(title)
            menu.addActions(actions)
            if title == translate(VIEW_GROUP):
                menu.addSeparator()
                self.theme_menu = view_menus.theme_menu(menu, self.settings.get("ui/theme"),
                                                        self.set_theme)
                view_menus.language_menu(menu, self.settings.get("ui/language"),
                                         self.set_language)
            if self.actions["open_deck"] in actions:
                self._add_recent_menu(menu)
            if self.actions["bookmark"] in actions:
                kept = len(menu.actions())
                menu.aboutToShow.connect(
                    lambda m=menu, k=kept: self.bookmarks.fill(m, self.go_to, k))

    def _add_recent_menu(self, file_menu: QMenu) -> None:
        """File → Recent, after «Open»: refilled each time it opens, dead decks pruned."""
        recent = file_menu.addMenu(self.tr("&Недавние колоды"))
        recent.setObjectName("recentMenu")
        file_menu.insertMenu(file_menu.actions()[1], recent)
        recent.aboutToShow.connect(lambda: fill_recent_menu(
            recent, self.settings, self.deck.root, self.open_requested.emit))
        self.recent_menu = recent

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Панель инструментов"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.toggleViewAction().setText(self.tr("&Панель инструментов"))  # the context menu's
        for name in ("toggle_sidebar", "search", "first", "previous", "next", "last", "goto", None,
                     "toggle_text", "text_smaller", "text_bigger", None, "fullscreen",
                     "present", "present_window", "help"):
            if name is None:
                bar.addSeparator()
            else:
                action = self.actions[name]
                keys, text = action.shortcut().toString(), plain(action.text())
                action.setToolTip(f"{text} ({keys})" if keys else text)
                bar.addAction(action)
        self.addToolBar(bar)

    def _report(self) -> None:
        """The deck's problems: counted in the status bar, listed by «Замечания к колоде»."""
        self.actions["deck_problems"].setEnabled(bool(self.diagnostics))
        if not self.diagnostics:
            return
        errors = sum(d.severity is Severity.ERROR for d in self.diagnostics)
        count = QPushButton(self.tr("Замечаний: {n}").format(n=len(self.diagnostics)), self)
        count.setObjectName("problemsCount")
        count.setFlat(True)
        count.setToolTip(self.actions["deck_problems"].text().replace("&", ""))
        count.clicked.connect(self.show_problems)
        self.statusBar().addPermanentWidget(count)
        self.statusBar().showMessage(
            self.tr("В колоде замечаний: {n}, из них ошибок: {e}. Список: Файл → Замечания "
                    "к колоде; в терминале: {command} check").format(
                        n=len(self.diagnostics), e=errors, command=own_command()))

    def follow_problems_list(self, old: ReaderWindow) -> None:
        """The reader `old` gives way to this one (a reload, another language): its list
        of problems, if open, stays open, where it was, on the same row."""
        shown = old.problems_list
        if shown is None or not shown.isVisible() or not self.diagnostics:
            return
        self.show_problems()
        self.problems_list.setGeometry(shown.geometry())
        rows = self.problems_list.problems
        rows.setCurrentRow(min(shown.problems.currentRow(), rows.count() - 1))

    def show_problems(self) -> None:
        """The list of the deck's problems, beside the reader; Enter there shows the slide."""
        if self.problems_list is None:
            self.problems_list = ProblemsList(self.deck, self.diagnostics, self)
            self.problems_list.slide_chosen.connect(self.go_to)
        self.problems_list.show()
        self.problems_list.raise_()
        self.problems_list.activateWindow()

    # -- navigation -----------------------------------------------------------

    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    def go_to(self, index: int, step: int | None = None) -> None:
        """A jump: Alt+← comes back from it. No step: the slide as reading shows it."""
        target = self.navigator.clamp(index, 0) if step is None else \
            self.navigator.clamp(index, step)
        if step is None:
            target = self._as_read(target)
        if target is not None and target != self.position and self.slides:
            self.history.jumped(self.position)
        self._move(target)

    def next(self) -> None:
        whole = self._whole(self.slide) if self.slides else False
        move = self.navigator.next_slide if whole else self.navigator.next_step
        self._move(self._as_read(move(self.position)))

    def previous(self) -> None:
        whole = self._whole(self.slide) if self.slides else False
        move = self.navigator.previous_slide if whole else self.navigator.previous_step
        self._move(self._as_read(move(self.position)))

    def next_slide(self) -> None:
        self._move(self._as_read(self.navigator.next_slide(self.position)))

    def previous_slide(self) -> None:
        self._move(self._as_read(self.navigator.previous_slide(self.position)))

    def _whole(self, slide: Slide) -> bool:
        """Reading shows this slide's build complete (unless steps were asked for)."""
        return slide.builds_up and not self.actions["step_by_step"].isChecked()

    def _as_read(self, target: Position | None) -> Position | None:
        """`target` as reading shows it: a build that adds up, complete."""
        if target is not None and self._whole(self.slides[target.slide]):
            return Position(target.slide, self.slides[target.slide].step_count - 1)
        return target

    @property
    def position(self) -> Position:
        return Position(self.index, self.step)

    def _move(self, target: Position | None) -> None:
        if target is not None:
            self.index, self.step = target.slide, target.step
            self._show()

    def go_to_chapter(self, number: int) -> None:
        chapters = self.deck.main_chapters
        if 1 <= number <= len(chapters) and chapters[number - 1].slides:
            self.go_to(chapters[number - 1].slides[0].index)

    def ask_go_to(self) -> None:
        total = len(self.numbers)
        if not total:
            return
        number, ok = QInputDialog.getInt(
            self, self.tr("Перейти к слайду"), self.tr("Номер слайда (1–{n}):").format(n=total),
            self.numbers.get(self.index, 1), 1, total)
        index = next((i for i, n in self.numbers.items() if n == number), None)
        if ok and index is not None:
            self.go_to(index)

    def _show(self) -> None:
        slide = self.slide
        ahead = [(s, 0) for s in self.slides[self.index + 1:self.index + 3]]
        if self.step + 1 < slide.step_count:
            ahead.insert(0, (slide, self.step + 1))
        self.view.show_slide(slide, self.step, ahead)
        chapter = self.deck.chapters[slide.chapter].title
        self.text.show_slide(slide, chapter, notes=self.actions["show_notes"].isChecked())
        if self.article.isVisible():
            self.article.follow(self.index)
        self._bookmark_shown()
        if self.search.isVisible():
            self.text.highlight(self.search.query)  # the article's marks stay as they are
        self.sidebar.set_current(self.index)
        steps = (self.tr(" · шаг {s}/{t}").format(s=self.step + 1, t=slide.step_count)
                 if slide.step_count > 1 else "")
        number = self.numbers.get(self.index)
        where = (self.tr("слайд {n}/{total}").format(n=number, total=len(self.numbers))
                 if number else self.tr("запасной слайд"))
        self.position_label.setText(f"{chapter} · {where}{steps}")
        announce_slide(self.view, slide, self.context, number, len(self.numbers),
                       None if self._whole(slide) else self.step)
        place = f"{slide.id}:{self.step}"
        if len(place) <= OPTIONS["deck/position"].max_length:  # an absurdly long id: not kept
            self.settings.set("deck/position", place, self._deck_key)

    # -- search -------------------------------------------------------------------

    def open_search(self) -> None:
        if not self.sidebar.isVisible():
            self.set_sidebar_visible(True)
        self.search.show()
        self.search.focus_query()

    def close_search(self) -> None:
        self.search.hide()
        self._highlight("")
        self.view.setFocus()

    def _highlight(self, query: str) -> None:
        """The search's matches marked in the slide's text and, when shown, the article."""
        self.text.highlight(query)
        if self.actions["article"].isChecked():
            self.article.highlight(query)

    def _find(self, step: Callable[[], object]) -> None:
        """F3 / Shift+F3: the next or previous hit, opening the search if needed."""
        if self.search.isVisible() and self.search.query:
            step()
        else:
            self.open_search()

    def _found(self, index: int, query: str) -> None:
        """A hit opens the step that shows it: a later build step, a later turn."""
        self.go_to(index, step_showing(self.slides[index], query))
        self._highlight(query)

    # -- files --------------------------------------------------------------------

    def ask_open_deck(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Открыть колоду (папку с deck.toml)"), str(self.deck.root.parent))
        if folder:
            self.open_requested.emit(Path(folder))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.tr(
            "Reportage {version}\n\nРепортаж как слайды: чтение и показ.\n"
            "Шрифты Noto — SIL Open Font License 1.1.").format(version=__version__))

    # -- presenting -------------------------------------------------------------

    def present(self, index: int, step: int = 0, *, window_size: tuple[int, int] | None = None,
                rehearse: bool = False) -> None:
        """F5 / Shift+F5: present; Esc comes back here at the slide where it stopped."""
        if self.session is not None:
            return
        if not self.numbers:
            self.statusBar().showMessage(self.tr("В колоде нет слайдов для показа."), 8000)
            return
        from app.ui.presentation import PresentationSession

        self.session = PresentationSession(self.deck, self.context, self.settings,
                                           start=index, step=step, window_size=window_size,
                                           rehearse=rehearse)
        self.session.ended.connect(self._presented)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """A clicker's key the reader has no use for (B, «.», P…) goes to a running show."""
        if self.session is None or not self.session.handle_key(event):
            super().keyPressEvent(event)

    def quit(self) -> None:
        """Ctrl+Q: the show (audience and console) ends with the reader, never outlives it."""
        if self.session is not None:
            self.session.end()
        self.close()

    def _presented(self, index: int, step: int) -> None:
        self.session = None
        self.go_to(index, step)
        self.raise_()
        self.activateWindow()

    # -- view -----------------------------------------------------------------

    def set_text_visible(self, visible: bool) -> None:
        """Hidden: slide mode, the slide alone in the reading area."""
        self.area.text.setVisible(visible)
        self.actions["toggle_text"].setChecked(visible)
        self.settings.set("reader/show_text", visible)

    def set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)
        self.actions["toggle_sidebar"].setChecked(visible)
        self.settings.set("reader/show_sidebar", visible)

    def set_theme(self, setting: str) -> None:
        """Show the slides and the window in a theme ('' = follow the system), remembered."""
        self.settings.set("ui/theme", setting)
        view_menus.select(self.theme_menu, setting)
        self.apply_theme()

    def apply_theme(self, repaint: bool = True) -> None:
        """The `ui/theme` setting, resolved now (the system's preference may have changed)."""
        name = appearance.resolve(self.settings.get("ui/theme"), self.deck.theme)
        if name != self.context.theme.name:
            self.context = RenderContext.for_deck(self.deck, name)
            self.view.set_context(self.context)
            self._set_typefaces()
        appearance.apply_palette(self.context.theme, self)
        self.actions.paint_icons(self.context.theme.colors.ink, self.context.theme.colors.faint)
        self.view.letterbox = appearance.letterbox(self.context.theme)
        if repaint and self.slides:
            self._show()

    def set_language(self, setting: str) -> None:
        self.settings.set("ui/language", setting)
        self.language_chosen.emit(setting)

    def set_text_zoom(self, zoom: int) -> None:
        self.text.set_zoom(zoom)
        self.article.set_zoom(zoom)
        self.settings.set("reader/text_zoom", self.text.zoom)
        self._refresh_article()
        if self.slides:
            self._show()

    def _set_typefaces(self) -> None:
        """Both text panes in the slides' own typefaces."""
        faces = Typefaces.of(self.context.theme)
        self.text.set_typefaces(faces)
        self.article.faces = faces
        self._refresh_article()

    def set_text_below(self, below: bool) -> None:
        self.area.set_below(below)
        self.settings.set("reader/text_below", below)

    def set_article(self, article: bool) -> None:
        """The text pane shows the whole report (kept at the current slide) or one slide."""
        self.settings.set("reader/article", article)
        if article and not self.area.text.isVisible():
            self.set_text_visible(True)
        self.area.show_article(article)
        if article:
            self._refresh_article()
            if self.slides:
                self.article.follow(self.index)

    def _refresh_article(self) -> None:
        """Rebuild the article if it is shown (turning it on builds it afresh)."""
        if self.actions["article"].isChecked():
            self.article.build(self.deck, self.context, self.actions["show_notes"].isChecked())
            if self.search.isVisible():
                self.article.highlight(self.search.query)

    def _article_reached(self, index: int) -> None:
        """The article was scrolled to another slide's part: show that slide."""
        if self.slides and index != self.index:
            self._move(self._as_read(self.navigator.clamp(index, 0)))

    def set_show_notes(self, shown: bool) -> None:
        """The presenter's notes in the reader's text: only when asked for."""
        self.settings.set("reader/show_notes", shown)
        self._refresh_article()
        if self.slides:
            self._show()

    def set_step_by_step(self, steps: bool) -> None:
        """Builds one step at a time (as presenting) or complete (reading)."""
        self.settings.set("reader/step_by_step", steps)
        if self.slides:
            self._move(self._as_read(self.position) if not steps else self.position)

    def _talk_step(self) -> int:
        """Where a talk from here starts: a build read complete is presented from its start."""
        return 0 if self.slides and self._whole(self.slide) else self.step

    def toggle_bookmark(self) -> None:
        """Ctrl+D: mark or unmark the current slide."""
        if self.slides and self.bookmarks.toggle(self.slide) is None:
            self.statusBar().showMessage(self.tr("Закладок слишком много: уберите лишние."), 8000)
        self._bookmark_shown()

    def _bookmark_shown(self) -> None:
        """The Ctrl+D action's check mark says whether this slide is bookmarked."""
        marked = bool(self.slides) and self.bookmarks.has(self.slide)
        self.actions["bookmark"].setChecked(marked)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.leave_fullscreen()
        else:
            self._chrome_visible(False)
            self.showFullScreen()
            self.actions["fullscreen"].setChecked(True)

    def leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self._chrome_visible(True)
            self.actions["fullscreen"].setChecked(False)

    def _chrome_visible(self, visible: bool) -> None:
        """Fullscreen reading shows the slide alone."""
        for widget in (self.menuBar(), self.statusBar(), *self.findChildren(QToolBar)):
            widget.setVisible(visible)
        self.sidebar.setVisible(visible and self.settings.get("reader/show_sidebar"))
        self.area.text.setVisible(visible and self.settings.get("reader/show_text"))

    # -- persistence ----------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get("reader/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_geometry()
        self.apply_theme(repaint=False)  # the first slide is shown below, once
        for name, key in (("show_notes", "reader/show_notes"),
                          ("step_by_step", "reader/step_by_step"),
                          ("text_below", "reader/text_below")):
            self.actions[name].blockSignals(True)  # applied below, once
            self.actions[name].setChecked(self.settings.get(key))
            self.actions[name].blockSignals(False)
        self.area.set_below(self.settings.get("reader/text_below"))
        self.splitter.restoreState(self.settings.get("reader/splitter"))
        self.area.restore(self.settings.get("reader/text_splitter"))
        self.set_text_visible(self.settings.get("reader/show_text"))
        self.set_sidebar_visible(self.settings.get("reader/show_sidebar"))
        self.text.set_zoom(self.settings.get("reader/text_zoom"))
        self.article.set_zoom(self.text.zoom)
        self.actions["article"].setChecked(self.settings.get("reader/article"))
        self._move(self.navigator.clamp(*self.saved_position()))

    def _default_geometry(self) -> None:
        """First start: most of the screen, centred, the slide pane largest."""
        area = self.screen().availableGeometry()
        width, height = int(area.width() * 0.88), int(area.height() * 0.88)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        side = max(220, min(320, int(width * 0.17)))
        self.splitter.setSizes([side, width - side])

    def saved_position(self) -> tuple[int, int]:
        """The slide and step where this deck was last left, or the start."""
        saved = self.settings.get("deck/position", self._deck_key)
        slide_id, _, step = saved.rpartition(":")
        slide = self.deck.slide_by_id(slide_id)
        if slide is None:
            return 0, 0
        return slide.index, int(step) if step.isdigit() else 0

    def save_state(self) -> None:
        """Geometry and splits now (the position is saved on every move)."""
        self.settings.set("reader/geometry", self.saveGeometry())
        self.settings.set("reader/splitter", self.splitter.saveState())
        if self.area.placed:
            self.settings.set("reader/text_splitter", self.area.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.session is not None:
            self.session.end()
        self.save_state()
        super().closeEvent(event)


class _ShowFirst:
    """The reader's action table, where DURING_SHOW keys go to a running show first."""

    def __init__(self, actions: ActionCollection, window: ReaderWindow):
        self.actions, self.window = actions, window

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def connect(self, name: str, handler: Callable[[], object]) -> None:
        show_name = DURING_SHOW.get(name)
        if show_name is None:
            self.actions.connect(name, handler)
            return

        def run() -> None:
            session = self.window.session
            if session is None or not session.trigger(show_name):
                handler()

        self.actions.connect(name, run)

