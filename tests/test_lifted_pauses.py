"""A compressor's make-up gain lifts every pause: told by the trough after each line (lifted_pauses.py), and a start
then goes onto its word's envelope however little the word stands over the pause (phone_edges.tighten_edge).

The speech is espeak-ng's; the room (pink noise 30 dB under the speech) and the compressor (3:1 above a point 10 dB
under the speech, up to +10 dB of make-up below it, attack 3 ms, release 0.2 s: one band of
aside21_cases.fm_broadcast) are made here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, lines_over_pink_room  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.lifted_pauses import pauses_lifted, talk_lift  # noqa: E402
from aligner.align.phone_edges import SAMPLE_RATE, tighten_edge  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["Please try again.", "Thank you for waiting.", "Good morning.", "The board met on Monday morning.",
         "We will call you again soon.", "Not yet.", "Your call is important to them.", "All done."]


def _compressed(x: np.ndarray, speech_rms: float) -> np.ndarray:
    """``x`` through a compressor: 3:1 above a point 10 dB under ``speech_rms``, +10 dB at most below it."""
    block = 16
    m = len(x) // block + 1
    padded = np.zeros(m * block)
    padded[:len(x)] = x
    power = np.sqrt(np.mean(padded.reshape(m, block) ** 2, axis=1))
    up, down = 1 - np.exp(-block / (0.003 * RATE)), 1 - np.exp(-block / (0.2 * RATE))
    env, level = np.empty(m), power[0]
    for k, p in enumerate(power):
        level += (up if p > level else down) * (p - level)
        env[k] = level
    point = speech_rms * 10 ** (-10 / 20)
    gain = np.clip(np.maximum(env / point, 1e-9) ** (1 / 3 - 1), None, 10 ** (10 / 20))
    return x * np.repeat(gain, block)[:len(x)]


def _talk(compressor: bool, swell: bool = False) -> tuple[Envelope, list[tuple[float, float]]]:
    """The lines 0.8-1.2 s apart over pink noise, through the compressor (``compressor``), or under a noise that
    swells and sinks by 8 dB every 1.3 s (``swell``): (envelope, true spans)."""
    x, level, spans = lines_over_pink_room(LINES, 7, swell)
    if compressor:
        x = _compressed(x, level)
    x *= 0.3 / np.max(np.abs(x))
    return Envelope(Audio.from_float(x.astype(np.float32))), spans


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_compressors_lifted_pauses_are_told_from_a_steady_or_a_swelling_room():
    env, spans = _talk(compressor=True)
    assert talk_lift(env, spans) > 4.0
    assert pauses_lifted(env, spans)
    # Whisper's lines are off by a tenth of a second or two: the trough is still found
    assert pauses_lifted(env, [(a + 0.1 * (-1) ** k, b + 0.15 * (-1) ** k) for k, (a, b) in enumerate(spans)])
    for swell in (False, True):
        env, spans = _talk(compressor=False, swell=swell)
        assert not pauses_lifted(env, spans), (swell, talk_lift(env, spans))


def _lifted_word(rng: np.random.Generator) -> np.ndarray:
    """0.5 s of room (-50 dBFS), then a word: 40 ms of a weak first sound 10 dB over the room, then 0.4 s of
    voice 22 dB over it (a compressed voice over a lifted pause: under ``EDGE_MIN_RANGE``), then room again."""
    def sound(seconds: float, db: float) -> np.ndarray:
        return rng.normal(size=int(seconds * SAMPLE_RATE)) * 10 ** (db / 20)

    t = np.arange(int(0.4 * SAMPLE_RATE)) / SAMPLE_RATE
    voice = np.sin(2 * np.pi * 180 * t) * np.sqrt(2) * 10 ** (-28 / 20) + sound(0.4, -50)
    return np.concatenate([sound(0.5, -50), sound(0.04, -40), voice, sound(0.5, -50)]).astype(np.float32)


def test_a_start_goes_onto_the_envelope_over_a_lifted_pause_only():
    x = _lifted_word(np.random.default_rng(3))
    hmm_start = 0.46  # the HMM's wide start, 40 ms early
    kept = tighten_edge(x, hmm_start, 0.94, (0.0, hmm_start), +1)
    assert kept == hmm_start  # 22 dB over the pause: a weak first sound could lie under it, the edge stays
    lifted = tighten_edge(x, hmm_start, 0.94, (0.0, hmm_start), +1, weak_start_lifted=True)
    assert abs(lifted - 0.5) <= 0.005, lifted  # the weak first sound's own onset, lifted with the pause
    # an end is heard at the voice's gain, not the pause's: its guard stays
    end = tighten_edge(x, 0.98, 0.54, (0.98, 1.44), -1, weak_start_lifted=True)
    assert end == tighten_edge(x, 0.98, 0.54, (0.98, 1.44), -1)
