"""Aligning in the background: one job at a time, the document read-only meanwhile, one undo step after.

The engine works on a copy of the Document and returns new segments; only
when it finishes does the window push ``result.edit(doc)``.  Cancel, or a
failure, leaves the Document exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, Signal

from aligner.align import AlignOptions
from aligner.align.stretches import outside_range
from aligner.document import LOCKED

from . import review
from .align_process import AlignProcess
from .dialogs import messages
from .workers import Job

if TYPE_CHECKING:
    from .main_window import MainWindow


class AlignController(QObject):
    #: "done", "cancelled" or "failed"
    finished = Signal(str)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.job: Optional[Job] = None
        self._preloaded: Optional[AlignOptions] = None
        self.engine = AlignProcess()
        #: a language the person chose in the status bar for this document (else detected / settings)
        self._language: Optional[tuple[object, str]] = None
        self._reason: tuple[object, str] = (None, "")

    @property
    def running(self) -> bool:
        return self.job is not None

    def options(self, time_range: Optional[tuple[float, float]] = None) -> AlignOptions:
        p = self.window.prefs
        chosen = self._language[1] if self._language and self._language[0] is self.model.document else None
        return AlignOptions(model=p.model or None, language=chosen or p.language or None,
                            threads=int(p.threads or 0), time_range=time_range)

    @property
    def language_reason(self) -> str:
        """Why the last alignment of this document used its language (the status bar's tooltip)."""
        return self._reason[1] if self._reason[0] is self.model.document else ""

    def realign_in(self, language: str) -> bool:
        """Align the whole talk again in ``language`` (the person chose it): one undo step, language included."""
        if self.running:
            self.window.say("Alignment is already running.")
            return False
        self._language = (self.model.document, language)
        return self.align()

    def preload_model(self) -> None:
        """Load the speech model in the background before the first alignment needs it.

        Building a CTranslate2 model holds Python's GIL for a quarter of a second,
        which would freeze the window mid-alignment; done once while the person is
        still choosing files, nobody notices.  Failures are ignored here: aligning
        reports them properly.
        """
        if self._preloaded == self.options():
            return
        options = self._preloaded = self.options()

        job = Job("Loading the speech model", lambda progress, cancel: self.engine.preload(options))
        job.signals.failed.connect(lambda *_: setattr(self, "_preloaded", None))
        self.window.jobs.start(job)

    def align(self, time_range: Optional[tuple[float, float]] = None) -> bool:
        w = self.window
        if self.running:
            w.say("Alignment is already running.")
            return False
        if self.model.audio is None:
            w.say("Open a talk's audio and transcript first.")
            return False
        if not self.model.document.segments:
            w.say("The transcript has no segments to align.")
            return False
        doc = self.model.document.copy()
        audio = self.model.audio
        options = self.options(time_range)
        description = "Align" if time_range is None else "Re-align selection"
        job = Job("Aligning" if time_range is None else "Re-aligning the selection",
                  lambda progress, cancel: self.engine.run(doc, audio, options, progress, cancel))
        job.signals.succeeded.connect(lambda result: self._succeeded(result, description, time_range))
        job.signals.cancelled.connect(self._cancelled)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(lambda: self._finished(job))
        self.job = job
        self.model.set_busy("aligning")
        w.start_job(job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.window.progress.cancelling()

    # ------------------------------------------------------------------ results
    def _succeeded(self, result, description: str, time_range) -> None:
        self._done()
        doc = self.model.document
        mismatch = (result.stats or {}).get("mismatch")
        if mismatch and not messages.confirm(self.window, "The transcript may not fit this audio",
                                             f"{mismatch}\n\nKeep the alignment anyway? (You can undo it.)",
                                             yes="Keep it"):
            self.window.say("Alignment discarded; the transcript is as it was.")
            self.finished.emit("cancelled")
            return
        self._reason = (doc, (result.stats or {}).get("language_reason", ""))
        before = review.review_count(doc)
        result.segments = review.carry_review_state(doc.segments, result.segments)
        self.model.push(result.edit(doc, description))
        touched = [s for s in doc.segments if not outside_range(s, time_range)]
        locked = sum(1 for s in touched if s.has(LOCKED))
        free = len(touched) - locked
        parts = [f"{description}ed {len(touched)} segments" if time_range is None
                 else f"Re-aligned {free} segment{'s' if free != 1 else ''} in the selection"]
        if locked:
            parts.append(f"{locked} locked kept")
        counts = review.reason_counts(doc)
        total = sum(counts.values())
        if total:
            parts.append(f"{total} to review ({review.describe_counts(counts)}) — press F3")
        elif before:
            parts.append("nothing left to review")
        # the sound the aligner heard was changed, or lines were placed without hearing their words: say so
        notes = [*(result.stats or {}).get("hearing", ()), *result.placement_notes()]
        self.window.say(" ".join(["; ".join(parts) + ".", *notes]), 30000 if notes else 15000)
        self.finished.emit("done")

    def _cancelled(self) -> None:
        self._done()
        self.window.say("Alignment cancelled; the transcript is as it was.")
        self.finished.emit("cancelled")

    def _failed(self, exc: BaseException, details: str) -> None:
        self._done()
        self.finished.emit("failed")
        details = getattr(exc, "child_traceback", None) or details
        messages.show_exception(self.window, exc, details, context="The alignment did not finish.")

    def _done(self) -> None:
        """The run is over: a new one may start at once (before the job's own ``finished`` arrives)."""
        self.job = None
        self.model.set_busy("")

    def _finished(self, job: Job) -> None:
        if self.job is job:  # a newer run may have started already
            self.job = None

    def shutdown(self) -> None:
        """Stop the engine process (the window is closing)."""
        self.engine.close()
