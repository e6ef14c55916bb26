"""A line's end on the copy of its last sound (a room's slap-back) goes back to where the voice stopped.

In a small room with a hard wall the recorder hears the voice again 40-150 ms later, a few dB under it; the phone
pass heard that copy as the last phone and ended lines late by the delay (``rd31_espeak_tiled_dashes_mulaw``,
``rd37_*``).  The speech is espeak-ng's; the room (a short diffuse tail and one reflection) is made here, so each
line's true end is its trimmed utterance's last sample.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from placing import placed_over  # noqa: E402
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.echoes import echo_delay  # noqa: E402
from aligner.align.boundaries import end_at_first_arrival  # noqa: E402
from aligner.align.slap_back import voice_end  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["Please try again.", "Thank you for waiting.", "The board met on Monday morning.",
         "We will call you again soon.", "Your call is important to them.", "The results came in last week."]


def _talk(slap: Optional[tuple[float, float]]) -> tuple[Audio, list[tuple[float, float]]]:
    """The lines 1 s apart in a small room (a diffuse tail of RT60 0.35 s, 10 dB under the direct sound) with one
    reflection ``slap`` = (delay s, dB under the voice), or none; a quiet room noise: (audio, true spans)."""
    rng = np.random.default_rng(11)
    parts, spans, pos = [np.zeros(int(0.6 * RATE), np.float32)], [], int(0.6 * RATE)
    for text in LINES:
        x = speak(text)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        parts += [x, np.zeros(int(1.0 * RATE), np.float32)]
        pos += len(x) + int(1.0 * RATE)
    x = np.concatenate(parts).astype(np.float64)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]).astype(np.float64) ** 2)))
    t = np.arange(int(0.4 * RATE)) / RATE
    h = rng.normal(size=len(t)) * np.exp(-6.9 * t / 0.35)
    h[:64] = 0.0
    h = 10 ** (-10.0 / 20) * h / np.sqrt(np.sum(h ** 2))
    h[0] = 1.0
    if slap is not None:
        i = int(round(slap[0] * RATE))
        h[i - 1:i + 2] += np.array([0.2, 0.6, 0.2]) * 10 ** (-slap[1] / 20)  # a wall dulls the highs a little
    x = np.convolve(x, h)[:len(x)]
    x = x + rng.normal(size=len(x)) * level * 10 ** (-40 / 20)
    return Audio.from_float(x.astype(np.float32)), spans


def _ends(audio: Audio, spans, late: float, echo: Optional[float]) -> tuple[int, list[float]]:
    """Each line's end error (s) after :func:`end_at_first_arrival`, the phone pass's end put ``late`` s after the
    voice's true end; and how many moved."""
    items = [placed_over(text, a, b + late) for text, (a, b) in zip(LINES, spans)]
    moved = end_at_first_arrival(items, audio, [True] * len(items), echo)
    return moved, [it.segment.end - b for it, (_, b) in zip(items, spans)]


ROOMS = [(0.06, 4.0), (0.09, 6.0), (0.14, 7.0)]


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_ends_on_the_copy_go_back_to_the_voice_and_right_ends_stay():
    """18 lines in three rooms.  Ended on the copy's end (the delay late), an end goes back by exactly the delay
    where the delay before it is a copy and the delay after it none: measured 9 of the 18 (espeak-ng's last sounds
    fade, and the copy of a faded sound drowns in the room's tail), the others stay.  Ended right, the delay after
    the end holds the copy: 2 of 18 moved (their last delay the copy of the louder sound before, over a voice
    fading 10-15 dB under it -- in the waveform as in the level, the one case that looks like an end on a copy)."""
    back, wrong, late_total = 0, 0, 0
    for delay, db in ROOMS:
        audio, spans = _talk((delay, db))
        echo = echo_delay(audio)
        assert echo is not None and abs(echo - delay) <= 0.002, echo
        moved, errors = _ends(audio, spans, delay, echo)
        assert all(abs(e) <= 0.003 or abs(e - delay) < 1e-9 for e in errors), errors  # back to the voice, or kept
        back += sum(abs(e) <= 0.003 for e in errors)
        late_total += len(errors)
        moved, errors = _ends(audio, spans, 0.0, echo)
        wrong += moved
    assert back >= late_total // 2, back
    assert wrong <= 2, wrong


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_without_a_copy_no_end_is_taken_for_one():
    """A room with no reflection: the talk has no echo, and even asked at a made-up delay, a steady-pitched voice
    (espeak-ng's, periodic at every multiple of its period) is not taken for a copy of itself."""
    audio, spans = _talk(None)
    assert echo_delay(audio) is None
    assert _ends(audio, spans, 0.09, None)[0] == 0
    for (a, b) in spans:
        for end in (b, b + 0.09):
            assert voice_end(audio, a, end, 0.09) is None, (a, end)
