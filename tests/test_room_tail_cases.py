"""The rd28_* generator's room (benchmarks/room_tail_cases.py): made-up signals only, no Debian package.

The talks' truth stays on the dry voice, so what the generator promises is its room: each band's tail falls at
the RT60 asked for (the highs sooner), the direct sound stands the asked ratio over the reverberation, a seed
makes the same room, and the catalogue keeps two talks out of the dev lists.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import room_tail_cases as rt  # noqa: E402

RATE = rt.RATE


def band_decay_rt60(h: np.ndarray, lo: float, hi: float) -> float:
    """RT60 (s) of ``h`` in [lo, hi) Hz: Schroeder's backward integral, fitted from -5 to -25 dB."""
    tail = h.astype(np.float64)
    tail[0] = 0.0  # the direct sound (a band filter would spread it over the whole response)
    spec = np.fft.rfft(tail)
    f = np.fft.rfftfreq(len(h), 1 / RATE)
    spec[(f < lo) | (f >= hi)] = 0
    x = np.fft.irfft(spec, len(h))
    edc = np.cumsum((x ** 2)[::-1])[::-1]
    db = 10 * np.log10(edc / edc[0] + 1e-30)
    t = np.arange(len(db)) / RATE
    sel = (db <= -5) & (db >= -25)
    slope = np.polyfit(t[sel], db[sel], 1)[0]
    return -60.0 / slope


@pytest.mark.parametrize("rt60", [0.45, 1.2])
def test_each_band_decays_at_its_rt60(rt60):
    h = rt.room_impulse(rt60, 5.0, np.random.default_rng(3))
    for lo, hi, factor in rt.BANDS:
        got = band_decay_rt60(h, max(lo, 100.0), hi)
        assert got == pytest.approx(rt60 * factor, rel=0.15), (lo, hi)
    # the highs die sooner than the lows
    assert band_decay_rt60(h, 2000, 8000) < band_decay_rt60(h, 100, 500)


@pytest.mark.parametrize("drr_db", [2.0, 9.0])
def test_direct_sound_over_the_reverberation(drr_db):
    h = rt.room_impulse(0.8, drr_db, np.random.default_rng(4)).astype(np.float64)
    direct, rest = h[0] ** 2, float(np.sum(h[1:] ** 2))
    assert 10 * np.log10(direct / rest) == pytest.approx(drr_db, abs=0.01)


def test_a_seed_makes_the_same_room_and_another_seed_another():
    a = rt.room_impulse(0.7, 6.0, np.random.default_rng(28))
    b = rt.room_impulse(0.7, 6.0, np.random.default_rng(28))
    c = rt.room_impulse(0.7, 6.0, np.random.default_rng(29))
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_two_talks_are_kept_out_of_the_dev_lists():
    english, languages, later = rt.names("english"), rt.names("dev"), rt.names("later")
    assert len(later) == 2 and {rt.catalogue()[n].lang == "en" for n in later} == {True, False}
    assert not set(later) & (set(english) | set(languages))
    assert set(english) | set(languages) | set(later) == set(rt.catalogue())
    assert all(rt.catalogue()[n].lang == "en" for n in english)
    assert all(rt.catalogue()[n].lang != "en" for n in languages)
    assert all(n.startswith("rd28_") for n in rt.catalogue())
