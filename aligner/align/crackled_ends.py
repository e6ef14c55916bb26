"""A crackle that goes on after a line's voice stopped -- a sheet torn off a pad, its fibres snapping -- is no rest of
the line: an end carried along it goes back to where the voice gave way to it.

Why this exists (issue 7, fifty-second round; the forty-fifth aside set's look, ``xy_*``): someone tearing a page off
a pad as each line ends -- clicks at 1.5-9 kHz, up to 150-500 a second, from 60-250 ms before the end to 100-350 ms
after it, 17-23 dB under the voice, then the freed sheet's flap under 400 Hz.  The phone pass ended Kazakh lines
within 15 ms of the truth under it and English ones 70-190 ms early; :func:`.boundaries.extend_to_sound` (whole-band
sound over its bar, unbroken) and the rules after it followed the crackle to the flap: Kazakh ends +164..+363 ms,
English +156..+421 ms.  :mod:`.hiss_after_voice` did not take them back: the flap stands in the lowest octave at the
carry's end, and half the lines end in a voiceless sound.

What no voice does is make its high sound out of impulses.  Breath through a narrowing -- a fricative's hiss, a
stop's aspiration, a breathy vowel's offset -- is turbulence: over 1.5 kHz its samples are near Gaussian within a
10 ms frame (kurtosis about 3).  The torn fibres are clicks far apart for their length: kurtosis 10-120 in the frames
they cross.  A voiced frame high-passed is pulsed too (each glottal pulse excites the formants), and a voice under the
crackle reads as impulsive with it; but a voice stands in 100-1000 Hz, where the crackle has nothing.  So a frame is
*crackle alone* where its sound over :data:`HIGH_HZ` is impulsive (:data:`KURTOSIS_MIN`) and stands over the pause's
there, while 100-1000 Hz lies within :data:`VOICE_OVER_PAUSE_DB` of the pause's level or far under the crackle's
highs over 2 kHz (:data:`UNDER_THE_CRACKLE_DB`: a loud click leaks into a short window's low bands).  From where
the phone pass ended the line, an end carried on goes back to the first run of :data:`RUN_FRAMES` frames of crackle
alone that the voice does not follow within :data:`VOICE_BACK` (a stop's closure inside the last word), where most
of what it was carried over past that point is crackle alone (:data:`CRACKLE_SHARE`).  A single click after an
end (a stop's burst, a lip's smack) is no run; a rain's or a fryer's crackle through a whole line is left where the
voice, read in its own band, stops.
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import octave_levels, pause_noise
from .low_thuds import move_ends
from .placement import Placed

log = logging.getLogger(__name__)

#: The crackle is read over this frequency (Hz): the torn fibres' clicks lie at 1.5-9 kHz, a voice's first formant
#: and its fundamental under it.
HIGH_HZ = 1500.0
#: A frame's sound over HIGH_HZ is impulsive at this kurtosis or more: turbulence (a hiss, an aspiration, room noise)
#: reads about 3, a voice's voiced frames 2-8, the fibres' clicks 10-120.
KURTOSIS_MIN = 10.0
#: ... and stands this far (dB) over the pause's level there: a click of the room's own is no crackle carried over.
HIGH_OVER_PAUSE_DB = 10.0
#: The voice's band (the octaves 100-500 and 500-1000 Hz) lies within this (dB) of the pause's level: the voice has
#: stopped.
VOICE_OVER_PAUSE_DB = 6.0
#: ... or this far (dB) under the sound over 2 kHz: what the clicks leak into a short window's lower bands (the tear
#: over "... to cancel." read 8-12 dB over the pause there, some 20 dB under its own highs); a vowel stands over its
#: sound at 2-7 kHz, its second formant's octave (1-2 kHz) left out of the reading.
UNDER_THE_CRACKLE_DB = 15.0
#: The crackle alone lasts this many frames in a row: one or two are a stop's burst or a smack.
RUN_FRAMES = 3
#: The voice coming back within this long (s) after a run's start, as long as the run: the run was a stop's closure
#: inside the last word (a Kazakh "... жаңартылады."'s /d/ under the tear, 30 ms, the vowel after it 13-20 dB over
#: the pause).  A sheet's flap that soon after the voice stopped reads as voice too: the end stays.
VOICE_BACK = 0.1
#: ... and makes up at least this share of the frames from the run's start to the end carried.
CRACKLE_SHARE = 0.5
#: The pause's level is read over at most this long (s) after the end carried, or up to what follows the line.
PAUSE_LOOK = 0.5
#: At least this much sound (s) past the phone pass's end for a carry to be read.
CARRIED_MIN = 0.05


def frame_kurtosis(audio: Audio, t0: float, t1: float, hz: float = HIGH_HZ) -> np.ndarray:
    """The kurtosis of the sound over ``hz`` in each 10 ms frame from ``t0`` to ``t1`` (the frames of
    :class:`.activity.Envelope`).  The band is cut with a half-cosine edge an octave wide in the spectrum of the
    stretch and 50 ms around it, so a loud vowel's lows do not ring into the frames as a brick wall would."""
    f0, f1 = int(round(t0 / HOP)), int(round(t1 / HOP))
    if f1 <= f0:
        return np.zeros(0)
    pad = 0.05
    a = max(0.0, f0 * HOP - pad)
    x = audio.float32(a, f1 * HOP + pad).astype(np.float64)
    freqs = np.fft.rfftfreq(len(x), 1.0 / audio.sample_rate)
    gain = np.clip(np.log2(np.maximum(freqs, 1.0) / (hz / 2)), 0.0, 1.0)
    y = np.fft.irfft(np.fft.rfft(x) * (0.5 - 0.5 * np.cos(np.pi * gain)), len(x))
    n = int(round(HOP * audio.sample_rate))
    first = int(round((f0 * HOP - a) * audio.sample_rate))
    out = np.zeros(f1 - f0)
    for i in range(f1 - f0):
        frame = y[first + i * n:first + (i + 1) * n]
        power = float(np.mean(frame ** 2)) if len(frame) else 0.0
        out[i] = float(np.mean(frame ** 4)) / power ** 2 if power > 0 else 0.0
    return out


