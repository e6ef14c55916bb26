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
        self._tell(self.signals.partial, value)

    def _progress(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL or p.fraction >= 1.0:
            self._last_report = now
            self._tell(self.signals.progress, p)

    def _tell(self, signal, *args) -> None:
        """Emit to the UI thread -- unless the application is already gone.

        When the display goes away (an X server killed, a session ended) Qt tears
        the window down at once, while this job is still on its thread: its signal
        object is deleted under it and emitting raises.  Nobody is left to tell, so
        the job stops (its cancel token) instead of printing tracebacks at exit.
        """
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            log.debug("job %s outlived its window", self.title)
            self.cancel_token.cancel()

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel_token)
        except Cancelled:
            self._tell(self.signals.cancelled)
        except BaseException as e:  # noqa: BLE001 - reported to the UI, which shows it
            log.debug("job %s failed", self.title, exc_info=True)
            self._tell(self.signals.failed, e, traceback.format_exc())
        else:
            if self.cancel_token.cancelled:  # finished just as the user cancelled: honour the cancel
                self._tell(self.signals.cancelled)
            else:
                self._tell(self.signals.succeeded, result)
        finally:
            self.done = True
            self._tell(self.signals.finished)


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
