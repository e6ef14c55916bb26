"""A local batch worker: ``python -m aligner.batch.worker``, one process per slot, the model loaded once.

Like the phone-level helpers (:mod:`aligner.align.workers`) it is a plain
subprocess, not a ``multiprocessing`` child: nothing of the caller's script is
re-run in it, and a crash in native code (CTranslate2, pocketsphinx, a decoder)
ends this process only, which the driver sees and reports for the one talk it
held.

Protocol (length-prefixed pickles on stdin/stdout; the process's own stdout is
pointed at stderr so that a stray print cannot corrupt it)::

    driver -> worker   BatchSettings            then one Talk per job
    worker -> driver   ("ready",) | ("unusable", message)
                       ("progress", fraction)*  ("done", Outcome)    per job

Ctrl-C belongs to the driver (SIGINT is ignored here); SIGTERM cancels the talk
in hand, so the worker ends without leaving its temporary files.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import threading
import time
from typing import BinaryIO

_HEADER = struct.Struct("<Q")
#: Seconds between progress messages (the driver's bar needs no more).
PROGRESS_EVERY = 0.5


def send(fh: BinaryIO, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)) + data)
    fh.flush()


def receive(fh: BinaryIO):
    """The next message, or raise EOFError when the other side has gone."""
    head = fh.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(head)[0]
    data = fh.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    from ..align import preload
    from ..errors import AlignerError, Cancelled
    from ..progress import CancelToken
    from .job import run_talk

    cancel = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    try:
        settings = receive(inp)
    except EOFError:
        return
    try:
        preload(settings.options)
    except AlignerError as e:
        send(out, ("unusable", str(e)))
        return
    send(out, ("ready",))
    while not cancel.is_set():
        try:
            talk = receive(inp)
        except EOFError:
            return
        last = [0.0]

        def progress(fraction: float) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY:
                last[0] = now
                send(out, ("progress", fraction))

        try:
            outcome = run_talk(talk, settings, progress, CancelToken(cancel))
        except Cancelled:
            return
        send(out, ("done", outcome))


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to the log, never into the protocol
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, protocol_out)


if __name__ == "__main__":
    main()
