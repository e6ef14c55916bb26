"""After a crash: offer to restore the work the autosave kept."""

from __future__ import annotations

import datetime
import os

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from .titles import fit_title


def describe_entry(entry) -> str:
    """One line for a recovery entry, from whatever it knows (name, time)."""
    name = None
    for attr in ("project_path", "audio_path", "title", "name"):
        v = getattr(entry, attr, None)
        if v:
            name = os.path.basename(str(v))
            break
    when = getattr(entry, "saved_at", None) or getattr(entry, "mtime", None) or getattr(entry, "time", None)
    if isinstance(when, (int, float)):
        when = datetime.datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M")
    elif isinstance(when, datetime.datetime):
        when = when.astimezone().strftime("%Y-%m-%d %H:%M")
    parts = [name or "Untitled talk"]
    count = getattr(entry, "segments", None)
    if count:
        parts.append(f"{count} segments")
    if when:
        parts.append(f"autosaved {when}")
    return " — ".join(parts)


class RecoveryDialog(QDialog):
    """Lists the recoverable sessions; Restore opens the chosen one, Discard throws them all away."""

    RESTORE, DISCARD, LATER = 1, 2, 0

    def __init__(self, entries: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Restore unsaved work?")
        self.setObjectName("recoveryDialog")
        self.entries = entries
        self.choice = self.LATER
        text = QLabel("Aligner was closed without saving last time. Its autosave kept this work:")
        text.setWordWrap(True)
        self.list = QListWidget()
        for e in entries:
            QListWidgetItem(describe_entry(e), self.list)
        self.list.setCurrentRow(0)
        # Wide enough for the longest entry: name, segments and time are read, not scrolled to.
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                                  + self.list.verticalScrollBar().sizeHint().width())
        buttons = QDialogButtonBox()
        restore = buttons.addButton("Restore", QDialogButtonBox.AcceptRole)
        discard = buttons.addButton("Discard", QDialogButtonBox.DestructiveRole)
        later = buttons.addButton("Decide later", QDialogButtonBox.RejectRole)
        restore.clicked.connect(lambda: self._done(self.RESTORE))
        discard.clicked.connect(lambda: self._done(self.DISCARD))
        later.clicked.connect(lambda: self._done(self.LATER))
        restore.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.list)
        lay.addWidget(buttons)
        fit_title(self)

    def selected(self):
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != self.LATER else self.reject()
