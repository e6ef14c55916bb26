"""Keep one band of a stretch of samples: the FFT brick-wall filter the edge rules read a consonant's or a hiss's
level through.

A word's first /s/ or a final /z/ is a few dB of sound above 4 kHz that the whole band's level does not show under a
voice; reading the band alone shows it (:mod:`aligner.align.onset_starts`, :mod:`aligner.align.phone_edges`).  One
FFT over the stretch, with the bins outside the band set to zero, is exact in the band and costs one transform; the
caller pads the stretch on both sides, so the circular filter's wrap-around falls in the padding, not in what it
reads.
"""

from __future__ import annotations

from typing import Optional

import numpy as np


def band_of(samples: np.ndarray, sample_rate: int, low_hz: float, high_hz: Optional[float] = None) -> np.ndarray:
    """``samples`` (float64, one channel) with everything below ``low_hz`` (and above ``high_hz``, when given)
    taken out, the same length."""
    spec = np.fft.rfft(samples)
    freqs = np.fft.rfftfreq(len(samples), 1.0 / sample_rate)
    spec[freqs < low_hz] = 0.0
    if high_hz is not None:
        spec[freqs > high_hz] = 0.0
    return np.fft.irfft(spec, len(samples))
