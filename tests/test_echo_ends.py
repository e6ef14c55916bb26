"""A PA's echo: found from the talk's own correlation, and line ends are not followed into it.

In a hall with a PA the recorder hears the voice again from the loudspeakers, 45-190 ms later and 2-10 dB under
it (``zx_espeak_short_pa``, ``zx_real_pa_hall``, ``rd19_*``).  After the voice stops, that copy holds the line's last
level for the delay, and last_sound followed ends into it (60-300 ms late).  The speech is espeak-ng's; the echo,
the hall and the hum are made here, so each line's true end is its trimmed utterance's last sample.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from placing import ends_after_following  # noqa: E402
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.echoes import echo_delay  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["Please try again.", "Thank you for waiting.", "Good morning.", "The board met on Monday morning.",
         "We will call you again soon.", "Not yet.", "Your call is important to them.", "All done."]


def _talk(echo: Optional[tuple[float, float]] = None, room: str = "dry") -> tuple[Audio, list[tuple[float, float]]]:
    """The lines 1.1 s apart, with a copy of the voice ``echo`` = (delay s, dB under it), in a hall heard from afar
    (``room="hall"``: RT60 1.1 s, the reflections 3 dB under the direct sound) or over a 50 Hz hum with its
    harmonics 20 dB under the speech (``room="hum"``); a quiet room under it all: (audio, true spans)."""
    rng = np.random.default_rng(7)
    parts, spans, pos = [np.zeros(int(0.6 * RATE), np.float32)], [], int(0.6 * RATE)
    for text in LINES:
        x = speak(text)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        parts += [x, np.zeros(int(1.1 * RATE), np.float32)]
        pos += len(x) + int(1.1 * RATE)
    x = np.concatenate(parts).astype(np.float64)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]).astype(np.float64) ** 2)))
    if echo is not None:
        delay, db = echo
        i = int(delay * RATE)
        x[i:] += x[:-i] * 10 ** (-db / 20)
    if room == "hall":
        t = np.arange(int(1.1 * RATE)) / RATE
        h = rng.normal(size=len(t)) * np.exp(-6.9 * t / 1.1)
        h[:48] = 0.0
        h = 10 ** (-3.0 / 20) * h / np.sqrt(np.sum(h ** 2))
        h[0] = 1.0
        x = np.convolve(x, h)[:len(x)]
    if room == "hum":
        t = np.arange(len(x)) / RATE
        hum = sum(np.sin(2 * np.pi * 50 * k * t) / k for k in range(1, 8))
        x = x + hum / np.sqrt(np.mean(hum ** 2)) * level * 10 ** (-20 / 20)
    x = x + rng.normal(size=len(x)) * level * 10 ** (-45 / 20)
    return Audio.from_float(x.astype(np.float32)), spans


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("delay, db", [(0.05, 4.0), (0.095, 3.0), (0.17, 8.0)])
def test_an_echo_is_found_at_its_delay(delay, db):
    audio, _ = _talk(echo=(delay, db), room="hall")
    found = echo_delay(audio)
    assert found is not None and abs(found - delay) <= 0.002, found


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("room", ["dry", "hall", "hum"])
def test_a_room_or_a_hum_is_no_echo(room):
    audio, _ = _talk(room=room)
    assert echo_delay(audio) is None  # a hall's reverberation is no copy; a hum is periodic, not a voice again


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_ends_are_not_followed_into_the_echo():
    audio, spans = _talk(echo=(0.1, 3.0))
    moved = ends_after_following(audio, LINES, spans, early=0.0)
    # without the echo: the copy holds each line's last level for 0.1 s and ends went 0.1 s late
    assert sum(abs(m) <= 0.03 for m in moved) >= len(moved) - 1, [round(m, 3) for m in moved]


def _two_lines_through_a_pa(pause: float, delay: float) -> tuple[Audio, list[tuple[float, float]]]:
    """Two short lines ``pause`` s apart, the loudspeakers' copy ``delay`` s late and 3 dB under the voice, carrying
    a hall's tail (RT60 1 s) that fills the short pause: (audio, true spans)."""
    rng = np.random.default_rng(3)
    parts, spans, pos = [np.zeros(int(0.6 * RATE), np.float32)], [], int(0.6 * RATE)
    for text, after in zip(SHORT_LINES, (pause, 1.0)):
        x = speak(text)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        parts += [x, np.zeros(int(after * RATE), np.float32)]
        pos += len(x) + int(after * RATE)
    x = np.concatenate(parts).astype(np.float64)
    t = np.arange(RATE) / RATE
    h = rng.normal(size=len(t)) * np.exp(-6.9 * t / 1.0)
    h[:48] = 0.0
    h = 10 ** (-3.0 / 20) * h / np.sqrt(np.sum(h ** 2))
    h[0] = 1.0
    i = int(delay * RATE)
    x[i:] += np.convolve(x, h)[:len(x) - i] * 10 ** (-3 / 20)
    x = x + rng.normal(size=len(x)) * 0.1 * 10 ** (-45 / 20)
    return Audio.from_float(x.astype(np.float32)), spans


SHORT_LINES = ["That is all.", "Try it now."]


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_join_is_not_moved_past_the_copy_of_the_line():
    """The phone pass ended a short line 150 ms late, inside the PA's copy (rd24_espeak_short_pa_late); the copy
    and its hall's tail leave too little pause to tell, and the join rule took the end on to the quiet after the
    copy (+276 ms).  Taken back by the echo's delay, the end stays where the phone pass put it."""
    from aligner.align.activity import Envelope
    from aligner.align.pauses import joins_into_dips
    from placing import placed_over

    audio, spans = _two_lines_through_a_pa(0.4, 0.14)
    echo = echo_delay(audio)
    assert echo is not None and abs(echo - 0.14) <= 0.002
    env = Envelope(audio)
    phone_end = spans[0][1] + 0.15
    ends = []
    for run_on in (0.0, echo):
        items = [placed_over(SHORT_LINES[0], spans[0][0], phone_end, spans[0][0]),
                 placed_over(SHORT_LINES[1], spans[1][0], spans[1][1], spans[1][0])]
        joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio, run_on=run_on)
        ends.append(items[0].segment.end)
    assert ends[0] > phone_end + 0.08, ends  # the quiet after the copy: the cause
    assert abs(ends[1] - phone_end) <= 0.01, ends
