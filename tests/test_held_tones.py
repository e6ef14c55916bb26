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
