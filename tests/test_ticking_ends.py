"""A kettle's first bubbles after a line's end are no voice going on: an end carried over the ticks goes back to where
the voice's lasting sound stops; an end on the voice, a pause with no ticks, a steady hiss and a machine's steady
pulsing leave it where it is (:mod:`aligner.align.ticking_ends`)."""

from __future__ import annotations

import numpy as np

from aligner.align.ticking_ends import end_before_ticks
from aligner.audio import Audio
from synth import at_rms, telephone_fricative, telephone_vowel

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
