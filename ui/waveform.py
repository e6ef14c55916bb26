"""The detail waveform: the audio around the cursor with segments drawn on it, and their handles.

Drawn in ``paintEvent`` from the core's cached peaks (one column of min/max per
pixel, rendered by numpy into one image and cached until the view moves).  On
top: segment regions in their flag colour with their text, unscripted speech
hatched, the ruler, the playhead.  Dragging a boundary shows a preview and
pushes one undoable ``retime`` on release; neighbours cannot be overlapped,
and Shift snaps to the nearest word edge or edge of silence.
"""

from __future__ import annotations

import bisect
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from aligner import edits

from . import style
from .document_model import END, START, DocumentModel
from .snapping import silence_edges, snap, word_edges
from .timecode import format_time
from .timeline import Viewport
from .waveform_render import peak_gain, render_wave, tick_label, tick_step

RULER_H = 20
LABEL_H = 20
HANDLE_PX = 6  #: how close (pixels) the pointer must be to grab a boundary
PAN_PX = 4  #: a press that moves further than this pans instead of clicking
WHEEL_ZOOM = 1.25  #: zoom factor per wheel notch


class SegmentIndex:
    """Timed segments sorted by start, for finding what is visible without walking all 2,000."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.rows: list[int] = []
        self.max_len = 0.0

    def rebuild(self, segments) -> None:
        self.starts, self.rows, self.max_len = [], [], 0.0
        for i, s in enumerate(segments):
            if s.timed:
                self.starts.append(s.start)
                self.rows.append(i)
                self.max_len = max(self.max_len, s.end - s.start)

    def visible(self, t0: float, t1: float) -> list[int]:
        a = bisect.bisect_left(self.starts, t0 - self.max_len)
        b = bisect.bisect_right(self.starts, t1)
        return self.rows[a:b]


class DetailWaveform(QWidget):
    seekRequested = Signal(float)  #: a click on the audio: move the playhead here
    viewChanged = Signal()  #: this widget zoomed or scrolled the shared viewport
    playSegmentRequested = Signal(int)  #: double-click on a segment

    def __init__(self, model: DocumentModel, viewport: Viewport, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.viewport = viewport
        self.playhead: Optional[float] = None
        self.gain = 1.0
        self._index = SegmentIndex()
        self._index_dirty = True
        self._image = None
        self._image_key = None
        self._drag: Optional[tuple[int, str, float]] = None  #: (row, START/END, original time)
        self._drag_time: Optional[float] = None
        self._press: Optional[QPointF] = None
        self._panning = False
        self.setMouseTracking(True)
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setFocusPolicy(Qt.ClickFocus)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        model.documentReset.connect(self._doc_changed)
        model.rowsChanged.connect(lambda *_: self._doc_changed())
        model.unscriptedChanged.connect(self.update)
        model.currentChanged.connect(lambda *_: self.update())
        model.selectionChanged.connect(self.update)
        model.audioChanged.connect(self._audio_changed)

    # ------------------------------------------------------------------ state
    def _doc_changed(self) -> None:
        self._index_dirty = True
        self.update()

    def _audio_changed(self) -> None:
        peaks = self.model.peaks
        if peaks is not None and peaks.duration > 0:
            self.gain = peak_gain(*peaks.range(0.0, peaks.duration, 2000))
        self._image_key = None
        self.update()

    def set_playhead(self, t: Optional[float]) -> None:
        if t != self.playhead:
            old = self.playhead
            self.playhead = t
            # repaint only the two thin strips the playhead left and entered
            for x in (old, t):
                if x is not None and self.viewport.contains(x, x):
                    px = int(self.viewport.time_to_x(x))
                    self.update(px - 2, 0, 5, self.height())

    def visible_rows(self) -> list[int]:
        if self._index_dirty:
            self._index.rebuild(self.model.document.segments)
            self._index_dirty = False
        vp = self.viewport
        return self._index.visible(vp.start, vp.end)

    def wave_top(self) -> int:
        return RULER_H

    # ------------------------------------------------------------------ painting
    def resizeEvent(self, event) -> None:
        self.viewport.width = max(1, self.width())
        self.viewport.clamp()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, style.WAVE_BG)
        self._paint_wave(p, w, h)
        p.setRenderHint(QPainter.Antialiasing, False)
        self._paint_unscripted(p, h)
        self._paint_segments(p, h)
        self._paint_ruler(p, w)
        self._paint_playhead(p, h)
        p.end()

    def _paint_wave(self, p: QPainter, w: int, h: int) -> None:
        peaks = self.model.peaks
        if peaks is None:
            p.setPen(style.UNTIMED)
            msg = "Open an audio file to see its waveform" if self.model.audio is None and not self.model.busy \
                else "Reading the audio…"
            p.drawText(QRectF(0, RULER_H, w, h - RULER_H), Qt.AlignCenter, msg)
            return
        vp = self.viewport
        key = (vp.start, vp.span, w, h, id(peaks), self.gain)
        if key != self._image_key:
            t1 = min(vp.end, peaks.duration)
            cols = max(0, min(w, int(round(vp.time_to_x(t1)))))
            if cols > 0:
                mins, maxs = peaks.range(vp.start, t1, cols)
            else:
                mins = maxs = ()
            self._image = render_wave(mins, maxs, w, h - RULER_H, style.WAVE, style.WAVE_BG, self.gain)
            self._image_key = key
        p.drawImage(0, RULER_H, self._image)

    def _paint_unscripted(self, p: QPainter, h: int) -> None:
        vp = self.viewport
        brush = QBrush(style.UNSCRIPTED, Qt.BDiagPattern)
        fm = QFontMetrics(p.font())
        for span in self.model.document.unscripted:
            if not vp.contains(span.start, span.end):
                continue
            x0, x1 = vp.time_to_x(span.start), vp.time_to_x(span.end)
            rect = QRectF(x0, RULER_H, max(1.0, x1 - x0), h - RULER_H)
            fill = QColor(style.UNSCRIPTED)
            fill.setAlpha(28)
            p.fillRect(rect, fill)
            p.fillRect(rect, brush)
            if x1 - x0 > 24:
                text = fm.elidedText("not in transcript: " + span.text.strip(), Qt.ElideRight, int(x1 - x0) - 8)
                label = QRectF(x0 + 2, h - LABEL_H - 2, min(x1 - x0 - 4, fm.horizontalAdvance(text) + 8), LABEL_H)
                p.fillRect(label, QColor(255, 255, 255, 225))
                p.setPen(style.UNSCRIPTED.darker(120))
                p.drawText(label.adjusted(4, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft, text)

    def _paint_segments(self, p: QPainter, h: int) -> None:
        vp = self.viewport
        segs = self.model.document.segments
        selected = set(self.model.selected_rows())
        fm = QFontMetrics(p.font())
        top, height = RULER_H, h - RULER_H
        for row in self.visible_rows():
            seg = segs[row]
            start, end = seg.start, seg.end
            if self._drag is not None and self._drag[0] == row and self._drag_time is not None:
                start, end = (self._drag_time, end) if self._drag[1] == START else (start, self._drag_time)
            x0, x1 = vp.time_to_x(start), vp.time_to_x(end)
            if x1 < -2 or x0 > self.width() + 2:
                continue
            colour = style.segment_colour(seg)
            is_sel = row in selected
            fill = QColor(colour)
            fill.setAlpha(70 if is_sel else 30)
            p.fillRect(QRectF(x0, top, max(1.0, x1 - x0), height), fill)
            # label band with number and text
            band = QColor(colour)
            band.setAlpha(210 if is_sel else 150)
            p.fillRect(QRectF(x0, top, max(1.0, x1 - x0), LABEL_H), band)
            if x1 - x0 > 18:
                p.setPen(Qt.white)
                label = fm.elidedText(f"{row + 1}  {seg.text}", Qt.ElideRight, int(x1 - x0) - 8)
                p.drawText(QRectF(x0 + 4, top, x1 - x0 - 8, LABEL_H), Qt.AlignVCenter | Qt.AlignLeft, label)
            # boundaries
            for which, x in ((START, x0), (END, x1)):
                chosen = is_sel and row == self.model.current and which == self.model.boundary
                pen = QPen(colour.darker(130), 3 if chosen else 1)
                p.setPen(pen)
                p.drawLine(QPointF(x, top), QPointF(x, h))
                if chosen:  # a small grip shows which boundary the nudge keys move
                    p.setBrush(colour.darker(130))
                    d = 6 if which == START else -6
                    p.drawPolygon([QPointF(x, h - 14), QPointF(x + d, h - 8), QPointF(x, h - 2)])
        if self._drag is not None and self._drag_time is not None:
            x = vp.time_to_x(self._drag_time)
            p.setPen(QPen(style.SELECTED, 1, Qt.DashLine))
            p.drawLine(QPointF(x, 0), QPointF(x, h))
            p.setPen(style.SELECTED)
            text = format_time(self._drag_time)
            tw = fm.horizontalAdvance(text) + 8
            bx = min(max(0.0, x + 4), self.width() - tw)
            p.fillRect(QRectF(bx, RULER_H + LABEL_H + 2, tw, LABEL_H), QColor(255, 255, 255, 230))
            p.drawText(QRectF(bx, RULER_H + LABEL_H + 2, tw, LABEL_H), Qt.AlignCenter, text)

    def _paint_ruler(self, p: QPainter, w: int) -> None:
        vp = self.viewport
        p.fillRect(0, 0, w, RULER_H, style.RULER_BG)
        p.setPen(QColor("#9aa3ad"))
        p.drawLine(0, RULER_H - 1, w, RULER_H - 1)
        step = tick_step(vp.seconds_per_pixel)
        t = (vp.start // step) * step
        p.setPen(QColor("#4a5560"))
        while t <= vp.end:
            x = vp.time_to_x(t)
            if x >= 0:
                p.drawLine(QPointF(x, RULER_H - 6), QPointF(x, RULER_H - 1))
                p.drawText(QRectF(x + 3, 0, 120, RULER_H - 3), Qt.AlignLeft | Qt.AlignVCenter, tick_label(t, step))
            t += step

    def _paint_playhead(self, p: QPainter, h: int) -> None:
        if self.playhead is None or not self.viewport.contains(self.playhead, self.playhead):
            return
        x = self.viewport.time_to_x(self.playhead)
        p.setPen(QPen(style.PLAYHEAD, 2))
        p.drawLine(QPointF(x, 0), QPointF(x, h))

    # ------------------------------------------------------------------ hit testing
    def boundary_at(self, x: float) -> Optional[tuple[int, str]]:
        """The segment boundary under pixel ``x``: (row, START or END), or None."""
        best = None
        segs = self.model.document.segments
        for row in self.visible_rows():
            seg = segs[row]
            for which, t in ((START, seg.start), (END, seg.end)):
                bx = self.viewport.time_to_x(t)
                d = abs(bx - x)
                if d > HANDLE_PX:
                    continue
                # Where two boundaries touch, the side of the pointer decides: left of it = the end.
                side_ok = (x < bx) == (which == END)
                key = (round(d), 0 if side_ok else 1)
                if best is None or key < best[0]:
                    best = (key, row, which)
        return None if best is None else (best[1], best[2])

    def unscripted_at(self, t: float) -> Optional[int]:
        for k, span in enumerate(self.model.document.unscripted):
            if span.start <= t <= span.end:
                return k
        return None

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() not in (Qt.LeftButton, Qt.MiddleButton):
            return super().mousePressEvent(event)
        x = event.position().x()
        hit = self.boundary_at(x) if event.button() == Qt.LeftButton and not self.model.busy else None
        if hit is not None:
            row, which = hit
            seg = self.model.document.segments[row]
            self._drag = (row, which, seg.start if which == START else seg.end)
            self._drag_time = self._drag[2]
            self.model.set_current(row, boundary=which)
            self.update()
        else:
            self._press = event.position()
            self._panning = event.button() == Qt.MiddleButton
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            self._drag_time = self._drag_target(x, bool(event.modifiers() & Qt.ShiftModifier))
            self.update()
        elif self._press is not None:
            dx = x - self._press.x()
            if self._panning or abs(dx) > PAN_PX:
                self._panning = True
                self.viewport.scroll_by_pixels(-dx)
                self._press = event.position()
                self.viewChanged.emit()
                self.update()
        else:
            self.setCursor(Qt.SizeHorCursor if self.boundary_at(x) is not None else Qt.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            row, which, original = self._drag
            t = self._drag_target(x, bool(event.modifiers() & Qt.ShiftModifier))
            self._drag, self._drag_time = None, None
            if abs(t - original) > 1e-4:
                self.model.edit(edits.retime, row, reviewed=True, **{which: t})
            self.update()
        elif self._press is not None:
            if not self._panning and event.button() == Qt.LeftButton:
                self._click(self.viewport.x_to_time(x))
            self._press, self._panning = None, False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.model.document.segment_at(self.viewport.x_to_time(event.position().x()))
        if row is not None:
            self.playSegmentRequested.emit(row)

    def _click(self, t: float) -> None:
        t = min(max(t, 0.0), self.viewport.duration or t)
        row = self.model.document.segment_at(t)
        if row is not None:
            self.model.set_current(row)
        else:
            k = self.unscripted_at(t)
            if k is not None:
                self.model.choose_unscripted(k)
        self.seekRequested.emit(t)

    def _drag_target(self, x: float, snapping: bool) -> float:
        """Where the dragged boundary goes for pointer ``x``: snapped if asked, never past a neighbour."""
        row, which, _ = self._drag
        doc = self.model.document
        seg = doc.segments[row]
        t = self.viewport.x_to_time(x)
        if snapping:
            radius = min(0.6, max(0.12, 15 * self.viewport.seconds_per_pixel))
            cands = word_edges(doc, t, radius)
            audio = self.model.audio
            if audio is not None:
                cands += silence_edges(audio.samples, audio.sample_rate, t, radius)
            t = snap(t, cands, radius) or t
        t = self.model.to_frame(t)
        lo, hi = edits.allowed_range(doc, row)
        if doc.audio_duration is not None:
            hi = min(hi, doc.audio_duration)
        if which == START:
            return min(max(t, lo, 0.0), seg.end)
        return max(min(t, hi), seg.start)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and not delta.y() or event.modifiers() & Qt.ShiftModifier:
            steps = (delta.x() or delta.y()) / 120.0
            self.viewport.scroll_by_pixels(-steps * self.width() / 10)
        else:
            steps = delta.y() / 120.0
            anchor = self.viewport.x_to_time(event.position().x())
            self.viewport.zoom(WHEEL_ZOOM ** steps, anchor)
        self.viewChanged.emit()
        self.update()
        event.accept()
