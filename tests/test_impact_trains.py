"""A train of impacts (a road drill, a pneumatic hammer, a nail gun fired in bursts) still at work when a line ends is
no voice going on: the edge rules that follow a line's last sound carried the end over it as far as they reach; the
end goes back to where the voice stops under the impacts (j175)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import reach_last_sounds
from aligner.align.impact_trains import impact_period, step_levels, voice_under_impacts_end
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, espeak_available, rms, sewing_machine, smooth_band, speak

START, PAUSE = 1.0, 1.6  #: where the line starts, the pause after it (s)
TEXT = "Please hold the line for the operator."


def _impacts(seconds: float, rate_hz: float, seed: int, low: float = 260.0, high: float = 1100.0,
             window: float = 2000.0) -> np.ndarray:
    """``seconds`` of impacts ``rate_hz`` a second (each up to 6 % early or late, 15 % louder or softer): a bit's
    thud, two damped resonances dying in 10 ms, with a 2 ms click, heard through a window (under ``window`` Hz)."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(0.06 * RATE)) / RATE
    thud = np.exp(-t / 0.010) * (np.sin(2 * np.pi * low * t) + 0.6 * np.sin(2 * np.pi * high * t))
    y = np.zeros(int(seconds * RATE) + len(t))
    at = 0.0
    while at < seconds:
        i = int(at * RATE)
        hit = thud.copy()
        hit[:32] += rng.normal(size=32) * 0.5
        y[i:i + len(t)] += hit * (1 + 0.15 * (2 * rng.random() - 1))
        at += (1 + 0.06 * (2 * rng.random() - 1)) / rate_hz
    return smooth_band(y[:int(seconds * RATE)], 20.0, window)


def _talk(rate_hz: float, under_db: float, seed: int, before: float = 0.8,
          after: float = 0.45) -> tuple[Audio, float, float]:
    """One espeak-ng line over a quiet room, a burst of impacts (``rate_hz`` a second, ``under_db`` under the
    voice) from ``before`` s before the line's end to ``after`` s after it -- within the reach of the rules that
    follow a last sound, with quiet after it, as the road drill's bursts stopped; the audio, where the voice stops
    and how long its last word lasts (s)."""
    voice = speak(TEXT)
    rng = np.random.default_rng(seed)
    total = int((START + len(voice) / RATE + PAUSE) * RATE)
    x = rng.standard_normal(total) * 10.0 ** (-60 / 20)
    a = int(START * RATE)
    x[a:a + len(voice)] += voice
    end = START + len(voice) / RATE
    b, c = int((end - before) * RATE), int((end + after) * RATE)
    train = _impacts((c - b) / RATE, rate_hz, seed)
    x[b:c] += train / rms(train) * rms(voice) * 10.0 ** (-under_db / 20)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, end, 0.6


def _placed(end: float, last_word: float) -> Placed:
    words = (Word("Please", START, START + 0.4, 1.0), Word("operator.", end - last_word, end, 1.0))
    return Placed(Segment(TEXT, START, end, words=words), ("exact",) * 2, (0.9,) * 2)


