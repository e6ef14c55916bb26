"""The thirty-seventh aside set's generators (benchmarks/aside37_cases.py).

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

import aside37_cases as a37  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the humming
def test_someone_hums_a_pentatonic_tune_with_the_mouth_closed_and_breathes_between_phrases():
    out, _, _ = laid_apart(a37.humming, 2, (7.9, 24.1), seed=91, spells=2)
    for notes, phrases in re.findall(r"(\d+) notes in (\d+) phrases", out.notes[-1]):
        assert int(notes) >= 4 and int(phrases) >= 1
    sound, what = a37.humming_tune(16.0, np.random.default_rng(41), random.Random(41))
    key = what["key"]
    assert 100.0 <= key <= 200.0
    for start, end, hz in what["notes"]:  # every note on the scale, at its pitch
        assert any(abs(hz / (key * 2 ** (s / 12)) - 1) < 1e-9 for s in a37.PENTATONIC)
        if end - start > 0.3:
            note = cut(sound, start + 0.1, end - 0.1)
            assert abs(period_hz(note, 0.8 * hz, 1.25 * hz) / hz - 1) < 0.03, (start, hz)
    assert band_share(sound, 0, 700) > 0.97  # the mouth closed: a nasal murmur
    assert band_share(sound, 2050, 2550) > 3 * band_share(sound, 1200, 1800)  # ... with its faint resonance
    for (_, end), (start, _) in zip(what["phrases"], what["phrases"][1:]):  # a breath between phrases
        assert 0.6 <= start - end <= 2.5 and np.abs(cut(sound, end + 0.01, start - 0.01)).max() == 0.0
    phrase, spans = a37.hummed_phrase(150.0, 6, np.random.default_rng(42), random.Random(42))
    assert len(spans) == 6 and all(0.2 <= b - a <= 0.9 for a, b, _ in spans)
    assert level_db(cut(phrase, 0.0, 0.01)) < level_db(phrase) - 10  # swelling in, no click


# ------------------------------------------------------------------ the teaspoon
def test_a_teaspoon_clinks_a_china_cup_at_a_stirring_pace_then_taps_the_rim_longer():
    out, _, _ = laid_apart(a37.teaspoon, 2, (7.9, 21.1), seed=92, spells=2)
    for cups, clinks, taps in re.findall(r"(\d+) cups, (\d+) clinks, (\d+) taps", out.notes[-1]):
        assert int(cups) >= 1 and int(clinks) >= 4 and int(taps) >= 2
    rng = np.random.default_rng(43)
    one = a37.clink(1800.0, 0.05, rng)
    assert abs(peak_hz(one) - 1800.0) < 30  # the cup's lowest mode
    assert band_share(one, 4100, 4250) > 0.02 and band_share(one, 1000, 7800) > 0.95  # its partial at 2.32 times
    assert level_db(cut(one, 0.15, 0.25)) < level_db(cut(one, 0.0, 0.02)) - 20  # damped by the tea
    rim = a37.clink(1800.0, 0.16, rng)
    assert level_db(cut(rim, 0.15, 0.25)) > level_db(cut(one, 0.15, 0.25)) + 15  # out of the tea: it rings on
    sound, what = a37.stirring(16.0, np.random.default_rng(44), random.Random(44))
    assert 1300.0 <= what["ring"] <= 2300.0
    for start, end in what["stirs"]:
        clinks = [c for c in what["clinks"] if start <= c <= end]
        assert 1.0 <= end - start <= 4.0 and 3.0 <= (len(clinks) - 1) / (end - start) <= 7.0  # a stirring pace
        taps = [t for t in what["taps"] if end < t < end + 1.2]
        assert 2 <= len(taps) <= 3 and all(0.15 <= b - a <= 0.25 for a, b in zip(taps, taps[1:]))
    for (_, end), (start, _) in zip(what["stirs"], what["stirs"][1:]):  # silence between cups
        last_tap = max(t for t in what["taps"] if t < start)
        assert level_db(cut(sound, last_tap + 0.9, start - 0.01)) < level_db(sound) - 40


# ------------------------------------------------------------------ the toothbrush
def test_an_electric_toothbrush_buzzes_at_an_altos_pitch_sagging_on_each_stroke_and_stops_to_rinse():
    out, _, _ = laid_apart(a37.toothbrush, 2, (7.9, 22.1), seed=93, spells=2)
    for runs, hz in re.findall(r"(\d+) runs at (\d+) Hz", out.notes[-1]):
        assert int(runs) >= 1 and 245 <= int(hz) <= 265
    buzz = a37.brush_drive(np.full(RATE, 250.0))
    assert band_share(buzz, 730, 770) > 10 * band_share(buzz, 480, 520)  # odd partials strong: square-ish
    sound, what = a37.brushing(16.0, np.random.default_rng(45), random.Random(45))
    pitch = what["pitch"]
    assert 245.0 <= pitch <= 265.0 and band_share(sound, 3300, 8000) < 0.001  # through the door
    for start, end in what["runs"]:
        assert 3.0 <= end - start <= 9.0
        run = cut(sound, start + 0.1, end - 0.1)
        second = cut(sound, start + 0.1, start + 1.1)  # the drive, sagging under load
        assert 0.93 * pitch <= period_hz(second, 200.0, 300.0) <= 1.01 * pitch
        assert 1.0 <= envelope_rate(run, 0.8, 3.0) <= 2.7  # each stroke on the teeth
        assert start < 0.05 or level_db(cut(sound, start - 0.05, start - 0.02)) < level_db(run) - 40  # on at once
    for (_, end), (start, _) in zip(what["runs"], what["runs"][1:]):  # off between runs
        assert 1.0 <= start - end <= 3.0 and level_db(cut(sound, end + 0.05, start - 0.05)) < level_db(sound) - 40


# ------------------------------------------------------------------ the sniffles
def test_someone_with_a_cold_sniffs_in_bouts_each_sniff_swelling_then_stopped_dead():
    out, _, _ = laid_apart(a37.sniffles, 2, (7.9, 18.1), seed=94, spells=2)
    for sniffs, bouts in re.findall(r"(\d+) sniffs in (\d+) bouts", out.notes[-1]):
        assert int(sniffs) >= int(bouts) >= 1
    one = a37.sniff(0.3, 1200.0, np.random.default_rng(46))
    assert band_share(one, 350, 5200) > 0.97 and band_share(one, 1000, 1400) > 0.35  # the nose's resonance
    assert level_db(cut(one, 0.0, 0.08)) < level_db(cut(one, 0.2, 0.28)) - 8  # swelling to its end
    assert np.abs(one[-8:]).max() < 0.05  # ... and shut within 10 ms
    sound, what = a37.sniffing(16.0, np.random.default_rng(47), random.Random(47))
    assert 900.0 <= what["resonance"] <= 1600.0
    for start, end in what["bouts"]:
        sniffs = [s for s in what["sniffs"] if start <= s[0] < end]
        assert 1 <= len(sniffs) <= 3 and all(0.12 <= b - a <= 0.35 for a, b in sniffs)
        assert all(0.25 <= s[0] - e <= 0.5 for (_, e), s in zip(sniffs, sniffs[1:]))
    for (_, end), (start, _) in zip(what["bouts"], what["bouts"][1:]):  # nothing between bouts
        assert start - end >= 1.0 and np.abs(cut(sound, end + 0.01, start - 0.01)).max() == 0.0
