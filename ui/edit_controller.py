"""Structure and timing commands of the window: split, merge, insert, delete, lock, nudge, review.

Each command reads the selection and the playhead, builds a core edit (or
reports, in the status bar, why it cannot) and pushes it on the undo stack.
"""

from __future__ import annotations

import math
import textwrap
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from aligner import edits
from aligner.document import Document
from aligner.edits import EditGroup
from aligner.errors import EditError

from . import edit_helpers, review
from .document_model import START

if TYPE_CHECKING:
    from .main_window import MainWindow

SMALL_NUDGE = 0.010
BIG_NUDGE = 0.100
QUOTE_CHARS = 48  #: unscripted speech quoted in the status bar is cut to this many characters


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted row numbers: [1,2,3,7] -> [(1,3),(7,7)]."""
    out: list[tuple[int, int]] = []
    for r in sorted(rows):
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


class EditController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self._review_pos = None  #: (kind, index) of the last review item shown
        #: (rows, undo index) where F4 may take reviewed segments back into the queue: right after F4 marked
        #: them, or after it said they were reviewed already (a correction marks a segment reviewed itself)
        self._unmark_ok: Optional[tuple[tuple[int, ...], int]] = None
        self._review_row = -1  #: the current row when it was shown

    @property
    def doc(self) -> Document:
        return self.model.document

    def _row(self) -> int:
        row = self.model.current
        if row < 0:
            self.window.say("Select a segment first.")
        return row

    # ------------------------------------------------------------------ structure
    def split(self) -> bool:
        """Split the selected segment where the timer means it.

        At the playhead when it is inside the segment (what one hears decides),
        otherwise at the text cursor of an open text editor, otherwise in the
        middle of the longest pause between the segment's words.
        """
        table = self.window.table
        editor = table.active_text_editor()
        row = self._row()
        if row < 0:
            return False
        offset = None
        if editor is not None:
            typed = editor.text()
            offset = max(0, editor.cursorPosition() - (len(typed) - len(typed.lstrip())))
            table.commit_open_editor()
        seg = self.doc.segments[row]
        t = self.window.player.playhead
        if seg.timed and t is not None and seg.start < t < seg.end:
            return self.model.edit(edits.split, row, time=t, select=row)
        if offset is not None:
            return self.model.edit(edits.split, row, offset=offset, select=row)
        try:
            word = edit_helpers.split_word_at_pause(self.doc, row)
        except EditError as e:
            self.window.say(str(e))
            return False
        return self.model.edit(edits.split, row, word=word, select=row)

    def merge(self) -> bool:
        rows = self.model.selected_rows()
        if not rows:
            return self._row() >= 0
        if rows[-1] - rows[0] + 1 != len(rows):  # Ctrl+clicked rows 2 and 4 must not swallow row 3 unasked
            self.window.say("Merge joins neighbouring segments: select rows with no gap between them "
                            "(or one row, to merge it with the next).")
            return False
        first, last = (rows[0], rows[-1]) if len(rows) > 1 else (rows[0], rows[0] + 1)
        return self.model.edit(edits.merge, first, last, select=first)

    def insert(self) -> bool:
        text, ok = QInputDialog.getText(self.window, "Insert segment", "Text of the new segment:")
        if not ok:
            return False
        return self.insert_text(text)

    def insert_text(self, text: str) -> bool:
        try:
            edit, row = edit_helpers.insert_at(self.doc, self.window.player.playhead, text, self.model.current)
        except EditError as e:
            self.window.say(str(e))
            return False
        if not self.model.push(edit, select=row):
            return False
        seg = self.doc.segments[row]
        if seg.timed:
            self.window.say(f"Inserted segment {row + 1} at {seg.start:.2f}–{seg.end:.2f} s. "
                            "Drag its boundaries or press Enter to edit its text.")
        else:
            self.window.say(f"Inserted segment {row + 1} without times: there is no pause at the playhead or "
                            "after the selected segment. Type its start and end, or make room and re-align.")
        return True

    def delete(self) -> bool:
        rows = self.model.selected_rows()
        if not rows:
            return self._row() >= 0
        scratch = self.doc.copy()
        group = []
        for first, last in reversed(_blocks(rows)):  # from the back, so earlier rows keep their numbers
            e = edits.delete(scratch, first, last)
            e.apply(scratch)
            group.append(e)
        edit = group[0] if len(group) == 1 else EditGroup(f"Delete {len(rows)} segments", tuple(group))
        return self.model.push(edit, select=min(rows[0], len(self.doc.segments) - len(rows) - 1))

    def toggle_lock(self) -> bool:
        rows = self.model.selected_rows()
        if not rows:
            return self._row() >= 0
        lock_them = not all(self.doc.segments[r].locked for r in rows)
        ok = self.model.edit(edits.lock, rows, lock_them)
        if ok:
            self.window.say(("Locked" if lock_them else "Unlocked") + f" {len(rows)} segment"
                            f"{'s' if len(rows) != 1 else ''}"
                            + ("; re-aligning keeps their times." if lock_them else "."))
        return ok

    def rename_speaker(self) -> bool:
        """Rename a speaker in every segment (one undo step): the selected segment's, or one chosen from a list."""
        speakers = self.doc.speakers()
        if not speakers:
            self.window.say("No segment has a speaker yet; type one in the Speaker column first.")
            return False
        seg = self.model.current_segment()
        old = seg.speaker if seg is not None and seg.speaker else None
        if old is None:
            old, ok = QInputDialog.getItem(self.window, "Rename speaker", "Speaker to rename:", speakers, 0, False)
            if not ok or not old:
                return False
        new, ok = QInputDialog.getText(self.window, "Rename speaker", f"New name for “{old}” in every segment:",
                                       text=old)
        if not ok:
            return False
        if self.model.edit(edits.rename_speaker, old, new):
            self.window.say(f"Renamed “{old}” to “{new.strip()}” everywhere.")
            return True
        return False

    def _dismiss_unscripted(self, k: int) -> bool:
        from aligner.edits import Edit

        rest = tuple(u for n, u in enumerate(self.doc.unscripted) if n != k)
        text = self.doc.unscripted[k].text.strip()
        if not self.model.push(Edit("Let unscripted speech be", 0, (), (), tuple(self.doc.unscripted), rest)):
            return False
        self._review_pos = None
        left = review.review_count(self.doc)
        self.window.say(f"Left “{text}” out of the transcript; {left} left to review"
                        + (" — F3 for the next." if left else "."))
        return True

    def chain(self) -> bool:
        """Close short pauses after the selected segments down to the minimum gap (one segment: with the next)."""
        rows = self.model.selected_rows()
        if not rows:
            return self._row() >= 0
        gap = float(self.window.prefs.min_gap)
        ok = self.model.edit(edits.chain, rows, gap)
        if ok:
            self.window.say(f"Chained: each ends {gap * 1000:.0f} ms before the next starts "
                            f"(pauses of {edits.CHAIN_MAX_GAP:g} s or more are kept).")
        return ok

    def insert_unscripted(self, k: int | None = None) -> bool:
        if k is None:
            k = self.window.unscripted_panel.current()
        try:
            group, row = edit_helpers.insert_unscripted(self.doc, k)
        except EditError as e:
            self.window.say(str(e))
            return False
        return self.model.push(group, select=row)

    # ------------------------------------------------------------------ timing
    def select_boundary(self, which: str) -> None:
        if self.model.current >= 0:
            self.model.set_current(self.model.current, boundary=which)
            self.window.say(f"The nudge keys now move the segment's {which}.")

    def nudge(self, delta: float) -> bool:
        row = self._row()
        if row < 0:
            return False
        which = self.model.boundary
        fps = self.model.frame_rate
        if fps:  # frame-accurate: the small nudge is one frame, the big one the frames in 100 ms
            delta = math.copysign(max(1, round(abs(delta) * fps)) / fps, delta)
        try:
            edit = edit_helpers.nudge(self.doc, row, which, delta, self.model.to_frame)
        except EditError as e:
            self.window.say(str(e))
            return False
        return self.model.push(edit, merge_key=("nudge", self.doc.segments[row].id, which))

    def boundary_to_playhead(self, which: str) -> bool:
        row = self._row()
        if row < 0:
            return False
        t = self.model.to_frame(self.window.player.playhead)
        seg = self.doc.segments[row]
        if seg.timed:
            kw = {which: t}
        else:
            kw = {"start": t, "end": t + 2.0} if which == START else {"start": max(0.0, t - 2.0), "end": t}
        if self.model.edit(edits.retime, row, clamp=False, reviewed=True, **kw):
            self.model.set_current(row, boundary=which)
            return True
        return False

    # ------------------------------------------------------------------ review
    def next_review(self, backwards: bool = False) -> bool:
        cur = self._review_pos
        if cur is None or (cur[0] == review.SEGMENT and cur[1] != self.model.current):
            cur = (review.SEGMENT, self.model.current) if self.model.current >= 0 else None
        item, wrapped = review.step(self.doc, cur, backwards)
        if item is None:
            self.window.say("Nothing left to review: no low-confidence, unheard or unscripted items.")
            return False
        self._review_pos = (item.kind, item.index)
        self._review_row = self.model.current
        total = review.review_count(self.doc)
        wrap = ("Back at the last item: " if backwards else "Back at the first item: ") if wrapped else ""
        if item.kind == review.SEGMENT:
            self.model.set_current(item.index, force=True)
            self.window.say(f"{wrap}Segment {item.index + 1}: {item.reason}. ({total} to review; "
                            f"{self._reviewed_key()} marks it reviewed)")
        else:
            span = self.doc.unscripted[item.index]
            self.window.show_unscripted(item.index)
            self.window.player.seek(span.start)
            self.window.waveforms.viewport.show_range(span.start, span.end)
            self.window.waveforms.refresh_view()
            # What to do comes before the quote, and the quote is cut short: a long one pushed the keys
            # out of the status bar.  The whole text is in the panel and on the waveform.
            insert = self.window.a["insert_unscripted"].shortcut().toString() or "Insert unscripted speech"
            self.window.say(f"{wrap}Speech not in the transcript ({total} to review): {insert} inserts it as a "
                            f"segment, {self._reviewed_key()} lets it be. “{textwrap.shorten(span.text, QUOTE_CHARS, placeholder=' …')}”")
        return True

    def _reviewed_key(self) -> str:
        keys = self.window.a["mark_reviewed"].shortcut().toString()
        return keys or "Mark reviewed"

    def mark_reviewed(self) -> bool:
        """The selected segments were checked: they leave the review queue (again: they return to it).

        Right after F3 showed speech the transcript lacks, it is that span which
        was checked: it is let be (taken off the list, undoably) instead.
        """
        pos = self._review_pos
        if pos is not None and pos[0] == review.UNSCRIPTED and self.model.current == self._review_row \
                and 0 <= pos[1] < len(self.doc.unscripted):
            return self._dismiss_unscripted(pos[1])
        rows = self.model.selected_rows()
        if not rows:
            return self._row() >= 0
        from aligner.document import REVIEWED

        on = not all(self.doc.segments[r].has(REVIEWED) for r in rows)
        what = f"{len(rows)} segment{'s' if len(rows) != 1 else ''}"
        here = (tuple(rows), self.model.undo_stack.index())
        if not on and self._unmark_ok != here:
            # Reviewed already, by a correction (a drag, a typed time): a timer who fixes an item and then
            # presses F4 to confirm must not send it back to the queue unseen.
            self._unmark_ok = here
            key = self._reviewed_key()
            which = f"Segment {rows[0] + 1} is" if len(rows) == 1 else f"These {len(rows)} segments are"
            self.window.say(f"{which} already reviewed (corrected or marked); {key} again returns "
                            f"{'it' if len(rows) == 1 else 'them'} to the review queue.")
            return True
        if not self.model.edit(edits.mark_reviewed, rows, on):
            return False
        self._unmark_ok = (tuple(rows), self.model.undo_stack.index()) if on else None
        left = review.review_count(self.doc)
        self.window.say(f"Marked {what} reviewed; {left} left to review" + (" — F3 for the next." if left else ".")
                        if on else f"Marked {what} as not reviewed; {left} to review.")
        return True
