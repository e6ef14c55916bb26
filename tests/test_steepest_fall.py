"""A talk's steepest fall: a dry voice falls faster than any room lets it, a voice heard in a hall does not.

The talk is espeak-ng's under a hiss 20 dB under it, heard
dry or through a synthetic hall (direct sound, then exponentially decaying diffuse reflections as loud as it,
RT60 0.9 s: a hall heard from afar, as ``rd6_*``), so which one is a room is known by construction.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from synth import RATE, espeak_available, speak  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.steepest_fall import ROOM_FALL_MAX, steepest_fall, too_steep_for_a_room  # noqa: E402
from aligner.audio import Audio  # noqa: E402

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LINES = ("Press one to call this number.", "Press zero for help.", "Press four for the previous message.",
         "Press eight to forward the message to another user.")


@lru_cache(maxsize=None)
def _talk(rt60: float) -> Audio:
    rng = np.random.default_rng(7)
    parts = [np.zeros(int(0.5 * RATE), np.float32)]
    voices = [speak(text) for text in LINES]
    for v in voices * 2:
        parts += [v, np.zeros(int(0.9 * RATE), np.float32)]
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(x[np.abs(x) > 0.01] ** 2)))
    if rt60:
        t = np.arange(int(rt60 * RATE)) / RATE
        h = rng.normal(size=len(t)) * np.exp(-6.9 * t / rt60)
        h[:48] = 0.0
        h = h / np.sqrt(np.sum(h ** 2))  # as much reverberant as direct sound: heard from afar
        h[0] = 1.0
        x = np.convolve(x, h)[:len(x)].astype(np.float32)
    x = x + rng.normal(size=len(x)).astype(np.float32) * level * 10 ** (-20 / 20)
    return Audio.from_float(x.astype(np.float32))


def test_a_dry_voice_falls_faster_than_a_room_lets_it():
    audio = _talk(rt60=0.0)
    fall = steepest_fall(Envelope(audio), 0.0, audio.duration)
    assert fall is not None and fall > ROOM_FALL_MAX, fall
    assert too_steep_for_a_room(Envelope(audio), 0.0, audio.duration)


def test_a_voice_in_a_hall_falls_no_faster_than_the_room_lets_it():
    audio = _talk(rt60=0.9)
    fall = steepest_fall(Envelope(audio), 0.0, audio.duration)
    assert fall is not None and fall < ROOM_FALL_MAX, fall
    assert not too_steep_for_a_room(Envelope(audio), 0.0, audio.duration)


def test_too_little_voice_to_tell():
    audio = _talk(rt60=0.0)
    assert steepest_fall(Envelope(audio), 0.0, 1.5) is None
    assert not too_steep_for_a_room(Envelope(audio), 0.0, 1.5)
    assert not too_steep_for_a_room(None, 0.0, audio.duration)


def _dry_talk_with_fading_ends(lines: int = 8) -> tuple[Audio, list[tuple[float, float]]]:
    """A dry voice under a hiss 20 dB under it whose every line's last sound fades on past where the phone pass
    ends it, smoothly, at 0.4 dB per 10 ms -- a hall's rate (``hx_real_coughs_inside_labels``: a fading last
    syllable under a murmur) -- down to the hiss: (audio, the lines' (start, early end))."""
    rng = np.random.default_rng(5)
    a = speak("Press one to call this number.")
    n = int(0.6 * RATE)
    last = a[-800:] * np.hanning(800)  # the last 50 ms's spectrum goes on, fading
    mag = np.abs(np.fft.rfft(last, n))
    fade = np.fft.irfft(mag * np.exp(2j * np.pi * rng.random(len(mag))), n)
    fade *= float(np.sqrt(np.mean(a[-800:] ** 2))) / np.sqrt(np.mean(fade ** 2))
    fade *= 10 ** (-0.4 * np.arange(n) / (0.01 * RATE) / 20)
    parts, spans, pos = [np.zeros(int(0.8 * RATE))], [], int(0.8 * RATE)
    for _ in range(lines):
        parts += [a, fade, np.zeros(int(0.9 * RATE))]
        spans.append((pos / RATE, (pos + len(a)) / RATE))
        pos += len(a) + n + int(0.9 * RATE)
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(a * a)))
    spec = np.fft.rfft(rng.normal(size=len(x)))
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec[(f < 100) | (f > 4000)] = 0
    hiss = np.fft.irfft(spec, len(x))
    x = x + hiss / np.sqrt(np.mean(hiss ** 2)) * level * 10 ** (-20 / 20)
    return Audio.from_float(x.astype(np.float32)), spans


def test_a_dry_talk_whose_last_sounds_fade_as_a_tail_is_no_hall():
    """The fades after the early ends read as a room's tail after 7 of 8 ends, so the old vote took the talk for a
    hall and no end was followed down (each stayed where the phone pass put it); the voice falls faster than any
    room lets it at its words' ends, so the talk is no hall and every end follows its fade down to the hiss."""
    from aligner.align.boundaries import follow_last_sounds
    from aligner.align.last_sound import in_a_hall, last_sound_at, room_tail_after
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    audio, spans = _dry_talk_with_fading_ends()
    env = Envelope(audio)
    text = "Press one to call this number."
    items = [Placed(Segment(text, s, e, words=(Word("Press", s, s + 0.3, 0.9), Word("number.", s + 0.3, e, 0.9))),
                    ("exact",) * 2) for s, e in spans]
    bounds = [(spans[k - 1][1] if k else 0.0, spans[k + 1][0] if k + 1 < len(spans) else audio.duration)
              for k in range(len(spans))]
    tails = [room_tail_after(last_sound_at(audio, s, e, *bounds[k])) for k, (s, e) in enumerate(spans)]
    assert in_a_hall(tails)  # one end at a time, the fade is a room's tail
    assert too_steep_for_a_room(env, 0.0, audio.duration)
    follow_last_sounds(items, audio, [True] * len(items), 0.0, audio.duration, None, env)
    moved = [item.segment.end - e for item, (_, e) in zip(items, spans)]
    # the fade meets the hiss (+6 dB) 0.35 s on; 0.5 s on it is under it
    assert all(0.2 <= m <= 0.5 for m in moved), moved
