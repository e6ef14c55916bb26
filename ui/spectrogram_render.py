"""Spectrogram levels into pixels: one lookup table does contrast, amplitude zoom and colours at once.

The core keeps each frame as bytes of level (see :mod:`aligner.audio.spectrogram`);
a 256-entry table maps a level straight to an ARGB pixel, so drawing a view is
two numpy indexings and one ``drawImage`` however long the talk is.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QImage

from aligner.audio.spectrogram import BANDS, level_to_db

#: "inferno"-like colour ramp (dark = quiet, yellow = loud): readable in print and with colour-vision deficiencies.
_RAMP = ((0.00, 0x000004), (0.13, 0x1b0c41), (0.25, 0x4a0c6b), (0.38, 0x781c6d), (0.50, 0xa52c60),
         (0.63, 0xcf4446), (0.75, 0xed6925), (0.88, 0xfb9b06), (1.00, 0xfcffa4))
DYNAMIC_RANGE_DB = 70.0  #: levels this far below the top are drawn black
HEADROOM_DB = 6.0  #: the loudest band of a talk sits this far below the loudest sample


def _ramp_rgb(x: np.ndarray) -> np.ndarray:
    stops = np.array([s for s, _ in _RAMP])
    rgb = np.array([[(c >> 16) & 255, (c >> 8) & 255, c & 255] for _, c in _RAMP], float)
    return np.stack([np.interp(x, stops, rgb[:, i]) for i in range(3)], axis=1)


def colour_table(peak: float, amplitude: float = 1.0) -> np.ndarray:
    """256 ARGB pixels, one per stored level, for a talk whose loudest sample is ``peak`` (0..1).

    ``amplitude`` is the view's vertical zoom: zooming in on quiet speech in the
    waveform brightens it in the spectrogram by the same number of decibels.
    """
    top = 20.0 * math.log10(max(peak, 1e-4)) - HEADROOM_DB - 20.0 * math.log10(max(amplitude, 1e-3))
    db = np.array([level_to_db(v) for v in range(256)])
    x = np.clip((db - (top - DYNAMIC_RANGE_DB)) / DYNAMIC_RANGE_DB, 0.0, 1.0)
    x[0] = 0.0  # nothing computed / digital silence
    rgb = np.rint(_ramp_rgb(x)).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


def render_spectrogram(columns: np.ndarray, height: int, table: np.ndarray) -> QImage:
    """An image ``len(columns)`` x ``height`` of (width, BANDS) levels, low frequencies at the bottom."""
    width, height = max(1, len(columns)), max(1, int(height))
    rows = (BANDS - 1 - (np.arange(height) * BANDS) // height).astype(np.intp)
    if len(columns):
        img = np.ascontiguousarray(table[columns[:, rows].T])
    else:
        img = np.full((height, width), table[0], np.uint32)
    qimg = QImage(img.data, width, height, width * 4, QImage.Format_ARGB32)
    return qimg.copy()  # own the pixels: the numpy buffer goes away
