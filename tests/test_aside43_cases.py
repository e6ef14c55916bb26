"""The forty-third aside set's generators (benchmarks/aside43_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_share, cut, envelope_rate, first_rise, frames_db,
                           laid_apart, level_db, peak_hz, period_hz, repeated_talk)

import aside4_cases as a4  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside21_cases as a21  # noqa: E402
import aside30_cases as a30  # noqa: E402
import aside43_cases as a43  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
#: The made-up talk laid_apart spoils: its lines' starts and ends (s), said twice over.
STARTS = [s + k * TEN_LINES_TOTAL for k in range(2) for s, _ in TEN_LINES]
ENDS = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]


# ------------------------------------------------------------------ the electric cars
def test_an_electric_cars_warning_tone_is_harmonic_at_a_voices_pitch_rises_with_speed_and_begins_before_a_line():
    out, added, spans = laid_apart(a43.evcar, 2, (3.9, 11.1), seed=111, spells=2)
    for a, b, _ in spans:  # begun 0.2-0.6 s before a line's start (the note rounds to 10 ms), sounding at it
        starts = [s for s in STARTS if 0.185 <= s - a <= 0.615]
        assert starts, a
        assert level_db(cut(added, starts[0] - 0.05, starts[0] + 0.05)) > level_db(cut(added, a, b)) - 10
    assert all(n >= 1 for n in map(int, re.findall(r"(\d+) cars", out.notes[-1])))
    pitch, rise, accel, beat = 130.0, 0.4, 3.0, 3.0
    car = a43.pulling_away(pitch, rise, accel, beat, np.random.default_rng(90))
    at = lambda t: pitch * (1 + rise * t / accel)  # noqa: E731  the pitch as the car gathers speed
    assert abs(period_hz(cut(car, 0.15, 0.35), 80, 300) / at(0.25) - 1) < 0.04  # a voice's pitch ...
    assert abs(period_hz(cut(car, 2.6, 2.9), 80, 300) / at(2.75) - 1) < 0.04  # ... rising with the speed
    assert abs(peak_hz(a30._band(cut(car, 0.9, 1.1), 1.5 * at(1), 2.5 * at(1))) / (2 * at(1)) - 1) < 0.03  # harmonic
    assert band_share(cut(car, 0.2, 2.5), 0, 2600) > 0.97  # a voice's band, no hiss
    beats = envelope_rate(cut(a21._low(car, 1.6 * pitch), 0.2, 2.2), 1.0, 8.0)
    assert abs(beats / beat - 1) < 0.2  # the loudspeaker's two tones beating
    assert level_db(cut(car, 0.15, 0.4)) > level_db(cut(car, 0.6, 0.9)) - 3  # on within 0.15 s
    band = a30._band(car, 1500.0, 2400.0)
    assert level_db(cut(band, accel + 0.4, accel + 0.9)) < level_db(cut(band, accel - 0.8, accel - 0.3)) - 15  # cut
    tyres = a21._low(car, 900.0)  # the tyres roll on and die away after the tone stops
    assert level_db(cut(tyres, accel + 0.1, accel + 0.3)) > level_db(cut(tyres, accel + 1.2, accel + 1.4)) + 6
    sound, what = a43.car_park(8.0, np.random.default_rng(91), random.Random(91))
    assert what["cars"][0][0] == 0.0 and len(what["cars"]) >= 2
    for (_, end, hz, up), (nxt, *_) in zip(what["cars"], what["cars"][1:]):
        assert 100 <= hz <= 170 and 0.25 <= up <= 0.45 and 0.8 <= nxt - end <= 2.0
    for start, end, hz, up in what["cars"]:  # each car's tone where noted, at its pitch
        assert 2.5 <= end - start <= 4.0
        assert abs(period_hz(cut(sound, start + 0.2, start + 0.4), 80, 300) / (hz * (1 + up * 0.3 / (end - start)))
                   - 1) < 0.05


# ------------------------------------------------------------------ the toast
def test_toast_scraped_with_a_knife_is_broadband_and_gritty_begins_just_after_line_ends_with_lows_over_the_floor():
    room = ("pink", 36.0)
    out, added, spans = laid_apart(a43.toast, 2, (4.9, 11.1), seed=112, spells=2, room=room)
    said = re.findall(r"(\d+) dB under; lows (\d+) dB over the room's floor; (\d+) bouts, (\d+) strokes",
                      out.notes[-1])
    assert len(said) == 2
    made, _ = repeated_talk(2)
    floor = 20 * np.log10(a43.floor_under(room, a4.speech_rms(made)))
    highs = a30._band(added, 2000.0, 7500.0)
    lows = a21._low(added, a43.LOWS)
    for (a, b, _), (_, over, bouts, strokes) in zip(spans, said):
        assert any(0.005 <= a - e <= 0.065 for e in ENDS), a  # begun on a line's end
        assert 10 <= int(over) <= 15 and int(strokes) >= 3 * int(bouts) - 2
        for e in [e for e in ENDS if a + 0.7 < e < b - 0.7]:  # a bout 10-60 ms after every end it spans
            assert 0.005 <= first_rise(highs, e, e + 0.3) <= 0.07, e
        scraped = frames_db(cut(highs, a, b)) > frames_db(cut(highs, a, b)).max() - 12  # inside the strokes
        inside = frames_db(cut(lows, a, b))[scraped]
        lows_db = 10 * np.log10(np.mean(10 ** (inside / 10)))
        assert abs(lows_db - floor - int(over)) < 2.5, (lows_db - floor, over)  # the lows 10-15 dB over the floor
    grit = 100.0
    edge, rumble = a43.scrape_stroke(0.4, grit, np.random.default_rng(92))
    assert band_share(edge, 280, 7600) > 0.97 and band_share(edge, 280, 1000) > 0.05  # broadband, lows of the highs
    assert abs(envelope_rate(edge, 40.0, 200.0) / grit - 1) < 0.06  # the blade sticking and slipping
    assert level_db(cut(edge, 0.002, 0.01)) > level_db(edge) - 3  # on at once, as a fricative's onset is not
    assert band_share(rumble, 0, 330) > 0.97 and abs(level_db(rumble)) < 0.1  # the plate's rumble, unit RMS
    ends = [1.0, 3.2, 6.1]
    edge, rumble, what = a43.scraping(8.0, ends, np.random.default_rng(93), random.Random(93))
    assert 60 <= what["grit"] <= 150 and what["bouts"][0] == 0.0
    for e in ends:
        assert any(0.01 <= s - e <= 0.06 for s in what["bouts"]), e
    assert np.diff(what["bouts"]).min() >= 0.6 and np.diff(what["bouts"]).max() <= 2.5
    for s, f in what["strokes"]:
        assert 0.05 <= f - s <= 0.14 and level_db(cut(edge, s + 0.005, f - 0.01)) > level_db(cut(edge, f + 0.011,
                                                                                                 f + 0.05)) + 40
    assert len(what["strokes"]) >= 3 * len(what["bouts"]) - 1


# ------------------------------------------------------------------ the roller shutter
def test_a_roller_shutter_whines_held_while_its_slats_clack_at_a_syllables_pace_between_two_clunks():
    out, _, _ = laid_apart(a43.roller, 2, (4.9, 10.1), seed=113, spells=2)
    for whine, slats in re.findall(r"whine (\d+) Hz, (\d+) slats", out.notes[-1]):
        assert 350 <= int(whine) <= 700 and int(slats) >= 15
    seconds, whine, rate = 6.0, 500.0, 4.5
    sound, clacks = a43.shutter_going_up(seconds, whine, rate, np.random.default_rng(94))
    assert abs(peak_hz(cut(sound, 1.0, 5.0)) / whine - 1) < 0.03  # the gearbox's whine, held
    tone = a30._band(sound, 0.8 * whine, 1.2 * whine)
    assert np.ptp(frames_db(cut(tone, 0.5, 5.5), 0.25)) < 3  # held all the way up
    gaps = np.diff(clacks)
    assert abs(gaps[0] * rate - 1) < 0.05 and abs(gaps[-1] * rate * 1.5 - 1) < 0.06  # a syllable's pace, quickening
    assert np.all(np.diff(gaps) < 0)
    highs = a30._band(sound, 2000.0, 3000.0)
    for c in clacks:  # each slat where noted, struck at once
        assert level_db(cut(highs, c, c + 0.004)) > level_db(cut(highs, c - 0.012, c - 0.002)) + 6, c
    knock = a43._knock(400.0, 3000.0, 0.006, np.random.default_rng(95))
    assert band_share(knock, 350, 3100) > 0.95 and np.argmax(np.abs(knock)) / RATE < 0.003
    low = a21._low(sound, 200.0)
    for t in (0.0, seconds):  # the brake let go and caught: a clunk at either end
        assert level_db(cut(low, t, t + 0.1)) > level_db(cut(low, 1.0, 5.0)) + 10, t
    assert level_db(cut(sound, seconds + 0.3, seconds + 0.45)) < level_db(cut(sound, 1.0, 5.0)) - 20


# ------------------------------------------------------------------ the towels
def test_a_towel_shaken_out_swells_in_a_whoosh_and_snaps_taut_at_once_then_is_folded_quietly():
    out, _, _ = laid_apart(a43.towels, 2, (4.9, 13.1), seed=114, spells=2)
    for folded, snaps in re.findall(r"(\d+) towels, (\d+) snaps", out.notes[-1]):
        assert int(folded) <= int(snaps) <= 2 * int(folded) and int(folded) >= 2
    swing = 0.2
    shake = a43.towel_shake(swing, np.random.default_rng(96))
    whoosh = cut(shake, 0.0, swing)
    assert band_share(whoosh, 70, 1600) > 0.95  # the cloth through the air: low and soft
    assert level_db(cut(whoosh, 0.15, 0.2)) > level_db(cut(whoosh, 0.0, 0.05)) + 6  # swelling into the snap
    assert abs(np.argmax(np.abs(shake)) / RATE - swing) < 0.003  # snapping taut: loudest at once
    crack = a30._band(shake, 2000.0, 7000.0)
    assert level_db(cut(crack, swing, swing + 0.004)) > level_db(cut(crack, swing - 0.05, swing)) + 20  # a crack
    assert level_db(cut(crack, swing, swing + 0.004)) > level_db(cut(crack, swing + 0.06, swing + 0.1)) + 20
    thump = a21._low(shake, 200.0)
    assert level_db(cut(thump, swing, swing + 0.03)) > level_db(cut(thump, swing - 0.05, swing)) + 6  # the air's thump
    sound, what = a43.folding(9.0, np.random.default_rng(97), random.Random(97))
    assert what["shakes"][0][0] == 0.0 and len(what["folds"]) >= 2
    snaps = np.array(what["snaps"])
    for (start, snap) in what["shakes"]:
        assert 0.15 <= snap - start <= 0.3 and np.argmax(np.abs(cut(sound, snap - 0.05, snap + 0.05))) / RATE > 0.045
    for a, b in what["folds"]:  # folding: 1-2 s of rustle, far under the snaps
        assert 1.0 <= b - a <= 2.0 and not np.any((snaps > a) & (snaps < b))
        assert level_db(cut(sound, a + 0.2, b - 0.2)) < level_db(cut(sound, snaps[0] - 0.001, snaps[0] + 0.01)) - 15
    towel_starts = [s for s, _ in what["shakes"] if not any(0.4 <= s - p <= 0.9 for p in snaps)]
    assert all(3.0 <= g <= 5.0 for g in np.diff(towel_starts))

