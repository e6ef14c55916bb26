"""Forced decoding as the fallback placement: the parts that need no model (the model's part is end to end in
test_languages.py: talks over a telephone line)."""

from __future__ import annotations

import pytest

from aligner.align.forced import expected_ends, heard_share
from aligner.align.mismatch import MismatchEvidence


def test_lines_are_expected_where_their_letters_fall_in_the_sound():
    """Windows are filled by the talk's pace over its sound, not over its silences."""
    runs = [(1.0, 3.0), (5.0, 7.0)]  # 4 s of sound with a 2 s silence in the middle
    ends = expected_ends([["aaaa"], ["bbbb"], ["cccc", "dddd"]], runs, 0.0, 8.0)
    assert ends == pytest.approx([2.0, 3.0, 7.0])


def test_a_segment_heard_share_counts_matched_words_only():
    assert heard_share(("exact", "fuzzy", "substituted", "voiced")) == 0.5
    assert heard_share((None, "unheard")) == 0.0
    assert heard_share((None,)) == 1.0  # nothing to place: nothing to force


def test_forced_probability_overrules_a_refusal_only_when_high_enough():
    evidence = MismatchEvidence()
    evidence.add(40, 0, 30, 60)  # 40 transcript tokens, none matched, 30 words heard
    evidence.add_text(["bonjour"] * 40, ["sawasdee"] * 60)
    assert evidence.verdict()  # by what was heard, it does not belong
    evidence.add_forced(0.13, 40)
    assert not evidence.belongs()
    evidence.add_forced(0.5, 120)  # a longer stretch whose words the decoder found likely
    assert evidence.forced_probability() == pytest.approx((0.13 * 40 + 0.5 * 120) / 160)
    assert evidence.belongs()
