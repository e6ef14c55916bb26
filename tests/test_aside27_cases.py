"""The twenty-seventh aside set's own kinds of sound (benchmarks/aside27_cases.py), each generator tried on made-up
talks (no case built, no aligner run, ../shared never read); its names, seeds, containers, languages and flag
are a row of test_aside_sets.py's table."""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, added_by, added_in_noted_spans, band_share, changed_runs, cut,
                           level_db, only_inside, repeated_talk, speech_db, talk)

import aside27_cases as a27  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _frames_db(x: np.ndarray, hop: float) -> np.ndarray:
    return np.array([level_db(cut(x, t, t + hop)) for t in np.arange(0.0, len(x) / RATE - hop, hop)])


# ------------------------------------------------------------------ the crickets
def test_the_crickets_chirp_in_short_high_pulses_in_bouts_over_lines_and_pauses_at_their_level():
    made, lines = repeated_talk(2)
    out = a27.crickets(made, seed=31, count=1)
    added = added_by(made, out)
    pitch, every, under = (float(v) for v in re.search(r": (\d\.\d+) kHz, a chirp every (\d\.\d+) s, (\d+) dB under",
                                                       out.notes[-1]).groups())
    assert band_share(added, 1000 * pitch * 0.97, 1000 * pitch * 1.03) > 0.9  # a tone at its own pitch
    pulses = changed_runs(added, gap=0.005)
    widths = np.array([len(p) / RATE for p in pulses])
    assert len(pulses) > 50 and np.all((widths > 0.008) & (widths < 0.025))
    speech = speech_db(made, lines)
    assert all(abs(level_db(added[p[0]:p[-1] + 1]) - (speech - under)) < 1.5 for p in pulses)
    starts = np.array([p[0] / RATE for p in pulses])
    gaps = np.diff(starts)
    assert np.all(gaps[gaps < 0.06] > 0.028)  # pulses of a chirp 30-45 ms apart
    between_chirps = gaps[(gaps > 0.06) & (gaps < 1.5)]
    assert abs(np.median(between_chirps) - (every - 3 * 0.037)) < 0.2  # a chirp about every ``every`` s
    assert np.max(gaps) >= 1.5  # a bout's quiet
    inside = [any(s <= t <= e for s, e in lines) for t in starts]
    assert any(inside) and not all(inside)  # over lines and pauses alike


# ------------------------------------------------------------------ the water poured
def test_the_pour_rises_in_pitch_as_the_glass_fills_and_the_glass_is_set_down_after_it():
    sound, first, last = a27.pouring(3.0, np.random.default_rng(5), random.Random(5))
    assert 3.0 <= last / first <= 4.0

    def centroid(x):
        spec = np.abs(np.fft.rfft(x)) ** 2
        f = np.fft.rfftfreq(len(x), 1 / RATE)
        keep = f < 6000
        return float(np.sum(f[keep] * spec[keep]) / np.sum(spec[keep]))

    head, tail = cut(sound, 0.05, 0.6), cut(sound, 2.0, 2.6)
    assert band_share(head, 0.75 * first, 1.3 * first) > 0.4  # the bubbles ring at the empty glass's pitch
    assert centroid(tail) > 1.8 * centroid(head)  # ... and higher as it fills
    made = talk(TEN_LINES, TEN_LINES_TOTAL)
    out = a27.pour(made, seed=32, times=2)
    added = added_by(made, out)
    note = out.notes[-1]
    pours = [(float(a), float(b), float(u)) for a, b, u in re.findall(r"pour (\d+\.\d+)-(\d+\.\d+) s \(\d+ -> \d+ Hz,"
                                                                        r" (\d+) dB under", note)]
    downs = [(float(a), float(b)) for a, b in re.findall(r"set down (\d+\.\d+)-(\d+\.\d+) s", note)]
    assert len(pours) == len(downs) == 2
    assert only_inside(added, [(a, b) for (a, _, _), (_, b) in zip(pours, downs)])
    speech = speech_db(made, TEN_LINES)
    for (a, b, under), (d0, _) in zip(pours, downs):
        assert any(e + 0.04 <= a <= e + 0.31 for _, e in TEN_LINES)  # begun just after a line ended
        assert 1.49 <= b - a <= 3.51 and 0.29 <= d0 - b <= 1.01
        assert abs(level_db(cut(added, a, b)) - (speech - under)) < 1.5
        assert level_db(cut(added, b + 0.01, d0 - 0.01)) < -200  # quiet between the pour and the glass set down


# ------------------------------------------------------------------ the sea
def test_the_sea_breaks_every_six_to_twelve_seconds_at_its_level_and_never_stops():
    made, lines = repeated_talk(2)
    out = a27.sea_surf(made, seed=33)
    added = added_by(made, out)
    crashes = [(float(t), float(u)) for t, u in re.findall(r"(\d+\.\d) s \((\d+) dB under", out.notes[-1])]
    assert len(crashes) >= 4
    assert all(5.9 <= b - a <= 12.1 for (a, _), (b, _) in zip(crashes, crashes[1:]))
    speech = speech_db(made, lines)
    assert np.all(_frames_db(added, 0.1) > speech - 36)  # the sea bed, in pauses as in lines
    for t, under in crashes:
        assert abs(level_db(cut(added, t - 0.05, t + 0.05)) - (speech - under)) < 1.5
    wave, crash = a27.wave(8.0, np.random.default_rng(6), random.Random(6))
    assert level_db(cut(wave, crash - 0.05, crash + 0.05)) > level_db(cut(wave, 0.0, 0.3)) + 10  # swells to a crash
    wash = cut(wave, crash + 1.0, crash + 2.0)
    assert band_share(wash, 1500, 8000) > 0.8  # the wash running back hisses
    assert level_db(cut(wave, 7.0, 7.6)) < level_db(wash) - 6  # ... and dies away


# ------------------------------------------------------------------ the shredder
def test_the_shredder_crunches_while_each_sheet_goes_through_over_its_motor_and_adds_nothing_else():
    sound, sheets = a27.shredding(3, np.random.default_rng(7), random.Random(7))
    assert len(sheets) == 3 and all(1.0 <= b - a <= 2.5 for a, b in sheets)
    for (a, b), (c, _) in zip(sheets, sheets[1:]):
        crunch, idle = cut(sound, a + 0.1, b - 0.1), cut(sound, b + 0.08, c - 0.08)
        assert level_db(crunch) - level_db(idle) > 6  # the cutters over the idling motor
        assert band_share(idle, 0, 1000) > 0.8  # the motor's buzz: low
        assert band_share(crunch, 300, 6000) > 0.8
        frames = _frames_db(crunch, 0.005)
        assert np.std(frames) > 3  # torn, not a steady hiss
    made, lines = repeated_talk(2)
    added_in_noted_spans(made, lines, a27.paper_shredder(made, seed=34, jobs=2), 2)


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
