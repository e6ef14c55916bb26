"""File -> Export as a subtitle timer uses it (issue 8, part A), driven through the window.

The export dialog is modal; here its ``exec`` is replaced by a function that
does what a person would do in it (type a file name, tick a box) and presses
Export, so the whole path -- action, dialog, checks, controller, file -- runs.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from aligner.document import LOW_CONFIDENCE, NOT_HEARD, Document, Segment

pytestmark = pytest.mark.gui


@pytest.fixture
def talk(window, tmp_path):
    from ui.session import Session

    src = tmp_path / "talk.txt"
    src.write_text("x\n", encoding="utf-8")
    doc = Document([Segment("Most adults need seven to nine hours of sleep.", 1.0, 4.0, confidence=0.9),
                    Segment("(The guest then summarised the findings of three recent studies.)", 4.1, 4.86,
                            flags=frozenset({NOT_HEARD}), confidence=0.0),
                    Segment("Does a nap make up for a short night?", 7.0, 9.0, confidence=0.9),
                    Segment("Partly.", 9.5, 10.5, confidence=0.9)],
                   audio_duration=20.0, source_path=str(src))
    window.show_session(Session(doc, None, None))
    return window


def export_with(qtbot, window, monkeypatch, fill):
    """Trigger File -> Export; ``fill(dialog)`` plays the person, then Export is pressed."""
    import ui.export_controller

    seen = {}

    def exec_(dlg):
        seen["dialog"] = dlg
        fill(dlg)
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(ui.export_controller.ExportDialog, "exec", exec_)
    window.a["export"].trigger()
    return seen["dialog"]


def type_path(qtbot, dlg, path):
    dlg.path_edit.clear()
    qtbot.keyClicks(dlg.path_edit, str(path))


def test_the_extension_typed_decides_the_format(qtbot, talk, monkeypatch, tmp_path):
    out = tmp_path / "talk.vtt"

    def fill(dlg):
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("srt"))
        type_path(qtbot, dlg, out)
        assert dlg.format_combo.currentData() == "vtt" and "WebVTT" in dlg.format_note.text()

    export_with(qtbot, talk, monkeypatch, fill)
    assert out.read_text(encoding="utf-8").startswith("WEBVTT")

    def unknown(dlg):
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("srt"))
        type_path(qtbot, dlg, tmp_path / "talk.subs")
        assert "does not know" in dlg.format_note.text() and dlg.format_combo.currentData() == "srt"

    export_with(qtbot, talk, monkeypatch, unknown)
    assert "-->" in (tmp_path / "talk.subs").read_text(encoding="utf-8")


def test_an_existing_file_is_replaced_only_after_asking(qtbot, talk, dialogs, monkeypatch, tmp_path):
    out = tmp_path / "talk.srt"
    out.write_text("keep me", encoding="utf-8")

    def fill(dlg):
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("srt"))
        type_path(qtbot, dlg, out)

    dialogs.answers["overwriteDialog"] = QMessageBox.Cancel
    dlg = export_with(qtbot, talk, monkeypatch, fill)
    assert dlg.result() == 0 and out.read_text(encoding="utf-8") == "keep me"
    assert dialogs.boxes[-1]["name"] == "overwriteDialog" and "talk.srt already exists" in dialogs.boxes[-1]["text"]
    dialogs.answers["overwriteDialog"] = QMessageBox.Ok
    export_with(qtbot, talk, monkeypatch, fill)
    assert "-->" in out.read_text(encoding="utf-8")


def test_each_talk_remembers_its_export_folder(qtbot, talk, monkeypatch, tmp_path):
    folder = tmp_path / "subtitles"
    folder.mkdir()
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, folder / "talk.srt"))
    seen = export_with(qtbot, talk, monkeypatch, lambda dlg: dlg.write_doc.setChecked(False)
                       or dlg.clips.setChecked(False))
    assert seen.path_edit.text().startswith(str(folder))
    assert talk.prefs.export_folder(talk.exporting.talk_key()) == str(folder)


def test_the_folder_is_remembered_across_saving_the_talk_as_a_project(qtbot, talk, monkeypatch, tmp_path):
    """In the session talk.srt went to out/ before the talk was saved as transcript.alignproj; after the
    save (and after reopening the project) the export dialog offered the transcript's folder again."""
    folder = tmp_path / "out"
    folder.mkdir()
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, folder / "talk.srt"))
    assert talk.files._save_to(str(tmp_path / "transcript.alignproj"))
    seen = export_with(qtbot, talk, monkeypatch, lambda dlg: dlg.write_doc.setChecked(False)
                       or dlg.clips.setChecked(False))
    assert seen.path_edit.text().startswith(str(folder))


def test_only_the_selected_segments_are_written(qtbot, talk, monkeypatch, tmp_path):
    out = tmp_path / "one.txt"
    talk.model.set_current(2)

    def fill(dlg):
        assert dlg.only_selected.text() == "Only the 1 selected segment" and dlg.only_selected.isEnabled()
        dlg.only_selected.setChecked(True)
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("txt"))
        type_path(qtbot, dlg, out)

    export_with(qtbot, talk, monkeypatch, fill)
    assert out.read_text(encoding="utf-8") == "Does a nap make up for a short night?\n"


def test_not_heard_text_stays_out_of_subtitles_unless_chosen(qtbot, talk, monkeypatch, tmp_path):
    out = tmp_path / "talk.srt"
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, out))
    assert "summarised" not in out.read_text(encoding="utf-8")

    def pause(dlg):
        assert dlg.not_heard.currentData() == "omit"  # the default
        dlg.not_heard.setCurrentIndex(dlg.not_heard.findData("pause"))
        type_path(qtbot, dlg, tmp_path / "paused.srt")

    export_with(qtbot, talk, monkeypatch, pause)
    text = (tmp_path / "paused.srt").read_text(encoding="utf-8")
    assert "summarised" in text and "00:00:04,080 --> 00:00:06,920" in text  # the whole pause, less the gaps


