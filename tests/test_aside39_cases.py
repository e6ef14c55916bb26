"""The thirty-ninth aside set's generators (benchmarks/aside39_cases.py), and the one table of aside sets
(cases.ASIDE_SETS, moved here from test_aside38_cases.py: the newest set, not looked at yet).

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

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside39_cases as a39  # noqa: E402
import aside39_languages as a39l  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def pitch_track(x: np.ndarray, pitch: float) -> np.ndarray:
    """The fundamental's frequency (Hz) period by period: ``x`` narrowed to 0.8-1.25 times ``pitch`` and the time
    between its upward zero crossings, each placed between its two samples."""
    f = a30._band(x, 0.8 * pitch, 1.25 * pitch)
    i = np.nonzero((f[:-1] < 0) & (f[1:] >= 0))[0]
    at = i + f[i] / (f[i] - f[i + 1])
    return RATE / np.diff(at)


# ------------------------------------------------------------------ the cello
def test_a_cello_bows_scales_at_a_voices_pitch_with_vibrato_and_rests_between_phrases():
    out, _, _ = laid_apart(a39.cello, 2, (5.9, 21.1), seed=95, spells=2)
    for count, hz in re.findall(r"(\d+) scales from (\d+) Hz", out.notes[-1]):
        assert int(count) >= 1 and 65 <= int(hz) <= 165
    note = a39.bowed_note(110.0, 2.0, 5.5, 0.01, np.random.default_rng(48))
    assert band_share(note, 0, 2100) > 0.99  # a bowed string through the wall
    assert abs(period_hz(cut(note, 0.2, 1.8), 50, 400) / 110.0 - 1) < 0.02  # at a man's speaking pitch
    track = pitch_track(cut(note, 0.2, 1.9), 110.0)
    swing = track - track.mean()
    rates = np.fft.rfftfreq(len(swing), 1 / 110.0)
    assert abs(rates[np.argmax(np.abs(np.fft.rfft(swing * np.hanning(len(swing)))))] / 5.5 - 1) < 0.1  # vibrato
    assert 0.006 < swing.std() * np.sqrt(2) / track.mean() < 0.014  # 1 % either way
    assert band_share(cut(note, 0.0, 0.01), 300, 2000) > 0.7  # the bow's scratch before the string speaks
    assert level_db(cut(note, 0.0, 0.03)) < level_db(cut(note, 0.5, 1.5)) - 3  # the bow biting
    sound, what = a39.practising(16.0, np.random.default_rng(49), random.Random(49))
    key = what["key"]
    assert 65.0 <= key <= 165.0 and len(what["phrases"]) >= 2
    for start, end in what["phrases"]:
        notes = [n for n in what["notes"] if start <= n[0] < end]
        assert len(notes) == len(a39.SCALE) and 0.35 <= (end - start) / len(notes) <= 0.8
        for (a, b, _), step in zip(notes, a39.SCALE):  # each note heard at its step of the scale
            assert abs(period_hz(cut(sound, a + 0.08, b - 0.05), 55, 400) / (key * 2 ** (step / 12)) - 1) < 0.03
    for (_, end), (start, _) in zip(what["phrases"], what["phrases"][1:]):  # nothing between phrases
        assert 1.0 <= start - end <= 3.0 and np.abs(cut(sound, end + 0.001, start - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the spray can
def test_a_spray_can_is_shaken_rattling_then_sprays_an_s_that_starts_and_stops_dead():
    out, _, _ = laid_apart(a39.aerosol, 2, (5.9, 20.1), seed=96, spells=2)
    for cans, bursts in re.findall(r"(\d+) cans shaken, (\d+) bursts", out.notes[-1]):
        assert 1 <= int(cans) <= int(bursts) <= 3 * int(cans)
    burst = a39.spray(1.0, np.random.default_rng(50))
    assert band_share(burst, 3400, 8000) > 0.97  # an /s/'s band
    assert level_db(cut(burst, 0.008, 0.016)) > level_db(cut(burst, 0.05, 0.15)) - 2  # full within 8 ms
    assert abs(level_db(cut(burst, 0.85, 0.95)) - level_db(cut(burst, 0.05, 0.15)) + 1.8) < 1.0  # held, cooling
    rattle, strikes = a39.can_shaken(1.5, 8.0, 3000.0, np.random.default_rng(51))
    assert abs(peak_hz(rattle) - 3000.0) < 100  # the ball on the can's wall
    assert abs(envelope_rate(rattle, 4.0, 14.0) / 8.0 - 1) < 0.1 and 10 <= len(strikes) <= 14  # at the shaking's pace
    sound, what = a39.spraying(16.0, np.random.default_rng(52), random.Random(52))
    assert 2500.0 <= what["ring"] <= 4500.0 and len(what["uses"]) >= 2
    for start, end, _ in what["shakes"]:
        assert 0.8 <= end - start <= 2.0 and abs(peak_hz(cut(sound, start, end)) - what["ring"]) < 100
    for a, b in what["bursts"]:
        assert 0.4 <= b - a <= 2.0 and band_share(cut(sound, a, b), 3400, 8000) > 0.97
        assert np.abs(cut(sound, b + 0.001, b + 0.29)).max() == 0.0  # stopped dead
    for (_, end), (start, _) in zip(what["uses"], what["uses"][1:]):  # nothing between uses
        assert 2.0 <= start - end <= 6.0 and np.abs(cut(sound, end + 0.001, start - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the wipers
def test_wipers_swish_out_and_back_over_the_motor_and_thunk_at_each_turn():
    out, _, _ = laid_apart(a39.wipers, 2, (5.9, 15.1), seed=97, spells=2)
    for count, setting in re.findall(r"(\d+) wipes, (back to back|intermittent)", out.notes[-1]):
        assert int(count) >= (4 if setting == "back to back" else 1)
    sweep = a39.wiper_sweep(0.55, 90.0, np.random.default_rng(53))
    swish = a30._band(sweep, 600.0, 3000.0)
    assert level_db(cut(swish, 0.22, 0.33)) > level_db(cut(swish, 0.0, 0.03)) + 10  # swelling with the blade's speed
    assert level_db(cut(swish, 0.22, 0.33)) > level_db(cut(swish, 0.52, 0.55)) + 10  # ... slowing to its turn
    assert band_share(cut(sweep, 0.2, 0.35), 250, 3200) > 0.8  # the rubber's swish on wet glass
    assert abs(period_hz(a30._band(cut(sweep, 0.1, 0.45), 40.0, 650.0), 50, 150) / 90.0 - 1) < 0.03  # the motor
    thunk = a39._knock(120.0, 0.035)
    assert abs(peak_hz(thunk) - 120.0) < 10 and level_db(cut(thunk, 0.1, 0.15)) < level_db(cut(thunk, 0, 0.05)) - 20
    for seed in (54, 58):  # one spell back to back, one on the intermittent setting
        sound, what = a39.wiping(10.0, np.random.default_rng(seed), random.Random(seed))
        assert 70.0 <= what["motor"] <= 110.0 and 80.0 <= what["thud"] <= 160.0
        high = a30._band(sound, 600.0, 3000.0)
        for start, turn, end in what["wipes"]:
            leg = turn - start
            assert 0.45 <= leg <= 0.65 and abs(end - turn - leg) < 1e-9 and {turn, end} <= set(what["thunks"])
            for a in (start, turn):  # each leg loudest at its middle
                assert level_db(cut(high, a + 0.4 * leg, a + 0.6 * leg)) > level_db(cut(high, a, a + 0.03)) + 8
        for (_, _, end), (start, _, _) in zip(what["wipes"], what["wipes"][1:]):
            assert 0.1 <= start - end <= 0.2 or 2.0 <= start - end <= 5.0
            if start - end > 1.0:  # at rest: nothing once the thunk has died
                assert np.abs(cut(sound, end + 0.25, start - 0.001)).max() == 0.0
    rests = [a39.wiping(10.0, np.random.default_rng(s), random.Random(s))[1]["rest"] for s in (54, 58)]
    assert min(rests) < 0.2 and max(rests) > 2.0


# ------------------------------------------------------------------ the pump
def test_a_pump_pushes_a_swelling_hiss_into_a_thud_at_a_syllables_pace_louder_as_the_tyre_fills():
    out, _, _ = laid_apart(a39.tyre_pump, 2, (5.9, 21.1), seed=98, spells=2)
    for strokes, bouts in re.findall(r"(\d+) strokes in (\d+) bouts", out.notes[-1]):
        assert 6 * int(bouts) <= int(strokes) <= 12 * int(bouts)
    stroke = a39.pump_stroke(0.35, 0.4, 150.0, np.random.default_rng(55))
    push = cut(stroke, 0.0, 0.345)
    assert band_share(push, 1400, 6600) > 0.95  # air forced through the valve: a fricative's band
    assert level_db(cut(push, 0.0, 0.05)) < level_db(cut(push, 0.29, 0.34)) - 8  # swelling to the bottom
    thud = cut(stroke, 0.35, 0.45)
    assert abs(peak_hz(thud) - 150.0) < 15 and band_share(thud, 0, 500) > 0.9  # the handle on the barrel
    pull = cut(stroke, 0.55, 0.7)
    assert band_share(pull, 400, 3100) > 0.9  # air drawn past the cup ...
    assert abs(level_db(pull) - level_db(cut(push, 0.29, 0.34)) + 15) < 4  # ... 15 dB under the push
    sound, what = a39.pumping(16.0, np.random.default_rng(56), random.Random(56))
    assert 100.0 <= what["thud"] <= 200.0 and len(what["bouts"]) >= 2
    high = a30._band(sound, 1400.0, 6600.0)
    for start, end in what["bouts"]:
        pushes = [p for p in what["pushes"] if start <= p[0] < end]
        pace = len(pushes) / (end - start)
        assert 6 <= len(pushes) <= 12 and 1.0 <= pace <= 1.6
        assert abs(envelope_rate(cut(sound, start, end), 0.7, 2.2) / pace - 1) < 0.1  # heard at that pace
        (a0, b0), (a1, b1) = pushes[0], pushes[-1]
        filled = level_db(cut(high, b1 - 0.05, b1 - 0.005)) - level_db(cut(high, b0 - 0.05, b0 - 0.005))
        assert abs(filled - what["rise"]) < 2.0  # louder as the tyre fills
    for (_, end), (start, _) in zip(what["bouts"], what["bouts"][1:]):  # nothing between bouts
        assert 1.0 <= start - end <= 4.0 and np.abs(cut(sound, end + 0.001, start - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
def test_one_table_gives_every_aside_set_its_flag_and_every_set_has_been_looked_at():
    import cases
    import run

    sets = cases.ASIDE_SETS
    assert [s.number for s in sets] == list(range(1, len(sets) + 1))
    assert len({s.flag for s in sets}) == len(sets) and sets[0].flag == "--aside" and sets[-1].flag == "--aside39"
    for s in sets:
        assert s.english and all(n.startswith(s.prefix + "_") for n in s.english + s.languages)
        assert run.select_cases(None, False, False, **{s.name: True}) == s.english
        assert cases.all_case_names(**{s.name: True}) == s.english
    assert [s.prefix for s in sets if s.unseen] == []  # ry_* was looked at once (forty-sixth round)
    assert sets[-1].english == a39.names("aside") and sets[-1].languages == a39l.names("aside")
    with pytest.raises(SystemExit, match="one at a time"):
        cases.chosen_aside_set({"aside38": True, "aside39": True})
    with pytest.raises(TypeError):
        cases.all_case_names(aside40=True)
