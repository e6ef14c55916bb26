"""Progress reporting and cancellation shared by every long-running job.

Long work (decoding, alignment, peaks, clip export) takes a ``progress``
callable and a :class:`CancelToken`.  The CLI turns the reports into a terminal
bar; the window turns them into a progress bar with a Cancel button.  Work calls
``cancel.check()`` often; it raises :class:`~aligner.errors.Cancelled`, and
because every job builds its result on the side and only hands it back at the
end, cancelling leaves the user's document untouched.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

from .errors import Cancelled


@dataclass(frozen=True)
class Progress:
    stage: str  #: what is happening, for people ("Transcribing", "Refining boundaries")
    fraction: float  #: overall completion in [0, 1]
    eta_seconds: Optional[float] = None  #: estimated time left, when known


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """Default callback that ignores reports."""


class CancelToken:
    """Thread-safe flag the UI sets and the worker polls.

    ``event`` may be any object with ``set()``/``is_set()`` -- e.g. a
    ``multiprocessing.Event`` when the work runs in another process.
    """

    def __init__(self, event=None) -> None:
        self._event = event if event is not None else threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class ProgressReporter:
    """Maps the progress of named stages onto one overall fraction with an ETA.

    ``weights`` gives each stage's share of the total work, so a job made of a
    cheap and an expensive stage still reports a steadily moving bar.
    """

    def __init__(self, callback: Optional[ProgressCallback], weights: dict[str, float],
                 cancel: Optional[CancelToken] = None, clock: Callable[[], float] = time.monotonic):
        self._callback = callback or no_progress
        total = sum(weights.values()) or 1.0
        self._offsets: dict[str, float] = {}
        acc = 0.0
        for name, w in weights.items():
            self._offsets[name] = acc / total
            acc += w
        self._shares = {name: w / total for name, w in weights.items()}
        self._cancel = cancel
        self._clock = clock
        self._t0 = clock()
        self._last = 0.0

    def report(self, stage: str, fraction_of_stage: float) -> None:
        """Report that ``stage`` is ``fraction_of_stage`` done; also checks for cancellation."""
        if self._cancel is not None:
            self._cancel.check()
        f = min(1.0, max(0.0, fraction_of_stage))
        overall = self._offsets.get(stage, self._last) + self._shares.get(stage, 0.0) * f
        overall = max(self._last, min(1.0, overall))
        self._last = overall
        elapsed = self._clock() - self._t0
        eta = elapsed * (1.0 - overall) / overall if overall > 0.02 and elapsed > 0.5 else None
        self._callback(Progress(stage, overall, eta))

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.check()
