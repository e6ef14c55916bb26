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

A pair of frames an octave apart (within half a percent) says nothing either way: the autocorrelation read the
sound's period on one frame and twice it on the next, as it did on a hurdy-gurdy's drone at 108.1 Hz (108.1 and 54.1
Hz in turn, ``ty_real_hurdygurdy_page``). Counted as steps, they left the drone holding on 67 % of its frame pairs,
not 80 %, and an end carried +570 ms along it stayed; left out, it holds on all the others.  Counted as held instead,
they tipped a real French voice's last syllable ("... votre appel", 124 Hz on five frames, then 62, then 124, 121,
119: eight of ten pairs) into a held tone, and its end went back 170 ms into the word.
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


def holds_its_pitch(samples: np.ndarray, sr: int, t0: float, t1: float) -> bool:
    """Whether the periodic sound in [t0, t1] (seconds into ``samples``) holds one pitch from frame to frame, as a
    struck bar or a tone does and a voice never does."""
    return _held_pairs(samples, sr, t0, t1)[2]


def pitch_held_from(samples: np.ndarray, sr: int, t0: float, t1: float) -> Optional[float]:
    """Where (s) the periodic sound in [t0, t1] begins to hold its pitch -- the first window reaching into its first
    frame that holds it to the next -- when the span as a whole holds it (:func:`holds_its_pitch`), else None."""
    from .another_voice import WINDOW

    centres, held, holds = _held_pairs(samples, sr, t0, t1)
    return float(centres[int(np.argmax(held))] - WINDOW / 2) if holds else None


def _held_pairs(samples: np.ndarray, sr: int, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray, bool]:
    """The pitch track's frame centres over [t0, t1], whether each frame holds its pitch to the next (both voiced,
    moving under :data:`STEADY_STEP`), and whether the span holds its pitch as a whole."""
    # imported here: another_voice reads the placed lines (confidence, hence the phone pass's module, which asks this)
    from .another_voice import pitch_track

    centres, pitch = pitch_track(samples, sr, t0, t1)
    voiced = ~np.isnan(pitch)
    pairs = voiced[1:] & voiced[:-1]
    steps = np.abs(np.diff(np.log(np.where(voiced, pitch, 1.0))))
    pairs &= np.abs(steps - np.log(2.0)) >= STEADY_STEP  # across the tracker's octave slip: nothing read either way
    held = pairs & (steps < STEADY_STEP)
    holds = int(pairs.sum()) >= LEAST_PAIRS and float(np.mean(held[pairs])) >= HELD_SHARE
    return centres, held, holds
