"""A "pause" the phone pass put between two words that sounds as loud as they do is the next word's onset
(aligner.align.sounding_gaps), when that word can open at full level."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.phone_edges import SAMPLE_RATE, fine_db
from aligner.align.sounding_gaps import gap_sounds_as_words
from synth import espeak_available


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


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")
def test_a_sounding_onset_moves_the_start_and_the_end_is_read_from_the_words_own_frames(monkeypatch):
    """ey_real_long_mix_ts "... at the | moment.": the gap before "moment" was read as its onset, and the end was
    then read from a span holding the gap -- the word looked too long for its missing last syllable, and the line
    ended 0.26 s short (+15 -> -245 ms).  The onset moves the start only: the end's readings see the word's own
    frames, so the end is the same whether the gap sounded or not."""
    from aligner.align import phonetic
    from aligner.align.phonetic import PhoneticAligner
    from aligner.text import split_words, word_tokens
    from synth import speak

    rng = np.random.default_rng(3)
    first, second = speak("Nobody can take your call at the", "en-us", 150), speak("moment", "en-us", 150)
    pad, gap = np.zeros(4000, np.float32), np.zeros(int(0.2 * SAMPLE_RATE), np.float32)
    x = np.concatenate([pad, first, gap, second, pad])
    x += rng.normal(0, 1e-4, len(x)).astype(np.float32)
    text = [word_tokens(w) for w in split_words("Nobody can take your call at the moment.")]
    read_from: dict[bool, list[float]] = {}
    real_missing_syllable_end = phonetic.missing_syllable_end

    def found_with(sounding: bool):
        seen = read_from.setdefault(sounding, [])

        def spy(audio, start, end, *args, **kwargs):
            seen.append(start)
            return real_missing_syllable_end(audio, start, end, *args, **kwargs)

        monkeypatch.setattr(phonetic, "gap_sounds_as_words", lambda *a, **k: sounding)
        monkeypatch.setattr(phonetic, "missing_syllable_end", spy)
        found = PhoneticAligner().align(x, text)
        assert found is not None and found.plausible
        return found.words

    quiet, sounding = found_with(False), found_with(True)
    assert sounding[-1].start < quiet[-1].start - 0.1  # the gap went to "moment"
    assert sounding[-1].end == quiet[-1].end
    # every end read from the word's own frames (the quiet case's start is tightened onto the sound: a few ms)
    assert read_from[True] == pytest.approx(read_from[False], abs=0.01)
