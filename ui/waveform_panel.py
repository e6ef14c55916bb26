"""Overview, detail waveform (and spectrogram), scrollbar and zoom buttons, kept in step through one Viewport.

The panel also owns what a project remembers of the view (:meth:`view_state`):
where it was, how far zoomed in time and amplitude, and whether the
spectrogram was shown.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QToolButton, QVBoxLayout, QWidget

from .document_model import DocumentModel
from .overview import OverviewWaveform
from .spectrogram_source import SpectrogramSource
from .timecode import format_time
from .timeline import Viewport
from .waveform import DetailWaveform

ZOOM_STEP = 1.6
DEFAULT_SPAN = 20.0  #: seconds shown when a talk opens: a few sentences, boundaries easy to grab


class WaveformPanel(QWidget):
    seekRequested = Signal(float)
    playSegmentRequested = Signal(int)

    def __init__(self, model: DocumentModel, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.viewport = Viewport()
        self.follow_playhead = True
        self._shown_doc = None  #: the Document the viewport was last reset for
        self.overview = OverviewWaveform(model, self.viewport)
        self.detail = DetailWaveform(model, self.viewport)
        self.spectrogram = SpectrogramSource(model, self)
        self.spectrogram.progressed.connect(self._spectrogram_progressed)
        self.spectrogram.finished.connect(self._spectrogram_progressed)
        self.scrollbar = QScrollBar(Qt.Horizontal)
        self.scrollbar.setToolTip("Scroll through the talk (or middle-drag the waveform, or Shift+wheel)")
        self.range_label = QLabel()
        self.range_label.setObjectName("hint")
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(4, 0, 4, 0)
        self._buttons.setSpacing(2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.overview)
        lay.addWidget(self.detail, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.scrollbar, 1)
        bottom.addLayout(self._buttons)
        bottom.addWidget(self.range_label)
        lay.addLayout(bottom)

        self.overview.viewChanged.connect(self.refresh_view)
        self.detail.viewChanged.connect(self.refresh_view)
        self.detail.seekRequested.connect(self.seekRequested)
        self.detail.playSegmentRequested.connect(self.playSegmentRequested)
        self.scrollbar.valueChanged.connect(self._scrolled)
        model.audioChanged.connect(self._duration_changed)
        model.documentReset.connect(self._duration_changed)
        model.currentChanged.connect(self._show_current)

    def add_button(self, action) -> None:
        """Put an action (zoom in/out, fit) as a small button next to the scrollbar."""
        b = QToolButton()
        b.setDefaultAction(action)
        b.setAutoRaise(True)
        self._buttons.addWidget(b)

    # ------------------------------------------------------------------ viewport changes
    def _duration_changed(self) -> None:
        """A new talk starts at its beginning; the same talk's exact audio keeps the view where it is.

        Opening a compressed file shows a quick sketch first and the decoded audio
        a moment later, a few milliseconds longer or shorter: that must not throw
        away the view a project restored (or the one the person already moved to).
        """
        doc = self.model.document
        duration = (self.model.peaks.duration if self.model.peaks is not None else None) \
            or doc.audio_duration or 0.0
        if doc is not self._shown_doc:
            self._shown_doc = doc
            self.viewport.set_duration(duration, DEFAULT_SPAN)
        elif abs(duration - self.viewport.duration) > 1e-6:
            self.viewport.duration = max(0.0, duration)
            self.viewport.clamp()
        self.refresh_view()

    def refresh_view(self) -> None:
        vp = self.viewport
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, int(max(0.0, vp.duration - vp.span) * 1000))
        self.scrollbar.setPageStep(max(1, int(vp.span * 1000)))
        self.scrollbar.setSingleStep(max(1, int(vp.span * 100)))
        self.scrollbar.setValue(int(vp.start * 1000))
        self.scrollbar.blockSignals(False)
        self.range_label.setText(f"{format_time(vp.start, False)} – {format_time(vp.end, False)}"
                                 if vp.duration else "")
        self.detail.update()
        self.overview.update()

    def _scrolled(self, value: int) -> None:
        self.viewport.scroll_to(value / 1000.0)
        self.refresh_view()

    def _show_current(self, row: int) -> None:
        """Bring the current segment into view when it is off screen (selection from the table).

        A segment already partly in view stays put: the view must not jump while a
        boundary of it is being grabbed.
        """
        seg = self.model.current_segment()
        if seg is None or not seg.timed or self.viewport.duration <= 0:
            return
        vp = self.viewport
        if vp.contains(seg.start, seg.end):
            return
        if seg.end - seg.start < vp.span * 0.9:
            vp.center_on((seg.start + seg.end) / 2)
        else:
            vp.show_range(seg.start, seg.end)
        self.refresh_view()

    # ------------------------------------------------------------------ display
    def set_display(self, wave: bool, spectrogram: bool) -> None:
        """Waveform, spectrogram under it, or spectrogram instead of it (computed when first shown)."""
        self.detail.set_display(wave, spectrogram)
        self.spectrogram.want(self.detail.show_spectrogram)
        self.detail.set_spectrogram(self.spectrogram.spectrogram)

    def _spectrogram_progressed(self) -> None:
        if self.detail.spectrogram is not self.spectrogram.spectrogram:
            self.detail.set_spectrogram(self.spectrogram.spectrogram)
        self.detail.spectrogram_progressed()

    def amplitude_in(self) -> None:
        self.detail.zoom_amplitude(1)

    def amplitude_out(self) -> None:
        self.detail.zoom_amplitude(-1)

    def amplitude_reset(self) -> None:
        self.detail.set_amplitude(1.0)

    def view_state(self) -> dict:
        vp, d = self.viewport, self.detail
        return {"view_start": vp.start, "view_span": vp.span, "amplitude": d.amplitude,
                "waveform": d.show_wave, "spectrogram": d.show_spectrogram}

    def apply_view_state(self, state: dict) -> None:
        """Come back to a saved view; a damaged entry only loses that part of the view."""
        vp = self.viewport
        try:
            if "view_span" in state:
                vp.span = float(state["view_span"])
                vp.scroll_to(float(state.get("view_start", 0.0)))
        except (TypeError, ValueError):
            pass
        try:
            self.detail.set_amplitude(float(state.get("amplitude", 1.0)))
        except (TypeError, ValueError):
            pass
        if "waveform" in state or "spectrogram" in state:  # else keep what this window shows now
            self.set_display(bool(state.get("waveform", True)), bool(state.get("spectrogram", False)))
        self.refresh_view()

    def shutdown(self) -> None:
        self.spectrogram.shutdown()

    # ------------------------------------------------------------------ commands
    def zoom(self, factor: float) -> None:
        anchor = self.detail.playhead if self.detail.playhead is not None and \
            self.viewport.contains(self.detail.playhead, self.detail.playhead) else None
        self.viewport.zoom(factor, anchor)
        self.refresh_view()

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        self.viewport.show_range(0.0, self.viewport.duration, margin=0.0)
        self.refresh_view()

    def zoom_to_selection(self) -> None:
        rows = self.model.selected_rows()
        segs = [self.model.document.segments[r] for r in rows if self.model.document.segments[r].timed]
        if segs:
            self.viewport.show_range(min(s.start for s in segs), max(s.end for s in segs))
            self.refresh_view()

    def set_playhead(self, t: Optional[float], playing: bool = False) -> None:
        self.detail.set_playhead(t)
        self.overview.set_playhead(t)
        if playing and self.follow_playhead and t is not None and self.viewport.ensure_visible(t):
            self.refresh_view()
