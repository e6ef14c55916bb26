"""The thirty-second aside set's generators (benchmarks/aside32_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_db, band_share, cut, envelope_rate, laid_apart, level_db, peak_hz, period_hz

import aside32_cases as a32  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _share_at(x: np.ndarray, pitches, width: float = 0.03) -> float:
    """The share of ``x``'s power within ``width`` (0.03: 3 %) of any of ``pitches`` (Hz)."""
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    near = np.zeros(len(f), bool)
    for p in pitches:
        near |= np.abs(f - p) <= width * p
    return float(spec[near].sum() / spec.sum())


def _peak_between(x: np.ndarray, low: float, high: float) -> float:
    """The strongest frequency (Hz) of ``x`` between ``low`` and ``high``: a ring heard over other sounds."""
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    inside = (f >= low) & (f <= high)
    return float(f[inside][np.argmax(spec[inside])])


# ------------------------------------------------------------------ the organ
def test_the_organ_holds_chords_of_its_key_over_a_low_pedal_and_the_church_rings_on_after_them():
    out, _, _ = laid_apart(a32.organ, 2, (9.9, 30.0), seed=41, sessions=2)
    for count, pedal, rt60 in re.findall(r"(\d+) chords over a (\d+) Hz pedal, reverberation (\d\.\d) s",
                                         out.notes[-1]):
        assert int(count) >= 3 and 40 <= int(pedal) <= 165 and 1.5 <= float(rt60) <= 3.0
    sound, chords, rt60 = a32.organ_session(16.0, np.random.default_rng(5), random.Random(5))
    assert all(b - a >= 1.49 for a, b, _, _ in chords[:-1]) and len(chords) >= 4
    for a, b, notes, pedal in chords:
        third, fifth = notes[1] / notes[0], notes[2] / notes[0]
        assert 1.18 <= third <= 1.27 and abs(fifth - 1.5) < 0.02  # a major or minor triad of the scale
        assert abs(notes[0] / pedal - 4.0) < 1e-9 and 40 <= pedal <= 165  # the pedal two octaves under
    for a, b, notes, pedal in chords[1:]:  # inside a chord (after the last one's ring has died a little)
        held = cut(sound, a + 0.6, b - 0.05)
        harmonics = [k * f for f in (*notes, pedal) for k in range(1, 6)]
        assert _share_at(held, harmonics) > 0.6  # harmonic: the chord's pipes, not noise
        assert _share_at(held, [pedal], 0.03) > 0.05  # the pedal's own fundamental is heard
    end = chords[-1][1]
    ring = [level_db(cut(sound, end + t, end + t + 0.2)) for t in (0.05, 0.5 * rt60, rt60 - 0.2)]
    assert ring[0] > ring[1] + 15 > ring[2] + 15  # the church rings on, dying 60 dB over rt60
    assert np.abs(cut(sound, end + rt60 - 0.2, end + rt60)).max() > 0  # ... and is still heard


def test_an_organ_pipe_speaks_a_harmonic_series_with_its_breath_and_a_slow_onset():
    one = a32.pipe(200.0, 1.0, np.random.default_rng(2))
    assert abs(period_hz(one, 100, 400) - 200.0) < 2
    assert _share_at(one, [200.0 * k for k in range(1, 26)], 0.01) > 0.97  # nearly all in its harmonics
    assert band_share(one, 1000, 5100) > 0.01  # partials to 5 kHz
    assert np.abs(one[:int(0.01 * RATE)]).max() < 0.5 * np.abs(one).max()  # a 40 ms speaking onset, no click


# ------------------------------------------------------------------ the typewriter
def test_the_typewriter_types_lines_of_keys_rings_its_bell_before_each_end_and_returns_the_carriage():
    out, _, _ = laid_apart(a32.typewriter, 2, (7.9, 40.0), seed=42, sessions=2)
    for lines, rate in re.findall(r"(\d+) typed lines at (\d\.\d) keys a second", out.notes[-1]):
        assert int(lines) >= 1 and 4.0 <= float(rate) <= 8.0
    sound, lines, rate = a32.typing_session(16.0, np.random.default_rng(6), random.Random(6))
    assert len(lines) >= 2
    for line in lines:
        keys = line["keys"]
        assert 20 <= len(keys) <= 40
        assert 0.5 * rate <= (len(keys) - 1) / (keys[-1] - keys[0]) <= 1.6 * rate  # at the typist's rate
        for t in keys[1:-5]:  # each key a crack over the quiet before it (the bell rings over the last five)
            assert level_db(cut(sound, t, t + 0.004)) > level_db(cut(sound, t - 0.03, t - 0.005)) + 10
        bell_at, bell_hz = line["bell"]
        assert keys[-6] < bell_at < keys[-4] and 2400 <= bell_hz <= 3400  # five keys before the end
        assert abs(_peak_between(cut(sound, bell_at, bell_at + 0.3), 1500, 4000) - bell_hz) < 0.01 * bell_hz
        back, stop = line["return"]
        assert keys[-1] + 0.29 <= back and 0.25 <= stop - back <= 0.5
        ratchet = cut(sound, back, stop - 0.005)
        assert 11 <= envelope_rate(ratchet, 20, 120) * (stop - back) <= 25  # 12-24 clicks: a ratchet
        assert level_db(cut(sound, stop, stop + 0.03)) > level_db(ratchet)  # the knock at the stop
    for a, b in zip(lines, lines[1:]):
        assert b["keys"][0] >= a["return"][1] + 0.4  # reading the copy between lines
    key = a32.keystroke(np.random.default_rng(4))
    head, tail = key[:int(0.003 * RATE)], key[int(0.01 * RATE):]
    assert band_db(head, 1000, 8000) > band_db(tail, 1000, 8000) + 20  # the type bar's crack, over at once
    assert band_share(tail, 0, 500) > 0.8  # the platen's thud rings on under it


