"""A podcast's jingle before the first line, ducked under it, is music, not the line's first word: the phone pass's
chunk starts where the tune stops holding its notes."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.opening_music import music_runs
from aligner.audio import Audio
from placing import placed_over
from synth import RATE, espeak_available, speak

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LINES = ["Guten Abend und herzlich willkommen zu unserem kleinen Vortrag.",
         "Heute geht es um den neuen Radweg entlang des Flusses."]


def _tune(seconds: float, seed: int = 1) -> np.ndarray:
    """Plucked three-note chords on every beat (I-V-vi-IV), a bass note on every other beat and a hi-hat's noise
    between beats; unit peak."""
    rng = np.random.default_rng(seed)
    n, beat = int(seconds * RATE), int(60 / 118 * RATE)
    y = np.zeros(n + beat)
    k = np.arange(beat) / RATE

    def pluck(f: float, decay: float) -> np.ndarray:
        return sum(np.sin(2 * np.pi * h * f * k) / h ** 1.5 for h in range(1, 6)) * np.exp(-k / decay)
    root = 220.0 * 2 ** (3 / 12)
    for b, i in enumerate(range(0, n, beat)):
        chord = [(0, 4, 7), (7, 11, 14), (9, 12, 16), (5, 9, 12)][(b // 4) % 4]
        for semis in chord:
            y[i:i + beat] += pluck(root * 2 ** (semis / 12), 0.25) * 0.3
        if b % 2 == 0:
            y[i:i + beat] += pluck(root / 2 * 2 ** (chord[0] / 12), 0.35) * 0.5
        h = i + beat // 2
        hat = np.diff(rng.normal(size=641)) * np.exp(-np.arange(640) / 160)
        y[h:h + 640] += hat[:len(y) - h] * 0.4
    return y[:n] / np.abs(y).max()


def _podcast(lead: float = 5.0, duck_db: float = 18.0, level: float = 2.4) -> tuple[Audio, list[tuple[float, float]]]:
    """The lines (espeak-ng German) after ``lead`` seconds of a tune louder than the voice, ducked ``duck_db`` from
    0.5 s before the first line (reaching it 0.1 s before) and faded out after it."""
    voice = [speak(text, voice="de") for text in LINES]
    gap = int(0.9 * RATE)
    spans, t = [], lead
    for x in voice:
        spans.append((t, t + len(x) / RATE))
        t += len(x) / RATE + gap / RATE
    y = np.zeros(int((t + 0.5) * RATE))
    for x, (a, _) in zip(voice, spans):
        y[int(round(a * RATE)):int(round(a * RATE)) + len(x)] += x
    rms = np.sqrt(np.mean(np.concatenate(voice) ** 2))
    head = spans[0][1] + 2.0
    tt = np.arange(int(head * RATE)) / RATE
    gain = np.interp(tt, [0.0, lead - 0.5, lead - 0.1, spans[0][1], head], [1, 1, 10 ** (-duck_db / 20), 10 ** (
        -duck_db / 20), 0])
    y[:len(tt)] += _tune(head) * gain * rms * level
    y += np.random.default_rng(2).normal(0, 0.0005, len(y))
    return Audio.from_float(y.astype(np.float32)), spans


@needs_espeak
def test_the_tune_before_the_first_line_is_music_and_the_voice_is_not():
    audio, spans = _podcast()
    runs = music_runs(audio, 0.0, audio.duration)
    assert runs and runs[0][0] < 0.5 and spans[0][0] - 0.6 <= runs[0][1] <= spans[0][0] + 0.15
    assert all(b <= spans[0][0] + 0.15 for a, b in runs)  # the ducked tune under the line does not pass for music
    slow = speak(" ".join(LINES), voice="de", speed=90)  # a slow, steady synthetic voice holds no notes
    assert music_runs(Audio.from_float(slow), 0.0, len(slow) / RATE) == []


@needs_espeak
def test_the_first_line_placed_early_in_the_tune_starts_on_its_voice():
    from aligner.align.boundaries import refine_stretch
    audio, spans = _podcast()
    # Whisper stamped its first word from the window's start, in the tune, 0.65 s before the voice
    items = [placed_over(LINES[0], spans[0][0] - 0.65, spans[0][1] - 0.1),
             placed_over(LINES[1], spans[1][0] + 0.05, spans[1][1] - 0.1)]
    refine_stretch(items, audio, Envelope(audio), 0.0, audio.duration, phonetic=True, language="de")
    assert items[0].acoustic, "the phone pass placed the first line"
    assert abs(items[0].segment.start - spans[0][0]) <= 0.1, (items[0].segment.start, spans[0][0])


@needs_espeak
def test_the_first_lines_chunk_does_not_reach_into_the_tune():
    from dataclasses import replace

    from aligner.align.boundaries import PhoneticRefiner, _Chunk
    audio, spans = _podcast()
    for early in (0.3, 0.65, 1.0, 1.5):
        for how in ("fuzzy", "substituted"):  # Whisper's first word stamped from in the tune, or the word unheard
            items = [placed_over(LINES[0], spans[0][0] - early, spans[0][1] - 0.1, how=how),
                     placed_over(LINES[1], spans[1][0] + 0.05, spans[1][1] - 0.1)]
            s = items[0].segment  # heard, it lasts into the voice (the tune does not hold words)
            items[0].segment = replace(s, words=(replace(s.words[0], end=spans[0][0] + 0.3),) + s.words[1:])
            _, lo, hi, _ = PhoneticRefiner._job(items, audio, Envelope(audio), 0.0, audio.duration, _Chunk([0]),
                                                "de", ())
            # not in the tune at full level (until 0.5 s before the line; then it is ducked over 0.4 s)
            assert spans[0][0] - 0.5 <= lo <= spans[0][0], (early, how, lo, spans[0][0])
            assert hi >= spans[0][1]
