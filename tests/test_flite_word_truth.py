"""The flite voices' word truth beside a pause (benchmarks/synth_cases.flite_words): a word's edge there is where
its own sound starts or stops, not the next word's onset rising a few ms before that word's first phone.

No synthesizer runs here: the phones and the waveform are made up, and flite's lexicon is replaced by a table.
"""

from __future__ import annotations

import numpy as np
import pytest
import made_up_talks  # noqa: F401  (puts benchmarks/ on the path)

import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _sound(x: np.ndarray, a: float, b: float, level: float = 0.3) -> None:
    x[int(a * RATE):int(b * RATE)] = level * np.sin(2 * np.pi * 150 * np.arange(int(b * RATE) - int(a * RATE)) / RATE)


@pytest.fixture
def lexicon(monkeypatch):
    table = {"minutes": ("m", "ih", "n", "ax", "t", "s"), "every": ("eh", "v", "r", "iy")}
    monkeypatch.setattr(sc, "_lexicon_phones", lambda word: table[word])


def _phones(word_a: tuple[float, float], pause: tuple[float, float], word_b: tuple[float, float]):
    (a0, a1), (b0, b1) = word_a, word_b
    step_a, step_b = (a1 - a0) / 6, (b1 - b0) / 4
    out = [("pau", 0.0, a0)]
    out += [(p, a0 + k * step_a, a0 + (k + 1) * step_a) for k, p in enumerate(("m", "ih", "n", "ax", "t", "s"))]
    out += [("pau", *pause)]
    out += [(p, b0 + k * step_b, b0 + (k + 1) * step_b) for k, p in enumerate(("eh", "v", "r", "iy"))]
    return out + [("pau", b1, b1 + 0.1)]


def test_a_word_before_a_comma_ends_where_its_sound_stops_not_where_the_next_word_rises(lexicon):
    # "minutes, | every": the vowel of "every" rises 6 ms before its first phone's boundary, the pause between
    # silent -- the word before used to end there, the whole 0.33 s pause inside it
    x = np.zeros(int(1.6 * RATE), dtype=np.float32)
    _sound(x, 0.1, 0.72)  # "minutes", ringing 20 ms past its last phone (0.70)
    _sound(x, 1.024, 1.4)  # "every", its onset 6 ms before its first phone (1.03)
    words = sc.flite_words("minutes, every", _phones((0.1, 0.7), (0.7, 1.03), (1.03, 1.4)), x)
    assert words[0]["end"] == pytest.approx(0.72, abs=0.001)  # the ring is the word's, the pause is not
    assert words[1]["start"] == pytest.approx(1.024, abs=0.001)


def test_a_sound_alone_in_the_pause_belongs_to_neither_word(lexicon):
    # "holidays, | which": 50 ms of sound 0.1 s before the next word, silence on both sides of it
    x = np.zeros(int(1.6 * RATE), dtype=np.float32)
    _sound(x, 0.1, 0.7)
    _sound(x, 0.85, 0.9, level=0.03)
    _sound(x, 1.03, 1.4)
    words = sc.flite_words("minutes, every", _phones((0.1, 0.7), (0.7, 1.03), (1.03, 1.4)), x)
    assert words[0]["end"] == pytest.approx(0.7, abs=0.001)
    assert words[1]["start"] == pytest.approx(1.03, abs=0.001)


def test_a_first_stop_s_silent_closure_is_still_skipped(lexicon):
    # the word after the pause starts on its first audible sample, inside its first phone (a stop's closure)
    x = np.zeros(int(1.6 * RATE), dtype=np.float32)
    _sound(x, 0.1, 0.7)
    _sound(x, 1.08, 1.4)  # silent for 50 ms into its first phone (1.03)
    words = sc.flite_words("minutes, every", _phones((0.1, 0.7), (0.7, 1.03), (1.03, 1.4)), x)
    assert words[1]["start"] == pytest.approx(1.08, abs=0.001)
