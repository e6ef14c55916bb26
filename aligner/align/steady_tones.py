"""A steady tone after a line's end -- a Morse key's note from a ham radio next door -- is not the line's last sound.

Why this exists (issue 7, j228; the thirtieth aside set, ``hy_*``): a ham radio in the next room sent Morse at 14-24
words a minute on a 550-850 Hz note, 14-22 dB under the speech.  Where a dash began as a line's voice stopped, the
rule that follows a line's quiet last sound (:func:`.quiet_last_sounds.quiet_last_sound_end`) carried the end over
the dash to where it stopped: "... or press 2 to ..." (``hy_real_morse_dashes``) 14 -> 109 ms, "... missing
..." (``hy_flite_morse_plain``) 24 -> 179 ms after the truth.  The dash stood over the pause's noise in its one
octave, ran on from the voice with no dip, and stayed under the line's last level: every test of a fading last
sound passed.  :func:`.whistles.a_line` tells a struck or whistled tone from a release or a hiss, but only above
1 kHz, where the voice has nothing of its own in a line; a Morse note lies among the voice's own harmonics.

What no voice does there: put nearly all its sound in one narrow line (:data:`TONE_SHARE` of everything from the
voice's lowest harmonic up within :data:`.whistles.LINE_BINS` bins of its peak) above the pitch a voice speaks at
(:data:`TONE_LOW`), at one frequency and one level frame after frame.  A vowel's harmonics spread its sound over
several lines; its strongest may pile 0.7-0.9 of it at 400-470 Hz (a real Spanish prompt's last vowel, a real
Italian one's) but glides from bin to bin and swells or fades as it goes; a keyed note holds its bin and its level to
a tenth of a dB.  So :data:`HELD_FRAMES` frames running that each pile :data:`TONE_SHARE` in a line above
:data:`TONE_LOW` at the same bin, within :data:`HOLD_DB` of each other, are a tone (:func:`steady_tone_from`).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .whistles import LOW_BAND, frame_spectra, line_at_peak

#: A tone's line lies above this (Hz): over the pitch a voice speaks at, so its fundamental is never taken for one.
TONE_LOW = 400.0
#: Share of a frame's sound (from the voice's lowest harmonic, :data:`.whistles.LOW_BAND`, up) its line holds.
TONE_SHARE = 0.85
#: Frames running that hold the line at one bin ...
HELD_FRAMES = 3
#: ... each within this many dB of the first.
HOLD_DB = 1.0


def tone_frames(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per 10 ms frame from ``t0`` to ``t1``: whether it piles :data:`TONE_SHARE` of its sound in one line above
    :data:`TONE_LOW`, that line's bin, and its level (dB)."""
    power, freqs, _ = frame_spectra(audio, t0, t1)
    if not len(power):
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=int), np.zeros(0)
    band = power[:, freqs >= LOW_BAND[0]]
    peak, line = line_at_peak(band)
    high = freqs[freqs >= LOW_BAND[0]][peak] >= TONE_LOW
    return high & (line >= TONE_SHARE * (band.sum(axis=1) + 1e-12)), peak, 10.0 * np.log10(line + 1e-12)


def steady_tone_from(audio: Audio, t0: float, t1: float) -> Optional[float]:
    """Where in [t0, t1] a steady tone begins (s): the first of :data:`HELD_FRAMES` frames running that hold one line
    (see the module docstring); None: nothing there holds one."""
    tone, peak, level = tone_frames(audio, t0, t1)
    for k in range(len(tone) - HELD_FRAMES + 1):
        span = slice(k, k + HELD_FRAMES)
        if (tone[span].all() and np.all(peak[span] == peak[k])
                and np.all(np.abs(level[span] - level[k]) <= HOLD_DB)):
            return t0 + k * HOP
    return None
