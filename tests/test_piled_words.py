"""Words piled on one instant by the told decoder are left out; short real words keep their times."""

from aligner.align.piled_words import FRAME, PILE_WORDS, without_piles
from aligner.align.recognize import HeardWord


def _w(text: str, start: float, end: float) -> HeardWord:
    return HeardWord(text, start, end, 0.9, "en")


def test_a_pile_of_prompt_words_on_one_instant_is_left_out():
    """The bells talk's shape: words heard in time, then the prompt's words all written at 32.52 s."""
    before = [_w("in", 26.58, 26.68), _w("the", 26.68, 26.80), _w("end", 26.80, 27.06)]
    pile = [_w(t, 32.52, 32.52) for t in "schedule for the summer festival since the old plan had failed".split()]
    after = [_w("time", 32.58, 33.52), _w("as", 49.88, 50.0)]
    assert without_piles(before + pile + after) == before + after


def test_one_or_two_short_words_keep_their_times():
    """Fast speech on the 20 ms grid: "of the" can come out shorter than a frame and is still where it was said."""
    words = [_w("most", 1.0, 1.2), _w("of", 1.2, 1.2), _w("the", 1.2, 1.21), _w("budget", 1.21, 1.6),
             _w("a", 1.6, 1.6), _w("plan", 1.6, 1.9)]
    assert PILE_WORDS == 3 and 0.01 < FRAME
    assert without_piles(words) == words


def test_piles_are_found_wherever_they_lie():
    """A pile at the start, one at the end, and a word of normal length between them that stays."""
    first = [_w(t, 5.0, 5.0) for t in ("for", "now", "a")]
    middle = [_w("group", 5.0, 5.4)]
    last = [_w(t, 9.1, 9.1) for t in ("last", "week", "then", "again")]
    assert without_piles(first + middle + last) == middle
    assert without_piles([]) == []
