"""A tone -- one narrow line holding nearly all of a frame's sound, over the pitch the voice speaks at -- is no voice:
the one place the rules ask it (:func:`narrow_lines`, :meth:`Lines.tone`), and a steady tone after a line's end.

Three rules ask it, each with the bars it was measured with (j238 folded their three copies into this one reading):
:func:`steady_tone_from` (below: a line above :data:`TONE_LOW`, held at one bin and level),
:func:`.foreign_sounds.own_end` and :func:`.foreign_sounds.own_start` (a line at :data:`.foreign_sounds.OVER_PITCH`
times the line's own pitch), and :func:`.tones_over_ends.end_before_a_tone` (40 ms windows, fine enough for a voice's
bare fundamental, at :data:`.tones_over_ends.OVER_PITCH` times the pitch).

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

from typing import NamedTuple, Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .whistles import LINE_BINS, LOW_BAND, NFFT, WINDOW, frame_spectra, line_at_peak

#: A tone's line lies above this (Hz): over the pitch a voice speaks at, so its fundamental is never taken for one.
TONE_LOW = 400.0
#: Share of a frame's sound (from the voice's lowest harmonic, :data:`.whistles.LOW_BAND`, up) its line holds.
TONE_SHARE = 0.85
#: Frames running that hold the line at one bin ...
HELD_FRAMES = 3
#: ... each within this many dB of the first.
HOLD_DB = 1.0


class Lines(NamedTuple):
    """Per HOP frame: the share of its sound from :data:`.whistles.LOW_BAND`'s foot up that lies in one narrow line
    (within some bins of its peak), that line's frequency (Hz) and its level (dB)."""

    share: np.ndarray
    hz: np.ndarray
    db: np.ndarray

    def tone(self, over_hz, share: float = TONE_SHARE) -> np.ndarray:
        """Per frame: whether it is a tone -- its line holds ``share`` of its sound and lies at ``over_hz`` or higher
        (a fixed floor, or a multiple of the line's own pitch)."""
        return (self.share >= share) & (self.hz >= over_hz)


def narrow_lines(audio: Audio, t0: float, t1: float, window: float = WINDOW, nfft: int = NFFT,
                 bins: int = LINE_BINS, centred: bool = False) -> Lines:
    """:class:`Lines` of the frames from ``t0`` to ``t1`` (:func:`.whistles.frame_spectra`, ``window``-long, ``nfft``
    bins; the line: ``bins`` either side of the peak).  ``centred``: frames centred on ``t0``, ``t0`` + HOP, ... as
    long as the whole window lies before ``t1`` + half a window (nothing after the stretch is read), else starting
    at ``t0``."""
    rows = None
    if centred:
        win, hop = int(round(window * audio.sample_rate)), int(round(HOP * audio.sample_rate))
        held = audio.index(min(audio.duration, t1 + window / 2)) - audio.index(max(0.0, t0 - window / 2))
        rows = max(0, (held - win) // hop + 1)
        t0, t1 = t0 - window / 2, t1 - window / 2 + HOP
    power, freqs, _ = frame_spectra(audio, t0, t1, window, nfft)
    band = freqs >= LOW_BAND[0]
    power = power[:rows, band]
    if not len(power):
        return Lines(np.zeros(0), np.zeros(0), np.zeros(0))
    peak, line = line_at_peak(power, bins)
    return Lines(line / (power.sum(axis=1) + 1e-12), freqs[band][peak], 10.0 * np.log10(line + 1e-12))


def steady_tone_from(audio: Audio, t0: float, t1: float) -> Optional[float]:
    """Where in [t0, t1] a steady tone begins (s): the first of :data:`HELD_FRAMES` frames running that hold one line
    (see the module docstring); None: nothing there holds one."""
    lines = narrow_lines(audio, t0, t1)
    tone = lines.tone(TONE_LOW)
    for k in range(len(tone) - HELD_FRAMES + 1):
        span = slice(k, k + HELD_FRAMES)
        if (tone[span].all() and np.all(lines.hz[span] == lines.hz[k])
                and np.all(np.abs(lines.db[span] - lines.db[k]) <= HOLD_DB)):
            return t0 + k * HOP
    return None
