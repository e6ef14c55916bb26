"""The thirty-fifth aside set's generators (benchmarks/aside35_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_share, cut, envelope_rate, laid_apart, level_db, period_hz

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside35_cases as a35  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the drums
def test_a_drummer_rehearses_a_groove_on_the_beat_a_low_kick_a_cracking_snare_ticking_hats_and_a_ringing_crash():
    out, _, _ = laid_apart(a35.drums, 2, (7.9, 40.0), seed=71, spells=2)
    for runs, tempo in re.findall(r"(\d+) runs at (\d+) beats a minute", out.notes[-1]):
        assert int(runs) >= 1 and 90 <= int(tempo) <= 140
    rng = np.random.default_rng(21)
    kick, snare, hat, crash = (a35.drum_hit(p, rng) for p in ("kick", "snare", "hat", "crash"))
    assert band_share(kick, 0, 150) > 0.9 and abs(period_hz(cut(kick, 0.15, 0.35), 30, 100) - 50.0) < 4  # a thump
    assert band_share(snare, 1000, 7100) > 0.3 and band_share(snare, 150, 260) > 0.05  # the crack over its shell
    assert band_share(hat, 4900, 8000) > 0.9  # a tick in the sibilants' band
    assert level_db(cut(hat, 0.08, 0.1)) < level_db(cut(hat, 0.0, 0.02)) - 25  # ... gone in 0.1 s
    assert band_share(crash, 2900, 8000) > 0.9  # the crash's wash in the highs, still ringing after 0.5 s
    assert level_db(cut(crash, 0.5, 0.7)) > level_db(cut(crash, 0.0, 0.1)) - 20
    tom = a35.drum_hit("tom", rng, 150.0)
    assert abs(period_hz(cut(tom, 0.05, 0.25), 100, 200) - 150.0 * 0.97) < 6  # on its pitch, sinking
    sound, what = a35.rehearsal(16.0, np.random.default_rng(22), random.Random(22))
    beat = 60.0 / what["tempo"]
    assert 90 <= what["tempo"] <= 140 and what["runs"]
    for first, end in what["runs"]:  # every stroke on a sixteenth of the run's beat
        steps = [(at - first) / (beat / 4) for at, _ in what["hits"] if first <= at <= end]
        assert steps and all(abs(s - round(s)) < 1e-6 for s in steps)
        bar = cut(sound, first + 0.01, first + 4 * beat - 0.01)  # the first bar: hats on every eighth
        assert abs(envelope_rate(a30._band(bar, 5000.0, 7900.0), 1.5 * 2 / beat / 2, 2.5 * 2 / beat / 2) - 2 / beat) < 0.5
    for a, b in what["stops"]:
        assert 1.0 <= b - a <= 3.0


# ------------------------------------------------------------------ the skateboard
def test_a_skateboard_roars_past_clacking_over_the_joints_in_pairs_and_falls_silent_in_the_air_before_landing():
    out, _, _ = laid_apart(a35.skateboard, 2, (5.9, 12.1), seed=72, rides=2)
    for joints, pop in re.findall(r"(\d+) joints, an ollie at ([\d.]+) s of the ride", out.notes[-1]):
        assert int(joints) >= 5
    sound, what = a35.roll_past(10.0, np.random.default_rng(23), random.Random(23))
    passing, pop, land = what["passing"], what["pop"], what["land"]
    assert 0.3 <= land - pop <= 0.5
    assert np.abs(cut(sound, pop + 0.05, land - 0.002)).max() == 0.0  # in the air: no roar, no clack
    assert level_db(cut(sound, land, land + 0.06)) > level_db(cut(sound, pop - 0.25, pop - 0.05)) + 6  # the landing
    assert level_db(cut(sound, passing - 0.5, passing + 0.5)) > level_db(cut(sound, 0.35, 1.0)) + 6  # it comes near
    rolling = [(f, b) for f, b in what["joints"] if abs(f - passing) < 2.0 and not pop - 0.3 < f < land + 0.3]
    assert rolling
    for front, back in rolling:  # the front wheels, then the back ones
        assert 0.08 <= back - front <= 0.14
        for w in (front, back):
            assert level_db(cut(sound, w, w + 0.01)) > level_db(cut(sound, w - 0.05, w - 0.02)) + 3
    between = [b2 - b1 for (b1, _), (b2, _) in zip(what["joints"], what["joints"][1:])]
    assert min(between) >= 0.27 and np.median(between) <= 0.66
    roar = cut(sound, passing - 0.5, passing + 0.5)
    assert band_share(roar, 80, 2600) > 0.8  # the wheels' roar, low


# ------------------------------------------------------------------ the trumpet
def test_a_trumpet_practised_upstairs_plays_tongued_swelling_notes_on_its_open_series_brightening_as_they_grow():
    out, _, _ = laid_apart(a35.trumpet, 2, (7.9, 40.0), seed=73, spells=2)
    for notes, phrases in re.findall(r"(\d+) notes in (\d+) phrases", out.notes[-1]):
        assert int(notes) >= 2 and int(phrases) >= 1
    note = a35.trumpet_note(a35.TRUMPET_PEDAL * 2, 1.5, np.random.default_rng(24))
    assert abs(period_hz(cut(note, 0.4, 0.6), 150, 400) / (a35.TRUMPET_PEDAL * 2) - 1) < 0.02  # on its note
    assert band_share(cut(note, 1.0, 1.2), 1000, 8000) > 2 * band_share(cut(note, 0.1, 0.3), 1000, 8000)  # brighter
    assert level_db(cut(note, 1.0, 1.2)) > level_db(cut(note, 0.1, 0.3)) + 4  # swelling
    assert band_share(cut(note, 0.0, 0.008), 900, 4100) > 0.5  # the tongue's puff of breath
    sound, what = a35.practising(16.0, np.random.default_rng(25), random.Random(25))
    series = {round(a35.TRUMPET_PEDAL * k, 6) for k in range(2, 9)}
    assert all(round(p, 6) in series and 0.5 <= b - a <= 2.0 for a, b, p in what["notes"])
    assert band_share(sound, 3300, 8000) < 0.001  # through the ceiling
    for (_, end), (start, _) in zip(what["phrases"], what["phrases"][1:]):  # a breath between phrases
        assert 0.6 <= start - end <= 2.0 and level_db(cut(sound, end + 0.1, start - 0.1)) < level_db(sound) - 40


# ------------------------------------------------------------------ the tumble dryer
def test_a_tumble_dryer_thuds_on_each_turn_under_its_hum_a_zip_clinks_and_it_stops_to_turn_back():
    out, _, _ = laid_apart(a35.dryer, 2, (11.9, 40.0), seed=74, spells=2)
    for thuds, turn in re.findall(r"(\d+) thuds, a turn every ([\d.]+) s", out.notes[-1]):
        assert int(thuds) >= 8 and 0.9 <= float(turn) <= 1.4
    sound, what = a35.tumbling(24.0, np.random.default_rng(26), random.Random(26))
    assert 0.9 <= what["turn"] <= 1.4 and what["clinks"] and what["stops"]
    for at in what["thuds"]:  # the clothes falling: low
        assert band_share(cut(sound, at, at + 0.1), 0, 450) > 0.9
    for at in what["clinks"]:  # a zip on the drum: a high ring
        assert band_share(cut(sound, at, at + 0.02), 1900, 5100) > 0.5
    hum = cut(sound, what["thuds"][0] + 0.2, what["thuds"][0] + 0.3)
    assert abs(period_hz(hum, 30, 120) - 50.0) < 2  # the motor on the mains
    for a, b in what["stops"]:  # the drum stops, hum and all, to turn the other way
        assert 1.5 <= b - a <= 3.0 and level_db(cut(sound, a + 0.3, b - 0.3)) < level_db(sound) - 30

