"""The review queue's phone counts come from a lean read of CMUdict that must agree with the full one."""

from __future__ import annotations

import pytest


def test_phone_counts_are_the_first_pronunciations_lengths():
    from aligner.align import pronounce
    from aligner.align.confidence import phone_count

    try:
        full = pronounce._cmudict()
    except (ImportError, OSError):
        pytest.skip("no phone model's dictionary installed")
    for word in ("surprisingly", "followed", "that", "read", "the", "extraordinary", "a"):
        assert pronounce.cmudict_phone_count(word) == len(full[word][0]) == phone_count(word.capitalize() + ",")
    assert all(pronounce.cmudict_phone_count(w) == len(p[0]) for w, p in list(full.items())[::97])
    assert pronounce.cmudict_phone_count("zzqxv") == 0 and phone_count("Zzqxv") > 0
