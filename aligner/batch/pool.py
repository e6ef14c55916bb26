"""Spreading talks over worker slots: the part local processes and Ray actors have in common.

A *slot* is one long-lived worker that holds the speech model (a local
process, or a Ray actor on some machine of a cluster) and aligns one talk at a
time.  The pool runs one thread per slot; each takes the next talk from one
shared queue (already sorted longest first, so the long ones do not all end up
last and leave the other slots idle at the end) and reports what happens as
events on a queue the driver reads.  A slot that dies (a crash, killed by the
system for memory) fails only the talk it held and is replaced by a fresh one.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from typing import Callable, Optional, Protocol, Sequence

from .job import CANCELLED, FAILED, Outcome
from .manifest import Talk


class SlotDied(Exception):
    """The worker behind a slot stopped while holding a talk; ``str()`` says how, for the report."""


class SlotUnusable(Exception):
    """A slot cannot start at all (the model cannot be loaded): every talk would fail the same way."""


class Slot(Protocol):
    def start(self) -> None:
        """Start the worker and load the model; raise :class:`SlotUnusable` or :class:`SlotDied`."""

    def run(self, talk: Talk, progress: Callable[[float], None]) -> Outcome:
        """Align ``talk`` (``progress`` gets its completed fraction); raise :class:`SlotDied`."""

    def kill(self) -> None:
        """Stop the worker at once, from another thread (Ctrl-C)."""

    def close(self) -> None:
        """Let the worker go after its last talk."""


# events the driver reads: ("start", talk) ("progress", talk, fraction) ("done", talk, outcome) ("fatal", message)
Event = tuple


class SlotPool:
    def __init__(self, make_slot: Callable[[int], Slot], slots: int):
        self._make_slot = make_slot
        self._n = slots
        self.events: "queue.Queue[Event]" = queue.Queue()
        self._todo: deque[Talk] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._live: dict[int, Slot] = {}
        self._threads: list[threading.Thread] = []

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def start(self, talks: Sequence[Talk]) -> int:
        """Start serving ``talks`` (in this order); returns how many slots serve them."""
        self._todo.extend(talks)
        for i in range(min(self._n, len(talks))):
            t = threading.Thread(target=self._serve, args=(i,), name=f"batch-slot-{i}", daemon=True)
            self._threads.append(t)
            t.start()
        return len(self._threads)

    def stop(self, timeout: float = 30.0) -> None:
        """Take no more talks and stop every worker now (their talks report ``cancelled``)."""
        self._stopping.set()
        with self._lock:
            self._todo.clear()
            live = list(self._live.values())
        for slot in live:
            slot.kill()
        for t in self._threads:
            t.join(timeout)

    def _next(self) -> Optional[Talk]:
        with self._lock:
            return self._todo.popleft() if self._todo and not self._stopping.is_set() else None

    def _serve(self, index: int) -> None:
        slot: Optional[Slot] = None
        try:
            while (talk := self._next()) is not None:
                if slot is None:
                    slot = self._open(index)
                    if slot is None:
                        with self._lock:
                            self._todo.appendleft(talk)  # another slot may still take it
                        return
                self.events.put(("start", talk))
                try:
                    outcome = slot.run(talk, lambda f, t=talk: self.events.put(("progress", t, f)))
                except SlotDied as e:
                    status = CANCELLED if self._stopping.is_set() else FAILED
                    outcome = Outcome(talk.name, status, str(e) if status == FAILED else "interrupted")
                    self._forget(index, slot)
                    slot = None
                self.events.put(("done", talk, outcome))
        finally:
            if slot is not None:
                self._forget(index, slot)
            self.events.put(("slot_exit", index))

    def _open(self, index: int) -> Optional[Slot]:
        slot = self._make_slot(index)
        with self._lock:
            if self._stopping.is_set():
                return None
            self._live[index] = slot
        for attempt in range(2):  # a worker that dies while loading gets one more chance
            try:
                slot.start()
                return slot
            except SlotUnusable as e:
                self.events.put(("fatal", str(e)))
                self._stopping.set()
                break
            except SlotDied as e:
                if attempt or self._stopping.is_set():
                    self.events.put(("fatal", f"A worker could not start: {e}"))
                    self._stopping.set()
        self._forget(index, slot)
        return None

    def _forget(self, index: int, slot: Slot) -> None:
        with self._lock:
            if self._live.get(index) is slot:
                del self._live[index]
        slot.close()
