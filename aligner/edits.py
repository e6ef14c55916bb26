"""Edit operations on a :class:`~aligner.document.Document`, written once for CLI, window and tests.

Every edit is an :class:`Edit`: "replace segments ``index .. index+len(before)``
with ``after``".  Because segments are immutable values, an edit is its own
undo record: :meth:`Edit.revert` puts ``before`` back.  The window wraps each
edit in a ``QUndoCommand``; the core knows nothing of Qt.

The functions below (``split``, ``merge``, ``retime`` ...) only *build* an edit
from the current document and check it keeps the invariants (segments ordered,
start <= end, inside the audio, no overlap unless asked for); call
``doc.apply(edit)`` -- or :func:`apply` -- to make it happen.  An impossible
edit raises :class:`~aligner.errors.EditError` with a message for the user.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional, Sequence

from .document import EPS, LOCKED, REVIEWED, Document, Hint, Segment, UnscriptedSpan, Word
from .errors import EditError
from .text import split_words


@dataclass(frozen=True)
class Edit:
    """Replace a contiguous run of segments (and optionally the unscripted spans)."""

    description: str
    index: int
    before: tuple[Segment, ...]
    after: tuple[Segment, ...]
    unscripted_before: Optional[tuple[UnscriptedSpan, ...]] = None
    unscripted_after: Optional[tuple[UnscriptedSpan, ...]] = None
    #: (before, after) of the document's language, when the edit changes it (re-aligning in another language)
    language: Optional[tuple[Optional[str], Optional[str]]] = None

    def apply(self, doc: Document) -> None:
        self._swap(doc, self.before, self.after, self.unscripted_before, self.unscripted_after)
        if self.language is not None:
            doc.language = self.language[1]

    def revert(self, doc: Document) -> None:
        self._swap(doc, self.after, self.before, self.unscripted_after, self.unscripted_before)
        if self.language is not None:
            doc.language = self.language[0]

    def inverse(self) -> "Edit":
        return Edit(self.description, self.index, self.after, self.before,
                    self.unscripted_after, self.unscripted_before,
                    None if self.language is None else (self.language[1], self.language[0]))

    @property
    def changes_structure(self) -> bool:
        """True when segments are added or removed (views must re-read rows, not just repaint)."""
        return len(self.before) != len(self.after) or any(
            a.id != b.id for a, b in zip(self.before, self.after))

    def _swap(self, doc, old, new, old_unscripted, new_unscripted) -> None:
        current = tuple(doc.segments[self.index:self.index + len(old)])
        if current != old:
            raise EditError("The document changed since this edit was made; it cannot be applied here.")
        doc.segments[self.index:self.index + len(old)] = list(new)
        if new_unscripted is not None:
            doc.unscripted = list(new_unscripted)


@dataclass(frozen=True)
class EditGroup:
    """Several edits made as one (one undo step)."""

    description: str
    edits: tuple[Edit, ...]

    def apply(self, doc: Document) -> None:
        for e in self.edits:
            e.apply(doc)

    def revert(self, doc: Document) -> None:
        for e in reversed(self.edits):
            e.revert(doc)

    @property
    def changes_structure(self) -> bool:
        return any(e.changes_structure for e in self.edits)


def apply(doc: Document, edit: Edit | EditGroup) -> Edit | EditGroup:
    edit.apply(doc)
    return edit


# ------------------------------------------------------------------------------ helpers

def _seg(doc: Document, i: int) -> Segment:
    if not 0 <= i < len(doc.segments):
        raise EditError(f"There is no segment {i + 1}.")
    return doc.segments[i]


def _neighbour(doc: Document, i: int, step: int) -> Optional[Segment]:
    """The nearest timed segment before (step -1) or after (+1) segment ``i``."""
    j = i + step
    while 0 <= j < len(doc.segments):
        if doc.segments[j].timed:
            return doc.segments[j]
        j += step
    return None


def rows_label(indices: Iterable[int]) -> str:
    """How an undo entry names segments (numbered from 1): "#4", "#4–#6", "#2, #9" or "5 segments"."""
    idx = sorted(set(indices))
    if not idx:
        return "no segment"
    if len(idx) == 1:
        return f"#{idx[0] + 1}"
    if idx[-1] - idx[0] == len(idx) - 1:
        return f"#{idx[0] + 1}–#{idx[-1] + 1}"
    if len(idx) <= 3:
        return ", ".join(f"#{i + 1}" for i in idx)
    return f"{len(idx)} segments"


def _audio_end(doc: Document) -> float:
    return doc.audio_duration if doc.audio_duration is not None else float("inf")


def _prev_timed_end(doc: Document, i: int) -> float:
    prev = _neighbour(doc, i, -1)
    return prev.end if prev is not None else 0.0


def _next_timed_start(doc: Document, i: int) -> float:
    nxt = _neighbour(doc, i, +1)
    return nxt.start if nxt is not None else _audio_end(doc)


def allowed_range(doc: Document, i: int, allow_overlap: bool = False) -> tuple[float, float]:
    """The times segment ``i`` may occupy without breaking order or overlapping its neighbours."""
    if allow_overlap:
        prev = _neighbour(doc, i, -1)
        lo = prev.start if prev is not None else 0.0
        return lo, max(lo, _audio_end(doc))
    return _prev_timed_end(doc, i), _next_timed_start(doc, i)


#: Shortest time a word gets when it has to be re-spread inside its segment (less when the segment is tiny).
MIN_WORD = 0.02
#: Shortest segment a boundary edit may leave (its words need room for a positive length each).
MIN_SEGMENT = 0.01


def _fit_words(words: Sequence[Word], old: tuple[Optional[float], Optional[float]],
               new: tuple[float, float]) -> tuple[Word, ...]:
    """Words of a segment whose bounds change from ``old`` to ``new``: inside it, in order, never zero-length.

    Words whose audio times still fit inside the new bounds keep them exactly
    (they came from the recognizer or the person).  The words a boundary cut
    off or squeezed are spread, by character count, over the room between the
    kept words next to them; when that room is too small for them, the nearest
    kept words give theirs up too.  A move to a range that does not overlap the
    old one (typing a new time) carries the words along, stretched to fit.
    Bracketed cues ("[applause]") take no time: they stay points inside.
    """
    (o0, o1), (n0, n1) = old, new
    if not any(w.timed for w in words):
        return tuple(words)
    overlaps = o0 is not None and o1 is not None and min(o1, n1) > max(o0, n0)
    placed = list(words)
    if not overlaps and o0 is not None and o1 is not None and o1 > o0:
        k = (n1 - n0) / (o1 - o0)
        placed = [replace(w, start=n0 + (w.start - o0) * k, end=n0 + (w.end - o0) * k) if w.timed else w
                  for w in words]
    return _respread_misfits(placed, n0, n1)


def _respread_misfits(words: list[Word], n0: float, n1: float) -> tuple[Word, ...]:
    """Keep the words that fit [n0, n1] in order with a positive length; spread the others between them."""
    n = len(words)
    spoken = [k for k, w in enumerate(words) if not w.cue]
    min_len = min(MIN_WORD, (n1 - n0) / max(1, len(spoken)))
    keep = [False] * n
    last_end = n0
    for k, w in enumerate(words):
        if not w.timed:
            continue
        ok = last_end - EPS <= w.start and w.end <= n1 + EPS and (w.cue or w.end - w.start >= min_len - EPS)
        if ok:
            keep[k] = True
            last_end = max(last_end, w.end)
    for k, w in enumerate(words):  # untimed words stay untimed: there is nothing to keep or spread
        if not w.timed:
            keep[k] = True
    out = list(words)
    k = 0
    while k < n:
        if keep[k]:
            k += 1
            continue
        i, j = k, k
        while j < n and not keep[j]:
            j += 1
        while True:  # widen the run over kept neighbours until its words have room
            lo = next((out[m].end for m in range(i - 1, -1, -1) if out[m].timed), n0)
            hi = next((out[m].start for m in range(j, n) if out[m].timed), n1)
            need = min_len * sum(1 for m in range(i, j) if out[m].timed and not out[m].cue)
            if hi - lo >= need - EPS or (i == 0 and j == n):
                break
            if j < n and (i == 0 or j - k <= k - i):
                j += 1
            else:
                i -= 1
        run = [m for m in range(i, j) if out[m].timed]
        spans = [out[m] for m in run]
        for m, w in zip(run, _spread_words_between(spans, lo, max(lo, hi))):
            out[m] = w
        k = j
    return tuple(out)


def _spread_words_between(words: Sequence[Word], lo: float, hi: float) -> list[Word]:
    """These words (times replaced) spread over [lo, hi] by character count; cues take no time."""
    return [replace(w, start=s, end=e, probability=None) for w, (s, e) in zip(words, _spread_times(words, lo, hi))]


def _spread_words(text: str, start: float, end: float) -> tuple[Word, ...]:
    """Words of ``text`` spread over [start, end] by character count (used when no better timing exists)."""
    return _spread_spans(split_words(text), start, end)


def _spread_spans(spans, start: float, end: float) -> tuple[Word, ...]:
    """Words for these text pieces spread over [start, end] by character count; cues take no time."""
    return tuple(Word(span.text, s, e, None, span.cue) for span, (s, e) in zip(spans, _spread_times(spans, start, end)))


def _spread_times(pieces, lo: float, hi: float) -> list[tuple[float, float]]:
    """Consecutive (start, end) over [lo, hi], each piece's share its character count; cues get none.

    The one place that lays words out by length, for new text and for words a boundary edit squeezed out alike,
    so both read the same way in the table and the exports."""
    weights = [0 if p.cue else len(p.text) for p in pieces]
    total = sum(weights) or 1
    times, acc = [], 0
    for wgt in weights:
        s = lo + (hi - lo) * acc / total
        acc += wgt
        times.append((s, lo + (hi - lo) * acc / total))
    return times


def _check_time(doc: Document, t: float, what: str) -> None:
    if t != t or t < -EPS:
        raise EditError(f"The {what} time must be zero or later.")
    if doc.audio_duration is not None and t > doc.audio_duration + 1e-3:
        raise EditError(f"The {what} time is after the end of the audio ({doc.audio_duration:.2f} s).")


# ------------------------------------------------------------------------------ operations

def edit_text(doc: Document, i: int, text: str) -> Edit:
    """Change a segment's text; words that stay keep their times, new words share the gaps."""
    seg = _seg(doc, i)
    text = text.strip()
    if not text:
        raise EditError("A segment needs some text. To remove it, delete the segment.")
    if text == seg.text:
        raise EditError("The text is unchanged.")
    words = _rewrite_words(seg, text) if seg.words else ()
    hints = tuple(h for h in seg.hints if h.offset == 0)
    return Edit(f"Edit text of {rows_label([i])}", i, (seg,), (replace(seg, text=text, words=words, hints=hints),))


