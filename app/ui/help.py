"""The key help: built from the action table, so it always tells the truth."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from app.ui.actions import ACTIONS, Where, key_text, translate


class KeyHelpDialog(QDialog):
    def __init__(self, where: Where, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Клавиши"))
        self.resize(620, 560)
        tree = QTreeWidget(self)
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Действие"), self.tr("Клавиши")])
        tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for spec in ACTIONS:
            if not spec.where & where:
                continue
            group = groups.get(spec.group)
            if group is None:
                group = groups[spec.group] = QTreeWidgetItem([translate(spec.group), ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                tree.addTopLevelItem(group)
            group.addChild(QTreeWidgetItem([translate(spec.text), key_text(spec)]))
        tree.expandAll()
        tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(buttons)
