"""The Japanese and Chinese talks under a bed of noise (benchmarks/cjk_bed_cases.py, ``rd36_*``): their written lines
and what espeak-ng is given for them agree, and bench_languages.py and cases.py know them.  No case is built."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cjk_bed_cases as cjk  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")


@pytest.mark.parametrize("lines", ["zh_simplified", "zh_traditional"])
def test_every_chinese_character_is_said_as_one_pinyin_syllable(lines):
    for written, said in cjk.LINES[lines]:
        syllables = re.findall(r"[a-z]+[1-4]?", said)
        assert len(syllables) == len(HAN.findall(written)), (written, said)


def test_the_traditional_talk_is_written_in_traditional_characters():
    from aligner.text import simplified

    written = "".join(w for w, _ in cjk.ZH_TRADITIONAL)
    assert sum(a != b for a, b in zip(written, simplified(written))) >= 15
    assert all(simplified(w) == w for w, _ in cjk.ZH_SIMPLIFIED)


def test_japanese_is_said_from_kana_and_written_as_its_set_says():
    for lines in ("ja_kanji", "ja_kana"):
        for written, said in cjk.LINES[lines]:
            assert not HAN.search(said) and KANA.search(said), said
            assert bool(HAN.search(written)) == (lines == "ja_kanji"), written


def test_the_sets_know_the_talks_and_two_are_kept_for_later():
    import bench_languages
    import cases

    assert bench_languages.BUILT_SETS["dev36"][0] == "cjk_bed_cases"
    assert set(cjk.names("dev")) | set(cjk.names("later")) == set(cjk.catalogue()) == set(cases.LANG36_DEV)
    assert len(cjk.names("later")) == 2 and not set(cjk.names("dev")) & set(cjk.names("later"))
    assert {cjk.catalogue()[n].lang for n in cjk.names("dev")} == {"ja", "zh"}
