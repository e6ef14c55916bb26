"""A kettle's first bubbles after a line's end are no voice going on: an end carried over the ticks goes back to where
the voice's lasting sound stops; an end on the voice, a pause with no ticks, a steady hiss and a machine's steady
pulsing leave it where it is (:mod:`aligner.align.ticking_ends`)."""

from __future__ import annotations

import numpy as np

from aligner.align.ticking_ends import end_before_ticks
from aligner.audio import Audio
from synth import at_rms, smooth_band, telephone_fricative, telephone_vowel

RATE = 16000


def _bubbles(n: int, per_second: float, rng: np.random.Generator) -> np.ndarray:
    """A kettle's first bubbles: clicks at random, ``per_second`` of them, each 3 ms of decaying noise."""
    ticks = (rng.random(n) < per_second / RATE).astype(float)
    return np.convolve(ticks, np.exp(-np.arange(48) / 8.0) * rng.normal(size=48))[:n]


def _talk(under: str, rng: np.random.Generator) -> tuple[Audio, float]:
    """0.5 s of a room, a line (1.2 s of vowel, then a 0.1 s fricative), 1.0 s of pause, the next line; from 0.6 s into
    the line to the next line's start, ``under``: "bubbles" (20 a second, their clicks 20 dB under the voice's
    peak), "hiss" (a steady broadband noise 30 dB under) or "pump" (a stroke on every cycle of the 50 Hz mains, 20 dB
    under), or "" for nothing.  Returns the audio and where the line's voice ends."""
    room = np.zeros(int(0.5 * RATE), np.float32)
    vowel, s = at_rms(telephone_vowel(1.2), 0.15), at_rms(telephone_fricative(0.1, rng), 0.04)
    pause = np.zeros(int(1.0 * RATE), np.float32)
    nxt = at_rms(telephone_vowel(0.8, 150.0), 0.15)
    y = np.concatenate([room, vowel, s, pause, nxt]).astype(np.float64)
    on, off = len(room) + int(0.6 * RATE), len(room) + len(vowel) + len(s) + len(pause)
    if under == "bubbles":
        b = _bubbles(off - on, 20.0, rng)
        y[on:off] += b * (0.15 / 10 ** (20 / 20) / np.max(np.abs(b)))
    elif under == "hiss":
        y[on:off] += rng.normal(0, 0.15 / 10 ** (30 / 20), off - on)
    elif under == "pump":
        ticks = np.zeros(off - on)
        ticks[::RATE // 50] = 1.0
        b = np.convolve(ticks, np.exp(-np.arange(320) / 160.0) * rng.normal(size=320))[:off - on]  # rings its cycle
        y[on:off] += b * (0.15 / 10 ** (20 / 20) / np.max(np.abs(b)))
    y = y + rng.normal(0, 0.0003, len(y))  # the room's hiss
    return Audio.from_float(y.astype(np.float32)), (len(room) + len(vowel) + len(s)) / RATE


def test_an_end_carried_over_a_kettle_s_first_bubbles_goes_back_to_the_voice_s_end():
    audio, voice_end = _talk("bubbles", np.random.default_rng(3))
    start, after = 0.5, voice_end + 1.0
    for carried in (voice_end + 0.15, voice_end + 0.29, voice_end + 0.45):
        end = end_before_ticks(audio, start, carried, after)
        assert end is not None and abs(end - voice_end) <= 0.03, (carried, end, voice_end)


def test_an_end_on_the_voice_under_the_bubbles_stays():
    audio, voice_end = _talk("bubbles", np.random.default_rng(3))
    for end in (voice_end, voice_end - 0.05, voice_end - 0.3):  # on the fricative's end, inside it, on the vowel
        moved = end_before_ticks(audio, 0.5, end, voice_end + 1.0)
        assert moved is None or abs(moved - end) <= 0.01, (end, moved)


def test_an_end_carried_into_a_pause_with_no_ticks_is_not_this_rule_s():
    for under in ("", "hiss", "pump"):
        audio, voice_end = _talk(under, np.random.default_rng(5))
        assert end_before_ticks(audio, 0.5, voice_end + 0.29, voice_end + 1.0) is None, under


def _radio_over(rng: np.random.Generator) -> tuple[Audio, float, float]:
    """A line over a two-way radio ending in a creaky syllable, then its key-up: 0.5 s of a squelched room, a vowel,
    0.12 s of creak (glottal pulses 16 ms apart), 0.18 s of the channel's hiss (300-3000 Hz, 26 dB under the creak),
    the roger beep (1.2 kHz, 120 ms), the squelch tail (220 ms of noise over 300-5000 Hz, shut once for 15 ms), the squelched room (45 dB
    under), the next line.  Returns the audio, where the voice ends and where the next line begins."""
    vowel = at_rms(telephone_vowel(1.0), 0.4)
    creak = np.zeros(int(0.12 * RATE))
    pulse = np.exp(-np.arange(64) / 12.0) * np.sin(2 * np.pi * 700 * np.arange(64) / RATE)
    for at in range(0, len(creak) - 64, int(0.016 * RATE)):
        creak[at:at + 64] += pulse
    creak = at_rms(creak, 0.2)
    channel = np.zeros(int(0.18 * RATE))
    t = np.arange(int(0.12 * RATE)) / RATE
    beep = np.sin(2 * np.pi * 1200 * t) * 0.15 * np.sqrt(2) * 10 ** (-14 / 20)
    tail = at_rms(smooth_band(rng.normal(0, 1, int(0.22 * RATE)), 300, 5000), 0.15)
    tail[int(0.08 * RATE):int(0.095 * RATE)] = 0.0  # the squelch chatters: shut for 15 ms, open again
    room, squelched = np.zeros(int(0.5 * RATE)), np.zeros(int(0.6 * RATE))
    nxt = at_rms(telephone_vowel(0.8, 150.0), 0.15)
    y = np.concatenate([room, vowel, creak, channel, beep, tail, squelched, nxt]).astype(np.float64)
    keyed = np.zeros(len(y))
    keyed[len(room) - 1600:len(room) + len(vowel) + len(creak) + len(channel)] = 1.0
    y += keyed * at_rms(smooth_band(rng.normal(0, 1, len(y)), 300, 3000), 0.15 * 10 ** (-26 / 20))
    y += rng.normal(0, 0.15 * 10 ** (-45 / 20), len(y))
    return (Audio.from_float(y.astype(np.float32)), (len(room) + len(vowel) + len(creak)) / RATE,
            (len(y) - len(nxt)) / RATE)


def test_a_radio_s_roger_beep_and_squelch_tail_are_no_ticks_and_the_creaky_end_before_them_stays():
    # the beep fills the pause's middle and so sets its "silence"; the tail stands 12-16 dB over that for 220 ms:
    # counted as ticks, the creak's pulses were taken for clicks between them and the end went back 0.18 s
    for seed in range(3):
        audio, voice_end, after = _radio_over(np.random.default_rng(seed))
        assert end_before_ticks(audio, 0.5, voice_end, after) is None, seed


def _under_a_mosquito(rng: np.random.Generator) -> tuple[Audio, float, float]:
    """A line whose last sound trails off under a mosquito flying closer, camera shutters clicking over it: 0.5 s of a
    room, 1.0 s of vowel, 0.3 s of the vowel trailing off (28 dB under), 1.0 s of pause, the next line; from the
    trail's start to the next line, a wing-beat whine (harmonics of 527 Hz) rising from 30 to 14 dB under the vowel
    in 0.5 s, and a shutter every 0.24 s (a click at 2.9 kHz, its curtain closing 53 ms later).  Returns the audio,
    the phone pass's early end (0.15 s into the trail) and the next line's start."""
    vowel = at_rms(telephone_vowel(1.0), 0.15)
    trail = at_rms(telephone_vowel(0.3), 0.15 * 10 ** (-28 / 20))
    room, pause = np.zeros(int(0.5 * RATE)), np.zeros(int(1.0 * RATE))
    nxt = at_rms(telephone_vowel(0.8, 150.0), 0.15)
    y = np.concatenate([room, vowel, trail, pause, nxt]).astype(np.float64)
    on, off = len(room) + len(vowel), len(y) - len(nxt)
    t = np.arange(off - on) / RATE
    whine = sum(np.sin(2 * np.pi * 527 * h * t) / h for h in range(1, 8))
    rise = 10 ** ((-30 + 16 * np.minimum(1.0, t / 0.5)) / 20)
    y[on:off] += at_rms(whine, 0.15) * rise
    click = np.exp(-np.arange(64) / 10.0) * np.sin(2 * np.pi * 2900 * np.arange(64) / RATE)
    for at in np.arange(0.0, (off - on) / RATE - 0.1, 0.24):
        for k in (int(at * RATE), int((at + 0.053) * RATE)):
            y[on + k:on + k + 64] += click * 0.3 / np.max(np.abs(click))
    y += rng.normal(0, 0.15 * 10 ** (-60 / 20), len(y))
    return Audio.from_float(y.astype(np.float32)), (len(room) + len(vowel)) / RATE + 0.15, off / RATE


def test_an_end_in_a_last_sound_quieter_than_a_whine_that_came_in_after_it_stays():
    # the whine is the pause's lasting sound, the shutters its ticks; the trailing last sound lies under that "silence",
    # and walking back over it took the end into the vowel (fy_real_long_mix_mkv: -196 -> -666 ms)
    for seed in range(3):
        audio, end, after = _under_a_mosquito(np.random.default_rng(seed))
        moved = end_before_ticks(audio, 0.5, end, after)
        assert moved is None or moved >= end - 0.03, (seed, end, moved)
