"""How sure the engine is, per word and per segment.

A word's confidence rests on how it was placed (matched to what Whisper heard,
laid over different words, spread over unrecognized sound, or not heard at
all), on Whisper's own probability for the heard word, and on whether the
phone-level pass confirmed it.  A segment's confidence leans on its first and
last words, because those carry its boundaries.
"""

from __future__ import annotations

from typing import Optional

from ..document import NOT_HEARD
from .placement import Placed

#: Below this a segment is flagged for review.
LOW = 0.5
#: A segment's confidence is at most its least confident edge word's plus this.
EDGE_SLACK = 0.15
#: Phone-level fit below which a word is probably misplaced, and above which it is confirmed.
MISFIT = 0.15
GOOD_FIT = 0.5
#: A word the phone-level pass placed with at least this fit (words in place: 0.3-0.95; misplaced
#: ones mostly < 0.15, see phonetic._confidence) is at least PLACED_BY_SOUND sure, however it was matched.
PLACED_FIT = 0.3
PLACED_BY_SOUND = 0.65

_BASE = {"exact": (0.55, 0.45), "fuzzy": (0.45, 0.35), "substituted": (0.3, 0.0), "voiced": (0.15, 0.0),
         "unheard": (0.0, 0.0)}


def word_confidence(how: Optional[str], probability: Optional[float], acoustic: Optional[float]) -> Optional[float]:
    """Confidence that a word is where it is said to be.

    ``acoustic``: the phone-level fit where that pass placed the word (None if
    it did not).  A good fit (>= 0.5) confirms the word; a very poor one (< 0.15,
    the aligner's own "misplaced" range) makes even a matched word doubtful.
    """
    if how is None:
        return None
    base, gain = _BASE[how]
    c = base + gain * (probability or 0.0)
    if acoustic is not None:
        if acoustic >= GOOD_FIT:
            c += 0.1
        elif acoustic < MISFIT:
            c *= 0.6
        if acoustic >= PLACED_FIT and how != "unheard":
            # The phone-level pass found the word's sounds here, in a chunk whose heard words agree
            # with Whisper: its *place* is sure even where Whisper did not write it down (a filler
            # "um", a short "A" or "As", a word lost on a telephone line).  Confidence is about
            # time, not spelling.
            c = max(c, PLACED_BY_SOUND)
    return round(min(1.0, max(0.0, c)), 3)


def score_segment(item: Placed) -> tuple[float, list[Optional[float]]]:
    """(segment confidence, confidence per word) for a placed segment."""
    s = item.segment
    acoustic = item.acoustic or (None,) * len(s.words)
    words = [word_confidence(h, w.probability, a) for h, w, a in zip(item.hows, s.words, acoustic)]
    spoken = [c for c in words if c is not None]
    if not spoken or NOT_HEARD in s.flags:
        return 0.0, [0.0 if c is not None else None for c in words]
    edge = min(spoken[0], spoken[-1])
    mean = sum(spoken) / len(spoken)
    # the boundaries are the edge words' times: a segment is never much surer than its least sure edge
    return round(min(edge + EDGE_SLACK, 0.5 * edge + 0.5 * mean), 3), words
