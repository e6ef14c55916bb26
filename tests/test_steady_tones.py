"""A tone -- one narrow line holding nearly all of a frame's sound, over the pitch a voice speaks at -- told from a
voice, whose harmonics spread its sound and whose pitch and level glide (``steady_tones``: :func:`narrow_lines`, the
one reading the tone rules share, and :func:`steady_tone_from`)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import HOP
from aligner.align.steady_tones import TONE_LOW, narrow_lines, steady_tone_from
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


def test_a_tone_over_the_voices_pitch_is_one_and_its_bare_fundamental_is_not():
    """(j227, foreign_sounds) A voice's bare fundamental (a nasal's murmur) is one line at its own pitch, not over it;
    a 600 Hz note is one line 3.3 times over a 180 Hz voice's pitch, and over the fixed floor no voice speaks at."""
    rng = np.random.default_rng(6)
    murmur = _audio(np.zeros(int(0.3 * RATE)), 0.2 * _note(0.3, 150.0), np.zeros(int(0.3 * RATE)), rng=rng)
    assert not narrow_lines(murmur, 0.35, 0.55).tone(1.7 * 180.0).any()
    note = _audio(np.zeros(int(0.3 * RATE)), 0.2 * _note(0.3, 600.0), np.zeros(int(0.3 * RATE)), rng=rng)
    lines = narrow_lines(note, 0.35, 0.55)
    assert lines.tone(1.7 * 180.0).all() and lines.tone(TONE_LOW).all()
    assert not lines.tone(1.7 * 400.0).any()  # the same note under a high voice's pitch times 1.7


def test_a_voices_vowel_spreads_its_sound_over_its_harmonics():
    rng = np.random.default_rng(7)
    audio = _audio(np.zeros(int(0.2 * RATE)), _vowel(0.4, 150.0), np.zeros(int(0.2 * RATE)), rng=rng)
    lines = narrow_lines(audio, 0.25, 0.55)
    assert float(np.median(lines.share)) < 0.8 and not lines.tone(TONE_LOW).any()


def test_centred_frames_read_from_the_stretchs_start_and_nothing_after_its_end():
    """The 40 ms frames ``tones_over_ends`` reads are centred on the stretch's start, one a HOP, and stop with the
    stretch: a note that begins just after it is not read, one that begins 50 ms into it first shows five frames in."""
    rng = np.random.default_rng(8)
    audio = _audio(np.zeros(int(0.5 * RATE)), 0.2 * _note(0.3, 700.0), np.zeros(int(0.3 * RATE)), rng=rng)
    before = narrow_lines(audio, 0.2, 0.475, window=0.04, nfft=1024, bins=2, centred=True)
    assert len(before.share) == 28 and not before.tone(TONE_LOW, 0.8).any()
    into = narrow_lines(audio, 0.45, 0.6, window=0.04, nfft=1024, bins=2, centred=True)
    tone = into.tone(TONE_LOW, 0.8)
    assert len(tone) == 16 and tone[7:].all() and not tone[:4].any()
    assert abs(0.45 + int(np.argmax(tone)) * HOP - 0.5) <= 0.02
