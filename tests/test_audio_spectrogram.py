"""The spectrogram's levels: right frequencies at the right times, loudest-wins at every zoom, cancellable."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.audio.spectrogram import BANDS, CHUNK, HOP, Spectrogram, db_to_level, level_to_db
from aligner.errors import Cancelled
from aligner.progress import CancelToken

RATE = 16000


def tone(freq: float, seconds: float, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16)


def band_of(freq: float) -> int:
    return int(freq / (RATE / 2) * BANDS)


def test_a_tone_lights_its_band_only_while_it_sounds():
    x = np.concatenate([np.zeros(RATE, np.int16), tone(2000, 1.0), np.zeros(RATE, np.int16)])
    spec = Spectrogram(x, RATE)
    spec.compute()
    assert spec.done and spec.ready_seconds == pytest.approx(3.0, abs=HOP / RATE)
    cols = spec.columns(0.0, 3.0, 300)  # 10 ms a column: finer than a frame
    loud = cols[:, band_of(2000)]
    # -6 dBFS sine (amplitude 0.5) reads about -6 dB in its band, the silence reads the floor
    assert level_to_db(loud[150]) == pytest.approx(-8.0, abs=3.0)  # its bin and a leaky neighbour share the band
    assert loud[50] == 0 and loud[250] == 0
    assert cols[150, band_of(6000)] < db_to_level(-60)
    # the tone's edges sit where it starts and stops (within a window length)
    on = np.flatnonzero(loud > db_to_level(-40))
    assert on[0] * 0.01 == pytest.approx(1.0, abs=0.04) and on[-1] * 0.01 == pytest.approx(2.0, abs=0.04)


def test_zoomed_out_a_short_click_still_shows():
    x = np.zeros(RATE * 600, np.int16)  # 10 minutes of silence with one 20 ms click of noise at 300 s
    rng = np.random.default_rng(1)
    x[300 * RATE:300 * RATE + 320] = (rng.standard_normal(320) * 8000).astype(np.int16)
    spec = Spectrogram(x, RATE)
    spec.compute()
    cols = spec.columns(0.0, 600.0, 600)  # one second a column: a coarse level does the work
    column_max = cols.max(axis=1)
    assert column_max[300] > db_to_level(-50)
    assert column_max[:299].max() == 0 and column_max[302:].max() == 0


def test_levels_agree_with_the_frames_they_fold():
    rng = np.random.default_rng(2)
    x = (rng.standard_normal(RATE * 40) * 3000).astype(np.int16)
    spec = Spectrogram(x, RATE)
    spec.compute()
    fine = spec.levels[0]
    for k in range(1, len(spec.levels)):
        f = 4 ** k
        n = len(fine) // f
        assert np.array_equal(spec.levels[k][:n], fine[:n * f].reshape(n, f, BANDS).max(axis=1)), k


def test_computing_in_chunks_can_be_read_meanwhile_and_cancelled():
    x = tone(440, (CHUNK * 2.5) * HOP / RATE, 0.3)
    spec = Spectrogram(x, RATE)
    token = CancelToken()
    seen = []

    def progress(p):
        seen.append((p.fraction, spec.ready_seconds))
        if len(seen) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        spec.compute(progress, token)
    assert 0 < spec.ready_frames < spec.frames and not spec.done
    half = spec.ready_seconds
    cols = spec.columns(0.0, spec.duration, 200)
    lit = np.flatnonzero(cols[:, band_of(440)] > 0)
    assert lit[-1] < 200 * half / spec.duration + 1  # nothing beyond what is computed
    spec.compute()  # picks up where it stopped
    assert spec.done and spec.columns(0.0, spec.duration, 200)[-2, band_of(440)] > 0


def test_empty_and_out_of_range_views_are_blank():
    spec = Spectrogram(np.zeros(0, np.int16), RATE)
    spec.compute()
    assert spec.columns(0.0, 5.0, 10).shape == (10, BANDS)
    spec = Spectrogram(tone(1000, 1.0), RATE)
    spec.compute()
    assert spec.columns(5.0, 6.0, 10).max() == 0
    assert spec.columns(-1.0, 0.0, 10).max() == 0
