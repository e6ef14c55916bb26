"""Evidence from the recording itself for the review queue: how much of speech's band the audio carries.

A telephone prompt, a call recording or a file stored at 8 kHz has nothing
above 4 kHz.  The phone model is wideband: its /s/, /t/ bursts and final /f/ lie
mostly above 4 kHz, and what is left of them in such audio -- a hiss at 2-4 kHz,
25-30 dB under the vowels -- fits its silence better.  A sentence's last weak
sound is then given to the pause and the end comes out early, yet every word
fits well: confidence built on fits and pauses cannot see it
(:func:`.confidence.end_before_unheard_sound`).
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio

#: Speech's band above this (Hz) is what 8 kHz audio lacks; up to NARROW_TOP_HI, where 16 kHz audio ends.
NARROW_TOP = 4500.0
NARROW_TOP_HI = 7500.0
#: The band below the cut (Hz) it is compared with: where every recording carries speech.
SPEECH_LOW, SPEECH_HIGH = 300.0, 4000.0
#: Audio whose loud frames hold less than this (dB) above NARROW_TOP against SPEECH_LOW-SPEECH_HIGH is narrow-band.
#: Measured on the development cases: the 8 kHz telephone prompts -44 and -51 dB, the same prompts
#: stored at 16 kHz (G.722) -22 to -30 dB, synthetic and read speech at 16 kHz -5 to -38 dB.
NARROW_BAND_DB = -40.0
_FRAME = 512
#: The loudest share of frames measured (speech, not pauses), and at most this many of them (a long talk).
_LOUD_SHARE = 0.3
_MOST_FRAMES = 4000
_BLOCK = 4_000  #: frames measured at a time (about two minutes of audio: an 8 MB copy)


def high_band_db(audio: Audio, t0: float = 0.0, t1: float | None = None) -> float:
    """Power above NARROW_TOP against SPEECH_LOW-SPEECH_HIGH (dB) over the loudest frames of [t0, t1]."""
    x = audio.samples[audio.index(t0):len(audio.samples) if t1 is None else audio.index(t1)]
    n = len(x) // _FRAME
    if n < 4:
        return 0.0
    frames = x[:n * _FRAME].reshape(n, _FRAME)  # a view: an hour's float copy would be 460 MB
    energy = np.empty(n)
    for a in range(0, n, _BLOCK):
        block = frames[a:a + _BLOCK].astype(np.float32)
        energy[a:a + _BLOCK] = np.einsum("ij,ij->i", block, block)
    loud = np.flatnonzero(energy >= np.quantile(energy, 1.0 - _LOUD_SHARE))
    if len(loud) > _MOST_FRAMES:  # evenly spread over the talk: the band does not change within it
        loud = loud[np.linspace(0, len(loud) - 1, _MOST_FRAMES).astype(int)]
    chosen = frames[loud].astype(np.float64)
    spectrum = np.mean(np.abs(np.fft.rfft(chosen * np.hanning(_FRAME), axis=1)) ** 2, axis=0)
    freqs = np.fft.rfftfreq(_FRAME, 1.0 / audio.sample_rate)
    high = spectrum[(freqs >= NARROW_TOP) & (freqs < NARROW_TOP_HI)].sum()
    low = spectrum[(freqs >= SPEECH_LOW) & (freqs < SPEECH_HIGH)].sum()
    return float(10.0 * np.log10((high + 1e-20) / (low + 1e-20)))


def narrow_band(audio: Audio, t0: float = 0.0, t1: float | None = None) -> bool:
    """Whether the speech in [t0, t1] carries nothing above 4 kHz (recorded or stored at 8 kHz)."""
    return high_band_db(audio, t0, t1) < NARROW_BAND_DB
