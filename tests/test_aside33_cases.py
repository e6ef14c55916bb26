"""The thirty-third aside set's generators (benchmarks/aside33_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_db, band_share, cut, envelope_rate, laid_apart, level_db, peak_hz, period_hz

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside32_cases as a32  # noqa: E402
import aside33_cases as a33  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the fireworks
def test_fireworks_rockets_whistle_up_an_octave_then_burst_low_echo_and_crackle_high():
    out, _, _ = laid_apart(a33.fireworks, 2, (9.9, 30.0), seed=41, displays=2)
    for rockets, whistling in re.findall(r"(\d+) rockets, (\d+) whistling", out.notes[-1]):
        assert int(rockets) >= 4 and 0 <= int(whistling) <= int(rockets)
    up = a33.rocket_whistle(1500.0, 1.2)
    first, last = peak_hz(cut(up, 0.15, 0.35)), peak_hz(cut(up, 1.1, 1.2))
    assert 1450 <= first <= 1650 and 1.7 <= last / first <= 2.05  # a glide up an octave, fastest at the end
    bang, what = a33.burst(np.random.default_rng(5), random.Random(5))
    assert band_share(cut(bang, 0.0, 0.15), 0, 400) > 0.6  # the burst is a low bang
    for at in what["echoes"]:  # ... heard again off the buildings
        assert level_db(cut(bang, at, at + 0.05)) > level_db(cut(bang, at - 0.06, at - 0.01)) - 3
    a, b, rate = what["crackle"]
    assert 20 <= rate <= 60 and 0.5 <= b - a - 0.0 <= 1.51
    assert band_db(cut(bang, a + 0.1, b), 2000, 8000) > band_db(cut(bang, b + 0.05, b + 0.5), 2000, 8000) + 20
    sound, rockets = a33.display(16.0, np.random.default_rng(6), random.Random(6))
    assert all(0.59 <= n[0] - r[0] <= 2.51 for r, n in zip(rockets, rockets[1:]))
    assert all(0.8 <= burst_at - launch <= 1.8 and (low is None or 1200 <= low <= 2000)
               for launch, burst_at, low in rockets)
    bursts = sorted(b for _, b, _ in rockets)
    alone = [b for a, b in zip([-9.0] + bursts, bursts) if b - a > 1.5]  # not in the last burst's echoes
    assert alone
    for burst_at in alone:  # a burst is a loud low sound over what was there
        assert band_db(cut(sound, burst_at, burst_at + 0.1), 0, 400) > band_db(
            cut(sound, burst_at - 0.12, burst_at - 0.02), 0, 400) + 6


# ------------------------------------------------------------------ the accordion
def test_the_accordion_plays_a_waltz_bass_then_two_chords_its_wet_reeds_beating_and_dips_at_each_bellows_turn():
    out, _, _ = laid_apart(a33.accordion, 2, (7.9, 30.0), seed=42, tunes=2)
    for bars, bpm, cents in re.findall(r"a waltz of (\d+) bars at (\d+) beats a minute, reeds (\d+) cents apart",
                                       out.notes[-1]):
        assert int(bars) >= 2 and 90 <= int(bpm) <= 140 and 10 <= int(cents) <= 20
    note = a33.reed_pair(500.0, 2.0, 15.0)
    beat = 500.0 * (2 ** (15 / 1200) - 1)  # the two reeds' fundamentals beat
    assert abs(envelope_rate(a30._band(note, 470.0, 530.0), 1.0, 15.0) - beat) < 0.8
    assert abs(period_hz(note[:4000], 300, 800) - 500.0) < 5  # both reeds on the note
    assert band_share(note, 2000, 6100) > 0.03  # a free reed is bright
    sound, what = a33.waltz(16.0, random.Random(7))
    beat, root = what["beat"], what["root"]
    assert 60 / 140 <= beat <= 60 / 90 and 10 <= what["cents"] <= 20
    for bar in range(what["bars"] - 1):  # the bass on the first beat, the chords alone on the second and third
        one, two = bar * 3 * beat, bar * 3 * beat + beat
        assert band_db(cut(sound, one + 0.03, one + 0.5 * beat), 0, 0.8 * root) > band_db(
            cut(sound, two + 0.03, two + 0.5 * beat), 0, 0.8 * root) + 15
    scale = {round(a32._degree_hz(2 * root, d), 6) for d in range(14)}
    assert all(round(f, 6) in scale for _, f in what["melody"])
    assert what["turns"]
    for a, b in what["turns"]:  # the bellows turn: the whole dips
        assert 0.049 <= b - a <= 0.091
        assert level_db(cut(sound, a + 0.01, b - 0.01)) < level_db(cut(sound, a - 0.15, a - 0.02)) - 12


# ------------------------------------------------------------------ the cat
def test_a_cat_meows_through_gliding_vowels_after_a_nasal_m_and_purrs_between_with_quiet_elsewhere():
    out, _, _ = laid_apart(a33.cat, 2, (9.9, 30.0), seed=43, spells=2)
    for meows, purrs in re.findall(r"(\d+) meows, (\d+) purrs", out.notes[-1]):
        assert int(meows) >= 2 and int(purrs) < int(meows)
    one = a33.meow(600.0, 1.0)
    assert band_share(cut(one, 0.02, 0.11), 0, 900) > 0.9  # the "m": a murmur on the fundamental
    assert 600 <= period_hz(cut(one, 0.4, 0.6), 400, 1000) <= 800  # voiced, up its arch
    i, a, u = cut(one, 0.13, 0.22), cut(one, 0.44, 0.56), cut(one, 0.8, 0.9)  # each vowel's own stretch
    assert band_share(i, 1900, 2700) > 3 * band_share(u, 1900, 2700)  # /i/'s high F2 ...
    assert band_share(a, 1100, 1500) > 2 * band_share(i, 1100, 1500)  # ... /a/'s ...
    assert band_share(u, 0, 1000) > 0.8 and band_share(u, 0, 1000) > band_share(a, 0, 1000)  # ... /u/'s low ones
    hum = a33.purr(3.0, 26.0, np.random.default_rng(8))
    assert abs(envelope_rate(hum, 15, 40) - 26.0) < 1.5 and band_share(hum, 0, 450) > 0.95
    sound, what = a33.cat_spell(20.0, np.random.default_rng(9), random.Random(9))
    assert all(0.39 <= b - a <= 1.21 and 450 * 0.93 <= p <= 800 * 1.07 for a, b, p in what["meows"])
    assert all(22 <= r <= 30 for _, _, r in what["purrs"])
    purring = {round(a, 6) for a, _, _ in what["purrs"]}
    for (_, b, _), (c, _, _) in zip(what["meows"], what["meows"][1:]):
        if round(b + 0.3, 6) in purring:
            assert level_db(cut(sound, b + 0.5, c - 0.5)) > -80
        else:
            assert np.abs(cut(sound, b + 0.01, c - 0.01)).max() == 0.0  # nothing between meows otherwise


# ------------------------------------------------------------------ the dishwasher
def test_the_dishwasher_washes_with_a_hum_and_a_turning_swish_drains_gurgling_fills_hissing_with_quiet_between():
    out, _, _ = laid_apart(a33.dishwasher, 2, (11.9, 40.0), seed=44, spells=2)
    for count, phases in re.findall(r"(\d+) phases: ([a-z ]+)", out.notes[-1]):
        assert int(count) == len(phases.split()) and set(phases.split()) <= set(a33.PHASES)
    rng, prng = np.random.default_rng(10), random.Random(10)
    wash, turns = a33.phase_sound("wash", 6.0, rng, prng)
    assert 0.5 <= turns <= 1.2 and abs(envelope_rate(a30._band(wash, 300.0, 3000.0), 0.3, 2.0) - turns) < 0.25
    assert abs(peak_hz(a30._band(wash, 30.0, 420.0)) - 50.0) < 2  # the motor's hum
    drain, _ = a33.phase_sound("drain", 6.0, rng, prng)
    assert band_share(drain, 150, 900) > 0.9
    fill, _ = a33.phase_sound("fill", 6.0, rng, prng)
    assert band_share(fill, 900, 4200) > 0.95
    sound, phases = a33.programme(24.0, np.random.default_rng(11), random.Random(11))
    assert len(phases) >= 3 and all(3.0 <= b - a <= 8.0 for a, b, _, _ in phases)
    for (_, b, _, _), (c, _, _, _) in zip(phases, phases[1:]):
        assert 1.0 <= c - b <= 4.0 and np.abs(cut(sound, b + 0.002, c - 0.002)).max() == 0.0  # quiet between
        assert band_share(cut(sound, c, c + 0.003), 500, 3100) > 0.5  # the valve's click

