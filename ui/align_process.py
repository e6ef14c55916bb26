"""Alignment in a child process, so the window never waits for Python's GIL (Qt-free).

CTranslate2 holds the GIL for long stretches while it loads a model and while
it decodes (measured: stalls of 150-700 ms in a worker *thread*), which would
freeze the window mid-alignment.  A separate process has its own interpreter:
the window's thread only waits on a pipe.  The process is kept between runs so
the model is loaded once, and a crash inside the engine cannot take the
window, or the user's unsaved work, down with it.

Protocol: the parent sends ``("align", doc, audio, options)`` -- the audio
without its samples, which follow at once as one raw message (see
:func:`_send_audio`) -- or ``("preload", options)``; the child answers with any number of
``("progress", Progress)``, and for a result its segments a hundred at a time as
``("segments", [Segment, ...])`` (see :func:`_send_result`), then exactly one of ``("result", AlignResult)``,
``("error", exception, traceback_text)``, ``("cancelled",)`` or ``("ready",)``.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
import time
import traceback
from typing import Optional

import numpy as np

from aligner.errors import AlignerError, Cancelled
from aligner.progress import CancelToken, Progress, ProgressCallback

POLL = 0.03  #: seconds between checks for cancel / a dead child while waiting
PROGRESS_INTERVAL = 0.05
#: How much lower than the window the engine (and the helper processes it starts) runs.  With both cores
#: busy aligning, the window's thread waited for a core: 100-200 ms stalls while an hour's boundaries were
#: refined (benchmarks/bench_ui.py --align-minutes 60), with nothing holding the GIL.
ENGINE_NICENESS = 10


def _send_audio(conn, audio) -> None:
    """The audio's samples as raw bytes after the header message, never pickled.

    Pickling copies the samples twice while holding the GIL: 250 ms for an
    hour, 660 ms for three, a frozen window each time an alignment starts
    (measured with benchmarks/bench_ui.py --align-minutes 60: a 303 ms stall).
    ``send_bytes`` writes the array's own memory to the pipe, and the GIL is
    let go during every write.
    """
    conn.send(dataclasses.replace(audio, samples=None))
    samples = np.ascontiguousarray(audio.samples)
    conn.send((str(samples.dtype), len(samples)))
    conn.send_bytes(memoryview(samples).cast("B"))


def _recv_audio(conn):
    """What :func:`_send_audio` sent: the audio with its samples in a new (writable) array."""
    audio = conn.recv()
    dtype, n = conn.recv()
    samples = np.empty(n, dtype)
    conn.recv_bytes_into(memoryview(samples).cast("B"))
    return dataclasses.replace(audio, samples=samples)


#: Segments per message of a result.  Unpickling a three-hour result (3,510 segments, 42,000 words) in one
#: piece held the GIL for 200 ms in the window's worker thread: the window froze as the alignment ended.
#: A hundred take about 6 ms, and the window's thread gets the GIL between them.
SEGMENTS_PER_MESSAGE = 100


def _send_result(conn, result) -> None:
    """An AlignResult in pieces the window can unpickle without freezing (see :data:`SEGMENTS_PER_MESSAGE`)."""
    segments = list(result.segments)
    for i in range(0, len(segments), SEGMENTS_PER_MESSAGE):
        conn.send(("segments", segments[i:i + SEGMENTS_PER_MESSAGE]))
    conn.send(("result", dataclasses.replace(result, segments=[])))


def _join_result(result, segments: list):
    """The AlignResult :func:`_send_result` sent, its segments put back."""
    return dataclasses.replace(result, segments=segments) if segments else result


def _lower_priority() -> None:
    """Make the engine yield the CPU to the window (its helper processes inherit this)."""
    try:
        os.nice(ENGINE_NICENESS)
    except (AttributeError, OSError):  # no nice() on Windows; a refusal costs only smoothness
        pass


def _serve(conn, cancel_event) -> None:
    """The child's loop: one request at a time until the pipe closes."""
    _lower_priority()
    token = CancelToken(cancel_event)
    last = [0.0]

    def progress(p: Progress) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL or p.fraction >= 1.0:
            last[0] = now
            conn.send(("progress", p))

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        kind = request[0]
        if kind == "quit":
            return
        try:
            if kind == "preload":
                from aligner.align import preload

                options = request[1]
                preload(options)
                conn.send(("ready",))
            elif kind == "align":
                from aligner.align import align

                _, doc, options = request
                audio = _recv_audio(conn)
                _send_result(conn, align(doc, audio, options, progress, token))
        except Cancelled:
            conn.send(("cancelled",))
        except BaseException as e:  # noqa: BLE001 - handed to the parent, which shows it
            tb = traceback.format_exc()
            try:
                conn.send(("error", e, tb))
            except Exception:  # noqa: BLE001 - the exception itself could not be pickled
                conn.send(("error", RuntimeError(f"{type(e).__name__}: {e}"), tb))


