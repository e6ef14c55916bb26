"""The window's engine-process handle under races between its worker thread and the UI thread."""

from __future__ import annotations

import os
import threading

import pytest

from aligner.align.api import AlignOptions
from aligner.errors import AlignerError
from ui.align_process import AlignProcess


class _ProcessClosedWhileStarting:
    """Stands in for multiprocessing.Process: the window quits (``close``) while the process starts."""

    handle: AlignProcess

    def __init__(self, *args, **kwargs):
        self.exitcode = None
        self._alive = False

    def start(self):
        self.handle.close()  # the UI thread quits at the worst moment
        self._alive = True

    def is_alive(self):
        return self._alive

    def join(self, timeout=None):
        self._alive = False

    def terminate(self):
        self._alive = False


def test_close_while_the_engine_process_starts_raises_nothing(monkeypatch):
    handle = AlignProcess()
    _ProcessClosedWhileStarting.handle = handle
    monkeypatch.setattr(handle._ctx, "Process", _ProcessClosedWhileStarting)
    handle._ensure()  # used to fail in close(): "'NoneType' object has no attribute 'send'"
    handle.close()
    assert handle._proc is None and handle._conn is None


def test_close_during_a_request_ends_it_with_a_clear_error():
    """Quitting while the engine loads its model ends the waiting request with AlignerError, not AttributeError."""
    handle = AlignProcess()
    outcome: list[BaseException | None] = []

    def preload():
        try:
            handle.preload(AlignOptions())
            outcome.append(None)
        except BaseException as e:  # noqa: BLE001 - the test inspects it
            outcome.append(e)

    t = threading.Thread(target=preload)
    t.start()
    for _ in range(200):  # wait until the process exists
        if handle._proc is not None:
            break
        t.join(0.01)
    handle.close()
    t.join(30)
    assert not t.is_alive()
    assert outcome == [None] or isinstance(outcome[0], AlignerError), outcome


def test_the_audio_goes_to_the_engine_as_raw_bytes_never_pickled():
    """Pickling an hour of samples held the GIL for 250 ms (three hours: 660 ms), freezing the window as
    every alignment started.  The samples go as one raw message; what is pickled carries none."""
    import multiprocessing

    import numpy as np

    from aligner.audio import Audio
    from ui.align_process import _recv_audio, _send_audio

    parent, child = multiprocessing.Pipe()
    audio = Audio("talk.wav", np.arange(120000).astype(np.int16), warnings=("cut short",))
    pickled = []

    class Spy:
        def send(self, obj):
            pickled.append(obj)
            parent.send(obj)

        def send_bytes(self, data):
            parent.send_bytes(data)

    sender = threading.Thread(target=_send_audio, args=(Spy(), audio))
    sender.start()
    got = _recv_audio(child)
    sender.join(10)
    assert np.array_equal(got.samples, audio.samples) and got.samples.dtype == np.int16
    assert got.samples.flags.writeable and (got.path, got.warnings) == ("talk.wav", ("cut short",))
    assert not any(isinstance(x, np.ndarray) or isinstance(getattr(x, "samples", None), np.ndarray)
                   for x in pickled), pickled


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities are a POSIX notion")
def test_the_engine_process_runs_below_the_windows_priority():
    """With both cores aligning, the window waited for a core (100-200 ms stalls while boundaries were
    refined); the engine and the helpers it starts run at a lower priority than the window."""
    from ui.align_process import ENGINE_NICENESS

    handle = AlignProcess()
    try:
        handle.preload(AlignOptions())
        child = os.getpriority(os.PRIO_PROCESS, handle._proc.pid)
        assert child == min(19, os.getpriority(os.PRIO_PROCESS, 0) + ENGINE_NICENESS) and ENGINE_NICENESS > 0
    finally:
        handle.close()


def test_a_long_result_comes_back_in_pieces_the_window_can_take_without_freezing():
    """A three-hour result unpickled in one piece held the GIL for 200 ms in the window's worker thread;
    it comes a hundred segments at a time and is put back together whole."""
    import pickle

    from aligner.align.api import AlignResult
    from aligner.document import Segment, Word
    from ui.align_process import SEGMENTS_PER_MESSAGE, _join_result, _send_result

    segs = [Segment(f"Sentence {i} is here.", i * 2.0, i * 2.0 + 1.5,
                    words=(Word("Sentence", i * 2.0, i * 2.0 + 0.5, 0.9),), confidence=0.9) for i in range(250)]
    result = AlignResult(segs, [], "en", {"seconds": 1.0})
    sent = []

    class Spy:
        def send(self, message):
            sent.append(pickle.loads(pickle.dumps(message)))

    _send_result(Spy(), result)
    kinds = [m[0] for m in sent]
    assert kinds == ["segments"] * 3 + ["result"]
    assert max(len(m[1]) for m in sent[:-1]) <= SEGMENTS_PER_MESSAGE and not sent[-1][1].segments
    pieces = [s for m in sent[:-1] for s in m[1]]
    assert _join_result(sent[-1][1], pieces) == result
