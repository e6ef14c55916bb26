"""Where an alignment spends its time and memory, stage by stage (``aligner align --profile``).

The pipeline already knows its stages; it calls :func:`mark` when one ends and
wraps the parts that happen inside another stage (matching inside placing,
listening again, scoring, Silero VAD inside recognition) in :func:`sub_stage`.
Both do nothing unless a :func:`profiling` block is active, so the pipeline
pays one ``None`` check per stage for them.

Per stage it measures

* wall time and CPU time of this process (all its threads),
* CPU time of helper processes (the phone pass runs in subprocesses), read as
  ``getrusage(RUSAGE_CHILDREN)``, which counts a helper once it has been waited for,
* the process's own peak memory, exactly: Linux keeps the high-water mark
  ``VmHWM`` and resets it when ``5`` is written to ``/proc/self/clear_refs``,
  so every stage reads its own peak and resets it for the next one,
* the peak summed over the process tree (helpers included), from a sampling
  thread every 20 ms (a helper's short spike between samples can be missed;
  the process's own part is never lower than its exact ``VmHWM``).

Nested parts are charged to their own row and taken out of the enclosing
stage's time, so the rows add up to the total.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_MB = 1024 * 1024

#: How the pipeline's stage names read in the table.
LABELS = {"model": "load model", "envelope": "envelope (energy)", "refine": "phone pass (refine)"}
#: The table's order (the pipeline's); these rows are shown even when a stage did not run (runs 0).
ORDER = ["start-up (imports)", "read transcript", "decode", "model", "envelope", "VAD", "recognize", "match", "place",
         "listen again", "refine", "score", "verdict", "write"]


@dataclass
class StageCost:
    """What one stage cost, summed over all the times it ran."""

    name: str
    wall: float = 0.0  #: seconds
    cpu: float = 0.0  #: this process's CPU seconds
    helpers_cpu: float = 0.0  #: CPU seconds of helper processes that ended during the stage
    peak_mb: float = 0.0  #: this process's peak resident memory
    tree_peak_mb: float = 0.0  #: peak resident memory summed over this process and its helpers
    runs: int = 0

    @property
    def label(self) -> str:
        return LABELS.get(self.name, self.name)


# ------------------------------------------------------------------------------ reading /proc

def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _status_kb(field: str, pid: str = "self") -> Optional[int]:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _reset_high_water_mark() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _rss_bytes(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0  # gone between listing and reading


def _cmdline(pid: str) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def _descendants(pid: str) -> list[str]:
    """Child processes of ``pid`` and theirs (``/proc/PID/task/TID/children``) that run programs of their own.

    A child whose command line is still its parent's has not reached ``exec``
    yet (a helper being started): it shares its parent's pages, and counting
    them would show the parent twice (a 531-MB process starting a helper
    peaked at 1,062 MB summed).
    """
    out, todo = [], [(pid, _cmdline(pid))]
    while todo:
        p, cmdline = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{p}/task/{tid}/children", encoding="ascii") as f:
                    kids = f.read().split()
            except OSError:
                continue
            for kid in kids:
                own = _cmdline(kid)
                if own and own != cmdline:
                    out.append(kid)
                    todo.append((kid, own))
    return out


def _tree_rss() -> tuple[int, int]:
    """Resident bytes of this process and, summed, of all its descendants."""
    me = str(os.getpid())
    return _rss_bytes(me), sum(_rss_bytes(p) for p in _descendants(me))


def tree_rss_bytes(pid: int) -> int:
    """Resident bytes of process ``pid`` and its descendants that run programs of their own, summed
    (what ``benchmarks/bench_speed.py`` samples for a whole run)."""
    return _rss_bytes(str(pid)) + sum(_rss_bytes(p) for p in _descendants(str(pid)))


def _seconds_since_start() -> Optional[float]:
    """Wall seconds since this process started (Linux), for the start-up row."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            started = int(f.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as f:
            return float(f.read().split()[0]) - started
    except (OSError, ValueError, IndexError):
        return None


# ------------------------------------------------------------------------------ the profile

