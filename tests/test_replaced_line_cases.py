"""The rd39_* generator (benchmarks/replaced_line_cases.py): which sentence replaces the spoken one, and the two
talks kept out of the dev lists.  No audio is made here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import replaced_line_cases as rlc  # noqa: E402

SPOKEN = "The number you have dialed is not in service. Please check the number and try again."
POOL = ["Please check the number and dial again.", "Please enter the number to be blacklisted.",
        "Goodbye.", "To listen to it.", "The conference is now locked and nobody else may join it tonight.",
        "You are currently the only person in this conference and the music will play until someone joins."]


def test_same_shorter_and_longer_keep_to_their_lengths():
    short = "The conference is now muted."
    same = rlc.replacement(short, ["The echo test has been completed.", "Goodbye.", POOL[4]], "same", 1)
    assert 0.8 * len(short) <= len(same) <= 1.25 * len(short)
    assert len(rlc.replacement(SPOKEN, POOL, "shorter", 2)) <= 0.6 * len(SPOKEN)
    assert len(rlc.replacement(short, POOL, "longer", 3)) >= 1.6 * len(short)


def test_longer_joins_sentences_when_no_single_one_is_long_enough():
    pool = ["Goodbye.", "To listen to it.", "Press 1 now.", "Please try again later.", "The conference is muted.",
            "Your message is too short.", "Press star to cancel this message."]
    line = rlc.replacement(SPOKEN, pool, "longer", 4)
    assert len(line) >= 1.6 * len(SPOKEN) and line.count(".") >= 2


def test_similar_shares_words_but_is_not_an_edit_of_the_spoken_line():
    """"Please check the number and dial again." shares all its long words but one: an edited wording, not a
    sentence never spoken; the one sharing the most of the rest is taken."""
    assert rlc.replacement(SPOKEN, POOL, "similar", 5) == "Please enter the number to be blacklisted."


def test_no_fitting_sentence_is_said_plainly():
    with pytest.raises(SystemExit, match="no unused sentence"):
        rlc.replacement("Hi.", ["Goodbye."], "shorter", 6)
    with pytest.raises(SystemExit, match="together are not longer"):
        rlc.replacement(SPOKEN, ["Goodbye.", "To listen to it."], "longer", 7)


def test_two_talks_are_kept_out_of_the_dev_list():
    seen, later = rlc.names("seen"), rlc.names("later")
    assert len(later) == 2 and not set(later) & set(seen)
    assert set(seen) | set(later) == set(rlc.catalogue())
    assert all(n.startswith("rd39_") for n in rlc.catalogue())
    kinds = {c.how for c in rlc.catalogue().values()}
    assert kinds == {"same", "shorter", "longer", "similar"}
    assert all(c.spec.transcript == "substituted" for c in rlc.catalogue().values())
