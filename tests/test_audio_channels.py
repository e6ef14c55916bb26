"""Which channels the aligner hears: a stereo pair's difference when one channel is upside down, else as loaded; of a
file with more than two channels, the channels that hold the voice."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.audio import SAMPLE_RATE, load_audio
from aligner.audio.channels import INVERTED_NOTE, heard_channels
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
    heard, note = heard_channels(loaded)
    assert note == INVERTED_NOTE
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
    assert heard_channels(loaded) == (loaded, None)


def test_mono_and_unsaved_audio_are_heard_as_loaded(tmp_path):
    rng = np.random.default_rng(3)
    x, _ = voice(rng)
    path = tmp_path / "mono.wav"
    write_audio(path, x.astype(np.float32), RATE)
    loaded = load_audio(path)
    assert heard_channels(loaded) == (loaded, None)
    loaded.path = None  # samples made in memory: no file to read the channels of
    assert heard_channels(loaded) == (loaded, None)
    assert loaded.sample_rate == SAMPLE_RATE


# ------------------------------------------------------------------ more than two channels
def pink(rng: np.random.Generator, n: int) -> np.ndarray:
    """Unit-RMS noise falling 3 dB an octave (an ambience, a murmur, a room)."""
    spec = np.fft.rfft(rng.normal(size=n))
    f = np.fft.rfftfreq(n, 1.0 / RATE)
    x = np.fft.irfft(spec / np.sqrt(np.maximum(f, 20.0)), n)
    return x / np.sqrt(np.mean(x ** 2))


def lowpassed(rng: np.random.Generator, n: int, top: float) -> np.ndarray:
    """Unit-RMS noise under ``top`` Hz (rumble, wind)."""
    spec = np.fft.rfft(rng.normal(size=n))
    spec[np.fft.rfftfreq(n, 1.0 / RATE) > top] = 0.0
    x = np.fft.irfft(spec, n)
    return x / np.sqrt(np.mean(x ** 2))


def many_channel_file(tmp_path, channels: list[np.ndarray], name: str) -> str:
    path = tmp_path / name
    write_audio(path, np.stack(channels, axis=1).astype(np.float32), RATE)
    return str(path)


def voice_rms(x: np.ndarray, on: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x[on] ** 2)))


def test_a_film_mix_is_heard_through_its_centre_channel_where_the_dialogue_is(tmp_path):
    """5.1 (L R C LFE Ls Rs): the dialogue in the centre, its spill and a swelling ambience in the fronts, a murmur in
    the surrounds, rumble in the LFE.  The downmix lays the voice under the ambience; the aligner hears the centre."""
    rng = np.random.default_rng(21)
    x, on = voice(rng)
    n = len(x)
    level = voice_rms(x, on)
    swell = 1.0 + 0.5 * np.sin(2 * np.pi * np.arange(n) / RATE / 5.0)
    fronts = [0.15 * x + level * 10 ** (-12 / 20) * pink(rng, n) * swell for _ in range(2)]
    surrounds = [level * 10 ** (-12 / 20) * pink(rng, n) for _ in range(2)]
    rumble = level * 10 ** (-6 / 20) * lowpassed(rng, n, 70.0)
    centre = x + level * 10 ** (-40 / 20) * rng.normal(size=n)
    path = many_channel_file(tmp_path, [fronts[0], fronts[1], centre, rumble, surrounds[0], surrounds[1]], "film.wav")
    loaded = load_audio(path)
    heard, note = heard_channels(loaded)
    alone = speech_to_floor_db(np.round(centre * 32767), on)
    assert speech_to_floor_db(loaded.samples, on) < alone - 15  # the downmix (what the player plays)
    assert speech_to_floor_db(heard.samples, on) >= alone - 1.0
    assert len(heard.samples) == len(loaded.samples) and heard.path == loaded.path
    assert note.startswith("This recording has 6 channels (5.1); the aligner listened to channel 3 (front centre),")


def test_a_field_recorders_lavalier_track_is_heard_not_its_room_mics_nor_its_wind_track(tmp_path):
    """Four tracks: room mics on 1 and 3 (the voice late, reverberant, under the room's noise), the lavalier on 2,
    wind on a mic on 4 (gusts under 300 Hz, a little up to 1 kHz).  The aligner hears the lavalier's track."""
    rng = np.random.default_rng(22)
    x, on = voice(rng)
    n = len(x)
    level = voice_rms(x, on)
    tail = np.exp(-np.arange(int(0.4 * RATE)) / (0.06 * RATE)) * rng.normal(size=int(0.4 * RATE))
    room_voice = np.convolve(np.roll(x, int(0.012 * RATE)), tail / np.sqrt(np.sum(tail ** 2)))[:n]
    rooms = [0.5 * room_voice + level * 10 ** (-14 / 20) * pink(rng, n) for _ in range(2)]
    lavalier = x + level * 10 ** (-35 / 20) * pink(rng, n)
    gusts = (1.0 + np.sin(2 * np.pi * np.arange(n) / RATE / 2.3)) ** 2
    wind = level * (lowpassed(rng, n, 300.0) + 0.25 * lowpassed(rng, n, 1000.0)) * gusts
    wind += level * 10 ** (-50 / 20) * rng.normal(size=n)  # the mic's own hiss, under the calm between gusts
    path = many_channel_file(tmp_path, [rooms[0], lavalier, rooms[1], wind], "recorder.wav")
    loaded = load_audio(path)
    heard, note = heard_channels(loaded)
    alone = speech_to_floor_db(np.round(lavalier * 32767), on)
    assert speech_to_floor_db(loaded.samples, on) < alone - 10
    assert speech_to_floor_db(heard.samples, on) >= alone - 1.0
    assert "listened to channel 2 " in note


def test_a_conference_recorders_two_talkers_on_two_channels_are_both_heard(tmp_path):
    """A microphone per talker and two room channels: one talker speaks in the first half, the other in the second,
    each on their own channel (and faintly on the other's).  Both talkers' channels are heard, the rooms' are not."""
    rng = np.random.default_rng(23)
    x, on = voice(rng)
    y, _ = voice(rng)
    n = len(x)
    first = np.arange(n) < n // 2
    a, b = x * first, 0.7 * y * ~first
    level = voice_rms(x, on)
    mic_a = a + 0.1 * b + level * 10 ** (-35 / 20) * pink(rng, n)
    mic_b = b + 0.1 * a + level * 10 ** (-35 / 20) * pink(rng, n)
    rooms = [0.2 * (a + b) + level * 10 ** (-8 / 20) * pink(rng, n) for _ in range(2)]
    loaded = load_audio(many_channel_file(tmp_path, [mic_a, mic_b, *rooms], "meeting.wav"))
    heard, note = heard_channels(loaded)
    for talker in (first, ~first):  # each talker's bursts over the pauses in their own half
        half = np.flatnonzero(talker)
        own = speech_to_floor_db(np.round(np.where(first, mic_a, mic_b) * 32767)[half], on[half])
        assert speech_to_floor_db(loaded.samples[half], on[half]) < own - 10  # the downmix
        # a fixed sum adds the other talker's microphone's noise to each talker's (3 dB for two alike)
        assert speech_to_floor_db(heard.samples[half], on[half]) >= own - 6.0
    assert "listened to channels 1 (front left) and 2 (front right) together" in note


def test_one_voice_on_every_channel_upside_down_on_one_is_summed_upright(tmp_path):
    """An ambisonic-like file whose channels all hold the voice, one of them inverted (a Y or Z component facing
    away): the channels are summed with that one turned over, so the voice adds up rather than cancels."""
    rng = np.random.default_rng(24)
    x, on = voice(rng)
    n = len(x)
    noise = [0.2 * 10 ** (-35 / 20) * rng.normal(size=n) for _ in range(4)]
    chans = [x + noise[0], 0.9 * x + noise[1], -0.9 * x + noise[2], 0.8 * x + noise[3]]
    heard, _ = heard_channels(load_audio(many_channel_file(tmp_path, chans, "bformat.wav")))
    assert speech_to_floor_db(heard.samples, on) >= speech_to_floor_db(np.round(chans[0] * 32767), on) + 3.0


def test_a_file_of_many_channels_with_no_voice_anywhere_is_heard_as_loaded(tmp_path):
    """Four channels of noise (a test tone's silence, a recorder left running): no channel to choose, so the aligner
    hears what the player plays, and nothing is said."""
    rng = np.random.default_rng(25)
    n = int(SECONDS * RATE)
    loaded = load_audio(many_channel_file(tmp_path, [0.05 * pink(rng, n) for _ in range(4)], "noise.wav"))
    assert heard_channels(loaded) == (loaded, None)


def test_a_conference_talker_on_a_noisier_microphone_is_still_heard(tmp_path):
    """The second talker's microphone picks up 18 dB more noise than the first's: its voice stands far less over its
    floor than the best channel's (more than :data:`KEPT_WITHIN` down), yet it is a talker of its own, heard where
    the first talker's channel is silent -- kept, not left to the first microphone's faint spill."""
    rng = np.random.default_rng(26)
    x, on = voice(rng)
    y, _ = voice(rng)
    n = len(x)
    first = np.arange(n) < n // 2
    a, b = x * first, y * ~first
    level = voice_rms(x, on)
    mic_a = a + 0.03 * b + level * 10 ** (-45 / 20) * pink(rng, n)
    mic_b = b + 0.03 * a + level * 10 ** (-27 / 20) * pink(rng, n)
    room = 0.2 * (a + b) + level * 10 ** (-8 / 20) * pink(rng, n)
    heard, note = heard_channels(load_audio(many_channel_file(tmp_path, [mic_a, mic_b, room], "panel.wav")))
    half = np.flatnonzero(~first)  # the second talker's half: their voice over the pauses, as their own mic has it
    own = speech_to_floor_db(np.round(mic_b * 32767)[half], on[half])
    assert speech_to_floor_db(np.round(mic_a * 32767)[half], on[half]) < own - 10  # the first mic's spill alone
    assert speech_to_floor_db(heard.samples[half], on[half]) >= own - 3.0
    assert "channels 1 (front left) and 2 (front right) together" in note


def test_choosing_the_channels_can_be_cancelled(tmp_path):
    """A long file of many channels is decoded once more to fold it: the window's Cancel must reach that too."""
    from aligner.errors import Cancelled
    from aligner.progress import CancelToken

    rng = np.random.default_rng(27)
    x, _ = voice(rng)
    n = len(x)
    loaded = load_audio(many_channel_file(tmp_path, [0.05 * pink(rng, n), x, 0.05 * pink(rng, n)], "three.wav"))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        heard_channels(loaded, token)
