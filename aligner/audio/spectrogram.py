"""A spectrogram of the whole talk, at every zoom, cheap to draw (Qt-free).

A subtitle timer reads where words start in a spectrogram (a fricative, a
plosive's burst) more easily than in the waveform.  The window must stay smooth
on a 3-hour talk, so:

* the short-time Fourier transform (numpy, 32 ms Hann window, 16 ms hop) is
  computed once, chunk by chunk, by :meth:`Spectrogram.compute` on a worker
  thread; what is done can be drawn at once (:attr:`Spectrogram.ready_frames`);
* each frame is kept as :data:`BANDS` bytes of level (0..255 for
  :data:`FLOOR_DB`..0 dBFS), 8 kB per second of audio (86 MB for 3 hours);
* coarser levels keep the loudest of every 4, 16, 64 ... frames, so drawing a
  view reads at most a few frames per pixel column whatever the zoom:
  :meth:`Spectrogram.columns` costs the same for 5 seconds as for 3 hours.

The window turns levels into colours (its contrast and amplitude zoom are a
lookup table, not a recomputation).
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..progress import CancelToken, Progress, ProgressCallback

N_FFT = 512  #: window length in samples (32 ms at 16 kHz)
HOP = 256  #: samples between frames (16 ms at 16 kHz)
BANDS = 128  #: frequency rows kept, 0 .. sample_rate / 2, equal width
FLOOR_DB = -100.0  #: level stored as 0
LEVEL_FACTOR = 4  #: frames folded into one at each coarser level
LEVELS = 6  #: level k holds one frame per 4**k (level 5: one per 16 s)
CHUNK = LEVEL_FACTOR ** LEVELS  #: frames computed per step: 4,096 (65 s, ~25 ms of work), a multiple of every level

_STEPS_PER_DB = 255.0 / -FLOOR_DB


def db_to_level(db: float) -> float:
    """Stored level (0..255) of ``db`` dBFS."""
    return (db - FLOOR_DB) * _STEPS_PER_DB


def level_to_db(level: float) -> float:
    return level / _STEPS_PER_DB + FLOOR_DB


class Spectrogram:
    """The levels of a recording, filled in by :meth:`compute` (which may run on another thread).

    Readers only look at frames below :attr:`ready_frames`, which goes up after
    a chunk is written to every level, so reading while computing is safe.
    """

    def __init__(self, samples: np.ndarray, sample_rate: int):
        self.samples = samples
        self.sample_rate = sample_rate
        self.frames = max(0, math.ceil(len(samples) / HOP))
        self.levels = [np.zeros((max(1, math.ceil(self.frames / LEVEL_FACTOR ** k)), BANDS), np.uint8)
                       for k in range(LEVELS)]
        self.ready_frames = 0
        self._window = np.hanning(N_FFT).astype(np.float32)
        # a full-scale sine reads 0 dBFS: |X| of a Hann-windowed sine is amplitude * sum(window) / 2
        self._scale = 2.0 / float(self._window.sum())

    @property
    def frame_seconds(self) -> float:
        return HOP / self.sample_rate

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    @property
    def ready_seconds(self) -> float:
        return min(self.duration, self.ready_frames * self.frame_seconds)

    @property
    def done(self) -> bool:
        return self.ready_frames >= self.frames

    @property
    def top_hz(self) -> float:
        return self.sample_rate / 2.0

    # ------------------------------------------------------------------ computing
    def compute(self, progress: Optional[ProgressCallback] = None, cancel: Optional[CancelToken] = None) -> None:
        """Fill every level, chunk by chunk (about 0.1 s of work each); cancelling stops between chunks."""
        for first in range(self.ready_frames, self.frames, CHUNK):
            if cancel is not None:
                cancel.check()
            last = min(self.frames, first + CHUNK)
            self._fill(first, last)
            self.ready_frames = last
            if progress is not None:
                progress(Progress("Computing the spectrogram", last / self.frames))

    def _frame_levels(self, first: int, last: int) -> np.ndarray:
        """Levels of frames [first, last): frame i is centred on the middle of samples [i*HOP, (i+1)*HOP)."""
        pad = (N_FFT - HOP) // 2
        a = first * HOP - pad
        b = (last - 1) * HOP - pad + N_FFT
        lo, hi = max(0, a), min(len(self.samples), b)
        block = np.zeros(b - a, np.float32)
        block[lo - a:hi - a] = self.samples[lo:hi]
        if self.samples.dtype.kind in "iu":
            block /= 32768.0
        frames = sliding_window_view(block, N_FFT)[::HOP][: last - first]
        spec = np.fft.rfft(frames * self._window, axis=1)[:, :-1]  # N_FFT/2 bins from 0 Hz (Nyquist dropped)
        power = (spec.real ** 2 + spec.imag ** 2).astype(np.float32)
        power = power.reshape(len(power), BANDS, -1).mean(axis=2) * (self._scale ** 2)
        db = 10.0 * np.log10(power + 1e-12)
        return np.clip(np.rint((db - FLOOR_DB) * _STEPS_PER_DB), 0, 255).astype(np.uint8)

    def _fill(self, first: int, last: int) -> None:
        values = self._frame_levels(first, last)
        self.levels[0][first:last] = values
        for k in range(1, LEVELS):
            f = LEVEL_FACTOR
            n = len(values)
            if n % f:  # the talk's last chunk: pad with silence, which never wins a max
                values = np.concatenate([values, np.zeros((f - n % f, BANDS), np.uint8)])
            values = values.reshape(-1, f, BANDS).max(axis=1)
            start = first // LEVEL_FACTOR ** k
            self.levels[k][start:start + len(values)] = values[: len(self.levels[k]) - start]

    # ------------------------------------------------------------------ reading
    def columns(self, t0: float, t1: float, width: int) -> np.ndarray:
        """Levels for ``width`` pixel columns spanning [t0, t1): shape (width, BANDS), uint8.

        Each column holds the loudest frame under it (of the coarsest level that
        still has a frame per column), so a short burst is not lost when zoomed
        out.  Columns outside the recording, or not computed yet, are 0.
        """
        width = max(0, int(width))
        out = np.zeros((width, BANDS), np.uint8)
        if width == 0 or not t1 > t0 or self.ready_frames == 0:
            return out
        spp = (t1 - t0) / width
        frames_per_px = spp / self.frame_seconds
        k = 0
        while k + 1 < LEVELS and LEVEL_FACTOR ** (k + 1) <= frames_per_px:
            k += 1
        level = self.levels[k]
        size = LEVEL_FACTOR ** k
        ready = math.ceil(self.ready_frames / size) if self.ready_frames < self.frames else len(level)
        per = self.frame_seconds * size  # seconds per frame of this level
        edges = np.floor((t0 + spp * np.arange(width + 1)) / per).astype(np.int64)
        starts, ends = edges[:-1], np.maximum(edges[1:], edges[:-1] + 1)
        inside = (starts >= 0) & (starts < ready)
        if not inside.any():
            return out
        cols = np.flatnonzero(inside)
        s = starts[cols]
        e = np.minimum(ends[cols], ready)
        if np.all(e - s == 1):
            out[cols] = level[s]
        else:
            # max over each column's frames: reduceat over the contiguous run they cover
            lo = int(s[0])
            run = level[lo:int(e[-1])]
            out[cols] = np.maximum.reduceat(run, s - lo, axis=0)  # a repeated start gives that one frame
        return out