def end_before_crackle(audio: Audio, phone_end: float, end: float, after: float) -> Optional[float]:
    """Where the line whose end the phone pass put at ``phone_end`` and the rules carried to ``end`` gave way to a
    crackle carried over (see the module docstring), or None.  ``after``: where what follows the line starts (the
    pause's level is read between ``end`` and it)."""
    if end - phone_end < CARRIED_MIN:
        return None
    pause_to = min(after, end + PAUSE_LOOK)
    levels = octave_levels(audio, phone_end, pause_to)
    carried, pause = levels.frames(phone_end, end), levels.frames(end, pause_to)
    if carried.stop - carried.start < RUN_FRAMES or pause.stop - pause.start < RUN_FRAMES:
        return None
    voice = 10.0 * np.log10(10.0 ** (levels.db[0] / 10.0) + 10.0 ** (levels.db[1] / 10.0))
    high = 10.0 * np.log10(np.sum(10.0 ** (levels.db[2:] / 10.0), axis=0))
    top = 10.0 * np.log10(np.sum(10.0 ** (levels.db[3:] / 10.0), axis=0))  # over a vowel's second formant
    kurtosis = frame_kurtosis(audio, (levels.first + carried.start) * HOP, (levels.first + carried.stop) * HOP)
    span = slice(carried.start, carried.start + len(kurtosis))
    voice_stopped = ((voice[span] <= pause_noise(voice[pause])[0] + VOICE_OVER_PAUSE_DB)
                     | (voice[span] <= top[span] - UNDER_THE_CRACKLE_DB))
    alone = ((kurtosis >= KURTOSIS_MIN) & (high[span] >= pause_noise(high[pause])[0] + HIGH_OVER_PAUSE_DB)
             & voice_stopped)
    run = _first_run_the_voice_does_not_follow(alone, ~voice_stopped)
    if run is None or alone[run:].mean() < CRACKLE_SHARE:
        return None
    new_end = (levels.first + carried.start + run) * HOP
    return new_end if new_end < end - HOP / 2 else None


def _first_run_the_voice_does_not_follow(alone: np.ndarray, voice: np.ndarray) -> Optional[int]:
    """The first frame of the first run of :data:`RUN_FRAMES` frames of crackle alone (``alone``) that the voice
    (``voice``: frames where it sounds) does not follow within :data:`VOICE_BACK` for as many frames in a row: that
    was a stop's closure inside the last word, the crackle sounding alone through it; None where there is none."""
    back = int(round(VOICE_BACK / HOP))
    i = 0
    while True:
        run = _first_run(alone[i:], RUN_FRAMES)
        if run is None:
            return None
        run += i
        again = _first_run(voice[run:run + back + RUN_FRAMES], RUN_FRAMES)
        if again is None:
            return run
        i = run + again + RUN_FRAMES


def _first_run(flags: np.ndarray, length: int) -> Optional[int]:
    """The index where ``flags`` first holds ``length`` True values in a row, or None."""
    count = 0
    for i, flag in enumerate(flags):
        count = count + 1 if flag else 0
        if count == length:
            return i - length + 1
    return None


def end_before_crackles(items: list[Placed], audio: Audio, limit: float) -> int:
    """Each end the phone pass placed (``Placed.phone_end``) and the rules after it carried along a crackle, back to
    where the voice gave way to it (:func:`end_before_crackle`; the pause read up to the next line's start, or
    ``limit``).  After every rule that carries an end on, as :func:`.low_thuds.end_before_thuds`.  Returns how many
    ends moved."""
    return move_ends(items, limit, "end_before_crackles", lambda item, after: end_before_crackle(
        audio, item.phone_end, item.segment.end, after))
