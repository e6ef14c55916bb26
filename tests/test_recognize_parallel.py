"""Recognition runs blocks side by side, one core each, and hears the same words as one block at a time.

On two cores one transcription spread over both threads spent most of the
second core waiting (greedy decoding steps are too small to share); two
blocks at once on one core each keep both busy.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from synth import RATE, espeak_available, synthesize_talk, write_wav

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = [
    "The lighthouse keeper climbed the stairs every evening to light the lamp.",
    "Ships far out at sea could see its beam from many miles away.",
    "In winter the storms were so strong that the windows shook all night.",
    "He wrote every passing ship into a thick book with a green cover.",
]


class _CountingModel:
    """The real model, with a count of how many of its transcriptions run at the same moment.

    The first transcription to start waits (up to MEET seconds) for a second one to start too:
    whether two blocks' decoding steps happen to overlap is otherwise up to the scheduler (a
    fresh-clone CI run once saw none), while blocks given to two threads always can meet.
    Run one block at a time, no second one ever comes and the wait ends after MEET, once.  (5 s was
    once too short in a whole-suite run on a quiet machine: the second block's decoding had not begun.
    A longer wait costs the one-at-a-time run that time once, and blocks that never overlap still fail.)
    """

    MEET = 15.0

    def __init__(self, model) -> None:
        self._model = model
        self.running = self.most = 0
        self._lock = threading.Lock()
        self._met = threading.Event()
        self._waited = False
        inner = model.model
        outer = self

        class Inner:
            def __getattr__(self, name):
                return getattr(inner, name)

            def generate(self, *args, **kwargs):
                with outer._lock:
                    outer.running += 1
                    outer.most = max(outer.most, outer.running)
                    if outer.running >= 2:
                        outer._met.set()
                    wait, outer._waited = not outer._waited, True
                if wait:
                    outer._met.wait(outer.MEET)
                try:
                    return inner.generate(*args, **kwargs)
                finally:
                    with outer._lock:
                        outer.running -= 1

        self.model = Inner()

    def __getattr__(self, name):
        value = getattr(self._model, name)
        if getattr(value, "__self__", None) is self._model:  # its methods see the counting CTranslate2 model
            return value.__func__.__get__(self)
        return value


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    from aligner.audio import load_audio

    d = tmp_path_factory.mktemp("talk")
    synthesize_talk(SENTENCES, d / "part.wav", pauses=0.5)
    part = load_audio(d / "part.wav").samples.astype(np.float32) / 32768
    write_wav(d / "talk.wav", np.tile(part, int(np.ceil(100 * RATE / len(part)))))
    return load_audio(d / "talk.wav")


def _words(model, audio, monkeypatch):
    from aligner.align import recognize as rec
    from aligner.align.activity import Envelope

    monkeypatch.setattr(rec, "BLOCK_SECONDS", 25.0)  # four blocks of this short talk
    heard, language = rec.recognize(model, audio, Envelope(audio), [(0.0, audio.duration)], None, lambda f: None)
    return [(w.text, round(w.start, 2), round(w.end, 2)) for w in heard], language


def test_blocks_are_transcribed_side_by_side_and_heard_as_one_at_a_time(talk, monkeypatch):
    from aligner.align.models import load_model, model_workers, resolve_model

    two = load_model(resolve_model(None), "cpu", "int8", 2)
    one = load_model(resolve_model(None), "cpu", "int8", 1)
    assert (model_workers(two), model_workers(one)) == (2, 1)
    counted = _CountingModel(two)
    side_by_side, language = _words(counted, talk, monkeypatch)
    one_at_a_time, _ = _words(one, talk, monkeypatch)
    assert counted.most == 2  # two blocks were decoded at the same moment
    assert language == "en"
    assert len(side_by_side) > 60
    assert side_by_side == one_at_a_time  # in time order, whatever block finished first


def test_cancelling_stops_every_block(talk, monkeypatch):
    from aligner.align import recognize as rec
    from aligner.align.activity import Envelope
    from aligner.align.models import load_model, resolve_model
    from aligner.errors import Cancelled
    from aligner.progress import CancelToken

    monkeypatch.setattr(rec, "BLOCK_SECONDS", 25.0)
    token = CancelToken()
    seen: list[float] = []

    def progress(f: float) -> None:
        seen.append(f)
        if f > 0.1:
            token.cancel()

    with pytest.raises(Cancelled):
        rec.recognize(load_model(resolve_model(None), "cpu", "int8", 2), talk, Envelope(talk),
                      [(0.0, talk.duration)], "en", progress, token)
    assert threading.active_count() == 1 or not any(t.name.startswith("recognize") for t in threading.enumerate())
    assert max(seen) < 1.0


def test_windows_listened_to_again_run_side_by_side_and_hear_the_same(talk):
    from aligner.align.activity import Envelope
    from aligner.align.models import load_model, resolve_model
    from aligner.align.recognize import recognize_again

    env = Envelope(talk)
    windows = [(5.0, 14.0), (30.0, 41.0), (60.0, 69.0)]
    counted = _CountingModel(load_model(resolve_model(None), "cpu", "int8", 2))
    side_by_side = recognize_again(counted, talk, env, windows, "en")
    one_at_a_time = recognize_again(load_model(resolve_model(None), "cpu", "int8", 1), talk, env, windows, "en")
    assert counted.most == 2
    assert len(side_by_side) > 20
    assert [(w.text, w.start) for w in side_by_side] == [(w.text, w.start) for w in one_at_a_time]
