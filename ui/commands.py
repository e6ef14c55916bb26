"""Undo commands: a ``QUndoCommand`` around one core :mod:`aligner.edits` edit.

The core edit already knows how to apply and revert itself; the command only
adds what Qt's undo stack needs (a label, merging) and tells the
:class:`~ui.document_model.DocumentModel` which rows to refresh and which row to
select afterwards.  Nudges of the same boundary in quick succession merge into
one undo step, so ten presses of Alt+Right undo with one Ctrl+Z.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Hashable, Optional

from PySide6.QtGui import QUndoCommand

from aligner.edits import Edit, EditGroup

if TYPE_CHECKING:
    from .document_model import DocumentModel

MERGE_ID = 0x4E55  #: command id shared by mergeable commands (Qt merges only equal ids)
MERGE_WINDOW = 2.0  #: seconds: nudges further apart than this are separate undo steps


class EditCommand(QUndoCommand):
    def __init__(self, model: "DocumentModel", edit: Edit | EditGroup, select_after: Optional[int] = None,
                 merge_key: Optional[Hashable] = None):
        super().__init__(edit.description)
        self.model = model
        self.edit = edit
        self.select_before = model.current
        self.select_after = model.current if select_after is None else select_after
        self.merge_key = merge_key
        self._stamp = time.monotonic()

    def redo(self) -> None:
        self.edit.apply(self.model.document)
        self.model.edited(self.edit, self.select_after)

    def undo(self) -> None:
        self.edit.revert(self.model.document)
        self.model.edited(self.edit, self.select_before)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        a, b = self.edit, other.edit
        if not (isinstance(a, Edit) and isinstance(b, Edit)) or a.index != b.index \
                or len(a.after) != len(b.before) or other._stamp - self._stamp > MERGE_WINDOW:
            return False
        self.edit = Edit(a.description, a.index, a.before, b.after, a.unscripted_before, b.unscripted_after)
        self.select_after = other.select_after
        self._stamp = other._stamp
        self.setObsolete(self.edit.before == self.edit.after)
        return True
