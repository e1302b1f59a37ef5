"""The one place where actions and their default keys are declared.

The reader window, the audience window, the presenter console and the help
overlay all build from this table, so a key means the same thing everywhere
and the help can never drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, auto

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class Where(Flag):
    READER = auto()
    PRESENT = auto()
    BOTH = READER | PRESENT


def _tr(text: str) -> str:
    """Mark a constant for translation; translated when the action is built.

    tools/translations.py tells lupdate that `_tr` is QT_TR_NOOP, which files
    these strings under the empty context: `translate` looks them up there.
    """
    return text


CONTEXT = ""  # where lupdate files `_tr` strings
VIEW_GROUP = "&Вид"  # the menu the reader adds its theme and language choices to


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    where: Where
    group: str  # the heading in the key help, and the reader's menu
    icon: str = ""
    checkable: bool = False
    in_menu: bool = True
    # Keys borrowed from this action while this one is enabled (Enter: «next», but
    # «end the show» while the console asks); the only way two actions share a key.
    borrows: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    # The deck.
    ActionSpec("open_deck", _tr("&Открыть колоду…"), ("Ctrl+O",), Where.READER, _tr("&Файл"),
               "mdi6.folder-open-outline"),
    ActionSpec("export_pdf", _tr("&Экспорт в PDF…"), ("Ctrl+E",), Where.READER, _tr("&Файл"),
               "mdi6.file-pdf-box"),
    ActionSpec("export_handout", _tr("&Раздаточный PDF: слайды с заметками и текстом…"),
               ("Ctrl+P",), Where.READER, _tr("&Файл"), "mdi6.printer-outline"),
    ActionSpec("export_png", _tr("Экспорт &слайдов в PNG…"), ("Ctrl+Shift+E",), Where.READER,
               _tr("&Файл"), "mdi6.image-multiple-outline"),
    ActionSpec("export_epub", _tr("Экспорт &книги в EPUB…"), (), Where.READER, _tr("&Файл"),
               "mdi6.book-open-page-variant-outline"),
    ActionSpec("export_html", _tr("Экспорт в HTML: одна страница для &чтения без сети…"), (),
               Where.READER, _tr("&Файл"), "mdi6.web"),
    ActionSpec("deck_problems", _tr("&Замечания к колоде…"), (), Where.READER, _tr("&Файл"),
               "mdi6.alert-outline"),
    # Moving through the deck.
    ActionSpec("next", _tr("&Дальше"),
               ("Right", "Down", "PgDown", "Space", "Return", "Enter", "N", "Media Next"),
               Where.BOTH, _tr("&Навигация"), "mdi6.chevron-right"),
    ActionSpec("previous", _tr("&Назад"),
               ("Left", "Up", "PgUp", "Backspace", "Shift+Space", "Media Previous"),
               Where.BOTH, _tr("&Навигация"), "mdi6.chevron-left"),
    ActionSpec("next_slide", _tr("&Следующий слайд, минуя шаги"),
               ("Alt+PgDown", "Shift+Right"), Where.BOTH, _tr("&Навигация")),
    ActionSpec("previous_slide", _tr("Пр&едыдущий слайд, минуя шаги"),
               ("Alt+PgUp", "Shift+Left"), Where.BOTH, _tr("&Навигация")),
    ActionSpec("first", _tr("В на&чало"), ("Home",), Where.BOTH, _tr("&Навигация"),
               "mdi6.page-first"),
    ActionSpec("last", _tr("В &конец"), ("End",), Where.BOTH, _tr("&Навигация"),
               "mdi6.page-last"),
    ActionSpec("goto", _tr("&Перейти к слайду… (или набрать номер и Enter)"), ("G",), Where.BOTH,
               _tr("&Навигация"),
               "mdi6.numeric"),
    ActionSpec("history_back", _tr("&Вернуться после перехода"), ("Alt+Left",), Where.BOTH,
               _tr("&Навигация"), "mdi6.arrow-left"),
    ActionSpec("history_forward", _tr("Вперёд по &истории переходов"), ("Alt+Right",),
               Where.BOTH, _tr("&Навигация"), "mdi6.arrow-right"),
    ActionSpec("search", _tr("П&оиск по тексту…"), ("Ctrl+F",), Where.READER, _tr("&Навигация"),
               "mdi6.magnify"),
    ActionSpec("find_next", _tr("С&ледующее совпадение"), ("F3",), Where.READER,
               _tr("&Навигация")),
    ActionSpec("find_previous", _tr("Пред&ыдущее совпадение"), ("Shift+F3",), Where.READER,
               _tr("&Навигация")),
    ActionSpec("chapter_1", _tr("Глава &1"), ("Ctrl+1",), Where.READER, _tr("&Навигация")),
    ActionSpec("chapter_2", _tr("Глава &2"), ("Ctrl+2",), Where.READER, _tr("&Навигация")),
    ActionSpec("chapter_3", _tr("Глава &3"), ("Ctrl+3",), Where.READER, _tr("&Навигация")),
    # Reading.
    ActionSpec("toggle_text", _tr("&Полный текст рядом со слайдом"), ("F9",), Where.READER,
               _tr("&Вид"), "mdi6.text-box-outline", checkable=True),
    ActionSpec("toggle_sidebar", _tr("&Оглавление"), ("F8",), Where.READER, _tr("&Вид"),
               "mdi6.file-tree-outline", checkable=True),
    ActionSpec("next_theme", _tr("С&ледующая тема"), ("Ctrl+Shift+D",), Where.READER,
               _tr("&Вид"), "mdi6.theme-light-dark"),
    ActionSpec("text_bigger", _tr("&Крупнее текст"), ("Ctrl+=", "Ctrl++"), Where.BOTH,
               _tr("&Вид"), "mdi6.format-font-size-increase"),
    ActionSpec("text_smaller", _tr("&Мельче текст"), ("Ctrl+-",), Where.BOTH, _tr("&Вид"),
               "mdi6.format-font-size-decrease"),
    ActionSpec("text_reset", _tr("Обычный &размер текста"), ("Ctrl+0",), Where.BOTH,
               _tr("&Вид")),
    ActionSpec("fullscreen", _tr("Во весь &экран"), ("F11",), Where.READER, _tr("&Вид"),
               "mdi6.fullscreen", checkable=True),
    ActionSpec("leave_fullscreen", _tr("Выйти из полноэкранного режима"), ("Esc",),
               Where.READER, _tr("&Вид"), in_menu=False),
    # The reading layout (app/ui/reading_area.py).
    ActionSpec("text_below", _tr("&Текст под слайдом"), ("Shift+F9",), Where.READER, _tr("&Вид"),
               "mdi6.view-split-horizontal", checkable=True),
    ActionSpec("article", _tr("&Статья: весь репортаж одной страницей"), ("Ctrl+Shift+A",),
               Where.READER, _tr("&Вид"), "mdi6.text-long", checkable=True),
    ActionSpec("show_notes", _tr("&Заметки докладчика в тексте"), ("Ctrl+Shift+N",),
               Where.READER, _tr("&Вид"), checkable=True),
    ActionSpec("step_by_step", _tr("Сборки по &шагам"), ("Ctrl+Shift+B",), Where.READER,
               _tr("&Вид"), checkable=True),
    # Bookmarks (app/ui/bookmarks.py); the list of them follows in the menu.
    ActionSpec("bookmark", _tr("&Закладка на этом слайде"), ("Ctrl+D",), Where.READER,
               _tr("&Закладки"), "mdi6.bookmark-outline", checkable=True),
    # Presenting.
    ActionSpec("present", _tr("Показ с &начала (во время показа — продолжить)"), ("F5",),
               Where.BOTH, _tr("&Показ"), "mdi6.presentation-play"),
    ActionSpec("present_here", _tr("Показ с &текущего слайда"), ("Shift+F5",), Where.READER,
               _tr("&Показ"), "mdi6.play-outline"),
    ActionSpec("present_window", _tr("Показ в &окне — для демонстрации экрана в звонке"),
               ("Alt+F5",), Where.READER, _tr("&Показ"), "mdi6.monitor-share"),
    ActionSpec("rehearse", _tr("&Репетиция: записать время каждого слайда"), ("Ctrl+F5",),
               Where.READER, _tr("&Показ"), "mdi6.timer-outline"),
    ActionSpec("black", _tr("Чёрный экран"), ("B", "."), Where.PRESENT, _tr("&Показ")),
    ActionSpec("white", _tr("Белый экран"), ("W", ","), Where.PRESENT, _tr("&Показ")),
    ActionSpec("freeze", _tr("Заморозить экран зрителей"), ("Shift+F",), Where.PRESENT,
               _tr("&Показ")),
    ActionSpec("overview", _tr("Все слайды (только на пульте)"), ("O", "Tab"), Where.PRESENT,
               _tr("&Показ")),
    ActionSpec("swap_screens", _tr("Поменять экраны местами"), ("S", "X"), Where.PRESENT,
               _tr("&Показ")),
    ActionSpec("console", _tr("Пульт докладчика (на одном экране)"), ("C",), Where.PRESENT,
               _tr("&Показ")),
    ActionSpec("remote_panel", _tr("Пульт на телефоне: QR-код и код подключения"), ("F6",),
               Where.PRESENT, _tr("&Показ")),
    ActionSpec("escape", _tr("Снять затемнение и оверлеи, затем приостановить показ "
                             "(ещё раз Esc или F5 — продолжить)"), ("Esc",),
               Where.PRESENT, _tr("&Показ")),
    ActionSpec("end_show", _tr("Закончить показ (когда пульт спрашивает после Esc)"),
               ("Return", "Enter"), Where.PRESENT, _tr("&Показ"), borrows="next"),
    ActionSpec("notes_down", _tr("Прокрутить заметки вниз"), ("Ctrl+Down", "J"),
               Where.PRESENT, _tr("&Вид")),
    ActionSpec("notes_up", _tr("Прокрутить заметки вверх"), ("Ctrl+Up", "K"),
               Where.PRESENT, _tr("&Вид")),
    # Pointing, zooming and drawing: the mouse on the console's current slide.
    ActionSpec("laser", _tr("Лазерная указка (мышью по слайду на пульте)"), ("L",),
               Where.PRESENT, _tr("Указка и перо")),
    ActionSpec("spotlight", _tr("Прожектор: затемнить всё, кроме круга у указки"),
               ("Shift+L",), Where.PRESENT, _tr("Указка и перо")),
    ActionSpec("zoom", _tr("Увеличить область (выделить её мышью на пульте); ещё раз — весь слайд"),
               ("Z",), Where.PRESENT, _tr("Указка и перо")),
    ActionSpec("pen", _tr("Перо: рисовать на слайде"), ("D",), Where.PRESENT,
               _tr("Указка и перо")),
    ActionSpec("highlighter", _tr("Маркер: выделить строку"), ("Shift+D",), Where.PRESENT,
               _tr("Указка и перо")),
    ActionSpec("erase_ink", _tr("Стереть всё нарисованное на слайде"), ("E",), Where.PRESENT,
               _tr("Указка и перо")),
    ActionSpec("undo_ink", _tr("Отменить последний штрих"), ("Ctrl+Z",), Where.PRESENT,
               _tr("Указка и перо")),
    ActionSpec("save_annotated", _tr("Сохранить слайды с пометками в PDF…"), ("Ctrl+S",),
               Where.PRESENT, _tr("Указка и перо")),
    # Timing.
    ActionSpec("pause", _tr("Пауза таймера"), ("P", "Pause"), Where.PRESENT, _tr("Время")),
    ActionSpec("reset_timer", _tr("Сбросить таймер"), ("R",), Where.PRESENT, _tr("Время")),
    ActionSpec("undo_reset", _tr("Вернуть сброшенный таймер"), ("U",), Where.PRESENT,
               _tr("Время")),
    ActionSpec("set_duration", _tr("Длительность выступления…"), ("T",), Where.PRESENT,
               _tr("Время")),
    # The app.
    ActionSpec("help", _tr("&Клавиши"), ("F1", "?"), Where.BOTH, _tr("&Справка"),
               "mdi6.keyboard-outline"),
    ActionSpec("about", _tr("&О программе"), (), Where.READER, _tr("&Справка")),
    ActionSpec("quit", _tr("В&ыход"), ("Ctrl+Q",), Where.BOTH, _tr("&Файл"),
               "mdi6.exit-to-app"),
)

SPECS = {spec.name: spec for spec in ACTIONS}


def is_goto_key(event: QKeyEvent) -> bool:
    """0–9 or «-» typed without modifiers: the start of «digits then Enter» go-to.

    «-» starts a backup slide's «–n», which has no number of its own.
    """
    return (len(event.text()) == 1 and event.text() in "0123456789-"
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def translate(text: str) -> str:
    """An action's text or group in the UI language (see `_tr`)."""
    return QCoreApplication.translate(CONTEXT, text)


