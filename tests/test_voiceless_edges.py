"""A machine's clatter in a pause, bridged into a line's first word, is pause: the pause pass starts the line on its
voice (aligner.align.voiceless_edges, read by aligner.align.pauses.sound_and_pauses).

The talk is made here: two stretches of a gliding harmonic voice (synth.gliding_voice) 1.4 s apart, and in the
pause an office printer's clatter -- noise bursts 30-70 ms long, 20-50 ms apart, as loud as a quiet syllable --
that runs up to the second line's voice (``ax_da_espeak_printer``: "Den gamle printer ..." began 1.06 s early).
"""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.pauses import sound_and_pauses
from aligner.align.voiceless_edges import without_voiceless_edges
from aligner.audio import Audio
from synth import RATE, gliding_voice

FIRST, SECOND = (0.5, 2.5), (3.9, 6.0)


def _clatter(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Bursts of noise 30-70 ms long, 20-50 ms apart, each at its own level: a printer's mechanism."""
    out = np.zeros(int(seconds * RATE))
    k = 0
    while k < len(out):
        n = int(rng.uniform(0.03, 0.07) * RATE)
        burst = rng.normal(size=min(n, len(out) - k)) * rng.uniform(0.02, 0.04)
        out[k:k + len(burst)] = burst * np.hanning(len(burst))
        k += len(burst) + int(rng.uniform(0.02, 0.05) * RATE)
    return out


def _talk(lead: np.ndarray) -> tuple[Audio, Envelope]:
    """The two voiced lines with ``lead`` (samples) ending where the second one's voice begins."""
    rng = np.random.default_rng(11)
    x = 0.001 * rng.normal(size=int(6.5 * RATE))
    for a, b in (FIRST, SECOND):
        x[int(a * RATE):int(b * RATE)] += gliding_voice(int(b * RATE) - int(a * RATE), rng)
    end = int(SECOND[0] * RATE)
    x[end - len(lead):end] += lead
    audio = Audio("", (x * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio)


def test_a_printers_clatter_before_a_line_is_pause():
    audio, env = _talk(_clatter(1.0, np.random.default_rng(3)))
    bridged = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert any(a < SECOND[0] - 0.5 and b > SECOND[0] + 0.5 for a, b in bridged)  # one run with the line's voice
    runs, pauses = sound_and_pauses(env, 0.0, audio.duration, past_breaths=True, audio=audio)
    second = next(r for r in runs if r[0] < SECOND[0] + 0.5 < r[1])
    assert abs(second[0] - SECOND[0]) <= 0.05
    assert any(a <= FIRST[1] + 0.05 and b >= SECOND[0] - 0.05 for a, b in pauses)


def test_a_lines_own_consonants_before_its_voice_stay_its_sound():
    """A /s/ of 0.15 s right before the vowel, as loud as the clatter, is the line's first sound."""
    rng = np.random.default_rng(4)
    hiss = np.diff(rng.normal(size=int(0.15 * RATE) + 1)) * 0.03
    audio, env = _talk(hiss)
    runs, _ = sound_and_pauses(env, 0.0, audio.duration, past_breaths=True, audio=audio)
    second = next(r for r in runs if r[0] < SECOND[0] + 0.5 < r[1])
    assert abs(second[0] - (SECOND[0] - 0.15)) <= 0.03


def test_a_run_with_no_voice_is_left_as_it_is():
    rng = np.random.default_rng(5)
    x = 0.001 * rng.normal(size=int(3.0 * RATE))
    x[int(0.5 * RATE):int(2.0 * RATE)] += _clatter(1.5, rng)
    audio = Audio("", (x * 32767).astype(np.int16), RATE)
    env = Envelope(audio)
    thr = env.threshold(0.0, audio.duration)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert without_voiceless_edges(audio, env, runs, thr) == runs


def test_a_slow_lines_final_stop_and_fricative_stay_its_sound():
    """A slow voice's final "-ts" (festival at x0.6 through a megaphone: "residents." 0.39 s from its last voiced
    frame): the /t/'s closure a 0.12 s dip, then a /s/ of 0.28 s -- longer than a line's unvoiced end, but one
    closure and one burst, a consonant cluster, not a clatter: the run keeps it.  A clatter after the voice is cut."""
    rng = np.random.default_rng(6)
    hiss = np.diff(rng.normal(size=int(0.28 * RATE) + 1)) * 0.03
    tail = np.concatenate([np.zeros(int(0.12 * RATE)), hiss])
    x = 0.001 * rng.normal(size=int(6.5 * RATE))
    for a, b in (FIRST, SECOND):
        x[int(a * RATE):int(b * RATE)] += gliding_voice(int(b * RATE) - int(a * RATE), rng)
    end = int(FIRST[1] * RATE)
    x[end:end + len(tail)] += tail
    audio = Audio("", (x * 32767).astype(np.int16), RATE)
    env = Envelope(audio)
    runs, _ = sound_and_pauses(env, 0.0, audio.duration, past_breaths=True, audio=audio)
    first = next(r for r in runs if r[0] < FIRST[0] + 0.5 < r[1])
    assert abs(first[1] - (FIRST[1] + 0.40)) <= 0.04

    x[end:end + len(tail)] -= tail
    x[end:end + int(0.8 * RATE)] += _clatter(0.8, np.random.default_rng(7))
    audio = Audio("", (x * 32767).astype(np.int16), RATE)
    env = Envelope(audio)
    runs, _ = sound_and_pauses(env, 0.0, audio.duration, past_breaths=True, audio=audio)
    first = next(r for r in runs if r[0] < FIRST[0] + 0.5 < r[1])
    assert FIRST[1] - 0.05 <= first[1] <= FIRST[1] + 0.1  # not carried over the clatter
