"""Finish a clip's samples for listening or a dataset: even loudness and short fades, with pydub.

A clip cut out of a recording starts and ends wherever the cut falls, usually
mid-waveform: played alone it clicks.  A fade of ~10 ms in and out removes the
click without touching the words (the padding around a clip is longer than
that).  Clips of one talk also differ in level from speaker to speaker; an
optional gain brings each to one RMS loudness (dBFS), held back where it
would push the loudest sample past a ceiling (so nothing clips) or lift a
nearly silent clip by more than 24 dB (so a pause does not become hiss).

pydub does the assembly (gain, fades) on PCM that PyAV decoded: built from raw
samples, an ``AudioSegment`` never calls ffmpeg, so no system ffmpeg is needed.
PyAV stays in charge of decoding and of compressed encodings.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Optional

import numpy as np

with warnings.catch_warnings():
    # pydub looks for an ffmpeg binary at import and warns when there is none; raw PCM needs none.
    warnings.simplefilter("ignore")
    from pydub import AudioSegment

DEFAULT_FADE = 0.010  #: seconds of fade in and out
DEFAULT_TARGET_DBFS = -23.0  #: RMS loudness clips are brought to when normalising
PEAK_CEILING_DBFS = -1.0  #: normalising never lifts the loudest sample above this
#: nor lifts a clip by more than this: a nearly silent clip (a pause, "[music]" too quiet to hear) would
#: otherwise come out as loud hiss
MAX_GAIN_DB = 24.0


@dataclass(frozen=True)
class Shaped:
    samples: np.ndarray  #: ``(n, channels)`` int16
    gain_db: float = 0.0  #: the gain applied
    limited: bool = False  #: the peak ceiling or the gain limit kept the clip below its target loudness


def _segment(samples: np.ndarray, rate: int) -> AudioSegment:
    x = np.ascontiguousarray(samples, dtype=np.int16)
    channels = 1 if x.ndim == 1 else x.shape[1]
    return AudioSegment(x.tobytes(), sample_width=2, frame_rate=int(rate), channels=channels)


def _array(seg: AudioSegment, n: int) -> np.ndarray:
    """The first ``n`` frames of ``seg`` as ``(n, channels)`` int16."""
    return np.frombuffer(seg.raw_data, dtype=np.int16).reshape(-1, seg.channels)[:n]


def loudness_dbfs(samples: np.ndarray, rate: int) -> float:
    """RMS loudness of int16 samples relative to full scale (``-inf`` for silence)."""
    return _segment(samples, rate).dBFS


def shape_clip(samples: np.ndarray, rate: int, fade: float = DEFAULT_FADE,
               target_dbfs: Optional[float] = None, ceiling_dbfs: float = PEAK_CEILING_DBFS) -> Shaped:
    """``samples`` (``(n, channels)`` int16) with fades of ``fade`` seconds and, if asked, gain to ``target_dbfs``."""
    if not len(samples) or (fade <= 0 and target_dbfs is None):
        return Shaped(samples)
    seg = _segment(samples, rate)
    gain, limited = 0.0, False
    if target_dbfs is not None and math.isfinite(seg.dBFS):
        gain = target_dbfs - seg.dBFS
        allowed = min(ceiling_dbfs - seg.max_dBFS, MAX_GAIN_DB)
        if gain > allowed:
            gain, limited = allowed, True
        seg = seg.apply_gain(gain)
    fade_ms = min(int(round(fade * 1000)), len(seg) // 2)
    out = _array(seg, len(samples))
    if fade_ms > 0:
        # pydub fades on a whole-millisecond grid from the start and pads the last partial millisecond with
        # silence; so fade in from the first sample, then fade the reversed clip in: each ramp meets its end
        # of the clip exactly, and the padding is cut off again.
        out = _array(_segment(out, rate).fade_in(fade_ms), len(samples))
        out = _array(_segment(out[::-1], rate).fade_in(fade_ms), len(samples))[::-1]
    return Shaped(np.ascontiguousarray(out), gain, limited)
