"""Speech the transcript lacks, reported over its sound rather than over the words Whisper caught of it.

An unscripted span is first the time of the heard words nobody wrote
(:meth:`.placement.Placer._maybe_unscripted`).  Whisper often misses a
sentence's first or last words when it hears it at all -- in a small tiled room
a deleted "The conference will begin when the leader arrives." was heard as
"will begin when the leader", so the span covered 1.6 of its 2.9 s and the
user, listening to it, hears it start in the middle of a sentence.  The
sentence's sound goes on around those words with no real pause: the span is
widened over the sound joined to it, never into a neighbouring line (placed
lines bound it; lines never heard do not, they sit in a quiet place of their
own) and never more than :data:`MAX_REACH` beyond the heard words.

The other way too: a recognition window that begins in a pause (a re-align with the lines before it locked
begins at the last locked line's end) can put its first heard word there, early: the window walk
(``benchmarks/gui_walk.py``) found a sentence nobody wrote reported from 9.55 s for speech from 9.75 s, and
"Insert as segment" made a line that starts in silence.  So the span is fitted to the sound its heard words
lie in: an opening or close with no sound in it (by the same runs that widen it) is left out.

Where a stretch was heard too little to place its lines by the words (they were forced onto the audio, read by
their letters or laid by its pauses), what Whisper wrote over them is those lines misheard, not speech nobody wrote:
a span lying over the lines as placed then is no unscripted speech (:func:`off_the_lines`).  espeak-ng's Thai talk
under a pepper mill was heard as "Sounds are not for that so T ar ast ..." over 0.8-31.7 s of its 38 s, and that
stretch was reported as speech missing from the transcript, over all eight of its lines.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..document import NOT_HEARD, Segment, UnscriptedSpan
from .activity import Envelope

#: Sound joined to the heard words across dips shorter than this (s) is the same speech (the gaps between a
#: sentence's words; a pause between two sentences is longer).
SAME_SPEECH_GAP = 0.25
#: The span never grows by more than this (s) on either side: a word or two Whisper missed, not a paragraph.
MAX_REACH = 1.5
#: Kept this far (s) from a placed line's edge.
CLEAR = 0.05
#: A span with at least this share of its time under placed lines lies over them (:func:`off_the_lines`).
OVER_THE_LINES = 0.5


def widen_to_sound(spans: Sequence[UnscriptedSpan], segments: Sequence[Segment], env: Envelope
                   ) -> list[UnscriptedSpan]:
    """Each span widened over the sound joined to its heard words, between the placed lines around it."""
    placed = [(s.start, s.end) for s in segments
              if s.start is not None and s.end is not None and NOT_HEARD not in s.flags]
    return [_widened(u, placed, env) for u in spans]


def _widened(u: UnscriptedSpan, placed: Sequence[tuple[float, float]], env: Envelope) -> UnscriptedSpan:
    before = [e for s, e in placed if s < u.start]
    after = [s for s, e in placed if e > u.end]
    lo = max([u.start - MAX_REACH] + [e + CLEAR for e in before])
    hi = min([u.end + MAX_REACH, env.duration] + [s - CLEAR for s in after])
    lo, hi = min(lo, u.start), max(hi, u.end)
    runs = [(a, b) for a, b in env.voiced_runs(lo, hi, env.threshold(lo, hi), bridge=SAME_SPEECH_GAP)
            if b >= u.start and a <= u.end]
    if not runs:
        return u
    start, end = runs[0][0], runs[-1][1]  # the sound the heard words lie in: wider, or without a silent edge
    return u if (start, end) == (u.start, u.end) else replace(u, start=start, end=end)


def off_the_lines(spans: Sequence[UnscriptedSpan], segments: Sequence[Segment]) -> list[UnscriptedSpan]:
    """The spans not lying over the placed ``segments`` (at least :data:`OVER_THE_LINES` of a span's time under
    them): for a stretch whose lines were placed by other means than the words heard (see the module's docstring),
    speech in a pause between them stays unscripted, the lines' own misheard words do not."""
    placed = [(s.start, s.end) for s in segments
              if s.start is not None and s.end is not None and NOT_HEARD not in s.flags]

    def under_lines(u: UnscriptedSpan) -> float:
        return sum(max(0.0, min(b, u.end) - max(a, u.start)) for a, b in placed)

    return [u for u in spans if under_lines(u) < OVER_THE_LINES * (u.end - u.start)]
