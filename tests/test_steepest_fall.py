"""A talk's steepest fall: a dry voice falls faster than any room lets it, a voice heard in a hall does not.

The talk is espeak-ng's under a hiss 20 dB under it, heard
dry or through a synthetic hall (direct sound, then exponentially decaying diffuse reflections as loud as it,
RT60 0.9 s: a hall heard from afar, as ``rd6_*``), so which one is a room is known by construction.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.steepest_fall import ROOM_FALL_MAX, steepest_fall, too_steep_for_a_room  # noqa: E402
from aligner.audio import Audio  # noqa: E402

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LINES = ("Press one to call this number.", "Press zero for help.", "Press four for the previous message.",
         "Press eight to forward the message to another user.")


@lru_cache(maxsize=None)
def _talk(rt60: float) -> Audio:
    rng = np.random.default_rng(7)
    parts = [np.zeros(int(0.5 * RATE), np.float32)]
    voices = [speak(text) for text in LINES]
    for v in voices * 2:
        parts += [v, np.zeros(int(0.9 * RATE), np.float32)]
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(x[np.abs(x) > 0.01] ** 2)))
    if rt60:
        t = np.arange(int(rt60 * RATE)) / RATE
        h = rng.normal(size=len(t)) * np.exp(-6.9 * t / rt60)
        h[:48] = 0.0
        h = h / np.sqrt(np.sum(h ** 2))  # as much reverberant as direct sound: heard from afar
        h[0] = 1.0
        x = np.convolve(x, h)[:len(x)].astype(np.float32)
    x = x + rng.normal(size=len(x)).astype(np.float32) * level * 10 ** (-20 / 20)
    return Audio.from_float(x.astype(np.float32))


def test_a_dry_voice_falls_faster_than_a_room_lets_it():
    audio = _talk(rt60=0.0)
    fall = steepest_fall(Envelope(audio), 0.0, audio.duration)
    assert fall is not None and fall > ROOM_FALL_MAX, fall
    assert too_steep_for_a_room(Envelope(audio), 0.0, audio.duration)


def test_a_voice_in_a_hall_falls_no_faster_than_the_room_lets_it():
    audio = _talk(rt60=0.9)
    fall = steepest_fall(Envelope(audio), 0.0, audio.duration)
    assert fall is not None and fall < ROOM_FALL_MAX, fall
    assert not too_steep_for_a_room(Envelope(audio), 0.0, audio.duration)


def test_too_little_voice_to_tell():
    audio = _talk(rt60=0.0)
    assert steepest_fall(Envelope(audio), 0.0, 1.5) is None
    assert not too_steep_for_a_room(Envelope(audio), 0.0, 1.5)
    assert not too_steep_for_a_room(None, 0.0, audio.duration)
