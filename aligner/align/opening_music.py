"""Music before the first line (a podcast's jingle) is not the line's voice: the phone pass's chunk starts after it.

The phone pass cuts its chunk around a line in the pause before it, or, with no
pause in reach, a margin into the sound before it, where a neighbour's last
words go in as optional context.  Before a talk's first line there is no
neighbour, and under a jingle ducked under that line there is no pause either:
the chunk reached a second into the tune at full level, and the search -- given
nothing but the line's words to spend those frames on -- laid the first word over
the tune's plucked chords (``ox_de_espeak_serious_jingle_suppressor``: "Guten"
from 1.58 s before the voice; a chord's partials hold a vowel's shape).  No
rule after it doubts that start: the tune is louder than the voice, so every
level-based check (:mod:`.onset_starts`, :mod:`.steady_openings`) sees a line
opening at full level.

What tells music from a voice, whatever the language and however loud, is how
its partials hold: a note's partials stay on their frequency for the whole
note (tenths of a second), while a voice's harmonics glide with its pitch and
its formants move from sound to sound, so few of its spectral peaks stay in
one place for long.  A frame's *steady share* is the share of its energy in
spectral peaks that stood at the same frequency in each of the last
HOLD_FRAMES frames; music holds a high share over a stretch longer than any
held vowel.  Where such a stretch runs up to (or past) the placed start of a
talk's first line, the chunk may not reach into it: its edge is bounded by the
end of the music, and the start moves there when the music went on past it
(never past the end of the first word Whisper heard: music holding on over a heard word is a bed under the voice,
or a voice as steady as a note, and is left alone).  The same holds after the last line
(a closing tune).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP

#: The analysis window (s) and FFT size (at 16 kHz: 16 Hz bins: two notes of a chord a tone apart stay apart).
WINDOW, NFFT = 0.064, 1024
#: The band read (Hz): a voice's or a tune's harmonics (a bass note's from 60 Hz), under a hi-hat's noise.
BAND = (60.0, 5000.0)
#: A peak is steady when it stood in the same bin in each of this many frames before (80 ms: longer than a
#: vowel's harmonics hold still while its pitch glides, shorter than a plucked note).
HOLD_FRAMES = 8
#: Peaks count from this far (dB) under the frame's loudest bin.
PEAK_FLOOR_DB = 20.0
#: Music: the steady share, averaged over SMOOTH seconds, at least this (a tune's chords 0.4-0.6; speech
#: 0.0-0.15 with single windows of a held vowel up to 0.3; dev: benchmarks/README.md, j105) ...
MUSIC_SHARE = 0.35
SMOOTH = 0.3
#: ... for at least this long (s): a tune's bars, not a held vowel (espeak-ng's slow Swedish voice held 0.5-0.7 s
#: stretches over the share; wx_sv_espeak_interview_fast_slow).
MIN_MUSIC = 1.0


def steady_share(audio: Audio, t0: float, t1: float) -> np.ndarray:
    """Per 10 ms frame from ``t0`` (HOP), the share of the frame's energy in BAND lying in steady partials."""
    rate = audio.sample_rate
    win = int(round(WINDOW * rate))
    hop = int(round(HOP * rate))
    a, b = audio.index(max(0.0, t0)), audio.index(min(audio.duration, t1))
    x = audio.samples[a:b].astype(np.float64) / 32768.0
    n = max(0, (len(x) - win) // hop + 1)
    if n <= HOLD_FRAMES:
        return np.zeros(max(0, int(round((t1 - t0) / HOP))))
    frames = np.lib.stride_tricks.sliding_window_view(x, win)[::hop][:n] * np.hanning(win)
    power = np.abs(np.fft.rfft(frames, n=max(NFFT, win), axis=1)) ** 2
    freqs = np.fft.rfftfreq(max(NFFT, win), 1.0 / rate)
    band = np.flatnonzero((freqs >= BAND[0]) & (freqs <= BAND[1]))
    padded = power[:, band[0] - 1:band[-1] + 2]  # a bin beside the band on each side: a peak at its edge is a peak
    power = padded[:, 1:-1]
    top = power.max(axis=1, keepdims=True)
    peaks = ((power > padded[:, :-2]) & (power >= padded[:, 2:]) & (power > top * 10 ** (-PEAK_FLOOR_DB / 10)))
    held = peaks.copy()
    for k in range(1, HOLD_FRAMES + 1):
        held[k:] &= peaks[:-k]
    held[:HOLD_FRAMES] = False
    # a steady peak's energy: its bin and the two beside it (a Hann window spreads a steady line over them)
    near = held.copy()
    near[:, 1:] |= held[:, :-1]
    near[:, :-1] |= held[:, 1:]
    share = (power * near).sum(axis=1) / (power.sum(axis=1) + 1e-20)
    # frame i's window starts at t0 + i*HOP: centre it
    shift = int(round(WINDOW / 2 / HOP))
    out = np.zeros(max(n + shift, int(round((t1 - t0) / HOP))))
    out[shift:shift + n] = share
    return out


def music_runs(audio: Audio, t0: float, t1: float) -> list[tuple[float, float]]:
    """Stretches of [t0, t1] where music holds (see the module's docstring), as (start, end) in seconds."""
    share = steady_share(audio, t0, t1)
    k = max(1, int(round(SMOOTH / HOP)))
    if len(share) < k:
        return []
    smooth = np.convolve(share, np.ones(k) / k, mode="same")
    mask = np.concatenate(([False], smooth >= MUSIC_SHARE, [False]))
    edges = np.flatnonzero(np.diff(mask.astype(np.int8)))
    runs = [(t0 + a * HOP, min(t1, t0 + b * HOP)) for a, b in zip(edges[::2], edges[1::2])]
    return [(a, b) for a, b in runs if b - a >= MIN_MUSIC]


def past_music(audio: Audio, t: float, reach: float, limit: float, step: int) -> Optional[float]:
    """Where the music running up to a first line's placed start ``t`` (step -1; a last line's end, step +1) stops,
    when it runs to within SMOOTH of ``t`` or past it, looked for ``reach`` seconds out from ``t``; never further
    in than ``limit`` (the end of the first word Whisper heard; the start of the last).  None when there is no such
    music, or when it holds on past ``limit``."""
    # a run's edge is read through SMOOTH seconds' mean: the music may stop up to half of that inside it (a voice
    # starting right after the tune's last bar), so the edge is taken that much back
    # music that holds on over the heard word is no tune the voice comes after: a bed under it, or a voice as
    # steady as a note (a hummed line, a test's sine): left to the phone pass as before
    if step < 0:
        lo, hi = t - reach, max(t, limit) + SMOOTH
        runs = [(a, b) for a, b in music_runs(audio, lo, hi) if a < t and b >= t - SMOOTH]
        return runs[-1][1] - SMOOTH / 2 if runs and runs[-1][1] <= limit else None
    lo, hi = min(t, limit) - SMOOTH, t + reach
    runs = [(a, b) for a, b in music_runs(audio, lo, hi) if b > t and a <= t + SMOOTH]
    return runs[0][0] + SMOOTH / 2 if runs and runs[0][0] >= limit else None
