"""A whistle in or beside the sound (birdsong, a squeak) is not the voice: the pause runs across it.

The pause pass (:mod:`.pauses`) ends a sentence where the sound before a pause
stops and starts the next where the sound after it begins, the sound being the
whole band's energy over a threshold.  Birdsong through a window (chirps,
sweeps and trills at 2-7 kHz, 12-16 dB under the voice) rises over that
threshold in the pauses, and a chirp less than ``pauses.BRIDGE`` from the
voice is bridged into its run: on the dev twins of the twelfth aside set's
French talk (real prompts under birdsong, ``rd48_fr_real_birds_flv``) the pause
pass began lines on a trill 0.4-0.6 s before the voice and ended them on the
chirps 0.3-0.7 s after it -- every language, as the pause pass takes every
boundary the phone pass did not place.

What tells a whistle from the voice, whatever the language, is its spectrum in
one 20 ms window: a whistle is one narrow line above 1 kHz and next to nothing
under it; the voice has its low harmonics and first formant under 1 kHz, and
the consonants that have none there (/s/, /f/, /ʃ/, a burst) are noise: their
energy is spread over a band of kHz, not piled in a line.  So a frame whose
sound above 1 kHz stands ``OVER_LOW_DB`` over the sound under it and piles
``LINE_SHARE`` of itself within ``LINE_BINS`` of its peak is a whistle, and
taken for silence, while its low band stays within ``LOW_RISE_DB`` of the
background's (a whistle over the voice changes nothing: the voice's low band is
there) and it stands ``HIDES_DB`` under the run's loudest frame with its low
band up (a siren 12 dB over speech can hide the voice's quieter sounds: no
evidence of a pause).  Frames beside a whistle whose low band does not rise are
its rise and fall.  Each run of sound is made again from what is left, bridged
as before: a trill bridged into a line's edge comes off it, a trill that filled
a pause and joined two lines into one run leaves the pause between them, and a
run of whistles alone is no sound at all.  A piece of up to ``TOUCHING`` that
runs straight into the voice, with no quiet between, stays the voice's (an
onset can be a narrow line for a few frames).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP

#: The analysis window (s) and its FFT size (at 16 kHz: 31 Hz bins).
WINDOW, NFFT = 0.02, 512
#: The voice's low band (Hz): its low harmonics and first formant lie here; a whistle's line lies above SPLIT.
LOW_BAND, SPLIT = (80.0, 1000.0), 1000.0
#: A whistle's sound above SPLIT stands at least this far (dB) over the sound under it.
OVER_LOW_DB = 10.0
#: ... and piles at least this share of itself within LINE_BINS bins of its peak (a Hann window spreads a steady
#: line over about 4 bins; a fricative's noise puts a few per cent there).
LINE_SHARE, LINE_BINS = 0.5, 3
#: Frames this many HOPs from a whistle's frame, with no low band of their own, are its rise or fall.
NEAR = 2
#: The voice's low band rises at least this far (dB) over the low band's background: a frame where it does is
#: no whistle, however loud a line over it ...
LOW_RISE_DB = 10.0
#: ... the background being this percentile of the low band's level over the run and AROUND (s) either side.
BACKGROUND_PERCENTILE, AROUND = 5.0, 0.3
#: A whistle not this far (dB) under the loudest frame of its run with a low band up is as loud as the voice and
#: can hide its quieter sounds (a siren 12 dB over speech): no evidence of a pause.  On the birdsong twins the
#: chirps stand about 5-15 dB under the voice's loudest frames.
HIDES_DB = 5.0
#: A piece of other sound this long (s) or shorter that runs straight into the voice stays the voice's.
TOUCHING = 0.08
#: Spectra are taken this many seconds at a time.
BLOCK = 20.0
#: A run left shorter than this (s) is dropped.
SHORTEST = 0.04


def whistle_frames(audio: Audio, t0: float, t1: float) -> np.ndarray:
    """Per HOP frame from ``t0`` to ``t1``: whether it is a whistle (a line above SPLIT, little under it)."""
    return _frames(audio, t0, t1)[0]


def a_line(audio: Audio, t0: float, t1: float) -> bool:
    """Whether the sound in [t0, t1] rings as a tone: any of its 10 ms frames a whistle's (:func:`whistle_frames`), one
    narrow line above SPLIT with little under it.  A stop's release or a fricative's hiss is noise spread over kHz in
    every frame; a struck or dropped thing's short sound (a drop's plink, a heating pipe's tick) rings at its own pitch
    once its onset has passed -- the frame that holds the onset's click may be spread over the band (a pipe's tick 3 dB
    under the next frame's line in every octave but the ring's).  Nothing in [t0, t1]: False."""
    return bool(np.any(whistle_frames(audio, t0, t1)))


def whistle_and_rest(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray]:
    """Per HOP frame from ``t0`` to ``t1``: whether it is a whistle, and the level (dB) of its sound besides the
    line its sound above SPLIT peaks in (the whole band less the LINE_BINS either side of that peak): what a voice
    adds under a whistle (:mod:`.whistled_ends`)."""
    frames = _frames(audio, t0, t1)
    return frames[0], frames[3]


def _frames(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, ...]:
    """Per HOP frame from ``t0`` to ``t1``: whether it is a whistle, its level (dB), the level (dB) of its low
    band and the level (dB) of its sound besides its high line (BLOCK seconds at a time: the spectra of an
    hour would not fit in memory)."""
    n = max(0, int(round((t1 - t0) / HOP)))
    step = int(round(BLOCK / HOP))
    parts = [_block(audio, t0 + k * HOP, t0 + min(n, k + step) * HOP) for k in range(0, n, step)]
    if not parts:
        return np.zeros(0, dtype=bool), np.zeros(0), np.zeros(0), np.zeros(0)
    return tuple(np.concatenate([p[i] for p in parts]) for i in range(4))


def frame_spectra(audio: Audio, t0: float, t1: float, window: float = WINDOW,
                  nfft: int = NFFT) -> tuple[np.ndarray, np.ndarray, int]:
    """The power spectrum (a row per HOP frame from ``t0``, ``window``-long Hann windows, ``nfft`` bins), the bins'
    frequencies (Hz) and how many frames ``t0`` to ``t1`` holds (the rows may stop short of it at the audio's end).
    A longer window resolves a low voice's harmonics (40 ms: :mod:`.tones_over_ends`); 20 ms follows a chirp."""
    sr = audio.sample_rate
    hop, win = int(round(HOP * sr)), int(round(window * sr))
    x = audio.float32(max(0.0, t0), min(audio.duration, t1 + window))
    n = max(0, int(round((t1 - t0) / HOP)))
    freqs = np.fft.rfftfreq(nfft, 1.0 / sr)
    if n == 0 or len(x) < win:
        return np.zeros((0, len(freqs))), freqs, n
    idx = np.arange(min(n, (len(x) - win) // hop + 1))[:, None] * hop + np.arange(win)[None, :]
    frames = x[idx] * np.hanning(win)[None, :].astype(np.float32)
    return np.abs(np.fft.rfft(frames, nfft, axis=1)) ** 2, freqs, n


def line_at_peak(power: np.ndarray, bins: int = LINE_BINS) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``power`` (a frame's spectrum over some bins): the bin it peaks in, and its power within ``bins``
    bins of that peak (what a steady line puts there)."""
    n = len(power)
    peak = np.argmax(power, axis=1)
    cum = np.concatenate([np.zeros((n, 1)), np.cumsum(power, axis=1)], axis=1)
    lo = np.clip(peak - bins, 0, power.shape[1])
    hi = np.clip(peak + bins + 1, 0, power.shape[1])
    return peak, cum[np.arange(n), hi] - cum[np.arange(n), lo]


def _block(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, ...]:
    """:func:`_frames` for one block."""
    power, freqs, n = frame_spectra(audio, t0, t1)
    out, level_db, low_db, rest_db = np.zeros(n, dtype=bool), np.zeros(n), np.zeros(n), np.zeros(n)
    if not len(power):
        return out, level_db, low_db, rest_db
    n = len(power)
    low = power[:, (freqs >= LOW_BAND[0]) & (freqs < LOW_BAND[1])].sum(axis=1)
    high_part = power[:, freqs >= SPLIT]
    high = high_part.sum(axis=1)
    _, line = line_at_peak(high_part)
    over = 10.0 * np.log10((high + 1e-12) / (low + 1e-12))
    out[:n] = (over >= OVER_LOW_DB) & (line >= LINE_SHARE * (high + 1e-12))
    level_db[:n] = 10.0 * np.log10(power.sum(axis=1) + 1e-12)
    low_db[:n] = 10.0 * np.log10(low + 1e-12)
    band = power[:, freqs >= LOW_BAND[0]].sum(axis=1)
    rest_db[:n] = 10.0 * np.log10(np.maximum(band - line, 0.0) + 1e-12)
    return out, level_db, low_db, rest_db


def without_whistles(audio: Audio, runs: Sequence[tuple[float, float]], loud=None,
                     bridge: float = 0.12) -> list[tuple[float, float]]:
    """``runs`` (stretches of sound, in order) with the whistles in them taken for silence: each run made again
    from the frames of voice in it, bridging dips up to ``bridge`` (s) as the runs were; a run with no whistle
    in it stays as it is.

    ``loud``: a function (t0, t1) -> per-frame bool, whether each HOP frame is sound at all (the envelope over
    its threshold); None: every frame of a run is."""
    out: list[tuple[float, float]] = []
    for a, b in runs:
        # the low band's background: its quietest frames in and around the run (the pauses beside it)
        m = int(round(AROUND / HOP))
        lo_t = max(0.0, a - m * HOP)
        whistle, level_db, low_db, _ = _frames(audio, lo_t, b + m * HOP)
        if not len(whistle):
            out.append((a, b))
            continue
        low_bg = float(np.percentile(low_db, BACKGROUND_PERCENTILE))
        k = int(round((a - lo_t) / HOP))
        n = int(round((b - a) / HOP))
        whistle, level_db, low_db = whistle[k:k + n], level_db[k:k + n], low_db[k:k + n]
        # a line over the voice is no whistle where the voice's low band is up: the voice is there; and a line as
        # loud as the voice's loudest (a siren over speech) can hide its quieter sounds: no evidence of a pause
        low_voice = low_db >= low_bg + LOW_RISE_DB
        whistle = whistle & ~low_voice
        if low_voice.any():  # no voice at all (whistles alone in a pause): nothing to hide
            whistle &= level_db <= float(np.max(level_db[low_voice])) - HIDES_DB
        if not whistle.any():
            out.append((a, b))
            continue
        sound = np.ones(len(whistle), dtype=bool) if loud is None else loud(a, b)[:len(whistle)]
        if len(sound) < len(whistle):
            sound = np.pad(sound, (0, len(whistle) - len(sound)))
        # a frame beside a whistle whose low band does not rise over the background's is the whistle's rise or
        # fall, not the voice
        near = np.convolve(whistle.astype(float), np.ones(2 * NEAR + 1), mode="same")[:len(whistle)] > 0
        voice = ~whistle & sound & (~near | low_voice)
        voice = _with_touching_onsets(voice, sound)
        pieces: list[list[int]] = []
        for i in np.flatnonzero(voice):
            if pieces and i - pieces[-1][1] <= bridge / HOP:
                pieces[-1][1] = i + 1
            else:
                pieces.append([int(i), int(i) + 1])
        for i, j in pieces:
            na, nb = float(a + i * HOP), float(a + j * HOP if j < len(voice) else b)
            if nb - na >= SHORTEST:
                out.append((na, nb))
    return out


def _with_touching_onsets(voice: np.ndarray, sound: np.ndarray) -> np.ndarray:
    """``voice`` with each unbroken piece of other sound no longer than TOUCHING that runs straight into it
    (no quiet frame between) given back to it: a voice's own onset or release can be a narrow line for a few
    frames (a real Italian "Al..." in a small room opened on 50 ms of a 3 kHz line), and a whistle that
    close to the voice costs its line no more than that."""
    out = voice.copy()
    other = sound & ~voice
    most = int(round(TOUCHING / HOP))
    i, n = 0, len(voice)
    while i < n:
        if not other[i]:
            i += 1
            continue
        j = i
        while j < n and other[j]:
            j += 1
        if j - i <= most and ((i > 0 and voice[i - 1]) or (j < n and voice[j])):
            out[i:j] = True
        i = j
    return out
