"""The twenty-eighth aside set's generators (benchmarks/aside28_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (added_by, added_in_noted_spans, band_share, cut, level_db, only_inside, repeated_talk,
                           spans_under, speech_db)

import aside28_cases as a28  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _frames_db(x: np.ndarray, width: float, hop: float) -> np.ndarray:
    return np.array([level_db(cut(x, t, t + width)) for t in np.arange(0.0, len(x) / RATE - width, hop)])


# ------------------------------------------------------------------ the camera shutters
def test_the_shutters_fire_bursts_of_two_clicks_a_frame_at_the_camera_s_rate_begun_inside_lines():
    made, lines = repeated_talk(2)
    out = a28.camera_shutters(made, seed=41, cameras=1)
    added = added_by(made, out)
    note = out.notes[-1]
    pitch, fps, gap, under = (float(v) for v in re.search(
        r"a camera at (\d\.\d) kHz, (\d+\.\d) frames a second, shutter closing (\d+) ms after, (\d+) dB under",
        note).groups())
    bursts = [(float(a), float(b), int(k)) for a, b, k in re.findall(r"(\d+\.\d+)-(\d+\.\d+) s \((\d) frames\)", note)]
    assert len(bursts) >= 3 and only_inside(added, [(a, b) for a, b, _ in bursts])
    assert all(b <= c for (_, b, _), (c, _, _) in zip(bursts, bursts[1:]))  # one burst at a time, in order
    speech = speech_db(made, lines)
    for a, b, frames in bursts:
        assert any(s + 0.19 <= a <= s + 1.01 and a < e for s, e in lines)  # begun 0.2-1.0 s into a line
        assert 2 <= frames <= 8
        assert abs(level_db(cut(added, a, b)) - (speech - under)) < 1.5
    assert band_share(added, 1000 * pitch * 0.5, 8000) > 0.8  # clicks, over the body's thump
    # each frame's opening and closing click, the frames 1/fps apart
    burst = a28.shutter_burst(5, fps, 1000 * pitch, gap / 1000, np.random.default_rng(3))
    env = np.convolve(burst ** 2, np.ones(16) / 16, "same")  # 1 ms power
    peaks = [i / RATE for i in range(1, len(env) - 1)
             if env[i] > 0.01 * env.max() and env[i] == env[max(0, i - 160):i + 160].max()]  # 10 ms either side
    opening, closing = peaks[0::2], peaks[1::2]
    assert len(opening) == len(closing) == 5
    assert np.allclose(np.diff(opening), 1 / fps, atol=0.002)
    assert np.allclose(np.subtract(closing, opening), gap / 1000, atol=0.002)
    assert level_db(cut(burst, closing[0] + 0.02, opening[1] - 0.005)) < level_db(cut(burst, 0.0, 0.005)) - 60


# ------------------------------------------------------------------ the mosquito
def test_the_mosquito_buzzes_at_its_wing_beat_loudest_as_it_passes_and_adds_nothing_outside_its_visits():
    made, lines = repeated_talk(2)
    out = a28.mosquito(made, seed=42, visits=2)
    added = added_by(made, out)
    visits = [tuple(float(v) for v in m) for m in re.findall(
        r"(\d+\.\d)-(\d+\.\d) s \((\d+) Hz, (\d+) dB under passing, (\d+) dB less far off\)", out.notes[-1])]
    assert len(visits) == 2 and only_inside(added, [(a, b) for a, b, *_ in visits])
    speech = speech_db(made, lines)
    for a, b, f0, under, far in visits:
        assert 2.4 <= b - a <= 7.1 and 450 <= f0 <= 650
        buzz = cut(added, a + 0.3, b - 0.3)
        assert band_share(buzz, 0.9 * f0, 1.1 * f0) > 0.55  # the wing beat's fundamental (1/k partials: 65 %)
        assert band_share(buzz, 1.8 * f0, 8.2 * f0) > 0.25  # ... and its harmonics
        frames = _frames_db(buzz, 0.05, 0.025)
        assert abs(frames.max() - (speech - under)) < 1.5  # as loud as the notes say where it passes
        assert frames.max() - frames.min() > far - 3  # and far quieter at the far end of its loop
    assert any(s < a < e for a, *_ in visits for s, e in lines) or any(s < b < e for _, b, *_ in visits
                                                                      for s, e in lines)


# ------------------------------------------------------------------ the slide projector
def test_the_projector_s_fan_never_stops_and_each_slide_change_clunks_whirs_and_clacks_after_a_line():
    made, lines = repeated_talk(2)
    out = a28.slide_projector(made, seed=43, changes=3)
    added = added_by(made, out)
    fan_under = float(re.search(r"its fan (\d+) dB under", out.notes[-1]).group(1))
    changes = spans_under(out.notes[-1])
    assert len(changes) == 3
    speech = speech_db(made, lines)
    assert np.all(_frames_db(added, 0.1, 0.1) > speech - fan_under - 3)  # the fan in every frame, pauses too
    fan = a28.projector_fan(5.0, np.random.default_rng(4), random.Random(4))
    assert band_share(fan, 0, 1600) > 0.9 and band_share(fan, 95, 105) > 0.05  # low, with the mains' hum
    for a, b, under in changes:
        assert any(e + 0.09 <= a <= e + 0.41 for _, e in lines)  # begun just after a line ended
        assert abs(level_db(cut(added, a, b)) - (speech - under)) < 1.5
    sound, (w0, w1) = a28.slide_change(np.random.default_rng(5), random.Random(5))
    assert 0.25 <= w1 - w0 <= 0.45
    clunk, whir, clack = cut(sound, 0.0, 0.015), cut(sound, w0 + 0.05, w1 - 0.05), cut(sound, w1, w1 + 0.02)
    assert band_share(clunk, 0, 400) > 0.8  # the solenoid's low clunk
    assert band_share(clack, 900, 4500) > 0.5  # the slide's bright clack
    spec = np.abs(np.fft.rfft(whir)) ** 2
    peak = np.fft.rfftfreq(len(whir), 1 / RATE)[np.argmax(spec)]
    assert 290 <= peak <= 610 and band_share(whir, 0.97 * peak, 1.03 * peak) > 0.6  # a motor's whine


# ------------------------------------------------------------------ the zipper
def test_the_zipper_s_teeth_speed_up_and_slow_down_and_each_bag_is_opened_then_shut():
    sound, teeth = a28.zip_pull(0.6, np.random.default_rng(6), random.Random(6))
    apart = np.diff(teeth)
    middle = apart[len(apart) // 3:2 * len(apart) // 3]
    assert 1 / 400 <= np.min(apart) and np.max(middle) <= 1 / 110  # 120-400 teeth a second at the middle
    assert apart[0] > 2.5 * np.min(apart) and apart[-1] > 2.5 * np.min(apart)  # slower at either end
    assert band_share(sound, 900, 7500) > 0.9
    ticks = np.abs(sound) > 4 * np.median(np.abs(sound))
    assert np.mean([ticks[int(t * RATE):int(t * RATE) + 8].any() for t in teeth]) > 0.9  # a tick at each tooth
    made, lines = repeated_talk(2)
    _, pulls = added_in_noted_spans(made, lines, a28.zipper(made, seed=44, bags=2), 4)
    for (a, b, under), (c, _, _) in zip(pulls[0::2], pulls[1::2]):
        assert 0.29 <= b - a <= 0.91 and 1.99 <= c - b <= 8.01  # opened, then shut 2-8 s later
