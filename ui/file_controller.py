"""Opening, saving, exporting and closing: everything that moves a talk in or out of the window.

Opening runs off the UI thread (decoding an hour of audio takes seconds); the
window shows the new session only when it is complete.  Every failure becomes a
dialog that says what happened and what to do.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from aligner.errors import AlignerError

from . import session as sessions
from .dialogs import messages
from .workers import Job

if TYPE_CHECKING:
    from .main_window import MainWindow

AUDIO_FILTER = "Audio or video (" + " ".join("*" + e for e in sorted(sessions.AUDIO_EXTENSIONS)) + ")"
PROJECT_FILTER = "Aligner project (*.alignproj)"


def transcript_filter() -> str:
    try:
        from aligner.formats import import_formats
        exts = sorted({e if e.startswith(".") else "." + e for f in import_formats() for e in f.extensions})
    except (ImportError, AttributeError):
        exts = [".txt", ".srt", ".vtt", ".json"]
    return "Transcript (" + " ".join("*" + e for e in exts) + ")"


class FileController(QObject):
    #: A talk was opened and is on screen.
    sessionOpened = Signal()

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.open_job: Optional[Job] = None

    # ------------------------------------------------------------------ open
    def open_dialog(self) -> None:
        if not self.maybe_save("opening another talk"):
            return
        start = self.window.prefs.last_folder or os.path.expanduser("~")
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Open audio and transcript", start,
            ";;".join(["Audio and transcript (*)", AUDIO_FILTER, transcript_filter(), PROJECT_FILTER]))
        if paths:
            self.open_paths(paths, asked=True)

    def open_project_dialog(self) -> None:
        if not self.maybe_save("opening a project"):
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open a project",
                                              self.window.prefs.last_folder or os.path.expanduser("~"),
                                              PROJECT_FILTER)
        if path:
            self.open_project(path)

    def open_paths(self, paths: list[str], asked: bool = False) -> bool:
        """Open what ``paths`` name (a drop, the command line, recent files); ask for a missing half."""
        if not asked and not self.maybe_save("opening " + " and ".join(os.path.basename(p) for p in paths)):
            return False
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            messages.show_error(self.window, "File not found", f"There is no file {missing[0]}.",
                                informative="It may have been moved or deleted. Choose the file again.")
            return False
        req = sessions.classify_paths(paths)
        if req.project:
            return self.open_project(req.project)
        folder = os.path.dirname(os.path.abspath(paths[0])) if paths else ""
        if req.audio is None and req.transcript is not None:
            req.audio, _ = QFileDialog.getOpenFileName(self.window, "Choose the talk's audio", folder,
                                                       AUDIO_FILTER + ";;All files (*)")
        elif req.transcript is None and req.audio is not None:
            req.transcript, _ = QFileDialog.getOpenFileName(self.window, "Choose the talk's transcript",
                                                            folder, transcript_filter() + ";;All files (*)")
        if not req.audio or not req.transcript:
            self.window.say("Opening a talk needs both its audio and its transcript.")
            return False
        return self.open_talk(req.audio, req.transcript)

    def open_talk(self, audio_path: str, transcript_path: str) -> bool:
        name = os.path.basename(transcript_path)
        # A failure names both files: "Could not open talk.txt" over a damaged recording sent the person
        # to look at the transcript, which was fine.
        return self._start_open(f"Opening {name}",
                                lambda progress, cancel, preview: sessions.open_talk(
                                    audio_path, transcript_path, progress, cancel, preview),
                                [audio_path, transcript_path],
                                failure=f"Could not open {os.path.basename(audio_path)} with {name}.")

    def open_project(self, path: str) -> bool:
        return self._start_open(f"Opening {os.path.basename(path)}",
                                lambda progress, cancel, preview: sessions.open_project(path, progress, cancel,
                                                                                        preview), [path])

    def open_demo(self) -> bool:
        audio, transcript = sessions.find_demo(self.window.resources)
        if not audio or not transcript:
            messages.show_error(self.window, "Demo not found",
                                "The demo talk is not installed with this copy of Aligner.",
                                informative=f"It should be in {self.window.resources / 'demo'}.")
            return False
        if not self.maybe_save("opening the demo talk"):
            return False
        return self.open_talk(audio, transcript)

    def restore(self, document, project_path, ui_state) -> bool:
        return self._start_open("Restoring unsaved work",
                                lambda progress, cancel, preview: sessions.restore_recovery(
                                    document, project_path, ui_state, progress, cancel),
                                None, modified=True)

    def _start_open(self, title: str, fn, recent: Optional[list[str]], modified: bool = False,
                    failure: Optional[str] = None) -> bool:
        """Open in the background; ``failure`` leads the error message (default: the title, "Could not open …")."""
        if self.open_job is not None:
            self.open_job.cancel()
        if self.window.aligning.running:
            self.window.say("Wait for the alignment to finish (or cancel it) before opening another talk.")
            return False
        job = Job(title, lambda progress, cancel: fn(progress, cancel, job.emit_partial))
        job.preview_shown = False
        job.signals.partial.connect(lambda s: self._preview(job, s, modified))
        job.signals.succeeded.connect(lambda s: self._opened(job, s, recent, modified))
        failure = failure or f"{title.replace('Opening', 'Could not open')}."
        job.signals.failed.connect(lambda e, tb: self._open_failed(job, e, tb, failure))
        job.signals.cancelled.connect(lambda: self.window.say("Opening cancelled."))
        job.signals.finished.connect(lambda: self._open_finished(job))
        self.open_job = job
        self.window.start_job(job)
        return True

    def _preview(self, job: Job, session: sessions.Session, modified: bool) -> None:
        """The transcript and a sketch of the waveform, while the audio still decodes."""
        if job is not self.open_job:
            return
        self.window.autosaver.discard()
        self.window.show_session(session, modified=modified)
        job.preview_shown = True

    def _opened(self, job: Job, session: sessions.Session, recent: Optional[list[str]], modified: bool) -> None:
        if job is not self.open_job:
            return
        if job.preview_shown:
            self.window.audio_ready(session)
        else:
            self.window.autosaver.discard()
            self.window.show_session(session, modified=modified)
        if recent:
            self.window.prefs.add_recent(recent)
            self.window.prefs.last_folder = os.path.dirname(os.path.abspath(recent[0]))
            self.window.prefs.save()
            self.window.refresh_recent()
        self.sessionOpened.emit()
        if session.warnings:  # opened, but something in the files deserves the user's attention
            messages.show_warning(self.window, "Opened with warnings", "\n\n".join(session.warnings))

    def _open_failed(self, job: Job, exc: BaseException, details: str, failure: str) -> None:
        if job.preview_shown:  # the talk is on screen but its audio is not usable: go back to the start page
            self.window.close_session()
        messages.show_exception(self.window, exc, details, context=failure)

    def _open_finished(self, job: Job) -> None:
        if job is self.open_job:
            self.open_job = None

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        if self.model.project_path is None:
            return self.save_as()
        return self._save_to(self.model.project_path)

    def save_as(self) -> bool:
        if not self.model.document.segments:
            self.window.say("There is nothing to save yet.")
            return False
        doc = self.model.document
        base = os.path.splitext(doc.source_path or doc.audio_path or "talk")[0] + ".alignproj"
        path, _ = QFileDialog.getSaveFileName(self.window, "Save project", self.model.project_path or base,
                                              PROJECT_FILTER)
        if not path:
            return False
        if not path.endswith(sessions.PROJECT_EXTENSION):
            path += sessions.PROJECT_EXTENSION
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        from aligner.project import save_project

        try:
            save_project(self.model.document, path, ui_state=self.window.ui_state())
        except (AlignerError, OSError) as e:
            messages.show_exception(self.window, e, context="The project was not saved.")
            return False
        self.model.project_path = os.path.abspath(path)
        self.model.mark_saved()
        self.window.autosaver.discard()
        self.window.prefs.add_recent([self.model.project_path])
        self.window.prefs.save()
        self.window.refresh_recent()
        self.window.update_title()
        self.window.say(f"Saved {os.path.basename(path)}.")
        return True

    def maybe_save(self, action: str = "closing Aligner") -> bool:
        """Before the talk goes away for ``action`` ("opening the demo talk"): True when it may go.

        It may when it is unchanged, or once the person saved or discarded it.
        """
        if not self.model.modified:
            return True
        name = os.path.basename(self.model.project_path or self.model.document.source_path or "this talk")
        answer = messages.ask_save_changes(self.window, name, action)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.window.autosaver.discard()
            return True
        return False