class StageProfile:
    """Costs per stage, keyed by the names the pipeline marks."""

    SAMPLE_SECONDS = 0.02

    def __init__(self) -> None:
        self.stages: dict[str, StageCost] = {}
        self._start_peak_mb = (_status_kb("VmHWM") or 0) / 1024  # start-up's peak, before the first reset
        self.exact_peaks = _reset_high_water_mark()
        self._lock = threading.Lock()
        self._tree_peak = 0  # bytes, since the last reading
        self._self_sampled = 0
        self._carved = StageCost("")  # nested parts' costs, to take out of the enclosing stage
        self._pending = (0.0, 0.0)  # the enclosing stage's (own, tree) peaks before a nested part began
        self._owner = threading.get_ident()  # the pipeline's thread: stages and parts are marked on it
        self._threaded: dict[str, StageCost] = {}  # parts run on other threads, not yet charged
        self._start = self._now()
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, name="stage-profile", daemon=True)

    @staticmethod
    def _now() -> tuple[float, float, float]:
        return time.perf_counter(), time.process_time(), _children_cpu()

    # -- memory
    def _sample(self) -> None:
        while not self._stop.wait(self.SAMPLE_SECONDS):
            own, kids = _tree_rss()
            with self._lock:
                self._tree_peak = max(self._tree_peak, own + kids)
                self._self_sampled = max(self._self_sampled, own)

    def _take_peaks(self) -> tuple[float, float]:
        """(own peak, tree peak) in MB since the last call, and start the next interval."""
        own_now, kids_now = _tree_rss()
        hwm = _status_kb("VmHWM") if self.exact_peaks else None
        if self.exact_peaks:
            _reset_high_water_mark()
        with self._lock:
            sampled_own, tree = max(self._self_sampled, own_now), max(self._tree_peak, own_now + kids_now)
            self._self_sampled = self._tree_peak = 0
        own = hwm * 1024 if hwm is not None else sampled_own
        return own / _MB, max(tree, own) / _MB

    def _row(self, name: str) -> StageCost:
        if name not in self.stages:
            self.stages[name] = StageCost(name)
        return self.stages[name]

    @staticmethod
    def _charge(row: StageCost, wall: float, cpu: float, helpers: float, peak: float, tree: float) -> None:
        row.wall += wall
        row.cpu += cpu
        row.helpers_cpu += helpers
        row.peak_mb = max(row.peak_mb, peak)
        row.tree_peak_mb = max(row.tree_peak_mb, tree)
        row.runs += 1

    # -- the pipeline's calls
    def begin(self) -> None:
        """Start sampling; what the process spent before (interpreter, imports) becomes the first row."""
        self._sampler.start()
        since = _seconds_since_start()
        _, cpu, helpers = self._start
        self._charge(self._row("start-up (imports)"), since or 0.0, cpu, helpers,
                     self._start_peak_mb, self._start_peak_mb)

    def mark(self, name: str) -> None:
        """The stage ``name`` ended now: charge it everything since the previous mark."""
        wall, cpu, helpers = self._now()
        w0, c0, h0 = self._start
        peak, tree = self._take_peaks()
        self._fold_threaded(peak, tree)
        carved = self._carved
        self._charge(self._row(name), wall - w0 - carved.wall, cpu - c0 - carved.cpu, helpers - h0 - carved.helpers_cpu,
                     max(peak, self._pending[0]), max(tree, self._pending[1]))
        self._carved = StageCost("")
        self._pending = (0.0, 0.0)
        self._start = self._now()

    @contextmanager
    def sub_stage(self, name: str) -> Iterator[None]:
        """Charge the block to its own row, not to the stage (or part) it runs in."""
        if threading.get_ident() != self._owner:
            with self._threaded_part(name):
                yield
            return
        peak_before, tree_before = self._take_peaks()
        around = (max(self._pending[0], peak_before), max(self._pending[1], tree_before))  # the enclosing stage's
        outer, self._carved, self._pending = self._carved, StageCost(""), (0.0, 0.0)  # parts nested in this one
        # are taken out of it, and what they read before they began is its own
        w0, c0, h0 = self._now()
        try:
            yield
        finally:
            w1, c1, h1 = self._now()
            peak, tree = self._take_peaks()
            self._fold_threaded(peak, tree)
            inner = self._carved
            self._charge(self._row(name), w1 - w0 - inner.wall, c1 - c0 - inner.cpu, h1 - h0 - inner.helpers_cpu,
                         max(peak, self._pending[0]), max(tree, self._pending[1]))
            self._pending = around
            outer.wall += w1 - w0
            outer.cpu += c1 - c0
            outer.helpers_cpu += h1 - h0
            self._carved = outer

    @contextmanager
    def _threaded_part(self, name: str) -> Iterator[None]:
        """A part on a worker thread (recognition runs blocks side by side): its thread's own CPU and wall.

        It is charged, and taken out of the stage around it, when the pipeline's
        thread next marks.  Parts overlapping on several threads add up their
        wall times; their peak memory is the stage's.
        """
        w0, c0 = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            w1, c1 = time.perf_counter(), time.thread_time()
            with self._lock:
                part = self._threaded.setdefault(name, StageCost(name))
                part.wall += w1 - w0
                part.cpu += c1 - c0
                part.runs += 1

    def _fold_threaded(self, peak: float, tree: float) -> None:
        """Charge the parts other threads ran to their rows and carve them out of the enclosing stage."""
        with self._lock:
            parts, self._threaded = self._threaded, {}
        for part in parts.values():
            row = self._row(part.name)
            self._charge(row, part.wall, part.cpu, 0.0, peak, tree)
            row.runs += part.runs - 1
            self._carved.wall += part.wall
            self._carved.cpu += part.cpu

    def finish(self) -> None:
        self._stop.set()
        if self._sampler.is_alive():
            self._sampler.join()

    # -- reading it
    def rows(self) -> list[StageCost]:
        """Every stage in the pipeline's order, those that did not run included, then any others."""
        return [self.stages.get(n) or StageCost(n) for n in ORDER] + [
            r for n, r in self.stages.items() if n not in ORDER]

    def total(self) -> StageCost:
        t = StageCost("total")
        for r in self.stages.values():
            self._charge(t, r.wall, r.cpu, r.helpers_cpu, r.peak_mb, r.tree_peak_mb)
        t.runs = 1
        return t

    def table(self) -> str:
        """The profile as a plain-text table (also valid Markdown)."""
        head = ["stage", "runs", "wall s", "CPU s", "helpers CPU s", "peak MB (process)", "peak MB (+helpers)"]
        rows = [[r.label, str(r.runs), f"{r.wall:.2f}", f"{r.cpu:.2f}", f"{r.helpers_cpu:.2f}", f"{r.peak_mb:.0f}",
                 f"{r.tree_peak_mb:.0f}"] for r in self.rows() + [self.total()]]
        widths = [max(len(x[i]) for x in rows + [head]) for i in range(len(head))]

        def line(cells: list[str]) -> str:
            return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                     for i, (c, w) in enumerate(zip(cells, widths))) + " |"

        sep = "|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|"
        notes = [] if self.exact_peaks else ["(process peaks sampled every 20 ms: /proc/self/clear_refs unavailable)"]
        return "\n".join([line(head), sep] + [line(r) for r in rows] + notes)


