"""A "pause" the phone pass put between two words that sounds as loud as they do is the next word's onset
(aligner.align.sounding_gaps), when that word can open at full level."""

from __future__ import annotations

import numpy as np

from aligner.align.phone_edges import SAMPLE_RATE, fine_db
from aligner.align.sounding_gaps import gap_sounds_as_words


def _chunk(gap_amplitude: float) -> tuple[np.ndarray, np.ndarray]:
    """0.4 s of a voiced word, 0.3 s of ``gap_amplitude``, 0.4 s of the next word (voiced tones over a faint room)."""
    rng = np.random.default_rng(7)
    t = np.arange(int(1.1 * SAMPLE_RATE)) / SAMPLE_RATE
    x = rng.normal(0, 0.0005, len(t))
    amp = np.where((t < 0.4) | (t >= 0.7), 0.1, gap_amplitude)
    x += amp * np.sin(2 * np.pi * 150 * t) + 0.5 * amp * np.sin(2 * np.pi * 450 * t)
    return fine_db(x.astype(np.float32), 0.0, 1.1)


def test_a_gap_as_loud_as_the_words_before_a_glide_is_the_words():
    times, db = _chunk(0.08)  # a held /y/: 2 dB under the words
    assert gap_sounds_as_words(times, db, (0.0, 0.4), (0.4, 0.7), (0.7, 1.1), ("Y", "AH1", "NG"))
    assert gap_sounds_as_words(times, db, (0.0, 0.4), (0.4, 0.7), (0.7, 1.1), ("OW1", "L", "D"))


def test_a_real_pause_is_left():
    times, db = _chunk(0.005)  # 26 dB under the words
    assert not gap_sounds_as_words(times, db, (0.0, 0.4), (0.4, 0.7), (0.7, 1.1), ("Y", "AH1", "NG"))


def test_a_loud_gap_before_a_stop_or_a_fricative_is_left_to_the_rules_that_read_it():
    times, db = _chunk(0.08)
    assert not gap_sounds_as_words(times, db, (0.0, 0.4), (0.4, 0.7), (0.7, 1.1), ("K", "AH", "M"))
    assert not gap_sounds_as_words(times, db, (0.0, 0.4), (0.4, 0.7), (0.7, 1.1), ("S", "M", "AO1", "L"))


def test_a_long_gap_is_no_held_sound():
    times, db = _chunk(0.08)
    assert not gap_sounds_as_words(times, db, (0.0, 0.2), (0.2, 0.9), (0.9, 1.1), ("Y", "AH1", "NG"))


def test_a_gap_between_two_lines_is_not_read():
    """hy_flite_morse_plain: a Morse tone at the voice's level in the pause between two lines, and the next line's
    "A" began 180 ms early; only gaps inside a line are read."""
    from aligner.align.phonetic import _line_openings

    per_word = [("as",), ("expected",), ("a",), ("gpt", "three"), ("run",)]
    assert _line_openings(per_word, (2, 3)) == frozenset({0, 2})
    assert _line_openings(per_word, ()) == frozenset()
    assert _line_openings([("a",), ("b",)], (1, 0, 1)) == frozenset({0, 1})
