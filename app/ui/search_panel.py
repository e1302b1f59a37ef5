"""Search the whole deck from the reader: a query field and the slides that match.

The deck's words reach the list only through html.escape, so a slide that
says `<b>` shows `<b>`; the only markup is the bold this module puts on a match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.deck.model import Deck
from app.deck.search import Hit, compile_query, search
from app.ui.accessibility import announce
from app.ui.labels import slide_label

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole  # the Hit behind a row
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # what the delegate draws; DisplayRole stays plain

# Keys the panel handles itself. The reader window binds most of them (Return pages on,
# Esc leaves fullscreen), so the panel claims them before the shortcuts do.
# FIELD_KEYS is a subset of LIST_KEYS.
FIELD_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down, Qt.Key.Key_Escape})
LIST_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Up,
                       Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                       Qt.Key.Key_Home, Qt.Key.Key_End})
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class SearchPanel(QWidget):
    """Finds a query on every slide, as it is typed, and lists where."""

    hit_chosen = Signal(int, str)  # slide index, the query that found it
    closed = Signal()

    def __init__(self, deck: Deck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.deck = deck
        self.hits: list[Hit] = []
        self.query = ""  # the query the listed hits were found for
        self._numbers = deck.slide_numbers()

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Поиск по тексту…"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Поиск по тексту"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Итог поиска"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Найденные слайды"))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows on resize
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

        # Searching waits for a pause in typing, so a fast typist sees one update.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._debounce.start)
        self.results.itemClicked.connect(self._choose)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)

    def focus_query(self) -> None:
        """Select the previous query too, so typing replaces it."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        """Search now for what the field holds; typing schedules this by itself."""
        self._debounce.stop()
        self.query = self.field.text().strip()
        self.hits = search(self.deck, self.query)
        self.results.clear()
        for hit in self.hits:
            self.results.addItem(self._item(hit))
        self.summary.setText(self._summary())
        announce(self.summary, self.summary.text())

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        """Select the next (or previous) hit, round the end of the list, and go to it."""
        if self._debounce.isActive():
            self.run_search()
        count = self.results.count()
        if not count:
            return
        row = self.results.currentRow()
        row = (row + delta) % count if row >= 0 else (0 if delta > 0 else count - 1)
        self.results.setCurrentRow(row)
        self._choose(self.results.item(row))

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.hit_chosen.emit(item.data(HIT_ROLE).slide_index, self.query)

    def _into_results(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        if self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.results.setFocus(Qt.FocusReason.TabFocusReason)

    # -- keys -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        keys = FIELD_KEYS if watched is self.field else LIST_KEYS
        if event.key() not in keys or event.modifiers() not in PLAIN:
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to us as a key press, not to a window shortcut
            return True
        return self._key(watched, Qt.Key(event.key()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Stop a claimed key the list had no use for (Down on the last row).

        Otherwise it would travel on to the window, which pages the deck on such keys.
        """
        if event.key() in LIST_KEYS and event.modifiers() in PLAIN:
            event.accept()
        else:
            super().keyPressEvent(event)

    def _key(self, watched: QObject, key: Qt.Key) -> bool:
        """Act on a claimed key press; False lets the widget itself have it."""
        if key == Qt.Key.Key_Escape:
            self.closed.emit()
        elif watched is self.field:
            self._into_results()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.results.currentItem())
        elif key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
            self.field.setFocus(Qt.FocusReason.BacktabFocusReason)
        else:
            return False
        return True

    # -- wording --------------------------------------------------------------

    def _summary(self) -> str:
        if not self.query:
            return ""
        if compile_query(self.query) is None:
            return self.tr("Введите хотя бы два символа")
        if not self.hits:
            return self.tr("Ничего не найдено")
        matches = sum(hit.count for hit in self.hits)
        slides = len({hit.slide_index for hit in self.hits})
        return self.tr("Найдено: {n} на %n слайдах", "", slides).format(n=matches)

    def _item(self, hit: Hit) -> QListWidgetItem:
        title = slide_label(self.deck.slides[hit.slide_index], self._numbers)
        where = {"slide": self.tr("на слайде"), "text": self.tr("в тексте"),
                 "notes": self.tr("в заметках")}[hit.where]
        if hit.count > 1:
            where += f" ({hit.count})"
        before = hit.snippet[:hit.start]
        match = hit.snippet[hit.start:hit.start + hit.length]
        after = hit.snippet[hit.start + hit.length:]
        item = QListWidgetItem(f"{title} · {where}\n{hit.snippet}")
        item.setData(HIT_ROLE, hit)
        item.setData(HTML_ROLE,
                     f"{html.escape(title)} <i>· {html.escape(where)}</i><br>"
                     f"{html.escape(before)}<b>{html.escape(match)}</b>{html.escape(after)}")
        return item


class HitDelegate(QStyledItemDelegate):
    """Draws a row's HTML (the match in bold) over the style's own row background."""

    MARGIN = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the background and focus; the document, the words
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(index, opt.rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.left() + self.MARGIN, opt.rect.top() + self.MARGIN)
        painter.setClipRect(0, 0, opt.rect.width() - 2 * self.MARGIN, opt.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 2 * self.MARGIN)

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        parent = self.parent()
        if isinstance(parent, QWidget):
            document.setDefaultFont(parent.font())
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(1, width - 2 * self.MARGIN))
        return document
