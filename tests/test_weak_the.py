"""A "the" before a consonant is searched as DH AH only (aligner.align.weak_the): the search no longer holds
DH IY's /iy/ on through the /y/ of "year" or "young"."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.weak_the import WEAK_THE, before_consonant
from synth import espeak_available

PHONES = {"the": "DH AH", "year": "Y IH R", "end": "EH N D", "young": "Y AH NG", "ctx+the": "DH AH",
          "ctx+evening": "IY V N IH NG", "unknown": None, "tok+x": "+SPN+"}


def first_phone(word):
    phones = PHONES.get(word)
    return phones.split()[0] if phones else None


def test_the_before_a_consonant_and_only_there():
    words = ["the", "year", "the", "end", "the", "young", "the"]
    assert before_consonant(words, first_phone) == [True, False, False, False, True, False, False]


def test_the_before_an_unknown_word_or_any_speech_keeps_both_forms():
    assert before_consonant(["the", "unknown", "the", "tok+x"], first_phone) == [False] * 4


def test_context_copies_are_read_by_their_own_name():
    words = ["ctx+the", "year", "ctx+the", "ctx+evening"]
    assert before_consonant(words, first_phone, the="ctx+the") == [True, False, False, False]


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")
def test_the_search_takes_the_weak_form_before_year_and_either_before_a_vowel():
    from aligner.align.phonetic import PhoneticAligner
    from aligner.text import split_words, word_tokens
    from synth import speak

    text = "Late in the year the end of the young engineer came."
    x = speak(text, "en-us", 90)
    pad = np.zeros(4000, np.float32)
    x = np.concatenate([pad, x, pad]) + np.random.default_rng(0).normal(0, 1e-4, len(x) + 8000).astype(np.float32)
    found = PhoneticAligner().align(x, [word_tokens(w) for w in split_words(text)])
    assert found is not None and found.plausible
    words = [w for w, *_ in found.segments if not w.startswith(("<", "["))]
    thes = [w for w in words if w.endswith("the") or w.startswith("the")]
    assert thes[0] == WEAK_THE and thes[2] == WEAK_THE  # before "year", "young"
    assert thes[1] in ("the", "the(2)")  # before "end": the search chooses
    starts = [w.start for w in found.words]
    assert starts == sorted(starts)
