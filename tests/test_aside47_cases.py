"""The forty-seventh aside set's generators (benchmarks/aside47_cases.py).  The one table of aside sets' test moved on
to test_aside48_cases.py with the newest set.

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (LAID_APART_ENDS, LAID_APART_STARTS, band_share, cut, edge_after, envelope_rate, frames_db,
                           laid_and_said, laid_apart, level_db, peak_hz)

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside47_cases as a47  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
STARTS, ENDS = LAID_APART_STARTS, LAID_APART_ENDS


# ------------------------------------------------------------------ the Zippo lighter
def test_a_zippo_is_struck_just_before_a_line_start_and_its_flame_roars_low_under_the_start():
    added, spans, said = laid_and_said(a47.lighter, (1.3, 4.0), 151, r"struck (\d+) ms after the lid")
    highs, lows = a30._band(added, 2000.0, 7500.0), a30._band(added, 80.0, 600.0)
    for (a, b, _), struck in zip(spans, said):
        start = edge_after(STARTS, a, *a47.LID_BEFORE)  # the lid opened 0.35-1.05 s before a line's start ...
        strike = a + struck / 1000
        assert 0.0 <= start - strike <= 0.155  # ... and the catching strike 0-150 ms before it
        rasp = level_db(cut(highs, strike, strike + 0.03))
        assert rasp > level_db(cut(highs, start + 0.2, start + 0.5)) + 30  # a rasp, then nothing high under the flame
        assert level_db(cut(lows, start, start + 0.3)) > level_db(cut(lows, strike - 0.15, strike - 0.02)) + 20
    strike = a47.wheel_strike(0.035, 10, np.random.default_rng(61))
    assert band_share(strike, 1800.0, 8000.0) > 0.9  # the flint's rasp and sparks: highs only
    levels = frames_db(strike, 0.005)
    assert levels[3] > levels.max() - 6 and np.argmax(levels) < 9  # the rasp over its 35 ms, sparks after
    fire = a47.flame(2.0, np.random.default_rng(62))
    assert band_share(cut(fire, 0.2, 2.0), 60.0, 700.0) > 0.9  # a low roar
    assert level_db(cut(fire, 0.04, 0.1)) > level_db(cut(fire, 0.2, 2.0)) - 3  # caught within 60 ms
    assert 2.9 <= envelope_rate(cut(fire, 0.2, 2.0), 1.5, 12.0) <= 8.1  # flickering 3-8 times a second
    ting = a47.lid_ting(3000.0, np.random.default_rng(63))
    assert abs(peak_hz(cut(ting, 0.005, 0.1)) / 3000.0 - 1) < 0.03  # the case's ring
    assert level_db(cut(ting, 0.2, 0.25)) < level_db(cut(ting, 0.0, 0.02)) - 30  # a ting, not a bell
    shut = a47.lid_shut(1500.0, np.random.default_rng(64))
    assert level_db(cut(shut, 0.05, 0.1)) < level_db(cut(shut, 0.0, 0.01)) - 30  # a dull clack
    _, what = a47.lighting(0.8, np.random.default_rng(65), random.Random(65))
    assert 0.8 - 0.155 <= what["strike"] <= 0.8 and 1.0 <= what["shut"] - what["strike"] - 0.01 <= 2.5
    assert what["failed"] is None or 0.1 <= what["failed"] <= what["strike"] - 0.2


# ------------------------------------------------------------------ the curtain
def test_a_curtain_rattles_along_its_pole_across_a_line_start_and_its_rings_clink_inside_the_line():
    added, spans, said = laid_and_said(a47.curtain, (0.8, 2.1), 152, r"rings bunched (\d+) ms in")
    highs = a30._band(added, 1500.0, 7000.0)
    for (a, b, _), bunched in zip(spans, said):
        start = edge_after(STARTS, a, *a47.DRAW_BEFORE)  # begun 0.1-0.5 s before a line's start ...
        assert a + bunched / 1000 >= start + 0.195  # ... the rings bunching inside the line
        quiet = level_db(cut(highs, b - 0.05, b))
        assert level_db(cut(highs, start - 0.05, start + 0.05)) > quiet + 30  # the rattle over the start
        loudest = a + float(np.argmax(np.abs(cut(added, a, b)))) / RATE
        assert a + bunched / 1000 - 0.002 <= loudest <= a + bunched / 1000 + 0.35  # the clinks, the spell's loudest
    sliding = a47.rings_sliding(1.2, 300.0, np.random.default_rng(66))
    assert band_share(sliding, 1400.0, 7500.0) > 0.5 and band_share(sliding, 150.0, 600.0) > 0.02  # rings, pole
    assert level_db(cut(sliding, 0.5, 0.7)) > level_db(cut(sliding, 0.0, 0.05)) + 6  # the hand speeding up ...
    assert level_db(cut(sliding, 0.5, 0.7)) > level_db(cut(sliding, 1.15, 1.2)) + 6  # ... and slowing
    clinks = a47.bunching(4, np.random.default_rng(67), random.Random(67))
    assert 2400.0 <= peak_hz(clinks) <= 5100.0  # rings on the pole: metal
    assert level_db(cut(clinks, len(clinks) / RATE - 0.02, len(clinks) / RATE)) < level_db(clinks) - 20
    _, what = a47.curtain_spell(0.3, np.random.default_rng(68), random.Random(68))
    assert 0.6 <= what["bunched"] <= 1.5  # drawn 0.6-1.5 s, the rings bunching at its end


# ------------------------------------------------------------------ the toaster
def test_a_toaster_pops_just_before_a_line_end_and_its_spring_rings_on_over_the_end():
    added, spans, said = laid_and_said(a47.toaster, (2.4, 5.7), 153, r"popped (\d+) ms before the end")
    spring = a30._band(added, 300.0, 800.0)
    for (a, b, _), ms in zip(spans, said):
        assert 40 <= ms <= 150
        end = edge_after(ENDS, a, 1.9, 5.0)  # the ticks from 2-5 s before a line's end ...
        pop = end - ms / 1000
        ring = level_db(cut(spring, end, end + 0.1))
        assert ring > level_db(cut(spring, a, pop - 0.01)) + 30  # ... the spring's ring over the end, none before
        assert level_db(cut(spring, pop, pop + 0.01)) > level_db(cut(spring, pop - 0.02, pop - 0.005)) + 20
    twang = a47.spring_twang(500.0, 0.1, np.random.default_rng(69))
    assert 0.96 <= peak_hz(cut(twang, 0.0, 0.2)) / 500.0 <= 1.01  # on its note, sagging a little
    assert level_db(cut(twang, 0.3, 0.4)) < level_db(cut(twang, 0.0, 0.05)) - 15  # dying over 0.1 s
    sound, what = a47.toasting(3.0, np.random.default_rng(70), random.Random(70))
    ticks = frames_db(a30._band(cut(sound, 0.0, what["pop"] - 0.05), 3000.0, 7000.0), 0.005)
    assert np.ptp(ticks) > 30 and np.mean(ticks > ticks.max() - 20) < 0.1  # sparse ticks while it heats
    lows = a30._band(sound, 150.0, 400.0)
    landed = level_db(cut(lows, what["pop"] + 0.06, what["pop"] + 0.17))
    assert landed > level_db(cut(lows, what["pop"] - 0.2, what["pop"] - 0.01)) + 20  # the slices land


# ------------------------------------------------------------------ the bicycle's freewheel
def test_a_freewheel_ticks_once_a_tooth_slowing_as_the_spun_wheel_runs_down():
    out, _, _ = laid_apart(a47.freewheel, 2, (5.0, 28.0), seed=154, spells=2)
    assert len(re.findall(r"\d+ spins?, \d+ clicks", out.notes[-1])) == 2
    times = a47.click_times(2.5, 3.0, 24)
    gaps = np.diff(times)
    assert abs(1 / gaps[0] / 60.0 - 1) < 0.03  # 24 teeth at 2.5 turns a second: 60 clicks a second at first
    assert np.all(np.diff(gaps) > 0)  # slowing all the while
    assert 0.15 * 24 <= 1 / gaps[-1] <= 0.2 * 24 and abs(times[-1] - 3.0 * np.log(2.5 / 0.15)) < 0.5  # run down
    sound, what = a47.spin(np.random.default_rng(71), random.Random(71))
    go = what["let_go"]
    early = envelope_rate(cut(sound, go + 0.05, go + 0.55), 20.0, 130.0)
    assert 0.75 * what["first"] <= early <= 1.05 * what["first"]  # a tooth's click at a time, slowing already
    late = envelope_rate(cut(sound, len(sound) / RATE - 2.0, len(sound) / RATE), 1.0, 130.0)
    assert late < what["first"] / 3  # thinning as it runs down
    assert band_share(cut(sound, 0.05, go - 0.05), 350.0, 2200.0) > 0.9  # the chain's whirr while pedalled
    click = a47.pawl_click(1700.0, np.random.default_rng(72))
    assert abs(peak_hz(cut(click, 0.001, 0.02)) / 1700.0 - 1) < 0.05  # the hub's ring
    assert level_db(cut(click, 0.02, 0.03)) < level_db(cut(click, 0.0, 0.003)) - 25  # a tick

