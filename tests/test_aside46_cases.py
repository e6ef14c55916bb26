"""The forty-sixth aside set's generators (benchmarks/aside46_cases.py).  The one table of aside sets' test moved on
to test_aside47_cases.py with the newest set.

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (LAID_APART_ENDS, LAID_APART_STARTS, band_share, cut, envelope_rate, frames_db, laid_apart,
                           level_db, peak_hz)

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside46_cases as a46  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
STARTS, ENDS = LAID_APART_STARTS, LAID_APART_ENDS


# ------------------------------------------------------------------ the chair's gas lift
def test_a_gas_lift_clicks_just_before_a_line_start_and_hisses_over_it_until_the_seat_thunks():
    out, added, spans = laid_apart(a46.gaslift, 2, (2.5, 6.0), seed=141, spells=2)
    said = [int(ms) for ms in re.findall(r"thunk (\d+) ms after the click", out.notes[-1])]
    assert len(said) == 2
    highs, lows = a30._band(added, 2500.0, 7500.0), a30._band(added, 40.0, 200.0)
    for (a, b, _), thunk in zip(spans, said):
        start = [s for s in STARTS if 0.035 <= s - a <= 0.255]
        assert start, a  # the lever clicked 40-250 ms before a line's start ...
        quiet = level_db(cut(highs, b - 0.1, b))
        assert level_db(cut(highs, start[0], start[0] + 0.03)) > quiet + 30  # ... and the hiss over the start
        assert 250 <= thunk <= 810
        at = a + thunk / 1000
        assert level_db(cut(lows, at, at + 0.05)) > level_db(cut(lows, at - 0.1, at - 0.02)) + 15  # the seat's stop
    hiss = a46.gas_hiss(0.6, 12.0, np.random.default_rng(91))
    assert band_share(hiss, 2000.0, 8000.0) > 0.95  # a fricative's band, no voice under it
    levels = frames_db(hiss, 0.005)
    assert levels[2:4].max() > levels.max() - 3 and levels[0] < levels.max() - 6  # full within 15 ms ...
    assert 8 < level_db(cut(hiss, 0.02, 0.07)) - level_db(cut(hiss, 0.52, 0.57)) < 14  # ... falling as it sinks
    sound, what = a46.gas_lift_spell(0.1, np.random.default_rng(92), random.Random(92))
    assert 1.5 <= what["raised"] - what["thunk"] <= 4.0  # raised again later: a click and a hiss, no thunk
    raise_lows = a30._band(cut(sound, what["raised"], what["raised"] + 0.4), 40.0, 200.0)
    assert level_db(raise_lows) < level_db(a30._band(cut(sound, what["thunk"], what["thunk"] + 0.4), 40.0, 200.0)) - 15


# ------------------------------------------------------------------ the tape measure
def test_a_tape_measure_whizzes_back_over_a_line_end_and_its_hook_clacks_just_after_it():
    out, added, spans = laid_apart(a46.measure, 2, (1.0, 3.8), seed=142, spells=2)
    said = [int(ms) for ms in re.findall(r"clack (-?\d+) ms after the end", out.notes[-1])]
    assert len(said) == 2
    for (a, b, _), ms in zip(spans, said):
        assert 0 <= ms <= 120
        clacked = a + float(np.argmax(np.abs(cut(added, a, b)))) / RATE  # the hook's clack: the spell's loudest
        assert abs(b - 0.2 - clacked) < 0.006 and any(abs(clacked - e - ms / 1000) < 0.003 for e in ENDS)
    whizz = a46.whizz(0.3, np.random.default_rng(93))
    assert band_share(whizz, 1300.0, 9000.0) > 0.9
    assert level_db(cut(whizz, 0.22, 0.3)) > level_db(cut(whizz, 0.0, 0.08)) + 6  # swelling as the spring speeds it
    assert 140 <= envelope_rate(cut(whizz, 0.2, 0.3), 100.0, 260.0) <= 215  # a rattle quickened to 200 a second
    assert 50 <= envelope_rate(cut(whizz, 0.0, 0.1), 40.0, 130.0) <= 120  # from 60
    ring = 3500.0
    hook = a46.clack(ring, np.random.default_rng(94))
    assert np.argmax(np.abs(hook)) / RATE < 0.001  # struck at once
    assert abs(peak_hz(cut(hook, 0.003, 0.05)) / ring - 1) < 0.03  # the case's ring
    assert level_db(cut(hook, 0.07, 0.1)) < level_db(cut(hook, 0.0, 0.01)) - 25  # a clack, not a bell
    sound, what = a46.tape_measure(np.random.default_rng(95), random.Random(95))
    drawn = level_db(cut(sound, 0.05, 0.35))
    assert level_db(cut(sound, what["released"] - 0.25, what["released"] - 0.05)) < drawn - 30  # held: nothing


# ------------------------------------------------------------------ the pencil sharpener
def test_a_pencil_sharpener_crunches_once_a_turn_through_a_line_end_and_runs_on_past_it():
    out, added, spans = laid_apart(a46.sharpener, 2, (1.5, 2.8), seed=143, spells=2)
    assert len(re.findall(r"[\d.]+ turns a second", out.notes[-1])) == 2
    highs = a30._band(added, 1000.0, 6000.0)
    for a, b, _ in spans:
        ended = [e for e in ENDS if 0.495 <= e - a <= 2.005]
        assert ended, a  # begun 0.5-2 s before a line's end ...
        e, quiet = ended[0], level_db(cut(highs, b - 0.08, b))
        assert level_db(cut(highs, e - 0.2, e)) > quiet + 30 and level_db(cut(highs, e, e + 0.09)) > quiet + 30
        assert b - 0.1 - e >= 0.095  # ... and running on past it (the spell ends 0.1 s after the cranking)
    turns, teeth, seconds = 2.0, 16, 3.0
    sound = a46.cranking(seconds, turns, teeth, 1, np.random.default_rng(96))
    crunch = a30._band(cut(sound, 0.0, 2.0), 800.0, 6000.0)
    assert abs(envelope_rate(crunch, 1.0, 8.0) - turns) < 0.3  # loudest once a turn
    shaving, free = level_db(a30._band(cut(sound, 1.0, 1.5), 800.0, 1400.0)), level_db(
        a30._band(cut(sound, 2.55, 2.95), 800.0, 1400.0))
    assert free < shaving - 10  # the last turn free: the gear's ticks alone
    assert abs(envelope_rate(cut(sound, 2.55, 2.95), 20.0, 50.0) - turns * teeth) < 2.5  # 16 teeth a turn
    assert band_share(cut(sound, 0.0, 2.0), 150.0, 400.0) > 0.01  # the desk's hum under the crunch
    _, what = a46.sharpener_spell(1.5, np.random.default_rng(97), random.Random(97))
    assert 0.1 <= what["stop"] - what["end"] <= 0.6 and 1.5 <= what["turns"] <= 3.0 and 1 <= what["free"] <= 3


# ------------------------------------------------------------------ the rotary telephone
def test_a_rotary_dial_runs_back_clicking_ten_a_second_as_many_times_as_the_digit():
    out, _, _ = laid_apart(a46.dial, 2, (3.0, 14.0), seed=144, spells=2)
    assert all(4 <= int(n) <= 7 for n in re.findall(r"(\d+) digits dialled", out.notes[-1]))
    wind = 0.4
    for digit in (3, 0):
        sound = a46.dialled_digit(digit, wind, 1500.0, np.random.default_rng(98 + digit))
        clicks = a30._band(sound, 4500.0, 6500.0)  # over the ratchet, the whirr and the bells: the contacts
        pulses = digit or 10
        for p in range(pulses + 1):
            at = wind + 0.05 + p / a46.PULSES
            click, between = level_db(cut(clicks, at, at + 0.003)), level_db(cut(clicks, at + 0.04, at + 0.06))
            assert (click > between + 15) == (p < pulses), (digit, p)  # ten a second, as many as the digit
        assert abs(len(sound) / RATE - (wind + pulses / a46.PULSES + 0.15)) < 0.002
    tinkle = a46.dialled_digit(1, wind, 1500.0, np.random.default_rng(100))
    assert abs(peak_hz(cut(tinkle, wind + 0.06, wind + 0.14)) / 1500.0 - 1) < 0.05  # the bells with the pulse
    ratchet = cut(tinkle, 0.0, wind)
    assert band_share(ratchet, 900.0, 4500.0) > 0.9 and np.ptp(frames_db(ratchet, 0.004)) > 10  # clicks, wound
    sound, what = a46.dialling(np.random.default_rng(101), random.Random(101))
    gaps = np.diff([t for t, _ in what["digits"]])
    assert all(0.25 + 0.1 + 0.15 + 0.4 <= g <= 0.6 + 1.0 + 0.15 + 1.2 + 0.01 for g in gaps)
