"""Computes the talk's spectrogram in the background while it is shown, and hands it to the detail view.

Nothing is computed until the spectrogram is first shown (most sessions never
need it).  The work runs on its own one-thread pool, so neither cancelling an
alignment (Esc) nor a long alignment delays it; the view draws what is done
as it grows.  A new talk cancels the old computation.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Signal

from aligner.audio.spectrogram import Spectrogram

from .document_model import DocumentModel
from .workers import Job, JobRunner


class SpectrogramSource(QObject):
    progressed = Signal()  #: more columns are ready
    finished = Signal()  #: the whole talk is done

    def __init__(self, model: DocumentModel, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.model = model
        self.runner = JobRunner(self, threads=1)
        self.spectrogram: Optional[Spectrogram] = None
        self.job: Optional[Job] = None
        self.wanted = False
        self._audio = None
        model.audioChanged.connect(self._audio_changed)

    def want(self, on: bool) -> None:
        """The spectrogram is (not) on screen: start computing it the first time it is."""
        self.wanted = on
        if on:
            self._ensure()

    def _audio_changed(self) -> None:
        if self.model.audio is self._audio:
            return
        self._cancel()
        self._audio = self.model.audio
        self.spectrogram = None
        self.progressed.emit()
        if self.wanted:
            self._ensure()

    def _ensure(self) -> None:
        audio = self.model.audio
        if audio is None or self.job is not None or (self.spectrogram is not None and self.spectrogram.done):
            return
        if self.spectrogram is None:
            self.spectrogram = Spectrogram(audio.samples, audio.sample_rate)
        spec = self.spectrogram
        job = Job("Computing the spectrogram", lambda progress, cancel: spec.compute(progress, cancel))
        job.signals.progress.connect(lambda _p: self.progressed.emit())
        job.signals.succeeded.connect(lambda _r: self.finished.emit())
        job.signals.finished.connect(lambda j=job: self._job_done(j))
        self.job = job
        self.progressed.emit()
        self.runner.start(job)

    def _job_done(self, job: Job) -> None:
        if self.job is job:
            self.job = None
        self.progressed.emit()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def shutdown(self, msecs: int = 5000) -> None:
        """Stop computing (the window closes)."""
        self._cancel()
        self.runner.cancel_all()
        self.runner.wait(msecs)
