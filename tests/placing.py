"""Placed segments made by hand, for tests of what runs after placement (pauses, joins, confidence)."""

from __future__ import annotations

from typing import Optional


def placed_over(text: str, start: float, end: float, heard_start: Optional[float] = None):
    """``text`` as placement leaves it from Whisper's words: laid over [start, end] by length, all heard.

    With ``heard_start``: as the phone pass leaves it -- placed with fits of 0.4,
    its first word moved from where Whisper heard it begin.
    """
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word
    from aligner.text import split_words

    spans = split_words(text)
    total = sum(len(s.text) for s in spans)
    words, acc = [], 0
    for s in spans:
        a = start + (end - start) * acc / total
        acc += len(s.text)
        words.append(Word(s.text, a, start + (end - start) * acc / total, 0.9))
    segment, hows = Segment(text, start, end, words=tuple(words)), ("exact",) * len(words)
    if heard_start is None:
        return Placed(segment, hows)
    moved = [(words[0].start - heard_start, 0.0)] + [(0.0, 0.0)] * (len(words) - 1)
    return Placed(segment, hows, (0.4,) * len(words), tuple(moved))
