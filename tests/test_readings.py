"""Japanese and Mandarin lines get a phone pass: their characters read (Janome, pypinyin) for espeak-ng.

Talks are synthesized sentence by sentence with espeak-ng (Japanese from kana, Mandarin from pinyin: espeak-ng
reads neither kanji nor hanzi), the transcript written in characters, so the true boundaries are exact.
"""

from __future__ import annotations

import pytest

from aligner.align import AlignOptions, align
from aligner.align.boundaries import plan_chunks
from aligner.align.placement import Placed
from aligner.align.pronounce import LanguagePronouncer, espeak_voice
from aligner.align.segment_placement import _word_how
from aligner.audio import load_audio
from aligner.document import Segment, Word
from aligner.formats import read_transcript
from aligner.readings import japanese_kana, japanese_reading, mandarin_reading, reader_for
from aligner.text import normalize
from synth import espeak_available, synthesize_talk

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def test_japanese_is_read_in_kana_with_particles_as_said():
    said = japanese_reading("皆様、本日は図書館の歴史についてお話しします。")
    assert said.split() == ["みなさま", "ほんじつ", "わ", "としょかん", "の", "れきし", "について", "おはなし", "し", "ます"]
    assert japanese_reading("こんにちは、駅へ行きます").startswith("こんにちわ えき え")
    assert "AI" in japanese_reading("AIの本")  # what has no reading is kept for espeak-ng to read


def test_mandarin_is_read_in_pinyin_with_tone_numbers_in_either_script():
    assert mandarin_reading("谢谢大家。") == "xie4 xie4 da4 jia1"
    assert mandarin_reading("圖書館") == mandarin_reading("图书馆") == "tu2 shu1 guan3"
    assert mandarin_reading("我们") == "wo3 men"  # the neutral tone unnumbered, as espeak-ng reads it


def test_japanese_is_matched_as_read_whatever_script_whisper_wrote():
    assert normalize("歴史", "ja") == normalize("れきし", "ja") == normalize("レキシ", "ja") == ("れ", "き", "し")
    assert japanese_kana("図書館") == "としょかん"


def test_other_languages_need_no_reading():
    assert reader_for("fr") is None and reader_for("en") is None and reader_for("th") is None
    assert reader_for("ja") is not None and reader_for("zh") is not None and reader_for("zh-TW") is not None


@needs_espeak
def test_kanji_and_hanzi_are_pronounced_from_their_reading():
    assert espeak_voice("ja") == "ja" and espeak_voice("zh") == "cmn-latn-pinyin"
    ja = LanguagePronouncer("ja").pronounce(["図書館"])["図書館"]
    assert ja[:3] == ("T", "OW", "SH")  # to-sho-kan, not "Chinese letter"
    zh = LanguagePronouncer("zh").pronounce(["妈妈"])["妈妈"]
    assert zh == ("M", "AA", "M", "AA")  # the tone marks (digits, "ɜ") are no vowels


def test_a_line_without_spaces_is_judged_by_most_of_its_characters():
    line = "今日は私たちの町の話をします。"
    assert _word_how(["exact"] * 10 + ["unheard"] * 3, line) == "exact"
    assert _word_how(["exact"] * 5 + ["unheard"] * 8, line) == "unheard"
    assert _word_how(["exact", "exact", "unheard"], "ninety-nine") == "unheard"  # spaced words: the worst token
    assert _word_how(["exact", "unheard"], "町の") == "unheard"  # too few characters to outvote


def _placed(how: str) -> Placed:
    seg = Segment("今日は私たちの町の話をします。", 1.0, 3.0, words=(Word("今日は私たちの町の話をします。", 1.0, 3.0, 0.5),))
    return Placed(seg, (how,))


def test_a_forced_line_goes_to_the_phone_pass_where_its_characters_are_read_or_its_stretch_was_forced():
    items = [_placed("substituted")]
    assert plan_chunks(items, "ja") and plan_chunks(items, "zh")
    assert not plan_chunks(items, "fr") and not plan_chunks(items, "en")  # laid over misheard words: the pause pass
    # j230: a stretch Whisper heard too little of (Hindi written in Latin letters) was placed by forcing
    assert plan_chunks(items, "hi", by_forcing=True) and plan_chunks(items, "fr", by_forcing=True)
    assert not plan_chunks(items, "en", by_forcing=True)  # English: the pause pass, then words_in_lines
    assert not plan_chunks([_placed("unheard")], "fr", by_forcing=True)  # nothing forced there: no chunk
    assert plan_chunks([_placed("exact")], "fr")


@pytest.mark.slow
@needs_espeak
@pytest.mark.parametrize("noisy", [False, True])
def test_a_japanese_talk_in_kanji_gets_phone_level_edges(tmp_path, noisy):
    """Said from kana, written in kanji and kana, one line per sentence; under a hiss too."""
    written = ["本日は図書館の歴史についてお話しします。", "図書館は百年前に駅前に建てられました。",
               "来月から電子書籍の貸出も始まります。"]
    said = ["ほんじつわ としょかんの れきしに ついて おはなし します。", "としょかんわ ひゃくねん まえに えきまえに たてられました。",
            "らいげつから でんし しょせきの かしだしも はじまります。"]
    wav = tmp_path / "ja.wav"
    truth = synthesize_talk(said, wav, pauses=[0.7, 0.9], lead_in=0.6, tail=0.6, voices=["ja"],
                            noise=0.02 if noisy else 0.0005, seed=3)  # a hiss ~15 dB under the voice
    txt = tmp_path / "ja.txt"
    txt.write_text("\n".join(written) + "\n", encoding="utf-8")
    doc = read_transcript(str(txt))
    result = align(doc, load_audio(str(wav)), AlignOptions())
    assert result.language == "ja"
    assert result.stats["phonetic_chunks"] >= 1
    for s, t in zip(result.segments, truth):
        assert abs(s.start - t.start) < 0.1 and abs(s.end - t.end) < 0.1, (s.text, s.start, s.end, t)
