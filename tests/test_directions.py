"""Stage directions in a transcript ("[applause]", "(Laughter)", "*laughs*"): cues kept in their line (issue 7).

A direction after a full stop is cut off as a "sentence" of its own by the sentence splitter; as a segment with
nothing to hear it would take the whole pause after the line (a crowd's cheer is not the line's time).
"""

from __future__ import annotations

import pytest

from aligner.formats import parse_transcript
from aligner.sentences import sentence_spans, split_sentences
from aligner.text import split_words


@pytest.mark.parametrize("line", [
    "Press one to enter a number. [applause]",
    "Thank you all. (APPLAUSE)",
    "That was the last slide. *laughs*",
    "Goodbye. [cheers and applause]",
])
def test_a_direction_after_a_full_stop_stays_in_its_line(line):
    assert split_sentences(line) == [line]


def test_a_direction_between_sentences_stays_with_the_one_before():
    assert split_sentences("Thanks. (Laughter.) Now the numbers. Then lunch.") == [
        "Thanks. (Laughter.)", "Now the numbers.", "Then lunch."]


def test_leading_directions_go_with_the_first_spoken_sentence():
    text = "[Applause.] Thank you all. Next."
    assert split_sentences(text) == ["[Applause.] Thank you all.", "Next."]
    spans = sentence_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_a_line_that_is_only_a_direction_is_still_its_own_segment():
    doc = parse_transcript("Welcome back.\n[applause]\nLet us begin. [laughter]\n")
    assert [s.text for s in doc.segments] == ["Welcome back.", "[applause]", "Let us begin. [laughter]"]


def test_asterisks_around_a_direction_make_a_cue_and_around_a_word_do_not():
    words = split_words("It was *really* good. *laughs*")
    assert [(w.text, w.cue) for w in words] == [("It", False), ("was", False), ("*really*", False),
                                                 ("good.", False), ("*laughs*", True)]
