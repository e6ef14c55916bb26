"""A second recorder's copy of the talk mixed in, its lag drifting (``drifting_copy``): its lag found block by block;
in a dry talk and a talk in a room none is found.

``cx_real_long_mix_m2ts``: a camera's own microphone, 7 dB under the lavalier, duller and roomier, its clock slow, so
its copy lags more and more (7 -> 326 ms in five minutes).  Here espeak-ng's lines and a copy made the same way with
a faster drift (40 -> 160 ms in a minute, so that a short talk covers the lags), in numpy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.drifting_copy import CopyLags, copy_lags  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["The research group discussed an old water pipe at the end of the year.",
         "For now, the city council planned the rules for public parking.",
         "The head nurse reviewed the annual budget before the holidays.",
         "Our finance office repaired the cost of cleaning the park.",
         "The students improved an old water pipe during the meeting.",
         "In the end, the board of directors explained the new schedule.",
         "According to the minutes, the museum staff planned a report about air quality.",
         "As expected, every visitor approved the design of the bridge."]
FIRST, DRIFT = 0.040, 0.001


def _room(rt60: float, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(int(rt60 * RATE)) / RATE
    h = rng.normal(size=len(t)) * np.exp(-6.9 * t / rt60)
    h[:48] = 0.0
    h = 0.35 * h / np.sqrt(np.sum(h ** 2))
    h[0] = 1.0
    return h


def _talk(copy: bool, room: Optional[float] = None) -> tuple[Audio, np.ndarray, list[tuple[float, float]]]:
    """The lines twice over (about a minute) with pauses; with ``copy`` a camera's copy 7 dB under, under 4 kHz, in
    a 0.4 s room, lagging FIRST + DRIFT x the time; with ``room`` the voice itself in a room of that RT60 (no copy);
    noise 40 dB under.  (audio, the same without the copy on its scale, the lines' spans)."""
    rng = np.random.default_rng(7)
    parts, spans, pos = [np.zeros(int(0.5 * RATE))], [], int(0.5 * RATE)
    for text in LINES + LINES:
        x = speak(text).astype(np.float64)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        gap = rng.uniform(0.5, 0.9)
        parts += [x, np.zeros(int(gap * RATE))]
        pos += len(x) + int(gap * RATE)
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]) ** 2)))
    if room is not None:
        x = np.convolve(x, _room(room, rng))[:len(x)]
    camera = np.zeros_like(x)
    if copy:
        spec = np.fft.rfft(x)
        f = np.fft.rfftfreq(len(x), 1 / RATE)
        dull = np.fft.irfft(spec / (1 + (f / 4000.0) ** 8), len(x))
        n = np.arange(len(x))
        late = np.interp(n - (FIRST + DRIFT * n / RATE) * RATE, n, dull, left=0.0, right=0.0)
        camera = np.convolve(late, _room(0.4, rng))[:len(x)] * 10 ** (-7 / 20)
    dry = x + rng.normal(size=len(x)) * level * 10 ** (-40 / 20)
    scale = 0.5 / np.max(np.abs(dry + camera))
    return Audio.from_float(((dry + camera) * scale).astype(np.float32)), dry * scale, spans


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("room", [None, 0.8])
def test_a_talk_with_no_copy_has_none(room):
    audio, _, _ = _talk(copy=False, room=room)
    assert copy_lags(audio) is None


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_the_copy_s_lag_is_followed_as_it_drifts():
    audio, _, _ = _talk(copy=True)
    lags = copy_lags(audio)
    assert lags is not None and len(lags.times) >= 5  # measured: 7 of ~130 blocks believed (a dull, quiet copy)
    for t, lag in zip(lags.times, lags.lags):  # each believed block within a millisecond of the copy's lag there
        assert abs(lag - (FIRST + DRIFT * t)) <= 0.001, (t, lag)
    assert max(lags.times) - min(lags.times) >= 30.0  # followed from 40-some to 100-some ms


def test_the_lag_is_read_between_believed_blocks_and_not_far_from_them():
    lags = CopyLags((10.0, 20.0), (0.05, 0.06))
    assert lags.at(15.0) == pytest.approx(0.055)
    assert lags.at(8.0) == pytest.approx(0.05) and lags.at(24.0) == pytest.approx(0.06)  # one side only: its lag
    assert lags.at(4.0) is None and lags.at(26.0) is None  # no believed block within REACH
