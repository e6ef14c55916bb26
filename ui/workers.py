"""Background jobs: long core calls run on a worker thread and report back through signals.

A :class:`Job` wraps ``fn(progress, cancel) -> result``.  It runs on a thread
pool; progress reports are throttled (the bar does not need 1,000 updates a
second, and each one costs the window a repaint), and the result, a failure or
a cancellation arrives on the UI thread as a queued signal.  Jobs build their
results on the side: cancelling one leaves the Document exactly as it was.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from aligner.errors import Cancelled
from aligner.progress import CancelToken, Progress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  #: seconds between progress signals


class JobSignals(QObject):
    progress = Signal(object)  #: aligner.progress.Progress
    partial = Signal(object)  #: an early, incomplete result worth showing (e.g. a talk before its audio decoded)
    succeeded = Signal(object)  #: the function's result
    failed = Signal(object, str)  #: the exception and its traceback text
    cancelled = Signal()
    finished = Signal()  #: always last, whatever happened


class Job(QRunnable):
    def __init__(self, title: str, fn: Callable[[Callable[[Progress], None], CancelToken], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.title = title
        self.fn = fn
        self.cancel_token = CancelToken()
        self.signals = JobSignals()
        self._last_report = 0.0
        self.done = False

    def cancel(self) -> None:
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def emit_partial(self, value) -> None:
        """Hand an early result to the UI thread (call from inside the job's function)."""
        self.signals.partial.emit(value)

    def _progress(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL or p.fraction >= 1.0:
            self._last_report = now
            self.signals.progress.emit(p)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel_token)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as e:  # noqa: BLE001 - reported to the UI, which shows it
            log.debug("job %s failed", self.title, exc_info=True)
            self.signals.failed.emit(e, traceback.format_exc())
        else:
            if self.cancel_token.cancelled:  # finished just as the user cancelled: honour the cancel
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.done = True
            self.signals.finished.emit()


class JobRunner(QObject):
    """Starts jobs on a private pool and keeps them alive until they end."""

    jobStarted = Signal(object)
    jobFinished = Signal(object)

    def __init__(self, parent: Optional[QObject] = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: list[Job] = []

    def start(self, job: Job) -> Job:
        self._jobs.append(job)
        job.signals.finished.connect(lambda j=job: self._finished(j))
        self.jobStarted.emit(job)
        self.pool.start(job)
        return job

    def _finished(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self.jobFinished.emit(job)

    @property
    def running(self) -> list[Job]:
        return list(self._jobs)

    def cancel_all(self) -> None:
        for j in self._jobs:
            j.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
