"""The talk heard again seconds later -- a livestream playing in the room -- found and taken out (``delayed_copy``).

``gx_festival_stream_csv_ts``, ``gx_nl_espeak_two_speakers_stream_pair``: for a stretch of the talk someone's laptop
plays its livestream, the talk itself 1.6-2.6 s late through a small speaker and the room, 15 dB under the voice.
Lines began on the copy of the line before's words in the pauses and ended on it.  The speech is espeak-ng's; the
copy, its speaker, the room and the noise are made here, so each line's truth is its trimmed utterance's span.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.delayed_copy import copy_delay, without_delayed_copy  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["The research group discussed an old water pipe at the end of the year.",
         "For now, the city council planned the rules for public parking.",
         "The head nurse reviewed the annual budget before the holidays.",
         "Our finance office repaired the cost of cleaning the park.",
         "The students improved an old water pipe during the meeting.",
         "In the end, the board of directors explained the new schedule.",
         "According to the minutes, the museum staff planned a report about air quality.",
         "As expected, every visitor approved the design of the bridge."]
PAUSES = [0.7, 0.55, 0.8, 0.6, 0.75, 0.65, 0.7]


def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return np.fft.irfft(spec * (1 / (1 + (f / high) ** 8)) * (1 - 1 / (1 + (f / low) ** 8)), len(x))


def _talk(late: Optional[float] = None, under_db: float = 15.0) -> tuple[Audio, list[tuple[float, float]],
                                                                       tuple[float, float]]:
    """The lines with their pauses, and (``late`` s) the talk again that much later through a laptop's speaker
    (300-5000 Hz) and a room (RT60 0.4 s), ``under_db`` under the voice, from the pause before the third line to
    the pause after the seventh; a quiet room's noise 40 dB under it all: (audio, true spans, the copy's span)."""
    rng = np.random.default_rng(11)
    parts, spans, pos = [np.zeros(int(0.5 * RATE))], [], int(0.5 * RATE)
    for k, text in enumerate(LINES):
        x = speak(text).astype(np.float64)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        gap = PAUSES[k] if k < len(PAUSES) else 0.6
        parts += [x, np.zeros(int(gap * RATE))]
        pos += len(x) + int(gap * RATE)
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]) ** 2)))
    a = (spans[1][1] + spans[2][0]) / 2
    b = (spans[6][1] + spans[7][0]) / 2
    if late is not None:
        d = int(late * RATE)
        copy = np.zeros_like(x)
        copy[d:] = x[:-d]
        t = np.arange(int(0.4 * RATE)) / RATE
        room = rng.normal(size=len(t)) * np.exp(-6.9 * t / 0.4)
        room[:48] = 0.0
        room = 0.35 * room / np.sqrt(np.sum(room ** 2))
        room[0] = 1.0
        copy = np.convolve(_band(copy, 300.0, 5000.0), room)[:len(x)]
        gate = np.zeros_like(x)
        gate[int(a * RATE):int(b * RATE)] = 1.0
        heard = np.concatenate([copy[int((s + late) * RATE):int((e + late) * RATE)] for s, e in spans
                                if (e + late) * RATE <= len(x)])
        x = x + copy * gate * level * 10 ** (-under_db / 20) / np.sqrt(np.mean(heard ** 2))
    x = x + rng.normal(size=len(x)) * level * 10 ** (-40 / 20)
    return Audio.from_float(x.astype(np.float32)), spans, (a, b)


def _db(audio: Audio, a: float, b: float) -> float:
    return float(10 * np.log10(np.mean(audio.float32(a, b).astype(np.float64) ** 2) + 1e-12))


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_talk_with_no_copy_is_left_as_it_came():
    audio, _, _ = _talk()
    assert copy_delay(audio) is None
    assert without_delayed_copy(audio) is audio


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("late", [1.7, 2.4])
def test_the_copy_is_found_at_its_delay_and_taken_out_of_the_pauses_where_it_plays(late):
    audio, spans, (a, b) = _talk(late)
    lag = copy_delay(audio)
    assert lag is not None and abs(lag / RATE - late) <= 0.001, lag
    cleaned = without_delayed_copy(audio)
    pauses = [(e + 0.05, s - 0.05) for (_, e), (s, _) in zip(spans, spans[1:]) if a + 0.1 < e and s < b - 0.1]
    assert len(pauses) >= 3
    for p, q in pauses:  # the copy was all there was in them, 15 dB under the voice; now 6 dB or more less
        assert _db(cleaned, p, q) <= _db(audio, p, q) - 6.0, (p, q, _db(audio, p, q), _db(cleaned, p, q))
    for s, e in spans:  # the voice is left: its level within a dB
        assert abs(_db(cleaned, s, e) - _db(audio, s, e)) < 1.0
    before, after = audio.index(a - 1.0), audio.index(b + 1.0)  # nothing taken where it did not play
    assert np.array_equal(cleaned.samples[:before], audio.samples[:before])
    assert np.array_equal(cleaned.samples[after:], audio.samples[after:])


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("late", [1.7, 2.4])
def test_lines_start_and_end_on_the_voice_not_on_its_copy(late):
    """Before the copy was taken out, the phone pass began the third line 309 ms early on the copy of the second's
    words in the pause (``late`` 1.7 s), the seventh 188 ms early and the sixth's end went 402 ms onto the copy
    (2.4 s), as on ``gx_festival_stream_csv_ts``."""
    from aligner.align import AlignOptions, align
    from aligner.document import Document, Segment

    audio, spans, _ = _talk(late)
    result = align(Document([Segment(t) for t in LINES]), audio, AlignOptions())
    starts = [s.start - a for s, (a, _) in zip(result.segments, spans)]
    ends = [s.end - b for s, (_, b) in zip(result.segments, spans)]
    assert max(abs(e) for e in starts) <= 0.05, starts
    assert max(abs(e) for e in ends) <= 0.25, ends


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_synthesizer_saying_a_line_again_is_no_stream():
    """A speech synthesizer says a line the same way to the sample: said again two seconds later it is an exact copy
    of itself over the windows that hold it, but no stream (``rd19_espeak_short_pa_near``); it is left as it is."""
    rng = np.random.default_rng(3)
    said = ["Sit down, please.", "Go on.", "Sit down, please.", "Not now.", "Thanks a lot.", "Almost done."]
    parts = [np.zeros(int(0.5 * RATE))]
    for text in said:
        parts += [speak(text).astype(np.float64), np.zeros(int(0.6 * RATE))]
    x = np.concatenate(parts)
    x = x + rng.normal(size=len(x)) * 10 ** (-50 / 20)
    audio = Audio.from_float(x.astype(np.float32))
    assert without_delayed_copy(audio) is audio
