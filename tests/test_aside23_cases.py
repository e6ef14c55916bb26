"""The twenty-third aside set's own kinds of sound (benchmarks/aside23_cases.py), each generator tried on made-up
talks (no case built, no aligner run, ../shared never read); its names, seeds, containers, languages and flag
are a row of test_aside_sets.py's table."""

from __future__ import annotations

import re

import numpy as np
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, cut, level_db, speech_like, talk

import aside23_cases as a23  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


# ------------------------------------------------------------------ the panel's automatic mixer
def _two_talkers(made: sc.Made) -> sc.Made:
    """The made-up talk with its lines said by two talkers in turn (a synthesized line's ``voice``)."""
    segs = [dict(s, voice="ab"[k % 2]) for k, s in enumerate(made.segments)]
    return sc.Made(made.samples, segs, made.notes, made.words)


def test_shared_gains_sum_to_one_and_follow_each_microphone_s_power():
    levels = np.array([[1.0, 0.1, 0.5], [0.1, 0.1, 0.5], [0.1, 1.0, 0.0]])
    g = a23.shared_gains(levels)
    assert np.allclose(g.sum(axis=0), 1.0)
    assert g[0, 0] > 0.98 and g[2, 1] > 0.98 and np.allclose(g[:2, 2], 0.5)
    assert np.isclose(g[0, 0] / g[1, 0], 100.0)  # as power: ten times the level, a hundred times the gain


