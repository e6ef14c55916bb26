"""Speech the transcript lacks: a list, with a way to make any of it a segment."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from .document_model import DocumentModel
from .timecode import format_time


class UnscriptedPanel(QWidget):
    insertRequested = Signal(int)  #: make unscripted span k a segment
    seekRequested = Signal(float)

    def __init__(self, model: DocumentModel, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.hint = QLabel("Speech the audio has but the transcript does not. Double-click to listen; "
                           "Insert makes it a segment.")
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.list = QListWidget()
        # a long span's words wrap inside the dock instead of hiding behind a horizontal scrollbar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideNone)
        self.insert_button = QPushButton("Insert as segment")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.hint)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.insert_button)
        self.insert_button.clicked.connect(self._insert)
        self.list.itemDoubleClicked.connect(self._listen)
        self.list.currentRowChanged.connect(lambda r: self.insert_button.setEnabled(r >= 0))
        model.unscriptedChanged.connect(self.refresh)
        model.documentReset.connect(self.refresh)
        model.unscriptedChosen.connect(self.choose)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for k, span in enumerate(self.model.document.unscripted):
            item = QListWidgetItem(f"{format_time(span.start)} – {format_time(span.end)}   “{span.text.strip()}”")
            item.setData(Qt.UserRole, k)
            item.setToolTip(span.text.strip())
            self.list.addItem(item)
        self.insert_button.setEnabled(self.list.currentRow() >= 0)

    def choose(self, k: int) -> None:
        if 0 <= k < self.list.count():
            self.list.setCurrentRow(k)

    def current(self) -> int:
        return self.list.currentRow()

    def _insert(self) -> None:
        if self.list.currentRow() >= 0:
            self.insertRequested.emit(self.list.currentRow())

    def _listen(self, item: QListWidgetItem) -> None:
        k = item.data(Qt.UserRole)
        self.seekRequested.emit(self.model.document.unscripted[k].start)
