"""Autosave to a recovery file while there are unsaved changes, so a crash loses at most 30 seconds.

The recovery store (:class:`aligner.project.RecoveryStore`) keeps one file per
window session; saving the project or closing cleanly throws it away, and the
next start offers whatever is left over (see :mod:`ui.dialogs.recovery`).
"""

from __future__ import annotations

import logging
import uuid
from typing import Callable, Optional

from PySide6.QtCore import QObject, QTimer, Signal

from aligner.errors import AlignerError

from .document_model import DocumentModel

log = logging.getLogger(__name__)


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, model: DocumentModel, store, interval_s: float = 30.0,
                 ui_state: Optional[Callable[[], dict]] = None, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.model = model
        self.store = store
        self.session_key = uuid.uuid4().hex
        self.ui_state = ui_state or (lambda: {})
        self._saved_revision: Optional[int] = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_now)
        self.set_interval(interval_s)
        model.modifiedChanged.connect(self._modified_changed)

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(max(1.0, seconds) * 1000))
        self.timer.start()

    def pending(self) -> bool:
        return self.model.modified and self.model.revision != self._saved_revision

    def save_now(self) -> bool:
        """Write the recovery file if anything changed since the last one (and is unsaved)."""
        if self.store is None or not self.pending() or not self.model.document.segments:
            return False
        try:
            self.store.save(self.session_key, self.model.document, self.model.project_path, self.ui_state())
        except (AlignerError, OSError) as e:
            log.warning("autosave failed: %s", e)
            self.failed.emit(str(e))
            return False
        self._saved_revision = self.model.revision
        self.saved.emit()
        return True

    def discard(self) -> None:
        """The work is safe elsewhere (saved, or deliberately thrown away): drop the recovery file."""
        self._saved_revision = None
        if self.store is not None:
            try:
                self.store.discard(self.session_key)
            except (AlignerError, OSError) as e:
                log.warning("could not remove recovery file: %s", e)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()
