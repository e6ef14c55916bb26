"""Worker slots on this machine: one ``aligner.batch.worker`` process each, and how many fit.

Each slot's process loads the model once and then takes talk after talk.  Its
stderr goes to a private temporary file, so the workers' warnings do not tear
the progress bar, and when a worker dies its last words end up in the talk's
report message instead.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from typing import Callable, Optional

from .job import BatchSettings, Outcome
from .manifest import Talk
from .pool import SlotDied, SlotUnusable
from .worker import receive, send

#: Memory one worker may need: the tiny model plus the audio and working data of a long (1-2 h) talk.
WORKER_MEMORY = 1.5 * 2 ** 30
#: Seconds a worker gets to stop after SIGTERM before it is killed.
STOP_GRACE = 5.0


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def available_memory() -> Optional[int]:
    """Bytes of memory available to new processes (Linux's MemAvailable), None when unknown."""
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def default_workers() -> int:
    """As many workers as there are cores, fewer when memory would not hold them."""
    n = usable_cores()
    mem = available_memory()
    if mem is not None:
        n = min(n, max(1, int(mem // WORKER_MEMORY)))
    return max(1, n)


#: Thread pools of the native libraries (OpenMP, OpenBLAS, MKL) that would otherwise each take every core.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _worker_env(threads: int) -> dict:
    """The worker imports this very ``aligner`` package, whatever the caller's working folder is, and keeps
    its native libraries to its share of the cores (as Ray does for its actors), unless the user set them."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    paths = [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    if threads:
        for name in _THREAD_VARIABLES:
            env.setdefault(name, str(threads))
    return env


def _describe_exit(code: Optional[int]) -> str:
    if code is None:
        return "it stopped answering"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class LocalSlot:
    def __init__(self, settings: BatchSettings):
        self._settings = settings
        self._proc: Optional[subprocess.Popen] = None
        self._log = None

    def start(self) -> None:
        self.close()
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen([sys.executable, "-P", "-m", "aligner.batch.worker"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=self._log,
                                      env=_worker_env(self._settings.options.threads))
        try:
            send(self._proc.stdin, self._settings)
            answer = receive(self._proc.stdout)
        except (EOFError, OSError):
            raise SlotDied(self._death()) from None
        if answer[0] == "unusable":
            raise SlotUnusable(answer[1])

    def run(self, talk: Talk, progress: Callable[[float], None]) -> Outcome:
        proc = self._proc
        try:
            send(proc.stdin, talk)
            while True:
                message = receive(proc.stdout)
                if message[0] == "progress":
                    progress(message[1])
                elif message[0] == "done":
                    return message[1]
        except (EOFError, OSError):
            raise SlotDied(self._death()) from None

    def _death(self) -> str:
        proc = self._proc
        try:
            code = proc.wait(10) if proc is not None else None
        except subprocess.TimeoutExpired:
            code = None
        last = ""
        if self._log is not None:
            self._log.seek(0)
            lines = [ln for ln in self._log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
            last = lines[-1].strip()[:300] if lines else ""
        return (f"The worker process stopped while aligning this talk ({_describe_exit(code)})"
                + (f": {last}" if last else "") + ". The other talks went on.")

    def kill(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                proc.kill()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                proc.stdin.close()  # the worker ends when its input ends
                proc.wait(STOP_GRACE)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
            proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None


def local_slots(settings: BatchSettings) -> Callable[[int], LocalSlot]:
    return lambda _index: LocalSlot(settings)
