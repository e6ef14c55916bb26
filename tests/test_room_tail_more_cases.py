"""The rd32_* generator (benchmarks/room_tail_more_cases.py): made-up signals only, no Debian package.

Its rooms are rd28's with other colours: each band of a colour decays at its own RT60 (a bright room's highs ring
almost as long as its mids, a dark room's lows far longer), and two talks are kept out of the dev lists.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import room_tail_more_cases as rtm  # noqa: E402
from test_room_tail_cases import band_decay_rt60  # noqa: E402


@pytest.mark.parametrize("colour", ["bright", "dark"])
def test_each_band_of_a_colour_decays_at_its_rt60(colour):
    h = rtm.rtc.room_impulse(1.0, 4.0, np.random.default_rng(5), bands=rtm.COLOURS[colour])
    for lo, hi, factor in rtm.COLOURS[colour]:
        assert band_decay_rt60(h, max(lo, 100.0), hi) == pytest.approx(factor, rel=0.15), (colour, lo, hi)


def test_a_dark_room_keeps_its_highs_shorter_than_a_bright_one():
    bright = rtm.rtc.room_impulse(1.0, 4.0, np.random.default_rng(6), bands=rtm.COLOURS["bright"])
    dark = rtm.rtc.room_impulse(1.0, 4.0, np.random.default_rng(6), bands=rtm.COLOURS["dark"])
    assert band_decay_rt60(dark, 2000, 8000) < 0.7 * band_decay_rt60(bright, 2000, 8000)


def test_the_usual_colour_is_rd28s_room():
    a = rtm.rtc.room_impulse(0.7, 6.0, np.random.default_rng(28))
    b = rtm.rtc.room_impulse(0.7, 6.0, np.random.default_rng(28), bands=rtm.COLOURS["usual"])
    assert np.array_equal(a, b)


def test_two_talks_are_kept_out_of_the_dev_list():
    seen, later = rtm.names("seen"), rtm.names("later")
    assert len(later) == 2 and not set(later) & set(seen)
    assert set(seen) | set(later) == set(rtm.catalogue())
    assert all(n.startswith("rd32_") for n in rtm.catalogue())
    # other voices and the asterisk speaker both among the seen and the later talks
    for group in (seen, later):
        assert {bool(rtm.catalogue()[n].voices) for n in group} == {True, False}
