"""A word near a line's edge held for seconds puts that edge in doubt (aligner.align.held_words)."""

from __future__ import annotations

from aligner.align.held_words import held_edge_words
from aligner.document import Segment, Word


def _line(times: list[tuple[str, float, float]]) -> Segment:
    words = tuple(Word(t, a, b, 0.9) for t, a, b in times)
    return Segment(" ".join(t for t, *_ in times), times[0][1], times[-1][2], words=words)


def test_a_first_word_stretched_over_a_pause_puts_the_start_in_doubt():
    """rd23_flite_babble3: "new" held 31.23-34.23 s, the line's start 5.8 s early."""
    line = _line([("The", 31.14, 31.23), ("new", 31.23, 34.23), ("manager", 34.23, 34.9), ("described", 34.9, 35.5),
                  ("a", 35.5, 35.6), ("plan", 35.6, 36.0), ("for", 36.0, 36.2), ("the", 36.2, 36.3),
                  ("harbour.", 36.3, 36.9)])
    assert held_edge_words(line) == (True, False)


def test_an_ordinary_slow_line_is_not_in_doubt():
    line = _line([("Please", 1.0, 1.4), ("enter", 1.4, 1.8), ("your", 1.8, 2.0), ("conference", 2.0, 2.8),
                  ("number.", 2.8, 3.5)])
    assert held_edge_words(line) == (False, False)


def test_a_long_word_said_slowly_is_not_held():
    """Eight phones in 1.3 s (160 ms a phone): slow, not stretched over a pause."""
    line = _line([("It", 0.0, 0.2), ("was", 0.2, 0.4), ("extraordinary.", 0.4, 1.7)])
    assert held_edge_words(line) == (False, False)


def test_a_word_in_the_middle_of_a_long_line_says_nothing_of_its_edges():
    words = [(f"word{k}", k * 0.3, k * 0.3 + 0.3) for k in range(12)]
    words[6] = ("long", 1.8, 3.5)
    words = [(t.strip("0123456789") or t, a, b) for t, a, b in words]
    assert held_edge_words(_line(words)) == (False, False)


def test_digits_are_not_judged():
    line = _line([("In", 0.0, 0.2), ("1994", 0.2, 1.6), ("we", 1.6, 1.8), ("opened.", 1.8, 2.3)])
    assert held_edge_words(line) == (False, False)
