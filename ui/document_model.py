"""The one model both views observe: the Document, its undo stack, selection and audio.

The segment table and the waveforms never talk to each other; they read this
object and listen to its signals.  Every change of the Document goes through
:meth:`DocumentModel.edit` / :meth:`push`, which wraps the core edit in an
undoable command; so undo covers everything and no view can bypass it.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from aligner.document import Document
from aligner.edits import Edit, EditGroup
from aligner.errors import EditError

from .commands import EditCommand

START, END = "start", "end"


def _touched_rows(edit: Edit | EditGroup) -> tuple[int, int]:
    edits = edit.edits if isinstance(edit, EditGroup) else (edit,)
    first = min(e.index for e in edits)
    last = max(e.index + max(len(e.before), len(e.after)) - 1 for e in edits)
    return first, max(first, last)


def _touches_unscripted(edit: Edit | EditGroup) -> bool:
    edits = edit.edits if isinstance(edit, EditGroup) else (edit,)
    return any(e.unscripted_after is not None or e.unscripted_before is not None for e in edits)


class DocumentModel(QObject):
    #: Everything may have changed (new document, or segments added/removed): views re-read all.
    documentReset = Signal()
    #: Segments ``first..last`` changed in place (same rows, new values).
    rowsChanged = Signal(int, int)
    unscriptedChanged = Signal()
    #: The current segment row (-1 = none) or the selected boundary changed.
    currentChanged = Signal(int)
    selectionChanged = Signal()
    #: The decoded audio / its peaks arrived (or went away).
    audioChanged = Signal()
    modifiedChanged = Signal(bool)
    #: While busy (aligning) the document is read-only; the string says why.
    busyChanged = Signal(str)
    #: An edit the core refused, with the core's message for the user.
    editRefused = Signal(str)
    #: An unscripted span was chosen (index into document.unscripted).
    unscriptedChosen = Signal(int)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.document = Document()
        self.audio = None  #: aligner.audio.Audio once decoded
        self.peaks = None  #: aligner.audio.peaks.Peaks once computed
        self.project_path: Optional[str] = None
        self.undo_stack = QUndoStack(self)
        # a bound slot, not a lambda: Qt drops it with this object, so the stack's last signals while
        # the window is torn down (the display gone) reach no deleted object
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.current = -1
        self.boundary = START
        self._selection: list[int] = []
        self.busy = ""
        self.revision = 0  #: goes up on every change; autosave compares it
        #: frames per second when times are frame-accurate (Settings); 0 = milliseconds
        self.frame_rate = 0.0

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def to_frame(self, t: float) -> float:
        """A time a person sets, on the nearest frame when times are frame-accurate."""
        from .timecode import to_frame

        return to_frame(t, self.frame_rate)

    # ------------------------------------------------------------------ document
    def set_document(self, doc: Document, audio=None, peaks=None, project_path: Optional[str] = None,
                     modified: bool = False) -> None:
        """Show a new document (from opening files, a project or a recovery file)."""
        self.document = doc
        self.audio, self.peaks, self.project_path = audio, peaks, project_path
        self.undo_stack.clear()
        self.current = 0 if doc.segments else -1
        self._selection = [self.current] if doc.segments else []
        self.revision += 1
        self.documentReset.emit()
        self.audioChanged.emit()
        self.currentChanged.emit(self.current)
        self.selectionChanged.emit()
        if modified:
            # A restored recovery file holds unsaved work: mark it so closing asks.
            self.undo_stack.resetClean()
        self.modifiedChanged.emit(self.modified)

    def set_audio(self, audio, peaks) -> None:
        self.audio, self.peaks = audio, peaks
        self.audioChanged.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    # ------------------------------------------------------------------ edits
    def push(self, edit: Edit | EditGroup, select: Optional[int] = None, merge_key=None) -> bool:
        if self.busy:
            self.editRefused.emit(f"The transcript cannot change while {self.busy}. Wait, or cancel it.")
            return False
        self.undo_stack.push(EditCommand(self, edit, select, merge_key))
        return True

    def edit(self, builder: Callable[..., Edit | EditGroup], *args: Any, select: Optional[int] = None,
             merge_key=None, **kwargs: Any) -> bool:
        """Build an edit with a core function (``edits.split``, ``edits.retime`` ...) and push it.

        A refused edit (EditError) is reported through :attr:`editRefused` and returns False.
        """
        if self.busy:
            self.editRefused.emit(f"The transcript cannot change while {self.busy}. Wait, or cancel it.")
            return False
        try:
            edit = builder(self.document, *args, **kwargs)
        except EditError as e:
            self.editRefused.emit(str(e))
            return False
        return self.push(edit, select, merge_key)

    def edited(self, edit: Edit | EditGroup, select: Optional[int]) -> None:
        """Called by the undo commands after an edit was applied or reverted."""
        self.revision += 1
        if edit.changes_structure:
            self.documentReset.emit()
        else:
            first, last = _touched_rows(edit)
            self.rowsChanged.emit(first, min(last, len(self.document.segments) - 1))
        if _touches_unscripted(edit):
            self.unscriptedChanged.emit()
        if select is not None:
            self.set_current(select, force=edit.changes_structure)

    def set_busy(self, reason: str) -> None:
        self.busy = reason
        self.busyChanged.emit(reason)

    # ------------------------------------------------------------------ selection
    def set_current(self, row: int, boundary: Optional[str] = None, force: bool = False) -> None:
        n = len(self.document.segments)
        row = min(max(row, -1), n - 1) if n else -1
        changed = row != self.current or (boundary is not None and boundary != self.boundary)
        self.current = row
        if boundary is not None:
            self.boundary = boundary
        if changed or force:
            self.currentChanged.emit(row)
        if row >= 0 and (force or row not in self._selection):
            self.set_selection([row])

    def set_selection(self, rows: list[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self.document.segments)})
        if rows != self._selection:
            self._selection = rows
            self.selectionChanged.emit()

    def selected_rows(self) -> list[int]:
        """The selected rows, or the current row alone; empty when there is no segment."""
        if self._selection:
            return list(self._selection)
        return [self.current] if self.current >= 0 else []

    def current_segment(self):
        return self.document.segments[self.current] if 0 <= self.current < len(self.document.segments) else None

    def choose_unscripted(self, k: int) -> None:
        self.unscriptedChosen.emit(k)
