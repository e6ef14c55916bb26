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


def test_a_drone_read_now_at_its_period_now_at_twice_it_still_holds_its_pitch(monkeypatch):
    """A hurdy-gurdy's drone at 108.1 Hz over a line's end (``ty_real_hurdygurdy_page``): the pitch tracker read it at
    108.1 Hz on some frames and at 54.1 Hz -- twice the period -- on the others, and every step between them broke
    the hold, so the end carried +570 ms along the drone stayed.  A pair of frames an exact octave apart is the
    tracker's slip and says nothing either way: left out, not counted as held -- a real French voice's last syllable
    ("... votre appel": 124 Hz on five frames, a slip to 62, then 124, 121, 119) is no held tone."""
    from aligner.align import another_voice, held_tones

    drone = np.array([108.1, 108.1, 54.1, 54.1, 108.1, 108.1, 108.1, 54.1, 108.1, 108.1] * 3)
    gliding = 150.0 * np.exp(np.linspace(0.0, 0.4, 30)) * np.where(np.arange(30) % 3 == 0, 0.5, 1.0)
    last_syllable = np.array([124.0] * 5 + [62.0, 124.0, 121.2, 119.4, 119.4, 119.4])
    for track, held in ((drone, True), (gliding, False), (last_syllable, False)):
        monkeypatch.setattr(another_voice, "pitch_track", lambda *a, t=track: (np.arange(len(t)) * 0.01, t))
        assert held_tones.holds_its_pitch(np.zeros(1), SAMPLE_RATE, 0.0, 0.3) is held, track
        assert (held_tones.pitch_held_from(np.zeros(1), SAMPLE_RATE, 0.0, 0.3) is not None) is held
