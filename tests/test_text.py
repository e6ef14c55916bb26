"""Words of a text and the normalized tokens used for matching."""

from aligner.text import normalize, split_words


def test_words_keep_punctuation_and_offsets():
    text = "- Thanks, Dr. Smith — really. [applause] (laughs) Next"
    words = split_words(text)
    assert [w.text for w in words] == ["- Thanks,", "Dr.", "Smith —", "really.", "[applause]", "(laughs)", "Next"]
    for w in words:
        assert text[w.start:w.end] == w.text
    assert [w.cue for w in words] == [False] * 4 + [True, True, False]


def test_round_brackets_are_cues_only_for_stage_directions():
    assert split_words("(Laughter)")[0].cue
    assert not any(w.cue for w in split_words("the answer (and this matters) is no"))


def test_normalize_spells_out_numbers_symbols_and_abbreviations():
    assert normalize("Dr. Smith's GPT-3 costs $5, 10% less!") == (
        "doctor", "smith's", "gpt", "three", "costs", "five", "dollars", "ten", "percent", "less")
    assert normalize("In 1990 the 3rd of 2,500 items") == (
        "in", "nineteen", "ninety", "the", "third", "of", "two", "thousand", "five", "hundred", "items")
    assert normalize("3.5") == ("three", "point", "five")
    assert normalize("dr who") == ("dr", "who")  # no period: not an abbreviation
    assert normalize("Don’t") == ("don't",)


def test_normalize_of_cue_free_text_is_stable():
    assert normalize("[applause]") == ("applause",)  # callers skip cues via word_tokens
    assert normalize("") == ()


def test_wordless_piece_before_a_cue_stays_before_it():
    words = split_words("— [applause] go")
    assert [w.text for w in words] == ["—", "[applause]", "go"]
    assert [w.start for w in words] == sorted(w.start for w in words)


def test_chinese_in_traditional_characters_matches_a_simplified_transcript():
    # Whisper base heard zx_zh_espeak_music's 图书馆 ("library") as 圖書館: both scripts fold to simplified
    heard, written = normalize("後來，圖書館這裡有兩個學生", "zh"), normalize("后来图书馆这里有两个学生", "zh")
    assert heard == written == tuple("后来图书馆这里有两个学生")
    assert normalize("圖書館", "yue") == tuple("图书馆")
    assert normalize("圖書館", "ja") == tuple("圖書館")  # Japanese kanji keep their own forms
    assert normalize("薴", "zh") == normalize("苧", "zh") == normalize("苎", "zh")  # a fold that chains goes all the way
