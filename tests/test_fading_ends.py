"""A line's end followed down its fading last sound into the pause's noise (aligner.align.fading_ends)."""

import numpy as np

from aligner.align.fading_ends import faded_end
from aligner.align.phone_edges import SAMPLE_RATE, tighten_edge

R = SAMPLE_RATE


def _buzz(n: int, level: float) -> np.ndarray:
    t = np.arange(n) / R
    return level * sum(np.sin(2 * np.pi * 180 * h * t) / h for h in range(1, 8))


def _fading_line(seed: int, fade_db_per_ms: float = 0.7, noise_db: float = -42.0, after=None) -> tuple:
    """2 s of noise ``noise_db`` under the voice; a voiced sound 0.5-1.2 s that then fades ``fade_db_per_ms``
    until it is 60 dB down (a vowel or a nasal dying away).  Returns the samples and where the fade meets the
    noise's level (s)."""
    n = int(2.0 * R)
    rng = np.random.default_rng(seed)
    x = 10 ** (noise_db / 20) * 0.1 * rng.normal(size=n)
    a, b = int(0.5 * R), int(1.2 * R)
    voice = _buzz(n, 0.1)
    x[a:b] += voice[a:b]
    fade = np.arange(n - b) / R * 1000 * fade_db_per_ms
    x[b:] += voice[b:] * 10 ** (-np.minimum(fade, 60.0) / 20)
    if after is not None:
        after(x)
    level = 10 * np.log10(np.mean(voice[a:b] ** 2) / np.mean((0.1 * 10 ** (noise_db / 20)) ** 2))
    meets = 1.2 + level / fade_db_per_ms / 1000
    return x.astype(np.float32), meets


def test_the_edge_rule_ends_a_fading_sound_early_and_the_fade_is_followed_into_the_noise():
    """The edge rule stops where the fade still stands a margin over the noise (real prompts: ends a median 15 ms
    early, every rule, every last phone); the end then goes down the fade to where it meets the noise."""
    for seed in (1, 2, 3):
        x, meets = _fading_line(seed)
        edge = tighten_edge(x, 1.25, 0.6, (1.25, 2.0), -1)
        assert edge < meets - 0.008, (seed, edge, meets)  # the cause: the margin over the noise
        end = faded_end(x, edge, 2.0)
        # past where the fade meets the noise (the voice as loud as the noise), to where it is buried in the noise's
        # own flicker: 3-10 dB further down, a few ms at this pace
        assert end is not None and meets <= end <= meets + 0.015, (seed, edge, end, meets)


def test_an_end_already_in_the_noise_stays():
    x, meets = _fading_line(4)
    assert faded_end(x, meets + 0.01, 2.0) is None


def test_a_sound_rising_after_the_end_is_not_followed():
    """A click or a breath after the end, over the fade, is not the line's fading sound."""
    def click(x):
        i = int(1.215 * R)
        x[i:i + int(0.004 * R)] += 0.2
    x, meets = _fading_line(5, after=click)
    assert faded_end(x, 1.21, 2.0) is None


def test_a_slow_fall_is_not_a_voice_fading():
    """A room's tail (0.1 dB per ms: RT60 0.6 s) takes longer than FADE_REACH to reach the noise: left to the rules
    that judge rooms."""
    x, meets = _fading_line(6, fade_db_per_ms=0.1)
    assert faded_end(x, 1.2, 2.0) is None


def test_no_pause_to_read_leaves_the_end():
    x, meets = _fading_line(7)
    assert faded_end(x, 1.2, 1.3) is None
