"""Sound that comes in pulses -- a snore's flutter, a frog's croak, a drill's impacts -- told from a voice, whose level
glides frame to frame (``pulsed_sound``: :func:`jumps_as_impacts`, the one reading the level-jump rules share with
each rule's bars, and :func:`pulse_train`, the pulses' rate)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.pulsed_sound import (FLUTTER_DB, FLUTTER_MIN, IMPACT_JITTER_DB, jitter, jumps_as_impacts,
                                        pulse_train)
from tests.test_foreign_sounds import _croak, _talk, _voice
from tests.test_steady_tones import RATE, _audio, _t, _vowel


def _snore(seconds: float, flutter: float, rng: np.random.Generator) -> np.ndarray:
    """Noise under 800 Hz chopped ``flutter`` times a second (a raised cosine to the fourth power)."""
    noise = np.convolve(rng.normal(size=int(seconds * RATE)), np.ones(10) / 10, mode="same")
    return noise * (0.5 - 0.5 * np.cos(2 * np.pi * flutter * _t(seconds))) ** 4


def _flutters(env: Envelope, t0: float, t1: float) -> bool:
    """The bars :mod:`.own_last_sound` and :func:`.boundaries.follow_last_sounds` ask with: no line to read against."""
    return jumps_as_impacts(env, t0, t1, least_db=FLUTTER_DB, shortest=FLUTTER_MIN)


def test_a_snore_flutters_and_a_fading_voice_does_not():
    rng = np.random.default_rng(4)
    audio = _audio(_vowel(0.5, 130.0), 0.3 * _snore(0.4, 45.0, rng), np.zeros(int(0.3 * RATE)), rng=rng)
    env = Envelope(audio)
    assert _flutters(env, 0.55, 0.85)
    assert not _flutters(env, 0.1, 0.45)
    assert not _flutters(env, 0.55, 0.55 + FLUTTER_MIN - 0.02)  # too short to be a flutter's cycles


def test_against_the_line_a_jump_counts_only_at_twice_its_own_and_over_the_floor():
    """The line's own frames set the bar (:mod:`.carried_ends`, :mod:`.impact_beds`): a snore jumps far over a smooth
    line's; a line that itself jumps as much leaves nothing to tell; ``least_db=0`` (:mod:`.creaking_ends`) keeps only
    the line's bar."""
    rng = np.random.default_rng(9)
    audio = _audio(_vowel(0.5, 130.0), 0.3 * _snore(0.4, 45.0, rng), np.zeros(int(0.3 * RATE)), rng=rng)
    env = Envelope(audio)
    assert jumps_as_impacts(env, 0.55, 0.85, own=(0.05, 0.5))
    assert not jumps_as_impacts(env, 0.55, 0.85, own=(0.55, 0.85))  # against itself: never twice its own
    assert jumps_as_impacts(env, 0.55, 0.85, own=(0.55, 0.85), least_db=0.0) is False
    smooth = jitter(env, 0.05, 0.5)
    assert smooth < IMPACT_JITTER_DB / 2
    assert not jumps_as_impacts(env, 0.05, 0.5, own=(0.05, 0.5), least_db=0.0)
    assert not jumps_as_impacts(env, 0.6, 0.62, own=(0.05, 0.5))  # under three frames: too short to read


def test_a_low_voice_is_no_pulse_train_and_a_croak_is_one_at_its_rate():
    """A 90 Hz voice's pitch pulses swing a 5 ms window's level, but its fundamental is there at their rate."""
    low = _talk((0.3, _voice(1.2, 90.0, 0.2, fall=0.8)))
    assert pulse_train(low, 1.2, 1.4) is None
    croak = _talk((0.3, _croak(0.4, 75.0, 530.0, 0.08)))
    assert abs(pulse_train(croak, 0.4, 0.6) - 1 / 75) <= 0.003
