"""A struck bar holds its pitch; a voice does not (aligner.align.held_tones), and the phone pass's speech the text
lacks is a voice's, not a chime's."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.held_tones import holds_its_pitch
from aligner.align.phonetic import SAMPLE_RATE, _one_voice
from synth import espeak_available, speak


def chime(notes=(523.3, 659.3, 784.0), step: float = 0.33, ring: float = 1.8) -> np.ndarray:
    """A PA's chime: struck bars, each a fundamental and two partials dying 60 dB in ``ring`` seconds."""
    n = int((step * (len(notes) - 1) + 1.0) * SAMPLE_RATE)
    x = np.zeros(n)
    t = np.arange(n) / SAMPLE_RATE
    for k, f0 in enumerate(notes):
        at = int(k * step * SAMPLE_RATE)
        tt = t[: n - at]
        y = sum(a * np.sin(2 * np.pi * f0 * m * tt) for m, a in ((1, 1.0), (2, 0.4), (3, 0.2)))
        x[at:] += 0.3 * y * 10 ** (-3 * tt / ring)
    return x.astype(np.float32)


def test_a_chime_holds_its_pitch_and_is_no_voice():
    x = chime()
    assert holds_its_pitch(x, SAMPLE_RATE, 0.0, len(x) / SAMPLE_RATE)
    assert not _one_voice(x, 0.0, len(x) / SAMPLE_RATE)


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")
def test_a_voice_does_not_hold_its_pitch():
    x = speak("Several people still had doubts about the new schedule for the museum.", "en-us", 165)
    assert not holds_its_pitch(x, SAMPLE_RATE, 0.0, len(x) / SAMPLE_RATE)
    assert _one_voice(x, 0.0, len(x) / SAMPLE_RATE)


def test_too_little_voiced_sound_is_no_evidence():
    noise = np.random.default_rng(1).normal(0, 0.05, SAMPLE_RATE).astype(np.float32)
    assert not holds_its_pitch(noise, SAMPLE_RATE, 0.0, 1.0)


def sung_note(f0: float = 81.8, wander: float = 0.008, seconds: float = 0.5) -> np.ndarray:
    """A choir's low note next door: a fundamental and four harmonics whose pitch wanders slowly by ``wander`` either
    way five times a second (a chord's voices drifting), read near 80 Hz, where one sample of the tracker's lag is 0.5 %."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    freq = f0 * (1.0 + wander * np.sin(2 * np.pi * 5.0 * t))
    phase = 2 * np.pi * np.cumsum(freq) / SAMPLE_RATE
    return (0.1 * sum(np.sin(m * phase) / m for m in range(1, 6))).astype(np.float32)


def test_a_held_note_wandering_by_a_sample_of_lag_holds_its_pitch_from_its_start():
    from aligner.align.held_tones import pitch_held_from

    x = np.concatenate([np.zeros(SAMPLE_RATE // 10, np.float32), sung_note()])
    held = pitch_held_from(x, SAMPLE_RATE, 0.0, len(x) / SAMPLE_RATE)
    assert held is not None and 0.05 <= held <= 0.15


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")
def test_a_voices_last_words_do_not_hold_one_pitch():
    from aligner.align.held_tones import pitch_held_from

    x = speak("Questa conferenza è bloccata!", "it", 150)
    n = len(x) / SAMPLE_RATE
    assert pitch_held_from(x, SAMPLE_RATE, max(0.0, n - 0.5), n) is None


def test_a_low_pitch_that_dies_away_is_a_voice_fading_not_a_held_note():
    """A voice's last sound can flatten onto one low pitch as it fades into the room (a real French "... étoile."): the
    same note falling 20 dB over its half second is not read as held, so an end carried over it stays."""
    from aligner.align.held_tones import pitch_held_from

    note = sung_note()
    x = np.concatenate([np.zeros(SAMPLE_RATE // 10, np.float32),
                        (note * 10 ** (-np.linspace(0, 20, len(note)) / 20)).astype(np.float32)])
    assert pitch_held_from(x, SAMPLE_RATE, 0.0, len(x) / SAMPLE_RATE) is None
