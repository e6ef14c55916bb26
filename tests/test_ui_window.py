"""The window end to end, offscreen: open a synthesized talk, align it, correct it, undo, export, recover.

Real speech (espeak-ng) and the real engine with the bundled tiny.en; the
window's modal dialogs are answered by the ``dialogs`` fixture (conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from aligner.document import LOCKED
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.gui, pytest.mark.slow,
              pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng to make test speech")]

SENTENCES = [
    "Good morning and thank you all for coming to this short talk.",
    "Today I want to explain how rivers carve their valleys.",
    "Water moves sand and stones along the bottom of the river.",
    "Over thousands of years this slowly cuts into the rock.",
    "That is why old rivers sit in deep and wide valleys.",
    "Thank you for listening, and enjoy the rest of your day.",
]
TIMEOUT = 240_000  # ms: the first alignment starts the engine process and loads the model


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("talk")
    audio = folder / "rivers.wav"
    truth = synthesize_talk(SENTENCES, audio, pauses=[0.8, 0.6, 0.9, 0.7, 0.8])
    transcript = folder / "rivers.txt"
    transcript.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    return str(audio), str(transcript), truth


def open_talk(qtbot, window, audio, transcript):
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([audio, transcript])
    assert window.stack.currentWidget() is window.splitter


def align(qtbot, window, action="align"):
    with qtbot.waitSignal(window.aligning.finished, timeout=TIMEOUT) as blocker:
        window.a[action].trigger()
        assert window.aligning.running, window.statusBar().currentMessage()
    return blocker.args[0]


def test_open_align_lock_realign_cancel(qtbot, window, dialogs, talk):
    audio, transcript, truth = talk
    open_talk(qtbot, window, audio, transcript)
    doc = window.model.document
    assert [s.text for s in doc.segments] == SENTENCES
    assert window.model.peaks is not None and window.waveforms.viewport.duration > 10
    assert window.table_model.rowCount() == len(SENTENCES)

    assert align(qtbot, window) == "done", dialogs.boxes
    assert doc.aligned
    for seg, t in zip(doc.segments, truth):
        assert abs(seg.start - t.start) < 0.5 and abs(seg.end - t.end) < 0.5, (seg, t)
    assert window.model.undo_stack.undoText() == "Align"

    # Cancel leaves the document as it was.
    before = list(doc.segments)
    with qtbot.waitSignal(window.aligning.finished, timeout=TIMEOUT) as blocker:
        window.a["align"].trigger()
        assert window.model.busy  # read-only while aligning
        window.a["cancel"].trigger()
    assert blocker.args[0] == "cancelled"
    assert doc.segments == before and not window.model.busy

    # Move segment 3 somewhere odd by typing, lock it, re-align: it keeps those times.
    table = window.table_model
    row = 2
    start = doc.segments[row].start + 0.2
    assert table.setData(table.index(row, 1), f"{start:.3f}")
    window.model.set_current(row)
    window.a["lock"].trigger()
    locked = doc.segments[row]
    assert locked.has(LOCKED) and locked.start == pytest.approx(start)
    assert align(qtbot, window) == "done"
    assert doc.segments[row].start == pytest.approx(locked.start)
    assert doc.segments[row].end == pytest.approx(locked.end)

    # Re-align only the selected range.
    window.model.set_current(4)
    assert align(qtbot, window, "realign_selection") == "done"
    assert window.model.undo_stack.undoText() == "Re-align selection"
    assert doc.aligned
    assert not any(b["name"] == "errorDialog" for b in dialogs.boxes), dialogs.boxes


def test_drop_files_opens_them(qtbot, window, talk):
    audio, transcript, _ = talk
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(audio), QUrl.fromLocalFile(transcript)])
    event = QDropEvent(QPointF(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        window.dropEvent(event)
    assert len(window.model.document.segments) == len(SENTENCES)
    assert window.prefs.recent_files()[0] == [os.path.abspath(audio), os.path.abspath(transcript)]


def test_bad_audio_and_bad_transcript_explain_themselves(qtbot, window, dialogs, talk, tmp_path):
    _, transcript, _ = talk
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"this is not audio at all" * 100)
    with qtbot.waitSignal(window.jobs.jobFinished, timeout=30_000):
        window.files.open_paths([str(broken), transcript])
    box = dialogs.boxes[-1]
    assert box["name"] == "errorDialog" and box["title"] == "Cannot read the audio"
    assert "broken.mp3" in box["text"] and "Traceback" not in box["text"] + box["informative"]
    assert window.stack.currentWidget() is window.welcome  # nothing half-opened

    garbage = tmp_path / "talk.srt"
    garbage.write_bytes(bytes(range(256)) * 20)
    with qtbot.waitSignal(window.jobs.jobFinished, timeout=30_000):
        window.files.open_paths([talk[0], str(garbage)])
    assert dialogs.boxes[-1]["title"] == "Cannot read the transcript", dialogs.boxes[-1]


def test_unexpected_exception_becomes_a_dialog_with_details(qtbot, window, dialogs):
    import sys as _sys

    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        _sys.excepthook(*_sys.exc_info())
    qtbot.waitUntil(lambda: any(b["name"] == "errorDialog" for b in dialogs.boxes), timeout=5000)
    box = dialogs.boxes[-1]
    assert box["title"] == "Unexpected problem"
    assert "ZeroDivisionError" in box["details"] and "Traceback" in box["details"]
    assert "Traceback" not in box["text"]


def test_closing_with_unsaved_changes_asks(qtbot, window, dialogs, talk):
    from PySide6.QtWidgets import QMessageBox

    from aligner import edits

    open_talk(qtbot, window, talk[0], talk[1])
    assert window.model.edit(edits.edit_text, 0, "Good morning everybody.")
    dialogs.answers["saveChangesDialog"] = QMessageBox.Cancel
    assert not window.close()
    assert window.isVisible() and dialogs.boxes[-1]["name"] == "saveChangesDialog"
    dialogs.answers["saveChangesDialog"] = QMessageBox.Discard
    assert window.close()


CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from aligner import edits
    from aligner.document import Document, Segment
    from aligner.project import RecoveryStore
    from ui.app import create_app, create_window
    from ui.preferences import Preferences
    from ui.session import Session
    app = create_app()
    w = create_window(Preferences(), RecoveryStore({store!r}))
    doc = Document([Segment("First words.", 0.5, 1.5), Segment("Second words.", 2.0, 3.0)],
                   audio_path={audio!r}, audio_duration=5.0)
    w.show_session(Session(doc, None, None))
    w.model.edit(edits.edit_text, 1, "Second words, corrected before the crash.")
    assert w.autosaver.save_now()
    os._exit(3)  # crash: no clean close, the recovery file stays
""")