@pytest.mark.parametrize("rate_hz", [12.0, 20.0, 24.0, 34.0])
def test_a_train_of_impacts_has_its_period(rate_hz):
    train = _impacts(0.6, rate_hz, seed=3)
    audio = Audio(None, (train / np.abs(train).max() * 0.3 * 32767).astype(np.int16), RATE)
    period = impact_period(step_levels(audio, 0.0, 0.6))
    assert period is not None and abs(period - 1 / rate_hz) <= 0.1 / rate_hz


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_voice_and_a_quiet_room_are_no_train_of_impacts():
    voice = speak(TEXT)
    rng = np.random.default_rng(5)
    x = np.concatenate([voice, np.zeros(RATE // 2)]) + rng.standard_normal(len(voice) + RATE // 2) * 1e-3
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    end = len(voice) / RATE
    for a, b in [(end - 0.6, end), (end - 0.3, end + 0.3), (end, end + 0.5), (0.0, end)]:
        assert impact_period(step_levels(audio, a, b)) is None
        assert voice_under_impacts_end(audio, a, b) is None


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("rate_hz, under_db", [(20.0, 10.0), (24.0, 12.0), (16.0, 9.0), (32.0, 14.0), (38.0, 12.0)])
def test_an_end_is_not_carried_over_the_impacts_after_the_line(rate_hz, under_db):
    audio, voice_end, last_word = _talk(rate_hz, under_db, seed=int(rate_hz))
    items = [_placed(voice_end, last_word)]
    reach_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration)
    assert abs(items[0].segment.end - voice_end) <= 0.05


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_an_end_put_early_under_the_impacts_goes_to_where_the_voice_stops():
    audio, voice_end, last_word = _talk(22.0, 10.0, seed=9)
    assert voice_under_impacts_end(audio, voice_end - 0.08, voice_end + 0.5) == pytest.approx(voice_end, abs=0.04)
    assert voice_under_impacts_end(audio, voice_end, voice_end + 0.5) == pytest.approx(voice_end, abs=0.01)


def _pump(seconds: float, mains_hz: float, seed: int) -> np.ndarray:
    """``seconds`` of an espresso machine's vibratory pump: a piston driven at the mains' ``mains_hz`` (a clipped
    sine, rich in its harmonics) with a rattle on each stroke."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * RATE)) / RATE
    stroke = np.sin(2 * np.pi * mains_hz * t)
    rattle = smooth_band(rng.normal(size=len(t)) * np.maximum(stroke, 0.0) ** 8, 800.0, 4000.0)
    return np.tanh(4 * stroke) + 0.6 * rattle / rms(rattle)


@pytest.mark.parametrize("mains_hz", [50.0, 60.0])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_pump_on_the_mains_is_no_train_of_impacts(mains_hz, seed):
    """Its strokes come 17-20 ms apart, faster than any impact train; three or five of them swing against half as
    many as a train's period does, and were read as one (60 or 100 ms)."""
    pump = _pump(0.8, mains_hz, seed)
    pump += np.random.default_rng(seed).standard_normal(len(pump)) * 0.02
    audio = Audio(None, (pump / np.abs(pump).max() * 0.3 * 32767).astype(np.int16), RATE)
    for a, b in [(0.0, 0.4), (0.1, 0.7), (0.0, 0.8)]:
        assert impact_period(step_levels(audio, a, b)) is None


@pytest.mark.parametrize("rate_hz", [45.0, 60.0])
def test_knocks_faster_than_any_impact_train_are_none(rate_hz):
    train = _impacts(0.6, rate_hz, seed=1)
    audio = Audio(None, (train / np.abs(train).max() * 0.3 * 32767).astype(np.int16), RATE)
    assert impact_period(step_levels(audio, 0.0, 0.6)) is None


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_an_end_over_a_pump_is_not_taken_back_into_the_line():
    """A line whose last sound the phone pass cut short, carried on to where the voice stops (or a little past it)
    over a pump 9 dB under it: the end stays (its strokes are no impacts between which the voice could be told to
    stop; they were read as impacts 60 ms apart and the end went back to the phone pass's)."""
    voice = speak(TEXT)
    rng = np.random.default_rng(4)
    total = int((START + len(voice) / RATE + PAUSE) * RATE)
    x = rng.standard_normal(total) * 10.0 ** (-60 / 20)
    a = int(START * RATE)
    x[a:a + len(voice)] += voice
    end = START + len(voice) / RATE
    pump = _pump(len(x) / RATE, 50.0, seed=4)
    x += pump / rms(pump) * rms(voice) * 10.0 ** (-9 / 20)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    assert voice_under_impacts_end(audio, end - 0.15, end) is None
    assert voice_under_impacts_end(audio, end - 0.2, end + 0.3) is None


@pytest.mark.parametrize("rate_hz", [11.0, 14.0, 17.0])
def test_a_sewing_machine_whose_feed_dog_knocks_between_its_clicks_is_a_train(rate_hz):
    """Half a stroke after each click its level meets the knock, not the silence: read against half its period it
    swung 0.35-0.55 and was no train (``iy_real_sewing_hiccups_dashes``: an end carried +577 ms over the stitching)."""
    train = sewing_machine(0.8, rate_hz, seed=int(rate_hz))
    audio = Audio(None, (train / np.abs(train).max() * 0.3 * 32767).astype(np.int16), RATE)
    period = impact_period(step_levels(audio, 0.0, 0.8))
    assert period is not None and min(abs(period - m / rate_hz) for m in (1, 2)) <= 0.1 / rate_hz
