"""Evidence for the review queue from the voice itself: where a segment's first and last *voiced* sound lie.

Every boundary the engine gives comes from Whisper's word times, the phone pass
or the energy envelope, and all three take noise that sounds like a consonant
for one: applause before a sentence for its first /f/, a key click after it for
its last /t/, a lavalier's rustle for an /s/.  Voicing is a second, independent
estimate of where the speech is: a vowel, a nasal or a voiced consonant repeats
itself at the speaker's pitch (75-400 Hz), which applause, typing, rustle, hiss
and a room's noise do not.  A sentence begins and ends with at most a cluster of
unvoiced consonants -- /str/, /sts/, a stop's closure and release -- so
a start more than START_UNVOICED s before its first voiced frame, or an end more
than END_UNVOICED s after its last one, lies in sound that is not the voice.

Only that direction is read.  Voice *outside* a segment says little: a room's
tail and the next line's first vowel are periodic too.  And a background that is
itself voiced (babble, music) makes every frame periodic, so the rule stays
silent there rather than doubt right edges.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope

#: Analysis window and hop (s): a 40 ms window holds three periods of a 75 Hz voice.
WINDOW = 0.04
HOP = 0.01
#: Pitch range (Hz) searched for the period.
LOWEST_PITCH, HIGHEST_PITCH = 75.0, 400.0
#: A frame is voiced when its normalised autocorrelation reaches this at some lag in the pitch range and it is
#: sound (over :meth:`.activity.Envelope.threshold`).  A higher bar leaves breathy and creaky real speech
#: unvoiced: over the development segments within 100 ms (early in the round, 832 segments) 11 right starts read
#: 0.25 s or more unvoiced at 0.5, 9 at 0.4, 3 at 0.3 (the same creaky line of mfa_cold_corpus, three copies).
PERIODIC = 0.3
#: A start this far (s) before the segment's first voiced frame, or an end this far after its last one, lies in
#: sound that is not the voice.  Measured over the development segments within 200 ms of the truth (1,219; the
#: tenth round's baseline outputs, benchmarks/queue_evidence.py): starts 99 % within 0.13 s of a voiced frame,
#: the farthest 0.52 s (one creaky real line with a cold, mfa_cold_corpus and its derived copies) and 0.22 s;
#: ends 99 % within 0.28 s, the farthest 0.40 s (final /s/, /ts/ and stop releases, a hall's tight join).  Of the
#: segments more than 200 ms off, 7 starts lie 0.27-0.60 s before their voice (applause, a fan, babble, a
#: filler's breath) and 6 ends 0.41-0.60 s after it (typing, a breath, babble, music).
START_UNVOICED = 0.25
END_UNVOICED = 0.38
#: How far into the segment the voice is looked for (s): enough to measure either threshold.
LOOK = 0.6
#: A sound whose frames reach this periodicity on median is a vowel (or a nasal, a glide): sound that repeats itself
#: at a pitch throughout, which a stop's release, a fricative's hiss and an affricate do not.  Measured on the
#: releases the closure rule exists for (rd_real_mismatch, 8 kHz under murmur): "exist"'s /t/ 0.26-0.37 per frame,
#: "message"'s /dzh/ 0.24-0.46; a second talker's syllables after such a dip (qx_real_crosstalk) 0.55-0.65.
VOWEL = 0.5


def periodicity(audio: Audio, t0: float, t1: float) -> np.ndarray:
    """Per frame of HOP s from ``t0`` (window WINDOW s), the highest normalised autocorrelation at a lag in the
    pitch range: near 1 for a steady voiced sound, low for noise, clicks and silence."""
    return periodicity_of(audio.samples, audio.sample_rate, t0, t1)


def periodicity_of(samples: np.ndarray, sr: int, t0: float, t1: float) -> np.ndarray:
    """:func:`periodicity` of raw ``samples`` at ``sr`` Hz (the phone pass holds a chunk's samples, not an Audio)."""
    _, auto = frame_autocorrelation(samples, sr, t0, t1)
    if not len(auto):
        return np.zeros(0)
    lo, hi = int(sr / HIGHEST_PITCH), min(auto.shape[1] - 1, int(sr / LOWEST_PITCH))
    return auto[:, lo:hi + 1].max(axis=1)


def frame_autocorrelation(samples: np.ndarray, sr: int, t0: float, t1: float, window: float = WINDOW,
                          step: float = HOP) -> tuple[np.ndarray, np.ndarray]:
    """Per frame of ``step`` s in [t0, t1] (``window`` s long, its mean taken out, Hann-weighted): its centre (s) and
    its autocorrelation by lag (samples, up to the window's length) as a share of its value at lag 0 -- what
    :func:`periodicity_of` and :mod:`.another_voice`'s pitch tracker read, each its own way."""
    centres, power = frame_power(samples, sr, t0, t1, window, step)
    n = int(round(window * sr))
    if not len(centres):
        return centres, np.zeros((0, n))
    auto = np.fft.irfft(power, axis=1)[:, :n]
    return centres, auto / (auto[:, :1] + 1e-9)


def frame_power(samples: np.ndarray, sr: int, t0: float, t1: float, window: float = WINDOW,
                step: float = HOP) -> tuple[np.ndarray, np.ndarray]:
    """Per frame of ``step`` s in [t0, t1] (``window`` s long, its mean taken out, Hann-weighted): its centre (s) and
    its power spectrum, zero-padded to twice the window (bin ``k`` at ``k * sr / (2 * window * sr)`` Hz): what
    :func:`frame_autocorrelation` is read from, and where :mod:`.another_voice` reads how loud a pitch's own
    octave is."""
    a, b = max(0, int(round(t0 * sr))), min(len(samples), int(round(t1 * sr)))
    n, hop = int(round(window * sr)), int(round(step * sr))
    if b - a < n:
        return np.zeros(0), np.zeros((0, n + 1))
    x = samples[a:b].astype(np.float64)
    count = (len(x) - n) // hop + 1
    frames = x[np.arange(n)[None, :] + hop * np.arange(count)[:, None]]
    frames = frames - frames.mean(axis=1, keepdims=True)
    power = np.abs(np.fft.rfft(frames * np.hanning(n), 2 * n, axis=1)) ** 2
    return a / sr + hop / sr * np.arange(count) + window / 2, power


def a_vowel(audio: Audio, t0: float, t1: float) -> bool:
    """Whether the sound in [t0, t1] is voiced throughout, as a vowel is (median periodicity at least VOWEL).

    What comes back after a quiet dip at a word's end is the word's own release or hiss only when it is noise;
    a vowel there is a syllable, and after the word's last one that is another voice's (a second talker's) or
    the next word's.  Only frames whose window lies wholly inside [t0, t1] are read (one reaching into the quiet
    around a short syllable reads it as less periodic than it is); a sound too short to hold one window (a release
    is 10-40 ms): False (nothing is known).
    """
    periodic = periodicity(audio, t0, t1)
    return bool(len(periodic)) and float(np.median(periodic)) >= VOWEL


def voiced(audio: Audio, t0: float, t1: float) -> bool:
    """Whether the sound in [t0, t1] is voiced on median (its frames' periodicity at least PERIODIC): a voice's
    sound, a vowel, a nasal, a voiced release, or a megaphone's voice (0.35-0.5 per frame, its horn's resonances
    repeating themselves as well as the pitch does) -- not a burst of noise (a two-way radio's squelch tail
    0.13-0.19).  Too short to hold one window: False (nothing is known)."""
    return voiced_on_median(periodicity(audio, t0, t1))


def voiced_on_median(periodic: np.ndarray) -> bool:
    """:func:`voiced`'s reading of frames' periodicity already read (none: False)."""
    return bool(len(periodic)) and float(np.median(periodic)) >= PERIODIC


def _voiced_times(audio: Audio, env: Envelope, t0: float, t1: float, loud: float) -> np.ndarray:
    """The centres (s) of the voiced frames whose windows lie in [t0, t1]."""
    periodic = periodicity(audio, t0, t1)
    if not len(periodic):
        return np.zeros(0)
    centres = t0 + HOP * np.arange(len(periodic)) + WINDOW / 2
    levels = env.db[np.minimum([env.frame(c) for c in centres], len(env.db) - 1)] if len(env.db) else np.zeros(0)
    return centres[(periodic >= PERIODIC) & (levels >= loud)]


def unvoiced_lead(audio: Audio, env: Envelope, start: float, end: float) -> Optional[float]:
    """How long (s) the segment [start, end] runs from its start before its first voiced frame (at most LOOK,
    or the segment's length when nothing in it is voiced); None when the segment is too short to measure."""
    if end - start < WINDOW:
        return None
    stop = min(end, start + LOOK)
    voiced = _voiced_times(audio, env, start, stop, env.threshold(start, end))
    return float(voiced[0] - start) if len(voiced) else stop - start


def unvoiced_tail(audio: Audio, env: Envelope, start: float, end: float) -> Optional[float]:
    """How long (s) the segment [start, end] runs on after its last voiced frame (mirror of :func:`unvoiced_lead`)."""
    if end - start < WINDOW:
        return None
    begin = max(start, end - LOOK)
    voiced = _voiced_times(audio, env, begin, end, env.threshold(start, end))
    return float(end - voiced[-1]) if len(voiced) else end - begin


def start_before_voice(audio: Audio, env: Envelope, start: float, end: float) -> bool:
    """Whether the segment begins more than START_UNVOICED s before anything voiced in it."""
    lead = unvoiced_lead(audio, env, start, end)
    return lead is not None and lead > START_UNVOICED


def end_after_voice(audio: Audio, env: Envelope, start: float, end: float) -> bool:
    """Whether the segment ends more than END_UNVOICED s after anything voiced in it."""
    tail = unvoiced_tail(audio, env, start, end)
    return tail is not None and tail > END_UNVOICED
