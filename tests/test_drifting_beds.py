"""A line under a background that a gain control brings up through every pause (an FM station's compressors: the room
rises smoothly, 12 dB over a pause) is not doubted as ending in a bed too loud and unsteady to hear its end in: the
pauses' level only drifts.  The same line under a murmur-like bed as loud, whose level moves with syllables, still is
(j153)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.drifting_beds import fast_swing, pauses_only_drift
from aligner.align.placement import Placed
from aligner.align.review_evidence import BED_SWING_DB, end_fades_into_noise
from aligner.align.scoring import surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_IN_NOISE, Segment, Word

RATE = 16000
PAUSE, LINE = 0.9, 1.2  #: the pause before the line, the line, the pause after it (s)
LOW_DB, HIGH_DB, VOICE_DB = -48.0, -36.0, -38.0  #: the background's level under the line and at a pause's end; voice


def _voice(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A voiced-sounding harmonic tone (150 Hz and its harmonics, to 6 kHz) at VOICE_DB dBFS RMS."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * 150 * h * t) / h for h in range(1, 40)) + 0.05 * rng.standard_normal(len(t))
    return x / np.sqrt(np.mean(x ** 2)) * 10 ** (VOICE_DB / 20)


def _talk(murmur: bool) -> tuple[Audio, Envelope, float, float]:
    """Pause, line, pause; the background's level (dB) rises as a straight line from LOW_DB to HIGH_DB through each
    pause (a gain control's release) and stays at LOW_DB under the line -- or, with ``murmur``, jumps at random
    every 80 ms about the same mean (a bed's syllables).  Returns the audio, its envelope, the line's start and end."""
    rng = np.random.default_rng(7)
    n_pause, n_line = int(PAUSE * RATE), int(LINE * RATE)
    ramp = np.linspace(LOW_DB, HIGH_DB, n_pause)
    level = np.concatenate([ramp, np.full(n_line, LOW_DB), ramp])
    if murmur:
        steps = rng.uniform(LOW_DB, HIGH_DB, size=len(level) // 1280 + 1)
        level = np.concatenate([np.repeat(steps, 1280)[:n_pause], np.full(n_line, LOW_DB),
                                np.repeat(steps[::-1], 1280)[:n_pause]])
    x = rng.standard_normal(len(level)) * 10 ** (level / 20)
    x[n_pause:n_pause + n_line] += _voice(LINE, rng)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), PAUSE, PAUSE + LINE


def _line(start: float, end: float) -> Placed:
    times = [(start, start + 0.5), (start + 0.5, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "three."], times))
    return Placed(Segment("Press three.", start, end, words=words), ("exact",) * 2, (0.9,) * 2)


def test_a_gain_rising_through_the_pauses_swings_them_but_only_drifts():
    audio, env, start, end = _talk(murmur=False)
    # read raw, the rise is a swing, and the end reads as lost in a bed ...
    assert float(np.std(env.db[env.frame(end + 0.1):env.frame(end + 0.85)])) >= BED_SWING_DB
    assert end_fades_into_noise(audio, env, start, end, 0.0, audio.duration)
    # ... less its running mean it is not
    assert fast_swing(env, end + 0.1, end + 0.85) < BED_SWING_DB
    assert pauses_only_drift(env, start, end, 0.0, audio.duration)


def test_an_end_under_a_gain_controls_rise_is_not_doubted_and_one_under_a_murmur_still_is():
    audio, env, start, end = _talk(murmur=False)
    st = Stretch([0], 0.0, audio.duration)
    assert END_IN_NOISE not in surroundings([_line(start, end)], 0, [], env, st, audio=audio, english=True)[4]
    audio, env, start, end = _talk(murmur=True)
    assert end_fades_into_noise(audio, env, start, end, 0.0, audio.duration)
    assert not pauses_only_drift(env, start, end, 0.0, audio.duration)
    st = Stretch([0], 0.0, audio.duration)
    assert END_IN_NOISE in surroundings([_line(start, end)], 0, [], env, st, audio=audio, english=True)[4]
