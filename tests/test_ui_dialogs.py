"""Export, settings, shortcuts and undo history, through the window's own dialogs and controllers."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from aligner.document import Document, Segment, Word

pytestmark = pytest.mark.gui


@pytest.fixture
def timed(window, tmp_path):
    """A small timed talk (no audio needed for text exports)."""
    from ui.session import Session

    src = tmp_path / "talk.txt"
    src.write_text("Hello there.\nGeneral remarks follow.\n", encoding="utf-8")
    doc = Document([Segment("Hello there.", 0.5, 1.5, speaker="Ann",
                            words=(Word("Hello", 0.5, 0.9), Word("there.", 1.0, 1.5))),
                    Segment("General remarks follow.", 2.0, 3.5)],
                   audio_duration=10.0, source_path=str(src))
    window.show_session(Session(doc, None, None))
    return window


def test_export_writes_subtitles_with_the_chosen_options(timed, tmp_path):
    from ui.dialogs.export_dialog import ExportRequest, build_options

    out = tmp_path / "out.srt"
    done = []
    timed.exporting.exported.connect(done.append)
    assert timed.exporting.run(ExportRequest("srt", str(out), build_options(include_speakers=False), None))
    text = out.read_text(encoding="utf-8")
    assert "00:00:00,500 --> 00:00:01,500" in text and "Hello there." in text and "Ann" not in text
    assert done == ["done"]


def test_export_dialog_offers_every_core_format_and_builds_a_request(timed, tmp_path):
    from aligner.formats import export_formats
    from ui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(timed.model.document, timed.prefs, [], timed)
    keys = [dlg.format_combo.itemData(i) for i in range(dlg.format_combo.count())]
    assert set(f.key for f in export_formats()) <= set(keys)
    dlg.format_combo.setCurrentIndex(keys.index("vtt"))
    assert dlg.path_edit.text().endswith(".vtt")
    dlg.path_edit.setText(str(tmp_path / "x.vtt"))
    dlg.max_chars.setValue(30)
    req = dlg.request()
    assert req.format == "vtt" and req.options.max_chars_per_line == 30 and req.clips is None
    dlg.remember()
    assert timed.prefs.max_chars_per_line == 30 and timed.prefs.last_export_format == "vtt"


def test_export_to_a_missing_folder_is_a_clear_dialog(timed, dialogs, tmp_path):
    from ui.dialogs.export_dialog import ExportRequest, build_options

    assert not timed.exporting.run(ExportRequest("srt", str(tmp_path / "nope" / "x.srt"), build_options(), None))
    box = dialogs.boxes[-1]
    assert box["name"] == "errorDialog" and "x.srt was not written" in box["text"]
    assert not box["details"]


def test_clips_export_in_the_background(qtbot, window, tmp_path):
    from aligner.audio import load_audio
    from aligner.audio.peaks import compute_peaks
    from synth import espeak_available, synthesize_talk
    from ui.dialogs.export_dialog import ClipRequest, ExportRequest, build_options
    from ui.session import Session

    if not espeak_available():
        pytest.skip("needs espeak-ng")
    wav = tmp_path / "clip.wav"
    truth = synthesize_talk(["One small sentence.", "And another one."], wav, pauses=[0.5])
    audio = load_audio(str(wav))
    doc = Document([Segment(t.text, t.start, t.end) for t in truth], audio_path=str(wav),
                   audio_duration=audio.duration)
    window.show_session(Session(doc, audio, compute_peaks(audio)))
    folder = tmp_path / "clips"
    with qtbot.waitSignal(window.exporting.exported, timeout=30_000) as blocker:
        window.exporting.run(ExportRequest(None, None, build_options(), ClipRequest(str(folder), "wav", 0.1, None)))
    assert blocker.args == ["done"]
    assert len(list(folder.glob("*.wav"))) == 2


def test_settings_dialog_persists_and_applies(window):
    from aligner.settings import load_settings
    from ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(window.prefs, window.registry, window)
    dlg.cps.setValue(21.0)
    dlg.language.setCurrentText("en")
    row = [dlg.keys_table.item(r, 0).data(0x0100) for r in range(dlg.keys_table.rowCount())].index("split")
    dlg.keys_table.item(row, 1).setText("Ctrl+K")
    assert dlg._validate() == ""
    dlg.apply()
    window.apply_prefs()
    stored = load_settings()
    assert stored.cps_limit == 21.0 and stored.language == "en" and stored.shortcuts == {"split": "Ctrl+K"}
    assert window.registry.keys("split") == ("Ctrl+K",)
    assert window.table_model.cps_limit == 21.0
    # a key used twice is refused with a message
    dlg.keys_table.item(row, 1).setText("Ctrl+Z")
    assert "used twice" in dlg._validate()


def test_shortcuts_window_lists_the_keys_that_work(window):
    from ui.dialogs.shortcuts import ShortcutsDialog

    dlg = ShortcutsDialog(window.registry, window)
    found = {}
    for i in range(dlg.tree.topLevelItemCount()):
        head = dlg.tree.topLevelItem(i)
        for k in range(head.childCount()):
            found[head.child(k).text(0)] = head.child(k).text(1)
    assert found["Play / pause"] == "Space"
    assert found["Next item to review"] == "F3"
    assert found["Split segment"] == "S, Ctrl+Return"
    dlg.filter.setText("nudge")
    visible = [dlg.tree.topLevelItem(i).text(0) for i in range(dlg.tree.topLevelItemCount())
               if not dlg.tree.topLevelItem(i).isHidden()]
    assert visible == ["Timing"]
    assert not window.registry.conflicts()


def test_undo_history_lists_every_edit(timed):
    from aligner import edits

    w = timed
    w.a["history"].trigger()
    assert w.history_dock.isVisible()
    w.model.edit(edits.edit_text, 0, "Hello again.")
    w.model.edit(edits.merge, 0)
    stack = w.model.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Edit text of #1", "Merge #1–#2"]
    w.history_view.setCurrentIndex(w.history_view.model().index(0, 0))  # back to "opened"
    QApplication.processEvents()
    assert [s.text for s in w.model.document.segments] == ["Hello there.", "General remarks follow."]


def test_save_and_reopen_a_project(qtbot, timed, dialogs, tmp_path):
    from aligner import edits

    w = timed
    w.model.edit(edits.edit_text, 1, "General remarks come next.")
    path = tmp_path / "talk.alignproj"
    dialogs.file_answers.append(str(path))
    assert w.files.save_as()
    assert not w.model.modified and path.exists()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "General remarks come next." in json.dumps(data)
    assert w.windowTitle().startswith("talk.alignproj")


def test_the_recovery_dialog_shows_its_whole_title_and_entry(window):
    """Under Openbox the recovery dialog read "Restore unsave… ork? — Aligner" and its one entry
    ("transcript.alignproj — 120 segments — autosaved …") needed a horizontal scrollbar: the title
    was measured without the " — Aligner" Qt adds and in the regular, not the title bar's bold type."""
    import time

    from PySide6.QtGui import QFont, QFontMetrics

    from ui.dialogs.recovery import RecoveryDialog
    from ui.dialogs.titles import TITLE_BAR_EXTRA

    class Entry:
        project_path, segments, saved_at = "/home/ann/talks/transcript.alignproj", 120, time.time()

    dlg = RecoveryDialog([Entry()], window)
    dlg.show()
    QApplication.processEvents()
    bold = QFont(dlg.font())
    bold.setBold(True)
    shown = "Restore unsaved work? \u2014 Aligner"
    assert dlg.width() >= QFontMetrics(bold).horizontalAdvance(shown) + TITLE_BAR_EXTRA
    assert dlg.list.viewport().width() >= dlg.list.sizeHintForColumn(0)
    assert not dlg.list.horizontalScrollBar().isVisible()
    dlg.close()