def test_autosave_survives_a_crash_and_is_offered_at_the_next_start(qtbot, window, dialogs, recovery_dir, talk):
    from ui.app import offer_recovery
    from ui.dialogs.recovery import RecoveryDialog

    root = str(Path(__file__).resolve().parent.parent)
    code = CRASHING_SESSION.format(root=root, store=str(recovery_dir), audio=talk[0])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert list(recovery_dir.glob("*.json"))

    dialogs.recovery_choice = RecoveryDialog.RESTORE
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert offer_recovery(window, window.autosaver.store)
    doc = window.model.document
    assert [s.text for s in doc.segments] == ["First words.", "Second words, corrected before the crash."]
    assert window.model.modified  # restored work is unsaved work
    assert window.model.audio is not None  # the audio it belonged to was reopened
    assert not list(recovery_dir.glob("*.json"))  # taken over; this session autosaves it anew


def test_autosave_timer_writes_only_unsaved_changes(qtbot, window, talk):
    from aligner import edits

    open_talk(qtbot, window, talk[0], talk[1])
    saver = window.autosaver
    assert not saver.save_now()  # nothing changed yet
    window.model.edit(edits.edit_text, 0, "Good morning, all.")
    saver.set_interval(1)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        pass
    files = list(Path(saver.store.directory).glob("*.json"))
    assert len(files) == 1
    window.model.undo_stack.undo()  # back to the opened state: nothing left to recover
    assert not list(Path(saver.store.directory).glob("*.json"))


def test_open_from_the_menu_asks_for_the_missing_half(qtbot, window, dialogs, talk):
    audio, transcript, _ = talk
    dialogs.file_answers += [[audio], transcript]  # picks only the audio, then the transcript when asked
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        window.a["open"].trigger()
    assert window.model.document.source_path.endswith("rivers.txt")
    assert window.model.document.audio_path == os.path.abspath(audio)


def test_the_demo_opens_from_the_menu_ready_to_align(qtbot, window):
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        window.a["open_demo"].trigger()
    assert window.model.audio is not None and window.model.document.segments
    assert window.a["align"].isEnabled()
