"""A laugh inside a one-line chunk: the phone pass calls it speech the text lacks; Whisper heard no words there."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import PhoneticRefiner
from aligner.align.placement import Placed
from aligner.align.wordless_sound import heard_no_words_in
from aligner.audio import Audio
from aligner.document import Segment, Word

from test_boundaries import RATE

LAUGH = (2.6, 3.7)  # the talk's seconds: sound the search had to call silence, inside the line


def _talk() -> Audio:
    rng = np.random.default_rng(4)
    x = rng.normal(0, 0.002, int(6.5 * RATE)).astype(np.float32)
    for a, b in [(0.5, 2.4), LAUGH, (3.9, 5.6)]:  # "Press one to enter an extension," laugh "press two."
        t = np.arange(int((b - a) * RATE)) / RATE
        x[int(a * RATE):int(a * RATE) + len(t)] += 0.2 * np.sin(2 * np.pi * 150 * t)
    return Audio.from_float(x)


class _LaughingAligner:
    """The phone pass on that line: its words in place, the laugh left to silence -- rejected for it alone."""

    def __init__(self, talk: Audio, other_problem: bool = False):
        self.talk, self.other_problem = talk, other_problem

    def align(self, samples, words, before=(), after=(), language="en", lead_in=None, lifted_pauses=False, lines=()):
        from aligner.align.phonetic import ChunkAlignment, WordTiming

        lo = (samples.__array_interface__["data"][0] - self.talk.samples.__array_interface__["data"][0]) \
            // samples.itemsize / RATE
        times = [(0.5, 1.4), (1.4, 2.4), (3.9, 4.6), (4.6, 5.6)]
        problems = ("1.1 s of speech in one stretch that the text does not account for",)
        if self.other_problem:
            problems += ("the sound fits the text poorly (confidence 0.12)",)
        return ChunkAlignment(words=tuple(WordTiming(a - lo, b - lo, 0.8) for a, b in times),
                              duration=len(samples) / RATE, plausible=False, problems=problems, confidence=0.8,
                              unscripted=((LAUGH[0] - lo, LAUGH[1] - lo),),
                              unaccounted=((LAUGH[0] - lo, LAUGH[1] - lo),),
                              plausible_but_unaccounted=not self.other_problem)


def _line(hows=("exact",) * 4) -> list[Placed]:
    # Whisper's times: the line's end runs on past the voice (as its ends do)
    words = (Word("Press", 0.55, 1.4, 0.9), Word("one,", 1.4, 2.5, 0.9), Word("press", 3.8, 4.6, 0.9),
             Word("two.", 4.6, 6.0, 0.9))
    return [Placed(Segment("Press one, press two.", 0.55, 6.0, words=words), hows)]


def _refine(items, unpaired=(), other_problem=False) -> list[bool]:
    audio = _talk()
    refiner = PhoneticRefiner()
    refiner.aligner = _LaughingAligner(audio, other_problem)
    return refiner.refine(items, audio, Envelope(audio), 0.0, 6.5, None, unpaired=unpaired)


def test_a_laugh_whisper_heard_no_words_in_does_not_throw_a_one_line_chunk_away():
    """hx_real_coughs_inside_labels: a 0.88 s laugh inside a line, the only chunk being that line: rejected, the
    line fell back to energy snapping and ended 0.5-0.9 s early in the room's murmur."""
    items = _line()
    assert _refine(items) == [True]
    assert items[0].segment.end == pytest.approx(5.6, abs=0.001)


def test_a_sentence_whisper_heard_there_keeps_the_rejection():
    """A sentence the transcript lacks: Whisper heard its words, given to no transcript word."""
    items = _line()
    assert _refine(items, unpaired=[(2.7, 3.0), (3.0, 3.5)]) == [False]
    assert items[0].segment.end == pytest.approx(6.0, abs=0.001)


def test_a_line_whisper_did_not_hear_whole_or_another_problem_keeps_the_rejection():
    assert _refine(_line(("exact", "exact", "voiced", "exact"))) == [False]
    assert _refine(_line(), other_problem=True) == [False]


def test_heard_words_are_looked_for_in_the_stretch_only():
    items = _line()
    assert heard_no_words_in(items, [0], [(0.0, 0.4), (5.8, 6.2)], [LAUGH])
    assert not heard_no_words_in(items, [0], [(3.6, 3.9)], [LAUGH])
    assert not heard_no_words_in(items, [0], [], [])
