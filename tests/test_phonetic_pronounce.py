"""Pronunciations for any word: CMUdict, espeak-ng (IPA -> ARPAbet), spelling."""

from __future__ import annotations

import pytest

import aligner.align.pronounce as pronounce
from aligner.align.pronounce import PHONES, Pronouncer, cmudict_lookup, ipa_to_arpabet, letters_to_arpabet


def test_cmudict_has_common_words_with_variants():
    assert ("DH", "AH") in cmudict_lookup("the")
    assert len(cmudict_lookup("the")) >= 2
    assert cmudict_lookup("qzxqzxq") == ()


@pytest.mark.parametrize("ipa, arpa", [
    ("həlˈoʊ", "HH AH L OW"),
    ("dʒˌiːpˌiːtˈiː", "JH IY P IY T IY"),
    ("kjˈuːbɚnˌiːts", "K Y UW B ER N IY T S"),
    ("fˈaɪɚ", "F AY ER"),
    ("bˈʌʔn̩", "B AH T AH N"),
    ("ʒˈæŋ", "ZH AE NG"),
    ("(fr)bɔ̃ʒˈuʁ(en)", "B OW N ZH UW R"),  # a nasal vowel: the vowel and its nasal murmur
])
def test_ipa_maps_to_model_phones(ipa, arpa):
    assert " ".join(ipa_to_arpabet(ipa)) == arpa


def test_letters_read_acronyms_as_letters_and_words_by_rules():
    assert letters_to_arpabet("gpt") == ("JH", "IY", "P", "IY", "T", "IY")
    assert letters_to_arpabet("nlp")[:2] == ("EH", "N")
    assert letters_to_arpabet("shipping") == ("SH", "IH", "P", "IH", "NG")
    assert letters_to_arpabet("smith's")[-1] == "Z"
    assert letters_to_arpabet("café") == ("K", "AE", "F")
    assert letters_to_arpabet("北京") == ()


def test_dictionary_first():
    p = Pronouncer(use_espeak=False)
    assert p.pronounce(["The"])["the"] == ("DH", "AH")


def test_unknown_words_from_espeak_in_one_batch(monkeypatch):
    if not pronounce.espeak_available():
        pytest.skip("espeak-ng not installed")
    calls = []
    real = pronounce._espeak_ipa
    monkeypatch.setattr(pronounce, "_espeak_ipa", lambda words, **kw: calls.append(list(words)) or real(words, **kw))
    p = Pronouncer()
    words = ["kubernetes", "xiaoming", "gpt", "okonkwo", "pytorch"]
    out = p.pronounce(words + ["the"])
    assert len(calls) == 1 and sorted(calls[0]) == sorted(words)
    for w in words:
        assert out[w] and set(out[w]) <= PHONES, (w, out[w])
    assert out["gpt"] == ("JH", "IY", "P", "IY", "T", "IY")
    p.pronounce(["xiaoming"])  # cached: no second call
    assert len(calls) == 1


def test_without_espeak_spelling_is_used(monkeypatch, caplog):
    monkeypatch.setattr(pronounce.shutil, "which", lambda name: None)
    p = Pronouncer()
    assert not p.uses_espeak
    with caplog.at_level("INFO", logger="aligner.align.pronounce"):
        out = p.pronounce(["kubernetes", "gpt"])
    assert out["gpt"] == ("JH", "IY", "P", "IY", "T", "IY")
    assert out["kubernetes"] and set(out["kubernetes"]) <= PHONES
    assert any("espeak-ng is not installed" in r.message for r in caplog.records)


def test_unsayable_word_gets_no_phones():
    p = Pronouncer(use_espeak=pronounce.espeak_available())
    assert p.pronounce(["北京"])["北京"] == ()
