"""A breath drawn before a sentence is part of the pause: the pause pass starts the sentence on its voice."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.breaths import without_breaths
from aligner.align.pauses import snap_to_pauses
from aligner.audio import Audio
from synth import espeak_available, speak
from placing import placed_over

RATE = 16000

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

FR = ["Bonjour à tous, et merci d'être venus ce matin.", "Nous avons suivi deux cents élèves pendant trois ans.",
      "Les progrès ont été rapides dès le premier trimestre."]


def _breath(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Breath-like noise: white noise high-passed by a first difference, rising and falling."""
    n = int(seconds * RATE)
    x = np.diff(rng.normal(0, 1, n + 1))
    return (x * np.hanning(n)).astype(np.float32)


def _talk_with_breaths(breath_db: float) -> tuple[Audio, list[tuple[float, float]], list[tuple[float, float]]]:
    """Three French sentences 0.9 s apart; before the second and third, a 0.25 s breath ending 0.15 s before the
    voice, ``breath_db`` (dB, RMS) under the speech.  Returns (audio, each sentence's span, each breath's span)."""
    rng = np.random.default_rng(5)
    pos, parts, spans, breaths = int(0.6 * RATE), [], [], []
    for k, text in enumerate(FR):
        x = speak(text, voice="fr-fr")
        x = x * (0.1 / np.sqrt(np.mean(x ** 2)))
        if k:
            b = _breath(0.25, rng)
            b = b * (0.1 * 10 ** (-breath_db / 20) / np.sqrt(np.mean(b ** 2)))
            at = pos - int(0.15 * RATE) - len(b)
            parts.append((at, b))
            breaths.append((at / RATE, (at + len(b)) / RATE))
        parts.append((pos, x))
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        pos += len(x) + int(0.9 * RATE)
    y = rng.normal(0, 0.0005, pos).astype(np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x
    return Audio.from_float(y), spans, breaths


@needs_espeak
def test_a_sentence_starts_on_its_voice_not_on_the_breath_before_it():
    audio, spans, breaths = _talk_with_breaths(breath_db=16.0)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    # the breaths rise over the sound threshold as sound of their own, between the sentences
    assert all(any(a <= (b0 + b1) / 2 <= b for a, b in runs) for b0, b1 in breaths)
    # placement as Whisper leaves it: each start a little late, each end a little early
    items = [placed_over(text, a + 0.06, b - 0.08) for text, (a, b) in zip(FR, spans)]
    snap_to_pauses(items, env, 0.0, audio.duration)
    for item, (a, b) in zip(items[1:], spans[1:]):
        assert abs(item.segment.start - a) <= 0.04, (item.segment.start, a)
    for item, (a, b) in zip(items[:-1], spans[:-1]):
        assert abs(item.segment.end - b) <= 0.06, (item.segment.end, b)


@needs_espeak
def test_a_first_syllable_cut_off_by_a_closure_is_not_a_breath():
    """A sentence's own first syllable, apart from the rest by a stop's closure, is as loud as its speech."""
    rng = np.random.default_rng(2)
    first = speak("Et", voice="fr-fr")
    rest = speak("puis nous avons suivi deux cents élèves.", voice="fr-fr")
    gap = np.zeros(int(0.16 * RATE), np.float32)
    y = np.concatenate([np.zeros(int(0.5 * RATE), np.float32), first, gap, rest,
                        np.zeros(int(0.5 * RATE), np.float32)])
    y = y + rng.normal(0, 0.0005, len(y)).astype(np.float32)
    env = Envelope(Audio.from_float(y))
    runs = env.voiced_runs(0.0, len(y) / RATE, bridge=0.12)
    assert len(runs) >= 2 and runs[0][1] < 0.5 + len(first) / RATE + 0.05  # "Et" is a run of its own
    assert without_breaths(env, runs) == runs
