"""A loudspeaker's copy of the voice, and how long it runs on after the voice stops (outside English).

A talk recorded in a hall through its PA holds the voice several times: the talker's direct sound, then the
loudspeakers' copies of it some 75-260 ms later, a few dB under (plus the hall's reverberation).  When the
talker stops, the copies go on saying the line's last sound for as long as their delay.  The pause pass
(:mod:`.pauses`) ends a line where the sound before a pause stops, which is where the *last* copy stops: on
the sixth aside set's Spanish reader through a PA (``zx_es_tux_fresh_pa``) ends were +207 ms late (signed
median; starts -3 ms: the direct sound comes first), on the Chinese dev twin through a PA +159 ms.

A copy of the whole talk shows in the waveform's autocorrelation as a peak at its delay, as high as the copy
is loud (a copy 3 dB under: about 0.4).  The talks through a PA measured: 0.38-0.41 at the first copy
(79-108 ms) and 0.19-0.20 at the second (202-258 ms); every other talk measured, halls and rooms included
(whose reflections are diffuse, not one delay), peaks under 0.13 (music, wind, a crowd: under 0.09).  So where
the strongest peak reaches :data:`COPY_SHARE` the talk carries a loudspeaker's copy, and the pause pass takes the
voice's stop back by that copy's delay.

Only by the strongest copy's: at the three PA talks' truth ends the sound stopped 190-310 ms later on the
Spanish reader (the second copy, 9 dB under, held it over the murmur), but 77-263 ms later on the espeak-ng
Indonesian and Chinese talks (cross-talk and music under the second copy), and nothing in the level before the
stop told which (the last 120-150 ms stood 4-9 dB under the 100 ms before on all three).  Taking the second
copy's delay put those two talks' ends 60-240 ms early; the first copy's is the run-on every end has.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio

#: Delays (s) a loudspeaker's copy may have: past the first reflections and a voice's own pitch periods,
#: within a large hall's loudspeaker distances.
DELAYS = (0.04, 0.3)
#: The strongest copy's autocorrelation peak reaches this when the talk carries a loudspeaker's copy.
COPY_SHARE = 0.25
#: A later copy counts while its peak reaches this.
LATE_COPY_SHARE = 0.15
#: Pieces of this many seconds, at most :data:`PIECES` spread over the talk, are measured (an hour's
#: autocorrelation in one transform would need gigabytes).
PIECE_SECONDS, PIECES = 20.0, 8
#: Peaks closer than this (s) are one.
PEAK_APART = 0.01
#: A peak is measured over the median of the lags this far (s) either side of it.
AROUND = 0.03


def copy_delays(audio: Audio) -> list[tuple[float, float]]:
    """(delay, height) of the distinct peaks within :data:`DELAYS`: how far each stands over the lags around it."""
    x = audio.samples  # int16: each piece is made float on its own (an hour as float64 would be 460 MB)
    rate = audio.sample_rate
    piece = int(PIECE_SECONDS * rate)
    lo, hi = int(DELAYS[0] * rate), int(DELAYS[1] * rate)
    if len(x) < 2 * hi:
        return []
    starts = np.linspace(0, max(0, len(x) - piece), num=min(PIECES, max(1, len(x) // piece))).astype(int)
    total = np.zeros(hi + 1)
    for s in starts:
        chunk = x[s:s + piece].astype(np.float64)
        chunk -= chunk.mean()
        n = 1 << int(np.ceil(np.log2(2 * len(chunk))))
        spec = np.fft.rfft(chunk, n)
        total += np.fft.irfft(spec * np.conj(spec), n)[:hi + 1]
    if total[0] <= 0:
        return []
    ac = np.abs(total / total[0])
    half = int(AROUND * rate)
    padded = np.concatenate([ac, np.full(half, np.nan)])
    peaks: list[tuple[int, float]] = []
    for i in np.argsort(ac[lo:hi + 1])[::-1] + lo:
        if ac[i] < LATE_COPY_SHARE:
            break
        if any(abs(i - p) <= PEAK_APART * rate for p, _ in peaks):
            continue
        # a copy is one delay: its peak stands over the lags around it (a hum, a low voice's slow
        # correlation or a small room's reflections lift them all)
        sharp = float(ac[i] - np.nanmedian(padded[max(0, i - half):i + half + 1]))
        peaks.append((int(i), sharp))
    return [(p / rate, sharp) for p, sharp in peaks if sharp >= LATE_COPY_SHARE]


def echo_run_on(audio: Audio) -> Optional[float]:
    """How long (s) a loudspeaker's copy surely carries the voice on after it stops, or None for a talk with none.

    The strongest copy's delay: as loud as the voice within a few dB, it holds the sound over the pause's
    noise until it stops.  A later, weaker copy may hold it longer -- or sink under the noise (a second
    talker, music): see the module docstring.
    """
    peaks = copy_delays(audio)
    if not peaks or peaks[0][1] < COPY_SHARE:
        return None
    return peaks[0][0]
