"""A line's end carried onto the copy of its own last sound -- a room's slap-back, a PA's loudspeakers -- goes back
to where the voice itself stopped.

Why this exists (issue 7, ``rd31_espeak_tiled_dashes_mulaw``, ``rd37_*``; the tenth aside set's small tiled room):
in a room with a hard wall a few metres away the recorder hears the voice and, 40-150 ms later, one discrete
reflection of it 3-9 dB under.  When the voice stops, that copy goes on for the delay with the spectrum of the last
phone, and the phone pass (pocketsphinx) hears it as that phone: line ends came out late by the delay itself
(``rd31``: seven of twelve ends +73..+84 ms with the reflection 83 ms late; ``rd37_fest_slap_mid`` +99 ms median with
it 105 ms late).  :mod:`.last_sound` only ever moves an end later, and a level rule cannot tell: the copy stands
3-9 dB under the voice, as a fading last syllable does.

What tells the copy is the waveform: over the delay before such an end the recording is the same waveform as one
delay earlier (a copy), and over the delay after it it is not (the copy of a copy, 6-18 dB further down, under the
room's tail and noise).  At a right end it is the other way round: the delay after the end holds the copy of the
voice's last sound.  So, per end, the normalised correlation of each of the two stretches with the recording one
delay earlier; read as its *excess* over the correlation at lags 2-12 ms either side, because a voice with a steady
pitch (espeak-ng, flite) correlates with itself at every multiple of its period -- inside such a voice the
correlation at the delay stood at 0.3-0.8, while a copy's is sharp at the delay alone (pre-emphasised, so a hum or
a fan's low rumble, periodic too, weighs little).

Measured on the phone pass's final ends of the echoing dev talks (``rd31``, ``rd37_*``'s six English talks, fifteen
PA talks of ``rd17``/``rd19``/``rd21``/``rd24``/``rd30``): with the thresholds below 49 ends moved back by the delay,
44 of them closer to the truth; the 5 others were ends already early whose last delay was mostly the copy over a
voice fading 10-15 dB under it (the two look alike in the waveform too).  Only the delay of the strongest copy
(:func:`.echoes.echo_delay`) is taken: an end on a second, later reflection's copy (``rd37_fest_slap_two``: 70 and
120 ms) is left where it is.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio import Audio

#: The delay before the end must correlate with one delay earlier at least this much over the neighbouring lags...
COPY_MIN = 0.15
#: ... the delay after it at most this much (the copy has stopped) ...
AFTER_MAX = 0.10
#: ... and the first this much more than the second.
CONTRAST = 0.30
#: Lags (s) either side of the delay whose correlation a copy's must stand over: past one period of a low voice's
#: pitch (2 ms = 500 Hz, 12 ms = 83 Hz).
NEAR_LAGS = (0.002, 0.012)
#: Pre-emphasis before correlating: the highs, where a copy is sharp and a hum is not.
PRE_EMPHASIS = 0.95


def _ncc(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b) + 1e-20))


def copy_excess(x: np.ndarray, i: int, j: int, lag: int, near: Sequence[int]) -> float:
    """How much more ``x[i:j]`` correlates with itself ``lag`` samples earlier (best of ``lag`` +- 1: the copy's
    delay is measured to a sample) than at ``lag`` +- each of ``near``; ``x`` pre-emphasised."""
    a = x[i:j]
    at = max(_ncc(a, x[i - lag + s:j - lag + s]) for s in (-1, 0, 1))
    around = max(max(_ncc(a, x[i - lag + s:j - lag + s]), _ncc(a, x[i - lag - s:j - lag - s])) for s in near)
    return at - max(around, 0.0)


def voice_end(audio: Audio, start: float, end: float, delay: float) -> Optional[float]:
    """Where the voice stopped, when the line ``start``-``end`` was ended on the copy of its last sound ``delay``
    seconds later (``end - delay``), or None: the end is not on a copy."""
    if end - 2 * delay <= start:  # too short a line to read a delay before it and one before that
        return None
    rate = audio.sample_rate
    lag = int(round(delay * rate))
    near = range(int(NEAR_LAGS[0] * rate), int(NEAR_LAGS[1] * rate) + 1, 2)
    a = int((end - delay) * rate) - lag - near[-1] - 2  # the earliest sample the correlations read
    b = int((end + delay) * rate) + 1
    if a < 1 or b > len(audio.samples):
        return None
    raw = audio.samples[a - 1:b].astype(np.float64)
    x = raw[1:] - PRE_EMPHASIS * raw[:-1]
    e = int(end * rate) - a
    before = copy_excess(x, e - lag, e, lag, near)
    after = copy_excess(x, e, e + lag, lag, near)
    if before >= COPY_MIN and after <= AFTER_MAX and before - after >= CONTRAST:
        return end - delay
    return None

