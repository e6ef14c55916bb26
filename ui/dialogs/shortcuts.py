"""Help -> Keyboard shortcuts: every command and its keys, grouped, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ..actions import GROUPS, SPECS, ActionRegistry


class ShortcutsDialog(QDialog):
    def __init__(self, registry: ActionRegistry, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        self.resize(560, 640)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: type a command or a key")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for group in GROUPS:
            head = QTreeWidgetItem([group, ""])
            f = head.font(0)
            f.setBold(True)
            head.setFont(0, f)
            head.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for spec in SPECS:
                if spec.group != group:
                    continue
                keys = ", ".join(registry.keys(spec.id)) or "—"
                item = QTreeWidgetItem([spec.text.replace("&", ""), keys])
                item.setToolTip(0, spec.tip)
                head.addChild(item)
            head.setExpanded(True)
        self.tree.setColumnWidth(0, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(self.tree)
        lay.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)

    def _apply_filter(self, text: str) -> None:
        text = text.lower().strip()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            visible = 0
            for k in range(head.childCount()):
                item = head.child(k)
                show = not text or text in item.text(0).lower() or text in item.text(1).lower()
                item.setHidden(not show)
                visible += show
            head.setHidden(visible == 0)
