"""The forty-fourth aside set's generators (benchmarks/aside44_cases.py); the one table of aside sets (cases.ASIDE_SETS)
moved on to test_aside45_cases.py with the newest set.

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
                           laid_apart, level_db, peak_hz, period_hz, repeated_talk, speech_db)

import aside4_cases as a4  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside21_cases as a21  # noqa: E402
import aside30_cases as a30  # noqa: E402
import aside44_cases as a44  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
#: The made-up talk laid_apart spoils: its lines' starts and ends (s), said twice over.
STARTS = [s + k * TEN_LINES_TOTAL for k in range(2) for s, _ in TEN_LINES]
ENDS = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]


def last_sound(x: np.ndarray, a: float, b: float, under: float, step: float = 0.005) -> float:
    """The last time (s after ``a``) ``x`` stands within ``under`` dB of its loudest between ``a`` and ``b``."""
    levels = frames_db(cut(x, a, b), step)
    return float(np.nonzero(levels > levels.max() - under)[0][-1] + 1) * step


# ------------------------------------------------------------------ the mug
def test_a_mug_set_down_knocks_the_desk_and_rings_just_before_each_line_with_lows_over_the_floor():
    room = ("pink", 36.0)
    out, added, spans = laid_apart(a44.mug, 2, (4.9, 11.5), seed=121, spells=2, room=room)
    said = re.findall(r"(\d+) dB under; lows (\d+) dB over the room's floor; (\d+) mugs, ring (\d+) Hz",
                      out.notes[-1])
    assert len(said) == 2
    made, _ = repeated_talk(2)
    floor = 20 * np.log10(a44.floor_under(room, a4.speech_rms(made)))
    lows = a21._low(added, a44.LOWS)
    for (a, b, _), (_, over, mugs, ring) in zip(spans, said):
        assert any(0.045 <= s - a <= 0.215 for s in STARTS), a  # begun 60-200 ms before a line's start
        assert 15 <= int(over) <= 30 and 1000 <= int(ring) <= 1900
        spanned = [s for s in STARTS if a + 0.8 < s < b - 0.3]
        assert len(spanned) <= int(mugs) - 1 <= len(spanned) + 2  # one before each line, now and then one more
        for s in spanned:  # the knock lands 60-200 ms before every line start it spans ...
            onset = s - 0.3 + first_rise(lows, s - 0.3, s)
            assert 0.05 <= s - onset <= 0.21, (s, s - onset)
            knock = level_db(cut(lows, onset, onset + a44.THUMP))  # ... its lows 15-30 dB over the room's floor
            assert -4.0 < knock - floor - int(over) < 1.5, (s, knock - floor, over)
    ring_hz, ring_decay = 1500.0, 0.08
    ring = a44.mug_ring(ring_hz, ring_decay, np.random.default_rng(81))
    assert abs(peak_hz(cut(ring, 0.005, 0.3)) / ring_hz - 1) < 0.02  # the glaze's lowest mode ...
    assert abs(peak_hz(a30._band(cut(ring, 0.005, 0.2), 2.9e3, 4.1e3)) / (2.32 * ring_hz) - 1) < 0.03  # not harmonic
    levels = frames_db(ring)  # the higher modes gone first, the lowest one's decay is the ring's
    rings_for = np.nonzero(levels > levels.max() - 20)[0][-1] * 0.005  # 20 dB down: the ring's length
    assert abs(rings_for / (ring_decay * np.log(10)) - 1) < 0.15 and 0.1 <= rings_for <= 0.3 + 0.01
    knock = a44.desk_knock(120.0, np.random.default_rng(82))
    assert band_share(knock, 0, 330) > 0.95 and np.argmax(np.abs(knock)) / RATE < 0.01  # low, loudest at once
    assert abs(level_db(cut(knock, 0, a44.THUMP))) < 0.1  # unit RMS over its first 40 ms
    assert level_db(cut(knock, 0.1, 0.14)) < level_db(cut(knock, 0, 0.04)) - 20  # a knock, not a rumble
    times = a44.mug_times(10.0, [1.5, 3.0, 9.0], random.Random(83))
    assert times[0] == 0.0 and np.diff(times).min() >= 0.8
    for s in (1.5, 3.0, 9.0):
        assert any(0.06 <= s - t <= 0.2 for t in times), s
    assert any(3.0 < t < 8.7 for t in times)  # set down once more in a long wait between lines


# ------------------------------------------------------------------ the singing bowl
def test_a_singing_bowl_holds_an_inharmonic_beating_tone_over_each_line_end_and_runs_on_past_it_fading():
    out, added, spans = laid_apart(a44.bowl, 2, (2.5, 11.0), seed=122, spells=2)
    said = re.findall(r"(\d+) dB under; (\d+) dB under while it sounds; (\d+) rings on (\d+) Hz", out.notes[-1])
    assert len(said) == 2
    made, lines = repeated_talk(2)
    speech = speech_db(made, lines)
    for (a, b, _), (_, sounding, rings, pitch) in zip(spans, said):
        assert 12 <= int(sounding) <= 18 and 180 <= int(pitch) <= 400
        reached = [e for e in ENDS if a + 0.3 <= e < b]
        assert 1 <= len(reached) == int(rings) and 0.4 - 0.015 <= reached[0] - a <= 1.0 + 0.015
        for e in reached:  # held over the line's end at its level, running on 100-300 ms past it and gone
            assert abs(level_db(cut(added, e - 0.3, e)) - (speech - int(sounding))) < 3.0, e  # (beating)
            stop = e + last_sound(added, e, e + 0.6, 40.0)
            assert 0.08 <= stop - e <= 0.31, (e, stop - e)
            assert level_db(cut(added, stop - 0.03, stop)) < level_db(cut(added, e - 0.1, e)) - 8  # faded
    pitch, beat, fade = 250.0, 2.5, 0.1
    tone = a44.singing_bowl(pitch, beat, 4.0, fade, np.random.default_rng(84))
    held = cut(tone, 0.3, 3.8)
    assert abs(peak_hz(held) / pitch - 1) < 0.02  # on its lowest mode ...
    assert abs(period_hz(cut(tone, 1.0, 1.1), 150, 400) / pitch - 1) < 0.04  # ... which repeats as a voice does
    assert abs(peak_hz(a30._band(held, 550.0, 950.0)) / (2.71 * pitch) - 1) < 0.02  # a bowl's mode, not 2x or 3x
    assert band_share(held, 0, 1500) > 0.97  # a voice's band: tone, not hiss
    assert abs(envelope_rate(a30._band(held, 200.0, 300.0), 1.0, 8.0) / beat - 1) < 0.15  # the doublet beating
    assert np.ptp(frames_db(held, 1 / beat)) < 3  # held: even over each beat
    assert level_db(cut(tone, 0.0, 0.04)) < level_db(cut(tone, 0.3, 0.5)) - 6  # swelling in under the mallet
    assert level_db(cut(tone, 4.0 - 0.03, 4.0)) < level_db(cut(tone, 3.5, 3.8)) - 10  # damped by the hand
    assert len(tone) == int(4.0 * RATE)
    rings = a44.bowl_rings(8.0, [0.8, 3.5, 3.9, 7.0], random.Random(85))
    assert [e for _, e, _ in rings] == [0.8, 3.5, 7.0] and rings[0][0] == 0.0  # the end too near the last goes
    for start, e, stop in rings:
        assert 0.1 <= stop - e <= 0.3 and (start == 0.0 or 0.4 <= e - start <= 1.0)


# ------------------------------------------------------------------ the coin
def test_a_coin_spun_on_the_table_ticks_ever_faster_into_a_buzz_at_a_voices_pitch_and_stops_at_once():
    out, _, _ = laid_apart(a44.coin, 2, (3.0, 12.5), seed=123, spells=2)
    assert all(int(n) >= 1 for n in re.findall(r"(\d+) spins", out.notes[-1]))
    seconds, first, last, ring_hz = 4.0, 10.0, 80.0, 5500.0
    sound, contacts = a44.spinning_coin(seconds, first, last, ring_hz, np.random.default_rng(86))
    assert band_share(sound, 1900, 8000) > 0.95  # metal: ticks and a ring, no body
    assert abs(peak_hz(cut(sound, 0.5, 3.0)) / ring_hz - 1) < 0.03
    early = envelope_rate(cut(sound, 0.1, 1.6), 5.0, 30.0)
    assert abs(early / first - 1) < 0.12, early  # ticking slowly at first ...
    gaps = np.diff([t for t in contacts if seconds - 0.3 < t < seconds])
    late = 1 / float(np.median(gaps))
    assert 0.8 * last < late <= last * 1.01
    assert abs(envelope_rate(cut(sound, seconds - 0.3, seconds), 40.0, 150.0) / late - 1) < 0.12  # ... a buzz
    highs = a30._band(sound, 2000.0, 7500.0)
    for t in [c for c in contacts if c < seconds / 2][::3]:  # each contact struck at once
        assert level_db(cut(highs, t, t + 0.002)) > level_db(cut(highs, t - 0.02, t - 0.008)) + 6, t
    flat = contacts[-1]
    assert level_db(cut(sound, flat + 0.07, flat + 0.1)) < level_db(cut(sound, flat - 0.3, flat)) - 40  # then silence
    table, what = a44.coin_table(9.0, np.random.default_rng(87), random.Random(87))
    assert what["spins"][0][0] == 0.0 and len(what["spins"]) >= 2
    for start, down, f, n in what["spins"]:
        assert 3.0 <= down - start <= 6.1 and 8 <= f <= 15 and 60 <= n <= 110
    for (_, down, *_), (nxt, *_) in zip(what["spins"], what["spins"][1:]):
        assert 0.8 <= nxt - down <= 2.0 and level_db(cut(table, down + 0.07, nxt - 0.01)) < -60


# ------------------------------------------------------------------ the ruler
def test_a_ruler_twanged_on_the_desk_buzzes_harmonic_at_a_voices_pitch_rising_and_dying_from_its_pluck():
    out, _, _ = laid_apart(a44.ruler, 2, (3.5, 11.5), seed=124, spells=2)
    assert all(int(n) >= 1 for n in re.findall(r"(\d+) twangs", out.notes[-1]))
    pitch, rise, decay, seconds = 100.0, 0.3, 0.25, 1.25
    buzz = a44.twang(pitch, rise, decay, seconds, np.random.default_rng(88))
    at = lambda t: pitch * (1 + rise * t / seconds)  # noqa: E731  the pitch as the ruler is drawn back
    assert abs(period_hz(cut(buzz, 0.02, 0.12), 50, 250) / at(0.07) - 1) < 0.04  # a voice's pitch ...
    assert abs(period_hz(cut(buzz, 0.8, 0.9), 50, 250) / at(0.85) - 1) < 0.04  # ... rising
    assert abs(peak_hz(a30._band(cut(buzz, 0.05, 0.3), 150.0, 280.0)) / (2 * at(0.175)) - 1) < 0.04  # harmonic
    assert band_share(cut(buzz, 0.01, 1.2), 0, 3600) > 0.97  # partials under 3.5 kHz
    drop = level_db(cut(buzz, 0.3, 0.4)) - level_db(cut(buzz, 0.55, 0.65))
    assert abs(drop - 0.25 / decay * 20 * np.log10(np.e)) < 1.5  # dying by e every 0.25 s
    assert np.argmax(np.abs(buzz)) / RATE < 0.012  # loudest at once: the pluck
    click = a30._band(buzz, 3600.0, 5000.0)
    assert level_db(cut(click, 0, 0.005)) > level_db(cut(click, 0.05, 0.1)) + 20  # the pluck's click
    sound, what = a44.twanging(8.0, np.random.default_rng(89), random.Random(89))
    twangs = what["twangs"]
    assert twangs[0][0] == 0.0
    for start, end, hz, up, d in twangs:
        assert 60 <= hz <= 180 and 0.1 <= up <= 0.5 and 0.15 <= d <= 0.4 and abs(end - start - 5 * d) < 1e-9
        assert abs(period_hz(cut(sound, start + 0.01, start + 0.08), 50, 250) / hz - 1) < 0.06
    starts = [s for s, *_ in twangs]
    ends = [e for _, e, *_ in twangs]
    bursts = [s for s in starts if not any(abs(s - e) < 1e-9 for e in ends)]
    assert len(bursts) >= 2 and all(g >= 2.0 - 1e-9 for g in np.diff(bursts))