# ------------------------------------------------------------------ the music box
def test_the_music_box_plucks_its_tune_on_a_pentatonic_comb_over_and_over_slowing_as_it_runs_down():
    out, _, _ = laid_apart(a32.musicbox, 2, (9.9, 30.0), seed=43, tunes=2)
    for tune, tonic, first, last in re.findall(r"(\d+) notes on (\d+) Hz, \d+ played, slowing (\d\.\d) -> "
                                               r"(\d\.\d) a second", out.notes[-1]):
        assert 8 <= int(tune) <= 14 and 520 <= int(tonic) <= 880 and 3.0 <= float(first) <= 6.0
        assert 0.39 * float(first) - 0.1 <= float(last) <= 0.71 * float(first) + 0.1
    sound, notes, what = a32.tune_played(20.0, np.random.default_rng(7), random.Random(7))
    tune, tonic = what["tune"], what["tonic"]
    scale = {round(tonic * 2 ** (o + s / 12), 6) for o in (0, 1) for s in a32.PENTATONIC}
    assert {round(f, 6) for f in tune} <= scale
    assert [f for _, f in notes] == [tune[j % len(tune)] for j in range(len(notes))]  # the tune over and over
    gaps = np.diff([t for t, _ in notes])
    third = len(gaps) // 3
    assert gaps[-third:].mean() > 1.3 * gaps[:third].mean()  # the spring running down
    for (t, f), (nxt, _) in zip(notes, notes[1:]):
        assert abs(peak_hz(cut(sound, t + 0.005, nxt)) - f) < 0.015 * f or any(
            abs(peak_hz(cut(sound, t + 0.005, nxt)) - g) < 0.015 * g for _, g in notes)  # a tine on its note
    one = a32.tine(700.0, 0.5, np.random.default_rng(3))
    assert level_db(one[int(0.5 * RATE):int(0.6 * RATE)]) < level_db(one[:int(0.1 * RATE)]) - 6  # it dies away
    assert _share_at(one[int(0.01 * RATE):], [700.0, 1400.0], 0.01) > 0.95  # a tine and its octave


# ------------------------------------------------------------------ the sheep
def test_sheep_bleat_a_quavering_voiced_baa_each_on_its_own_pitch_with_quiet_between():
    out, _, _ = laid_apart(a32.sheep, 2, (9.9, 30.0), seed=44, flocks=2)
    for count, bleats in re.findall(r"(\d) sheep, (\d+) bleats", out.notes[-1]):
        assert 2 <= int(count) <= 6 and int(bleats) >= int(count)
    one = a32.bleat(250.0, 0.8, 8.0)
    assert band_share(one, 600, 3000) > 0.85  # through an open vowel's formants
    assert abs(period_hz(one, 120, 500) - 250.0) < 0.07 * 250.0  # voiced on its pitch
    assert abs(envelope_rate(one, 4, 14) - 8.0) < 1.5  # the quaver
    sound, bleats = a32.flock(20.0, random.Random(8))
    assert 2 <= len({p for _, _, p, _ in bleats}) <= 6
    assert all(0.39 <= b - a <= 1.11 and (170 <= p <= 350 or 420 <= p <= 650) and 6 <= q <= 11
               for a, b, p, q in bleats)
    quiet = [(b, c) for (_, b, _, _), (c, _, _, _) in zip(bleats, bleats[1:])
             if c - b > 0.1 and all(not (x < c and y > b) for x, y, _, _ in bleats)]
    assert quiet and all(np.abs(cut(sound, b + 0.01, c - 0.01)).max() == 0.0 for b, c in quiet)
