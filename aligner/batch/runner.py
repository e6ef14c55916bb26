"""The batch driver: decide what needs doing, hand it to the workers, write what comes back, report.

The driver alone writes into the output folder.  For each talk that comes
back ``ok`` it writes the files (each atomically) and then the stamp that marks
the talk done (:mod:`.resume`), with Ctrl-C held back for those few
milliseconds so a talk is either committed or not.  Ctrl-C anywhere else stops
the workers at once -- their talks in hand are lost, which is the point -- and
the report lists those talks as ``cancelled``; the next run picks them up.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass, replace
from typing import Iterator, Optional, Sequence

from ..audio import probe_duration
from ..errors import AlignerError
from .display import BatchDisplay
from .job import CANCELLED, OK, BatchSettings, Outcome
from .local import default_workers, local_slots, usable_cores
from .manifest import Talk
from .pool import SlotPool
from .report import row_of, skipped_row, summarize, summary_line, write_report
from .resume import commit, done_row

EXIT_OK, EXIT_FAILED, EXIT_CANCELLED = 0, 1, 130


@dataclass
class BatchResult:
    rows: list[dict]  #: report rows, in the input's order
    summary: dict
    exit_status: int  #: 0 all ok or skipped, 1 some failed, 130 interrupted

    @property
    def line(self) -> str:
        return summary_line(self.summary)


def run_batch(talks: Sequence[Talk], out_dir: str, settings: BatchSettings = BatchSettings(),
              workers: Optional[int] = None, cluster: Optional[str] = None, redo: bool = False,
              display: Optional[BatchDisplay] = None) -> BatchResult:
    """Align every talk not already done into ``out_dir/NAME/``; write ``report.csv``/``report.json``.

    ``workers``: local worker processes (default: what cores and memory allow),
    or with ``cluster`` the number of Ray actors (default: the cluster's CPUs
    over the threads per actor).  ``redo`` ignores earlier results.  Raises
    :class:`AlignerError` for problems that concern the whole batch (no model,
    no Ray, output folder not writable).
    """
    display = display or BatchDisplay(quiet=True)
    t0 = time.monotonic()
    out_dir = os.path.abspath(out_dir)
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise AlignerError(f"Cannot create the output folder {out_dir}: {e.strerror or e}.") from None
    fingerprint = settings.fingerprint()
    rows: dict[str, dict] = {}
    todo: list[Talk] = []
    for talk in talks:
        done = None if redo else done_row(os.path.join(out_dir, talk.name), talk.audio, talk.transcript,
                                           fingerprint)
        if done is not None:
            rows[talk.name] = skipped_row(talk, done)
        else:
            todo.append(talk)
    lengths = {t.name: _length(t) for t in todo}
    todo.sort(key=lambda t: -lengths[t.name])  # longest first: no long talk left alone at the end

    interrupted = False
    if todo:
        pool, closer = _pool(settings, workers, cluster, len(todo))
        display.begin(len(todo), sum(lengths.values()), len(rows))
        try:
            _drive(pool, todo, out_dir, fingerprint, lengths, rows, display)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            pool.stop()
            closer()
            display.close()
    for talk in todo:  # not started, or stopped in a worker by Ctrl-C
        if talk.name not in rows or rows[talk.name]["status"] == CANCELLED:
            rows[talk.name] = row_of(talk, Outcome(talk.name, CANCELLED, "interrupted before it finished; "
                                                                         "run the batch again to do it"))
    ordered = [rows[t.name] for t in talks]
    summary = summarize(ordered, time.monotonic() - t0)
    with _interrupt_held(act=False):  # the run is over either way: finish the report
        write_report(out_dir, ordered, summary)
    status = EXIT_CANCELLED if interrupted else EXIT_FAILED if summary["failed"] else EXIT_OK
    return BatchResult(ordered, summary, status)


def _length(talk: Talk) -> float:
    """Seconds of audio (from the file's header; else guessed from its size at 128 kb/s; 0 if unreadable)."""
    try:
        seconds = probe_duration(talk.audio)
        if seconds:
            return float(seconds)
    except Exception:  # a broken file: its own run will say what is wrong with it
        pass
    try:
        return os.path.getsize(talk.audio) / 16000
    except OSError:
        return 0.0


def _pool(settings: BatchSettings, workers: Optional[int], cluster: Optional[str], talks: int):
    """The pool of slots, and what closes the connection behind it afterwards."""
    if workers is not None and workers < 1:
        raise AlignerError("--workers must be at least 1.")
    if cluster:
        from .ray_backend import RayCluster

        ray_cluster = RayCluster(cluster)
        threads = settings.options.threads or 1
        room = max(1, ray_cluster.cpus() // threads)  # an actor no node has room for would wait forever
        n = min(workers or room, room)
        options = replace(settings.options, threads=threads)
        return SlotPool(ray_cluster.slot_factory(replace(settings, options=options)), min(n, talks)), \
            ray_cluster.close
    n = min(workers or default_workers(), talks)
    options = replace(settings.options, threads=settings.options.threads or max(1, usable_cores() // n))
    return SlotPool(local_slots(replace(settings, options=options)), n), lambda: None


def _drive(pool: SlotPool, todo: list[Talk], out_dir: str, fingerprint: dict, lengths: dict[str, float],
           rows: dict[str, dict], display: BatchDisplay) -> None:
    slots = pool.start(todo)
    running: dict[str, float] = {}
    finished_seconds = 0.0
    exited = 0
    while exited < slots:
        try:
            event = pool.events.get(timeout=0.2)
        except queue.Empty:
            continue
        kind = event[0]
        if kind == "start":
            running[event[1].name] = 0.0
            display.started(event[1].name)
        elif kind == "progress":
            running[event[1].name] = event[2]
            display.progress(event[1].name, event[2])
        elif kind == "done":
            talk, outcome = event[1], event[2]
            _finish(talk, outcome, out_dir, fingerprint, rows)
            running.pop(talk.name, None)
            finished_seconds += lengths.get(talk.name, 0.0)
            display.finished(talk.name, rows[talk.name]["status"], rows[talk.name]["message"])
        elif kind == "fatal":
            raise AlignerError(event[1])
        elif kind == "slot_exit":
            exited += 1
        display.advance(finished_seconds + sum(lengths.get(n, 0.0) * f for n, f in running.items()))
    missing = [t.name for t in todo if t.name not in rows]
    if missing and not pool.stopping:
        raise AlignerError(f"The workers stopped before aligning {len(missing)} talk(s).")


def _finish(talk: Talk, outcome: Outcome, out_dir: str, fingerprint: dict, rows: dict[str, dict]) -> None:
    row = rows[talk.name] = row_of(talk, outcome)  # recorded first: a Ctrl-C held back below still finds it
    if outcome.status == OK:
        try:
            with _interrupt_held():
                commit(os.path.join(out_dir, talk.name), outcome.files, outcome.inputs, fingerprint,
                       {k: v for k, v in row.items() if k not in ("audio", "transcript")})
        except AlignerError as e:  # disk full, no permission: this talk failed, say why
            row.update(status="failed", message=str(e))


@contextlib.contextmanager
def _interrupt_held(act: bool = True) -> Iterator[None]:
    """Hold Ctrl-C back while files are written; act on it right after (``act``) or let it go."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(1))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if pressed and act:
            raise KeyboardInterrupt