def _rewrite_words(seg: Segment, text: str) -> tuple[Word, ...]:
    new_spans = split_words(text)
    old = seg.words
    sm = difflib.SequenceMatcher(None, [w.text for w in old], [s.text for s in new_spans], autojunk=False)
    new: list[Optional[Word]] = [None] * len(new_spans)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            new[b + k] = old[a + k]
    # Fill unmatched stretches between the known neighbours, by character count.
    out: list[Word] = []
    k = 0
    while k < len(new):
        if new[k] is not None:
            out.append(new[k])
            k += 1
            continue
        j = k
        while j < len(new) and new[j] is None:
            j += 1
        lo = out[-1].end if out and out[-1].timed else seg.start
        hi = next((w.start for w in new[j:] if w is not None and w.timed), seg.end)
        if lo is not None and hi is not None:
            out.extend(_spread_spans(new_spans[k:j], lo, max(lo, hi)))
        else:
            out.extend(Word(s.text, cue=s.cue) for s in new_spans[k:j])
        k = j
    return tuple(out)


def retime(doc: Document, i: int, start: Optional[float] = None, end: Optional[float] = None,
           allow_overlap: bool = False, clamp: bool = True, lock: bool = False, reviewed: bool = False) -> Edit:
    """Set a segment's start and/or end.

    With ``clamp`` the times are kept inside the audio and between the neighbours
    (what dragging a boundary wants); without it, such times are refused.
    ``reviewed`` marks the segment as checked by a person (a hand correction).
    """
    seg = _seg(doc, i)
    new_start = seg.start if start is None else float(start)
    new_end = seg.end if end is None else float(end)
    if new_start is None or new_end is None:
        raise EditError("Give both a start and an end to place an unaligned segment.")
    lo, hi = allowed_range(doc, i, allow_overlap)
    if doc.audio_duration is not None:
        hi = min(hi, doc.audio_duration)
    if clamp:
        new_start = min(max(new_start, lo, 0.0), hi)
        new_end = min(max(new_end, lo, 0.0), hi)
    else:
        _check_time(doc, new_start, "start")
        _check_time(doc, new_end, "end")
        if new_start < lo - EPS or new_end > hi + EPS:
            raise EditError("That would overlap a neighbouring segment.")
    if new_start > new_end + EPS:
        raise EditError("A segment cannot end before it starts.")
    if new_end - new_start < MIN_SEGMENT and (new_start, new_end) != (seg.start, seg.end):
        raise EditError(f"A segment must last at least {MIN_SEGMENT * 1000:.0f} ms: its words need the time.")
    words = _fit_words(seg.words, (seg.start, seg.end), (new_start, new_end))
    if seg.words and not any(w.timed for w in seg.words):
        words = _spread_words(seg.text, new_start, new_end)
    new = replace(seg, start=new_start, end=new_end, words=words)
    if lock:
        new = new.with_flag(LOCKED)
    if reviewed:
        new = new.with_flag(REVIEWED)
    return Edit(_retime_label(seg, new, i), i, (seg,), (new,))


