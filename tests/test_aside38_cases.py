"""The thirty-eighth aside set's generators (benchmarks/aside38_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_share, cut, envelope_rate, laid_apart, level_db, peak_hz, period_hz

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside38_cases as a38  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the yawning
def test_someone_yawns_a_breath_in_then_a_voiced_aaah_falling_to_their_own_pitch_and_waits_between_yawns():
    out, _, _ = laid_apart(a38.yawning, 2, (7.9, 20.1), seed=95, spells=2)
    for count, hz in re.findall(r"(\d+) yawns at (\d+) Hz", out.notes[-1]):
        assert int(count) >= 1 and 100 <= int(hz) <= 180
    one = a38.yawn(120.0, 0.6, 1.5, np.random.default_rng(48))
    breath, voice = cut(one, 0.0, 0.6), cut(one, 0.6, 2.1)
    assert band_share(breath, 250, 3200) > 0.98  # the in-breath: noise through the open mouth ...
    assert level_db(cut(breath, 0.0, 0.15)) < level_db(cut(breath, 0.45, 0.6)) - 15  # ... swelling
    high, low = period_hz(cut(voice, 0.1, 0.3), 90, 400), period_hz(cut(voice, 1.1, 1.35), 90, 400)
    assert high > 1.5 * low and abs(low / 120.0 - 1) < 0.1  # the "aaah" falls to the yawner's own pitch
    assert band_share(cut(voice, 0.05, 0.4), 650, 950) > 0.5  # its wide-open /a/ (F1 near 800 Hz) ...
    assert band_share(cut(voice, 1.0, 1.4), 430, 620) > 0.4  # ... closing to an /o/ (F1 near 520 Hz)
    assert level_db(cut(voice, 1.4, 1.5)) < level_db(cut(voice, 0.2, 0.6)) - 10  # dying away
    sound, what = a38.yawns(16.0, np.random.default_rng(49), random.Random(49))
    assert 100.0 <= what["pitch"] <= 180.0
    for start, voiced, end in what["yawns"]:
        assert 0.4 <= voiced - start <= 0.9 and 0.8 <= end - voiced <= 2.0
    for (_, _, end), (start, _, _) in zip(what["yawns"], what["yawns"][1:]):  # nothing between yawns
        assert 2.0 <= start - end <= 7.0 and np.abs(cut(sound, end + 0.01, start - 0.01)).max() == 0.0


# ------------------------------------------------------------------ the chopping
def test_a_knife_crunches_then_thuds_on_the_board_at_a_syllables_pace_in_runs():
    out, _, _ = laid_apart(a38.chopping, 2, (7.9, 20.1), seed=96, spells=2)
    for chops, runs in re.findall(r"(\d+) chops in (\d+) runs", out.notes[-1]):
        assert int(chops) >= 6 * int(runs) >= 6
    one = a38.chop(300.0, 0.02, np.random.default_rng(50))
    assert band_share(cut(one, 0.0, 0.01), 1900, 6700) > 0.8  # the blade's crunch first ...
    thud = cut(one, 0.012, 0.1)
    assert abs(peak_hz(thud) - 300.0) < 15 and band_share(thud, 200, 800) > 0.95  # ... then the board's thud
    assert level_db(cut(one, 0.08, 0.11)) < level_db(cut(one, 0.0, 0.03)) - 25  # dead within 100 ms
    sound, what = a38.chopped(16.0, np.random.default_rng(51), random.Random(51))
    assert 250.0 <= what["board"] <= 450.0
    for start, end in what["runs"]:
        chops = [c for c in what["chops"] if start <= c <= end]
        pace = (len(chops) - 1) / (end - start)
        assert 1.8 <= end - start <= 6.0 and 2.7 <= pace <= 7.7  # 3-7 a second, a tenth early or late
        assert abs(envelope_rate(cut(sound, start, end + 0.1), 2.0, 9.0) / pace - 1) < 0.15  # heard at that pace
    for (_, end), (start, _) in zip(what["runs"], what["runs"][1:]):  # nothing between runs
        assert 1.2 <= start - end <= 4.2 and level_db(cut(sound, end + 0.2, start - 0.01)) < level_db(sound) - 40


# ------------------------------------------------------------------ the sprinkler
def test_a_sprinkler_steps_round_in_bursts_of_spray_then_ticks_back_quickly_over_a_swelling_hiss():
    out, _, _ = laid_apart(a38.sprinkler, 2, (9.4, 19.1), seed=97, spells=2)
    for steps, ticks in re.findall(r"(\d+) steps forward, (\d+) ticks back", out.notes[-1]):
        assert int(steps) >= 24 and int(ticks) >= 18
    step = a38.sprinkler_tick(3000.0, 0.05, np.random.default_rng(52))
    assert band_share(step, 1400, 7200) > 0.97  # spray and a metal tick: all in a fricative's band
    assert abs(peak_hz(cut(step, 0.0, 0.02)) - 3000.0) < 100  # the arm's ring
    tick = a38.sprinkler_tick(3000.0, 0.0, np.random.default_rng(53))
    assert level_db(cut(tick, 0.03, 0.05)) < level_db(cut(tick, 0.0, 0.01)) - 20  # a return tick: no spray
    sound, what = a38.sprinkling(12.0, np.random.default_rng(54), random.Random(54))
    turn, end = what["turn"], what["end"]
    assert 2500.0 <= what["ring"] <= 4000.0 and band_share(sound, 900, 8000) > 0.97
    forward, back = len(what["steps"]) / turn, len(what["back"]) / (end - turn)
    assert 3.0 <= forward <= 6.2 and 12.0 <= back <= 20.5
    assert abs(envelope_rate(cut(sound, 0.5, turn - 0.5), 2.0, 1.6 * forward) / forward - 1) < 0.05  # the steps' pace
    assert abs(envelope_rate(cut(sound, turn + 0.05, end - 0.05), 10.0, 25.0) / back - 1) < 0.05  # the return's

    def spray(a: float, b: float) -> float:  # the hiss alone, between the steps' bursts
        gaps = [cut(sound, s + 0.12, s + 1 / forward - 0.01) for s in what["steps"] if a <= s < b]
        return level_db(np.concatenate(gaps))

    assert abs(spray(turn / 2 - 0.75, turn / 2 + 0.75) - spray(0.3, 1.3) - what["swell_db"]) < 3.0  # jet turned in


# ------------------------------------------------------------------ the bus
def test_a_bus_pulls_in_its_brakes_hiss_it_idles_its_doors_hiss_and_it_pulls_away():
    out, _, _ = laid_apart(a38.bus, 2, (9.9, 17.1), seed=98, spells=2)
    for hz in re.findall(r"a bus idling at (\d+) Hz", out.notes[-1]):
        assert 25 <= int(hz) <= 32
    brake = a38.hiss(0.6, 1000.0, 7500.0, 0.002, 0.3, np.random.default_rng(55))
    assert band_share(brake, 900, 8000) > 0.97  # an /s/'s band
    assert level_db(cut(brake, 0.0, 0.005)) > level_db(cut(brake, 0.0, 0.1)) - 6  # on at once
    assert level_db(cut(brake, 0.45, 0.55)) < level_db(cut(brake, 0.0, 0.1)) - 10  # dying away
    sound, what = a38.bus_stopping(np.random.default_rng(56), random.Random(56))
    _, brakes, leaving, end = what["stop"]
    high = a30._band(sound, 1000.0, 7900.0)
    assert level_db(cut(high, brakes, brakes + 0.05)) > level_db(cut(high, brakes - 0.3, brakes - 0.01)) + 20
    (o0, o1), (c0, c1) = what["doors"]
    for a, b in what["doors"]:  # the doors: a held hiss, stopped
        assert 0.4 <= b - a <= 0.8 and abs(level_db(cut(high, a + 0.05, a + 0.15)) - level_db(cut(high, b - 0.12,
                                                                                                   b - 0.02))) < 2
        assert level_db(cut(high, b + 0.01, b + 0.1)) < level_db(cut(high, a + 0.05, b - 0.05)) - 20
    idle = cut(sound, o1 + 0.1, c0 - 0.1)
    assert band_share(idle, 0, 1600) > 0.99  # the engine through the glass
    assert abs(period_hz(idle, 20.0, 40.0) / what["idle"] - 1) < 0.03  # at its firing rate
    away = period_hz(cut(sound, end - 0.8, end - 0.2), 20.0, 80.0)
    assert away > 1.4 * what["idle"] and level_db(cut(sound, end - 0.5, end)) < level_db(idle) - 12  # pulling away

