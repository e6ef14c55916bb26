"""Forced decoding as the fallback placement: the parts that need no model (the model's part is end to end in
test_languages.py: talks over a telephone line)."""

from __future__ import annotations

import pytest

from aligner.align import forced
from aligner.align.activity import Envelope
from aligner.align.forced import expected_ends, heard_share
from aligner.align.mismatch import MismatchEvidence
from aligner.audio import load_audio
from georgian_talk import GEORGIAN
from placing import placed_over
from synth import espeak_available, synthesize_talk


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


def test_a_heard_line_out_of_the_texts_order_takes_its_forced_times(monkeypatch):
    """kx_real_through_wall: in a stretch heard too little, one line's words were "heard" 12 s early and another's
    spread over 36 s; kept among the forced lines they left the text's order, and the output had segments ending
    before they began.  A heard line in order keeps its heard times."""
    lines = ["press three to hear it", "other participants", "welcome to the directory", "please enter a number",
             "users will join"]
    truth = [(0.5, 3.0), (4.0, 6.0), (7.0, 9.0), (10.0, 12.0), (13.0, 15.0)]
    items = [placed_over(lines[0], 0.6, 3.1),       # heard where it was said
             placed_over(lines[1], 0.0, 0.2, how="substituted"),  # not heard: forcing places it
             placed_over(lines[2], 1.0, 2.5, how="exact"),        # "heard" inside the first line's sound
             placed_over(lines[3], 0.0, 0.2, how="unheard"),
             placed_over(lines[4], 9.5, 15.2, how="fuzzy")]       # spread over the lines before it

    def force_lines(model, audio, env, words, t0, t1, language):
        out = []
        for ws, (a, b) in zip(words, truth):
            step = (b - a) / len(ws)
            out.append([forced.ForcedWord(w, a + k * step, a + (k + 1) * step, 0.6) for k, w in enumerate(ws)])
        return out

    monkeypatch.setattr(forced, "force_lines", force_lines)
    moved = forced.place_by_forcing(items, None, None, None, 0.0, 16.0, "en").moved
    spans = [(round(i.segment.start, 2), round(i.segment.end, 2)) for i in items]
    assert spans[0] == (0.6, 3.1)  # heard, in order: its own times
    assert spans[1:] == truth[1:], spans
    assert moved == 4
    assert all(a.segment.end <= b.segment.start + forced.ORDER_SLACK for a, b in zip(items, items[1:]))


def test_few_heard_prompt_words_still_ask_which_language_the_audio_is(monkeypatch):
    """English text over French speech: told the text, the decoder wrote nine of the prompt's own words ("and
    welcome to this talk") and nothing else -- too few heard to refuse on, and all of them in the transcript.  Only
    8 % of the text matched, so the audio's language is asked, and the refusal names both languages."""
    import aligner.align.mismatch as mismatch
    from aligner.align.language_choice import LanguageChoice

    evidence = MismatchEvidence()
    evidence.add(102, 8, 9, 9)
    evidence.add_text("good evening everyone and welcome to this talk about the birds".split() * 8,
                      "and welcome to this and welcome to this talk".split())
    evidence.add_forced(0.13, 102)
    assert evidence.verdict() is None and evidence.matched_little() and not evidence.belongs()

    class Model:  # a multilingual model: its own language identification is used
        class model:
            is_multilingual = True

    english = LanguageChoice("en", "detected from the transcript")
    monkeypatch.setattr(mismatch, "heard_languages", lambda *a: [("fr", 0.82), ("it", 0.06), ("en", 0.01)])
    message = mismatch.mismatch_verdict(evidence, Model(), None, english, 1, "cpu", "int8")
    assert message and "in English but the audio is in French" in message
    monkeypatch.setattr(mismatch, "heard_languages", lambda *a: [("en", 0.9)])  # the right talk, poorly heard
    assert mismatch.mismatch_verdict(evidence, Model(), None, english, 1, "cpu", "int8") is None


# ---------------------------------------------------------------- what the decoder can read at once
KA_LINES = GEORGIAN[:6]


def test_a_line_too_long_for_the_decoder_is_cut_into_runs_of_words_that_fit():
    assert forced._parts_that_fit(list("abcdef"), [3, 3, 3, 3, 3, 3], 7) == [(0, 2), (2, 4), (4, 6)]
    assert forced._parts_that_fit(list("abc"), [2, 9, 2], 7) == [(0, 1), (1, 2), (2, 3)]  # a word alone too long
    assert forced._parts_that_fit(list("ab"), [2, 2], 7) == [(0, 2)]
    assert forced._parts_that_fit([], [], 7) == []


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed")
def test_georgian_forced_over_its_talk_never_asks_the_decoder_for_more_than_it_can_read(tmp_path):
    """qy_ka_espeak_two_speakers_yawning_chopping: Georgian costs Whisper's tokenizer several tokens a letter, and the
    lines expected in 20 s ran to 472 tokens; CTranslate2 has positions for 448 and refused ("No position encodings
    are defined for positions >= 448"): the whole alignment failed with a traceback.  Windows now hold what fits,
    and every line is placed, in order, inside the talk (where: Whisper's ``base`` knows little Georgian, and its
    forced times on this clean talk are seconds off; the pause pass and placement decide, not this)."""
    from aligner.align.models import load_model, multilingual_model

    wav = tmp_path / "ka.wav"
    synthesize_talk(KA_LINES, wav, pauses=0.7, voices=("ka",), speed=190)
    audio = load_audio(str(wav))
    model = load_model(multilingual_model())
    lines = [ln.split() for ln in KA_LINES]
    tok = forced._tokenizer(model, "ka")
    assert sum(forced.word_token_counts(tok, [w for ln in lines for w in ln])) > forced.decoder_room(model, tok)
    got = forced.force_lines(model, audio, Envelope(audio), lines, 0.0, audio.duration, "ka")
    assert [len(g) for g in got] == [len(ln) for ln in lines]
    times = [(w.start, w.end) for g in got for w in g]
    assert all(0.0 <= a <= b <= audio.duration for a, b in times)
    assert [a for a, _ in times] == sorted(a for a, _ in times)


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed")
def test_one_word_longer_than_the_decoder_can_read_is_timed_by_what_fits(tmp_path):
    """Chinese is written without spaces: a paragraph is one "word" to the forced pass.  Longer than the decoder's
    room, it is read as far as fits and its end put at the pace of what was read, never past the window."""
    from aligner.align.models import load_model, multilingual_model

    wav = tmp_path / "ka.wav"
    synthesize_talk(KA_LINES[:2], wav, pauses=0.7, voices=("ka",))
    audio = load_audio(str(wav))
    model = load_model(multilingual_model())
    word = "".join(KA_LINES)  # one word of several hundred tokens
    tok = forced._tokenizer(model, "ka")
    assert forced.word_token_counts(tok, [word])[0] > forced.decoder_room(model, tok)
    (fw,) = forced.align_words(model, audio, 0.0, audio.duration, [word], "ka")
    assert 0.0 <= fw.start < fw.end <= audio.duration and 0.0 < fw.probability <= 1.0