def _retime_label(old: Segment, new: Segment, i: int) -> str:
    """ "Move end of #12" when one boundary moved, "Move #12" when both did, "Place #12" for a first time."""
    if not old.timed:
        return f"Place {rows_label([i])}"
    moved = [name for name, a, b in (("start", old.start, new.start), ("end", old.end, new.end)) if a != b]
    return f"Move {moved[0]} of {rows_label([i])}" if len(moved) == 1 else f"Move {rows_label([i])}"


def shift(doc: Document, first: int, last: int, delta: float) -> Edit:
    """Move segments ``first..last`` (inclusive) by ``delta`` seconds, as far as the neighbours allow."""
    _seg(doc, first), _seg(doc, last)
    if last < first:
        first, last = last, first
    block = doc.segments[first:last + 1]
    timed = [s for s in block if s.timed]
    if not timed:
        raise EditError("None of these segments has a time yet.")
    lo = _prev_timed_end(doc, first) - timed[0].start
    hi_bound = _next_timed_start(doc, last)
    if doc.audio_duration is not None:
        hi_bound = min(hi_bound, doc.audio_duration)
    hi = hi_bound - max(s.end for s in timed)
    delta = min(max(delta, lo), hi)
    if abs(delta) < EPS:
        raise EditError("There is no room to move these segments further.")
    after = []
    for s in block:
        if not s.timed:
            after.append(s)
            continue
        words = tuple(replace(w, start=w.start + delta, end=w.end + delta) if w.timed else w for w in s.words)
        after.append(replace(s, start=s.start + delta, end=s.end + delta, words=words))
    return Edit(f"Shift {rows_label(range(first, last + 1))}", first, tuple(block), tuple(after))


