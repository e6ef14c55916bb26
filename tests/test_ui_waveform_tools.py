"""The waveform as a subtitle timer uses it: spectrogram, amplitude zoom, range selection, context menus, view restore.

Driven through the real window offscreen (pytest-qt), on synthesized speech
whose true segment times are put in the Document (no alignment needed) unless
a test aligns on purpose.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from aligner.audio.encode import write_audio
from aligner.audio.spectrogram import Spectrogram
from aligner.document import Document, Segment
from synth import espeak_available
from window_helpers import TALK_SENTENCES as SENTENCES
from window_helpers import drag, seg

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]


@pytest.fixture(scope="module")
def talk_pauses():
    return 1.2


@pytest.fixture(scope="module")
def talk_files(spoken, talk_sentences, tmp_path_factory):
    """The talk as files to open: a compressed copy of the audio (opening it shows a quick sketch of
    the waveform first, then the exact one) and the transcript."""
    folder = tmp_path_factory.mktemp("wavetools")
    transcript = folder / "talk.txt"
    transcript.write_text("\n".join(talk_sentences) + "\n", encoding="utf-8")
    ogg = folder / "talk.ogg"
    write_audio(ogg, spoken[0].samples, spoken[0].sample_rate)
    return str(ogg), str(transcript)


def test_reopening_a_project_restores_its_view(qtbot, window, talk_files, tmp_path):
    audio_path, transcript = talk_files
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([audio_path, transcript])
    panel, vp = window.waveforms, window.waveforms.viewport
    vp.span = 1.5
    vp.scroll_to(2.25)
    panel.refresh_view()
    project = str(tmp_path / "talk.alignproj")
    assert window.files._save_to(project)

    window.waveforms.fit_all()  # look somewhere else, then reopen
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([project])
    QApplication.processEvents()
    assert vp.start == pytest.approx(2.25, abs=1e-6)
    assert vp.span == pytest.approx(1.5, abs=1e-6)
    assert panel.scrollbar.value() == int(vp.start * 1000)


def right_click(widget, x: float, y: int | None = None):
    pos = QPoint(int(round(x)), widget.height() // 2 if y is None else y)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Mouse, pos, widget.mapToGlobal(pos)))


def menu_ids(menu):
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def band_image(detail, band):
    """The detail view as pixels (numpy, ARGB) of one band (top, height)."""
    img = detail.grab().toImage().convertToFormat(QImage.Format_ARGB32)
    ptr = img.constBits()
    arr = np.frombuffer(ptr, np.uint32, img.sizeInBytes() // 4).reshape(img.height(), img.bytesPerLine() // 4)
    scale = img.height() / detail.height()
    top, height = band
    return arr[int(top * scale):int((top + height) * scale), :img.width()].copy(), scale


# ------------------------------------------------------------------ spectrogram and amplitude
def test_the_spectrogram_is_computed_off_the_ui_thread_and_shown_under_or_instead_of_the_waveform(
        qtbot, shown, monkeypatch):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    threads = []
    original = Spectrogram.compute

    def compute(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Spectrogram, "compute", compute)
    assert detail.bands()[1] is None and not w.a["show_spectrogram"].isChecked()
    w.a["show_spectrogram"].trigger()  # View -> Spectrogram
    qtbot.waitUntil(lambda: detail.spectrogram is not None and detail.spectrogram.done, timeout=20_000)
    assert threads and threading.get_ident() not in threads  # computed on a worker thread
    wave_band, spec_band = detail.bands()
    assert wave_band is not None and spec_band is not None and spec_band[0] > wave_band[0]  # under the waveform

    # Speech is bright in the spectrogram, the pauses are dark.
    pixels, scale = band_image(detail, spec_band)
    truth = shown.model.document.segments
    brightness = ((pixels >> 16) & 255) + ((pixels >> 8) & 255) + (pixels & 255)
    speech = brightness[:, int(vp.time_to_x((truth[1].start + truth[1].end) / 2) * scale)].mean()
    pause = brightness[:, int(vp.time_to_x(truth[0].end + 0.6) * scale)].mean()
    assert speech > 2 * pause + 30, (speech, pause)

    w.a["show_waveform"].trigger()  # waveform off: the spectrogram instead of it
    assert detail.bands()[0] is None and detail.bands()[1][1] > spec_band[1]
    w.a["show_spectrogram"].trigger()  # and off too: the waveform comes back rather than nothing
    assert detail.show_wave and not detail.show_spectrogram
    assert w.a["show_waveform"].isChecked() and not w.a["show_spectrogram"].isChecked()


def test_amplitude_zoom_by_keys_menu_and_ctrl_wheel(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    truth = shown.model.document.segments
    x = vp.time_to_x(truth[0].start + 0.3)

    def wave_height():
        """Dark pixels in a column of the waveform (below the label band): how tall the wave is drawn."""
        pixels, scale = band_image(detail, detail.bands()[0])
        column = pixels[int(24 * scale):, int(x * scale)]
        brightness = ((column >> 16) & 255) + ((column >> 8) & 255) + (column & 255)
        return int(np.count_nonzero(brightness < 420))

    before = wave_height()
    assert before > 5
    assert not w.a["amplitude_reset"].isEnabled()
    detail.setFocus()
    qtbot.keyClick(detail, Qt.Key_Up, Qt.AltModifier)  # Alt+Up
    assert detail.amplitude == pytest.approx(1.5)
    assert wave_height() > before
    event = QWheelEvent(QPointF(x, 60), detail.mapToGlobal(QPointF(x, 60)), QPoint(), QPoint(0, 120),
                        Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
    span = vp.span
    QApplication.sendEvent(detail, event)
    assert detail.amplitude == pytest.approx(2.25) and vp.span == span  # Ctrl+wheel zooms amplitude, not time
    assert w.a["amplitude_reset"].isEnabled()
    w.a["amplitude_out"].trigger()
    assert detail.amplitude == pytest.approx(1.5)
    w.a["amplitude_reset"].trigger()
    assert detail.amplitude == 1.0 and wave_height() == before


# ------------------------------------------------------------------ time range
def test_dragging_selects_a_range_the_middle_button_pans_a_click_drops_it(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    vp.show_range(0.0, vp.duration, margin=0.0)
    vp.zoom(2.0, 0.0)
    w.waveforms.refresh_view()
    start_before = vp.start
    s0, s1 = seg(w, 0), seg(w, 1)
    t0, t1 = s0.end + 0.2, s1.start - 0.2  # inside the pause, away from boundaries
    drag(qtbot, detail, vp.time_to_x(t0), vp.time_to_x(t1))
    assert detail.range == pytest.approx((t0, t1), abs=2 * vp.seconds_per_pixel)
    assert vp.start == start_before  # a left drag no longer pans
    assert w.model.undo_stack.count() == 0
    assert w.a["play_range"].isEnabled() and w.a["segment_from_range"].isEnabled()

    w.a["play_range"].trigger()
    assert (w.player.range_start, w.player.range_end) == pytest.approx(detail.range)
    w.player.stop()

    # a range drawn right to left over a segment, from inside it
    drag(qtbot, detail, vp.time_to_x(s1.end - 0.3), vp.time_to_x(s1.start + 0.3))
    assert detail.range == pytest.approx((s1.start + 0.3, s1.end - 0.3), abs=2 * vp.seconds_per_pixel)

    drag(qtbot, detail, 400, 200, button=Qt.MiddleButton)  # middle button pans
    assert vp.start > start_before
    assert detail.range == pytest.approx((s1.start + 0.3, s1.end - 0.3), abs=2 * vp.seconds_per_pixel)

    qtbot.mouseClick(detail, Qt.LeftButton, Qt.NoModifier, QPoint(int(vp.time_to_x(s1.start + 0.5)), 80))
    assert detail.range is None and not w.a["play_range"].isEnabled()
    assert w.model.current == 1

    drag(qtbot, detail, vp.time_to_x(t0), vp.time_to_x(t1))
    assert detail.range is not None
    qtbot.keyClick(detail, Qt.Key_Escape)  # Esc drops it too (nothing to cancel)
    assert detail.range is None


def test_a_segment_is_made_from_the_range_trimmed_to_the_pause(qtbot, shown, dialogs):
    w = shown
    detail = w.waveforms.detail
    s0, s1 = seg(w, 0), seg(w, 1)
    detail.set_range((s0.end - 0.5, s1.start - 0.1))  # overlaps the end of segment 1
    dialogs.text_answers.append("[applause]")
    w.a["segment_from_range"].trigger()
    assert len(w.model.document.segments) == 4
    new = seg(w, 1)
    assert new.text == "[applause]"
    assert new.start == pytest.approx(s0.end) and new.end == pytest.approx(s1.start - 0.1)
    assert w.model.current == 1 and detail.range is None
    assert "trimmed" in w.statusBar().currentMessage()
    w.model.document.check()
    w.a["undo"].trigger()
    assert [s.text for s in w.model.document.segments] == SENTENCES

    # inside a segment there is no room: said at once, no text asked for
    detail.set_range((s1.start + 0.2, s1.end - 0.2))
    w.a["segment_from_range"].trigger()
    assert len(w.model.document.segments) == 3
    assert "inside segment 2" in w.statusBar().currentMessage()


# ------------------------------------------------------------------ right-click menus
def test_right_click_on_the_waveform_offers_what_applies_there(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    s1 = seg(w, 1)
    t = s1.start + 0.8
    right_click(detail, vp.time_to_x(t))
    menu = w.waveform_tools.menu
    ids = menu_ids(menu)
    assert {"play_segment", "split", "merge", "lock", "delete", "realign_selection", "show_spectrogram",
            "amplitude_in"} <= set(ids)
    assert "play_range" not in ids and "insert" not in ids
    assert w.model.current == 1 and w.player.playhead == pytest.approx(t, abs=2 * vp.seconds_per_pixel)
    next(a for a in menu.actions() if a.objectName() == "split").trigger()  # splits where the click was
    assert len(w.model.document.segments) == 4
    assert seg(w, 1).end == pytest.approx(t, abs=2 * vp.seconds_per_pixel)
    w.a["undo"].trigger()

    # in a pause: insert; with a range: the range's commands first
    right_click(detail, vp.time_to_x(seg(w, 0).end + 0.5))
    assert "insert" in menu_ids(w.waveform_tools.menu) and "split" not in menu_ids(w.waveform_tools.menu)
    detail.set_range((seg(w, 0).end + 0.1, seg(w, 1).start - 0.1))
    right_click(detail, vp.time_to_x(seg(w, 0).end + 0.5))
    ids = menu_ids(w.waveform_tools.menu)
    assert ids[:4] == ["play_range", "segment_from_range", "realign_range", "clear_range"]
    next(a for a in w.waveform_tools.menu.actions() if a.objectName() == "clear_range").trigger()
    assert detail.range is None


def test_right_click_on_the_table_selects_the_row_and_offers_its_commands(qtbot, shown):
    w = shown
    table = w.table
    pos = table.visualRect(w.table_model.index(2, 5)).center()
    table.customContextMenuRequested.emit(pos)
    menu = w.waveform_tools.menu
    assert w.model.current == 2
    assert {"play_segment", "split", "merge", "insert", "delete", "lock", "realign_selection",
            "next_review"} <= set(menu_ids(menu))
    next(a for a in menu.actions() if a.objectName() == "lock").trigger()
    assert seg(w, 2).locked and not seg(w, 1).locked


# ------------------------------------------------------------------ the view comes back
def test_the_spectrogram_and_amplitude_zoom_are_part_of_the_saved_view(qtbot, window, talk_files, tmp_path):
    audio_path, transcript = talk_files
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([audio_path, transcript])
    window.a["show_spectrogram"].trigger()
    window.a["amplitude_in"].trigger()
    project = str(tmp_path / "talk.alignproj")
    assert window.files._save_to(project)
    window.a["show_spectrogram"].trigger()
    window.a["amplitude_reset"].trigger()
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([project])
    detail = window.waveforms.detail
    assert detail.show_spectrogram and detail.amplitude == pytest.approx(1.5)
    assert window.a["show_spectrogram"].isChecked()
    qtbot.waitUntil(lambda: detail.spectrogram is not None and detail.spectrogram.done, timeout=20_000)


@pytest.mark.slow
def test_re_align_only_the_range_drawn(qtbot, shown, dialogs):
    """A segment typed 0.4 s late is found again by re-aligning a range drawn over it; the rest stays put."""
    w = shown
    truth = [Segment(s.text, s.start, s.end) for s in w.model.document.segments]
    table = w.table_model
    assert table.setData(table.index(1, 1), f"{truth[1].start + 0.4:.3f}")
    before = list(w.model.document.segments)
    w.waveforms.detail.set_range((truth[1].start + 0.6, truth[1].end - 0.5))  # drawn inside it
    with qtbot.waitSignal(w.aligning.finished, timeout=240_000) as blocker:
        w.a["realign_range"].trigger()
        assert w.aligning.running, w.statusBar().currentMessage()
    assert blocker.args[0] == "done", dialogs.boxes
    segs = w.model.document.segments
    assert segs[0] == before[0] and segs[2] == before[2]  # outside the range: untouched
    assert abs(segs[1].start - truth[1].start) < 0.15, (segs[1], truth[1])
    assert abs(segs[1].end - truth[1].end) < 0.3
    assert w.model.undo_stack.undoText() == "Re-align selection"
    w.a["undo"].trigger()
    assert w.model.document.segments == before

    # a range over nothing but a pause says so and starts nothing
    w.waveforms.detail.set_range((truth[0].end + 0.1, truth[1].start - 0.1))
    w.a["realign_range"].trigger()
    assert not w.aligning.running
    assert "no unlocked segment" in w.statusBar().currentMessage()


def test_hundreds_of_segments_in_view_are_still_drawn(qtbot, window, spoken):
    """Zoomed out over a long talk the segments are drawn as one strip: same tints, where they are."""
    from ui.session import Session

    audio, peaks = spoken[:2]
    n = 400
    step = audio.duration / n
    doc = Document([Segment(f"s{k}", k * step, k * step + step / 2) for k in range(n)],
                   audio_duration=audio.duration)
    window.show_session(Session(doc, audio, peaks))
    window.waveforms.fit_all()
    detail, vp = window.waveforms.detail, window.waveforms.viewport
    assert len(detail.visible_rows()) > detail.width() / 6  # the strip is used
    detail.set_amplitude(0.25)  # keep the wave itself away from the pixels looked at
    pixels, scale = band_image(detail, (detail.height() - 30, 20))  # low in the view: body tint only
    row = pixels[len(pixels) // 2]
    inside = row[int(vp.time_to_x(200 * step + step / 4) * scale)]
    gap = row[int(vp.time_to_x(200 * step + 3 * step / 4) * scale)]
    blue = lambda px: (int(px) & 255) - ((int(px) >> 16) & 255)  # noqa: E731 - segments are tinted blue
    assert blue(inside) > blue(gap) + 3, (hex(inside), hex(gap))
