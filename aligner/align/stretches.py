"""Step 1 of the pipeline, the plan: which segments are fixed and which stretches of free ones lie between.

Locked segments (and, for a range re-alignment, segments outside the range)
keep their times; the free segments between two fixed ones form a *stretch*
that must be placed between them.  Whisper listens to the stretches, joined
across short fixed spans so that a lock does not change what is heard.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, Segment
from .api import AlignOptions


@dataclass
class Stretch:
    """Free segments (indices into the document) that must be placed inside [t0, t1]."""

    indices: list[int]
    t0: float
    t1: float


def outside_range(seg: Segment, time_range: tuple[float, float] | None) -> bool:
    """Whether a range re-alignment over ``time_range`` leaves ``seg`` alone: it is timed and lies wholly before
    or after the range (an untimed segment has no place yet, so it is always inside)."""
    if time_range is None or not seg.timed:
        return False
    r0, r1 = time_range
    return seg.end <= max(0.0, r0) or seg.start >= r1


def plan(doc: Document, options: AlignOptions, duration: float) -> list[Stretch]:
    """Split the document into fixed segments and the stretches of free ones between them."""
    r0, r1 = options.time_range if options.time_range else (0.0, duration)
    r0, r1 = max(0.0, r0), min(duration, r1)

    def fixed(s: Segment) -> bool:
        if not s.timed:
            return False
        return s.locked or outside_range(s, (r0, r1) if options.time_range is not None else None)

    stretches: list[Stretch] = []
    current: list[int] = []
    lo = 0.0
    for i, s in enumerate(doc.segments):
        if fixed(s):
            if current:
                stretches.append(Stretch(current, lo, s.start))
                current = []
            lo = s.end
        else:
            current.append(i)
    if current:
        stretches.append(Stretch(current, lo, duration))
    for st in stretches:
        st.t0, st.t1 = max(st.t0, r0), min(st.t1, r1)
        if st.t1 < st.t0:
            st.t1 = st.t0
    return stretches


def fixed_neighbours(doc: Document, st: Stretch) -> tuple[Segment | None, Segment | None]:
    """The fixed segments just before and just after a stretch (None at the talk's ends).

    They are not placed again, but their audio and words are the stretch's context: the phone pass reads the
    line before a lock's end as the chunk after it would read any neighbour (:func:`.boundaries.refine_stretch`).
    """
    first, last = st.indices[0], st.indices[-1]
    before = doc.segments[first - 1] if first > 0 else None
    after = doc.segments[last + 1] if last + 1 < len(doc.segments) else None
    return before, after


#: Stretches separated by fixed (locked) segments spanning less than this (s) are listened to as one.
LISTEN_ACROSS = 60.0


def listening_intervals(stretches: list[Stretch]) -> list[tuple[float, float]]:
    """The audio Whisper transcribes: the stretches, joined across short fixed spans between them.

    Whisper's words depend on how its voice-activity filter cuts the audio into
    windows.  Listening to each stretch on its own would make a lock in the
    middle of the talk change what is heard, and so the times and confidence,
    far from the lock; joined, the words heard are the same as without it.
    """
    out: list[tuple[float, float]] = []
    for span in listening_spans(stretches):
        if span.t1 - span.t0 > 0.2 and (span.t0, span.t1) not in out:
            out.append((span.t0, span.t1))
    return out


def listening_spans(stretches: list[Stretch]) -> list[Stretch]:
    """For each stretch, the span it is listened to in (:func:`listening_intervals`): the stretches joined with it,
    with every segment from their first to their last, the fixed ones between included.

    A stretch heard again told its text (:mod:`.hear_the_text`) is heard as
    this span, told the span's text: cut at a lock and heard on its own, the
    stretch was cut into other pieces, told other words, and the decoder heard
    other words (``rd12_real_crosstalk_video``, a line locked where the engine
    had put it: base placed 107 of the talk's 125 tokens in trusted runs heard
    whole, 72 heard as two stretches, and six lines went unheard).
    """
    spans: list[Stretch] = []
    last: Stretch | None = None
    for s in stretches:
        if s.t1 - s.t0 <= 0.2:  # too short to listen to: alone, and it does not cut its neighbours apart
            spans.append(Stretch(list(s.indices), s.t0, s.t1))
            continue
        if last is not None and s.t0 - last.t1 < LISTEN_ACROSS:
            last.indices = list(range(last.indices[0], s.indices[-1] + 1))
            last.t1 = s.t1
        else:
            last = Stretch(list(s.indices), s.t0, s.t1)
        spans.append(last)
    return spans
