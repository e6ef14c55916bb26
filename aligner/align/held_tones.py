"""A struck bar, a bell, a steady tone: periodic sound that holds its pitch is no voice talking.

The phone pass rejects a chunk where its search had to call a second or more of speech silence: text the transcript
lacks, said there, may have pulled the words beside it across (:mod:`.phonetic`).  What it calls speech is what
WebRTC's detector hears as speech and what repeats at one pitch (a crowd does not).  A PA's chime before an
announcement does both: its struck bars are as periodic as a vowel and as loud as the talker (``rx_*``, the
twenty-third aside set: the chime 0.3-0.6 s before a line, in the margin of that line's chunk, rejected two of the
festival talk's lines -- their words kept Whisper's times, 100-450 ms late).  A voice's pitch never holds: it glides
through every syllable, and from one 10 ms frame to the next it moves by more than half a percent on two voiced
frames in three (the festival, flite voices of that talk: 62-72 %); a struck bar rings at its note until it dies
(the chime: 4 % of frames moved).  So a run that holds its pitch from frame to frame on :data:`HELD_SHARE` of its
voiced frames is a tone, not speech the text lacks.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

#: A frame-to-frame pitch change under this (relative) is a held pitch: the autocorrelation's lag unchanged (one
#: sample of lag is 0.8 % at 130 Hz, 16 kHz).
STEADY_STEP = 0.005
#: Share of consecutive voiced frame pairs that hold their pitch for the sound to be a tone: voices 0.28-0.38,
#: the chime 0.96 (measured above).
HELD_SHARE = 0.8
#: Fewer voiced frame pairs than this are no evidence either way.
LEAST_PAIRS = 10
#: A held note read near 80 Hz wanders by one sample of lag from frame to frame (0.5 %, at the bar of STEADY_STEP): a
#: choir's chord next door read at 81.2-82.5 Hz through 0.4 s after an Italian line's end (``oy_it_real_choir``,
#: j278) held it from frame to frame on 65 % of its pairs only, while its whole span lay within 1.1 % of its median.
#: A voice's pitch never stays that close to one value for long: it glides through every syllable, and at a line's
#: end it falls to 0.6-0.9 of its median.  So a span whose voiced frames lie within SPAN_SPREAD of their median
#: on HELD_SHARE of them holds its pitch as well (:func:`pitch_held_from` only).
SPAN_SPREAD = 0.015
#: ... unless its level dies away: a voice's last sound can flatten onto one low pitch as it fades into the room
#: (a real French "... étoile." ending at 112-115 Hz, 0.53 of its median, falling 8.6 dB from the first half of the
#: span to the second, ``rx_fr_real_automix_f4v``), while the chord held its level (2 dB).  A span whose held frames'
#: second half lies this much (dB) or more under their first is a fading voice, not a held note.
SPAN_FADE_DB = 6.0


def holds_its_pitch(samples: np.ndarray, sr: int, t0: float, t1: float) -> bool:
    """Whether the periodic sound in [t0, t1] (seconds into ``samples``) holds one pitch from frame to frame, as a
    struck bar or a tone does and a voice never does."""
    return _held_pairs(samples, sr, t0, t1)[2]


def pitch_held_from(samples: np.ndarray, sr: int, t0: float, t1: float) -> Optional[float]:
    """Where (s) the periodic sound in [t0, t1] begins to hold its pitch -- the first window reaching into its first
    frame that holds it to the next -- when the span as a whole holds it (:func:`holds_its_pitch`), else None."""
    from .another_voice import WINDOW

    centres, held, holds, pitch = _held_pairs(samples, sr, t0, t1)
    if holds:
        return float(centres[int(np.argmax(held))] - WINDOW / 2)
    near = _near_one_pitch(pitch)
    if near is None or _dies_away(samples, sr, centres[near], WINDOW):
        return None
    return float(centres[int(np.argmax(near))] - WINDOW / 2)


def _dies_away(samples: np.ndarray, sr: int, centres: np.ndarray, window: float) -> bool:
    """Whether the sound at ``centres`` (s; windows of ``window`` s) falls :data:`SPAN_FADE_DB` or more from the first
    half of them to the second (their levels in dB, averaged)."""
    half = int(round(window * sr / 2))
    db = np.array([10.0 * np.log10(np.mean(np.square(samples[max(0, int(c * sr) - half):int(c * sr) + half]
                                                      .astype(np.float64))) + 1e-12) for c in centres])
    k = len(db) // 2
    return float(db[:k].mean() - db[k:].mean()) >= SPAN_FADE_DB


def _near_one_pitch(pitch: np.ndarray) -> Optional[np.ndarray]:
    """Per frame of a pitch track (Hz, NaN where not voiced), whether it is voiced within :data:`SPAN_SPREAD` of the
    voiced frames' median, when HELD_SHARE of those frames (more than LEAST_PAIRS of them) are; else None: the span
    wanders."""
    voiced = ~np.isnan(pitch)
    if int(voiced.sum()) <= LEAST_PAIRS:
        return None
    middle = float(np.median(pitch[voiced]))
    near = voiced & (np.abs(np.log(np.where(voiced, pitch, 1.0) / middle)) < SPAN_SPREAD)
    return near if float(near.sum()) >= HELD_SHARE * float(voiced.sum()) else None


def _held_pairs(samples: np.ndarray, sr: int, t0: float, t1: float
                ) -> tuple[np.ndarray, np.ndarray, bool, np.ndarray]:
    """The pitch track's frame centres over [t0, t1], whether each frame holds its pitch to the next (both voiced,
    moving under :data:`STEADY_STEP`), whether the span holds its pitch as a whole, and the track (Hz, NaN where not
    voiced)."""
    # imported here: another_voice reads the placed lines (confidence, hence the phone pass's module, which asks this)
    from .another_voice import pitch_track

    centres, pitch = pitch_track(samples, sr, t0, t1)
    voiced = ~np.isnan(pitch)
    pairs = voiced[1:] & voiced[:-1]
    steps = np.abs(np.diff(np.log(np.where(voiced, pitch, 1.0))))
    held = pairs & (steps < STEADY_STEP)
    holds = int(pairs.sum()) >= LEAST_PAIRS and float(np.mean(held[pairs])) >= HELD_SHARE
    return centres, held, holds, pitch
