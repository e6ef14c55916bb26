"""What a time range drawn on the waveform means for the Document (Qt-free, so tests cover it alone).

Drawing a range is how a timer says "this stretch": a segment is made from it,
or only it is re-aligned.  The range is free-hand, so it may clip segments or
cover several; these functions decide what that means, and say why not when
nothing sensible can be done.
"""

from __future__ import annotations

from aligner import edits
from aligner.document import EPS, Document
from aligner.edits import Edit
from aligner.errors import EditError

from .edit_helpers import MIN_NEW_SEGMENT, insertion_row


def free_part(doc: Document, t0: float, t1: float) -> tuple[float, float]:
    """The longest stretch of [t0, t1] no timed segment covers (a new segment must not overlap one)."""
    pieces = [(t0, t1)]
    for s in doc.segments:
        if not s.timed or s.end <= t0 + EPS or s.start >= t1 - EPS:
            continue
        cut = []
        for a, b in pieces:
            if s.start > a:
                cut.append((a, min(b, s.start)))
            if s.end < b:
                cut.append((max(a, s.end), b))
        pieces = [(a, b) for a, b in cut if b - a > EPS]
    if not pieces:
        rows = rows_in_range(doc, t0, t1)
        which = f"segment {rows[0] + 1}" if len(rows) == 1 else f"segments {rows[0] + 1}–{rows[-1] + 1}"
        raise EditError(f"The range lies inside {which}; draw it over a pause, or shorten a segment to make room.")
    a, b = max(pieces, key=lambda p: p[1] - p[0])
    if b - a < MIN_NEW_SEGMENT:
        raise EditError("The pause in this range is too short for a new segment; shorten a neighbour first.")
    return a, b


def segment_from_range(doc: Document, t0: float, t1: float, text: str) -> tuple[Edit, int, bool]:
    """Insert ``text`` timed to the range (its free part): the edit, the new row, whether it was trimmed."""
    start, end = free_part(doc, t0, t1)
    row = insertion_row(doc, start)
    edit = edits.insert(doc, row, text, start, end)
    return edit, row, (start, end) != (t0, t1)


def rows_in_range(doc: Document, t0: float, t1: float) -> list[int]:
    """Timed segments that overlap [t0, t1] (by more than a touch)."""
    return [i for i, s in enumerate(doc.segments) if s.timed and s.end > t0 + EPS and s.start < t1 - EPS]


def realign_span(doc: Document, t0: float, t1: float) -> tuple[float, float]:
    """The stretch to hand the engine when re-aligning a drawn range.

    The range is widened to the unlocked segments it touches and on to the pauses
    around them (up to the neighbours' boundaries, which stay put), so no segment
    is squeezed into the part the range happened to cover, and speech cut off
    by a start or end typed inside it is found again.  Locked segments inside
    keep their times (the engine holds them fixed).
    """
    rows = [r for r in rows_in_range(doc, t0, t1) if not doc.segments[r].locked]
    if not rows:
        raise EditError("There is no unlocked segment in this range to re-align. "
                        "Draw the range over segments (locked ones keep their times).")
    first, last = rows[0], rows[-1]
    lo = max((s.end for s in doc.segments[:first] if s.timed), default=0.0)
    hi = min((s.start for s in doc.segments[last + 1:] if s.timed),
             default=doc.audio_duration if doc.audio_duration is not None else max(t1, doc.segments[last].end))
    return min(t0, lo), max(t1, hi)

