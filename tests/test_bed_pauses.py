"""Pauses under a machine switched on partway through a talk, read octave by octave (bed_pauses).

Built from the tests' gliding harmonic voice (synth.gliding_voice) in lines with pauses between them, and a pump: a
motor's low noise beating 10 times a second that starts under the second line and swells for a second, then
runs steadily to the end, loud enough that every pause after it is over the talk's loudness threshold -- as the
espresso machine's pump was under a Swedish talk of the twenty-fifth aside set (lines 6 and 7 ended 0.97 and 1.50 s
late, on the next line's start).
"""

from __future__ import annotations

import numpy as np

RATE = 16000
LINES = [(0.5, 2.5), (3.5, 5.5), (6.6, 8.6), (9.8, 11.8)]
PUMP_FROM = 5.0


def _pump(n: int, rng: np.random.Generator, level: float) -> np.ndarray:
    """A vibratory pump: a 50 Hz solenoid's buzz (its harmonics to 2 kHz), beating 10 times a second (+-3 dB),
    swelling 12 dB over its first second."""
    t = np.arange(n) / RATE
    buzz = sum(np.sin(2 * np.pi * 50.0 * k * t + rng.uniform(0, 2 * np.pi)) / k for k in range(1, 41))
    beat = 1.0 + 0.35 * np.sin(2 * np.pi * 10.0 * t)
    swell = 10 ** (-12 / 20 * np.clip(1.0 - t, 0.0, 1.0))
    return level * beat * swell * buzz / np.max(np.abs(buzz))


def _talk(pump: bool, seed: int = 3):
    from synth import gliding_voice

    from aligner.align.activity import Envelope
    from aligner.audio.decode import Audio

    rng = np.random.default_rng(seed)
    x = 0.0005 * rng.normal(size=int(13.0 * RATE))
    for a, b in LINES:
        x[int(a * RATE):int(a * RATE) + int((b - a) * RATE)] += gliding_voice(int((b - a) * RATE), rng)
    if pump:
        x[int(PUMP_FROM * RATE):] += _pump(len(x) - int(PUMP_FROM * RATE), rng, 0.05)
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def test_pauses_after_a_pump_starts_up_are_found_between_the_lines():
    from aligner.align.pauses import sound_and_pauses

    def between(pauses, end, start):
        return any(abs(a - end) < 0.05 and abs(b - start) < 0.05 for a, b in pauses)

    audio, env = _talk(pump=True)
    _, whole_band = sound_and_pauses(env, 0.0, audio.duration)
    _, read = sound_and_pauses(env, 0.0, audio.duration, audio=audio)
    for (_, end), (start, _) in zip(LINES, LINES[1:]):
        if end > PUMP_FROM:  # the pump hides the pauses after it from the whole band's level ...
            assert not between(whole_band, end, start), (end, start, whole_band)
        assert between(read, end, start), (end, start, read)  # ... not from the octaves


def test_a_talk_with_no_machine_keeps_its_pauses_and_gains_none_inside_its_lines():
    from aligner.align.pauses import sound_and_pauses

    audio, env = _talk(pump=False)
    _, plain = sound_and_pauses(env, 0.0, audio.duration)
    _, read = sound_and_pauses(env, 0.0, audio.duration, audio=audio)
    assert read == plain and len(read) == len(LINES) - 1
