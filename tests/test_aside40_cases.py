"""The fortieth aside set's generators (benchmarks/aside40_cases.py), and the one table of aside sets
(cases.ASIDE_SETS, moved here from test_aside39_cases.py: the newest set, not looked at yet).

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
from made_up_talks import band_share, cut, envelope_rate, laid_apart, level_db, peak_hz, period_hz

import aside21_cases as a21  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside30_cases as a30  # noqa: E402
import aside40_cases as a40  # noqa: E402
import aside40_languages as a40l  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def silent(x: np.ndarray, a: float, b: float) -> bool:
    """Nothing at all in ``x`` from ``a`` to ``b`` s (1 ms in from either end)."""
    return np.abs(cut(x, a + 0.001, b - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the didgeridoo
def test_a_didgeridoo_drones_at_a_low_voices_pitch_its_vowel_moving_at_a_syllables_pace_with_sniffs_of_breath():
    out, _, _ = laid_apart(a40.didgeridoo, 2, (4.9, 20.1), seed=99, spells=2)
    for count, hz in re.findall(r"(\d+) tunes on (\d+) Hz", out.notes[-1]):
        assert int(count) >= 1 and 60 <= int(hz) <= 100
    tune = a40.drone(80.0, 6.0, 4.0, [(3.0, 3.25)], np.random.default_rng(60))
    body = cut(tune, 0.5, 2.9)
    assert abs(period_hz(body, 50, 200) / 80.0 - 1) < 0.02  # at a low man's speaking pitch
    assert band_share(body, 0, 2600) > 0.99  # the lips' buzz through the tube, under 2.5 kHz
    upper = a30._band(body, 600.0, 2400.0)
    assert abs(envelope_rate(upper, 1.5, 8.0) / 4.0 - 1) < 0.1  # the mouth opening 4 times a second
    lower = a21._low(body, 400.0)
    frames = [level_db(cut(lower, s, s + 0.25)) for s in np.arange(0.0, 2.2, 0.25)]
    assert max(frames) - min(frames) < 1.5  # under the vowel the drone holds its level
    whole = a30._band(tune, 600.0, 2400.0)
    opened = [level_db(cut(whole, s - 0.03, s + 0.03)) for s in (0.875, 1.375, 1.875)]  # open at 1/8 + k/4 s ...
    closed = [level_db(cut(whole, s - 0.03, s + 0.03)) for s in (1.0, 1.5, 2.0)]  # ... closed at k/4 s
    assert min(opened) > max(closed) - 1 and np.mean(opened) > np.mean(closed) + 10  # a vowel opening and closing
    sniff = a30._band(tune, 2700.0, 3900.0)
    assert level_db(cut(sniff, 3.05, 3.2)) > level_db(cut(sniff, 1.0, 2.5)) + 15  # a sniff of breath over the buzz
    drop = level_db(cut(a21._low(tune, 400.0), 3.05, 3.2)) - level_db(cut(a21._low(tune, 400.0), 2.0, 2.9))
    assert -7.5 < drop < -4.5  # the drone 6 dB down while the player breathes in
    sound, what = a40.busking(14.0, np.random.default_rng(61), random.Random(61))
    assert 60.0 <= what["pitch"] <= 100.0 and 2.5 <= what["mouth"] <= 5.0 and len(what["tunes"]) >= 2
    for start, end in what["tunes"]:
        assert 4.0 <= end - start <= 9.0
        assert abs(period_hz(cut(sound, start + 0.3, start + 1.4), 50, 200) / what["pitch"] - 1) < 0.03
        own = [s for s in what["sniffs"] if start < s[0] < end]
        assert all(2.0 <= b[0] - a[1] <= 4.0 for a, b in zip(own, own[1:]))  # a breath every 2-4 s
    for (_, end), (start, _) in zip(what["tunes"], what["tunes"][1:]):  # nothing between tunes
        assert 1.0 <= start - end <= 3.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the dog
def test_a_dog_pants_breaths_of_h_in_and_out_at_a_syllables_pace_in_bouts():
    out, _, _ = laid_apart(a40.panting, 2, (4.9, 20.1), seed=100, spells=2)
    for pants, bouts in re.findall(r"(\d+) pants in (\d+) bouts", out.notes[-1]):
        assert 4 * int(bouts) <= int(pants)
    one = a40.pant(0.3, 6.0, np.random.default_rng(62))
    exhale, inhale = cut(one, 0.0, 0.15), cut(one, 0.15, 0.3)
    assert band_share(exhale, 350, 3300) > 0.95  # a breath out: an /h/'s band
    assert band_share(inhale, 1400, 5400) > 0.95 and band_share(inhale, 0, 1200) < 0.05  # higher, breathing in
    assert abs(level_db(exhale) - level_db(inhale) - 6.0) < 1.5  # and 6 dB softer
    assert level_db(cut(exhale, 0.0, 0.015)) < level_db(cut(exhale, 0.06, 0.09)) - 8  # swelling, no burst
    sound, what = a40.panting_dog(14.0, np.random.default_rng(63), random.Random(63))
    assert 2.5 <= what["pace"] <= 4.5 and 4.0 <= what["inhale_db"] <= 8.0 and len(what["bouts"]) >= 2
    for start, end in what["bouts"]:
        assert 2.0 <= end - start <= 6.0 + 1 / 2.3
        bout = cut(sound, start, end)
        assert abs(envelope_rate(a30._band(bout, 400.0, 3000.0), 1.5, 7.0) / what["pace"] - 1) < 0.1  # at its pace
        assert band_share(bout, 300, 5500) > 0.97
    for a, b in what["pants"]:
        assert 0.95 / what["pace"] - 1e-9 <= b - a <= 1.05 / what["pace"] + 1e-9
    for (_, end), (start, _) in zip(what["bouts"], what["bouts"][1:]):  # nothing between bouts
        assert 1.0 <= start - end <= 3.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the matches
def test_a_match_rasps_then_flares_an_s_that_fades_and_is_blown_out():
    out, _, _ = laid_apart(a40.matches, 2, (4.9, 20.1), seed=101, spells=2)
    for count, strikes in re.findall(r"(\d+) matches, (\d+) strikes", out.notes[-1]):
        assert int(count) <= int(strikes) <= 3 * int(count)
    rasp = a40.strike(0.1, np.random.default_rng(64))
    assert band_share(rasp, 900, 7700) > 0.95  # grit on the box, high and broad
    grains = [level_db(cut(rasp, s, s + 0.002)) for s in np.arange(0.01, 0.09, 0.002)]
    assert max(grains) - min(grains) > 4  # in grains, not a steady hiss
    decay = 0.12
    hiss = a40.flare(decay, np.random.default_rng(65))
    assert band_share(hiss, 2400, 8000) > 0.97  # an /s/'s band
    assert level_db(cut(hiss, 0.0, 0.005)) < level_db(cut(hiss, 0.012, 0.02)) - 6  # flaring ...
    assert level_db(cut(hiss, 0.015, 0.025)) > level_db(cut(hiss, 0.04, 0.06)) - 0.5  # ... full within 15 ms
    fall = level_db(cut(hiss, 0.05, 0.1)) - level_db(cut(hiss, 0.25, 0.3))
    assert abs(fall - 0.2 * 8.686 / decay) < 1.5  # falling by e every 0.12 s: a fading /s/
    blow = a40.puff(0.3, np.random.default_rng(66))
    assert band_share(blow, 80, 1300) > 0.97  # a breath blown, low
    sound, what = a40.striking(14.0, np.random.default_rng(67), random.Random(67))
    assert len(what["matches"]) >= 2 and len(what["flares"]) == len(what["puffs"]) == len(what["matches"])
    for a, b in what["strikes"]:
        assert 0.06 <= b - a <= 0.15 and band_share(cut(sound, a, b), 900, 7700) > 0.9
    for at, decay in what["flares"]:
        assert 0.08 <= decay <= 0.2 and any(abs(b - at) < 1e-9 for _, b in what["strikes"])  # the strike catching
        flared = cut(sound, at + 0.015, at + 0.015 + decay)
        assert band_share(flared, 2400, 8000) > 0.95
        assert level_db(cut(sound, at + 0.015 + 2 * decay, at + 0.015 + 3 * decay)) < level_db(flared) - 10
    for (at, decay), (a, b) in zip(what["flares"], what["puffs"]):
        assert 1.5 <= a - at <= 4.0 and silent(sound, at + 0.03 + 5 * decay, a)  # the candle burns, quietly
        assert band_share(cut(sound, a, b), 80, 1300) > 0.95
    for (_, end), (start, _) in zip(what["matches"], what["matches"][1:]):  # nothing between matches
        assert 2.0 <= start - end <= 5.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the rope
def test_a_skipping_rope_whooshes_down_slaps_and_the_feet_land_at_a_syllables_pace():
    out, _, _ = laid_apart(a40.skipping, 2, (4.9, 24.1), seed=102, spells=2)
    for turns, bouts in re.findall(r"(\d+) turns in (\d+) bouts", out.notes[-1]):
        assert 8 * int(bouts) <= int(turns) <= 24 * int(bouts)
    turn = a40.rope_turn(90.0, np.random.default_rng(68))
    w, land = a40.WHOOSH, a40.WHOOSH + a40.LANDING
    whoosh = a30._band(cut(turn, 0.0, w - 0.001), 400.0, 4000.0)
    assert level_db(cut(whoosh, w - 0.04, w - 0.005)) > level_db(cut(whoosh, 0.01, 0.05)) + 12  # coming down
    slap = cut(turn, w, w + 0.012)
    assert band_share(slap, 450, 8000) > 0.95 and band_share(slap, 4000, 8000) > 0.25  # a crack: broad, to the top
    assert level_db(cut(turn, w, w + 0.004)) > level_db(cut(turn, w + 0.02, w + 0.035)) + 20  # dead in 20 ms
    feet = cut(turn, land, land + 0.1)
    assert abs(peak_hz(feet) - 90.0) < 12 and band_share(feet, 0, 400) > 0.9  # the feet landing, low
    assert level_db(cut(a21._low(turn, 300.0), w, land - 0.002)) < level_db(cut(a21._low(turn, 300.0), land, land
                                                                                 + 0.04)) - 15  # after the slap
    sound, what = a40.rope_skipping(14.0, np.random.default_rng(69), random.Random(69))
    assert 1.6 <= what["pace"] <= 2.4 and 60.0 <= what["thud"] <= 120.0
    high = a30._band(sound, 4500.0, 7800.0)
    for at in what["slaps"]:  # every slap where noted: the highs' loudest instant there
        window = cut(high, at - 0.1, at + 0.1)
        assert abs(np.argmax(np.abs(window)) / RATE - 0.1) < 0.004
    for start, end in what["bouts"]:
        bout = cut(sound, start, end)
        assert abs(envelope_rate(a30._band(bout, 4500.0, 7800.0), 1.0, 4.0) / what["pace"] - 1) < 0.05
    gaps = np.diff(what["slaps"])
    assert np.all((np.abs(gaps - 1 / what["pace"]) < 1e-9) | (gaps > 1.5))  # turns at the pace, bouts apart
    for (_, end), (start, _) in zip(what["bouts"], what["bouts"][1:]):  # catching breath: nothing between bouts
        assert 1.5 <= start - end <= 4.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
def test_one_table_gives_every_aside_set_its_flag_and_every_set_has_been_looked_at():
    import cases
    import run

    sets = cases.ASIDE_SETS
    assert [s.number for s in sets] == list(range(1, len(sets) + 1))
    assert len({s.flag for s in sets}) == len(sets) and sets[0].flag == "--aside" and sets[-1].flag == "--aside40"
    for s in sets:
        assert s.english and all(n.startswith(s.prefix + "_") for n in s.english + s.languages)
        assert run.select_cases(None, False, False, **{s.name: True}) == s.english
        assert cases.all_case_names(**{s.name: True}) == s.english
    assert [s.prefix for s in sets if s.unseen] == []  # sy_* was looked at once (forty-seventh round)
    assert sets[-1].english == a40.names("aside") and sets[-1].languages == a40l.names("aside")
    with pytest.raises(SystemExit, match="one at a time"):
        cases.chosen_aside_set({"aside39": True, "aside40": True})
    with pytest.raises(TypeError):
        cases.all_case_names(aside41=True)
