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

_BASE = {"exact": (0.55, 0.45), "fuzzy": (0.45, 0.35), "substituted": (0.3, 0.0), "voiced": (0.15, 0.0),
         "unheard": (0.0, 0.0)}


def word_confidence(how: Optional[str], probability: Optional[float], refined: bool) -> Optional[float]:
    if how is None:
        return None
    base, gain = _BASE[how]
    c = base + gain * (probability or 0.0)
    if refined:
        c = min(1.0, c + 0.1)
    return round(min(1.0, max(0.0, c)), 3)


def score_segment(item: Placed) -> tuple[float, list[Optional[float]]]:
    """(segment confidence, confidence per word) for a placed segment."""
    s = item.segment
    refined = item.refined or (False,) * len(s.words)
    words = [word_confidence(h, w.probability, r) for h, w, r in zip(item.hows, s.words, refined)]
    spoken = [c for c in words if c is not None]
    if not spoken or NOT_HEARD in s.flags:
        return 0.0, [0.0 if c is not None else None for c in words]
    edge = min(spoken[0], spoken[-1])
    mean = sum(spoken) / len(spoken)
    return round(0.5 * edge + 0.5 * mean, 3), words
