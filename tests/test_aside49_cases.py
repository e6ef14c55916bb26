"""The forty-ninth aside set's generators (benchmarks/aside49_cases.py), and the one table of aside sets
(cases.ASIDE_SETS, moved here from test_aside48_cases.py: the newest set, not looked at yet).

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
from made_up_talks import (LAID_APART_ENDS, LAID_APART_STARTS, band_share, cut, edge_after, envelope_rate, frames_db,
                           laid_and_said, laid_apart, level_db, peak_hz)

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside49_cases as a49  # noqa: E402
import aside49_languages as a49l  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
STARTS, ENDS = LAID_APART_STARTS, LAID_APART_ENDS


# ------------------------------------------------------------------ the hole punch
def test_a_hole_punch_bottoms_out_just_before_a_line_start_and_is_let_go_in_the_line():
    added, spans, said = laid_and_said(a49.punch, (0.8, 1.6), 171, r"thunk (\d+) ms before the start")
    for (a, b, _), ms in zip(spans, said):
        assert 30 <= ms <= 250
        start = edge_after(STARTS, a, *a49.PRESS_BEFORE)  # the lever pushed 0.35-0.7 s before a line's start ...
        thunk = start - ms / 1000
        loudest = a + float(np.argmax(np.abs(cut(added, a, b)))) / RATE
        assert thunk - 0.045 <= loudest <= thunk + 0.02  # ... the dies' crunch and the thunk the spell's loudest
        assert b > start + 0.2  # let go inside the line
    sound, what = a49.punch_spell(0.5, np.random.default_rng(91), random.Random(91))
    crunch = cut(sound, what["thunk"] - 0.015, what["thunk"])
    assert band_share(crunch, 900.0, 6500.0) > 0.8  # the paper cut through: highs
    body = cut(sound, what["thunk"] + 0.003, what["thunk"] + 0.06)
    assert band_share(body, 80.0, 400.0) > 0.8  # the lever's thunk: lows
    assert level_db(cut(sound, 0.0, what["thunk"] - 0.05)) < level_db(crunch) - 6  # the creak under it
    click = cut(sound, what["released"], what["released"] + 0.01)
    assert level_db(click) > level_db(cut(sound, what["released"] - 0.05, what["released"] - 0.01)) + 10


# ------------------------------------------------------------------ the dice
def test_dice_are_shaken_then_thrown_before_a_line_end_and_clatter_on_past_it():
    added, spans, said = laid_and_said(a49.dice, (0.9, 2.2), 172, r"at rest (\d+) ms after the end")
    highs = a30._band(added, 1500.0, 7000.0)
    for (a, b, _), ms in zip(spans, said):
        assert 150 <= ms <= 500
        end = edge_after(ENDS, a, *a49.SHAKE_BEFORE)  # the cup shaken from 0.6-1.3 s before a line's end ...
        assert b >= end + ms / 1000  # ... the dice rolling to rest past it
        assert level_db(cut(highs, end - 0.1, end + 0.1)) > level_db(cut(highs, a, b)) - 12  # clatter over the end
    sound, what = a49.dice_spell(1.0, np.random.default_rng(92), random.Random(92))
    assert 1.0 - 0.4 <= what["landed"] <= 1.0 - 0.1 and 1.0 + 0.15 <= what["rest"] <= 1.0 + 0.5
    landing = cut(sound, what["landed"] - 0.01, what["landed"] + 0.03)
    assert level_db(landing) > level_db(cut(sound, 0.1, what["landed"] - 0.1)) + 3  # the throw over the shaking
    die = a49.die_hits(0.5, np.random.default_rng(93), random.Random(93))
    levels = frames_db(die, 0.005)
    hits = np.flatnonzero((levels[1:] > levels[:-1] + 10) & (levels[1:] > levels.max() - 30)) + 1
    assert 3 <= len(hits) <= 9  # the die hitting the board 4-9 times (two hits may share a frame)
    assert levels[hits[0]] > levels[hits[-1]] + 3  # each quieter than the last
    shaken = a49.shaking(0.8, np.random.default_rng(94), random.Random(94))
    assert band_share(shaken, 350.0, 6500.0) > 0.9


# ------------------------------------------------------------------ the whisk
def test_eggs_are_whisked_in_strokes_from_before_a_line_start_into_the_line():
    added, spans, said = laid_and_said(a49.whisk, (0.9, 2.2), 173, r"(\d+) strokes at")
    for (a, b, _), strokes in zip(spans, said):
        assert strokes >= 3
        start = edge_after(STARTS, a, *a49.WHISK_BEFORE)  # begun 0.3-1.0 s before a line's start ...
        assert b >= start + a49.WHISK_INTO  # ... the strokes running 0.4 s or more into the line
    sound, what = a49.whisking(1.0, np.random.default_rng(95), random.Random(95))
    assert 5.0 <= what["rate"] <= 8.0
    assert abs(envelope_rate(sound, 2.0, 12.0) / what["rate"] - 1) < 0.15  # a stroke at the hand's rate
    one = a49.stroke(0.06, 1800.0, np.random.default_rng(96))
    assert band_share(cut(one, 0.0, 0.06), 1500.0, 8500.0) > 0.5  # the wires scraping the bowl
    assert abs(peak_hz(cut(one, 0.07, 0.2)) / 1800.0 - 1) < 0.03  # the bowl ringing on after the stroke
    assert level_db(cut(one, 0.25, 0.35)) < level_db(cut(one, 0.0, 0.06)) - 10  # and dying


# ------------------------------------------------------------------ the till
def test_a_till_is_keyed_its_bell_rung_and_its_drawer_rolled_out_to_its_stop():
    out, _, _ = laid_apart(a49.till, 2, (1.0, 4.5), seed=174, spells=2)
    assert len(re.findall(r"\d+ keys, the bell \d+ ms in", out.notes[-1])) == 2
    sound, what = a49.till_opened(np.random.default_rng(97), random.Random(97))
    assert 3 <= what["keys"] <= 6
    keys = cut(sound, 0.0, what["rung"] - 0.05)
    assert band_share(keys, 1300.0, 4500.0) > 0.8  # plastic keys
    ring = cut(sound, what["rung"] + 0.005, what["rung"] + 0.1)
    assert abs(peak_hz(ring) / what["hz"] - 1) < 0.02  # the bell on its note
    assert level_db(ring) > level_db(keys) + 6
    lows = a30._band(sound, 50.0, 600.0)
    stop, rolling = cut(lows, what["stopped"], what["stopped"] + 0.05), cut(lows, what["rung"], what["rung"] + 0.03)
    assert level_db(stop) > level_db(rolling) + 6  # the drawer's stop: a thunk under the bell's fading ring
    bell = a49.bell(2500.0, 0.3, np.random.default_rng(98))
    assert level_db(cut(bell, 1.0, 1.2)) < level_db(cut(bell, 0.0, 0.2)) - 20  # dying over 0.3 s


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
def test_one_table_gives_every_aside_set_its_flag_and_only_the_newest_is_unseen():
    import cases
    import run

    sets = cases.ASIDE_SETS
    assert [s.number for s in sets] == list(range(1, len(sets) + 1))
    assert len({s.flag for s in sets}) == len(sets) and sets[0].flag == "--aside" and sets[-1].flag == "--aside49"
    for s in sets:
        assert s.english and all(n.startswith(s.prefix + "_") for n in s.english + s.languages)
        assert run.select_cases(None, False, False, **{s.name: True}) == s.english
        assert cases.all_case_names(**{s.name: True}) == s.english
    assert [s.prefix for s in sets if s.unseen] == ["cz"]  # the forty-ninth: nobody has looked at it
    assert sets[-1].english == a49.names("aside") and sets[-1].languages == a49l.names("aside")
    with pytest.raises(SystemExit, match="one at a time"):
        cases.chosen_aside_set({"aside48": True, "aside49": True})
    with pytest.raises(TypeError):
        cases.all_case_names(aside50=True)
