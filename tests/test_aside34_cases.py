"""The thirty-fourth aside set's generators (benchmarks/aside34_cases.py).

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
import aside32_cases as a32  # noqa: E402
import aside34_cases as a34  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the cows
def test_a_cow_moos_in_a_mans_pitch_range_a_nasal_murmur_then_an_opening_mouth_and_quiet_between_moos():
    out, _, _ = laid_apart(a34.cows, 2, (7.9, 30.0), seed=51, spells=2)
    for moos, herd in re.findall(r"(\d+) moos from (\d+) cows", out.notes[-1]):
        assert int(moos) >= 2 and 1 <= int(herd) <= 3
    one = a34.moo(110.0, 2.0)
    assert 105 <= period_hz(cut(one, 0.1, 0.4), 80, 200) <= 125  # voiced on its pitch, where a man's voice is
    assert 150 <= period_hz(cut(one, 0.9, 1.1), 80, 250) <= 170  # ... up a fifth by the middle
    assert band_share(cut(one, 0.1, 0.45), 0, 260) > 0.9  # the closed mouth's murmur on the fundamental
    u, o = cut(one, 0.52, 0.6), cut(one, 1.3, 1.5)  # the mouth opening: /u/ then /o/
    assert band_share(o, 450, 700) > 2 * band_share(u, 450, 700)
    assert band_share(u, 0, 1100) > 0.9 and band_share(o, 0, 1100) > 0.9  # low all through: a man's formant band
    sound, what = a34.herd(20.0, random.Random(12))
    assert all(85 * 0.95 <= p <= 150 * 1.05 and 1.0 <= b - a <= 3.0 for a, b, p, _ in what["moos"])
    assert {c for *_, c in what["moos"]} <= set(range(len(what["cows"])))
    for (_, b, _, _), (c, _, _, _) in zip(what["moos"], what["moos"][1:]):
        assert 1.0 <= c - b <= 5.0 and np.abs(cut(sound, b + 0.002, c - 0.002)).max() == 0.0  # quiet between


# ------------------------------------------------------------------ the motorbike
def test_a_motorbike_climbs_through_its_gears_drops_at_each_change_and_falls_in_pitch_as_it_passes():
    out, _, _ = laid_apart(a34.motorbike, 2, (7.9, 16.1), seed=52, rides=2)
    for gears, doppler in re.findall(r"(\d) gears, passing at [\d.]+ s of the ride, Doppler (\d+) %", out.notes[-1]):
        assert 3 <= int(gears) <= 5 and 8 <= int(doppler) <= 12
    sound, what = a34.ride_past(12.0, np.random.default_rng(13), random.Random(13))
    gears, passing, fall = what["gears"], what["passing"], what["fall"]
    assert 3 <= len(gears) <= 5 and len(what["gaps"]) == len(gears) - 1

    def rate_at(t: float) -> float:  # the firing rate heard (the fundamental) near t
        return period_hz(cut(sound, t - 0.06, t + 0.06), 20, 130)

    for a, b, low, high in gears:  # each gear climbs, on the rate it says (Doppler within its 4-6 %) ...
        assert 30 * 0.6 <= low < high and 70 <= high <= 95
        early, late = a + 0.15 * (b - a), b - 0.2 * (b - a)
        assert rate_at(late) > 1.1 * rate_at(early)
        middle = low + (high - low) * 0.5 ** 0.7
        assert abs(rate_at((a + b) / 2) / middle - 1) < 0.1
    for (_, b, _, high), (_, _, low, _) in zip(gears, gears[1:]):  # ... and the next starts 30-40 % lower
        assert 0.6 <= low / high <= 0.7 and rate_at(b + 0.08) < 0.8 * rate_at(b - 0.15)
    for a, b in what["gaps"]:  # the clutch: the sound falls away
        assert level_db(cut(sound, a + 0.015, b - 0.015)) < level_db(cut(sound, a - 0.2, a - 0.05)) - 12
    assert level_db(cut(sound, passing - 0.5, passing + 0.5)) > level_db(cut(sound, 0.2, 1.0)) + 6  # it comes near
    steady = a34.engine_note(np.full(RATE, 60.0), np.random.default_rng(1))
    assert abs(period_hz(steady, 20, 130) - 60.0) < 2  # a tone on the firing rate ...
    assert abs(envelope_rate(a30._band(steady, 1000.0, 4000.0), 30, 100) - 60.0) < 2  # ... the exhaust pulsed on it
    assert 0.08 <= fall <= 0.12


# ------------------------------------------------------------------ the saw
def test_a_handsaw_rasps_in_the_sibilants_band_stroke_by_stroke_its_teeth_rattling_with_rests_and_a_piece_falling():
    out, _, _ = laid_apart(a34.saw, 2, (6.9, 30.0), seed=53, spells=2)
    for strokes, teeth in re.findall(r"(\d+) strokes, teeth (\d+) a second", out.notes[-1]):
        assert int(strokes) >= 4 and 90 <= int(teeth) <= 220
    stroke = a34.saw_stroke(0.5, 150.0, np.random.default_rng(14))
    assert band_share(stroke, 1400, 8000) > 0.95  # an /s/'s band
    assert abs(envelope_rate(a30._band(stroke, 1500.0, 8000.0), 60, 300) - 150.0) < 6  # the teeth
    assert level_db(cut(stroke, 0.2, 0.3)) > level_db(cut(stroke, 0.0, 0.04)) + 6  # shaped like a stroke
    sound, what = a34.sawing(16.0, np.random.default_rng(15), random.Random(15))
    strokes = what["strokes"]
    assert all(0.35 <= b - a <= 0.7 for a, b, _ in strokes) and 90 <= what["teeth"] <= 220
    pushes = [level_db(cut(sound, a + 0.1, b - 0.1)) for a, b, p in strokes if p]
    pulls = [level_db(cut(sound, a + 0.1, b - 0.1)) for a, b, p in strokes if not p]
    assert np.median(pushes) > np.median(pulls) + 4  # the push bites, the pull rides back
    assert what["rests"]
    for a, b in what["rests"]:  # nothing while the saw is set in the kerf again
        assert 0.8 <= b - a <= 2.5 and np.abs(cut(sound, a + 0.002, b - 0.002)).max() == 0.0
    f = what["fall"]
    assert band_share(cut(sound, f, f + 0.04), 0, 900) > 0.8  # the cut piece falls: a low knock


# ------------------------------------------------------------------ the piano
def test_a_piano_practised_next_door_strikes_stretched_decaying_notes_on_its_scale_and_stops_between_phrases():
    out, _, _ = laid_apart(a34.piano, 2, (7.9, 40.0), seed=54, spells=2)
    for notes, phrases in re.findall(r"(\d+) notes in (\d+) phrases", out.notes[-1]):
        assert int(notes) >= 6 and int(phrases) >= 1
    note = a34.piano_note(200.0, 1.5, 5e-4)
    assert abs(period_hz(cut(note, 0.0, 0.2), 100, 400) - 200.0) < 4  # on its pitch
    head = cut(note, 0.0, 0.5)
    spectrum, f = np.abs(np.fft.rfft(head * np.hanning(len(head)))), np.fft.rfftfreq(len(head), 1 / RATE)
    near = (f > 1950) & (f < 2150)
    tenth = f[near][np.argmax(spectrum[near])]  # the tenth partial, stretched by the string's stiffness
    assert abs(tenth - 10 * 200.0 * np.sqrt(1 + 5e-4 * 100)) < 5 and tenth > 2030
    assert level_db(cut(note, 1.0, 1.2)) < level_db(cut(note, 0.0, 0.2)) - 6  # dying
    assert band_share(cut(note, 1.0, 1.5), 0, 500) > band_share(cut(note, 0.0, 0.3), 0, 500)  # the highs first
    sound, what = a34.practice(20.0, random.Random(16))
    scale = {round(a32._degree_hz(what["root"], d), 6) for d in range(16)}
    assert all(round(f, 6) in scale for _, f in what["notes"]) and 130 <= what["root"] <= 262
    assert band_share(sound, 2600, 8000) < 0.001  # through the wall
    for (_, end), (start, _) in zip(what["phrases"], what["phrases"][1:]):  # silence before it starts again
        assert 0.8 <= start - end <= 2.5 and level_db(cut(sound, end + 0.1, start - 0.1)) < level_db(sound) - 40

