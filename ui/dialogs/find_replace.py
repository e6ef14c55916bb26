"""Find and replace in segment texts: a tool window that stays open while you work.

Finding walks the matches from the current segment on (``edits.find_matches``);
replacing goes through ``edits.replace_text``, one undo step per press.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from aligner import edits
from aligner.errors import EditError

from ..document_model import DocumentModel


class FindReplaceDialog(QDialog):
    def __init__(self, model: DocumentModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.setWindowTitle("Find and replace")
        self.setObjectName("findReplaceDialog")
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText("Text to find")
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText("Replace with (may be empty)")
        self.case_box = QCheckBox("Match case")
        self.regex_box = QCheckBox("Regular expression")
        self.selection_box = QCheckBox("Only in selected segments")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Find:", self.find_edit)
        form.addRow("Replace:", self.replace_edit)
        opts = QHBoxLayout()
        for b in (self.case_box, self.regex_box, self.selection_box):
            opts.addWidget(b)
        opts.addStretch(1)

        self.next_button = QPushButton("Find &next")
        self.prev_button = QPushButton("Find &previous")
        self.replace_button = QPushButton("&Replace")
        self.replace_all_button = QPushButton("Replace &all")
        buttons = QDialogButtonBox(Qt.Horizontal)
        for b in (self.prev_button, self.next_button, self.replace_button, self.replace_all_button):
            buttons.addButton(b, QDialogButtonBox.ActionRole)
        close = buttons.addButton(QDialogButtonBox.Close)
        close.clicked.connect(self.close)
        self.next_button.setDefault(True)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(opts)
        lay.addWidget(self.status)
        lay.addWidget(buttons)

        self.next_button.clicked.connect(lambda: self.find(backwards=False))
        self.prev_button.clicked.connect(lambda: self.find(backwards=True))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)

    def _args(self) -> dict:
        return {"regex": self.regex_box.isChecked(), "case": self.case_box.isChecked()}

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def find(self, backwards: bool = False) -> bool:
        try:
            hits = edits.find_matches(self.model.document, self.find_edit.text(), **self._args())
        except EditError as e:
            self._say(str(e))
            return False
        if self.selection_box.isChecked():
            chosen = set(self.model.selected_rows())
            hits = [h for h in hits if h in chosen]
        if not hits:
            self._say(f"“{self.find_edit.text()}” was not found.")
            return False
        cur = self.model.current
        if backwards:
            before = [h for h in hits if h < cur]
            row = before[-1] if before else hits[-1]
        else:
            after = [h for h in hits if h > cur]
            row = after[0] if after else hits[0]
        self.model.set_current(row, force=True)
        self._say(f"Match {hits.index(row) + 1} of {len(hits)}: segment {row + 1}.")
        return True

    def replace_current(self) -> None:
        """Replace in the current segment if it matches, then move on to the next match."""
        cur = self.model.current
        if cur < 0:
            self.find()
            return
        try:
            hits = edits.find_matches(self.model.document, self.find_edit.text(), **self._args())
        except EditError as e:
            self._say(str(e))
            return
        if cur in hits:
            self.model.edit(edits.replace_text, self.find_edit.text(), self.replace_edit.text(),
                            indices=[cur], **self._args())
        self.find()

    def replace_all(self) -> None:
        indices = self.model.selected_rows() if self.selection_box.isChecked() else None
        try:
            group = edits.replace_text(self.model.document, self.find_edit.text(), self.replace_edit.text(),
                                       indices=indices, **self._args())
        except EditError as e:
            self._say(str(e))
            return
        self.model.push(group)
        self._say(f"Replaced in {len(group.edits)} segment{'s' if len(group.edits) != 1 else ''}.")
