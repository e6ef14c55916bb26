"""Hostile input through the window: open, drop, export and clips (issue 12, "Also").

Every case: exactly one dialog that says what happened (no traceback in what
the user reads), and the talk on screen is exactly as it was -- same segments,
nothing to undo, not marked modified -- unless the files opened fine and only
deserve a warning.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from aligner.document import Document, Segment, Word
from aligner.project import save_project
from synth import write_wav

pytestmark = pytest.mark.gui


def tone(path: Path, seconds: float = 3.0) -> Path:
    t = np.arange(int(seconds * 16000)) / 16000
    write_wav(path, (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))
    return path


@pytest.fixture
def talk_on_screen(window, tmp_path):
    """A small aligned talk with real (tone) audio, opened in the window and unmodified."""
    from aligner.audio import load_audio
    from aligner.audio.peaks import compute_peaks
    from ui.session import Session

    wav = tone(tmp_path / "talk.wav")
    audio = load_audio(str(wav))
    doc = Document([Segment("Hello there.", 0.2, 1.0, confidence=0.9,
                            words=(Word("Hello", 0.2, 0.6, 0.9), Word("there.", 0.6, 1.0, 0.9))),
                    Segment("Goodbye now.", 1.4, 2.4, confidence=0.9)],
                   audio_path=str(wav), audio_duration=audio.duration, source_format="txt")
    window.show_session(Session(doc, audio, compute_peaks(audio)))
    return window


def snapshot(w):
    return (list(w.model.document.segments), w.model.undo_stack.count(), w.model.modified)


def user_text(box: dict) -> str:
    return box["title"] + "\n" + box["text"] + "\n" + box["informative"]


def hostile_files(d: Path) -> dict[str, list[str]]:
    """Name -> the paths to open, each pair hostile in its own way."""
    good_text = d / "good.txt"
    good_text.write_text("Hello there.\nGoodbye now.\n", encoding="utf-8")
    audio = tone(d / "a.wav")
    (d / "broken.mp3").write_bytes(b"this is not audio at all" * 100)
    (d / "binary.srt").write_bytes(bytes(range(256)) * 20)
    (d / "page.html").write_text("<!DOCTYPE html><html><head><style>p{color:red}</style></head>"
                                 "<body><script>go()</script></body></html>", encoding="utf-8")
    (d / "dots.txt").write_text("...\n!!! ???\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    doc = Document([Segment("Hello there.", 0.2, 1.0), Segment("Goodbye now.", 1.4, 2.4)],
                   audio_path=str(audio), audio_duration=3.0)
    for name, mutate in (("nan.alignproj", lambda s: s[0].__setitem__("hints", [{"offset": 0, "time": float("nan")}])),
                         ("conf.alignproj", lambda s: s[0].__setitem__("confidence", 7.5)),
                         ("dup.alignproj", lambda s: s[1].__setitem__("id", s[0]["id"])),
                         ("backwards.alignproj", lambda s: s[0].__setitem__("end", 0.1))):
        save_project(doc, str(d / name))
        data = json.loads((d / name).read_text(encoding="utf-8"))
        mutate(data["document"]["segments"])
        (d / name).write_text(json.dumps(data), encoding="utf-8")
    (d / "cut.alignproj").write_text('{"format": "aligner-project", "version": 1, "docu', encoding="utf-8")
    return {
        "bad-audio": [str(d / "broken.mp3"), str(good_text)],
        "binary-transcript": [str(audio), str(d / "binary.srt")],
        "empty-web-page": [str(audio), str(d / "page.html")],
        "punctuation-only": [str(audio), str(d / "dots.txt")],
        "empty-transcript": [str(audio), str(d / "empty.txt")],
        "project-nan-hint": [str(d / "nan.alignproj")],
        "project-confidence-7.5": [str(d / "conf.alignproj")],
        "project-duplicate-ids": [str(d / "dup.alignproj")],
        "project-end-before-start": [str(d / "backwards.alignproj")],
        "project-cut-short": [str(d / "cut.alignproj")],
    }


EXPECTED = {
    "bad-audio": ("Cannot read the audio", "broken.mp3"),
    "binary-transcript": ("Cannot read the transcript", "binary"),
    "empty-web-page": ("Cannot read the transcript", "web page"),
    "punctuation-only": ("Cannot read the transcript", "no words"),
    "empty-transcript": ("Cannot read the transcript", "empty"),
    "project-nan-hint": ("Cannot open the project", "damaged"),
    "project-confidence-7.5": ("Cannot open the project", "between 0 and 1"),
    "project-duplicate-ids": ("Cannot open the project", "share the id"),
    "project-end-before-start": ("Cannot open the project", "after end"),
    "project-cut-short": ("Cannot open the project", "damaged"),
}


@pytest.mark.parametrize("how", ["open", "drop"])
@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_opening_hostile_files_is_one_dialog_and_changes_nothing(qtbot, talk_on_screen, dialogs, tmp_path, case, how):
    w = talk_on_screen
    (tmp_path / "in").mkdir()
    paths = hostile_files(tmp_path / "in")[case]
    before = snapshot(w)
    with qtbot.waitSignal(w.jobs.jobFinished, timeout=30_000):
        if how == "open":
            w.files.open_paths(paths)
        else:
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
            w.dropEvent(QDropEvent(QPointF(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.processEvents()
    assert len(dialogs.boxes) == 1, dialogs.boxes
    box = dialogs.boxes[0]
    title, words = EXPECTED[case]
    assert box["name"] == "errorDialog" and box["title"] == title, box
    assert words.lower() in box["text"].lower(), box
    assert "Traceback" not in user_text(box) and not box["details"]
    assert snapshot(w) == before
    assert w.stack.currentWidget() is w.splitter  # the talk that was open is still there


@pytest.mark.parametrize("case, culprit", [("bad-audio", "broken.mp3"), ("binary-transcript", "binary.srt")])
def test_a_failed_open_names_both_files_first(qtbot, talk_on_screen, dialogs, tmp_path, case, culprit):
    """The message's first line names the file that failed (seen on the window walk: a damaged recording
    with a good transcript opened with "Could not open good.txt.", sending the person to the wrong file)."""
    w = talk_on_screen
    (tmp_path / "in").mkdir()
    paths = hostile_files(tmp_path / "in")[case]
    with qtbot.waitSignal(w.jobs.jobFinished, timeout=30_000):
        w.files.open_paths(paths)
    QApplication.processEvents()
    first = dialogs.boxes[0]["text"].split("\n")[0]
    assert culprit in first and all(os.path.basename(p) in first for p in paths), first


def test_damaged_but_readable_files_open_with_one_warning(qtbot, window, dialogs, tmp_path):
    """A WAV cut short and subtitles with unreadable times open, and say so once."""
    data = tone(tmp_path / "full.wav", 4.0).read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[:44 + (len(data) - 44) // 2])
    srt = tmp_path / "t.srt"
    srt.write_text("1\n00:00:00,100 --> 00:00:00,900\nHello there.\n\n2\n00:00:xx,000 --> 00:00:01,500\n"
                   "Goodbye now.\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.sessionOpened, timeout=30_000):
        window.files.open_paths([str(tmp_path / "cut.wav"), str(srt)])
    QApplication.processEvents()
    assert [s.text for s in window.model.document.segments] == ["Hello there.", "Goodbye now."]
    assert [b["name"] for b in dialogs.boxes] == ["warningDialog"]
    text = dialogs.boxes[0]["text"]
    assert "1 cue" in text and "could not be read" in text and "cut short" in text
    assert "import_warnings" not in window.model.document.metadata


# ------------------------------------------------------------------------------ export and clips

def _export(w, qtbot, req):
    done = []
    w.exporting.exported.connect(done.append)
    if req.clips is not None and req.path is None:
        with qtbot.waitSignal(w.exporting.exported, timeout=30_000):
            w.exporting.run(req)
    else:
        w.exporting.run(req)
    QApplication.processEvents()
    return done


EXPORT_CASES = ["read-only-folder", "missing-folder", "over-the-audio", "unknown-extension", "folder-as-file",
                "clips-into-a-file", "clips-into-read-only-folder", "clips-disk-full"]


@pytest.mark.parametrize("case", EXPORT_CASES)
def test_failing_exports_are_one_dialog_and_change_nothing(qtbot, talk_on_screen, dialogs, tmp_path, monkeypatch,
                                                           case):
    from ui.dialogs.export_dialog import ClipRequest, ExportRequest, build_options

    w = talk_on_screen
    audio = w.model.document.audio_path
    audio_bytes = Path(audio).read_bytes()
    (tmp_path / "a-file.txt").write_text("mine", encoding="utf-8")
    opts = build_options()
    req = {
        "read-only-folder": ExportRequest("srt", "/sys/out.srt", opts, None),
        "missing-folder": ExportRequest("srt", str(tmp_path / "no" / "out.srt"), opts, None),
        "over-the-audio": ExportRequest("txt", audio, opts, None),
        "unknown-extension": ExportRequest(None, str(tmp_path / "out.docx"), opts, None),
        "folder-as-file": ExportRequest("srt", str(tmp_path), opts, None),
        "clips-into-a-file": ExportRequest(None, None, opts, ClipRequest(str(tmp_path / "a-file.txt"), "wav", 0.1,
                                                                         None)),
        "clips-into-read-only-folder": ExportRequest(None, None, opts, ClipRequest("/sys/clips", "wav", 0.1, None)),
        "clips-disk-full": ExportRequest(None, None, opts, ClipRequest(str(tmp_path / "clips"), "wav", 0.1, None)),
    }[case]
    if case == "clips-disk-full":
        import aligner.audio.encode as encode

        def full(self, samples):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(encode.AudioWriter, "write", full)
    listing = sorted(os.listdir(tmp_path))
    before = snapshot(w)
    done = _export(w, qtbot, req)
    assert done == ["failed"]
    assert len(dialogs.boxes) == 1, dialogs.boxes
    box = dialogs.boxes[0]
    assert box["name"] == "errorDialog" and "Traceback" not in user_text(box) and not box["details"], box
    assert box["title"] not in ("Error", "Unexpected problem"), box
    assert any(w in box["text"] for w in ("was not written", "were not", "No clips were written")), box
    assert snapshot(w) == before
    assert Path(audio).read_bytes() == audio_bytes
    assert sorted(os.listdir(tmp_path)) == listing
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "mine"


def test_aligning_a_transcript_far_too_long_for_its_audio_is_one_dialog(qtbot, window, dialogs, tmp_path):
    """Item 4 in the window: refused before recognition, the talk as it was."""
    tone(tmp_path / "short.wav", 3.0)
    text = tmp_path / "long.txt"
    text.write_text("Rivers carry water from the hills down to the sea.\n" * 40, encoding="utf-8")
    with qtbot.waitSignal(window.files.sessionOpened, timeout=30_000):
        window.files.open_paths([str(tmp_path / "short.wav"), str(text)])
    QApplication.processEvents()
    before = snapshot(window)
    with qtbot.waitSignal(window.aligning.finished, timeout=60_000) as blocker:
        window.a["align"].trigger()
    QApplication.processEvents()
    assert blocker.args == ["failed"]
    assert len(dialogs.boxes) == 1 and dialogs.boxes[0]["name"] == "errorDialog", dialogs.boxes
    assert "far too long" in dialogs.boxes[0]["text"] and "Traceback" not in user_text(dialogs.boxes[0])
    assert snapshot(window) == before
