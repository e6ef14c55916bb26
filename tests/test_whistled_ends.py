"""A kettle's whistle after a line's end is no voice going on: an end carried over it goes back to where the sound
besides the whistle's line stops -- the line's own last fricative under the whistle kept -- and the whistle is no
voice heard without its fundamental either (:mod:`aligner.align.whistled_ends`, :mod:`aligner.align.thin_voices`)."""

from __future__ import annotations

import numpy as np

from aligner.align.thin_voices import fundamental_over_floor
from aligner.align.whistled_ends import end_before_whistle
from aligner.audio import Audio
from synth import at_rms, telephone_fricative, telephone_vowel

RATE = 16000


def _kettle_talk(whistle: bool, rng: np.random.Generator) -> tuple[Audio, float]:
    """0.5 s of a room, a line (1.2 s of vowel, then a 0.12 s fricative), 1.0 s of pause, the next line; a kettle's
    whistle (2.1 kHz rising 3 %, trembling, 13 dB under the voice) from 0.6 s into the line to the next line's start
    when ``whistle``.  Returns the audio and where the line's voice ends."""
    room = np.zeros(int(0.5 * RATE), np.float32)
    vowel, s = at_rms(telephone_vowel(1.2), 0.15), at_rms(telephone_fricative(0.12, rng), 0.04)
    pause = np.zeros(int(1.0 * RATE), np.float32)
    nxt = at_rms(telephone_vowel(0.8, 150.0), 0.15)
    y = np.concatenate([room, vowel, s, pause, nxt])
    on, off = len(room) + int(0.6 * RATE), len(room) + len(vowel) + len(s) + len(pause)
    if whistle:
        t = np.arange(off - on) / RATE
        f = 2100 * (1 + 0.03 * t / t[-1]) * (1 + 0.004 * np.sin(2 * np.pi * 5 * t))
        y[on:off] += at_rms(np.sin(2 * np.pi * np.cumsum(f) / RATE), 0.15 / 10 ** (13 / 20)).astype(np.float32)
    y = y + rng.normal(0, 0.0005, len(y)).astype(np.float32)  # the room's hiss
    return Audio.from_float(y), (len(room) + len(vowel) + len(s)) / RATE


def test_an_end_carried_over_a_whistle_goes_back_to_the_line_s_own_last_fricative():
    audio, voice_end = _kettle_talk(True, np.random.default_rng(7))
    start, after = 0.5, voice_end + 1.0
    for carried in (voice_end + 0.3, voice_end + 0.69, after):  # the last: carried onto the next line's start
        end = end_before_whistle(audio, start, carried, after)
        assert end is not None and abs(end - voice_end) <= 0.03, (carried, end, voice_end)


def test_an_end_on_the_voice_or_with_no_whistle_stays():
    audio, voice_end = _kettle_talk(True, np.random.default_rng(8))
    assert end_before_whistle(audio, 0.5, voice_end - 0.05, voice_end + 1.0) is None  # inside the fricative
    assert end_before_whistle(audio, 0.5, 1.0, voice_end + 1.0) is None  # on the vowel, the whistle over it
    dry, voice_end = _kettle_talk(False, np.random.default_rng(8))
    assert end_before_whistle(dry, 0.5, voice_end + 0.3, voice_end + 1.0) is None


def test_a_whistle_is_no_voice_heard_without_its_fundamental():
    audio, voice_end = _kettle_talk(True, np.random.default_rng(9))
    centres, f0, over = fundamental_over_floor(audio, 0.5, voice_end + 0.9)
    in_pause = (centres > voice_end + 0.1) & (centres < voice_end + 0.9)
    on_vowel = (centres > 0.7) & (centres < 1.5)
    assert not np.any(~np.isnan(over[in_pause]))  # the whistle alone: no voiced frame, thin or whole
    # the line's vowel, the whistle over it, still voiced (the tracker's octave slips aside, as without the whistle)
    assert np.mean(~np.isnan(over[on_vowel])) > 0.8
