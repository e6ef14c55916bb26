"""Turning peaks into pixels, fast: numpy fills a whole image at once instead of drawing lines.

A 1,600-pixel-wide waveform is 1,600 vertical bars; drawing them one QPainter
call at a time costs several milliseconds in Python, while one numpy mask and a
single ``drawImage`` costs well under one.  Also the ruler's tick spacing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from .timecode import format_time

_TICK_STEPS = (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)


def as_unit(values) -> np.ndarray:
    """Peak values as float32 in [-1, 1] whatever the peaks store (int16 counts or floats)."""
    a = np.asarray(values)
    if a.dtype.kind in "iu":
        return a.astype(np.float32) / 32768.0
    return a.astype(np.float32, copy=False)


def peak_gain(mins, maxs) -> float:
    """Vertical scale that makes the loudest part of the talk fill 90 % of the height."""
    lo, hi = as_unit(mins), as_unit(maxs)
    if not len(lo):
        return 1.0
    top = float(max(np.abs(lo).max(), np.abs(hi).max()))
    return 0.9 / top if top > 1e-4 else 1.0


def render_wave(mins, maxs, width: int, height: int, colour: QColor, background: QColor,
                gain: float = 1.0, x_offset: int = 0) -> QImage:
    """An ARGB image ``width`` x ``height`` with one filled bar per column from min to max.

    ``mins``/``maxs`` may be shorter than ``width`` (the talk ends inside the view); they
    are drawn from column ``x_offset`` on.
    """
    width, height = max(1, int(width)), max(1, int(height))
    img = np.empty((height, width), dtype=np.uint32)
    img[:] = background.rgba()
    lo, hi = as_unit(mins), as_unit(maxs)
    n = min(len(lo), len(hi), max(0, width - x_offset))
    if n > 0:
        mid = (height - 1) / 2.0
        top = np.clip(np.round(mid - hi[:n] * gain * mid), 0, height - 1).astype(np.int32)
        bot = np.clip(np.round(mid - lo[:n] * gain * mid), 0, height - 1).astype(np.int32)
        bot = np.maximum(bot, top)  # silence still shows as a one-pixel line
        ys = np.arange(height, dtype=np.int32)[:, None]
        mask = (ys >= top[None, :]) & (ys <= bot[None, :])
        block = img[:, x_offset:x_offset + n]
        block[mask] = colour.rgba()
    qimg = QImage(img.data, width, height, width * 4, QImage.Format_ARGB32)
    return qimg.copy()  # own the pixels: the numpy buffer goes away


def tick_step(seconds_per_pixel: float, min_pixels: float = 90.0) -> float:
    for step in _TICK_STEPS:
        if step / seconds_per_pixel >= min_pixels:
            return step
    return _TICK_STEPS[-1]


def tick_label(t: float, step: float) -> str:
    if step < 1:
        return format_time(t)
    return format_time(t, millis=False)
