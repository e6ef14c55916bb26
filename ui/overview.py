"""The overview: the whole talk in one strip, where review items sit, and which part the detail view shows.

Clicking or dragging on it moves the detail view there.  The waveform image and
the marker strip are cached and redrawn only when the audio, the size or the
document changes; a repaint for the moving playhead is a couple of fills.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
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
        pm = QPixmap(max(1, w), MARKS_H)
        pm.fill(style.RULER_BG)
        if self.duration <= 0:
            return pm
        p = QPainter(pm)
        seg_fill = QColor(style.SEGMENT)
        seg_fill.setAlpha(90)
        for seg in self.model.document.segments:
            if not seg.timed:
                continue
            x0, x1 = self._x(seg.start), self._x(seg.end)
            colour = None
            if seg.has(NOT_HEARD):
                colour = style.NOT_HEARD_C
            elif seg.has(LOW_CONFIDENCE):
                colour = style.LOW_CONF
            if colour is not None:
                p.fillRect(QRectF(x0, 0, max(2.0, x1 - x0), MARKS_H), colour)
            else:
                p.fillRect(QRectF(x0, MARKS_H - 3, max(1.0, x1 - x0), 3), seg_fill)
        for span in self.model.document.unscripted:
            x0, x1 = self._x(span.start), self._x(span.end)
            p.fillRect(QRectF(x0, 0, max(2.0, x1 - x0), MARKS_H), style.UNSCRIPTED)
        p.end()
        return pm

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