#: Chaining closes pauses shorter than this (longer ones are real pauses the subtitles should show).
CHAIN_MAX_GAP = 1.0


def chain(doc: Document, indices: Iterable[int], gap: float, max_gap: float = CHAIN_MAX_GAP) -> Edit:
    """End each chosen segment ``gap`` seconds before the next one starts (what subtitlers call chaining).

    Pauses shorter than ``max_gap`` are closed down to ``gap`` (no flicker between
    subtitles); segments closer than ``gap`` end sooner so the gap is kept.
    Longer pauses are left alone.  Starts never move: they are where speech begins.
    """
    idx = sorted(set(indices))
    if not idx:
        raise EditError("Select the segments to chain first.")
    if gap < 0:
        raise EditError("The gap between segments cannot be negative.")
    for i in idx:
        _seg(doc, i)
    lo, hi = idx[0], idx[-1]
    block = list(doc.segments[lo:hi + 1])
    changed = False
    for i in idx:
        seg = doc.segments[i]
        nxt = _neighbour(doc, i, +1)
        if not seg.timed or nxt is None or seg.locked:
            continue
        pause = nxt.start - seg.end
        end = nxt.start - gap
        if pause >= max_gap or abs(pause - gap) < 1e-4 or end - seg.start < MIN_SEGMENT:
            continue
        block[i - lo] = replace(seg, end=end, words=_fit_words(seg.words, (seg.start, seg.end), (seg.start, end)))
        changed = True
    if not changed:
        raise EditError(f"Nothing to chain: these segments are already {gap * 1000:.0f} ms apart, "
                        f"or the pauses after them are longer than {max_gap:g} s.")
    n = sum(1 for a, b in zip(doc.segments[lo:hi + 1], block) if a is not b)
    return Edit(f"Chain {n} segment{'s' if n != 1 else ''}", lo, tuple(doc.segments[lo:hi + 1]), tuple(block))


