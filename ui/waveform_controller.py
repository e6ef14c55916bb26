"""The waveform's own commands: spectrogram and amplitude zoom, the drawn time range, right-click menus.

It owns these registry actions (connects and enables them itself, so the
window only adds them to its menus): showing the waveform and/or the
spectrogram, the amplitude zoom, and what a time range drawn on the waveform
is for — play it, make a segment of it, re-align only it.  The right-click
menus of the waveform and of the segment table offer the registry's actions
that apply where the click was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from aligner.errors import EditError

from . import time_range

if TYPE_CHECKING:
    from .main_window import MainWindow

#: The waveform's right-click menu, by what was under the pointer (None = separator).
RANGE_ITEMS = ("play_range", "segment_from_range", "realign_range", "clear_range")
SEGMENT_ITEMS = ("play_segment", "loop_segment", None, "split", "merge", "lock", "delete", None,
                 "start_to_playhead", "end_to_playhead", None, "realign_selection", "zoom_selection")
GAP_ITEMS = ("insert",)
VIEW_ITEMS = ("show_waveform", "show_spectrogram", "amplitude_in", "amplitude_out", "amplitude_reset")
#: The segment table's right-click menu.
TABLE_ITEMS = ("play_segment", "loop_segment", None, "split", "merge", "insert", "delete", "lock", None,
               "realign_selection", "next_review", None, "zoom_selection", "find")


class WaveformController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.panel = window.waveforms
        self.detail = window.waveforms.detail
        self.menu: Optional[QMenu] = None  #: the last right-click menu shown (tests look at it)
        a = window.a
        a["show_waveform"].setChecked(self.detail.show_wave)
        a["show_spectrogram"].setChecked(self.detail.show_spectrogram)
        a["show_waveform"].toggled.connect(lambda on: self._display(wave=on))
        a["show_spectrogram"].toggled.connect(lambda on: self._display(spectrogram=on))
        a["amplitude_in"].triggered.connect(self.panel.amplitude_in)
        a["amplitude_out"].triggered.connect(self.panel.amplitude_out)
        a["amplitude_reset"].triggered.connect(self.panel.amplitude_reset)
        a["play_range"].triggered.connect(self.play_range)
        a["segment_from_range"].triggered.connect(self.segment_from_range)
        a["realign_range"].triggered.connect(self.realign_range)
        a["clear_range"].triggered.connect(lambda: self.detail.set_range(None))
        self.detail.displayChanged.connect(self._display_changed)
        self.detail.rangeChanged.connect(self._range_changed)
        self.detail.contextMenuRequested.connect(self.show_waveform_menu)
        window.table.setContextMenuPolicy(Qt.CustomContextMenu)
        window.table.customContextMenuRequested.connect(self.show_table_menu)
        self.model.busyChanged.connect(lambda _: self.update_actions())
        self.model.audioChanged.connect(self.update_actions)
        self.update_actions()

    # ------------------------------------------------------------------ display
    def _display(self, wave: Optional[bool] = None, spectrogram: Optional[bool] = None) -> None:
        d = self.detail
        self.panel.set_display(d.show_wave if wave is None else wave,
                               d.show_spectrogram if spectrogram is None else spectrogram)

    def _display_changed(self) -> None:
        """Keep the check marks true (turning off the only view shown turns the waveform back on)."""
        a = self.window.a
        for key, on in (("show_waveform", self.detail.show_wave), ("show_spectrogram", self.detail.show_spectrogram)):
            if a[key].isChecked() != on:
                a[key].blockSignals(True)
                a[key].setChecked(on)
                a[key].blockSignals(False)
        self.update_actions()

    # ------------------------------------------------------------------ range
    def _range_changed(self) -> None:
        self.update_actions()
        span = self.detail.range
        if span is not None:
            self.window.say(f"Range {span[1] - span[0]:.2f} s: Ctrl+Shift+Space plays it, right-click for more "
                            f"(new segment, re-align only it).", 8000)

    def update_actions(self) -> None:
        a = self.window.a
        has_range = self.detail.range is not None
        has_audio = self.model.audio is not None
        busy = bool(self.model.busy)
        a["play_range"].setEnabled(has_range and has_audio)
        a["segment_from_range"].setEnabled(has_range and not busy)
        a["realign_range"].setEnabled(has_range and has_audio and not busy)
        a["clear_range"].setEnabled(has_range)
        a["amplitude_reset"].setEnabled(abs(self.detail.amplitude - 1.0) > 1e-9)

    def play_range(self) -> None:
        span = self.detail.range
        if span is None:
            self.window.say("Drag on the waveform to choose a range first.")
            return
        self.window.player.play_range(*span)

    def segment_from_range(self) -> bool:
        span = self.detail.range
        if span is None:
            self.window.say("Drag on the waveform to choose a range first.")
            return False
        try:
            time_range.free_part(self.model.document, *span)  # say why not before asking for text
        except EditError as e:
            self.window.say(str(e), 10000)
            return False
        text, ok = QInputDialog.getText(self.window, "New segment from range", "Text of the new segment:")
        if not ok:
            return False
        try:
            edit, row, trimmed = time_range.segment_from_range(self.model.document, *span, text)
        except EditError as e:
            self.window.say(str(e), 10000)
            return False
        if not self.model.push(edit, select=row):
            return False
        self.detail.set_range(None)
        seg = self.model.document.segments[row]
        self.window.say(f"New segment {row + 1} ({seg.end - seg.start:.2f} s)"
                        + (": trimmed to the pause between its neighbours." if trimmed else "."))
        return True

    def realign_range(self) -> bool:
        span = self.detail.range
        if span is None:
            self.window.say("Drag on the waveform to choose a range first.")
            return False
        try:
            wide = time_range.realign_span(self.model.document, *span)
        except EditError as e:
            self.window.say(str(e), 10000)
            return False
        return self.window.aligning.align(time_range=wide)

    # ------------------------------------------------------------------ right-click menus
    def _popup(self, items_groups, global_pos: QPoint) -> QMenu:
        if self.menu is not None:
            self.menu.deleteLater()
        menu = QMenu(self.window)
        menu.setObjectName("contextMenu")
        a = self.window.a
        for items in items_groups:
            if not items:
                continue
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            for k in items:
                if k is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[k])
        self.menu = menu
        menu.popup(global_pos)
        return menu

    def show_waveform_menu(self, global_pos: QPoint, t: float) -> QMenu:
        doc = self.model.document
        span = self.detail.range
        in_range = span is not None and span[0] <= t <= span[1]
        row = doc.segment_at(t)
        if not in_range and not self.window.player.playing:
            self.window.player.seek(t)  # "split", "set start/end to playhead", "insert" act where the click was
        groups = [RANGE_ITEMS if span is not None else ()]
        if row is not None:
            groups.append(SEGMENT_ITEMS)
        else:
            k = self.detail.unscripted_at(t)
            if k is not None:
                self.model.choose_unscripted(k)  # "insert unscripted speech" inserts this one
            groups.append(GAP_ITEMS + (("insert_unscripted",) if k is not None else ()))
        groups.append(VIEW_ITEMS)
        return self._popup(groups, global_pos)

    def show_table_menu(self, pos: QPoint) -> QMenu:
        table = self.window.table
        index = table.indexAt(pos)
        if index.isValid() and index.row() not in self.model.selected_rows():
            self.model.set_current(index.row())
        return self._popup([TABLE_ITEMS], table.viewport().mapToGlobal(pos))
