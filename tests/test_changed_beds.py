"""A background that changed during a line (aligner.align.changed_beds): the end falls to the pause's after it."""

from __future__ import annotations

import numpy as np

from aligner.align.after_end import BandLevels
from aligner.align.changed_beds import background_at_end
from aligner.audio import Audio

RATE = 16000


def test_a_machine_that_quietened_during_the_line_gives_the_after_pause_but_passing_sounds_do_not():
    """Before the line a steady wash at 20 dB, after it 0 dB: the background at the end is the 0 dB.  A rocket's bangs
    in the pause before (loud frames among quiet ones at the after pause's level) change nothing: the louder side."""
    steady = np.array([[20.0] * 10 + [50.0] * 10 + [0.0] * 10])
    assert background_at_end(BandLevels(0, steady), slice(0, 10), slice(20, 30))[0] == 0.0
    bangs = np.array([[20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 0.0, 0.0, 0.0, 0.0] + [50.0] * 10 + [0.0] * 10])
    assert background_at_end(BandLevels(0, bangs), slice(0, 10), slice(20, 30))[0] == 20.0
    # a background louder after the line stays the louder side's
    rising = steady[:, ::-1].copy()
    assert background_at_end(BandLevels(0, rising), slice(0, 10), slice(20, 30))[0] == 20.0


def _wash_then_a_fading_nasal(rng: np.random.Generator) -> Audio:
    """0.5 s of a broadband wash, a 140 Hz voiced line from 0.5 s to 1.6 s (the wash stopping at 1.2 s, a machine
    changing phase) whose last 0.3 s is a quiet nasal murmur -- 35 dB under the vowel, under the wash's level in
    its octave but far over the quiet pause after it -- then 1 s of that quiet pause."""
    t = np.arange(int(2.6 * RATE)) / RATE
    wash = rng.normal(size=len(t)) * 0.03 * (t < 1.2) + rng.normal(size=len(t)) * 1e-4
    voice = (t >= 0.5) & (t < 1.6)
    amp = np.where(t < 1.3, 0.3, 0.005) * voice
    buzz = sum(1.0 / k * np.sin(2 * np.pi * 140 * k * t) for k in range(1, 3))
    x = wash + amp * buzz
    return Audio.from_float(np.clip(x, -1, 1).astype(np.float32))


def test_a_fading_last_sound_is_followed_down_to_the_quiet_that_came_after_the_wash():
    """The phone pass ends the line at 1.36 s, inside the murmur; read against the louder pause
    before the line (the wash), the murmur stood under the background's margin and the end stayed there.  The
    background at the end is the quiet after the wash: the end follows the murmur to where it stops (1.6 s)."""
    from aligner.align.last_sound import end_of_last_sound

    audio = _wash_then_a_fading_nasal(np.random.default_rng(7))
    end = end_of_last_sound(audio, 0.5, 1.36, 0.0, 2.6, reach=0.5)
    assert abs(end - 1.6) <= 0.03
