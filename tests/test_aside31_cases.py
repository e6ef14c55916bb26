"""The thirty-first aside set's generators (benchmarks/aside31_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_share, cut, laid_apart, level_db, peak_hz, period_hz

import aside31_cases as a31  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the geese
def test_geese_honk_harsh_voiced_calls_each_on_its_own_pitch_loudest_as_the_skein_passes_over():
    out, _, _ = laid_apart(a31.geese, 3, (7.9, 19.0), seed=41, skeins=3)
    for count, honks in re.findall(r"(\d) geese, (\d+) honks", out.notes[-1]):
        assert 4 <= int(count) <= 9 and int(honks) >= 4 * int(count)
    one = a31.honk(400.0, 0.2)
    assert band_share(one, 1000, 4100) > 0.1  # harsh: partials to 4 kHz (a pigeon's coo keeps 98 % under 2 kHz)
    assert band_share(one, 740, 1020) > 1e3 * band_share(one, 560, 640)  # voiced: harmonics, nothing between
    sound, honks = a31.skein(12.0, random.Random(5))
    assert all(280 <= p <= 520 and 0.119 <= b - a <= 0.281 for a, b, p in honks)
    assert 4 <= len({p for _, _, p in honks}) <= 9
    n = len(sound)
    assert level_db(sound[n // 3:2 * n // 3]) > max(level_db(sound[:n // 8]), level_db(sound[-n // 8:])) + 12
    for a, b, p in honks[len(honks) // 3:len(honks) // 3 + 3]:  # a honk's fundamental glides about its own pitch
        assert 0.85 * p <= period_hz(cut(sound, a, b), 200, 700) <= 1.3 * p or any(
            c < b and d > a for c, d, q in honks if q != p)  # unless another goose honks over it


# ------------------------------------------------------------------ the sewing machine
def test_the_sewing_machine_stitches_in_runs_at_the_sewer_s_speed_through_a_wall_and_stops_between_them():
    out, _, _ = laid_apart(a31.sewing, 2, (7.9, 25.0), seed=42, sessions=2)
    for runs, rate in re.findall(r"(\d+) runs at (\d+\.\d) stitches a second", out.notes[-1]):
        assert int(runs) >= 2 and 8.0 <= float(rate) <= 18.0
    sound, runs, rate = a31.sewing_session(16.0, np.random.default_rng(6), random.Random(6))
    assert band_share(sound, 0, 3100) > 0.99  # through a wall: nothing over 3 kHz
    assert all(1.19 <= b - a <= 4.51 for a, b in runs)
    for (_, b), (c, _) in zip(runs, runs[1:]):
        assert 0.49 <= c - b <= 2.51
        assert level_db(cut(sound, b + 0.05, c - 0.05)) < level_db(sound) - 40  # the pedal up: quiet
    run, strokes = a31.stitching(3.0, 12.0, np.random.default_rng(3))
    gaps = np.diff(strokes)
    middle = gaps[(np.array(strokes[1:]) > 0.4) & (np.array(strokes[1:]) < 2.7)]
    assert np.allclose(middle, 1 / 12, atol=2 / RATE)  # full speed: the sewer's rate
    assert gaps[0] > 1.5 / 12 and gaps[-1] > 1.03 / 12  # slower as the pedal goes down and comes up
    for t in strokes[2:-2]:  # each stroke a click over the whine
        assert level_db(cut(run, t, t + 0.005)) > level_db(cut(run, t - 0.012, t - 0.002)) + 6


# ------------------------------------------------------------------ the hiccups
def test_hiccups_are_a_click_and_a_short_voiced_ic_at_the_spell_s_period_with_silence_between():
    out, _, _ = laid_apart(a31.hiccups, 2, (5.0, 36.0), seed=43, spells=2)  # to the last hiccup
    for count, every in re.findall(r"(\d+) hiccups, one every (\d\.\d+) s", out.notes[-1]):
        assert 3.0 <= float(every) <= 7.0 and int(count) >= 2
    sound, hics, every = a31.hiccup_spell(30.0, np.random.default_rng(7), random.Random(7))
    starts = [a for a, _, _ in hics]
    assert np.allclose(np.diff(starts), every, rtol=0.251)
    for (a, b, f), nxt in zip(hics, starts[1:] + [None]):
        assert 0.053 <= b - a <= 0.095 and 133 <= f <= 315
        assert band_share(cut(sound, a, a + 0.004), 3000, 8000) > 0.3  # the glottis slams: a broadband click
        voiced = cut(sound, a + 0.006, b)
        assert band_share(voiced, 0, 700) > 0.9 and abs(period_hz(voiced, 120, 350) - f) < 0.04 * f
        if nxt is not None:
            assert np.abs(cut(sound, b + 0.01, nxt - 0.01)).max() == 0.0  # nothing between hiccups


# ------------------------------------------------------------------ the cuckoo clock
def test_the_cuckoo_clock_calls_the_hour_in_falling_thirds_on_its_bellows_pipes_after_the_works_whir():
    out, _, _ = laid_apart(a31.cuckoo, 3, (2.0, 18.0), seed=44, hours=3)
    for hour, every, pitch in re.findall(r"(\d+) o'clock, a call every (\d\.\d+) s on (\d+) Hz", out.notes[-1]):
        assert 2 <= int(hour) <= 12 and 0.9 <= float(every) <= 1.3 and 600 <= int(pitch) <= 900
    sound, calls, every = a31.striking(7, np.random.default_rng(8), random.Random(8))
    assert len(calls) == 7  # as many calls as the hour
    assert np.allclose(np.diff([c[0][0] for c in calls]), every)
    for (a, b, high), (c, d, low) in calls:
        assert abs(peak_hz(cut(sound, a, b)) - high) < 0.02 * high and 600 <= high <= 900
        assert abs(peak_hz(cut(sound, c, d)) - low) < 0.02 * low and 0.79 <= low / high <= 0.85  # a third lower
        assert band_share(cut(sound, a, b), 0.8 * high, 1.2 * high) > 0.9  # a pipe: near a sine
        assert np.abs(cut(sound, b + 0.002, c - 0.002)).max() < 1e-9  # a breath between the two notes
    whir = cut(sound, 0.0, calls[0][0][0] - 0.25)
    assert 0 < np.abs(whir).max() and level_db(whir) < level_db(cut(sound, *calls[0][0][:2])) - 20
