"""A phrase the decoder wrote again over other sound of the talk is its own stock phrase: no evidence that the
line it was heard under was replaced by one never spoken (aligner.align.repeated_hearing, read by
aligner.align.replaced_lines).

Whisper's words and the decoder's likelihoods are made up here (no model): the likelihoods are those of a replaced
line (the heard text far likelier than the written one), as the decoder gave them for its stock phrase
"und dann geht es um die ganze Zeit." over ``tx_de_espeak_two_speakers_horn``'s spoken lines 3-4.
"""

from __future__ import annotations

from placing import noisy_envelope

from aligner.align import replaced_lines as rl
from aligner.align.recognize import HeardWord
from aligner.align.repeated_hearing import written_elsewhere
from aligner.align.segment_placement import place_stretch
from aligner.align.stretches import Stretch
from aligner.document import Document, Segment

LINES = ["The conference is now locked.", "Please enter your conference number followed by the pound key.",
         "There is currently one other participant in the conference."]
FIRST = [("the", 0.5, 0.7), ("conference", 0.7, 1.3), ("is", 1.3, 1.4), ("now", 1.4, 1.6), ("locked", 1.6, 2.0)]
LAST = [("there", 5.8, 6.0), ("is", 6.0, 6.1), ("currently", 6.1, 6.6), ("one", 6.6, 6.8), ("other", 6.8, 7.0),
        ("participant", 7.0, 7.7), ("in", 7.7, 7.8), ("the", 7.8, 7.9), ("conference", 7.9, 8.4)]


def _stock(at: float) -> list[tuple[str, float, float]]:
    """The decoder's stock sentence (Whisper's own, after video subtitles) written over 1.9 s of sound from ``at``."""
    words = "thank you for watching and see you next time".split()
    step = 1.9 / len(words)
    return [(w, at + k * step, at + (k + 1) * step) for k, w in enumerate(words)]


def _words(heard):
    return [HeardWord(t, a, b, 0.9) for t, a, b in heard]


def test_a_phrase_written_over_other_sound_too_is_the_decoders():
    stretch = _words(_stock(0.5) + _stock(3.0) + _stock(9.0))
    under = [w for w in stretch if 3.0 <= w.start < 4.9]
    assert written_elsewhere(under, stretch)
    assert written_elsewhere(under, _words(_stock(3.0) + _stock(9.0)[:5]))  # five of its nine words again
    assert not written_elsewhere(under, _words(_stock(3.0) + _stock(9.0)[:4]))  # four: under half
    assert not written_elsewhere(under, _words(_stock(3.0)))  # once: what was heard there


def test_a_sentence_heard_once_or_two_words_in_common_are_not_a_stock_phrase():
    once = _words([("call", 3.0, 3.4), ("forward", 3.4, 3.9), ("on", 3.9, 4.1), ("no", 4.1, 4.4),
                   ("answer", 4.4, 4.9)])
    elsewhere = _words([("on", 6.0, 6.2), ("no", 6.2, 6.5), ("account", 6.5, 7.0), ("call", 7.5, 7.8)])
    assert not written_elsewhere(once, once + elsewhere)  # two words in a row again ("on no") are chance
    assert not written_elsewhere(once[:2], once)  # too few words to be a phrase


def test_the_talks_own_wording_heard_twice_is_the_talks():
    """Two prompts close alike: "... followed by the pound key." heard twice is said twice, not the decoder's."""
    key = [("followed", 0.0, 0.4), ("by", 0.4, 0.5), ("the", 0.5, 0.6), ("pound", 0.6, 0.9), ("key", 0.9, 1.2)]
    under = _words([("enter", 3.0, 3.3), ("your", 3.3, 3.5), ("pin", 3.5, 3.8)] + [(t, a + 3.8, b + 3.8)
                                                                                    for t, a, b in key])
    stretch = under + _words([(t, a + 7.0, b + 7.0) for t, a, b in key])
    assert written_elsewhere(under, stretch)  # read without the transcript, it would be the decoder's
    text = "please enter your conference number followed by the pound key enter your pin followed by the pound key"
    assert not written_elsewhere(under, stretch, text.split())


def _replaced(heard, monkeypatch):
    doc = Document(segments=[Segment(text) for text in LINES])
    sound = [(0.5, 2.0), (3.0, 4.9), (5.8, 8.4), (9.0, 10.9)]
    st = Stretch([0, 1, 2], 0.0, 11.5)
    placement = place_stretch(doc, st, _words(heard), noisy_envelope(sound, 11.5, seed=7))
    assert placement.placer.suspects == [1]  # by spelling, the middle line was laid over another sentence
    # the decoder finds what was heard far likelier than the written line (a factor 200 per token)
    monkeypatch.setattr(rl, "line_log_probs", lambda model, audio, a, b, texts, language: [-5.7, -0.4])
    return rl.replaced_lines(doc, st, placement, None, None, "en")


def test_a_line_under_a_sentence_heard_once_is_replaced(monkeypatch):
    assert _replaced(FIRST + _stock(3.0) + LAST, monkeypatch) == {1}


def test_a_line_under_the_decoders_stock_phrase_is_not_replaced(monkeypatch):
    """The same phrase written again over the sound after the last line: the decoder's, not the speaker's."""
    assert _replaced(FIRST + _stock(3.0) + LAST + _stock(9.0), monkeypatch) == frozenset()
