"""benchmarks/room_ends.py's cliff estimator on made-up signals: where a held sound stops and a room's tail
begins, it finds the stop; a sound that only fades has no such cliff beyond where it was ended."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import room_ends  # noqa: E402
from aligner.audio.decode import Audio  # noqa: E402

RATE = 16000


def _talk(stop: float, tail_db: float, rt60: float = 1.0, seed: int = 0) -> Audio:
    """Noise held at one level up to ``stop`` s, then ``tail_db`` under it falling at ``rt60``'s rate."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(2.0 * RATE)) / RATE
    gain = np.where(t < stop, 1.0, 10 ** (-(tail_db + 60 * (t - stop) / rt60) / 20))
    x = rng.normal(size=len(t)) * gain * 3000 + rng.normal(size=len(t)) * 3
    return Audio(None, np.clip(x, -32768, 32767).astype(np.int16))


@pytest.mark.parametrize("early", [0.1, 0.25])
def test_the_cliff_is_where_the_held_sound_stops(early):
    audio = _talk(stop=1.0, tail_db=8.0)
    assert room_ends._cliff_end(audio, 1.0 - early, after=1.9) == pytest.approx(1.0, abs=0.03)


def test_never_past_the_next_line():
    audio = _talk(stop=1.0, tail_db=8.0)
    assert room_ends._cliff_end(audio, 0.8, after=0.95) < 0.95 - 0.05 + 1e-9


def _held_vowel(stop: float, tail_db: float, rt60: float) -> Audio:
    """A steady 150 Hz harmonic sound (a held nasal's low octave) up to ``stop`` s, then its tail."""
    t = np.arange(int(2.0 * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 6))
    gain = np.where(t < stop, 1.0, 10 ** (-(tail_db + 60 * (t - stop) / rt60) / 20))
    return Audio(None, (x * gain * 5000).astype(np.int16))


def test_low_hold_follows_a_held_sound_and_not_a_rooms_tail():
    audio = _held_vowel(stop=1.0, tail_db=3.0, rt60=0.8)
    assert room_ends._low_hold_end(audio, 0.8, after=1.9) == pytest.approx(1.0, abs=0.08)
    # from the true end on, the sound falls at the room's rate: nothing held to follow
    assert room_ends._low_hold_end(audio, 1.02, after=1.9) == pytest.approx(1.02, abs=0.02)