class AlignProcess:
    """The parent's handle on the engine process.  ``run`` and ``preload`` block: call them off the UI thread."""

    def __init__(self) -> None:
        self._ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        self._proc = None
        self._conn = None
        self._cancel = None
        self._lock = threading.Lock()

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        parent, child = self._ctx.Pipe()
        cancel = self._ctx.Event()
        proc = self._ctx.Process(target=_serve, args=(child, cancel), daemon=True, name="aligner-engine")
        proc.start()
        child.close()
        # Published together, after the start: ``close`` on the UI thread may look at any moment.
        self._proc, self._conn, self._cancel = proc, parent, cancel

    def _request(self, message: tuple, progress: Optional[ProgressCallback], cancel: Optional[CancelToken],
                 audio=None):
        with self._lock:
            self._ensure()
            # Local references: ``close`` (UI thread, at quit) may clear the attributes while we wait.
            proc, conn, child_cancel = self._proc, self._conn, self._cancel
            child_cancel.clear()
            try:
                conn.send(message)
                if audio is not None:
                    _send_audio(conn, audio)
            except (OSError, ValueError):
                self._died(proc)
            segments: list = []
            while True:
                if cancel is not None and cancel.cancelled:
                    child_cancel.set()
                try:
                    ready = conn.poll(POLL)
                    reply = conn.recv() if ready else False
                except (EOFError, OSError, ValueError):
                    reply = None
                if reply is not False:
                    if reply is None:
                        self._died(proc)
                    kind = reply[0]
                    if kind == "progress":
                        if progress is not None:
                            progress(reply[1])
                        continue
                    if kind == "segments":
                        segments.extend(reply[1])
                        continue
                    if kind == "cancelled":
                        raise Cancelled()
                    if kind == "error":
                        exc = reply[1]
                        exc.child_traceback = reply[2]
                        raise exc
                    if kind == "result":
                        return _join_result(reply[1], segments)
                    return reply[1] if len(reply) > 1 else None
                elif not proc.is_alive():
                    self._died(proc)

    def _died(self, proc) -> None:
        code = proc.exitcode if proc is not None else None
        if self._proc is proc:
            self._proc = None
        raise AlignerError(f"The alignment engine stopped unexpectedly (exit code {code}). Your transcript is "
                           "unchanged. Try again; if it happens again, try a smaller speech model or fewer threads "
                           "in Settings.")

    def run(self, doc, audio, options, progress: Optional[ProgressCallback] = None,
            cancel: Optional[CancelToken] = None):
        """``aligner.align.align(doc, audio, options)`` in the engine process; returns its AlignResult."""
        return self._request(("align", doc, options), progress, cancel, audio=audio)

    def preload(self, options) -> None:
        self._request(("preload", options), None, None)

    def close(self) -> None:
        proc, conn = self._proc, self._conn
        # Cleared first (lets the shared semaphore go now, not at exit); a request still waiting holds its own.
        self._proc = self._conn = self._cancel = None
        if proc is None:
            return
        try:
            conn.send(("quit",))
        except (OSError, ValueError):
            pass
        proc.join(2.0)
        if proc.is_alive():
            proc.terminate()
            proc.join(1.0)
        conn.close()
