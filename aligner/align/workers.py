"""Phone-level alignment of many chunks on every core.

pocketsphinx is single-threaded and holds Python's lock, so the phone-level
pass of a long talk would use one core of several.  For enough audio, the
chunks are split into one share per core and aligned by helper processes
running ``python -m aligner.align.workers``: plain subprocesses fed a pickled
list of jobs on stdin, answering with a pickled list of results on stdout.
They are not ``multiprocessing`` children, so nothing of the caller's own
script is re-run in them, and they work inside daemon processes (the window's
engine) too.  Any trouble and the caller aligns in-process instead.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from typing import Callable, Optional, Sequence

from ..progress import CancelToken

#: How often (s) a waiting caller looks at its cancel token.
_POLL = 0.1


def split_evenly(weights: Sequence[float], parts: int) -> list[list[int]]:
    """Indices grouped into ``parts`` contiguous runs of about equal total weight."""
    total = sum(weights) or 1.0
    groups: list[list[int]] = [[] for _ in range(parts)]
    acc = 0.0
    for i, w in enumerate(weights):
        k = min(parts - 1, int(acc / total * parts))
        groups[k].append(i)
        acc += w
    return [g for g in groups if g]


class WorkerError(RuntimeError):
    pass


def align_in_workers(jobs: Sequence[tuple], weights: Sequence[float], workers: int,
                     cancel: Optional[CancelToken] = None,
                     progress: Optional[Callable[[float], None]] = None) -> list:
    """Align ``jobs`` (argument tuples of ``PhoneticAligner.align``) in ``workers`` helper processes.

    ``progress`` gets the share of jobs done as they finish.  Raises
    :class:`WorkerError` when a helper fails (the caller then aligns
    in-process) and :class:`~aligner.errors.Cancelled` when cancelled
    (helpers are killed).
    """
    groups = split_evenly(weights, workers)
    # -P: the caller's working folder must not shadow anything; the package root is all it needs
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root] + [p for p in os.environ.get("PYTHONPATH", "").split(
        os.pathsep) if p]))
    procs = [subprocess.Popen([sys.executable, "-P", "-m", "aligner.align.workers"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env) for _ in groups]
    results: list = [None] * len(jobs)
    received = [0] * len(procs)
    failures: list[str] = []
    lock = threading.Lock()

    def feed(n: int) -> None:
        try:
            with procs[n].stdin as pipe:
                pickle.dump([jobs[i] for i in groups[n]], pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass  # the helper died; its reader reports it

    def read(n: int) -> None:
        try:
            for i in groups[n]:
                results[i] = pickle.load(procs[n].stdout)
                with lock:
                    received[n] += 1
        except (EOFError, OSError, pickle.UnpicklingError) as e:
            failures.append(f"helper {n} stopped after {received[n]} of {len(groups[n])} chunks ({e!r})")

    threads = [threading.Thread(target=f, args=(n,), daemon=True) for n in range(len(procs)) for f in (feed, read)]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(_POLL)
                if cancel is not None:
                    cancel.check()
                if progress is not None:
                    progress(sum(received) / max(1, len(jobs)))
    except BaseException:  # cancelled or interrupted: stop the helpers, leave nothing running
        for p in procs:
            if p.poll() is None:
                p.kill()
        raise
    finally:
        for p in procs:
            p.wait()
    if failures:
        raise WorkerError("; ".join(failures))
    return results


def _serve() -> None:
    from .phonetic import PhoneticAligner

    jobs = pickle.load(sys.stdin.buffer)
    aligner = PhoneticAligner()
    for job in jobs:  # one result at a time, so the caller can show progress
        pickle.dump(aligner.align(*job), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
