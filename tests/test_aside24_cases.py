"""The twenty-fourth aside set's own kinds of sound (benchmarks/aside24_cases.py), each generator tried on made-up
talks (no case built, no aligner run, ../shared never read); its names, seeds, containers, languages and flag
are a row of test_aside_sets.py's table."""

from __future__ import annotations

import re

import numpy as np
from made_up_talks import TEN_LINES, band_db, band_share, broadband, changed_runs, cut, level_db, speech_like

import aside24_cases as a24  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the MiniDisc's transform codec
def test_the_transform_codec_gives_the_talk_back_unquantized():
    x = np.random.default_rng(0).normal(size=20000)
    for m in (320, 368, 384):
        assert np.max(np.abs(a24.transform_coded(x, m, np.inf) - x)) < 1e-9


def test_the_minidisc_keeps_each_line_in_place_and_leaves_a_pre_echo_only_within_a_block_before_it():
    made = broadband(speech_like(), floor=1e-4)
    out = a24.minidisc(made, seed=7)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    block = float(re.search(r"blocks of (\d+) ms", out.notes[-1]).group(1)) / 1000
    assert 0.039 <= block <= 0.049
    floor = level_db(cut(x, TEN_LINES[0][0] - 0.4, TEN_LINES[0][0] - 0.1))
    for s, e in TEN_LINES:
        inside = cut(x, s + 0.05, e - 0.05), cut(y, s + 0.05, e - 0.05)
        assert np.corrcoef(*inside)[0, 1] > 0.95 and abs(level_db(inside[1]) - level_db(inside[0])) < 1.0
        line = level_db(cut(x, s, s + 0.1))
        echo = level_db(cut(y, s - 0.005, s))
        assert floor + 20 < echo < line - 12, (s, floor, echo, line)  # the pre-echo: the onset's noise, before it
        assert abs(level_db(cut(y, s - block - 0.1, s - block - 0.005)) - floor) < 1.0  # a block before: the room


# ------------------------------------------------------------------ the de-esser
def _with_sibilants(made: sc.Made, lines: tuple[int, ...]) -> sc.Made:
    """The made-up talk with an /s/ (0.15 s of noise over 4.5 kHz at the line's level) ending each of ``lines``."""
    rng = np.random.default_rng(9)
    y = made.samples.astype(np.float64).copy()
    for k in lines:
        s, e = TEN_LINES[k]
        i, j = int((e - 0.15) * RATE), int(e * RATE)
        hiss = np.fft.irfft(np.fft.rfft(rng.normal(size=j - i)) * (np.fft.rfftfreq(j - i, 1 / RATE) > 4500), j - i)
        y[i:j] += hiss / sc._rms(hiss) * sc._rms(cut(y, s, e))
    return sc.Made(y.astype(np.float32), made.segments, made.notes, made.words)


def test_the_de_esser_takes_the_sibilants_down_and_leaves_vowels_lows_and_pauses():
    assert a24.deesser_cut(np.array([-40.0, -20.0, -10.0, 0.0]), -20.0, 5.0, 12.0).tolist() == [0.0, 0.0, -8.0,
                                                                                                  -12.0]
    sibilant = (1, 4, 7)
    made = _with_sibilants(broadband(speech_like(), floor=3e-4), sibilant)
    out = a24.deesser(made, seed=8)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    most = float(re.search(r"at most (\d+) dB", out.notes[-1]).group(1))
    for k, (s, e) in enumerate(TEN_LINES):
        body = cut(x, s + 0.1, e - 0.3), cut(y, s + 0.1, e - 0.3)
        assert np.corrcoef(*body)[0, 1] > 0.999  # the vowels pass
        assert abs(band_db(body[1], 100, 2000) - band_db(body[0], 100, 2000)) < 0.3
        tail = cut(x, e - 0.12, e), cut(y, e - 0.12, e)
        drop = band_db(tail[0], 5000, 7500) - band_db(tail[1], 5000, 7500)
        assert (4.0 < drop < most + 0.5) if k in sibilant else (drop < 1.0), (k, drop)
        assert abs(band_db(tail[1], 100, 2000) - band_db(tail[0], 100, 2000)) < 0.5  # the lows under it stay
        if k + 1 < len(TEN_LINES):  # the pause's room, once the detector has let go
            pause = cut(x, e + 0.3, TEN_LINES[k + 1][0] - 0.05), cut(y, e + 0.3, TEN_LINES[k + 1][0] - 0.05)
            assert abs(level_db(pause[1]) - level_db(pause[0])) < 0.2


# ------------------------------------------------------------------ thunder
def test_thunder_only_adds_a_low_rumble_of_seconds_wherever_it_falls():
    made = speech_like()
    out = a24.thunder(made, seed=10, count=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    runs = changed_runs(added, gap=0.5)
    said = re.findall(r"at (\d+\.\d) s|; (\d+\.\d) s \((\d+\.\d) s", out.notes[-1])
    assert len(runs) == 3 == out.notes[-1].count(" dB under")
    for run in runs:
        assert len(run) / RATE > 0.9  # seconds long, not a knock
    assert band_share(added, 0, 300) > 0.85  # a rumble: the voice's band above it is left clear
    speech = level_db(np.concatenate([cut(made.samples, s, e) for s, e in TEN_LINES]))
    for run in runs:
        loudest = max(level_db(added[i:i + RATE]) for i in range(run[0], max(run[0] + 1, run[-1] - RATE), RATE // 4))
        assert -11 < loudest - speech < -1.5
    assert said  # where each fell is in the notes
    inside_lines = sum(1 for run in runs if any(s * RATE < run[-1] and e * RATE > run[0] for s, e in TEN_LINES))
    assert inside_lines >= 1  # the storm does not wait for a pause


# ------------------------------------------------------------------ the road drill outside
def test_the_road_drill_adds_bursts_of_impacts_through_a_window_and_nothing_between_them():
    made = speech_like()
    out = a24.road_drill(made, seed=11, bursts=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    spans = [(float(a), float(b)) for a, b in re.findall(r"(\d+\.\d)-(\d+\.\d) s", out.notes[-1])]
    assert len(spans) == 3 and all(1.4 <= b - a <= 6.1 for a, b in spans)
    rate_hz = float(re.search(r"\((\d+) impacts a second", out.notes[-1]).group(1))
    assert 18 <= rate_hz <= 26
    outside = np.ones(len(added), bool)
    for a, b in spans:
        outside[int((a - 0.05) * RATE):int((b + 0.05) * RATE)] = False  # the notes round to 0.1 s
        burst = cut(added, a, b)
        env = np.sqrt(np.convolve(burst ** 2, np.ones(80) / 80, "same"))[::16]  # 1 ms steps
        env = env - env.mean()
        ac = np.correlate(env, env, "full")[len(env) - 1:]
        lag = 1000 / rate_hz
        assert ac[int(round(lag))] > 0.5 * ac[0] and ac[int(round(lag / 2))] < ac[int(round(lag))]  # periodic
    assert np.max(np.abs(added[outside])) < 1e-6
    assert band_share(added, 3000, 8000) < 0.02  # through the window: little over 2-3 kHz


# ------------------------------------------------------------------ the aside kept to its flag
