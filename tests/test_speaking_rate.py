"""Each line's expected length follows its own voice's pace (an interview's quick and slow speakers take turns),
so the pause pass keeps a right boundary in the pause between them."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.pauses import snap_to_pauses
from aligner.align.placement import Placed
from aligner.align.speaking_rate import line_seconds_per_char, syllable_count
from aligner.audio import Audio
from aligner.document import Segment, Word
from synth import RATE, espeak_available, speak

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

#: (text, espeak-ng words a minute): a quick interviewer's short questions, a slow guest's long answers.
TURNS = [
    ("Hur började det hela?", 330),
    ("Det började med en gammal båt som ingen ville ha, och som låg och ruttnade vid bryggan.", 110),
    ("Vem hjälpte till?", 330),
    ("Grannarna kom med verktyg och färg, och en pensionerad snickare lärde oss att byta plankor.", 110),
    ("Vad är svårast?", 330),
    ("Att hitta pengar till segel, för de gamla var så trasiga att man kunde se himlen genom dem.", 110),
    ("Vad önskar du dig?", 330),
    ("Att fler vill vara med, så att båten kan segla ut till öarna även nästa år.", 110),
]


def _interview(pause: float = 0.7) -> tuple[Audio, list[tuple[float, float]]]:
    rng = np.random.default_rng(5)
    pieces, spans, t = [np.zeros(int(0.5 * RATE), np.float32)], [], 0.5
    for text, speed in TURNS:
        x = speak(text, voice="sv", speed=speed)
        spans.append((t, t + len(x) / RATE))
        pieces += [x, np.zeros(int(pause * RATE), np.float32)]
        t += len(x) / RATE + pause
    y = np.concatenate(pieces)
    y = y + rng.normal(0, 0.0005, len(y)).astype(np.float32)
    return Audio.from_float(y), spans


def _forced(text: str, start: float, end: float) -> Placed:
    """A line placed by forcing: its words spread evenly over it, none matched to what Whisper heard."""
    words = text.split()
    step = (end - start) / len(words)
    ws = tuple(Word(w, start + k * step, start + (k + 1) * step, 0.5) for k, w in enumerate(words))
    return Placed(Segment(text, start=start, end=end, words=ws), tuple("substituted" for _ in ws))


@needs_espeak
def test_a_quick_line_between_slow_ones_is_expected_short_and_a_slow_one_long():
    audio, spans = _interview()
    env = Envelope(audio)
    segs = [Segment(text, start=a, end=b) for (text, _), (a, b) in zip(TURNS, spans)]
    rates = line_seconds_per_char(segs, env, 0.0, audio.duration)
    truth = [(b - a) / len(text) for (text, _), (a, b) in zip(TURNS, spans)]
    pooled = sum(b - a for a, b in spans) / sum(len(t) for t, _ in TURNS)
    for got, true in zip(rates, truth):  # each line nearer its own pace than the pooled rate is
        assert abs(got - true) < abs(pooled - true)


@needs_espeak
def test_right_boundaries_between_a_quick_and_a_slow_voice_stay_in_their_pauses():
    audio, spans = _interview()
    env = Envelope(audio)
    items = [_forced(text, a, b) for (text, _), (a, b) in zip(TURNS, spans)]
    snap_to_pauses(items, env, 0.0, audio.duration)
    for item, (a, b) in zip(items, spans):
        assert abs(item.segment.start - a) <= 0.05 and abs(item.segment.end - b) <= 0.05, item.segment.text


def test_syllables_are_the_envelopes_peaks_that_stand_clear_of_the_dips_beside_them():
    t = np.arange(0, 1.0, 0.01)
    levels = -30 + 12 * np.sin(2 * np.pi * 2.5 * t) ** 2  # five swells of 12 dB in a second
    assert syllable_count(levels, -40.0) == 5
    assert syllable_count(levels + np.random.default_rng(0).normal(0, 0.5, len(t)), -40.0) == 5  # ripple: no more
    assert syllable_count(levels, -10.0) == 0  # under the floor: no syllable
