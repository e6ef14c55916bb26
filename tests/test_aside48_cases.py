"""The forty-eighth aside set's generators (benchmarks/aside48_cases.py).  The one table of aside sets' test moved on
to test_aside49_cases.py with the newest set.

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
                           laid_and_said, laid_apart, level_db, peak_hz, period_hz)

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside48_cases as a48  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
STARTS, ENDS = LAID_APART_STARTS, LAID_APART_ENDS


# ------------------------------------------------------------------ the packing-tape dispenser
def test_packing_tape_screeches_over_a_line_end_at_a_rising_buzz_and_is_torn_after_it():
    added, spans, said = laid_and_said(a48.tapegun, (0.5, 2.2), 161, r"torn (\d+) ms after the end")
    highs = a30._band(added, 1000.0, 7500.0)
    for (a, b, _), torn in zip(spans, said):
        end = edge_after(ENDS, a, *a48.PULL_BEFORE)  # begun 0.15-0.6 s before a line's end ...
        assert 110 <= torn <= 430  # ... running 0.1-0.4 s past it, torn 10-30 ms after
        screeching = level_db(cut(highs, a + 0.03, end + 0.09))
        assert level_db(cut(highs, end - 0.05, end + 0.05)) > screeching - 6  # the screech over the end itself
        tear = end + torn / 1000
        assert level_db(cut(highs, tear, tear + 0.004)) > level_db(cut(highs, tear - 0.012, tear - 0.004)) + 3
    peel = a48.screech(0.6, 400.0, 800.0, np.random.default_rng(81))
    assert band_share(peel, 900.0, 8000.0) > 0.8  # the glue's buzz, heard high; the roll's rumble a little
    early, late = period_hz(cut(peel, 0.05, 0.1), 250.0, 1200.0), period_hz(cut(peel, 0.45, 0.5), 250.0, 1200.0)
    assert 0.9 <= early / 440.0 <= 1.1 and 0.9 <= late / 760.0 <= 1.1  # the slips' rate, rising with the pull
    strokes = a48.pressing(3, np.random.default_rng(82), random.Random(82))
    assert band_share(strokes, 250.0, 3200.0) > 0.9  # the palm's swishes
    _, what = a48.tape_spell(0.4, np.random.default_rng(83), random.Random(83))
    assert 0.4 + 0.11 <= what["torn"] <= 0.4 + 0.43


# ------------------------------------------------------------------ the wine cork
def test_a_cork_squeaks_then_pops_just_before_a_line_start_and_the_wine_glugs_under_the_line():
    added, spans, said = laid_and_said(a48.cork, (1.3, 5.0), 162, r"popped (\d+) ms before the start")
    for (a, b, _), ms in zip(spans, said):
        assert 20 <= ms <= 200
        start = edge_after(STARTS, a, *a48.CORK_BEFORE)  # squeaking from 0.5-1.5 s before a line's start ...
        pop = start - ms / 1000
        loudest = a + float(np.argmax(np.abs(cut(added, a, b)))) / RATE
        assert pop - 0.002 <= loudest <= pop + 0.03  # ... the pop the spell's loudest, 20-200 ms before the start
        assert b > start + 0.8  # the wine poured under the line
    squeak = a48.squeak(800.0, 0.1, np.random.default_rng(84))
    assert abs(period_hz(squeak, 300.0, 2000.0) / 800.0 - 1) < 0.05  # a stick-slip tone on its pitch
    assert band_share(squeak, 500.0, 4200.0) > 0.95
    pop = a48.pop(500.0, 0.02, np.random.default_rng(85))
    assert 0.8 <= peak_hz(cut(pop, 0.002, 0.06)) / 500.0 <= 1.02  # the neck's hollow note, sagging
    assert level_db(cut(pop, 0.15, 0.2)) < level_db(cut(pop, 0.0, 0.02)) - 40  # gone within 0.15 s
    wine = a48.pouring(1.5, np.random.default_rng(86), random.Random(86))
    assert 5.5 <= envelope_rate(wine, 3.0, 14.0) <= 10.5  # glugs 6-10 a second
    assert band_share(wine, 150.0, 3200.0) > 0.9


# ------------------------------------------------------------------ the pepper mill
def test_a_pepper_mill_is_ground_in_twists_from_before_a_line_start_into_the_line():
    added, spans, said = laid_and_said(a48.pepper, (1.0, 4.5), 163, r"(\d+) twists")
    highs = a30._band(added, 1500.0, 7500.0)
    for (a, b, _), twists in zip(spans, said):
        assert 3 <= twists
        start = edge_after(STARTS, a, *a48.GRIND_BEFORE)  # begun 0.2-0.8 s before a line's start ...
        assert b >= start + a48.GRIND_INTO  # ... the twists running 0.3 s or more into the line
        assert level_db(cut(highs, a, b)) > level_db(cut(added, a, b)) - 1  # a crunch, all highs
    sound, what = a48.grinding(0.6, np.random.default_rng(87), random.Random(87))
    assert what["twists"] >= 3 and len(sound) / RATE >= 0.6 + 0.3
    assert 1.6 <= envelope_rate(sound, 1.0, 6.0) <= 4.5  # a twist every 0.23-0.57 s
    twist = a48.twist(0.3, 1000.0, 8, np.random.default_rng(88))
    levels = frames_db(twist, 0.02)
    assert levels[5:10].mean() > max(levels[0], levels[-1]) + 6  # swelling and fading with the hand
    assert np.max(np.abs(twist)) > 4 * sc._rms(twist)  # corns cracking out of the crunch


# ------------------------------------------------------------------ the egg timer
def test_an_egg_timer_is_wound_ticks_and_rings_its_bell_slowing_as_its_spring_runs_down():
    out, _, _ = laid_apart(a48.timer, 2, (3.0, 10.0), seed=164, spells=2)
    assert len(re.findall(r"rang \d+ ms in, \d+ strokes", out.notes[-1])) == 2
    bell, strokes = a48.bell_ring(3000.0, 2.0, 24.0, np.random.default_rng(89))
    assert abs(peak_hz(cut(bell, 0.0, 0.5)) / 3000.0 - 1) < 0.02  # the bell's note
    gaps = np.diff(strokes)
    assert abs(1 / gaps[0] / 24.0 - 1) < 0.03 and np.all(np.diff(gaps) > 0)  # 24 strokes a second, slowing
    assert 0.6 <= gaps[0] / gaps[-1] <= 0.72  # by a third at the end
    assert level_db(cut(bell, 1.6, 2.0)) < level_db(cut(bell, 0.0, 0.4)) - 6  # fading as the spring runs down
    sound, what = a48.egg_timer(np.random.default_rng(90), random.Random(90))
    ticks = cut(sound, what["wound"] + 0.2, what["ring"] - 0.1)
    assert 4.8 <= envelope_rate(ticks, 3.0, 9.0) <= 6.2  # the escapement's 5-6 ticks a second
    assert level_db(cut(sound, what["ring"], what["ring"] + 0.5)) > level_db(ticks) + 15  # then the bell
    assert band_share(cut(sound, 0.0, what["wound"]), 1500.0, 8000.0) > 0.85  # wound: the ratchet's clicks, high
