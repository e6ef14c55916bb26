"""The twenty-fifth aside set's own kinds of sound (benchmarks/aside25_cases.py), each generator tried on made-up
talks (no case built, no aligner run, ../shared never read); its names, seeds, containers, languages and flag
are a row of test_aside_sets.py's table."""

from __future__ import annotations

import re

import numpy as np
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_db, band_share, changed_runs, cut, level_db, only_inside,
                           repeated_talk, speech_db, talk)

import aside25_cases as a25  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _spans(note: str) -> list[tuple[str, float, float]]:
    return [(w, float(a), float(b)) for w, a, b in re.findall(r"(grinder|pump|steam) (\d+\.\d)-(\d+\.\d) s", note)]


# ------------------------------------------------------------------ the espresso machine
def test_the_espresso_machine_adds_a_grinder_a_pump_on_the_mains_and_a_steam_hiss_and_nothing_else():
    made, lines = repeated_talk(3)
    out = a25.espresso_machine(made, seed=12, orders=2)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    spans = _spans(out.notes[-1])
    assert [w for w, _, _ in spans] == ["grinder", "pump", "steam"] * 2
    assert only_inside(added, [(a, b) for _, a, b in spans])
    speech = speech_db(made, lines)
    for what, a, b in spans:
        assert 1.9 <= b - a <= 25.1
        part = cut(added, a + 0.5, b - 0.5)  # clear of the stage's fades
        assert -19.5 < level_db(part) - speech < -4.5, (what, level_db(part) - speech)
        if what == "pump":  # a buzz on the mains' 50 Hz: its power in the odd harmonics up to 1 kHz
            spec = np.abs(np.fft.rfft(part * np.hanning(len(part)))) ** 2
            f = np.fft.rfftfreq(len(part), 1 / RATE)
            odd = np.zeros(len(f), bool)
            for h in range(50, 1000, 100):
                odd |= np.abs(f - h) < 2.0
            assert spec[odd].sum() / spec[f < 1000].sum() > 0.8
        elif what == "steam":
            assert band_share(part, 1200, 8000) > 0.9  # a hiss: high
        else:
            assert band_share(part, 100, 1000) > 0.2 and band_share(part, 1000, 6500) > 0.2  # whine and crunch
    assert any(s * RATE < r[-1] and e * RATE > r[0] for s, e in lines for r in changed_runs(added))  # over lines


# ------------------------------------------------------------------ the leaf blower
def test_the_leaf_blower_rises_and_falls_as_it_walks_past_and_buzzes_at_its_firing_rate():
    assert np.allclose(a25.walk_past_gain(5, 0.5, 4.0)[[0, 2, 4]], [0.25, 1.0, 0.25])
    made, lines = repeated_talk(3)
    out = a25.leaf_blower(made, seed=13)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    a, b = (float(v) for v in re.search(r": (\d+\.\d)-(\d+\.\d) s", out.notes[-1]).groups())
    assert only_inside(added, [(a, b)]) and b - a >= 24.9
    firing = float(re.search(r"\((\d+) firings a second", out.notes[-1]).group(1))
    under = float(re.search(r"(\d+) dB under the speech at the nearest", out.notes[-1]).group(1))
    seconds = [level_db(cut(added, t, t + 1.0)) for t in np.arange(a + 0.6, b - 1.6, 1.0)]
    top = int(np.argmax(seconds))
    assert 0 < top < len(seconds) - 1  # the nearest point lies inside the pass, not at an end
    assert seconds[top] - max(seconds[0], seconds[-1]) > 9.0  # far at both ends
    assert abs(seconds[top] - (speech_db(made, lines) - under)) < 1.5
    near = cut(added, a + top + 0.6, a + top + 1.6)
    spec = np.abs(np.fft.rfft(near, 2 * len(near))) ** 2 / (1 + (np.fft.rfftfreq(2 * len(near), 1 / RATE) / 400) ** 8)
    ac = np.fft.irfft(spec)[:len(near)]  # the autocorrelation: the firings repeat
    lags = np.arange(int(RATE / (1.4 * firing)), int(RATE / (0.9 * firing)) + 1)  # blipped up to 30 % faster
    assert ac[lags].max() > 0.4 * ac[0] > ac[int(RATE / firing / 2)]  # under 400 Hz, clear of the fan's roar