def test_the_mixer_gives_each_line_its_talker_s_microphone_and_spreads_the_gain_over_the_table_as_it_ends():
    import random

    import aside21_cases as a21

    made = _two_talkers(speech_like())
    out = a23.automatic_mixer(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert "2 talking" in out.notes[-1] and "1 talking" in a23.automatic_mixer(speech_like(), seed=3).notes[-1]
    # the same mixer, the microphones and gains laid open
    prng = random.Random(3)
    panel = a23.panel_microphones(made, prng, np.random.default_rng(3))
    gains = a23.shared_gains(np.array([a21._envelope(m, 0.002, prng.uniform(0.08, 0.15)) for m in panel.heard]))
    assert len(panel.heard) >= 3 and panel.talkers == ["a", "b"]
    assert all(0.0035 * RATE <= d <= 0.0076 * RATE + 1 for d in panel.delays)  # 1.2-2.6 m at 343 m/s

    def gain(talker: int, a: float, b: float) -> float:
        """The median of ``talker``'s microphone's gain from ``a`` to ``b`` s."""
        return float(np.median(gains[talker, int(a * RATE) // 16:int(b * RATE) // 16 + 1]))

    spread = []  # the talker's share in the pause after each line
    for k, (s, e) in enumerate(TEN_LINES):
        inside = cut(x, s + 0.05, e - 0.05), cut(y, s + 0.05, e - 0.05)
        assert np.corrcoef(*inside)[0, 1] > 0.9  # the line comes out of its own microphone, in place
        assert abs(level_db(inside[1]) - level_db(inside[0])) < 2.0
        own = gain(k % 2, s + 0.1, e - 0.1)
        assert own > 0.7 and own > 4 * gain(1 - k % 2, s + 0.1, e - 0.1)
        if k + 1 < len(TEN_LINES):
            spread.append(gain(k % 2, e + 0.4, TEN_LINES[k + 1][0] - 0.2))
            pause = (e + TEN_LINES[k + 1][0]) / 2
            assert level_db(cut(y, e + 0.02, e + 0.12)) > level_db(cut(y, pause - 0.1, pause + 0.1)) + 8  # the room
    assert abs(np.mean(spread) - 1 / len(panel.heard)) < 0.12  # in the pauses the table shares the gain
    # nothing earlier than the voice: the talk turned over after its first line begins changes nothing before it
    flipped = x.copy()
    first = int(TEN_LINES[0][0] * RATE)
    flipped[first:] *= -1
    z = a23.automatic_mixer(sc.Made(flipped.astype(np.float32), made.segments, made.notes, made.words), seed=3)
    assert np.corrcoef(y[:first], z.samples[:first])[0, 1] > 0.999999


# ------------------------------------------------------------------ the Dolby B cassette played back without it
def test_dolby_b_lifts_quiet_highs_by_up_to_10_db_and_leaves_loud_ones_and_the_lows():
    assert a23.dolby_b_lift(np.array([-60.0, -40.0, -22.5, -5.0, 0.0])).tolist() == [10.0, 10.0, 5.0, 0.0, 0.0]
    made = speech_like()
    quiet = [3, 7]  # two lines said 35 dB down: a fading talker, a far one
    y0 = made.samples.copy()
    for k in quiet:
        s, e = TEN_LINES[k]
        y0[int(s * RATE):int(e * RATE)] *= 10 ** (-35 / 20)
    made = sc.Made(y0, made.segments, made.notes, made.words)
    out = a23.dolby_b_undecoded(made, seed=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    corner = float(re.search(r"over (\d+) Hz", out.notes[-1]).group(1))
    for k, (s, e) in enumerate(TEN_LINES):
        a, b = cut(x, s + 0.1, e - 0.1), cut(y, s + 0.1, e - 0.1)
        lift = band_db(b, 3000, 7000) - band_db(a, 3000, 7000)
        assert (7.0 < lift < 10.5) if k in quiet else (-0.5 < lift < 3.5), (k, lift)
        assert abs(band_db(b, 100, corner / 3) - band_db(a, 100, corner / 3)) < 0.5  # the lows pass as they were
        # before the line, only the tape's hiss: the lift is a gain on the highs where they are, never earlier
        assert level_db(cut(y, s - 0.3, s - 0.03)) < level_db(b) - (12 if k in quiet else 40)
    hiss_db = float(re.search(r"hiss (\d+) dB under", out.notes[-1]).group(1))
    assert 48 <= hiss_db <= 54


# ------------------------------------------------------------------ the PA's chime
def test_the_chime_is_struck_in_the_pause_and_still_rings_under_the_line_s_first_words():
    made = speech_like()
    out = a23.announcement_chimes(made, seed=5, count=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    chime = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    lines = [int(k) - 1 for k in re.search(r"\(lines ([\d, ]+)\)", out.notes[-1]).group(1).split(", ")]
    assert len(lines) == 3 and 0 not in lines  # the first line has no pause of 1.1 s before it
    speech = level_db(np.concatenate([cut(made.samples, s, e) for s, e in TEN_LINES]))
    for k in lines:
        s, prev_end = TEN_LINES[k][0], TEN_LINES[k - 1][1]
        struck = np.flatnonzero(np.abs(cut(chime, prev_end, s)) > 1e-9)
        assert len(struck) and struck[0] / RATE >= 0.15 - 1e-3  # not before the line before has ended + 0.15 s
        onset = prev_end + struck[0] / RATE
        assert abs(level_db(cut(chime, onset, onset + 0.1)) - speech) < 3.5
        ringing = level_db(cut(chime, s, s + 0.1)) - level_db(cut(chime, onset, onset + 0.1))
        assert -25 < ringing < -3, (k, ringing)  # still ringing under the first words
        assert level_db(cut(chime, s - 0.25, s)) < level_db(cut(chime, s - 0.8, s - 0.25)) + 6  # no note at the line
    others = [k for k in range(1, len(TEN_LINES)) if k not in lines and k - 1 not in lines]
    for k in others:  # lines with no chime before them (nor one ringing from the pause before last)
        assert np.max(np.abs(cut(chime, TEN_LINES[k - 1][1], TEN_LINES[k][0]))) < 1e-9


# ------------------------------------------------------------------ off shortwave
def test_shortwave_fades_selectively_keeps_the_voice_in_its_place_and_adds_nothing_before_the_first_line():
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out = a23.shortwave(made, seed=6)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert band_db(y, 5500, 8000) < band_db(x, 5500, 8000) - 20  # the AM station's band
    first = int(TEN_LINES[0][0] * RATE)
    assert level_db(y[:first - 80]) < level_db(cut(y, *TEN_LINES[0])) - 20  # hiss, whistle, crashes: no voice
    for s, e in TEN_LINES:  # every line in its place: the first path is the voice as said, not delayed
        a, b = cut(x, s, e), cut(y, s, e)
        lag = int(np.argmax([np.dot(a[200:-200], b[200 + k:len(b) - 200 + k]) for k in range(-40, 41)])) - 40
        assert 0 <= lag <= 25, lag  # at most the later path's 1.5 ms, never earlier
    # the second path's drifting delay: the talk's spectrum has notches that move (a comb whose teeth wander)
    spectra = [np.abs(np.fft.rfft(cut(y, s, s + 1.0) * np.hanning(RATE))) for s, _ in TEN_LINES[:6]]
    f = np.fft.rfftfreq(RATE, 1 / RATE)
    band = (f > 300) & (f < 3000)
    notch = [float(f[band][np.argmin(np.convolve(sp[band], np.ones(40) / 40, "same"))]) for sp in spectra]
    assert max(notch) - min(notch) > 100, notch
    assert re.search(r"(\d+) static crashes", out.notes[-1]) and "whistle" in out.notes[-1]


# ------------------------------------------------------------------ the aside kept to its flag
