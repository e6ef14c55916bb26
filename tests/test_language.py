"""aligner.language's small helpers that several modules lean on."""

from aligner.language import is_english


def test_english_is_known_by_its_base_code_and_is_the_default():
    assert all(is_english(c) for c in (None, "", "en", "EN_us", "en-GB"))
    assert not any(is_english(c) for c in ("fr", "fr-CA", "eng", "es"))
