"""A low rumble that comes and goes (thunder, traffic passing) heard through a telephone's low edge where it plays
(``low_rumble``, as the engine's first step ``engine.as_heard`` hears the recording).

``bx_festival_thunder_dashes``, ``bx_real_long_mix_mkv``, ``bx_real_thunder_dashes``: a rumble under 300 Hz rolling
in swells a few dB under the speech for seconds, over lines and pauses.  The envelope read a pause under it as loud as
a quiet last syllable.  The speech is espeak-ng's; the rumble (brown noise under 250 Hz, swelling and ebbing over 6 s),
a steady mains hum and the room's noise are made here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.engine import as_heard  # noqa: E402
from aligner.align.low_rumble import rumble_spans, without_low_rumble  # noqa: E402
from aligner.align.thin_voices import fundamental_over_floor  # noqa: E402
from aligner.audio import Audio  # noqa: E402

LINES = ["The research group discussed an old water pipe at the end of the year.",
         "For now, the city council planned the rules for public parking.",
         "The head nurse reviewed the annual budget before the holidays.",
         "Our finance office repaired the cost of cleaning the park.",
         "In the end, the board of directors explained the new schedule."]
PAUSE = 0.8

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")


def _lows(x: np.ndarray, high: float) -> np.ndarray:
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return np.fft.irfft(spec * (f < high), len(x))


def _talk(rumble: bool = True, hum: bool = False) -> tuple[Audio, list[tuple[float, float]], tuple[float, float]]:
    """The lines with their pauses, a quiet room's noise 40 dB under them, and (``rumble``) a rumble under 250 Hz
    swelling in over the second line and out after the third, 3 dB under the voice at its loudest; (``hum``) a
    steady 50 Hz hum with its harmonics 12 dB under the voice all through: (audio, the lines' spans, the rumble's)."""
    rng = np.random.default_rng(5)
    parts, spans, pos = [np.zeros(int(0.6 * RATE))], [], int(0.6 * RATE)
    for text in LINES:
        x = speak(text).astype(np.float64)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        parts += [x, np.zeros(int(PAUSE * RATE))]
        pos += len(x) + int(PAUSE * RATE)
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]) ** 2)))
    a, b = spans[1][0] - 0.5, spans[2][1] + 0.5
    if rumble:
        brown = np.cumsum(rng.normal(size=len(x)))
        low = _lows(brown - np.convolve(brown, np.ones(4001) / 4001, mode="same"), 250.0)
        t = np.arange(len(x)) / RATE
        swell = np.where((t > a) & (t < b), np.sin(np.pi * np.clip((t - a) / (b - a), 0, 1)) ** 2, 0.0)
        swell *= 1 + 0.3 * np.sin(2 * np.pi * 0.7 * t)  # rolling
        inside = (t > a + 1) & (t < b - 1)
        x = x + low * swell * level * 10 ** (-3 / 20) / np.sqrt(np.mean((low * swell)[inside] ** 2))
    if hum:
        t = np.arange(len(x)) / RATE
        tone = sum(np.sin(2 * np.pi * 50 * k * t) / k for k in range(1, 6))
        x = x + tone * level * 10 ** (-12 / 20) / np.sqrt(np.mean(tone ** 2))
    x = x + rng.normal(size=len(x)) * level * 10 ** (-40 / 20)
    return Audio.from_float((0.5 * x / np.max(np.abs(x))).astype(np.float32)), spans, (a, b)


def test_a_rumble_is_found_where_it_plays_and_a_pause_under_it_reads_as_quiet_as_pause_elsewhere():
    audio, spans, (a, b) = _talk()
    found = rumble_spans(audio)
    assert len(found) == 1
    lo, hi = found[0]
    mid = (a + b) / 2
    assert a - 0.5 <= lo <= mid - 1.5 and mid + 1.5 <= hi <= b + 1.5  # over its loud middle, not beyond it
    heard, notes = as_heard(audio)
    assert heard is not audio and notes == []
    under = (spans[1][1], spans[2][0])  # the pause between the two lines under the rumble's loudest
    clear = (spans[3][1], spans[4][0])  # a pause with no rumble
    before, after = Envelope(audio), Envelope(heard)
    # before: the pause under the rumble stood far over the clear one (the rumble was read as sound) ...
    assert before.power(under[0] + 0.1, under[1] - 0.1) > before.power(clear[0] + 0.1, clear[1] - 0.1) + 15
    # ... heard through the telephone's low edge it stands within a few dB of it
    assert after.power(under[0] + 0.1, under[1] - 0.1) < after.power(clear[0] + 0.1, clear[1] - 0.1) + 8
    # the lines' voices keep their level; away from the rumble not a sample moves
    for s, e in spans[1:3]:
        assert abs(after.voice_level(s, e) - before.voice_level(s, e)) < 3
    i = audio.index(hi + 1.0)
    assert np.array_equal(heard.samples[i:], audio.samples[i:])


def test_a_talk_with_no_rumble_or_a_steady_hum_is_heard_as_it_came():
    for audio in (_talk(rumble=False)[0], _talk(rumble=False, hum=True)[0]):
        assert rumble_spans(audio) == []
        assert without_low_rumble(audio) is audio
        assert as_heard(audio)[0] is audio


def test_a_voice_heard_through_the_rumbles_cut_is_not_read_as_one_without_its_fundamental():
    """``bx_real_thunder_dashes`` "You cannot reply to this message ...": heard through the cut, the line's last words
    had no fundamental, and ``move_off_thin_voices`` took them for an interpreter's and ended the line 0.40 s early."""
    audio, spans, _ = _talk()
    heard, _ = as_heard(audio)
    assert heard.low_cut
    (a, b), = heard.low_cut
    s, e = spans[1]  # the second line: it begins before the rumble's loud part and ends under it
    centres, f0, over = fundamental_over_floor(heard, s, e)
    inside = (centres >= a) & (centres <= b)
    assert inside.any() and (~inside & ~np.isnan(over)).any()
    assert np.isnan(over[inside]).all()  # nothing known where the fundamental was taken out
