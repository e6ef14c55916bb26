"""The thirty-sixth aside set's generators (benchmarks/aside36_cases.py).

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

import aside36_cases as a36  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the keypad
def test_a_caller_keys_runs_of_touch_tones_each_its_keys_two_tones_heard_over_the_line():
    out, _, _ = laid_apart(a36.keypad, 2, (7.9, 17.1), seed=81, spells=2)
    for keys, runs in re.findall(r"(\d+) keys in (\d+) runs", out.notes[-1]):
        assert int(keys) >= 4 and int(runs) >= 1
    five = a36.dtmf_tone("5", 0.2)  # 770 Hz and 1336 Hz at once, and nothing else
    assert band_share(five, 740, 800) > 0.25 and band_share(five, 1300, 1370) > 0.4
    assert band_share(five, 690, 1700) > 0.98 and abs(peak_hz(five) - 1336.0) < 10
    sound, what = a36.dialling(16.0, np.random.default_rng(31), random.Random(31))
    assert band_share(sound, 250, 3500) > 0.98  # over the line
    for start, end, key in what["keys"]:
        assert 0.07 <= end - start <= 0.25
        tone = cut(sound, start + 0.01, end - 0.01)
        assert abs(peak_hz(tone) - a36.DTMF_KEYS[key][1]) < 15, key  # the high tone, 2 dB over the low
        assert band_share(tone, a36.DTMF_KEYS[key][0] - 30, a36.DTMF_KEYS[key][0] + 30) > 0.2, key
    for (_, end, _), (start, _, _) in zip(what["keys"], what["keys"][1:]):  # a hard edge: the line's hiss between
        assert level_db(cut(sound, end + 0.02, start - 0.02)) < level_db(sound) - 20
    for first, end in what["runs"]:
        keys = [k for k in what["keys"] if first <= k[0] <= end]
        assert 4 <= len(keys) <= 11


# ------------------------------------------------------------------ the choir
def test_a_choir_rehearsing_next_door_holds_four_part_chords_on_sung_vowels_and_stops_between_phrases():
    out, _, _ = laid_apart(a36.choir, 2, (9.9, 26.1), seed=82, spells=2)
    for chords, phrases in re.findall(r"(\d+) chords in (\d+) phrases", out.notes[-1]):
        assert int(chords) >= 3 and int(phrases) >= 1
    rng = np.random.default_rng(32)
    ah, ee, oo = (a36.sung_chord(110.0, v, 1.5, rng) for v in ("ah", "ee", "oo"))
    middle = cut(ah, 0.4, 0.9)  # the parts on root, fifth, tenth and double octave: one period of half the root
    assert abs(period_hz(middle, 45.0, 70.0) / 55.0 - 1) < 0.04
    for part in a36.CHORD_PARTS:  # every part sounding
        assert band_share(middle, 110.0 * part * 0.97, 110.0 * part * 1.03) > 0.01, part
    assert band_share(ee, 1900, 2500) > 3 * band_share(oo, 1900, 2500)  # the vowels' formants
    assert band_share(ah, 600, 1300) > band_share(ee, 600, 1300)
    assert level_db(cut(ah, 0.0, 0.02)) < level_db(middle) - 10  # speaking over 80 ms
    sound, what = a36.rehearsing(16.0, np.random.default_rng(33), random.Random(33))
    key = what["key"]
    assert 98.0 <= key <= 131.0 and band_share(sound, 2700, 8000) < 0.001  # through the wall
    assert all(0.6 <= b - a <= 2.5 and any(abs(r - key * d) < 1e-9 for d in (1.0, 4 / 3, 1.5))
               for a, b, r in what["chords"])
    for (_, end, _), (start, _, _) in zip(what["phrases"], what["phrases"][1:]):  # the conductor stops them
        assert 1.0 <= start - end <= 3.0 and level_db(cut(sound, end + 0.1, start - 0.1)) < level_db(sound) - 40


# ------------------------------------------------------------------ the woodpecker
def test_a_woodpecker_drums_rolls_of_ringing_knocks_at_a_creaks_rate_with_silence_between():
    out, _, _ = laid_apart(a36.woodpecker, 2, (7.9, 18.1), seed=83, spells=2)
    for rolls, knocks in re.findall(r"(\d+) rolls of (\d+) knocks", out.notes[-1]):
        assert int(rolls) >= 1 and int(knocks) >= 12
    knock = a36.woodpecker_knock(np.random.default_rng(34), 1200.0)
    assert abs(peak_hz(knock) - 1200.0) < 50  # the trunk's ring
    assert level_db(cut(knock, 0.015, 0.025)) < level_db(cut(knock, 0.0, 0.005)) - 20  # dead in 15 ms
    sound, what = a36.drumming(16.0, np.random.default_rng(35), random.Random(35))
    assert 800.0 <= what["ring"] <= 1600.0
    for start, end, rate in what["rolls"]:
        assert 14.0 <= rate <= 25.0
        knocks = [k for k in what["knocks"] if start <= k <= end]
        assert 12 <= len(knocks) <= 40
        steps = np.diff(knocks)
        assert steps[-1] < steps[0] and abs(1.0 / steps[0] - rate) < 1e-6  # a little faster by the end
        roll = cut(sound, start, end)
        assert abs(envelope_rate(roll, 10.0, 30.0) - len(knocks) / (end - start)) < 3.0
    for (_, end, _), (start, _, _) in zip(what["rolls"], what["rolls"][1:]):  # nothing between rolls
        assert 2.4 <= start - end <= 7.0 and np.abs(cut(sound, end + 0.01, start - 0.01)).max() == 0.0


# ------------------------------------------------------------------ the crisps
def test_someone_eating_crisps_bites_brightly_then_chews_quieter_and_duller_at_a_syllables_pace():
    out, _, _ = laid_apart(a36.crisps, 2, (7.9, 19.1), seed=84, spells=2)
    for crisps, chews in re.findall(r"(\d+) crisps, (\d+) chews", out.notes[-1]):
        assert int(crisps) >= 1 and int(chews) >= 5
    rng = np.random.default_rng(36)
    bite = a36.crunch(0.1, 1000.0, 7500.0, rng)
    assert band_share(bite, 900, 7800) > 0.9 and band_share(bite, 4000, 7800) > 0.3  # bright, like an /s/
    assert level_db(cut(bite, 0.07, 0.1)) < level_db(cut(bite, 0.0, 0.03)) - 6  # dying as it breaks
    sound, what = a36.eating(16.0, np.random.default_rng(37), random.Random(37))
    for (b0, b1), (n0, _) in zip(what["bites"], what["bites"][1:]):
        chews = [c for c in what["chews"] if b1 < c[0] < n0]
        assert 5 <= len(chews) <= 12
        paces = np.diff([c[0] for c in chews])
        assert all(0.49 <= p <= 0.77 for p in paces)  # 1.3-2 chews a second
        first, last = cut(sound, *chews[0]), cut(sound, *chews[-1])
        assert level_db(last) < level_db(first) - 3 < level_db(cut(sound, b0, b1)) - 3  # quieter with each chew
        assert band_share(last, 2500, 8000) < band_share(cut(sound, b0, b1), 2500, 8000)  # ... and duller
        assert np.abs(cut(sound, chews[-1][1] + 0.01, n0 - 0.01)).max() == 0.0  # nothing between crisps

