"""Waveform peaks: the min/max envelope the window draws, at any zoom, in a few milliseconds.

Drawing a waveform means one (min, max) pair per pixel column.  Scanning the
samples under each column is too slow when the view shows an hour (57 million
samples), so :func:`compute_peaks` precomputes min/max over bins of 64, 256,
1024, 4096 and 16384 samples once (a 60-minute talk takes well under a second;
the bins cost 1/16 of the audio's memory).  :meth:`Peaks.range` then builds
each column from the coarsest bins that fit inside it, and fills the ragged
ends of the column from finer bins and, last, from the samples themselves, so
every column is *exactly* the min/max of the samples under it — no smearing of
a loud word into the neighbouring column, no lost click at the view's edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..progress import CancelToken, Progress, ProgressCallback
from .decode import Audio

#: Samples per bin of each level, finest first; each is a multiple of the one before.
BIN_SIZES = (64, 256, 1024, 4096, 16384)
_HI = np.iinfo(np.int16).max
_LO = np.iinfo(np.int16).min
#: Level 0 is computed this many samples at a time (a multiple of every bin size) between cancel checks.
_CHUNK = BIN_SIZES[-1] * 64


@dataclass(frozen=True)
class Peaks:
    """Min/max envelopes of a recording at several resolutions."""

    samples: np.ndarray  #: the int16 samples themselves (shared, not copied), for the finest zoom
    sample_rate: int
    mins: tuple[np.ndarray, ...]  #: per level in BIN_SIZES order, int16, ceil(n / bin) values
    maxs: tuple[np.ndarray, ...]

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    def range(self, t0: float, t1: float, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of the samples under each of ``width`` columns spanning [t0, t1).

        Returns two float32 arrays in [-1, 1].  Columns outside the recording are
        0.  When the view is zoomed in past one sample per column, each column
        shows the sample it falls on.
        """
        width = max(0, int(width))
        if width == 0 or not t1 > t0:
            return np.zeros(width, np.float32), np.zeros(width, np.float32)
        n = len(self.samples)
        s0, s1 = t0 * self.sample_rate, t1 * self.sample_rate
        per_column = (s1 - s0) / width
        if per_column < 1.0 or n == 0:
            return self._pointwise(s0, per_column, width)
        edges = np.clip(np.rint(s0 + per_column * np.arange(width + 1)), 0, n).astype(np.int64)
        lo_min, hi_max = self._exact(edges[:-1], edges[1:], per_column)
        return _to_float(lo_min, hi_max, edges[1:] > edges[:-1])

    def _pointwise(self, s0: float, per_column: float, width: int) -> tuple[np.ndarray, np.ndarray]:
        pos = np.floor(s0 + per_column * (np.arange(width) + 0.5)).astype(np.int64)
        inside = (pos >= 0) & (pos < len(self.samples))
        values = np.zeros(width, np.int16)
        values[inside] = self.samples[pos[inside]]
        return _to_float(values, values, inside)

    def _exact(self, a: np.ndarray, b: np.ndarray, per_column: float) -> tuple[np.ndarray, np.ndarray]:
        """Min/max over the sample intervals [a[k], b[k]) (ordered, disjoint) using the levels.

        Each interval is covered by whole bins of the coarsest level that fits;
        what is left at its two ends (less than one bin each) is handed to the
        next finer level, and so on down to the samples.  The "left" piece of a
        column always ends on a bin boundary and the "right" one starts on one,
        so two pieces per column are all there ever is.
        """
        mins = np.full(len(a), _HI, np.int16)
        maxs = np.full(len(a), _LO, np.int16)
        left_lo, left_hi = a, b  # not yet split: the whole column
        right_lo, right_hi = b, b  # empty
        top = True
        for level in reversed(range(len(BIN_SIZES))):
            size = BIN_SIZES[level]
            if size > per_column:
                continue
            fold = _fold_runs if top else _fold_short
            top = False
            cut = []
            for lo, hi in ((left_lo, left_hi), (right_lo, right_hi)):
                first, stop = -(-lo // size), hi // size  # the whole bins inside [lo, hi)
                fold(mins, maxs, self.mins[level], self.maxs[level], first, stop)
                has = stop > first
                # What is left for finer levels: [lo, first*size) and [stop*size, hi), or all of it.
                cut.append((np.where(has, first * size, hi), np.where(has, stop * size, hi), has))
            (left_mid, left_rest, _), (_, right_rest, right_has) = cut
            right_open = right_hi > right_lo
            # A right piece starts on a bin boundary, so only its right end can be left over; a
            # column split for the first time hands its right end over to become the right piece.
            right_lo = np.where(right_open, np.where(right_has, right_rest, right_lo), left_rest)
            right_hi = np.where(right_open, right_hi, left_hi)
            left_hi = left_mid
        for lo, hi in ((left_lo, left_hi), (right_lo, right_hi)):
            _fold_short(mins, maxs, self.samples, self.samples, lo, hi)
        return mins, maxs


def _fold_runs(mins: np.ndarray, maxs: np.ndarray, low: np.ndarray, high: np.ndarray,
               lo: np.ndarray, hi: np.ndarray) -> None:
    """Fold min(low[lo:hi]) into ``mins`` and max(high[lo:hi]) into ``maxs``, for long intervals.

    One ``reduceat`` over start/end pairs; it also reduces what lies between
    the intervals, which costs little only when they nearly touch, as the
    whole-bin runs of neighbouring columns at the top level do.
    """
    use = np.flatnonzero(hi > lo)
    if len(use) == 0:
        return
    bounds = np.empty(2 * len(use), np.int64)
    bounds[0::2] = lo[use]
    bounds[1::2] = hi[use]
    end = bounds[-1]  # cut the arrays there, or reduceat would run the last interval to the end
    mins[use] = np.minimum(mins[use], np.minimum.reduceat(low[:end], bounds[:-1])[0::2])
    maxs[use] = np.maximum(maxs[use], np.maximum.reduceat(high[:end], bounds[:-1])[0::2])


def _fold_short(mins: np.ndarray, maxs: np.ndarray, low: np.ndarray, high: np.ndarray,
                lo: np.ndarray, hi: np.ndarray) -> None:
    """Like :func:`_fold_runs` for short, scattered intervals: gathered into one small matrix."""
    use = np.flatnonzero(hi > lo)
    if len(use) == 0:
        return
    lo, hi = lo[use], hi[use]
    longest = int((hi - lo).max())
    start = np.minimum(lo, len(low) - longest)  # every row of the matrix lies inside the array
    column = np.arange(longest)
    outside = (column < (lo - start)[:, None]) | (column >= (hi - start)[:, None])
    for acc, values, ufunc, neutral in ((mins, low, np.minimum, _HI), (maxs, high, np.maximum, _LO)):
        rows = sliding_window_view(values, longest)[start]
        rows[outside] = neutral
        acc[use] = ufunc(acc[use], ufunc.reduce(rows, axis=1))


def _to_float(mins: np.ndarray, maxs: np.ndarray, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scale = np.float32(1.0 / 32768.0)
    return (np.where(inside, mins, 0).astype(np.float32) * scale,
            np.where(inside, maxs, 0).astype(np.float32) * scale)


def compute_peaks(audio: Audio, progress: Optional[ProgressCallback] = None,
                  cancel: Optional[CancelToken] = None) -> Peaks:
    """Min/max of ``audio`` over bins of every size in :data:`BIN_SIZES`.

    The finest level is computed a chunk at a time (checking ``cancel`` in
    between); each coarser level is folded from the one below, which is cheap.
    """
    samples = np.asarray(audio.samples)
    if samples.dtype != np.int16:
        raise TypeError("compute_peaks needs int16 samples (aligner.audio.Audio)")
    n = len(samples)
    size = BIN_SIZES[0]
    count = -(-n // size)
    level_min = np.empty(count, np.int16)
    level_max = np.empty(count, np.int16)
    whole = n // size * size
    for start in range(0, whole, _CHUNK):
        if cancel is not None:
            cancel.check()
        stop = min(start + _CHUNK, whole)
        block = samples[start:stop].reshape(-1, size)
        block.min(axis=1, out=level_min[start // size:stop // size])
        block.max(axis=1, out=level_max[start // size:stop // size])
        if progress is not None:
            progress(Progress("Drawing the waveform", 0.9 * stop / max(n, 1)))
    if whole < n:  # the last, partial bin
        level_min[-1] = samples[whole:].min()
        level_max[-1] = samples[whole:].max()
    mins, maxs = [level_min], [level_max]
    for prev_size, size in zip(BIN_SIZES, BIN_SIZES[1:]):
        if cancel is not None:
            cancel.check()
        factor = size // prev_size
        mins.append(_fold(mins[-1], factor, np.minimum, _HI))
        maxs.append(_fold(maxs[-1], factor, np.maximum, _LO))
    if progress is not None:
        progress(Progress("Drawing the waveform", 1.0))
    return Peaks(samples, audio.sample_rate, tuple(mins), tuple(maxs))


def _fold(values: np.ndarray, factor: int, ufunc: np.ufunc, pad: int) -> np.ndarray:
    """Combine every ``factor`` neighbouring bins into one (the last group may be short)."""
    groups = -(-len(values) // factor)
    padded = np.full(groups * factor, pad, values.dtype)
    padded[:len(values)] = values
    return ufunc.reduce(padded.reshape(groups, factor), axis=1)
