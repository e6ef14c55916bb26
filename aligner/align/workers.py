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
from typing import Optional, Sequence

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
                     cancel: Optional[CancelToken] = None) -> list:
    """Align ``jobs`` (argument tuples of ``PhoneticAligner.align``) in ``workers`` helper processes.

    Raises :class:`WorkerError` when a helper fails (the caller then aligns
    in-process) and :class:`~aligner.errors.Cancelled` when cancelled (helpers
    are killed).
    """
    groups = split_evenly(weights, workers)
    # -P: the caller's working folder must not shadow anything; the package root is all it needs
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root] + [p for p in os.environ.get("PYTHONPATH", "").split(
        os.pathsep) if p]))
    procs = [subprocess.Popen([sys.executable, "-P", "-m", "aligner.align.workers"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in groups]
    outputs: list[Optional[bytes]] = [None] * len(procs)
    errors: list[Optional[bytes]] = [None] * len(procs)

    def talk(n: int) -> None:
        payload = pickle.dumps([jobs[i] for i in groups[n]], protocol=pickle.HIGHEST_PROTOCOL)
        try:
            outputs[n], errors[n] = procs[n].communicate(payload)
        except (OSError, ValueError) as e:
            errors[n] = str(e).encode()

    threads = [threading.Thread(target=talk, args=(n,), daemon=True) for n in range(len(procs))]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(_POLL)
                if cancel is not None:
                    cancel.check()
    except BaseException:  # cancelled or interrupted: stop the helpers, leave nothing running
        for p in procs:
            if p.poll() is None:
                p.kill()
        raise
    results: list = [None] * len(jobs)
    for n, p in enumerate(procs):
        if p.returncode != 0 or outputs[n] is None:
            detail = (errors[n] or b"").decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
            raise WorkerError(f"helper {n} exited with {p.returncode}: {detail[0]}")
        for i, r in zip(groups[n], pickle.loads(outputs[n])):
            results[i] = r
    return results


def _serve() -> None:
    from .phonetic import PhoneticAligner

    jobs = pickle.load(sys.stdin.buffer)
    aligner = PhoneticAligner()
    results = [aligner.align(*job) for job in jobs]
    sys.stdout.buffer.write(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