def _split_texts(seg: Segment, offset: int) -> tuple[int, str, str]:
    """Snap a character offset to a word boundary; return (word index, left text, right text)."""
    spans = split_words(seg.text)
    if len(spans) < 2:
        raise EditError("A single word cannot be split.")
    # the first word whose middle lies at or after the offset goes right
    k = next((n for n, s in enumerate(spans) if (s.start + s.end) / 2 >= offset), len(spans))
    k = min(max(k, 1), len(spans) - 1)
    cut = spans[k].start
    return k, seg.text[:cut].rstrip(), seg.text[cut:].lstrip()


def split(doc: Document, i: int, *, offset: Optional[int] = None, word: Optional[int] = None,
          time: Optional[float] = None) -> Edit:
    """Split a segment in two: before word ``word``, at character ``offset`` or at ``time``.

    Offsets snap to the nearest word boundary.  The two halves keep the speaker,
    the flags and the words' times; the split time is where the words part.
    """
    seg = _seg(doc, i)
    spans = split_words(seg.text)
    if len(spans) < 2:
        raise EditError("A single word cannot be split.")
    if word is not None:
        if not 1 <= word < len(spans):
            raise EditError("Choose a word inside the segment to split before.")
        k = word
    elif offset is not None:
        k, _, _ = _split_texts(seg, offset)
    elif time is not None:
        if not seg.timed or not seg.start < time < seg.end:
            raise EditError("The split time must fall inside the segment.")
        if min(time - seg.start, seg.end - time) < MIN_SEGMENT:
            raise EditError(f"Split at least {MIN_SEGMENT * 1000:.0f} ms inside the segment: each half needs time "
                            "for its words.")
        if seg.words and all(w.timed for w in seg.words if not w.cue):
            mids = [((w.start + w.end) / 2 if w.timed else None) for w in seg.words]
            k = next((n for n, m in enumerate(mids) if m is not None and m >= time), len(spans))
        else:
            frac = (time - seg.start) / (seg.end - seg.start)
            k = next((n for n, s in enumerate(spans) if (s.start + s.end) / 2 >= frac * len(seg.text)), len(spans))
        k = min(max(k, 1), len(spans) - 1)
    else:
        raise EditError("Say where to split: a word, a text position or a time.")
    cut = spans[k].start
    left_text, right_text = seg.text[:cut].rstrip(), seg.text[cut:].lstrip()
    lead = len(seg.text[cut:]) - len(right_text)
    left_words, right_words = seg.words[:k], seg.words[k:]
    t_split: Optional[float] = None
    if seg.timed:
        if time is not None:
            t_split = time
        elif seg.words and left_words[-1].timed and right_words[0].timed:
            t_split = (left_words[-1].end + right_words[0].start) / 2
        else:
            t_split = seg.start + (seg.end - seg.start) * cut / max(1, len(seg.text))
        if seg.end - seg.start < 2 * MIN_SEGMENT:
            raise EditError(f"A segment this short cannot be split: each half must last {MIN_SEGMENT * 1000:.0f} ms.")
        t_split = min(max(t_split, seg.start + MIN_SEGMENT), seg.end - MIN_SEGMENT)
        left_words = _fit_words(left_words, (seg.start, seg.end), (seg.start, t_split)) if left_words else ()
        right_words = _fit_words(right_words, (seg.start, seg.end), (t_split, seg.end)) if right_words else ()
    left_hints = tuple(h for h in seg.hints if h.offset < cut)
    right_hints = tuple(Hint(max(0, h.offset - cut - lead), h.time) for h in seg.hints if h.offset >= cut)
    left = replace(seg, text=left_text, end=t_split if seg.timed else None, words=tuple(left_words),
                   hints=left_hints)
    right = Segment(right_text, t_split if seg.timed else None, seg.end, seg.speaker, tuple(right_words),
                    seg.confidence, seg.flags, right_hints)
    return Edit(f"Split {rows_label([i])}", i, (seg,), (left, right))


