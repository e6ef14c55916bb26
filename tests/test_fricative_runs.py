"""A quiet fricative at a word's edge is no pause to look past, when it stands over the pause in a band the background
leaves free (aligner.align.phone_edges.tighten_edge, ``phone``)."""

import numpy as np

from aligner.align.phone_edges import SAMPLE_RATE, tighten_edge
from aligner.audio.band import band_of

R = SAMPLE_RATE


def _word_under_a_music_box(hiss: bool, seed: int = 1) -> np.ndarray:
    """2 s under a music box's steady notes (2-3.5 kHz, 26 dB under the voice): a vowel 0.5-1.0 s (its harmonics under
    1.5 kHz), then, with ``hiss``, a weak /s/ 1.0-1.35 s (noise above 4.5 kHz, under the notes in the whole band's
    level), then a pause; without, the pause begins at 1.0 s."""
    n = int(2.0 * R)
    rng = np.random.default_rng(seed)
    t = np.arange(n) / R
    x = 3e-4 * rng.normal(size=n)
    x += sum(0.01 * np.sin(2 * np.pi * f * t) for f in (2093.0, 2637.0, 3136.0))
    a, b = int(0.5 * R), int(1.0 * R)
    x[a:b] += sum(0.1 / h * np.sin(2 * np.pi * 150 * h * t[a:b]) for h in range(1, 9))
    if hiss:
        c = int(1.35 * R)
        x[b:c] += 0.012 * band_of(rng.normal(size=c - b), R, 4500.0)
    return x.astype(np.float32)


def test_a_final_hiss_under_the_notes_keeps_the_hmms_end():
    x = _word_under_a_music_box(hiss=True)
    # the cause: with no phone given, the /s/ reads as a pause the HMM gave the word, and the end goes to the vowel's
    assert tighten_edge(x, 1.35, 0.5, (1.35, 2.0), -1) < 1.05
    assert tighten_edge(x, 1.35, 0.5, (1.35, 2.0), -1, phone="S") > 1.3


def test_a_pause_after_the_vowel_is_still_looked_past():
    """Nothing over the pause in any band: the quiet run is a pause, whatever the word's last phone."""
    x = _word_under_a_music_box(hiss=False)
    assert tighten_edge(x, 1.35, 0.5, (1.35, 2.0), -1, phone="S") < 1.05


def test_a_first_hiss_under_the_notes_keeps_the_hmms_start():
    x = _word_under_a_music_box(hiss=True)[::-1].copy()  # the hiss now opens the word: 0.65-1.0 s, the vowel after
    assert tighten_edge(x, 0.65, 1.5, (0.0, 0.65), +1) > 0.95
    assert tighten_edge(x, 0.65, 1.5, (0.0, 0.65), +1, phone="S") < 0.7


def _slow_final_stop(release_s: float, seed: int = 2) -> np.ndarray:
    """A slow voice's "debate." over a low background (a music box's notes under 1.5 kHz): its vowel 0.3-0.8 s, its
    /t/'s closure 0.8-0.95 s, a release of ``release_s`` above 2 kHz, then the pause to 1.7 s."""
    n = int(1.7 * R)
    rng = np.random.default_rng(seed)
    t = np.arange(n) / R
    x = 3e-4 * rng.normal(size=n) + sum(0.01 * np.sin(2 * np.pi * f * t) for f in (523.0, 659.0, 784.0))
    a, b = int(0.3 * R), int(0.8 * R)
    taper = np.minimum(1.0, np.minimum(np.arange(b - a), np.arange(b - a)[::-1]) / (0.02 * R))  # no click at its ends
    x[a:b] += taper * sum(0.1 / h * np.sin(2 * np.pi * 150 * h * t[a:b]) for h in range(1, 9))
    c, d = int(0.95 * R), int((0.95 + release_s) * R)
    x[c:d] += 0.02 * band_of(rng.normal(size=d - c), R, 2500.0) * np.linspace(1.0, 0.3, d - c)
    return x.astype(np.float32)


def test_a_slow_voices_release_lasts_about_a_phone():
    """The release of a final /t/ after a slow closure runs on into aspiration, 100 ms at 120 ms phones: the end goes
    past it, as it went past a brief burst."""
    from aligner.align.phone_edges import past_release
    phones = ("D", "IH", "B", "EY", "T")
    for release in (0.03, 0.1):
        end = past_release(_slow_final_stop(release), 0.3, 0.8, 1.7, phones, pace=0.12)
        assert abs(end - (0.95 + release)) < 0.02, (release, end)
    # at a quick voice's pace the closure is no slow one: a long sound there is not a release
    assert past_release(_slow_final_stop(0.1), 0.3, 0.8, 1.7, phones, pace=0.04) == 0.8