def test_the_export_check_warns_before_writing(qtbot, talk, dialogs, monkeypatch, tmp_path):
    doc = talk.model.document
    doc.segments[2] = doc.segments[2].with_flag(LOW_CONFIDENCE)
    doc.segments[3] = Segment("Partly, but only when the nap is short and early.", 9.5, 10.0)  # 100 cps
    talk.model.documentReset.emit()
    out = tmp_path / "talk.srt"
    dialogs.answers["exportCheckDialog"] = QMessageBox.Cancel
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, out))
    box = dialogs.boxes[-1]
    assert box["name"] == "exportCheckDialog" and not out.exists()
    assert "1 segment still to review: #3" in box["text"]
    assert "faster than 17 characters per second" in box["text"] and "#4" in box["text"]
    assert "nothing was written" in talk.statusBar().currentMessage()
    dialogs.answers["exportCheckDialog"] = QMessageBox.Ok
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, out))
    assert out.exists()


def test_the_export_check_counts_cues_and_names_their_segments(qtbot, talk, dialogs, monkeypatch, tmp_path):
    """On the ten-minute session the check said "155 faster than 17 characters per second: #1, #2, #3,
    #4, #5 and 105 more" -- 155 cues, but 110 segments listed: it says which is which."""
    doc = talk.model.document
    long = ("Most adults need seven to nine hours of sleep, and about one in ten of them sleeps less "
            "and feels fine, but that is rare.")
    doc.segments[0] = Segment(long, 1.0, 4.0, confidence=0.9)  # two cues, both over 40 cps
    talk.model.documentReset.emit()
    dialogs.answers["exportCheckDialog"] = QMessageBox.Cancel
    export_with(qtbot, talk, monkeypatch, lambda dlg: type_path(qtbot, dlg, tmp_path / "talk.srt"))
    # #1 is cut in two cues, both fast; #3 is one cue a little fast
    assert "3 faster than 17 characters per second in 2 segments (fastest 43, #1): #1, #3" \
        in dialogs.boxes[-1]["text"]


@pytest.mark.skipif(not __import__("synth").espeak_available(), reason="needs espeak-ng")
def test_the_message_after_subtitles_and_clips_names_both(qtbot, shown, tmp_path):
    """Exporting talk.srt with clips ended on "Wrote 119 clips to …": the line saying the subtitles were
    written was replaced before anyone could read it."""
    from ui.dialogs.export_dialog import ClipRequest, ExportRequest, build_options

    w = shown
    req = ExportRequest("srt", str(tmp_path / "talk.srt"), build_options(),
                        ClipRequest(str(tmp_path / "clips"), "wav", 0.1, None))
    with qtbot.waitSignal(w.exporting.exported, timeout=30_000) as blocker:
        assert w.exporting.run(req, check=False)
    assert blocker.args == ["done"]
    assert (tmp_path / "talk.srt").exists() and len(list((tmp_path / "clips").glob("*.wav"))) == 3
    assert w.statusBar().currentMessage() == f"Exported talk.srt; wrote 3 clips to {tmp_path / 'clips'}."


def test_the_demos_exports_are_offered_in_the_home_folder_not_in_the_program(qtbot, window, monkeypatch, tmp_path):
    """Walked under Xvfb: File -> Export on the demo offered resources/demo/transcript.aligned.txt, inside
    Aligner's own files (read-only when installed, the source tree in a checkout).  The home folder is
    offered instead, for the subtitles and the clips."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        window.a["open_demo"].trigger()
    offered = {}

    def look_and_write_nothing(dlg):
        offered["file"], offered["clips"] = dlg.path_edit.text(), dlg.clip_folder.text()
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("srt"))
        offered["srt"] = dlg.path_edit.text()
        dlg.write_doc.setChecked(False)
        dlg.clips.setChecked(False)

    export_with(qtbot, window, monkeypatch, look_and_write_nothing)
    demo = str(window.resources / "demo")
    for shown in offered.values():
        assert shown.startswith(str(home) + "/") and not shown.startswith(demo), shown
    assert offered["srt"].endswith(".srt")
    assert not [p.name for p in (window.resources / "demo").iterdir() if "aligned" in p.name]


def test_subtitles_leave_out_placeholder_speaker_names_but_keep_real_ones(qtbot, talk, monkeypatch, tmp_path):
    """Issue 8: generic "Speaker A:" prefixes are off by default in subtitle exports (the demo's speakers
    are "Speaker A" and "Speaker B"); a real name is shown at each change of speaker.  Through File -> Export
    with the dialog's defaults ("Include speaker names" on)."""
    from aligner import edits

    out = tmp_path / "talk.srt"
    for row, name in enumerate(["Speaker A", "Speaker A", "Speaker B", "Speaker B"]):
        talk.model.edit(edits.set_speaker, [row], name)

    def fill(dlg):
        assert dlg.speakers.isChecked()
        type_path(qtbot, dlg, out)

    export_with(qtbot, talk, monkeypatch, fill)
    text = out.read_text(encoding="utf-8")
    assert "Most adults need" in text and "Speaker" not in text
    talk.model.edit(edits.set_speaker, [2, 3], "Ann Lee")
    out.unlink()
    export_with(qtbot, talk, monkeypatch, fill)
    text = out.read_text(encoding="utf-8")
    assert "Ann Lee: Does a nap" in text and text.count("Ann Lee") == 1 and "Speaker" not in text
