"""A frame's level read against the pause's own spectrum, not against its broadband level (issue 7).

Every edge rule asks whether a frame near a line's end is sound by its *broadband* level: its power against the
power of the pause after it.  Where the pause's noise is coloured -- a receiver's hiss confined to the relay's
300-2700 Hz, a buzz's harmonics, a murmur -- a voice's tail can lie under the pause's broadband level and still
stand plainly over it where the voice is and the noise is not: a mistuned single-sideband relay's tails stand
only 3-6 dB over its band-limited hiss in broadband terms (j128), a vowel's formant far more in its own bins.
A listener hears the tail; a broadband level cannot, because the noise's loud bins swamp the voice's in the sum.

So a frame's level is read bin by bin against the pause's own power in that bin (:func:`heard_against_pause`):
the mean over the spectrum's bins of the frame's power over the pause's median power there, in dB -- the
statistic of a "whitened" spectrum (the a-posteriori signal-to-noise ratio a statistical voice detector averages,
Sohn, Kim & Sung 1999).  Over white noise every bin's reference is the same and it is the broadband level
shifted by a constant, so a rule reading it as it reads the broadband level decides as before; over coloured
noise the bins the noise leaves quiet count as much as the bins it fills, and the bins it fills (a buzz's
harmonics, a hum) count for less.  The pause is read where :func:`.review_evidence.pause_levels_after` reads it.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope
from .review_evidence import FLOOR_GAP, FLOOR_LOOK, FLOOR_MIN

_FRAME = 160  #: samples per 10 ms frame at 16 kHz, as :class:`.activity.Envelope` reads them
#: Level (dB) given to the frames not read (outside ``[t0, t1]`` and the pause).
UNREAD_DB = -100.0
#: Power no bin's reference lies under (a digitally silent bin: 16-bit quantization's floor, far under it).
_TINY = 1e-20


def frame_spectra(audio: Audio, first: int, last: int) -> np.ndarray:
    """The power spectra (one row per frame, DC left out) of the envelope's own frames ``first`` to ``last``: the
    same 10 ms of samples, its DC offset dropped as :class:`.activity.Envelope` drops it, so that the mean over a
    row's bins is the frame's broadband power (Parseval), read bin by bin."""
    last = min(last, len(audio.samples) // _FRAME)
    if last <= first:
        return np.zeros((0, _FRAME // 2))
    x = audio.samples[first * _FRAME:last * _FRAME].astype(np.float32).reshape(last - first, _FRAME) / 32768.0
    x -= x.mean(axis=1, keepdims=True)
    return np.abs(np.fft.rfft(x, axis=1)[:, 1:]) ** 2


def heard_against_pause(audio: Audio, env: Envelope, end: float, after: float, t0: float,
                        t1: float) -> Optional[Envelope]:
    """The frames from ``t0`` to ``t1`` and those of the pause after ``end`` (``after``: where the next line starts),
    each frame's level the mean over the bins of its spectrum (:func:`frame_spectra`) of its power over the pause's median power
    in that bin (dB), as an :class:`.activity.Envelope` read as the recording's is (frames not read:
    :data:`UNREAD_DB`).  None when the pause is too short to read (as :func:`.review_evidence.pause_levels_after`)."""
    a, b = env.frame(end + FLOOR_LOOK[0]), env.frame(min(after - FLOOR_GAP, end + FLOOR_LOOK[1]))
    if b - a < round(FLOOR_MIN / HOP):
        return None
    first = env.frame(min(t0, a * HOP))
    power = frame_spectra(audio, first, env.frame(max(t1, b * HOP)))
    pause = power[max(0, a - first):max(0, b - first)]
    if len(pause) < round(FLOOR_MIN / HOP):
        return None
    reference = np.maximum(np.median(pause, axis=0), _TINY)
    whitened = 10.0 * np.log10(np.mean(power / reference, axis=1) + _TINY)
    db = np.full(len(env), UNREAD_DB, dtype=np.float32)
    n = min(len(db) - first, len(whitened))
    if first < 0 or n <= 0:
        return None
    db[first:first + n] = whitened[:n]
    return Envelope.of_levels(db, env.duration)
