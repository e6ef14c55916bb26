"""A chime, a bell or a doorbell struck just before a line is not the line's voice: the pause runs up to where the
voice rises out of its ringing.

The pause pass (:mod:`.pauses`) starts a line where the sound after the pause before it begins.  A public-address
chime struck in that pause (two or three struck bars, the last 0.3-0.6 s before the announcement) still rings under
the line's first words, so there is no pause between the chime and the voice: chime and line are one run of sound,
and the line's start went onto the chime's first stroke (``rx_sv_espeak_chime``, Swedish: five starts 1.1-1.3 s
early; every language whose boundaries the pause pass takes, and English stretches placed by forcing).

What tells a struck tone from a voice, whatever the language, is what its spectrum does from one moment to the next.
A struck bar (or bell) is a handful of partials fixed in frequency that only die away after the stroke: apart from
the stroke itself, no frame holds energy that the frame ``LAG`` before it did not (in the same or a neighbouring
bin).  A voice brings new energy all the time -- its pitch moves its harmonics, its formants move, each syllable
and consonant starts afresh -- and its steady stretches (a held vowel, a stop's closure) last a few hundredths, not
the ``RING`` of a bar ringing out between strokes.  So a frame whose share of new energy (power in bins that rose
``RISE_DB`` over the frame ``LAG`` earlier) is under ``NEW_SHARE`` rings; a stretch of ringing frames ``RING`` long
or more is a ring; and a run of sound that opens with a stroke (new energy for at most ``STROKE``, at the run's
start) followed by a ring -- then perhaps more strokes, each followed by its ring -- holds a struck tone until the
first stretch of new energy longer than a stroke: the voice, which starts there.  A room's reverberant tail after a
short first word is no ring: its level beats as its many reflections come and go.  A run that is strokes and rings
to its end (a chime alone in a pause) is no sound at all.  Only the first ``LOOK``
seconds of a run are read: a chime before an announcement is over within a second or two.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP

#: The analysis window (s) and its FFT size (at 16 kHz: 16 Hz bins, fine enough to hold a partial in its bin).
WINDOW, NFFT = 0.064, 1024
#: The band read (Hz): where a chime's partials and a voice's harmonics and formants lie.
BAND = (60.0, 5000.0)
#: A frame is compared with the frame this long (s) before it.
LAG = 0.05
#: A bin holds new energy when it stands this far (dB) over the earlier frame's (the most of its bin and the two
#: beside it): a struck partial only dies away, while a voice's held sound (a vowel, a nasal) swings by more, its
#: harmonics' levels moving with its pitch and its formants (real and synthesized held sounds made 0.2 s "rings" at
#: 3 dB, none at 1 dB; the chimes' rings hold under 0.2 % new energy even at 0 dB) ...
RISE_DB = 1.0
#: ... and a frame rings when less than this share of its power is new.
NEW_SHARE = 0.05
#: A ring lasts at least this long (s): longer than a voice's steady stretches (a held vowel, a stop's closure).
RING = 0.2
#: A stroke (its new energy, the window's reach and LAG included) lasts at most this long (s).
STROKE = 0.15
#: Only this much (s) of a run's opening is read.
LOOK = 3.0


def _new_energy(audio: Audio, t0: float, t1: float) -> np.ndarray:
    """Per HOP frame from ``t0`` (the window starting there) to ``t1``: the share of its power that is new (over the
    frame LAG before).  The first LAG frames have nothing to compare with: their share is 1."""
    sr = audio.sample_rate
    hop, win = int(round(HOP * sr)), int(round(WINDOW * sr))
    x = audio.float32(max(0.0, t0), min(audio.duration, t1 + WINDOW))
    n = min(max(0, int(round((t1 - t0) / HOP))), (len(x) - win) // hop + 1 if len(x) >= win else 0)
    if n <= 0:
        return np.ones(0)
    idx = np.arange(n)[:, None] * hop + np.arange(win)[None, :]
    power = np.abs(np.fft.rfft(x[idx] * np.hanning(win)[None, :].astype(np.float32), NFFT, axis=1)) ** 2
    freqs = np.fft.rfftfreq(NFFT, 1.0 / sr)
    power = power[:, (freqs >= BAND[0]) & (freqs < BAND[1])].astype(np.float64)
    total = power.sum(axis=1) + 1e-12
    lag = int(round(LAG / HOP))
    share = np.ones(n)
    if n > lag:
        before = power[:-lag]
        near = np.maximum(before, np.maximum(np.roll(before, 1, axis=1), np.roll(before, -1, axis=1)))
        rose = np.maximum(0.0, power[lag:] - near * 10 ** (RISE_DB / 10.0))
        share[lag:] = rose.sum(axis=1) / total[lag:]
    return share


def _stretches(ringing: np.ndarray) -> list[tuple[bool, int, int]]:
    """(is a ring, first frame, frame after its last) over the frames, in order: rings are runs of ringing frames
    RING long or more; everything between them is new energy (a stroke or a voice)."""
    shortest = int(round(RING / HOP))
    out: list[tuple[bool, int, int]] = []
    k, n = 0, len(ringing)
    while k < n:
        j = k
        while j < n and ringing[j] == ringing[k]:
            j += 1
        ring = bool(ringing[k]) and j - k >= shortest
        if out and out[-1][0] == ring:
            out[-1] = (ring, out[-1][1], j)
        else:
            out.append((ring, k, j))
        k = j
    return out


def voice_after_strokes(audio: Audio, a: float, b: float) -> Optional[float]:
    """Where the voice rises out of a struck tone that opens the run of sound [a, b] (s): the start of the first
    stretch of new energy longer than a stroke after one or more strokes and their rings; ``b`` when the run is
    strokes and rings to its end; None when the run does not open with a struck tone (or its voice lies past
    LOOK)."""
    end = min(b, a + LOOK)
    share = _new_energy(audio, a, end)
    if not len(share):
        return None
    parts = _stretches(share < NEW_SHARE)
    stroke = int(round(STROKE / HOP))
    rung = False
    for ring, k, j in parts:
        if ring:
            rung = True
        elif j - k > stroke:
            # new energy longer than a stroke: the voice (after a ring), or a run that opens with it (no stroke)
            return a + k * HOP + WINDOW / 2 if rung else None
    if end < b:
        return None  # strokes and rings as far as we read: the voice, if any, lies further on
    return b if rung else None  # strokes and rings to the end (the last ring fading into the noise): no voice


def without_struck_openings(audio: Audio, runs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``runs`` (stretches of sound, in order) with a struck tone that opens one taken for pause: the run starts
    where the voice rises out of it (:func:`voice_after_strokes`), and a run that is a struck tone alone is
    dropped."""
    out: list[tuple[float, float]] = []
    for a, b in runs:
        voice = voice_after_strokes(audio, a, b)
        if voice is None:
            out.append((a, b))
        elif voice < b - HOP:
            out.append((voice, b))
    return out
