"""Listening again hears the same words every time, whatever thread a window runs on.

A window Whisper cannot decode greedily is decoded again by sampling at rising
temperatures.  CTranslate2's generators are per worker thread and seeded once,
so before :mod:`aligner.align.fallback_sampling` two runs of the same talk
heard different words there.
"""

from __future__ import annotations

import numpy as np
import pytest

from synth import RATE, espeak_available, speak

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = ["The lighthouse keeper climbed the stairs every evening."]


@pytest.fixture(scope="module")
def noisy_talk():
    """A sentence in white noise at 5 dB SNR, twice: Whisper falls back to sampling on each window."""
    from aligner.audio import Audio

    parts = []
    for s in SENTENCES:
        parts += [speak(s), np.zeros(int(0.4 * RATE), np.float32)]
    speech = np.concatenate(parts)
    rng = np.random.default_rng(1)
    noise = rng.standard_normal(2 * len(speech)).astype(np.float32) * np.sqrt(np.mean(speech ** 2) / 10 ** 0.5)
    return Audio.from_float(np.tile(speech, 2) + noise)


def _heard(model, audio, windows):
    from aligner.align.activity import Envelope
    from aligner.align.recognize import recognize_again

    return [(w.text, w.start, w.end, w.probability)
            for w in recognize_again(model, audio, Envelope(audio), windows, "en")]


def test_windows_that_fall_back_to_sampling_hear_the_same_words_every_run(noisy_talk, monkeypatch):
    from aligner.align.models import load_model, resolve_model

    from aligner.align import fallback_sampling

    temperatures = []  # of each 30-s window's final decoding (fallback_temperatures: one temperature at a time)
    fallback = fallback_sampling._View.generate_with_fallback

    def watched(self, *args, **kwargs):
        result = fallback(self, *args, **kwargs)
        temperatures.append(result[2])
        return result
    monkeypatch.setattr(fallback_sampling._View, "generate_with_fallback", watched)

    sampling_now, most = [0], [0]  # windows sampling at the same moment (each holds a 100-MB replica)
    generate = fallback_sampling._SamplesOnItsOwnReplica.generate

    def counted(self, *args, **kwargs):
        if not fallback_sampling._samples(kwargs) or self._load_replica is None:
            return generate(self, *args, **kwargs)
        sampling_now[0] += 1
        most[0] = max(most[0], sampling_now[0])
        try:
            return generate(self, *args, **kwargs)
        finally:
            sampling_now[0] -= 1
    monkeypatch.setattr(fallback_sampling._SamplesOnItsOwnReplica, "generate", counted)

    half = noisy_talk.duration / 2
    windows = [(0.0, half), (half, noisy_talk.duration)]
    two = load_model(resolve_model(None), "cpu", "int8", 2)
    one = load_model(resolve_model(None), "cpu", "int8", 1)
    first = _heard(two, noisy_talk, windows)
    assert len(temperatures) == 2 and min(temperatures) > 0  # both fell back to sampling: this test's case
    again = _heard(two, noisy_talk, windows)  # the workers' generators have moved on since
    one_thread = _heard(one, noisy_talk, windows)
    second_alone = _heard(two, noisy_talk, windows[1:])  # the other window not sampled before it
    assert first  # something was heard
    assert again == first
    assert one_thread == first
    assert second_alone == [w for w in first if w[1] >= half]
    assert most == [1]  # one replica at a time
