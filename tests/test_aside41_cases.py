"""The forty-first aside set's generators (benchmarks/aside41_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_share, cut, envelope_rate, laid_apart, level_db, peak_hz,
                            period_hz)

import aside21_cases as a21  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside30_cases as a30  # noqa: E402
import aside41_cases as a41  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def silent(x: np.ndarray, a: float, b: float) -> bool:
    """Nothing at all in ``x`` from ``a`` to ``b`` s (1 ms in from either end)."""
    return np.abs(cut(x, a + 0.001, b - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the hurdy-gurdy
def test_a_hurdy_gurdy_bows_a_drone_at_a_mans_pitch_without_a_break_under_a_tune_and_the_bridges_rasp():
    out, _, _ = laid_apart(a41.hurdygurdy, 2, (4.9, 22.1), seed=103, spells=2)
    for count, hz in re.findall(r"(\d+) tunes on a (\d+) Hz drone", out.notes[-1]):
        assert int(count) >= 1 and 90 <= int(hz) <= 140
    drones = a41.wheel_drones(110.0, 3.0, np.random.default_rng(70))
    assert abs(period_hz(cut(drones, 0.5, 1.5), 60, 300) / 110.0 - 1) < 0.02  # the bourdon, at a man's pitch
    assert band_share(drones, 0, 3100) > 0.99  # bowed strings' buzz, nothing over 3 kHz
    assert band_share(drones, 200, 240) > 0.1  # the mouche, an octave over the bourdon
    low = a21._low(drones, 400.0)
    frames = [level_db(cut(low, s, s + 0.25)) for s in np.arange(0.0, 2.75, 0.25)]
    assert max(frames) - min(frames) < 1.0  # the wheel never changes bow: held across any line's end
    notes = [(0.0, 220.0), (0.4, 293.7), (0.8, 330.0)]
    melody = a41.chanter(notes, 1.2)
    for a, hz in notes:  # the tune's notes, one after another
        assert abs(peak_hz(cut(melody, a + 0.05, a + 0.35)) / hz - 1) < 0.02
    coups = list(np.arange(0.1, 3.6, 1 / 3))
    tune = a41.hurdy_tune(110.0, 4.0, coups, [(0.0, 220.0)], np.random.default_rng(71))
    rasp = a30._band(tune, 3300.0, 5800.0)
    assert abs(envelope_rate(rasp, 1.5, 8.0) / 3.0 - 1) < 0.1  # the bridge rattling on each stroke of the crank
    on = [level_db(cut(rasp, c, c + 0.04)) for c in coups]
    off = [level_db(cut(rasp, c + 0.17, c + 0.3)) for c in coups[:-1]]
    assert min(on) > max(off) + 6  # a rasp on the stroke, none between
    assert level_db(cut(tune, 3.95, 4.0)) < level_db(cut(tune, 2.0, 3.0)) - 15  # the wheel stopping, over 0.3 s
    assert level_db(cut(tune, 3.5, 3.6)) > level_db(cut(tune, 2.0, 3.0)) - 3  # ... and not before
    sound, what = a41.market_tunes(14.0, np.random.default_rng(72), random.Random(72))
    assert 90.0 <= what["pitch"] <= 140.0 and 2.0 <= what["pace"] <= 4.0 and len(what["tunes"]) >= 2
    for start, end in what["tunes"]:
        assert 5.0 <= end - start <= 12.0
        drone = a21._low(cut(sound, start + 0.5, end - 0.5), 1.5 * what["pitch"])
        assert abs(period_hz(drone, 60, 300) / what["pitch"] - 1) < 0.03  # the drone on, the whole tune
        levels = [level_db(cut(drone, s, s + 0.5)) for s in np.arange(0.0, end - start - 1.5, 0.5)]
        assert max(levels) - min(levels) < 3.0
    for (_, end), (start, _) in zip(what["tunes"], what["tunes"][1:]):  # nothing between tunes
        assert 1.0 <= start - end <= 3.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the pencil
def test_a_pencil_hisses_like_an_s_in_strokes_at_a_syllables_pace_begun_just_after_a_line_ends():
    out, _, spans = laid_apart(a41.pencil, 2, (4.9, 24.1), seed=104, spells=2)
    ends = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]
    for a, _, _ in spans:  # the hiss comes as a line stops: 10-60 ms after its end (the note rounds to 10 ms)
        assert any(0.005 <= a - e <= 0.065 for e in ends), a
    for notes, words in re.findall(r"(\d+) notes, (\d+) words", out.notes[-1]):
        assert 3 * int(notes) <= int(words) <= 8 * int(notes)
    stroke = a41.pencil_stroke(0.12, np.random.default_rng(73))
    assert band_share(stroke, 1100, 7900) > 0.98  # graphite on paper: high and broad
    assert band_share(stroke, 4000, 7900) > 0.6  # most of it where an /s/'s hiss is
    grains = [level_db(cut(stroke, s, s + 0.002)) for s in np.arange(0.01, 0.1, 0.002)]
    assert max(grains) - min(grains) > 4  # the paper's tooth: grains, not a steady hiss
    middle = level_db(cut(stroke, 0.03, 0.09))
    assert level_db(cut(stroke, 0.003, 0.015)) > middle - 4  # on within 3 ms: the point lands moving, no swell
    assert level_db(cut(stroke, 0.118, 0.12)) < middle - 8 and level_db(cut(stroke, 0.1, 0.11)) > middle - 4
    sound, what = a41.note_taking(14.0, np.random.default_rng(74), random.Random(74))
    assert what["strokes"][0][0] == 0.0 and len(what["notes"]) >= 2  # the first stroke at once
    for a, b in what["strokes"]:
        assert 0.06 <= b - a <= 0.2 and band_share(cut(sound, a, b), 1100, 7900) > 0.97
    for (_, b), (a, _) in zip(what["strokes"], what["strokes"][1:]):  # lifts in a word, or a word's or note's gap
        assert 0.015 <= a - b <= 0.06 or 0.15 <= a - b <= 0.5 or 1.0 <= a - b <= 3.0
    for start, end in what["words"]:
        inside = [s for s in what["strokes"] if start <= s[0] < end]
        assert 2 <= len(inside) <= 6 and 2.5 <= len(inside) / (end - start) <= 12.5  # strokes at a syllable's pace
    for (_, end), (start, _) in zip(what["notes"], what["notes"][1:]):  # listening: nothing between notes
        assert 1.0 <= start - end <= 3.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the car that will not start
def test_a_starter_motor_whines_at_a_voices_pitch_sagging_at_each_compression_and_the_engine_catches_at_last():
    out, _, _ = laid_apart(a41.starter, 2, (4.9, 22.1), seed=105, spells=2)
    for tries, hz in re.findall(r"(\d+) tries, the whine on (\d+) Hz", out.notes[-1]):
        assert int(tries) >= 2 and 150 <= int(hz) <= 260
    crank = a41.cranking(2.0, 200.0, 6.0, np.random.default_rng(75))
    assert abs(envelope_rate(crank, 2.0, 12.0) / 6.0 - 1) < 0.05  # compressions at a syllable's pace
    assert band_share(crank, 0, 2100) > 0.99  # the motor's buzz and the engine's churn, under 2 kHz
    loaded = [period_hz(cut(crank, (k + 0.5) / 6 - 0.02, (k + 0.5) / 6 + 0.02), 100, 400) for k in range(2, 10)]
    free = [period_hz(cut(crank, k / 6 - 0.02, k / 6 + 0.02), 100, 400) for k in range(2, 10)]
    assert abs(np.median(free) / 200.0 - 1) < 0.03  # the whine at a voice's pitch between compressions ...
    assert 0.89 < np.median(loaded) / np.median(free) < 0.95  # ... sagging 8 % at each
    swell = [level_db(cut(crank, (k + 0.5) / 6 - 0.015, (k + 0.5) / 6 + 0.015))
             - level_db(cut(crank, k / 6 - 0.015, k / 6 + 0.015)) for k in range(2, 10)]
    assert 5.0 < np.mean(swell) < 9.0  # and 7 dB louder there (0.45 -> 1)
    engine = a41.idling(3.0, 30.0, np.random.default_rng(76))
    assert abs(period_hz(cut(engine, 0.2, 1.2), 20, 60) / 30.0 - 1) < 0.03  # the engine firing on 30 Hz
    assert band_share(engine, 0, 1100) > 0.99
    assert level_db(cut(engine, 2.85, 2.95)) < level_db(cut(engine, 0.5, 1.4)) - 15  # driving off
    sound, what = a41.will_not_start(8.0, np.random.default_rng(77), random.Random(77))
    assert 150 <= what["whine"] <= 260 and 4 <= what["pace"] <= 8 and 25 <= what["firing"] <= 40
    assert len(what["tries"]) >= 2 and what["engine"][0] == what["tries"][-1][1]  # the last try catches
    for start, end in what["tries"]:
        assert 0.8 <= end - start <= 2.5
        assert abs(envelope_rate(cut(sound, start, end), 2.0, 12.0) / what["pace"] - 1) < 0.12
    for (_, end), (start, _) in zip(what["tries"], what["tries"][1:]):  # the driver waiting: nothing between tries
        assert 0.8 <= start - end <= 3.0 and silent(sound, end, start)
    a, b = what["engine"]
    assert 2.0 <= b - a <= 4.0
    assert abs(period_hz(cut(sound, a + 0.2, a + 1.0), 20, 60) / what["firing"] - 1) < 0.03


# ------------------------------------------------------------------ the cocktail shaker
def test_a_cocktail_shaker_clatters_ice_at_a_fast_syllables_pace_and_its_tin_rings_and_dies_away():
    out, _, _ = laid_apart(a41.shaker, 2, (4.9, 22.1), seed=106, spells=2)
    for drinks, strokes in re.findall(r"(\d+) drinks, (\d+) strokes", out.notes[-1]):
        assert 15 * int(drinks) <= int(strokes) <= 64 * int(drinks)
    decay = 0.06
    stroke = a41.shake_stroke(2200.0, decay, np.random.default_rng(78))
    assert band_share(stroke, 1400, 7900) > 0.98  # ice on metal: no low at all
    assert abs(peak_hz(cut(stroke, 0.04, 0.25)) / 2200.0 - 1) < 0.02  # the tin ringing on its lowest mode
    fall = level_db(cut(stroke, 0.04, 0.07)) - level_db(cut(stroke, 0.1, 0.13))
    assert abs(fall - 0.06 * 8.686 / decay) < 1.5  # dying by e every 60 ms, as a vowel's tail
    assert level_db(cut(stroke, 0.0, 0.03)) > level_db(cut(stroke, 0.04, 0.07)) + 3  # the clatter first, louder
    sound, what = a41.mixing_drinks(14.0, np.random.default_rng(79), random.Random(79))
    assert 5 <= what["pace"] <= 8 and 1800 <= what["ring"] <= 2800 and 0.04 <= what["decay"] <= 0.08
    assert len(what["bouts"]) >= 2
    for start, end in what["bouts"]:
        assert 3.0 <= end - start <= 8.0 + 5 * what["decay"]
        assert abs(envelope_rate(cut(sound, start, end), 2.0, 12.0) / what["pace"] - 1) < 0.05  # at its pace
    high = a30._band(sound, 1400.0, 7800.0)
    for at in what["strokes"][:20]:  # every stroke where noted: the clatter's onset there
        window = np.abs(cut(high, at - 0.04, at + 0.04))
        assert 0.038 <= np.argmax(window) / RATE <= 0.075
    for (_, end), (start, _) in zip(what["bouts"], what["bouts"][1:]):  # a drink served: nothing between bouts
        assert 2.0 <= start - end <= 5.0 and silent(sound, end, start)
