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
