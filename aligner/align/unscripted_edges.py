"""Evidence for the review queue from what Whisper heard that the transcript does not hold: a line whose end runs
into words nobody wrote.

Where a second voice starts speaking as a line stops (a colleague answering, an
interpreter, a talker in the room), the phone pass can carry the line's last word
over that voice's first syllables: the vowel goes on, a nasal or a glide joins it,
and the level never falls where the line's voice stops, so nothing read from the
level doubts the end.  Whisper, listening to the whole stretch, often hears those
syllables as words -- words the transcript does not hold, which the engine reports
as unscripted speech.  When such a span of heard words *begins inside the line and
runs on past its end*, the end was put inside them: the line's own voice stops at
or before where they begin.  A right end is not in that position: unscripted speech
is what lies outside every line, so it begins at or after a right end (an answer
right after the line begins a few hundredths of a second later; Whisper's word
times put it a little earlier at most) -- unless the span opens with the line's own
last word, heard a second time and left unpaired (under applause: "... in the
evening." then "evening. Supplies"), which says nothing of another voice.

Measured on the fifteenth round's development runs (benchmarks/README.md, j67):
over the dev families' baseline (1,922 truth segments) spans straddling an end
began 290-670 ms before it; the rule newly flags one segment, 422 ms late
(``rd23_real_xtalk_edges_flite``), and, with the own-word guard, no end within 100
ms; on the seen ``rd34_*`` talks (a second talker at every line's end) it newly
flags two ends 477 and 614 ms late, and a third it finds was already flagged.
"""

from __future__ import annotations

from typing import Sequence

from ..document import UnscriptedSpan
from ..text import normalize

#: Heard words must begin at least this far (s) before the end to be read as words the end runs into: Whisper's
#: word times are good to a few hundredths, and an answer right after a line may begin at its last sound.
INSIDE = 0.1
#: A span whose first heard word is one of the line's last this many words holds the line's own end heard again.
OWN_WORDS = 2


def end_runs_into_unscripted(found: Sequence[UnscriptedSpan], text: str, start: float, end: float) -> bool:
    """Whether some span of heard words the transcript does not hold (``found``) begins inside the line ``text``
    spanning [start, end], at least INSIDE s before its end, runs on past the end, and does not open with one of
    the line's last OWN_WORDS words: the end lies in another voice's words."""
    own = set(normalize(text)[-OWN_WORDS:])
    return any(start < u.start <= end - INSIDE and u.end > end and not _opens_with(u, own) for u in found)


def _opens_with(span: UnscriptedSpan, words: set[str]) -> bool:
    """Whether the first word heard in ``span`` is one of ``words`` (normalized)."""
    heard = normalize(span.text)
    return bool(heard) and heard[0] in words
