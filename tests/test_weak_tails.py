"""A line that ends on a long stretch of sound far under its voice (a room's tail, the background) goes to review."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.align.weak_tails import WEAK_TAIL, ends_in_weak_sound, weak_tail
from aligner.audio.decode import Audio
from aligner.document import END_IN_TAIL, LOW_CONFIDENCE, Segment, Word

from synth import RATE, espeak_available, speak

LOUD_END = 2.6  #: where the line's voice stops
TAIL_END = 3.1  #: where the weak sound after it (a hall's tail, 20 dB under the voice) stops
NEXT = 4.0  #: where the next line starts


def _recording(gain: float = 1.0) -> Envelope:
    """Faint noise (-60 dB), a noise-like 'line' from 1.0 s to LOUD_END, sound 20 dB under it up to TAIL_END, a quiet
    pause, and the next line from NEXT; all of it ``gain`` times as loud."""
    rng = np.random.default_rng(3)
    x = 0.001 * rng.normal(size=int(5.0 * RATE))
    for a, b, level in ((1.0, LOUD_END, 0.2), (LOUD_END, TAIL_END, 0.02), (NEXT, 4.8, 0.2)):
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float((gain * x).astype(np.float32)))


def _line(start: float, end: float) -> Segment:
    """"Please try the number again" over [start, end], its last word ending at ``end``."""
    times = [(start, 1.4), (1.4, 1.7), (1.7, 1.85), (1.85, 2.3), (2.3, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "try", "the", "number", "again"], times))
    return Segment("Please try the number again", start, end, words=words)


def test_an_end_on_more_than_a_syllables_time_of_weak_sound_is_doubted_and_one_on_the_voice_is_not():
    """Ended where the voice stops, or a syllable's fade after it, the end is its voice's; carried a third of a
    second down the weak sound after it, or into the quiet pause, it is not."""
    env = _recording()
    assert weak_tail(env, 1.0, LOUD_END) == pytest.approx(0.0, abs=0.011)
    assert not ends_in_weak_sound(env, 1.0, LOUD_END)
    assert not ends_in_weak_sound(env, 1.0, LOUD_END + WEAK_TAIL - 0.05)  # a final nasal's, a fading vowel's time
    assert weak_tail(env, 1.0, LOUD_END + 0.35) == pytest.approx(0.35, abs=0.011)
    assert ends_in_weak_sound(env, 1.0, LOUD_END + 0.35)  # down a hall's tail
    assert ends_in_weak_sound(env, 1.0, TAIL_END + 0.3)  # on into the pause
    # the line is read against its own voice: the same line 20 dB quieter (a far speaker) reads the same
    quiet = _recording(gain=0.1)
    assert ends_in_weak_sound(quiet, 1.0, LOUD_END + 0.35) and not ends_in_weak_sound(quiet, 1.0, LOUD_END)
    assert weak_tail(env, 1.0, 1.2) is None and not ends_in_weak_sound(env, 2.5, 2.75)  # too short to say


def test_an_end_in_a_weak_tail_sends_its_line_to_review_with_its_reason():
    env = _recording()
    st = Stretch([0], 0.0, NEXT)
    for end, doubted in ((LOUD_END, False), (LOUD_END + 0.35, True)):
        item = Placed(_line(1.0, end), ("exact",) * 5, (0.9,) * 5)
        around = surroundings([item], 0, [], env, st)
        assert (END_IN_TAIL in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_IN_TAIL) == doubted and seg.has(LOW_CONFIDENCE) == doubted


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed")
def test_a_spoken_sentences_own_end_is_not_doubted_and_one_run_on_into_the_pause_is():
    """espeak-ng's sentence, its end where its sound stops (truth known): not doubted, however its last syllable
    fades; the same end 0.4 s on, in the pause, is."""
    voice = speak("Please check the number and dial again.")
    x = np.concatenate([np.zeros(RATE // 2), voice, np.zeros(RATE)]).astype(np.float64)
    x += 1e-4 * np.random.default_rng(1).normal(size=len(x))
    env = Envelope(Audio.from_float((x / max(1e-9, np.abs(x).max()) * 0.5).astype(np.float32)))
    loud = np.flatnonzero(np.abs(voice) > 0.01 * np.abs(voice).max())
    start, end = 0.5 + loud[0] / RATE, 0.5 + (loud[-1] + 1) / RATE
    assert not ends_in_weak_sound(env, start, end)
    assert ends_in_weak_sound(env, start, end + 0.4)
