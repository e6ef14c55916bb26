"""Waveform peaks: the min/max envelope the window draws, at any zoom, in a few milliseconds.

Drawing a waveform means one (min, max) pair per pixel column.  Scanning the
samples under each column is too slow when the view shows an hour (57 million
samples), so min/max are precomputed over bins of 64, 256, 1024, 4096 and
16384 samples (a 60-minute talk takes about 0.1 s; the bins cost 1/16 of the
audio's memory).  :meth:`Peaks.range` then builds each column from the
coarsest bins that fit inside it, and fills the ragged ends of the column from
finer bins and, last, from the samples themselves, so every column is
*exactly* the min/max of the samples under it — no smearing of a loud word
into the neighbouring column, no lost click at the view's edge.

Decoding a 60-minute mp3 takes several seconds, so there are two ways to
draw before it is done:

* :class:`PeaksBuilder` takes the samples as the decoder produces them
  (``load_audio(..., on_chunk=builder.add)``); its :meth:`~PeaksBuilder.snapshot`
  is a waveform that fills in from the left while the file loads.
* :func:`sketch_peaks` reads the whole file but decodes only a frame here and
  there: a rough overview of an hour in well under a second.

Both give :class:`Peaks` without the samples (:attr:`Peaks.exact` is False):
the finest zoom then shows the smallest bins there are instead of samples.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..progress import CancelToken, Progress, ProgressCallback
from .decode import SAMPLE_RATE, Audio

#: Samples per bin of each level, finest first; each is a multiple of the one before.
BIN_SIZES = (64, 256, 1024, 4096, 16384)
_HI = np.iinfo(np.int16).max
_LO = np.iinfo(np.int16).min
#: Packets decoded before each sampled one in sketch_peaks (fewer leave mp3 frames garbled).
_WARM_UP = 3
#: compute_peaks feeds this many samples at a time (a multiple of every bin size) between cancel checks.
_CHUNK = BIN_SIZES[-1] * 64


@dataclass(frozen=True)
class Peaks:
    """Min/max envelopes of a recording at several resolutions."""

    sample_rate: int
    length: int  #: samples covered
    mins: tuple[Optional[np.ndarray], ...]  #: per level in BIN_SIZES order, int16, ceil(length / bin); None = absent
    maxs: tuple[Optional[np.ndarray], ...]
    samples: Optional[np.ndarray] = None  #: the int16 samples (shared, not copied), for exact columns

    @property
    def duration(self) -> float:
        return self.length / self.sample_rate

    @property
    def exact(self) -> bool:
        """True when every column is exactly the min/max of its samples (False for previews)."""
        return self.samples is not None

    def with_samples(self, samples: np.ndarray) -> "Peaks":
        """The same peaks, made exact by the samples they were computed from."""
        return replace(self, samples=samples, length=len(samples))

    def range(self, t0: float, t1: float, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of the samples under each of ``width`` columns spanning [t0, t1).

        Returns two float32 arrays in [-1, 1].  Columns outside the recording are
        0.  When the view is zoomed in past one sample per column, each column
        shows the sample it falls on.
        """
        width = max(0, int(width))
        if width == 0 or not t1 > t0:
            return np.zeros(width, np.float32), np.zeros(width, np.float32)
        n = self.length
        s0 = t0 * self.sample_rate
        per_column = (t1 - t0) * self.sample_rate / width
        if per_column < 1.0 or n == 0:
            return self._pointwise(s0, per_column, width)
        edges = np.clip(np.rint(s0 + per_column * np.arange(width + 1)), 0, n).astype(np.int64)
        mins, maxs = self._exact(edges[:-1], edges[1:], per_column)
        return _to_float(mins, maxs, edges[1:] > edges[:-1])

    def _finest(self) -> int:
        return next(level for level, m in enumerate(self.mins) if m is not None)

    def _pointwise(self, s0: float, per_column: float, width: int) -> tuple[np.ndarray, np.ndarray]:
        pos = np.floor(s0 + per_column * (np.arange(width) + 0.5)).astype(np.int64)
        inside = (pos >= 0) & (pos < self.length)
        low, high = np.zeros(width, np.int16), np.zeros(width, np.int16)
        if self.samples is not None:
            low[inside] = high[inside] = self.samples[pos[inside]]
        elif self.length:
            level = self._finest()
            where = pos[inside] // BIN_SIZES[level]
            low[inside], high[inside] = self.mins[level][where], self.maxs[level][where]
        return _to_float(low, high, inside)

    def _exact(self, a: np.ndarray, b: np.ndarray, per_column: float) -> tuple[np.ndarray, np.ndarray]:
        """Min/max over the sample intervals [a[k], b[k]) (ordered, disjoint) using the levels.

        Each interval is covered by whole bins of the coarsest level that fits;
        what is left at its two ends (less than one bin each) is handed to the
        next finer level, and so on down to the samples.  The "left" piece of a
        column always ends on a bin boundary and the "right" one starts on one,
        so two pieces per column are all there ever is.  Without samples, the
        last pieces take the smallest bins that overlap them.
        """
        mins = np.full(len(a), _HI, np.int16)
        maxs = np.full(len(a), _LO, np.int16)
        left_lo, left_hi = a, b  # not yet split: the whole column
        right_lo, right_hi = b, b  # empty
        top = True
        for level in reversed(range(len(BIN_SIZES))):
            size = BIN_SIZES[level]
            if size > per_column or self.mins[level] is None:
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
            if self.samples is not None:
                _fold_short(mins, maxs, self.samples, self.samples, lo, hi)
            else:
                level = self._finest()
                size = BIN_SIZES[level]
                _fold_short(mins, maxs, self.mins[level], self.maxs[level], lo // size,
                            np.where(hi > lo, -(-hi // size), 0))
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


def _fold(values: np.ndarray, factor: int, ufunc: np.ufunc, pad: int) -> np.ndarray:
    """Combine every ``factor`` neighbouring bins into one (the last group may be short)."""
    groups = -(-len(values) // factor)
    padded = np.full(groups * factor, pad, values.dtype)
    padded[:len(values)] = values
    return ufunc.reduce(padded.reshape(groups, factor), axis=1)


def _levels(level0_min: np.ndarray, level0_max: np.ndarray) -> tuple[tuple, tuple]:
    mins, maxs = [level0_min], [level0_max]
    for prev_size, size in zip(BIN_SIZES, BIN_SIZES[1:]):
        mins.append(_fold(mins[-1], size // prev_size, np.minimum, _HI))
        maxs.append(_fold(maxs[-1], size // prev_size, np.maximum, _LO))
    return tuple(mins), tuple(maxs)


# ------------------------------------------------------------------------------ building
class PeaksBuilder:
    """Peaks computed while the audio is still arriving.

    ``add`` takes int16 mono chunks in order (from the decoding thread);
    ``snapshot`` (from any thread) gives the peaks of what has arrived, to draw
    a waveform that fills in while the file loads; ``finish`` gives the exact
    peaks once everything is there.
    """

    def __init__(self, sample_rate: int = SAMPLE_RATE, expected_duration: Optional[float] = None):
        self.sample_rate = sample_rate
        capacity = int((expected_duration or 60.0) * sample_rate) // BIN_SIZES[0] + 2
        self._min0 = np.empty(capacity, np.int16)
        self._max0 = np.empty(capacity, np.int16)
        self._bins = 0
        self._rest = np.zeros(0, np.int16)  # fewer than BIN_SIZES[0] samples waiting for the rest of their bin
        self._lock = threading.Lock()

    @property
    def length(self) -> int:
        """Samples added so far."""
        return self._bins * BIN_SIZES[0] + len(self._rest)

    def add(self, chunk: np.ndarray) -> None:
        size = BIN_SIZES[0]
        data = np.asarray(chunk, np.int16).reshape(-1)
        if len(self._rest):
            data = np.concatenate([self._rest, data])
        whole = len(data) // size * size
        block = data[:whole].reshape(-1, size)
        low, high = block.min(axis=1), block.max(axis=1)
        with self._lock:
            need = self._bins + len(low) + 1
            if need > len(self._min0):  # grown in place; snapshots copy, so nothing points into the old memory
                grown = max(need, int(len(self._min0) * 1.5))
                self._min0.resize(grown, refcheck=False)
                self._max0.resize(grown, refcheck=False)
            self._min0[self._bins:self._bins + len(low)] = low
            self._max0[self._bins:self._bins + len(high)] = high
            self._bins += len(low)
            self._rest = data[whole:].copy()

    def snapshot(self) -> Peaks:
        """Peaks of the whole bins added so far (not exact: no samples kept here)."""
        with self._lock:
            low, high = self._min0[:self._bins].copy(), self._max0[:self._bins].copy()
        mins, maxs = _levels(low, high)
        return Peaks(self.sample_rate, len(low) * BIN_SIZES[0], mins, maxs)

    def finish(self, samples: Optional[np.ndarray] = None) -> Peaks:
        """Peaks of everything added, the last short bin included; exact when given the samples."""
        with self._lock:
            n = self._bins
            low, high = self._min0[:n], self._max0[:n]
            if len(self._rest):
                low = np.append(low, self._rest.min())
                high = np.append(high, self._rest.max())
            length = n * BIN_SIZES[0] + len(self._rest)
        if samples is not None and len(samples) != length:
            raise ValueError(f"the peaks cover {length} samples but {len(samples)} were given")
        mins, maxs = _levels(low, high)
        return Peaks(self.sample_rate, length, mins, maxs, samples)


def compute_peaks(audio: Audio, progress: Optional[ProgressCallback] = None,
                  cancel: Optional[CancelToken] = None) -> Peaks:
    """Exact peaks of decoded ``audio`` (checks ``cancel`` between chunks)."""
    samples = np.asarray(audio.samples)
    if samples.dtype != np.int16:
        raise TypeError("compute_peaks needs int16 samples (aligner.audio.Audio)")
    builder = PeaksBuilder(audio.sample_rate, len(samples) / audio.sample_rate)
    for start in range(0, len(samples), _CHUNK):
        if cancel is not None:
            cancel.check()
        builder.add(samples[start:start + _CHUNK])
        if progress is not None:
            progress(Progress("Drawing the waveform", 0.9 * min(1.0, (start + _CHUNK) / len(samples))))
    peaks = builder.finish(samples)
    if progress is not None:
        progress(Progress("Drawing the waveform", 1.0))
    return peaks


# ------------------------------------------------------------------------------ a quick look
def sketch_peaks(path: str, cancel: Optional[CancelToken] = None, spacing: float = 0.4) -> Peaks:
    """A rough overview of a recording, from one decoded frame every ``spacing`` seconds.

    Reading every packet is fast; decoding them is what takes time.  Only one
    frame in every few is decoded (after the three before it, so the decoder has
    the state it needs: mp3 frames borrow bits from earlier ones), and its
    min/max stand for its 16384-sample bin; bins
    no frame fell into borrow from their neighbours.  Good for the overview of
    a long talk at once; :class:`PeaksBuilder` or :func:`compute_peaks` give
    the real thing.  Raises :class:`~aligner.errors.AudioError` like ``load_audio``.
    """
    import av

    from .decode import AudioStream
    from .packets import track_packets

    size = BIN_SIZES[-1]
    with AudioStream(path) as source:
        container, stream = source.container, source.track
        duration = source.declared_duration
        origin = container.start_time / 1_000_000 if container.start_time is not None else None
        time_base = float(stream.time_base) if stream.time_base else None
        bins: dict[int, tuple[float, float]] = {}
        recent: deque = deque(maxlen=_WARM_UP)  # the packets before the next pick
        next_pick, last_time = 0.0, 0.0
        for n, packet in enumerate(track_packets(container, stream)):
            if cancel is not None and n % 256 == 0:
                cancel.check()
            if packet.pts is None or time_base is None:
                continue
            t = packet.pts * time_base
            origin = t if origin is None else origin
            last_time = max(last_time, t - origin + (packet.duration or 0) * time_base)
            if t - origin < next_pick:
                recent.append(packet)
                continue
            try:
                for earlier in recent:  # warm the decoder up: mp3's bit reservoir, overlapping transforms
                    earlier.decode()
                frames = packet.decode()
            except (av.FFmpegError, ValueError):
                continue
            finally:
                recent.clear()
            for frame in frames:
                low, high = _frame_range(frame)
                k = int((t - origin) * SAMPLE_RATE) // size
                old = bins.get(k)
                bins[k] = (low, high) if old is None else (min(old[0], low), max(old[1], high))
            next_pick = t - origin + spacing
    total = duration if duration else last_time
    length = int(round(total * SAMPLE_RATE))
    count = max(1, -(-length // size))
    low = np.full(count, np.nan)
    high = np.full(count, np.nan)
    for k, (lo_v, hi_v) in bins.items():
        if 0 <= k < count:
            low[k], high[k] = lo_v, hi_v
    low, high = _hold(low), _hold(high)
    to16 = lambda x: np.clip(np.rint(x * 32767), _LO, _HI).astype(np.int16)  # noqa: E731
    absent = (None,) * (len(BIN_SIZES) - 1)
    return Peaks(SAMPLE_RATE, length, absent + (to16(low),), absent + (to16(high),))


def _frame_range(frame) -> tuple[float, float]:
    """Min and max of a decoded frame's mono mix, in [-1, 1], whatever its sample format."""
    x = frame.to_ndarray()
    channels = frame.layout.nb_channels or 1
    x = x.reshape(channels, -1) if frame.format.is_planar else x.reshape(-1, channels).T
    if x.dtype.kind == "i":
        x = x / float(np.iinfo(x.dtype).max + 1)
    elif x.dtype.kind == "u":  # 8-bit PCM
        x = (x.astype(np.float32) - 128) / 128
    mono = x.mean(axis=0) if channels > 1 else x[0]
    return (float(mono.min()), float(mono.max())) if mono.size else (0.0, 0.0)


def _hold(values: np.ndarray) -> np.ndarray:
    """Fill NaN bins from the nearest earlier bin (or the first filled one), 0 when none is."""
    filled = ~np.isnan(values)
    if not filled.any():
        return np.zeros(len(values))
    index = np.where(filled, np.arange(len(values)), 0)
    np.maximum.accumulate(index, out=index)
    out = values[index]
    first = np.flatnonzero(filled)[0]
    out[:first] = values[first]
    return out
