"""The twenty-ninth aside set's generators (benchmarks/aside29_cases.py), and the one table of aside sets
(cases.ASIDE_SETS, moved here from test_aside28_cases.py: the newest set, not looked at yet).

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
from made_up_talks import added_by, added_in_noted_spans, band_share, changed_runs, cut, level_db, repeated_talk, \
    speech_db

import aside29_cases as a29  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside29_languages as a29l  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _peak_hz(x: np.ndarray) -> float:
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[np.argmax(spec)])


def _in_pauses(spans, lines) -> bool:
    """Some span of ``spans`` ((start, end, ...) s) reaches into a pause between two of ``lines``."""
    pauses = [(e, s) for (_, e), (s, _) in zip(lines, lines[1:])]
    return any(a < pe and b > ps for a, b, *_ in spans for ps, pe in pauses)


# ------------------------------------------------------------------ central heating's pipes
def test_the_heating_s_pipes_tick_faster_at_the_spell_s_middle_at_their_own_pitches_and_knock_low():
    made, lines = repeated_talk(2)
    _, spells = added_in_noted_spans(made, lines, a29.radiator(made, seed=41, spells=2), 2)
    assert all(7.9 <= b - a <= 20.1 for a, b, _ in spells) and _in_pauses(spells, lines)
    seconds = 16.0
    sound, ticks, knocks = a29.heating_spell(seconds, np.random.default_rng(7), random.Random(7))
    assert len(sound) == int(seconds * RATE) and 1 <= len(knocks) <= 3
    middle = sum(seconds / 4 <= t < 3 * seconds / 4 for t in ticks)
    assert middle > 2 * (len(ticks) - middle)  # the rate swells at the middle (a sine's hump: 2.4 times)
    assert all(seconds / 4 <= k <= 3 * seconds / 4 for k in knocks)
    alone = [t for t in ticks if all(abs(t - o) > 0.06 for o in ticks if o != t)
             and all(abs(t - k) > 0.35 for k in knocks)]
    assert len(alone) >= 5
    pitches = sorted(_peak_hz(cut(sound, t, t + 0.04)) for t in alone)
    assert all(850 <= p <= 2700 for p in pitches)
    groups = 1 + sum(b > 1.04 * a for a, b in zip(pitches, pitches[1:]))
    assert groups <= 3  # three pipes, each ringing at its own pitch
    for t in alone:
        assert band_share(cut(sound, t, t + 0.04), 800, 8000) > 0.7
    for k in knocks:
        assert band_share(cut(sound, k, k + 0.1), 0, 1200) > 0.7  # a knock is low
        assert level_db(cut(sound, k, k + 0.05)) > max(level_db(cut(sound, t, t + 0.05)) for t in alone) + 3


# ------------------------------------------------------------------ the wind chime
def test_the_wind_chime_rings_its_five_tubes_with_a_free_bar_s_partials_struck_most_at_the_gust_s_height():
    made, lines = repeated_talk(2)
    out = a29.wind_chime(made, seed=42, gusts=3)
    _, gusts = added_in_noted_spans(made, lines, out, 3)
    assert all(0.6 <= b - a <= 9.6 for a, b, _ in gusts) and _in_pauses(gusts, lines)  # to the last ring
    base = float(re.search(r"its lowest tube (\d+) Hz", out.notes[-1]).group(1))
    assert 549 <= base <= 1101
    sound, strikes = a29.chime_gust(6.0, 700.0, np.random.default_rng(8), random.Random(8))
    tones = [700.0 * step * partial for step in a29.PENTATONIC for partial in a29.FREE_BAR]
    share = sum(band_share(sound, 0.985 * f, 1.015 * f) for f in tones)
    assert share > 0.8  # every strike a tube of the scale, at a free bar's partials
    assert sum(band_share(sound, 0.985 * 2 * f, 1.015 * 2 * f) for f in (700.0 * s for s in a29.PENTATONIC)) < 0.01
    assert band_share(sound, 0.985 * 2.76 * 700, 1.015 * 2.76 * 700) > 0.001  # ... not at a pipe's harmonics
    times = [t for t, _ in strikes]
    assert {tube for _, tube in strikes} <= set(range(5)) and all(0 <= t <= 6.0 for t in times)
    middle = sum(1.5 <= t < 4.5 for t in times)
    assert middle > 1.5 * (len(times) - middle)
    assert len(sound) <= int((max(times) + 1.51) * RATE)  # the last ring dies within 1.5 s


# ------------------------------------------------------------------ the dripping tap
def test_the_tap_drips_all_talk_long_at_its_period_each_plink_rising_in_pitch_at_its_level():
    made, lines = repeated_talk(2)
    out = a29.dripping_tap(made, seed=43)
    added = added_by(made, out)
    drops, period, pitch, under = (float(v) for v in re.search(
        r"(\d+) drops, one every (\d\.\d+) s \((\d+) Hz, each plink (\d+) dB under", out.notes[-1]).groups())
    runs = changed_runs(added, 0.05)
    assert len(runs) == drops and 0.5 <= period <= 1.6 and 800 <= pitch <= 2500
    starts = np.array([r[0] for r in runs]) / RATE
    assert np.all(np.abs(np.diff(starts) - period) <= 0.16 * period + 1e-3)  # each drop 8 % early or late
    assert starts[0] <= period * 1.08 and starts[-1] >= len(added) / RATE - 1.1 * period - 0.04  # all talk long
    assert _in_pauses([(s, s + 0.03) for s in starts], lines)
    assert any(s < t < e for t in starts for s, e in lines)
    speech = speech_db(made, lines)
    for r in runs:
        plink = added[r[0]:r[-1] + 1]
        assert 0.014 <= len(plink) / RATE <= 0.036
        assert abs(level_db(plink) - (speech - under)) < 1.5
        assert 0.85 * pitch * 0.87 <= _peak_hz(plink) <= 1.6 * pitch * 1.15
    one = a29.plink(1000.0, 0.5, 0.03, np.random.default_rng(9))

    def crossings(x):
        return np.count_nonzero(np.diff(np.signbit(x)))

    third = len(one) // 3
    assert crossings(one[2 * third:]) > 1.3 * crossings(one[third // 2:third])  # its pitch rises


# ------------------------------------------------------------------ table tennis next door
def test_table_tennis_next_door_alternates_bat_and_table_at_the_rally_s_pace_then_the_ball_bounces_away():
    made, lines = repeated_talk(2)
    out = a29.table_tennis(made, seed=44, rallies=2)
    _, rallies = added_in_noted_spans(made, lines, out, 2)
    assert _in_pauses(rallies, lines)
    for shots, every, bounces in re.findall(r"(\d+) shots, one every (\d\.\d+) s, (\d) bounces", out.notes[-1]):
        assert 5 <= int(shots) <= 20 and 0.45 <= float(every) <= 0.9 and 4 <= int(bounces) <= 7
    sound, bats, bounces = a29.rally(8, 0.7, np.random.default_rng(10), random.Random(10))
    assert band_share(sound, 0, 3200) > 0.97  # heard through the wall
    assert np.allclose(np.diff(bats), 0.7, rtol=0.051)
    gaps = np.diff(bounces)
    ratios = gaps[1:] / gaps[:-1]
    assert np.allclose(ratios, ratios[0]) and 0.7 <= ratios[0] <= 0.85 and 0.3 <= gaps[0] <= 0.5
    assert bounces[0] > bats[-1]
    env = np.convolve(sound ** 2, np.ones(48) / 48, "same")
    for a, b in zip(bats, bats[1:]):  # between two bats, the ball's tick on the table 35-55 % of a shot later
        i, j = int((a + 0.1 * (b - a)) * RATE), int((b - 0.02) * RATE)
        at = (i + int(np.argmax(env[i:j]))) / RATE
        assert 0.34 <= (at - a) / (b - a) <= 0.56
        assert env[i:j].max() > 0.05 * env[int(a * RATE):int(a * RATE) + 480].max()


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
def test_one_table_gives_every_aside_set_its_flag_and_every_set_has_been_looked_at():
    import cases
    import run

    sets = cases.ASIDE_SETS
    assert [s.number for s in sets] == list(range(1, len(sets) + 1))
    assert len({s.flag for s in sets}) == len(sets) and sets[0].flag == "--aside" and sets[-1].flag == "--aside29"
    for s in sets:
        assert s.english and all(n.startswith(s.prefix + "_") for n in s.english + s.languages)
        assert run.select_cases(None, False, False, **{s.name: True}) == s.english
        assert cases.all_case_names(**{s.name: True}) == s.english
    assert [s.prefix for s in sets if s.unseen] == []  # gy_* was looked at once (thirty-sixth round)
    assert sets[-1].english == a29.names("aside") and sets[-1].languages == a29l.names("aside")
    with pytest.raises(SystemExit, match="one at a time"):
        cases.chosen_aside_set({"aside28": True, "aside29": True})
    with pytest.raises(TypeError):
        cases.all_case_names(aside30=True)
