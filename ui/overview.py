"""The overview: the whole talk in one strip, where review items sit, and which part the detail view shows.

Clicking or dragging on it moves the detail view there.  The waveform image and
the marker strip are cached and redrawn only when the audio, the size or the
document changes; a repaint for the moving playhead is a couple of fills.
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from aligner.document import LOW_CONFIDENCE, NOT_HEARD

from . import style
from .document_model import DocumentModel
from .timeline import Viewport
from .waveform_render import peak_gain, render_wave

MARKS_H = 8


class OverviewWaveform(QWidget):
    viewChanged = Signal()

    def __init__(self, model: DocumentModel, viewport: Viewport, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.viewport = viewport
        self.playhead: Optional[float] = None
        self._wave: Optional[QPixmap] = None
        self._wave_key = None
        self._marks: Optional[QPixmap] = None
        self._seg_fill = QColor(style.SEGMENT)
        self._seg_fill.setAlpha(255)
        self._seg_fill = self._seg_fill.lighter(160)
        self.setFixedHeight(64)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip("The whole talk. Click or drag to move the detail view.\n"
                        "Marks: orange = low confidence, red = text not heard, purple = speech not in the text.")
        model.audioChanged.connect(self._invalidate_wave)
        model.documentReset.connect(self._invalidate_marks)
        model.rowsChanged.connect(lambda *_: self._invalidate_marks())
        model.unscriptedChanged.connect(self._invalidate_marks)

    @property
    def duration(self) -> float:
        return self.viewport.duration

    def _x(self, t: float) -> float:
        return t / self.duration * self.width() if self.duration > 0 else 0.0

    def _invalidate_wave(self) -> None:
        self._wave_key = None
        self.update()

    def _invalidate_marks(self) -> None:
        self._marks = None
        self.update()

    def set_playhead(self, t: Optional[float]) -> None:
        if t != self.playhead:
            self.playhead = t
            self.update()

    def resizeEvent(self, event) -> None:
        self._marks = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, style.WAVE_BG)
        peaks = self.model.peaks
        wave_h = h - MARKS_H
        if peaks is not None and self.duration > 0:
            key = (w, wave_h, id(peaks))
            if key != self._wave_key:
                mins, maxs = peaks.range(0.0, peaks.duration, w)
                img = render_wave(mins, maxs, w, wave_h, QColor("#7d93a8"), style.WAVE_BG, peak_gain(mins, maxs))
                self._wave = QPixmap.fromImage(img)
                self._wave_key = key
            p.drawPixmap(0, 0, self._wave)
        if self._marks is None or self._marks.width() != w:
            self._marks = self._render_marks(w)
        p.drawPixmap(0, wave_h, self._marks)
        if self.duration > 0:
            vp = self.viewport
            x0, x1 = self._x(vp.start), self._x(vp.end)
            rect = QRectF(x0, 0, max(3.0, x1 - x0), h - 1)
            p.fillRect(rect, QColor(47, 127, 193, 40))
            p.setPen(QPen(style.SELECTED, 1))
            p.drawRect(rect)
            if self.playhead is not None:
                x = self._x(self.playhead)
                p.setPen(QPen(style.PLAYHEAD, 1))
                p.drawLine(int(x), 0, int(x), h)
        p.setPen(QColor("#c9d0d7"))
        p.drawLine(0, h - 1, w, h - 1)
        p.end()

    def _render_marks(self, w: int) -> QPixmap:
        """Where the segments are (thin band) and what needs review (full-height marks), for the whole talk.

        Drawn from per-pixel arrays (numpy) rather than one rectangle per segment:
        with 2,000 segments this is redrawn after every edit.
        """
        w = max(1, w)
        img = np.empty((MARKS_H, w), np.uint32)
        img[:] = style.RULER_BG.rgba()
        if self.duration > 0:
            scale = w / self.duration
            timed = [s for s in self.model.document.segments if s.timed]
            kinds = {NOT_HEARD: 3, LOW_CONFIDENCE: 2}
            colour_of = {1: self._seg_fill.rgba(), 2: style.LOW_CONF.rgba(), 3: style.NOT_HEARD_C.rgba(),
                         4: style.UNSCRIPTED.rgba()}
            cover = np.zeros(w, np.uint8)  # per pixel: 0 nothing, 1 segment, 2 low conf, 3 not heard, 4 unscripted
            spans = [(s.start, s.end, max((kinds[f] for f in s.flags if f in kinds
                                           and not (f == LOW_CONFIDENCE and style.dealt_with(s))), default=1))
                     for s in timed]
            spans += [(u.start, u.end, 4) for u in self.model.document.unscripted]
            for start, end, kind in spans:
                a = min(w - 1, max(0, int(start * scale)))
                b = max(a + (2 if kind > 1 else 1), int(end * scale + 0.5))
                np.maximum(cover[a:b], kind, out=cover[a:b])
            for kind, rgba in colour_of.items():
                cols = cover == kind
                if kind == 1:
                    img[MARKS_H - 3:, cols] = rgba
                else:
                    img[:, cols] = rgba
        qimg = QImage(img.data, w, MARKS_H, w * 4, QImage.Format_ARGB32)
        return QPixmap.fromImage(qimg.copy())

    def _move_to(self, x: float) -> None:
        if self.duration <= 0:
            return
        self.viewport.center_on(x / max(1, self.width()) * self.duration)
        self.viewChanged.emit()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.LeftButton:
            self._move_to(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.LeftButton:
            self._move_to(event.position().x())
