"""The forty-fifth aside set's generators (benchmarks/aside45_cases.py).  The one table of aside sets' test moved on
to test_aside46_cases.py with the newest set.

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_share, cut, frames_db, laid_apart, level_db, peak_hz,
                           period_hz)

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside45_cases as a45  # noqa: E402
import aside45_languages as a45l  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
#: The made-up talk laid_apart spoils: its lines' starts and ends (s), said twice over.
STARTS = [s + k * TEN_LINES_TOTAL for k in range(2) for s, _ in TEN_LINES]
ENDS = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]


def loudest(x: np.ndarray, a: float, b: float) -> float:
    """When (s) ``x`` is at its loudest sample between ``a`` and ``b``."""
    return a + float(np.argmax(np.abs(cut(x, a, b)))) / RATE


# ------------------------------------------------------------------ the pad
def test_sheets_torn_off_a_pad_crackle_across_each_line_end_from_just_before_it_to_past_it():
    out, added, spans = laid_apart(a45.tear_pad, 2, (0.3, 10.6), seed=131, spells=2)
    said = re.findall(r"(\d+) tears", out.notes[-1])
    assert len(said) == 2
    highs = a30._band(added, 1500.0, 9000.0)
    for (a, b, _), tears in zip(spans, said):
        assert any(0.055 <= e - a <= 0.255 for e in ENDS), a  # begun 60-250 ms before a line's end
        reached = [e for e in ENDS if a < e < b]
        assert 1 <= len(reached) == int(tears)  # a tear over every end it spans (3.3 s apart here)
        for e in reached:  # crackling just before the end and still just after it, then gone
            quiet = level_db(cut(highs, e + 0.46, e + 0.6))
            assert level_db(cut(highs, e - 0.05, e)) > quiet + 30, e
            assert level_db(cut(highs, e + 0.05, e + 0.09)) > quiet + 30, e
    seconds, peak = 0.5, 400.0
    sheet = a45.tear(seconds, peak, np.random.default_rng(91))
    assert len(sheet) == int((seconds + 0.1) * RATE)
    torn = cut(sheet, 0.0, seconds - 0.03)  # before the flap
    assert band_share(torn, 1300.0, 10000.0) > 0.9  # clicks and hiss: no body
    middle, edge = level_db(cut(torn, 0.2, 0.3)), level_db(cut(torn, 0.0, 0.05))
    assert middle > edge + 4  # the snaps quicken to the middle of the tear
    levels = frames_db(cut(torn, 0.15, 0.35), 0.002)
    assert np.ptp(levels) > 10  # a crackle of single snaps, not a steady hiss
    flap = cut(sheet, seconds - 0.025, seconds + 0.1)
    assert band_share(flap, 0, 500) > band_share(cut(torn, 0.2, 0.3), 0, 500) + 0.1  # the freed sheet's flap
    tears = a45.tear_times([0.5, 0.7, 3.0], random.Random(92))
    assert [e for _, e, _ in tears] == [0.5, 3.0]  # the end too soon after the last tear goes without
    for start, e, stop in tears:
        assert 0.06 <= e - start <= 0.25 and 0.1 <= stop - e <= 0.35


# ------------------------------------------------------------------ the pen
def test_a_pen_clicked_in_pairs_stops_just_before_each_line_start():
    out, added, spans = laid_apart(a45.pen, 2, (0.3, 10.6), seed=132, spells=2)
    said = re.findall(r"(\d+) clicks in (\d+) runs", out.notes[-1])
    assert len(said) == 2
    for (a, b, _), (clicks, runs) in zip(spans, said):
        before = [s for s in STARTS if a + 0.3 < s < b + 0.06]  # the spell ends 0.1 s after the last release
        assert 1 <= len(before) == int(runs) and int(clicks) >= 2 * int(runs)
        peak = np.abs(cut(added, a, b)).max()
        for s in before:  # the last release 30-150 ms before the start, then nothing until well into the line
            last = loudest(added, s - 0.16, s - 0.025)
            assert 0.025 <= s - last <= 0.16 and np.abs(cut(added, last - 0.002, last + 0.002)).max() > 0.2 * peak
            assert np.abs(cut(added, s - 0.02, s + 0.2)).max() < 0.01 * peak, s
    spring, release = 4000.0, 0.1
    click = a45.pen_click(spring, release, np.random.default_rng(93))
    assert np.argmax(np.abs(click)) / RATE < 0.001  # the press snaps at once
    assert abs(peak_hz(cut(click, 0.001, 0.025)) / spring - 1) < 0.03  # the spring's ring
    assert band_share(click, 1000.0, 10000.0) > 0.95  # a small plastic thing: no body
    assert level_db(cut(click, release, release + 0.002)) > level_db(cut(click, release - 0.04, release - 0.01)) + 20
    assert level_db(cut(click, release, release + 0.002)) < level_db(cut(click, 0, 0.002))  # the release duller
    runs = a45.pen_runs([2.0, 2.6, 6.0], random.Random(94))
    assert runs[0][0] >= 0.0 and all(0.03 <= s - stop <= 0.15 for _, stop, _, _, _, s in runs)
    for first, stop, pairs, rate, lag, _ in runs:
        assert 2 <= pairs <= 10 and 2.5 <= rate <= 6.0 and 0.06 <= lag <= 0.16
        assert abs(stop - first - (pairs - 1) / rate - lag) < 1e-9
    for (_, stop, *_), (nxt, *_) in zip(runs, runs[1:]):
        assert nxt >= stop + 0.4 - 1e-9


# ------------------------------------------------------------------ the door
def test_a_door_creaks_open_at_a_voices_pitch_over_a_line_start_and_latches_just_after_a_line_end():
    out, added, spans = laid_apart(a45.door, 2, (2.4, 8.3), seed=133, spells=2)
    said = re.findall(r"hinge (\d+) Hz, latched (after a line end|in a pause or a line)", out.notes[-1])
    assert len(said) == 2
    highs = a30._band(added, 4200.0, 7000.0)  # over the squeal's partials: the latch alone
    for (a, b, _), (_, how) in zip(spans, said):
        start = [s for s in STARTS if 0.195 <= s - a <= 0.605]
        assert start, a  # the creak begun 0.2-0.6 s before a line's start ...
        assert level_db(cut(added, start[0], start[0] + 0.05)) > level_db(cut(added, b - 0.05, b)) + 20  # ... over it
        latch = loudest(highs, a + 1.5, b)
        assert abs(b - 0.4 - latch) < 0.003  # the spell ends 0.4 s after the latch
        if how == "after a line end":
            assert any(0.015 <= latch - e <= 0.125 for e in ENDS), latch
    pitch, glide, seconds = 200.0, 0.3, 1.2
    creak = a45.hinge_creak(pitch, glide, seconds, np.random.default_rng(95))
    edge = period_hz(cut(creak, 0.1, 0.2), 120, 400)
    middle = period_hz(cut(creak, 0.55, 0.65), 120, 400)
    assert abs(middle / (pitch * (1 + glide)) - 1) < 0.07  # at a voice's pitch, gliding up ...
    assert abs(edge / (pitch * (1 + glide * np.sin(np.pi * 0.15 / seconds))) - 1) < 0.07 and middle > 1.1 * edge
    assert abs(peak_hz(a30._band(cut(creak, 0.5, 0.7), 450.0, 600.0)) / (2 * middle) - 1) < 0.06  # harmonic
    assert band_share(creak, 0, 4200) > 0.97
    assert level_db(cut(creak, 0, 0.02)) < level_db(cut(creak, 0.5, 0.7)) - 6  # swung open, not struck
    shut = a45.latch(100.0, 0.025, np.random.default_rng(96))
    clicks = a30._band(shut, 2000.0, 7000.0)
    assert level_db(cut(clicks, 0.024, 0.028)) > level_db(cut(clicks, 0.012, 0.02)) + 10  # the second click
    assert band_share(cut(shut, 0.01, 0.2), 0, 400) > 0.8  # the frame's thud under them
    times = a45.door_times([0.4], [1.0, 3.0, 9.0], 1.2, random.Random(97))
    assert times["end"] == 3.0 and 0.02 <= times["shut"] - 3.0 <= 0.12  # the first end 1.5-6 s after it opened
    assert 0.3 <= times["shut"] - times["shutting"] <= 0.6


# ------------------------------------------------------------------ the knuckles
def test_knuckles_cracked_finger_by_finger_pop_sharp_over_a_low_thump_in_runs():
    out, _, _ = laid_apart(a45.knuckles, 2, (0.3, 12.5), seed=134, spells=2)
    assert all(int(n) >= 3 for n in re.findall(r"(\d+) pops in", out.notes[-1]))
    body = 250.0
    pop = a45.crack(body, np.random.default_rng(98))
    assert np.argmax(np.abs(pop)) / RATE < 0.002  # struck at once
    assert abs(peak_hz(cut(pop, 0.004, 0.06)) / body - 1) < 0.03  # the hand's thump
    snap = a30._band(pop, 1000.0, 6000.0)
    assert level_db(cut(snap, 0, 0.002)) > level_db(cut(snap, 0.01, 0.02)) + 20  # the snap dies at once
    assert level_db(cut(pop, 0.07, 0.1)) < level_db(cut(pop, 0, 0.01)) - 30  # a pop, not a ring
    sound, what = a45.cracking(9.0, np.random.default_rng(99), random.Random(99))
    assert what["runs"][0][0] == 0.0 and len(what["runs"]) >= 2
    for run in what["runs"]:
        assert 3 <= len(run) <= 9 and all(0.15 <= g <= 0.6 for g in np.diff(run))
    for run, nxt in zip(what["runs"], what["runs"][1:]):
        assert 2.0 <= nxt[0] - run[-1] <= 5.0 and level_db(cut(sound, run[-1] + 0.12, nxt[0] - 0.01)) < -60
