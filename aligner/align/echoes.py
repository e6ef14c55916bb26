"""Whether a talk was recorded with an echo -- the voice heard again, a fixed delay later -- and that delay.

Why this exists (issue 7, ``zx_espeak_short_pa``, ``zx_real_pa_hall``, ``rd17_real_pa_agc_vtt``): in a lecture hall
with a PA the recorder hears the talker's voice and, 75-150 ms later, the same voice from the loudspeakers, only
3-9 dB under it.  After the voice stops, that copy goes on for the delay *at the level of the line's last sound* --
to every rule that asks whether the sound after an end holds its level (:mod:`.last_sound`) it is the word's last
sound, cut early -- and line ends were followed 60-300 ms into it (``zx_espeak_short_pa``: every end +250 ms).

An echo is a copy of the waveform, so the recording correlates with itself at the delay.  Summed over 2 s windows
through the talk, with each window's spectrum weighted by its magnitude rather than its power (half-whitened:
a steady hum or a monotone voice's harmonics, periodic themselves, would otherwise correlate at their period's
multiples -- 0.23-0.88 of the power at 40-70 ms on a hum and on flite, festival and MFA's read speech), the
correlation at the PA's delay stood at 0.19-0.21 on the four PA talks (dev and seen aside), 50-120 times its median
over 40-400 ms.  A room's reverberation is no copy: a diffuse sum of reflections whose phases differ; on halls
it stayed at 0.027-0.035, and nothing else in the dev cases passed 0.08 (the hum 0.06, MFA's corpus 0.08).
:data:`ECHO_MIN` lies between.

Two rules read it.  In English, :mod:`.last_sound` ends a line where the held sound stops, less the delay.  Outside
English the pause pass (:mod:`.pauses`, ``run_on``) takes each stop of the sound back by the delay: it ends a line
where the sound before a pause stops, which is where the copy stops (``zx_es_tux_fresh_pa``, a Spanish reader
through a PA: ends +207 ms late, starts -3 ms: the direct sound comes first; ``rd17_zh_espeak_pa_music`` +159 ms).
Only the strongest copy's delay: on the Spanish reader a second copy 9 dB under, 202 ms after the voice, held the
sound on 190-310 ms past the truth ends, but on the espeak-ng Indonesian and Chinese talks through a PA cross-talk
and music drowned that copy (77-263 ms), and nothing in the level before the stop told which; taking the second
copy's delay put those two talks' ends 60-240 ms early.  The first copy's delay is the run-on every end has.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio

#: Delays (s) an echo is looked for at: from past a room's early reflections (which end by 30-40 ms) to a hall
#: PA's far loudspeakers.
ECHO_DELAYS = (0.04, 0.4)
#: The half-whitened autocorrelation (a share of its value at lag 0) at the delay from which the talk is taken to
#: echo: the PA talks measured 0.19-0.21, every other dev talk at most 0.08.
ECHO_MIN = 0.12
#: Windows (s) the autocorrelation is summed over, and at most this many of them through the talk (an hour
#: costs what four minutes do).
WINDOW = 2.0
MOST_WINDOWS = 120


def half_whitened_autocorrelation(w: np.ndarray, size: int, most: int) -> np.ndarray:
    """The autocorrelation of ``w`` (zero-padded to ``size``) at lags 0..``most`` (samples), its spectrum weighted
    by its magnitude rather than its power (|X|^2 / |X|: see the module): a steady voice's harmonics weigh less, an
    echo's broadband copy more."""
    return np.fft.irfft(np.abs(np.fft.rfft(w, size)), size)[:most + 1]


def echo_delay(audio: Audio, t0: float = 0.0, t1: Optional[float] = None) -> Optional[float]:
    """The delay (s) at which the talk hears its voice again (:data:`ECHO_MIN`) between ``t0`` and ``t1`` (the
    stretch being aligned; None: to the end), or None: no echo."""
    rate = audio.sample_rate
    x = audio.samples[int(t0 * rate):None if t1 is None else int(t1 * rate)]
    n = int(WINDOW * rate)
    lags = int(ECHO_DELAYS[1] * rate)
    if len(x) < n + lags:
        return None
    starts = np.arange(0, len(x) - n + 1, n // 2)
    if len(starts) > MOST_WINDOWS:
        starts = starts[np.linspace(0, len(starts) - 1, MOST_WINDOWS).round().astype(int)]
    power = np.zeros(lags + 1)  # the summed autocorrelation, by lag
    for a in starts:
        w = x[a:a + n].astype(np.float64) / 32768.0
        w -= w.mean()
        power += half_whitened_autocorrelation(w, 2 * n, lags)
    if power[0] <= 0:
        return None
    r = np.abs(power / power[0])
    first = int(ECHO_DELAYS[0] * rate)
    k = first + int(np.argmax(r[first:]))
    return k / rate if r[k] >= ECHO_MIN else None
