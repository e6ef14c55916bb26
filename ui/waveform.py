"""The detail waveform: the audio around the cursor with segments drawn on it, and their handles.

Drawn in ``paintEvent`` from the core's cached peaks (one column of min/max per
pixel, rendered by numpy into one image and cached until the view moves), and,
when asked, the spectrogram under it or instead of it (levels computed in the
background, see :mod:`ui.spectrogram_source`).  On top: segment regions in
their flag colour with their text, unscripted speech hatched, the selected time
range, the ruler, the playhead.

Mouse, the way audio editors behave: dragging a boundary shows a preview and
pushes one undoable ``retime`` on release (neighbours cannot be overlapped,
Shift snaps to the nearest word edge or edge of silence); dragging anywhere
else selects a time range; a click moves the playhead and drops the range;
the middle button (or the scrollbar) pans; the wheel zooms time, Shift+wheel
scrolls, Ctrl+wheel zooms the amplitude.
"""

from __future__ import annotations

import bisect
from typing import Optional

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QContextMenuEvent, QFontMetrics, QImage, QMouseEvent, QPainter, QPen,
                           QWheelEvent)
from PySide6.QtWidgets import QSizePolicy, QWidget

from aligner import edits
from aligner.language import is_rtl_text

from . import style
from .document_model import END, START, DocumentModel
from .snapping import silence_edges, snap, word_edges
from .spectrogram_render import colour_table, render_spectrogram
from .timecode import format_time
from .timeline import Viewport
from .waveform_render import peak_gain, render_wave, tick_label, tick_step