def merge(doc: Document, first: int, last: Optional[int] = None) -> Edit:
    """Merge segments ``first..last`` (inclusive; default: ``first`` with the next one)."""
    last = first + 1 if last is None else last
    _seg(doc, first)
    if last >= len(doc.segments) or last <= first:
        raise EditError("Select two or more neighbouring segments to merge.")
    block = doc.segments[first:last + 1]
    text, words, hints = "", [], []
    for s in block:
        sep = " " if text else ""
        base = len(text) + len(sep)
        hints.extend(Hint(h.offset + base, h.time) for h in s.hints)
        text += sep + s.text
    aligned = all(s.words for s in block)
    if aligned:
        for s in block:
            words.extend(s.words)
        # Re-derive the words from the joined text: identical pieces, since texts are joined by a space.
        if [w.text for w in words] != [p.text for p in split_words(text)]:
            words = list(_rewrite_words(replace(block[0], words=tuple(words)), text))
    timed = [s for s in block if s.timed]
    start = min(s.start for s in timed) if timed else None
    end = max(s.end for s in timed) if timed else None
    if timed and not all(s.timed for s in block):
        words = []
    if words and start is not None:
        words = [w if not w.timed else replace(w, start=min(max(w.start, start), end),
                                               end=min(max(w.end, start), end)) for w in words]
    confs = [s.confidence for s in block if s.confidence is not None]
    flags = frozenset().union(*(s.flags for s in block))
    merged = Segment(text, start, end, block[0].speaker, tuple(words), min(confs) if confs else None,
                     flags, tuple(hints), block[0].id)
    return Edit(f"Merge {rows_label(range(first, last + 1))}", first, tuple(block), (merged,))


def insert(doc: Document, i: int, text: str, start: Optional[float] = None, end: Optional[float] = None,
           speaker: Optional[str] = None, lock: bool = False) -> Edit:
    """Insert a new segment before position ``i`` (``i == len(doc)`` appends)."""
    if not 0 <= i <= len(doc.segments):
        raise EditError("That position is outside the transcript.")
    text = text.strip()
    if not text:
        raise EditError("A new segment needs some text.")
    if (start is None) != (end is None):
        raise EditError("Give both a start and an end, or neither.")
    if start is not None:
        _check_time(doc, start, "start")
        _check_time(doc, end, "end")
        if start > end:
            raise EditError("A segment cannot end before it starts.")
        lo = _prev_timed_end(doc, i)
        hi = next((s.start for s in doc.segments[i:] if s.timed), float("inf"))
        if start < lo - EPS or end > hi + EPS:
            raise EditError("The new segment would overlap its neighbours; leave a gap for it first.")
    words = _spread_words(text, start, end) if start is not None else ()
    seg = Segment(text, start, end, speaker, words, None, frozenset({LOCKED}) if lock else frozenset())
    return Edit(f"Insert {rows_label([i])}", i, (), (seg,))


def delete(doc: Document, first: int, last: Optional[int] = None) -> Edit:
    last = first if last is None else last
    _seg(doc, first), _seg(doc, last)
    first, last = min(first, last), max(first, last)
    return Edit(f"Delete {rows_label(range(first, last + 1))}", first,
                tuple(doc.segments[first:last + 1]), ())


def _modify(doc: Document, indices: Iterable[int], description: str, change) -> Edit:
    idx = sorted(set(indices))
    if not idx:
        raise EditError("Select one or more segments first.")
    for i in idx:
        _seg(doc, i)
    lo, hi = idx[0], idx[-1]
    block = tuple(doc.segments[lo:hi + 1])
    chosen = set(idx)
    after = tuple(change(s) if lo + n in chosen else s for n, s in enumerate(block))
    return Edit(description, lo, block, after)


