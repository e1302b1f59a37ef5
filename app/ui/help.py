"""The key help: built from the action table, so it always tells the truth."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.actions import ACTIONS, Where, key_text, translate
from app.ui.mnemonics import plain


class KeyHelpTree(QTreeWidget):
    """Every action of a context with its keys, grouped."""

    def __init__(self, where: Where, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyHelp")
        self.setAccessibleName(self.tr("Клавиши"))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Действие"), self.tr("Клавиши")])
        self.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for spec in ACTIONS:
            if not spec.where & where:
                continue
            group = groups.get(spec.group)
            if group is None:
                group = groups[spec.group] = QTreeWidgetItem([plain(translate(spec.group)), ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.addTopLevelItem(group)
            group.addChild(QTreeWidgetItem([plain(translate(spec.text)), key_text(spec)]))
        self.expandAll()
        self.resizeColumnToContents(0)

    def all_text(self) -> str:
        """Everything the help says, for tests and screen readers."""
        lines = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            lines.append(group.text(0))
            lines += [f"{group.child(j).text(0)}\t{group.child(j).text(1)}"
                      for j in range(group.childCount())]
        return "\n".join(lines)


class KeyHelpDialog(QDialog):
    def __init__(self, where: Where, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Клавиши"))
        self.resize(620, 560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(KeyHelpTree(where, self))
        layout.addWidget(buttons)