RULER_H = 20
LABEL_H = 20
HANDLE_PX = 6  #: how close (pixels) the pointer must be to grab a boundary
PAN_PX = 4  #: a press that moves further than this pans instead of clicking
WHEEL_ZOOM = 1.25  #: zoom factor per wheel notch
AMPLITUDE_STEP = 1.5  #: vertical zoom factor per key press or Ctrl+wheel notch
AMPLITUDE_RANGE = (0.25, 64.0)  #: how far the vertical zoom goes (x the automatic height)
MIN_RANGE_PX = 3  #: a drag shorter than this is a click, not a range
DENSE_PX = 6  #: with fewer pixels than this per visible segment, segments are drawn as one strip


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
    rangeChanged = Signal()  #: the selected time range was drawn or dropped
    contextMenuRequested = Signal(QPoint, float)  #: right-click: global position, time under the pointer
    displayChanged = Signal()  #: waveform / spectrogram shown, or the amplitude zoom, changed

    def __init__(self, model: DocumentModel, viewport: Viewport, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.viewport = viewport
        self.playhead: Optional[float] = None
        self.gain = 1.0  #: automatic vertical scale: the loudest part of the talk fills 90 % of the height
        self.amplitude = 1.0  #: the person's vertical zoom on top of ``gain``
        self.show_wave = True
        self.show_spectrogram = False
        self.spectrogram = None  #: aligner.audio.spectrogram.Spectrogram, being computed or done
        self._spec_image = None
        self._spec_key = None
        self._spec_table_key = None
        self._spec_table = None
        self.range: Optional[tuple[float, float]] = None  #: the selected time range (seconds), or None
        self._range_anchor: Optional[float] = None  #: where a range drag started
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
        model.documentReset.connect(self._drop_range_of_old_talk)
        self._range_doc = None

    # ------------------------------------------------------------------ state
    def _doc_changed(self) -> None:
        self._index_dirty = True
        self.update()

    def _audio_changed(self) -> None:
        peaks = self.model.peaks
        if peaks is not None and peaks.duration > 0:
            self.gain = peak_gain(*peaks.range(0.0, peaks.duration, 2000))
        self._image_key = None
        self._spec_key = None
        self.update()

    def _drop_range_of_old_talk(self) -> None:
        if self.model.document is not self._range_doc:
            self._range_doc = self.model.document
            self.set_range(None)

    # ------------------------------------------------------------------ display
    def set_display(self, wave: bool, spectrogram: bool) -> None:
        """Show the waveform, the spectrogram, or both (waveform above); never neither."""
        wave = wave or not spectrogram
        if (wave, spectrogram) != (self.show_wave, self.show_spectrogram):
            self.show_wave, self.show_spectrogram = wave, spectrogram
            self._image_key = self._spec_key = None
            self.displayChanged.emit()
            self.update()

    def set_amplitude(self, zoom: float) -> None:
        zoom = min(max(float(zoom), AMPLITUDE_RANGE[0]), AMPLITUDE_RANGE[1])
        if abs(zoom - self.amplitude) > 1e-9:
            self.amplitude = zoom
            self.displayChanged.emit()
            self.update()

    def zoom_amplitude(self, steps: float) -> None:
        """``steps`` > 0 makes quiet sound taller (and brighter in the spectrogram)."""
        self.set_amplitude(self.amplitude * AMPLITUDE_STEP ** steps)

    def set_spectrogram(self, spectrogram) -> None:
        self.spectrogram = spectrogram
        self._spec_key = None
        self.update()

    def spectrogram_progressed(self) -> None:
        """More of the spectrogram is computed: redraw if it is on screen."""
        if self.show_spectrogram:
            self.update()

    def bands(self) -> tuple[Optional[tuple[int, int]], Optional[tuple[int, int]]]:
        """(top, height) of the waveform and of the spectrogram below the ruler; None when hidden."""
        top, height = RULER_H, max(1, self.height() - RULER_H)
        if self.show_wave and self.show_spectrogram:
            half = height // 2
            return (top, half), (top + half, height - half)
        if self.show_spectrogram:
            return None, (top, height)
        return (top, height), None

    # ------------------------------------------------------------------ time range
    def set_range(self, span: Optional[tuple[float, float]]) -> None:
        if span is not None:
            t0, t1 = sorted(span)
            hi = self.viewport.duration or t1
            span = (min(max(t0, 0.0), hi), min(max(t1, 0.0), hi))
            if span[1] - span[0] <= 0:
                span = None
        if span != self.range:
            self.range = span
            self.rangeChanged.emit()
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
        wave_band, spec_band = self.bands()
        if wave_band is not None:
            self._paint_wave(p, w, *wave_band)
        if spec_band is not None:
            self._paint_spectrogram(p, w, *spec_band)
        p.setRenderHint(QPainter.Antialiasing, False)
        self._paint_unscripted(p, h)
        self._paint_segments(p, h)
        self._paint_range(p, h)
        self._paint_ruler(p, w)
        self._paint_playhead(p, h)
        p.end()

    def _paint_wave(self, p: QPainter, w: int, top: int, height: int) -> None:
        peaks = self.model.peaks
        if peaks is None:
            p.setPen(style.UNTIMED)
            msg = "Open an audio file to see its waveform" if self.model.audio is None and not self.model.busy \
                else "Reading the audio…"
            p.drawText(QRectF(0, top, w, height), Qt.AlignCenter, msg)
            return
        vp = self.viewport
        gain = self.gain * self.amplitude
        key = (vp.start, vp.span, w, height, id(peaks), gain)
        if key != self._image_key:
            t1 = min(vp.end, peaks.duration)
            cols = max(0, min(w, int(round(vp.time_to_x(t1)))))
            if cols > 0:
                mins, maxs = peaks.range(vp.start, t1, cols)
            else:
                mins = maxs = ()
            self._image = render_wave(mins, maxs, w, height, style.WAVE, style.WAVE_BG, gain)
            self._image_key = key
        p.drawImage(0, top, self._image)
        if abs(self.amplitude - 1.0) > 1e-9:
            p.setPen(style.UNTIMED)
            p.drawText(QRectF(0, top + LABEL_H + 2, w - 6, LABEL_H), Qt.AlignRight | Qt.AlignVCenter,
                       f"amplitude ×{self.amplitude:.3g}")

    def _paint_spectrogram(self, p: QPainter, w: int, top: int, height: int) -> None:
        spec = self.spectrogram
        vp = self.viewport
        if spec is None:
            p.fillRect(0, top, w, height, QColor("#000004"))
            p.setPen(QColor("#c9c9d6"))
            msg = "The spectrogram is computed once the audio is read…" if self.model.peaks is not None \
                else "Open an audio file to see its spectrogram"
            p.drawText(QRectF(0, top, w, height), Qt.AlignCenter, msg)
            return
        peak = 0.9 / self.gain if self.gain > 0 else 1.0
        table_key = (round(peak, 6), self.amplitude)
        if table_key != self._spec_table_key:
            self._spec_table = colour_table(peak, self.amplitude)
            self._spec_table_key = table_key
        key = (vp.start, vp.span, w, height, id(spec), spec.ready_frames, table_key)
        if key != self._spec_key:
            self._spec_image = render_spectrogram(spec.columns(vp.start, vp.end, w), height, self._spec_table)
            self._spec_key = key
        p.drawImage(0, top, self._spec_image)
        p.setPen(QColor(255, 255, 255, 170))
        fm = QFontMetrics(p.font())
        for hz in (2000, 4000, 6000):
            if hz < spec.top_hz:
                y = top + height - height * hz / spec.top_hz
                if y - fm.height() > top + LABEL_H:
                    p.drawText(QPointF(4, y + fm.ascent() / 2 - 1), f"{hz // 1000} kHz")
        if not spec.done:
            p.setPen(QColor("#e0e0ea"))
            p.drawText(QRectF(0, top, w - 6, height - 4), Qt.AlignRight | Qt.AlignBottom,
                       f"computing the spectrogram… {100 * spec.ready_frames // max(1, spec.frames)} %")

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
        rows = self.visible_rows()
        if len(rows) > self.width() / DENSE_PX and self._drag is None:
            self._paint_segments_dense(p, rows, selected, top, height)
            return
        for row in rows:
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
                # the text isolated after the number: Arabic or Hebrew reads right to left
                iso = "\u2067" if is_rtl_text(seg.text) else "\u2068"
                label = fm.elidedText(f"{row + 1}  {iso}{seg.text}\u2069", Qt.ElideRight, int(x1 - x0) - 8)
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

    def _paint_segments_dense(self, p: QPainter, rows: list[int], selected: set, top: int, height: int) -> None:
        """Zoomed far out (hundreds of segments a few pixels wide): one tinted pixel row, stretched.

        One translucent rectangle per segment over the full height costs a
        blend of every pixel each time (0.3 s for 700 segments); a 1-pixel-high
        image of the same tints, drawn stretched, looks the same and costs one.
        """
        w = max(1, self.width())
        body = np.zeros(w, np.uint32)
        band = np.zeros(w, np.uint32)
        vp = self.viewport
        segs = self.model.document.segments
        start, spp = vp.start, vp.seconds_per_pixel
        edge: dict[int, int] = {}
        for row in rows:
            seg = segs[row]
            x0 = max(0, int((seg.start - start) / spp))
            x1 = min(w, max(x0 + 1, int((seg.end - start) / spp)))
            if x0 >= w or x1 <= 0:
                continue
            rgb = style.segment_colour(seg).rgba() & 0xFFFFFF
            if rgb not in edge:
                edge[rgb] = (200 << 24) | (QColor(rgb).darker(130).rgba() & 0xFFFFFF)
            is_sel = row in selected
            body[x0:x1] = ((70 if is_sel else 30) << 24) | rgb
            band[x0:x1] = ((210 if is_sel else 150) << 24) | rgb
            body[x0] = band[x0] = edge[rgb]  # where it starts
        for values, y, rows_h in ((body, top, height), (band, top, LABEL_H)):
            img = QImage(values.data, w, 1, w * 4, QImage.Format_ARGB32)
            p.drawImage(QRectF(0, y, w, rows_h), img)

    def _paint_range(self, p: QPainter, h: int) -> None:
        if self.range is None or not self.viewport.contains(*self.range):
            return
        vp = self.viewport
        t0, t1 = self.range
        x0, x1 = vp.time_to_x(t0), vp.time_to_x(t1)
        fill = QColor(style.SELECTED)
        fill.setAlpha(55)
        p.fillRect(QRectF(x0, RULER_H, max(1.0, x1 - x0), h - RULER_H), fill)
        p.setPen(QPen(style.SELECTED, 1))
        p.drawLine(QPointF(x0, RULER_H), QPointF(x0, h))
        p.drawLine(QPointF(x1, RULER_H), QPointF(x1, h))
        fm = QFontMetrics(p.font())
        text = f"{format_time(t0)} – {format_time(t1)}  ({t1 - t0:.3f} s)"
        tw = fm.horizontalAdvance(text) + 10
        bx = min(max(0.0, x0), self.width() - tw)
        band = QRectF(bx, h - 2 * LABEL_H - 6, tw, LABEL_H)
        p.fillRect(band, QColor(255, 255, 255, 230))
        p.drawText(band, Qt.AlignCenter, text)

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
            self._range_anchor = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            self._drag_time = self._drag_target(x, bool(event.modifiers() & Qt.ShiftModifier))
            self.update()
        elif self._press is not None:
            dx = x - self._press.x()
            if self._panning:
                self.viewport.scroll_by_pixels(-dx)
                self._press = event.position()
                self.viewChanged.emit()
                self.update()
            elif self._range_anchor is not None or abs(dx) > PAN_PX:
                if self._range_anchor is None:
                    self._range_anchor = self.viewport.x_to_time(self._press.x())
                self.set_range((self._range_anchor, self.viewport.x_to_time(x)))
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
            if self._range_anchor is not None and abs(x - self._press.x()) >= MIN_RANGE_PX:
                self.set_range((self._range_anchor, self.viewport.x_to_time(x)))
            elif not self._panning and event.button() == Qt.LeftButton:
                self.set_range(None)
                self._click(self.viewport.x_to_time(x))
            self._press, self._panning, self._range_anchor = None, False, None
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape and self.range is not None:
            self.set_range(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: a segment under the pointer becomes the current one; the window shows the menu."""
        t = min(max(self.viewport.x_to_time(event.pos().x()), 0.0), self.viewport.duration or 0.0)
        inside_range = self.range is not None and self.range[0] <= t <= self.range[1]
        row = self.model.document.segment_at(t)
        if row is not None and not inside_range and row not in self.model.selected_rows():
            self.model.set_current(row)
        self.contextMenuRequested.emit(event.globalPos(), t)
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
        if event.modifiers() & Qt.ControlModifier:
            self.zoom_amplitude((delta.y() or delta.x()) / 120.0)
            event.accept()
            return
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
