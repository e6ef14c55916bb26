"""Which fold of a stereo file the aligner hears: the difference when one channel is upside down, else as loaded."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.audio import SAMPLE_RATE, load_audio
from aligner.audio.channels import heard_channels
from aligner.audio.encode import write_audio

RATE = 16000
SECONDS = 8.0


def voice(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A voiced sound in bursts (0.6 s of a 120 Hz harmonic series with a wandering pitch, then 0.4 s of nothing),
    and a mask of where it sounds."""
    t = np.arange(int(SECONDS * RATE)) / RATE
    f0 = 120.0 * (1.0 + 0.08 * np.sin(2 * np.pi * 0.7 * t))
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    x = sum(np.sin(k * phase + rng.uniform(0, 2 * np.pi)) / k for k in range(1, 25))
    on = (t % 1.0) < 0.6
    return 0.2 * x * on / np.max(np.abs(x)), on


def speech_to_floor_db(samples: np.ndarray, on: np.ndarray) -> float:
    """How far the sound where the voice is stands over the sound in its pauses (dB, RMS)."""
    x = samples.astype(np.float64)
    edge = int(0.05 * RATE)  # keep off the bursts' edges
    inside = on & np.roll(on, edge) & np.roll(on, -edge)
    outside = ~on & ~np.roll(on, edge) & ~np.roll(on, -edge)
    return 10 * np.log10(np.mean(x[inside] ** 2) / np.mean(x[outside] ** 2))


def stereo_file(tmp_path, left: np.ndarray, right: np.ndarray, name: str = "pair.wav") -> str:
    path = tmp_path / name
    write_audio(path, np.stack([left, right], axis=1).astype(np.float32), RATE)
    return str(path)


def room_noise(rng: np.random.Generator, db: float) -> np.ndarray:
    """Each capsule's own noise, ``db`` under the voice's peak level (independent between channels)."""
    return rng.normal(size=int(SECONDS * RATE)) * 0.2 * 10 ** (db / 20)


def test_a_right_channel_wired_upside_down_is_heard_with_its_voice_intact(tmp_path):
    rng = np.random.default_rng(7)
    x, on = voice(rng)
    left = x + room_noise(rng, -40)
    right = -0.8 * x + room_noise(rng, -40)
    path = stereo_file(tmp_path, left, right)
    loaded = load_audio(path)
    heard = heard_channels(loaded)
    one_channel = speech_to_floor_db(np.round(left * 32767), on)
    # the mean fold (what load_audio gives the waveform and the player) leaves 0.1 of the voice over all the noise
    assert speech_to_floor_db(loaded.samples, on) < one_channel - 10
    # what the aligner hears keeps the voice: at least as far over its floor as one channel alone
    assert speech_to_floor_db(heard.samples, on) >= one_channel - 1.0
    assert len(heard.samples) == len(loaded.samples) and heard.path == loaded.path
    # on the loaded timeline, sample for sample: the voice heard lines up with the left channel's at lag 0
    y = heard.samples.astype(np.float64)
    lags = range(-8, 9)
    assert max(lags, key=lambda k: float(np.dot(np.roll(y, k), left))) == 0


@pytest.mark.parametrize("kind", ["same", "spaced", "one_side"])
def test_stereo_wired_alike_is_heard_as_loaded(tmp_path, kind):
    """The same voice on both channels, a spaced pair (the right 0.8 ms late), the voice on the left and only noise
    on the right: the loaded Audio object itself comes back (nothing downstream can move)."""
    rng = np.random.default_rng(11)
    x, _ = voice(rng)
    left = x + room_noise(rng, -40)
    if kind == "same":
        right = left
    elif kind == "spaced":
        right = 0.7 * np.roll(x, int(0.0008 * RATE)) + room_noise(rng, -40)
    else:
        right = room_noise(rng, -25)
    loaded = load_audio(stereo_file(tmp_path, left, right))
    assert heard_channels(loaded) is loaded


def test_mono_and_unsaved_audio_are_heard_as_loaded(tmp_path):
    rng = np.random.default_rng(3)
    x, _ = voice(rng)
    path = tmp_path / "mono.wav"
    write_audio(path, x.astype(np.float32), RATE)
    loaded = load_audio(path)
    assert heard_channels(loaded) is loaded
    loaded.path = None  # samples made in memory: no file to read the channels of
    assert heard_channels(loaded) is loaded
    assert loaded.sample_rate == SAMPLE_RATE
