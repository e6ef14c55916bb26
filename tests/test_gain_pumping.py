"""A gain control that pumps: the floor rises through every pause as a straight line in dB (gain_pumping.py).

The speech is espeak-ng's; the room (pink noise 30 dB under the speech) and the gain control (a level follower,
5 ms attack, 0.8 s release, up to +18 dB, as aside6_cases.agc_gain) are made here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, lines_over_pink_room  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.gain_pumping import floor_rise, gain_pumps  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["Please try again.", "Thank you for waiting.", "Good morning.", "The board met on Monday morning.",
         "We will call you again soon.", "Not yet.", "Your call is important to them.", "All done."]


def _gain(x: np.ndarray, attack: float, release: float, most_db: float) -> np.ndarray:
    """``x`` through an automatic gain control bringing each 10 ms frame's followed level to -20 dBFS."""
    hop = int(0.01 * RATE)
    frames = len(x) // hop
    rms = np.sqrt(np.mean(x[:frames * hop].reshape(frames, hop) ** 2, axis=1)) + 1e-7
    up, down = 1 - np.exp(-0.01 / attack), 1 - np.exp(-0.01 / release)
    level, followed = rms[0], np.empty(frames)
    for k, r in enumerate(rms):
        level += (up if r > level else down) * (r - level)
        followed[k] = level
    gain_db = np.clip(-20.0 - 20 * np.log10(followed), -12.0, most_db)
    return x * 10 ** (np.interp(np.arange(len(x)), (np.arange(frames) + 0.5) * hop, gain_db) / 20)


def _talk(gain: bool, swell: bool = False) -> tuple[Envelope, list[tuple[float, float]]]:
    """The lines 0.8-1.2 s apart over pink noise, through the gain control (``gain``), or under a murmur-like
    noise that swells and sinks by 8 dB every 1.3 s (``swell``): (envelope, true spans)."""
    x, level, spans = lines_over_pink_room(LINES, 5, swell)
    if gain:
        x = _gain(x, 0.005, 0.8, 18.0)
    x *= 0.3 / np.max(np.abs(x))
    return Envelope(Audio.from_float(x.astype(np.float32))), spans


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_pumping_gain_is_told_from_a_steady_or_a_swelling_room():
    env, spans = _talk(gain=True)
    rises = [floor_rise(env, a[1], b[0]) for a, b in zip(spans, spans[1:])]
    assert min(rises) > 6.0, [round(r, 1) for r in rises]  # a 0.8 s release: about 11 dB per second
    assert gain_pumps(env, spans)
    for swell in (False, True):
        env, spans = _talk(gain=False, swell=swell)
        assert not gain_pumps(env, spans), swell  # a murmur's swell rises in some pauses, falls in others