_active: Optional[StageProfile] = None


def mark(stage: str) -> None:
    """The pipeline's stage ``stage`` ended now (nothing happens unless profiling)."""
    if _active is not None:
        _active.mark(stage)


@contextmanager
def sub_stage(name: str) -> Iterator[None]:
    """A part inside the current stage that gets its own row (nothing happens unless profiling)."""
    if _active is None:
        yield
        return
    with _active.sub_stage(name):
        yield


@contextmanager
def profiling() -> Iterator[StageProfile]:
    """Profile the stages marked inside the block; the profile is complete when the block ends.

    Silero VAD runs inside faster-whisper's transcription; for the time of the
    block its ``get_speech_timestamps`` is wrapped so that VAD gets its own row.
    """
    global _active
    if _active is not None:
        raise RuntimeError("a stage profile is already running")
    restore = _wrap_vad()
    profile = StageProfile()
    _active = profile
    profile.begin()
    try:
        yield profile
    finally:
        _active = None
        profile.finish()
        restore()


def _wrap_vad():
    """Give faster-whisper's Silero VAD its own row; returns what undoes it."""
    try:
        import faster_whisper.transcribe as fw
    except ImportError:
        return lambda: None
    original = fw.get_speech_timestamps

    def timed(*args, **kwargs):
        with sub_stage("VAD"):
            return original(*args, **kwargs)

    fw.get_speech_timestamps = timed

    def restore() -> None:
        fw.get_speech_timestamps = original

    return restore