# ------------------------------------------------------------------ the kettle
def test_the_kettle_rumbles_louder_then_whistles_a_tone_and_stops_when_lifted_off():
    made, lines = repeated_talk(3)
    out = a25.kettle(made, seed=14)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    note = out.notes[-1]
    start = float(re.search(r"heating from (-?\d+\.\d) s", note).group(1))
    w0, w1 = (float(v) for v in re.search(r"(\d+\.\d)-(\d+\.\d) s,", note).groups())
    f0 = float(re.search(r"\((\d+) Hz and rising", note).group(1))
    assert 3.9 <= w1 - w0 <= 9.1 and 29.9 <= w0 - start <= 60.1
    assert only_inside(added, [(max(0.0, start), w1)])
    heating = cut(added, max(0.0, start), w0)
    first, last = level_db(heating[:3 * RATE]), level_db(heating[-3 * RATE:])
    assert last - first > 12.0  # the boil coming on
    assert band_share(heating[-3 * RATE:], 0, 1000) > 0.7  # a rumble, with bubbles' ticks
    whistle = cut(added, w0 + 2.0, w1 - 0.1)
    assert band_share(whistle, f0 * 0.97, f0 * 1.2) > 0.8  # a tone, rising from f0
    assert -15 < level_db(whistle) - speech_db(made, lines) < -5


# ------------------------------------------------------------------ the aural exciter
def _tone_talk() -> sc.Made:
    """Lines of a 200 Hz tone with a 3.6 kHz one in them (over every corner the exciter may take), a room's hiss
    (RMS 3e-4) everywhere: a voice's highs with nothing else near twice their pitch."""
    n = int(TEN_LINES_TOTAL * RATE)
    y = np.random.default_rng(5).normal(size=n) * 3e-4
    for s, e in TEN_LINES:
        i, j = int(s * RATE), int(e * RATE)
        t = np.arange(j - i) / RATE
        y[i:j] += 0.2 * np.sin(2 * np.pi * 200 * t) + 0.05 * np.sin(2 * np.pi * 3600 * t)
    return sc.Made(y.astype(np.float32), talk(TEN_LINES, TEN_LINES_TOTAL).segments, ["made up"], [])


def test_the_exciter_adds_harmonics_of_the_highs_where_they_are_and_leaves_the_lows_and_the_pauses():
    made = _tone_talk()
    out = a25.exciter(made, seed=15)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    for k, (s, e) in enumerate(TEN_LINES):
        body = cut(x, s + 0.1, e - 0.1), cut(y, s + 0.1, e - 0.1)
        assert np.corrcoef(*body)[0, 1] > 0.98
        assert abs(band_db(body[1], 100, 1500) - band_db(body[0], 100, 1500)) < 0.1  # the lows pass
        assert band_db(body[1], 7000, 7400) - band_db(body[0], 7000, 7400) > 10  # the tone's second harmonic
        lags = np.arange(-40, 41)
        moved = [np.dot(body[0][40:-40], body[1][40 + d:len(body[1]) - 40 + d]) for d in lags]
        assert lags[int(np.argmax(moved))] == 0  # nothing moves
        if k + 1 < len(TEN_LINES):
            pause = cut(x, e + 0.2, TEN_LINES[k + 1][0] - 0.2), cut(y, e + 0.2, TEN_LINES[k + 1][0] - 0.2)
            assert abs(band_db(pause[1], 100, 1500) - band_db(pause[0], 100, 1500)) < 0.1
            lift = band_db(pause[1], 4000, 8000) - band_db(pause[0], 4000, 8000)
            assert 0.0 <= lift < 20 * np.log10(1 + 10 ** (-6 / 20))  # the room's hiss lifted by the mix at most


# ------------------------------------------------------------------ the aside kept to its flag
