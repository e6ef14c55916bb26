"""Sound after a line's end that is plainly not its last sound: a steady tone (a Morse key's note) and a flutter (a
snore), told from a voice's own sound, which glides in pitch and level."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.own_last_sound import flutters, others_from
from aligner.align.steady_tones import steady_tone_from
from aligner.audio import Audio

RATE = 16000


def _t(seconds: float) -> np.ndarray:
    return np.arange(int(seconds * RATE)) / RATE


def _vowel(seconds: float, f0: float, glide: float = 0.15) -> np.ndarray:
    """A voiced sound: harmonics of a pitch gliding down from ``f0`` by ``glide``, falling 6 dB an octave, fading."""
    t = _t(seconds)
    f = f0 * (1.0 - glide * t / seconds)
    phase = 2 * np.pi * np.cumsum(f) / RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 20))
    return x * np.linspace(1.0, 0.3, len(t))


def _note(seconds: float, pitch: float) -> np.ndarray:
    """A keyed note: one sine at ``pitch`` Hz, 5 ms edges."""
    x = np.sin(2 * np.pi * pitch * _t(seconds))
    edge = int(0.005 * RATE)
    x[:edge] *= np.linspace(0, 1, edge)
    x[-edge:] *= np.linspace(1, 0, edge)
    return x


def _snore(seconds: float, flutter: float, rng: np.random.Generator) -> np.ndarray:
    """Noise under 800 Hz chopped ``flutter`` times a second (a raised cosine to the fourth power)."""
    noise = np.convolve(rng.normal(size=int(seconds * RATE)), np.ones(10) / 10, mode="same")
    return noise * (0.5 - 0.5 * np.cos(2 * np.pi * flutter * _t(seconds))) ** 4


def _audio(*parts: np.ndarray, rng: np.random.Generator) -> Audio:
    y = np.concatenate(parts)
    y = 0.3 * y / np.max(np.abs(y))
    return Audio.from_float((y + rng.normal(0, 0.0003, len(y))).astype(np.float32))


def test_a_keyed_note_is_a_steady_tone_from_where_it_begins():
    rng = np.random.default_rng(1)
    audio = _audio(np.zeros(int(0.3 * RATE)), 0.2 * _note(0.2, 620.0), np.zeros(int(0.3 * RATE)), rng=rng)
    start = steady_tone_from(audio, 0.2, 0.6)
    assert start is not None and abs(start - 0.3) <= 0.03


def test_a_voice_gliding_at_any_pitch_holds_no_steady_tone():
    rng = np.random.default_rng(2)
    for f0 in (110.0, 220.0, 450.0):
        audio = _audio(np.zeros(int(0.2 * RATE)), _vowel(0.4, f0), np.zeros(int(0.2 * RATE)), rng=rng)
        assert steady_tone_from(audio, 0.2, 0.6) is None, f0


def test_a_low_hum_is_no_tone_a_voice_could_not_speak_at():
    rng = np.random.default_rng(3)
    audio = _audio(np.zeros(int(0.2 * RATE)), _note(0.3, 180.0), np.zeros(int(0.2 * RATE)), rng=rng)
    assert steady_tone_from(audio, 0.2, 0.5) is None


def test_a_snore_flutters_and_a_fading_voice_does_not():
    rng = np.random.default_rng(4)
    audio = _audio(_vowel(0.5, 130.0), 0.3 * _snore(0.4, 45.0, rng), np.zeros(int(0.3 * RATE)), rng=rng)
    env = Envelope(audio)
    assert flutters(env, 0.55, 0.85)
    assert not flutters(env, 0.1, 0.45)
    assert others_from(audio, env, 0.55, 0.85) == 0.55
    assert others_from(audio, env, 0.1, 0.45) is None


def test_a_join_is_not_carried_over_a_keyed_note_after_the_phone_pass_end():
    """joins_into_dips' end goes to a dip between two lines, never over a steady tone before it (a Morse dash filling
    the pause): the phone pass's end stays; with no tone there, the dip's end is kept."""
    from aligner.align.pauses import _before_others

    rng = np.random.default_rng(5)
    gap = np.zeros(int(0.1 * RATE))
    audio = _audio(_vowel(0.5, 130.0), 0.1 * _note(0.2, 620.0), gap, 0.1 * _note(0.2, 620.0), rng=rng)
    env = Envelope(audio)
    assert _before_others(audio, env, 0.5, 0.7) == 0.5
    quiet = _audio(_vowel(0.5, 130.0), np.zeros(int(0.5 * RATE)), rng=rng)
    assert _before_others(quiet, Envelope(quiet), 0.5, 0.7) == 0.7
    assert _before_others(None, env, 0.5, 0.7) == 0.7
