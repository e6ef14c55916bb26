"""What a professional subtitle timer expects of the window, driven through it as a person would.

Speakers offered and renamed, undo entries that name the segment, recent files
told apart, whole dialog titles and a save prompt that says why, Insert and S
that land where the timer means, a table that gives the text room on a small
screen, and clips that do not click.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QMessageBox

from aligner.audio import load_audio
from aligner.document import Document
from synth import espeak_available
from window_helpers import drag, with_words

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = ["Welcome back to the show.", "Today we talk about sleep and why we need it every night.",
             "Let us begin."]
SPEAKERS = ["Speaker A", "Mary", "Speaker A"]


@pytest.fixture(scope="module")
def talk_sentences():
    return SENTENCES


@pytest.fixture(scope="module")
def talk_pauses():
    return 1.2


@pytest.fixture
def talk_document(spoken, tmp_path):
    """Three speaker turns with evenly spread words (a pause after each) and a transcript file."""
    audio, _, truth = spoken
    src = tmp_path / "talk.txt"
    src.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    return Document([with_words(t.text, t.start, t.end, fill=0.8, speaker=who) for t, who in zip(truth, SPEAKERS)],
                    audio_path=audio.path, audio_duration=audio.duration, source_path=str(src))


def segs(w):
    return w.model.document.segments


# ------------------------------------------------------------------ speakers
def test_speaker_cell_offers_the_talks_speakers_and_picking_one_sets_it(qtbot, shown):
    from ui.segment_table import SPEAKER

    w = shown
    idx = w.table_model.index(2, SPEAKER)
    w.table.setCurrentIndex(idx)
    w.table.edit(idx)
    combo = w.table.viewport().findChild(QComboBox, "speakerEditor")
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Speaker A", "Mary"]
    assert combo.currentText() == "Speaker A"
    combo.setCurrentIndex(combo.findText("Mary"))  # the person picks "Mary" from the list
    combo.activated.emit(combo.findText("Mary"))
    QApplication.processEvents()
    assert segs(w)[2].speaker == "Mary"
    assert w.table.state() != QAbstractItemView.EditingState
    assert w.model.undo_stack.undoText() == "Set speaker of #3"
    assert combo.completer().caseSensitivity() == Qt.CaseInsensitive  # "ma" completes to "Mary"


def test_rename_a_speaker_everywhere_in_one_undo_step(qtbot, shown, dialogs):
    w = shown
    w.model.set_current(0)  # a segment of "Speaker A"
    dialogs.text_answers.append("Host")
    w.a["rename_speaker"].trigger()
    assert [s.speaker for s in segs(w)] == ["Host", "Mary", "Host"]
    assert w.model.undo_stack.count() == 1
    assert w.model.undo_stack.undoText() == "Rename speaker “Speaker A” to “Host” (2 segments)"
    assert w.table_model.index(2, 4).data() == "Host"
    w.a["undo"].trigger()
    assert [s.speaker for s in segs(w)] == SPEAKERS


# ------------------------------------------------------------------ undo history
def test_history_entries_name_the_segment(qtbot, shown):
    w = shown
    detail, vp = w.waveforms.detail, w.waveforms.viewport
    w.a["history"].trigger()
    end = segs(w)[0].end
    drag(qtbot, detail, vp.time_to_x(end), vp.time_to_x(end + 0.3))
    assert w.table_model.setData(w.table_model.index(2, 5), "Let us start.")
    w.model.set_current(1)
    w.player.seek((segs(w)[1].start + segs(w)[1].end) / 2)
    w.a["split"].trigger()
    stack = w.model.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Move end of #1", "Edit text of #3", "Split #2"]
    view_model = w.history_view.model()
    shown_rows = [view_model.index(r, 0).data() for r in range(view_model.rowCount())]
    assert shown_rows[1:] == ["Move end of #1", "Edit text of #3", "Split #2"]
    assert w.a["undo"].text() == "&Undo Split #2"


# ------------------------------------------------------------------ recent files, titles, save prompt
def test_recent_files_tell_two_audio_wav_apart(window, tmp_path):
    entries = []
    for year in ("2023", "2024"):
        folder = tmp_path / "talks" / year
        folder.mkdir(parents=True)
        (folder / "audio.wav").write_bytes(b"")
        (folder / "transcript.txt").write_text("x", encoding="utf-8")
        entries.append([str(folder / "audio.wav"), str(folder / "transcript.txt")])
        window.prefs.add_recent(entries[-1])
    window.refresh_recent()
    menu = [a.text() for a in window.recent_menu.actions()]
    assert menu == ["2024/audio.wav + 2024/transcript.txt", "2023/audio.wav + 2023/transcript.txt"]
    listed = [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]
    assert listed == menu
    assert window.recent_menu.actions()[0].toolTip() == "\n".join(os.path.abspath(p) for p in entries[1])


def test_the_save_prompt_names_the_project_and_the_action(qtbot, shown, dialogs):
    w = shown
    w.model.edit(__import__("aligner.edits", fromlist=["x"]).edit_text, 0, "Welcome back, everyone.")
    dialogs.answers["saveChangesDialog"] = QMessageBox.Cancel
    assert not w.files.open_demo()
    box = dialogs.boxes[-1]
    assert box["name"] == "saveChangesDialog"
    assert box["text"] == "Save changes to talk.txt before opening the demo talk?"
    assert box["title"] == "Unsaved changes to talk.txt"
    w.files.open_project_dialog()
    assert dialogs.boxes[-1]["text"] == "Save changes to talk.txt before opening a project?"
    assert w.model.modified  # cancelled: nothing was lost


def test_dialog_titles_are_not_cut_off(qtbot, window, monkeypatch):
    """Every message box and dialog of the window is at least as wide as its title needs."""
    import ui.dialogs.messages as messages
    from ui.dialogs.find_replace import FindReplaceDialog
    from ui.dialogs.recovery import RecoveryDialog
    from ui.dialogs.shortcuts import ShortcutsDialog
    from ui.dialogs.titles import title_width

    too_narrow = []

    def show_and_measure(box):
        box.show()
        QApplication.processEvents()
        if box.width() < title_width(box):
            too_narrow.append((box.windowTitle(), box.width(), title_width(box)))
        box.close()
        return QMessageBox.Cancel

    monkeypatch.setattr(messages, "present", show_and_measure)
    long_name = "the-annual-general-meeting-of-the-society-2024-final-cut.alignproj"
    messages.ask_save_changes(window, long_name, "opening the demo talk")
    messages.show_error(window, "Could not open the-annual-general-meeting-recording.m4a", "It is damaged.")
    messages.confirm(window, "Replace the existing file the-annual-general-meeting.srt?", "It exists.")
    messages.inform(window, "About Aligner", "Hi.")

    class Entry:
        label, segments = "talk", 3

    for dlg in (RecoveryDialog([Entry()], window), FindReplaceDialog(window.model, window),
                ShortcutsDialog(window.registry, window)):
        dlg.show()
        QApplication.processEvents()
        if dlg.width() < title_width(dlg):
            too_narrow.append((dlg.windowTitle(), dlg.width(), title_width(dlg)))
        dlg.close()
    assert too_narrow == []


# ------------------------------------------------------------------ insert and split
def test_insert_makes_a_timed_segment_after_the_selected_one_visible_and_selected(qtbot, shown, dialogs):
    w = shown
    first, second = segs(w)[0], segs(w)[1]
    w.model.set_current(0)
    w.player.seek(first.start + 0.3)  # the playhead is in speech: the pause after #1 takes the new segment
    w.waveforms.viewport.show_range(second.end + 0.5, second.end + 3)  # looking elsewhere
    w.waveforms.refresh_view()
    dialogs.text_answers.append("An aside.")
    w.a["insert"].trigger()
    new = segs(w)[1]
    assert new.text == "An aside." and new.timed
    assert new.start == pytest.approx(first.end) and new.end <= second.start
    assert w.model.current == 1 and w.model.selected_rows() == [1]
    assert w.table.currentIndex().row() == 1
    assert w.table.viewport().rect().intersects(w.table.visualRect(w.table_model.index(1, 5)))
    assert w.waveforms.viewport.contains(new.start, new.end)  # on screen at once
    assert w.model.undo_stack.undoText() == "Insert #2"
    # With the playhead in a pause, the segment goes there.
    w.player.seek(segs(w)[2].end + 0.2)
    dialogs.text_answers.append("Another aside.")
    w.a["insert"].trigger()
    assert segs(w)[3].text == "Another aside." and segs(w)[3].start == pytest.approx(segs(w)[2].end + 0.2)
    assert w.model.current == 3


def test_s_splits_at_the_playhead_then_the_cursor_then_the_longest_pause(qtbot, shown):
    w = shown
    doc = w.model.document
    # 1. the playhead inside the selected segment decides
    s = segs(w)[1]
    w.model.set_current(1)
    t = s.words[5].start + 0.01
    w.player.seek(t)
    w.a["split"].trigger()
    assert len(segs(w)) == 4 and segs(w)[1].end == pytest.approx(t)
    w.a["undo"].trigger()
    # 2. the playhead elsewhere, the text open for editing: the cursor decides
    w.player.seek(segs(w)[2].start + 0.2)
    idx = w.table_model.index(1, 5)
    w.table.setCurrentIndex(idx)
    w.table.edit(idx)
    editor = QApplication.focusWidget()
    editor.setCursorPosition(SENTENCES[1].index("why"))
    w.a["split"].trigger()
    assert [x.text for x in segs(w)[1:3]] == ["Today we talk about sleep and", "why we need it every night."]
    w.a["undo"].trigger()
    # 3. neither: the middle of the longest pause between its words
    words = list(segs(w)[1].words)
    k = 3  # make a long pause before "about"
    words[k - 1] = replace(words[k - 1], end=words[k - 1].start + 0.05)
    doc.segments[1] = replace(doc.segments[1], words=tuple(words))
    w.model.set_current(1)
    w.a["split"].trigger()
    assert segs(w)[1].text == "Today we talk" and segs(w)[2].text.startswith("about")
    assert segs(w)[1].end == pytest.approx((words[k - 1].end + words[k].start) / 2)
    assert w.model.undo_stack.undoText() == "Split #2"


# ------------------------------------------------------------------ a small screen
def test_at_1024x700_with_a_side_panel_the_text_keeps_most_of_the_table(qtbot, shown):
    from ui.segment_table import CONF, DURATION, SPEAKER, TEXT

    w = shown
    long_text = ("This sentence is far too long to fit on one line of the table at this size, so the table must "
                 "cut it and show all of it when the pointer rests on it.")
    assert w.table_model.setData(w.table_model.index(1, TEXT), long_text)
    w.resize(1024, 700)
    w.a["unscripted_panel"].setChecked(True)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: w.unscripted_dock.isVisible())
    QApplication.processEvents()
    table = w.table
    width = table.viewport().width()
    assert width < 800  # the panel took its share
    assert table.columnWidth(TEXT) >= 0.5 * width
    assert table.columnWidth(SPEAKER) <= 0.12 * width
    assert table.isColumnHidden(DURATION)
    tip = table.elided_tooltip(w.table_model.index(1, TEXT))
    assert tip is not None and tip.startswith(long_text)
    assert table.elided_tooltip(w.table_model.index(2, TEXT)) is None  # short text shows whole: no tooltip
    # The panel closed again, every column comes back.
    w.a["unscripted_panel"].setChecked(False)
    w.resize(1400, 900)
    QApplication.processEvents()
    assert not table.isColumnHidden(DURATION) and not table.isColumnHidden(CONF)
    assert table.columnWidth(TEXT) >= 0.5 * table.viewport().width()


# ------------------------------------------------------------------ clips
def test_clips_from_the_export_dialog_are_faded_and_normalised(qtbot, shown, tmp_path):
    from aligner.audio.shaping import loudness_dbfs
    from ui.dialogs.export_dialog import ExportDialog

    w = shown
    dlg = ExportDialog(w.model.document, w.prefs, [], w)
    assert dlg.clip_fade.isChecked() and not dlg.clip_normalize.isChecked()
    assert not dlg.clip_loudness.isEnabled()
    dlg.write_doc.setChecked(False)
    dlg.clips.setChecked(True)
    dlg.clip_folder.setText(str(tmp_path / "clips"))
    dlg.clip_normalize.setChecked(True)
    assert dlg.clip_loudness.isEnabled()
    dlg.clip_loudness.setValue(-30.0)
    req = dlg.request()
    assert req.clips.normalize == -30.0 and req.clips.fade == pytest.approx(0.010)
    with qtbot.waitSignal(w.exporting.exported, timeout=30_000) as blocker:
        w.exporting.run(req)
    assert blocker.args == ["done"]
    files = sorted((tmp_path / "clips").glob("*.wav"))
    assert len(files) == 3
    for f in files:
        x = load_audio(str(f)).samples
        assert loudness_dbfs(x, 16000) == pytest.approx(-30.0, abs=0.5)
        assert abs(int(x[0])) <= 2 and abs(int(x[-1])) <= 2  # faded to silence at both cuts


def test_a_column_the_person_widened_stays_wide_across_edits(qtbot, shown):
    from ui.segment_table import SPEAKER

    w = shown
    w.table.setColumnWidth(SPEAKER, 150)
    w.model.set_current(1)
    w.player.seek((segs(w)[1].start + segs(w)[1].end) / 2)
    w.a["split"].trigger()  # a structural edit re-reads every row
    QApplication.processEvents()
    assert w.table.columnWidth(SPEAKER) == 150
