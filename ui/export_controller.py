"""Carrying out an export: checked first, the transcript written at once, clips in the background.

Before a transcript is written, :func:`aligner.formats.checks.check_export`
looks at what will be written; segments still to review, subtitles read too
fast, overlaps or lines that are too long are listed and the person chooses
to export anyway or go back and fix them.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, Signal

from aligner.errors import AlignerError

from .dialogs import messages
from .dialogs.export_dialog import ExportDialog, ExportRequest
from .workers import Job

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExportController(QObject):
    #: "done", "cancelled" or "failed", after the transcript and any clips were written
    exported = Signal(str)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.clip_job: Optional[Job] = None

    def export_dialog(self) -> None:
        doc = self.model.document
        if not doc.segments:
            self.window.say("Open a talk first; there is nothing to export yet.")
            return
        dlg = ExportDialog(doc, self.window.prefs, self.model.selected_rows(), self.window, talk=self.talk_key(),
                           known_as=self.talk_names(), own_folder=str(self.window.resources / "demo"))
        if dlg.exec() != ExportDialog.Accepted:
            return
        dlg.remember()
        self.run(dlg.request())

    def talk_key(self) -> Optional[str]:
        """What this talk is known by for remembered folders: its project, else its transcript or audio."""
        names = self.talk_names()
        return names[0] if names else None

    def talk_names(self) -> list[str]:
        """Every name the talk's folder may be remembered under, the current one first.  A talk exported
        before it was saved as a project was remembered under its transcript: after the save the export
        dialog offered the transcript's folder again instead of the one just used."""
        doc = self.model.document
        return [p for p in (self.model.project_path, doc.source_path, doc.audio_path) if p]

    def run(self, req: ExportRequest, check: bool = True) -> bool:
        from aligner.output_check import check_outputs

        doc = self.model.document
        try:  # before anything is written: never over the recording or the project, only where it can
            check_outputs([req.path] if req.path else [], [doc.audio_path or "", self.model.project_path or ""],
                          folders=[req.clips.folder] if req.clips is not None else [])
        except AlignerError as e:
            what = f"{os.path.basename(req.path)} was not written." if req.path else "No clips were written."
            messages.show_exception(self.window, e, context=what)
            self.exported.emit("failed")
            return False
        if req.rows:
            doc = doc.copy()
            doc.segments = [doc.segments[r] for r in sorted(req.rows) if 0 <= r < len(doc.segments)]
        written = ""  #: what the message after the clips names first, so the transcript's line is not lost
        if req.path:
            from aligner.formats import write_document

            if check and not self._checked(doc, req):
                self.window.say("Export stopped; nothing was written. F3 walks the segments to review.")
                self.exported.emit("cancelled")
                return False
            try:
                write_document(doc, req.path, format=req.format, options=req.options)
            except (AlignerError, OSError) as e:
                messages.show_exception(self.window, e, context=f"{os.path.basename(req.path)} was not written.")
                self.exported.emit("failed")
                return False
            what = f" ({len(doc.segments)} selected segments)" if req.rows else ""
            written = f"Exported {os.path.basename(req.path)}{what}"
            self.window.say(f"{written}.")
        if req.clips is None:
            self.exported.emit("done")
            return True
        return self._clips(req, written)

    def _checked(self, doc, req: ExportRequest) -> bool:
        """Warn about what a timer would fix before handing the file over; True = go ahead."""
        from aligner.formats import ORIGINAL, format_for_path
        from aligner.formats.checks import check_export, summarize

        try:
            key = req.format or format_for_path(req.path)
            if key == ORIGINAL:
                key = doc.source_format or ""
            found = check_export(doc, key, req.options, self.window.prefs.cps_limit,
                                 rows=sorted(req.rows) if req.rows else None)
        except AlignerError:
            return True  # the export itself reports what is wrong, with its own message
        if not found:
            return True
        text = summarize(found, self.window.prefs.cps_limit, req.options.max_chars_per_line)
        return messages.confirm(self.window, "Check before exporting", f"{os.path.basename(req.path)}:\n\n{text}",
                                yes="Export anyway", name="exportCheckDialog",
                                informative="Export anyway, or cancel and fix them first (F3 walks the "
                                            "segments to review).")

    def _clips(self, req: ExportRequest, written: str = "") -> bool:
        """Cut the clips in the background; ``written`` ("Exported talk.srt") leads the message at the end."""
        from aligner.clips import export_clips

        if self.model.audio is None or not self.model.document.audio_path:
            messages.show_error(self.window, "Cannot export clips", "This talk has no audio to cut clips from.",
                                informative="Open the talk with its audio file, then export again.")
            self.exported.emit("failed")
            return False
        doc = self.model.document.copy()
        c = req.clips
        job = Job("Exporting clips", lambda progress, cancel: export_clips(
            doc, doc.audio_path, c.folder, c.format, c.pad, c.indices, progress, cancel, c.fade, c.normalize))
        lead = f"{written}; " if written else ""
        job.signals.succeeded.connect(lambda result: self._clips_done(result, c.folder, lead))
        job.signals.cancelled.connect(lambda: (self.window.say(f"{lead}clip export cancelled; clips written so far "
                                                               "were kept."), self.exported.emit("cancelled")))
        job.signals.failed.connect(self._clips_failed)
        self.clip_job = job
        self.window.start_job(job)
        return True

    def _clips_done(self, result, folder: str, lead: str = "") -> None:
        n = len(result) if hasattr(result, "__len__") else None
        held = len(getattr(result, "held_back", ()))
        wrote = f"{n} clips" if n is not None else "the clips"
        self.window.say(lead + (f"wrote {wrote} to {folder}." if lead else f"Wrote {wrote} to {folder}.")
                        + (f" {held} stayed quieter than asked (their peaks would clip, or they are nearly silent)." if held else ""))
        self.exported.emit("done")

    def _clips_failed(self, exc: BaseException, details: str) -> None:
        self.exported.emit("failed")
        messages.show_exception(self.window, exc, details, context="The clips were not all written.")