def set_flag(doc: Document, indices: Iterable[int], flag: str, on: bool = True) -> Edit:
    indices = list(indices)
    name = {LOCKED: "Lock" if on else "Unlock"}.get(flag, ("Set " if on else "Clear ") + flag)
    return _modify(doc, indices, f"{name} {rows_label(indices)}", lambda s: s.with_flag(flag, on))


def lock(doc: Document, indices: Iterable[int], on: bool = True) -> Edit:
    return set_flag(doc, indices, LOCKED, on)


def mark_reviewed(doc: Document, indices: Iterable[int], on: bool = True) -> Edit:
    """Say a person has checked these segments (they leave the review queue), or take that back."""
    edit = set_flag(doc, indices, REVIEWED, on)
    return replace(edit, description="Mark reviewed" if on else "Mark not reviewed")


def set_speaker(doc: Document, indices: Iterable[int], speaker: Optional[str]) -> Edit:
    speaker = (speaker or "").strip() or None
    indices = list(indices)
    return _modify(doc, indices, f"Set speaker of {rows_label(indices)}", lambda s: replace(s, speaker=speaker))


def rename_speaker(doc: Document, old: str, new: str) -> Edit:
    """Give every segment of speaker ``old`` the name ``new`` (one edit, so one undo step).

    Renaming to a name another speaker already has joins the two speakers.
    """
    new = (new or "").strip()
    if not new:
        raise EditError("Type the speaker's new name.")
    if new == old:
        raise EditError(f"The speaker is already called “{new}”.")
    rows = [i for i, s in enumerate(doc.segments) if s.speaker == old]
    if not rows:
        raise EditError(f"No segment has the speaker “{old}”.")
    edit = _modify(doc, rows, "", lambda s: replace(s, speaker=new))
    return replace(edit, description=f"Rename speaker “{old}” to “{new}” ({len(rows)} segment"
                                     f"{'s' if len(rows) != 1 else ''})")


def find_matches(doc: Document, pattern: str, regex: bool = False, case: bool = False) -> list[int]:
    """Indices of segments whose text contains ``pattern``."""
    rx = _compile(pattern, regex, case)
    return [i for i, s in enumerate(doc.segments) if rx.search(s.text)]


def _compile(pattern: str, regex: bool, case: bool) -> "re.Pattern[str]":
    if not pattern:
        raise EditError("Type something to find.")
    try:
        return re.compile(pattern if regex else re.escape(pattern), 0 if case else re.IGNORECASE)
    except re.error as e:
        raise EditError(f"That is not a valid regular expression: {e}.") from None


def replace_text(doc: Document, pattern: str, replacement: str, regex: bool = False, case: bool = False,
                 indices: Optional[Iterable[int]] = None) -> EditGroup:
    """Find and replace in segment texts (all segments, or only ``indices``); one undo step."""
    rx = _compile(pattern, regex, case)
    pool = range(len(doc.segments)) if indices is None else sorted(set(indices))
    edits = []
    for i in pool:
        s = doc.segments[i]
        try:
            new = rx.sub(replacement if regex else replacement.replace("\\", "\\\\"), s.text)
        except (re.error, IndexError) as e:
            raise EditError(f"The replacement does not fit the pattern: {e}.") from None
        if new != s.text and new.strip():
            edits.append(edit_text(doc, i, new))
    if not edits:
        raise EditError(f"“{pattern}” was not found.")
    return EditGroup(f"Replace “{pattern}” ({len(edits)})", tuple(edits))


def replace_all(doc: Document, segments: Sequence[Segment], unscripted: Optional[Sequence[UnscriptedSpan]] = None,
                description: str = "Align", language: Optional[str] = None) -> Edit:
    """Replace every segment at once (what an alignment run produces), as one undoable edit.

    ``language``, when given and not the document's, becomes the document's language in the same step.
    """
    return Edit(description, 0, tuple(doc.segments), tuple(segments),
                tuple(doc.unscripted) if unscripted is not None else None,
                tuple(unscripted) if unscripted is not None else None,
                (doc.language, language) if language and language != doc.language else None)

