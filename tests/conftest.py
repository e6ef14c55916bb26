"""Test set-up shared by every test: private settings/state folders, offscreen Qt, no blocking dialogs.

The settings, recovery files and caches of a test run go to a temporary folder
(aligner.settings reads these environment variables), so tests never read or
change the real user's files.  Window tests get fixtures that open Aligner's
main window offscreen and answer its dialogs instead of a person.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
_PRIVATE = tempfile.mkdtemp(prefix="aligner-tests-")
os.environ["ALIGNER_CONFIG_DIR"] = os.path.join(_PRIVATE, "config")
os.environ["ALIGNER_STATE_DIR"] = os.path.join(_PRIVATE, "state")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
#: The benchmark scripts (benchmarks/*.py: cases.py, run.py, the aside sets' generators) import each other by bare
#: name, as they do when run from their folder; the tests that check them import them the same way, from here.
BENCH = ROOT / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_PRIVATE, ignore_errors=True)


# ------------------------------------------------------------------------------ window fixtures
class DialogRecorder:
    """Stands in for the person in front of the window: records every modal message and answers it."""

    def __init__(self):
        self.boxes: list[dict] = []
        self.answers: dict[str, int] = {}  #: objectName of a message box -> the button to "click"
        self.recovery_choice = None
        self.file_answers: list = []  #: queued results for QFileDialog calls
        self.text_answers: list = []  #: queued results for QInputDialog.getText

    def present(self, box) -> int:
        from PySide6.QtWidgets import QMessageBox

        self.boxes.append({"name": box.objectName(), "title": box.windowTitle(), "text": box.text(),
                           "informative": box.informativeText(), "details": box.detailedText()})
        return self.answers.get(box.objectName(), QMessageBox.Ok)

    def titles(self) -> list[str]:
        return [b["title"] for b in self.boxes]


@pytest.fixture
def dialogs(monkeypatch):
    """Replace every modal dialog of the window with a recorder (tests must never block on one)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    import ui.app
    import ui.dialogs.messages

    rec = DialogRecorder()
    monkeypatch.setattr(ui.dialogs.messages, "present", rec.present)

    def present_dialog(dlg):
        if rec.recovery_choice is not None:
            dlg.choice = rec.recovery_choice
        return 0

    monkeypatch.setattr(ui.app, "present_dialog", present_dialog)

    def next_file(*_a, **_k):
        return (rec.file_answers.pop(0), "") if rec.file_answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(next_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(next_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (rec.file_answers.pop(0), "") if rec.file_answers else ([], "")))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (rec.text_answers.pop(0), True) if rec.text_answers
                                     else ("", False)))
    return rec


@pytest.fixture
def recovery_dir(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def window(qtbot, dialogs, recovery_dir):
    """Aligner's main window, offscreen, with fresh settings and its own recovery folder."""
    from aligner.project import RecoveryStore
    from ui import crash
    from ui.app import create_app, create_window
    from ui.preferences import Preferences

    create_app()
    w = create_window(Preferences(), RecoveryStore(str(recovery_dir)))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    yield w
    w.model.mark_saved()  # closing must not ask about unsaved test edits
    w.jobs.cancel_all()
    w.jobs.wait(30000)
    w.aligning.shutdown()
    w.player.close()
    crash.uninstall()


# ------------------------------------------------------------------------------ a synthesized talk in the window
@pytest.fixture(scope="module")
def talk_sentences():
    """The sentences of the module's talk; a test module overrides this fixture to speak its own."""
    from window_helpers import TALK_SENTENCES

    return TALK_SENTENCES


@pytest.fixture(scope="module")
def talk_pauses():
    """Seconds of pause between the sentences (one number, or one per gap); overridable per module."""
    return 1.0


@pytest.fixture(scope="module")
def spoken(tmp_path_factory, talk_sentences, talk_pauses):
    """The module's talk, synthesized once: (decoded audio, waveform peaks, true times per sentence)."""
    from synth import espeak_available, synthesize_talk

    from aligner.audio import load_audio
    from aligner.audio.peaks import compute_peaks

    if not espeak_available():
        pytest.skip("needs espeak-ng")
    path = tmp_path_factory.mktemp("talk") / "talk.wav"
    truth = synthesize_talk(talk_sentences, path, pauses=talk_pauses)
    audio = load_audio(str(path))
    return audio, compute_peaks(audio), truth


@pytest.fixture
def talk_segments(spoken):
    """The segments ``shown`` puts in the window: the true times, no words.  Modules override it
    (words, flags, speakers) to start from the state their tests need."""
    from aligner.document import Segment

    return [Segment(t.text, t.start, t.end) for t in spoken[2]]


@pytest.fixture
def talk_document(spoken, talk_segments):
    """The document ``shown`` opens; override it to give the talk more (a source file, ...)."""
    from aligner.document import Document

    audio = spoken[0]
    return Document(talk_segments, audio_path=audio.path, audio_duration=audio.duration)


@pytest.fixture
def shown(window, spoken, talk_document):
    """The window showing the module's talk, the whole of it in the waveform."""
    from PySide6.QtWidgets import QApplication

    from ui.session import Session

    audio, peaks, _ = spoken
    window.show_session(Session(talk_document, audio, peaks))
    window.waveforms.fit_all()
    QApplication.processEvents()
    return window