def key_text(spec: ActionSpec) -> str:
    """The keys of an action as a user reads them (`Right, PgDown, …`)."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.keys
    )


class ActionCollection(QObject):
    """The QActions of one window, built from the table for one context.

    Icons only where they are shown (the reader's menus and toolbar): the icon
    font costs a tenth of a second at start, before the first slide.
    """

    def __init__(self, parent: QObject, where: Where, icons: bool = False):
        super().__init__(parent)
        if icons:
            import qtawesome
        self.actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            if not spec.where & where:
                continue
            action = QAction(translate(spec.text), parent)
            action.setObjectName(spec.name)
            action.setShortcuts([QKeySequence(key) for key in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if icons and spec.icon:
                action.setIcon(qtawesome.icon(spec.icon))
            action.setCheckable(spec.checkable)
            self.actions[spec.name] = action

    def paint_icons(self, colour: QColor, disabled: QColor) -> None:
        """Redraw the icons in the theme's ink: the icon font draws in one fixed colour."""
        import qtawesome

        for spec in ACTIONS:
            action = self.actions.get(spec.name)
            if action is not None and spec.icon and not action.icon().isNull():
                action.setIcon(qtawesome.icon(spec.icon, color=colour, color_disabled=disabled))

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def connect(self, name: str, handler: Callable[[], object]) -> None:
        """Run `handler` when the action fires (its checked state is dropped)."""
        self.actions[name].triggered.connect(lambda _checked=False: handler())

    def menus(self) -> dict[str, list[QAction]]:
        """The actions by group, in table order: the reader's menu bar."""
        groups: dict[str, list[QAction]] = {}
        for spec in ACTIONS:
            if spec.name in self.actions and spec.in_menu:
                groups.setdefault(translate(spec.group), []).append(self.actions[spec.name])
        return groups

    def trigger_for(self, event: QKeyEvent) -> bool:
        """Run the enabled action bound to this key press; True if there was one.

        Shortcuts only fire in the window the system calls active. A clicker's
        key reaches whichever window has the keyboard (no window manager, a
        focus-stealing notification, Wayland), so the windows pass keys that no
        shortcut took through here: a key works from either window, always.
        """
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions.values():
            if action.isEnabled() and any(
                    pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()):
                action.trigger()
                return True
        return False

    def lend(self, name: str, live: bool) -> None:
        """Enable a borrowing action; the keys it borrows leave their owner meanwhile."""
        spec = SPECS[name]
        owner = SPECS[spec.borrows]
        self.actions[name].setEnabled(live)
        self.actions[owner.name].setShortcuts(
            [QKeySequence(key) for key in owner.keys if not (live and key in spec.keys)])

    def add_to(self, widget: QWidget) -> None:
        """Make every shortcut live while `widget`'s window has focus."""
        widget.addActions(list(self.actions.values()))
