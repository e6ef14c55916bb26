"""Correcting a talk in the window: drag, type, split, merge, nudge, insert, delete, find, undo/redo.

The talk is synthesized speech with its true segment times already in the
Document (no alignment needed), shown in the real window offscreen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from aligner.document import LOW_CONFIDENCE, NOT_HEARD, UnscriptedSpan
from synth import espeak_available
from window_helpers import TALK_SENTENCES as SENTENCES
from window_helpers import drag, seg

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

# ------------------------------------------------------------------ waveform
def test_drag_an_end_boundary_then_undo_and_redo(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    old = seg(w, 0)
    target = old.end + 0.4  # inside the pause after it
    drag(qtbot, detail, vp.time_to_x(old.end), vp.time_to_x(target))
    assert seg(w, 0).end == pytest.approx(target, abs=2 * vp.seconds_per_pixel)
    assert seg(w, 0).start == old.start
    assert w.model.undo_stack.count() == 1  # one drag, one undo step
    w.a["undo"].trigger()
    assert seg(w, 0) == old
    w.a["redo"].trigger()
    assert seg(w, 0).end == pytest.approx(target, abs=2 * vp.seconds_per_pixel)


def test_a_dragged_boundary_cannot_overlap_the_neighbour(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    nxt = seg(w, 1)
    drag(qtbot, detail, vp.time_to_x(seg(w, 0).end) - 1, vp.time_to_x(nxt.start + 1.5))
    assert seg(w, 0).end == pytest.approx(nxt.start)
    w.model.document.check()


def test_shift_snaps_a_dragged_start_to_where_the_sound_begins(qtbot, shown, spoken):
    w = shown
    truth = spoken[2]
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    vp.show_range(truth[1].start - 0.6, truth[1].start + 0.6)
    w.waveforms.refresh_view()
    # first move the start off the speech onset, without snapping
    drag(qtbot, detail, vp.time_to_x(seg(w, 1).start) + 1, vp.time_to_x(truth[1].start - 0.3))
    assert seg(w, 1).start == pytest.approx(truth[1].start - 0.3, abs=3 * vp.seconds_per_pixel)
    # then drag it near the onset with Shift: it lands on the onset
    drag(qtbot, detail, vp.time_to_x(seg(w, 1).start) + 1, vp.time_to_x(truth[1].start - 0.08), Qt.ShiftModifier)
    assert seg(w, 1).start == pytest.approx(truth[1].start, abs=0.03)


def test_click_selects_and_moves_the_playhead_wheel_zooms_at_the_cursor(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    s2 = seg(w, 2)
    t = (s2.start + s2.end) / 2
    qtbot.mouseClick(detail, Qt.LeftButton, Qt.NoModifier, QPoint(int(vp.time_to_x(t)), detail.height() // 2))
    assert w.model.current == 2
    assert w.player.playhead == pytest.approx(t, abs=2 * vp.seconds_per_pixel)
    x = 300.0
    anchor, span = vp.x_to_time(x), vp.span
    event = QWheelEvent(QPointF(x, 60), detail.mapToGlobal(QPointF(x, 60)), QPoint(), QPoint(0, 240),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(detail, event)
    assert vp.span < span
    assert vp.x_to_time(x) == pytest.approx(anchor, abs=vp.seconds_per_pixel)
    assert w.waveforms.scrollbar.value() == int(vp.start * 1000)


# ------------------------------------------------------------------ table
def test_type_text_in_place_then_undo_and_redo(qtbot, shown):
    w = shown
    table = w.table
    idx = w.table_model.index(0, 5)
    table.setCurrentIndex(idx)
    table.edit(idx)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "The very first sentence.")
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: seg(w, 0).text == "The very first sentence.", timeout=2000)
    w.a["undo"].trigger()
    assert seg(w, 0).text == SENTENCES[0]
    w.a["redo"].trigger()
    assert seg(w, 0).text == "The very first sentence."


def test_split_at_the_text_cursor_then_undo_and_redo(qtbot, shown):
    w = shown
    table = w.table
    idx = w.table_model.index(1, 5)
    table.setCurrentIndex(idx)
    table.edit(idx)
    editor = QApplication.focusWidget()
    cut = SENTENCES[1].index("with")
    editor.setCursorPosition(cut)
    assert table.state() == QAbstractItemView.EditingState
    w.a["split"].trigger()
    doc = w.model.document
    assert [s.text for s in doc.segments[1:3]] == ["Then a second one follows", "with a few more words in it."]
    assert doc.segments[1].end == doc.segments[2].start
    w.a["undo"].trigger()
    assert [s.text for s in doc.segments] == SENTENCES
    w.a["redo"].trigger()
    assert len(doc.segments) == 4
    doc.check()


def test_split_at_the_playhead_and_merge_back(qtbot, shown):
    w = shown
    doc = w.model.document
    s1 = seg(w, 1)
    w.model.set_current(1)
    w.player.seek(s1.start + 0.5 * (s1.end - s1.start))
    w.a["split"].trigger()
    assert len(doc.segments) == 4
    assert doc.segments[1].end == pytest.approx(s1.start + 0.5 * (s1.end - s1.start))
    w.model.set_current(1)
    w.a["merge"].trigger()
    assert len(doc.segments) == 3 and doc.segments[1].text == SENTENCES[1]
    w.a["undo"].trigger()
    assert len(doc.segments) == 4
    w.a["undo"].trigger()
    assert doc.segments[1] == s1
    w.a["redo"].trigger()
    w.a["redo"].trigger()
    assert len(doc.segments) == 3 and doc.segments[1].text == SENTENCES[1]


def test_merging_rows_with_a_gap_between_them_is_refused(qtbot, shown):
    w = shown
    before = list(w.model.document.segments)
    w.model.set_selection([0, 2])
    assert not w.editing.merge()
    assert w.model.document.segments == before and w.model.undo_stack.count() == 0
    assert "neighbouring segments" in w.statusBar().currentMessage()
    w.model.set_selection([1, 2])
    assert w.editing.merge() and len(w.model.document.segments) == len(before) - 1


def test_split_without_playhead_or_cursor_cuts_near_the_middle_when_there_are_no_word_times(qtbot, shown):
    w = shown
    w.model.set_current(1)
    w.player.seek(seg(w, 2).start + 0.1)  # the playhead is in another segment
    assert w.editing.split()
    assert [s.text for s in w.model.document.segments[1:3]] == ["Then a second one follows", "with a few more words in it."]


def test_typing_a_time_retimes_and_a_bad_time_is_refused(qtbot, shown):
    w = shown
    model = w.table_model
    assert model.setData(model.index(2, 2), "0:" + f"{seg(w, 2).end - 0.25:06.3f}")
    assert seg(w, 2).end == pytest.approx(seg(w, 2).end)
    before = seg(w, 2)
    assert not model.setData(model.index(2, 1), "soon")
    assert "is not a time" in w.statusBar().currentMessage()
    assert not model.setData(model.index(2, 1), "0:00.100")  # would overlap segment 1
    assert seg(w, 2) == before


def test_nudges_of_one_boundary_merge_into_one_undo_step(qtbot, shown):
    w = shown
    w.model.set_current(0, boundary="end")
    end = seg(w, 0).end
    for _ in range(3):
        w.a["nudge_right"].trigger()
    w.a["nudge_right_big"].trigger()
    assert seg(w, 0).end == pytest.approx(end + 0.13)
    assert w.model.undo_stack.count() == 1
    w.a["undo"].trigger()
    assert seg(w, 0).end == pytest.approx(end)


def test_set_start_to_playhead(qtbot, shown):
    w = shown
    w.model.set_current(2)
    t = seg(w, 2).start - 0.3
    w.player.seek(t)
    w.a["start_to_playhead"].trigger()
    assert seg(w, 2).start == pytest.approx(t)


def test_insert_and_delete_segments(qtbot, shown, dialogs):
    w = shown
    doc = w.model.document
    gap = (seg(w, 0).end + seg(w, 1).start) / 2
    w.player.seek(gap - 0.2)
    dialogs.text_answers.append("An aside.")
    w.a["insert"].trigger()
    assert doc.segments[1].text == "An aside." and doc.segments[1].start == pytest.approx(gap - 0.2)
    assert w.model.current == 1
    w.model.set_selection([1, 2])
    w.a["delete"].trigger()
    assert [s.text for s in doc.segments] == [SENTENCES[0], SENTENCES[2]]
    w.a["undo"].trigger()
    w.a["undo"].trigger()
    assert [s.text for s in doc.segments] == SENTENCES
    doc.check()


def test_lock_toggles(qtbot, shown):
    w = shown
    w.model.set_selection([0, 1])
    w.a["lock"].trigger()
    assert seg(w, 0).locked and seg(w, 1).locked
    w.a["lock"].trigger()
    assert not seg(w, 0).locked


def test_find_and_replace_is_one_undo_step(qtbot, shown):
    w = shown
    w.a["find"].trigger()
    dlg = w.find_dialog
    dlg.find_edit.setText("sentence")
    dlg.next_button.click()
    assert w.model.current == 0
    dlg.replace_edit.setText("line")
    dlg.replace_all_button.click()
    assert seg(w, 0).text == "The first line is short."
    assert "Replaced in 1 segment" in dlg.status.text()
    w.a["undo"].trigger()
    assert seg(w, 0).text == SENTENCES[0]
    dlg.close()


def test_review_jumps_between_flagged_items(qtbot, shown):
    w = shown
    doc = w.model.document
    doc.segments[1] = doc.segments[1].with_flag(LOW_CONFIDENCE)
    doc.segments[2] = doc.segments[2].with_flag(NOT_HEARD)
    doc.unscripted = [UnscriptedSpan(doc.segments[2].end + 0.1, doc.segments[2].end + 0.3, "thanks")]
    w.model.documentReset.emit()
    w.model.set_current(0)
    w.a["next_review"].trigger()
    assert w.model.current == 1 and "low confidence" in w.statusBar().currentMessage()
    w.a["next_review"].trigger()
    assert w.model.current == 2 and "not found in the audio" in w.statusBar().currentMessage()
    w.a["next_review"].trigger()
    assert "not in the transcript" in w.statusBar().currentMessage()
    assert w.unscripted_panel.current() == 0
    w.a["insert_unscripted"].trigger()
    assert doc.segments[3].text == "thanks" and doc.unscripted == []
    assert w.review_label.text() == "2 to review"


def test_table_refreshes_only_the_rows_an_edit_touched(qtbot, shown):
    from aligner import edits

    w = shown
    changed, resets = [], []
    w.table_model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    w.table_model.modelReset.connect(lambda: resets.append(1))
    w.model.edit(edits.edit_text, 1, "Then a second one follows.")
    assert changed == [(1, 1)] and not resets
    w.model.edit(edits.split, 1, word=2)
    assert resets == [1]


def test_loop_and_range_playback_logic(qtbot, shown):
    """Range ends and loops are decided from positions (no sound device needed)."""
    p = shown.player
    p.range_start, p.range_end, p.loop = 1.0, 2.0, True
    p.on_position(2.05)
    assert p.playhead == 1.0 and p.range_end == 2.0
    p.loop = False
    p.on_position(2.01)
    assert p.playhead == 2.0 and p.range_end is None
    p.set_rate(3.0)
    assert p.rate == 2.0
    p.slower()
    assert p.rate == 1.75
    assert shown.speed_label.text() == "1.75×"


def test_the_view_follows_the_playhead_while_playing(qtbot, shown):
    w = shown
    panel, vp = w.waveforms, w.waveforms.viewport
    vp.span = 2.0
    vp.scroll_to(0.0)
    panel.set_playhead(1.0, playing=True)
    assert vp.start == 0.0  # still in view: no jump
    panel.set_playhead(2.5, playing=True)
    assert vp.start <= 2.5 <= vp.end and vp.start > 1.0  # paged along
    panel.set_playhead(6.0, playing=False)
    assert not vp.contains(6.0, 6.0)  # a seek while stopped does not drag the view


def test_the_speed_reads_the_same_at_start_and_after_coming_back_to_it(qtbot, shown):
    """The status bar said "1.0×" when the window opened and "1×" once a talk was opened or the
    speed went up and down again: one format for every path."""
    w = shown
    first = w.speed_label.text()
    w.a["faster"].trigger()
    assert w.speed_label.text() == "1.1×"
    w.a["slower"].trigger()
    assert w.speed_label.text() == first == "1.0×"
    w.player.set_rate(0.5)
    assert w.speed_label.text() == "0.5×"


def test_a_long_unscripted_span_wraps_in_its_panel_instead_of_hiding_behind_a_scrollbar(qtbot, shown):
    """The walk (benchmarks/gui_walk.py) saw the panel cut a heard sentence off behind a horizontal scrollbar."""
    w = shown
    doc = w.model.document
    words = "It was built more than two hundred years ago by local fishermen from the northern villages"
    doc.unscripted = [UnscriptedSpan(doc.segments[2].end + 0.1, doc.segments[2].end + 3.0, words)]
    w.model.documentReset.emit()
    w.unscripted_dock.show()
    w.unscripted_dock.setFloating(True)
    w.unscripted_dock.resize(260, 300)
    qtbot.waitUntil(lambda: w.unscripted_panel.list.count() == 1)
    QApplication.processEvents()
    lst = w.unscripted_panel.list
    assert lst.horizontalScrollBar().maximum() == 0
    rect = lst.visualItemRect(lst.item(0))
    assert rect.width() <= lst.viewport().width() and rect.height() > 2 * lst.fontMetrics().height()
    assert lst.item(0).toolTip() == words
