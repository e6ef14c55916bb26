"""Window-level edits composed from the core builders (Qt-free, so tests cover them directly).

The core builds single edits; a few window commands need a small decision
first (where does a segment inserted at the playhead go? which speech span
becomes which segment?).  The decisions live here; the edits are still the
core's ``insert``/``split``/``retime``, grouped into one undo step.
"""

from __future__ import annotations

from typing import Optional

from aligner import edits
from aligner.document import EPS, Document
from aligner.edits import Edit, EditGroup
from aligner.errors import EditError
from aligner.text import split_words

MIN_NEW_SEGMENT = 0.1  #: seconds: a gap narrower than this cannot take a new segment


def insertion_row(doc: Document, t: float) -> int:
    """The row a segment starting at ``t`` belongs at (after every timed segment that starts before it)."""
    row = 0
    for i, s in enumerate(doc.segments):
        if s.timed and s.start <= t + EPS:
            row = i + 1
    return row


def gap_around(doc: Document, t: float) -> Optional[tuple[float, float]]:
    """The free stretch of time around ``t`` between timed segments, or None when ``t`` is inside one."""
    if doc.segment_at(t) is not None:
        return None
    ends = [s.end for s in doc.segments if s.timed and s.end <= t + EPS]
    starts = [s.start for s in doc.segments if s.timed and s.start >= t - EPS]
    lo = max(ends) if ends else 0.0
    hi = min(starts) if starts else (doc.audio_duration if doc.audio_duration is not None else t + 10.0)
    return lo, hi


def insert_at(doc: Document, t: Optional[float], text: str, after_row: int,
              default_length: float = 2.0) -> tuple[Edit, int]:
    """Insert ``text`` as a timed segment where there is room, else untimed after ``after_row``.

    The room looked for, in order: the pause the playhead ``t`` is in, then the
    pause right after the selected segment ``after_row``.  A segment always
    lands with times when either pause can take one, so it shows on the
    waveform at once.  Returns the edit and the row the new segment will have.
    """
    if t is not None:
        gap = gap_around(doc, t)
        if gap is not None and gap[1] - t >= MIN_NEW_SEGMENT:
            row = insertion_row(doc, t)
            end = min(gap[1], t + default_length)
            return edits.insert(doc, row, text, t, end), row
    if 0 <= after_row < len(doc.segments) and doc.segments[after_row].timed:
        lo = doc.segments[after_row].end
        hi = next((s.start for s in doc.segments[after_row + 1:] if s.timed),
                  doc.audio_duration if doc.audio_duration is not None else lo + default_length)
        if hi - lo >= MIN_NEW_SEGMENT:
            return edits.insert(doc, after_row + 1, text, lo, min(hi, lo + default_length)), after_row + 1
    row = after_row + 1 if after_row >= 0 else len(doc.segments)
    return edits.insert(doc, row, text), row


def split_word_at_pause(doc: Document, row: int) -> int:
    """The word to split segment ``row`` before when neither playhead nor text cursor says where.

    That is the word after the longest pause between the segment's spoken
    words (the split then falls in the middle of that pause); among equal
    pauses, or without word times, the word boundary nearest the middle.
    """
    seg = doc.segments[row]
    spans = split_words(seg.text)
    if len(spans) < 2:
        raise EditError("A single word cannot be split.")
    middle_char = len(seg.text) / 2

    def nearness(k: int) -> float:  # how far the boundary before word k is from the text's middle
        return abs(spans[k].start - middle_char)

    words = seg.words if len(seg.words) == len(spans) else ()
    timed = [k for k in range(1, len(spans)) if words and words[k - 1].timed and words[k].timed]
    if not timed:
        return min(range(1, len(spans)), key=nearness)
    return max(timed, key=lambda k: (round(words[k].start - words[k - 1].end, 6), -nearness(k)))


def insert_unscripted(doc: Document, k: int) -> tuple[EditGroup, int]:
    """Make unscripted span ``k`` a segment (trimmed to the free gap) and drop it from the list."""
    if not 0 <= k < len(doc.unscripted):
        raise EditError("Choose a stretch of unscripted speech first.")
    span = doc.unscripted[k]
    text = span.text.strip() or "[unscripted speech]"
    row = insertion_row(doc, span.start)
    prev_end = max((s.end for s in doc.segments[:row] if s.timed), default=0.0)
    next_start = min((s.start for s in doc.segments[row:] if s.timed),
                     default=doc.audio_duration if doc.audio_duration is not None else span.end)
    start, end = max(span.start, prev_end), min(span.end, next_start)
    if end - start < MIN_NEW_SEGMENT:
        raise EditError("The neighbouring segments cover this speech; shorten them first to make room.")
    add = edits.insert(doc, row, text, start, end)
    rest = tuple(u for n, u in enumerate(doc.unscripted) if n != k)
    drop = Edit("Remove unscripted span", row, (), (), tuple(doc.unscripted), rest)
    return EditGroup("Insert unscripted speech", (add, drop)), row


def nudge(doc: Document, row: int, which: str, delta: float, to_frame=None) -> Edit:
    """Move one boundary by ``delta`` seconds (clamped at the neighbours; on a frame with ``to_frame``)."""
    seg = doc.segments[row]
    if not seg.timed:
        raise EditError("This segment has no time yet; align it or type its times first.")
    t = (seg.start if which == "start" else seg.end) + delta
    if to_frame is not None:
        t = to_frame(t)
    edit = edits.retime(doc, row, reviewed=True, **{which: t})
    if (edit.before[0].start, edit.before[0].end) == (edit.after[0].start, edit.after[0].end):
        raise EditError("The boundary cannot move further: a neighbour or the end of the audio is in the way.")
    return edit


def boundary_time(doc: Document, row: int, which: str) -> Optional[float]:
    seg = doc.segments[row]
    return seg.start if which == "start" else seg.end


def realign_span(doc: Document, rows: list[int]) -> Optional[tuple[float, float]]:
    """The stretch of the talk re-aligning the selected ``rows`` works on.

    It reaches past the selection over the unlocked neighbour on each side to
    the pause beyond it (or up to a locked neighbour): a start typed into the
    middle of speech, or a neighbour that swallowed some of it, leaves speech
    that belongs to nobody, and only a range that includes it can find it again.
    """
    timed = [r for r in rows if 0 <= r < len(doc.segments) and doc.segments[r].timed]
    if not timed:
        return None
    first, last = min(timed), max(timed)
    segs = doc.segments
    before = [i for i in range(first) if segs[i].timed]
    after = [i for i in range(last + 1, len(segs)) if segs[i].timed]
    end_of_audio = doc.audio_duration if doc.audio_duration is not None else max(s.end for s in segs if s.timed)
    if not before:
        lo = 0.0
    elif segs[before[-1]].locked:
        lo = segs[before[-1]].end
    else:
        lo = segs[before[-2]].end if len(before) > 1 else 0.0
    if not after:
        hi = end_of_audio
    elif segs[after[0]].locked:
        hi = segs[after[0]].start
    else:
        hi = segs[after[1]].start if len(after) > 1 else end_of_audio
    return lo, max(lo, hi)
