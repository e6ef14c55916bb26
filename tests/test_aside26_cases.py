"""The twenty-sixth aside set's own kinds of sound (benchmarks/aside26_cases.py), each generator tried on made-up
talks (no case built, no aligner run, ../shared never read); its names, seeds, containers, languages and flag
are a row of test_aside_sets.py's table."""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (TEN_LINES, added_by, added_in_noted_spans, band_share, changed_runs, cut, level_db,
                           only_inside, repeated_talk, spans_under, speech_db, speech_like)

import aside26_cases as a26  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the underground train
def test_the_underground_train_swells_and_dies_away_low_under_the_hall_and_adds_nothing_else():
    made, lines = repeated_talk(3)
    out = a26.underground_train(made, seed=21, trains=2)
    added = added_by(made, out)
    spans = spans_under(out.notes[-1])
    assert len(spans) == 2 and only_inside(added, [(a, b) for a, b, _ in spans])
    speech = speech_db(made, lines)
    for a, b, under in spans:
        assert 4.9 <= b - a <= 10.1
        mid = (a + b) / 2
        top = cut(added, mid - 0.5, mid + 0.5)
        assert abs(level_db(top) - (speech - under)) < 1.5  # as loud as the notes say at its loudest
        assert level_db(top) - max(level_db(cut(added, a, a + 0.5)), level_db(cut(added, b - 0.5, b))) > 10
        assert band_share(top, 0, 700) > 0.9  # a roar and a clatter under the hall: low
    assert any(s * RATE < r[-1] and e * RATE > r[0] for s, e in lines for r in changed_runs(added))  # over lines


def test_the_train_clatters_in_pairs_at_the_rail_joints():
    prng = random.Random(3)
    sound = a26.train_passing(8.0, np.random.default_rng(3), prng)
    again = random.Random(3)  # the same draws: the roar's corner, then the joints' spacing and the bogie's
    again.uniform(60.0, 250.0)
    every, pair = again.uniform(0.45, 0.9), again.uniform(0.08, 0.14)
    first = again.uniform(0.0, every)
    knocks = sound - a26.a21._low(sound, 300.0)  # over the roar (under 250 Hz): the knocks' ringing
    near = np.zeros(len(sound), bool)
    for at in np.arange(first, 8.0 - pair - 0.05, every):
        for t in (at, at + pair):
            near[int(t * RATE):int((t + 0.04) * RATE)] = True
    assert np.sum(knocks[near] ** 2) / np.sum(knocks ** 2) > 0.9  # the clatter is the pairs, nothing between
    assert near.mean() < 0.25


# ------------------------------------------------------------------ the lift
def test_the_lift_dings_in_a_pause_and_its_door_motor_hums_after_it():
    made = speech_like()
    lines = TEN_LINES
    out = a26.lift(made, seed=22, stops=2)
    added = added_by(made, out)
    note = out.notes[-1]
    dings = [(float(t), float(f), float(u)) for t, f, u in re.findall(r"ding (\d+\.\d+) s \((\d+) Hz, (\d+) dB",
                                                                          note)]
    doors = [(float(a), float(b)) for a, b in re.findall(r"door (\d+\.\d)-(\d+\.\d) s", note)]
    assert len(dings) == len(doors) == 2
    assert only_inside(added, [(t, b) for (t, _, _), (_, b) in zip(dings, doors)])
    speech = speech_db(made, lines)
    for (t, pitch, under), (a, b) in zip(dings, doors):
        assert any(e + 0.09 <= t <= s2 - 0.05 for (_, e), (s2, _) in zip(lines, lines[1:]))  # struck in a pause
        strike = cut(added, t, t + 0.05)
        assert abs(level_db(strike) - (speech - under)) < 1.5
        assert band_share(cut(added, t, a - 0.01), pitch * 0.97, pitch * 1.03) > 0.7  # a tone at its pitch
        assert 0.39 <= a - t <= 1.01 and 1.5 <= b - a <= 2.6
        assert band_share(cut(added, a + 0.3, b - 0.3), 0, 1200) > 0.8  # the motor: low


# ------------------------------------------------------------------ the ceiling fan
def test_the_ceiling_fan_is_everywhere_and_beats_at_its_period_by_its_depth():
    made, lines = repeated_talk(2)
    out = a26.ceiling_fan(made, seed=23)
    added = added_by(made, out)
    period = float(re.search(r"every (\d+\.\d+) s", out.notes[-1]).group(1))
    depth = float(re.search(r"by (\d+\.\d) dB", out.notes[-1]).group(1))
    under = float(re.search(r"(\d+) dB under", out.notes[-1]).group(1))
    assert abs(level_db(added) - (speech_db(made, lines) - under)) < 0.5
    hop = 0.1
    levels = np.array([level_db(cut(added, t, t + hop)) for t in np.arange(0.0, len(added) / RATE - hop, hop)])
    assert np.isfinite(levels).all()  # in the pauses as in the lines
    swing = np.percentile(levels, 97) - np.percentile(levels, 3)
    assert abs(swing - depth) < 2.0
    lvl = levels - levels.mean()
    ac = np.array([np.dot(lvl[:-k], lvl[k:]) / np.dot(lvl, lvl) for k in range(1, len(lvl) // 2)])
    first = int(np.argmax(ac[int(0.5 * period / hop):])) + int(0.5 * period / hop) + 1  # past the first trough
    assert abs(first * hop - period) < 0.25 and ac[first - 1] > 0.6


# ------------------------------------------------------------------ the printer
def test_the_printer_warms_up_feeds_its_pages_and_runs_down_and_adds_nothing_else():
    sound, clacks = a26.printer_job(4, np.random.default_rng(4), random.Random(4))
    assert len(clacks) == 4 and all(1.79 <= b - a <= 3.01 for a, b in zip(clacks, clacks[1:]))
    for at in clacks:  # each page's clack stands out of the fan over 1 kHz
        click = cut(sound, at, at + 0.02)
        before = cut(sound, at - 0.1, at - 0.02)
        assert level_db(click - a26.a21._low(click, 1000.0)) - level_db(before - a26.a21._low(before, 1000.0)) > 10
    rattle = cut(sound, clacks[0] + 0.1, clacks[0] + 0.9)
    assert band_share(rattle, 500, 4000) > 0.5
    made, lines = repeated_talk(2)
    added_in_noted_spans(made, lines, a26.office_printer(made, seed=24, jobs=2), 2)


# ------------------------------------------------------------------ the aside kept to its flag
