"""A far line's phrase written over a near one: the told words written in one run with a word the pace rules out,
spelling that far line in order, go with it; the words heard where the text has them stay."""

from __future__ import annotations

import aligner.align.hear_the_text as hear
from aligner.align.far_phrases import far_phrases
from aligner.align.recognize import HeardWord
from aligner.document import Document, Segment
from aligner.align.stretches import Stretch

LINES = ["A group of farmers repaired the price of electricity.",
         "The board of directors reviewed the cost of cleaning.",
         "For now our finance office rejected an old water pipe after a long debate.",
         "In the end the new manager explained a proposal for new bicycle lanes.",
         "The board of directors approved a report about air quality."]


class _Sound:
    """An envelope that only says where the sound is: all of [0, 50] s."""

    def voiced_runs(self, t0, t1, **_):
        return [(max(0.0, t0), min(50.0, t1))]


def _run(text: str, start: float, step: float = 0.25) -> list[HeardWord]:
    return [HeardWord(w, start + k * step, start + (k + 1) * step, 0.9, "en") for k, w in enumerate(text.split())]


def _pace(monkeypatch):
    monkeypatch.setattr(hear, "SLACK_SECONDS", 4.0)
    return hear.TextPace(" ".join(LINES).split(), _Sound(), 0.0, 50.0, "en")


def test_the_far_lines_words_written_with_a_word_the_pace_rules_out_go_with_it(monkeypatch):
    pace = _pace(monkeypatch)
    words = _run("sooner", 5.0) + _run("The board of directors approved a report about air quality the", 7.0) \
        + _run("a long debate", 24.0)
    assert pace.allows(words[1]) and not pace.allows(words[5])  # "The" is line 1's too, near; "approved" only far
    dropped = far_phrases(words, pace.allows, pace.words, "en")
    assert [words[i].text for i in sorted(dropped)] == \
        "The board of directors approved a report about air quality".split()


def test_a_near_line_heard_next_to_a_far_word_stays(monkeypatch):
    pace = _pace(monkeypatch)
    words = _run("A group of farmers quality repaired", 0.5)  # "quality" is the last line's, after "air", not "farmers"
    assert [words[i].text for i in far_phrases(words, pace.allows, pace.words, "en")] == ["quality"]


def test_a_told_hearing_keeps_none_of_a_far_lines_phrase(monkeypatch):
    """Through the told hearing: line 1's opening words written as the last line's phrase over line 0 are not kept."""
    doc = Document([Segment(text=s) for s in LINES])
    st = Stretch(list(range(len(LINES))), 0.0, 50.0)
    monkeypatch.setattr(hear, "SLACK_SECONDS", 4.0)
    told = _run("The board of directors approved a report about air quality", 1.0) + _run("office rejected", 24.0)
    monkeypatch.setattr(hear, "recognize", lambda *a, **k: (told, "en"))
    monkeypatch.setattr(hear, "quiet_cuts", lambda env, t0, t1, seconds: [(t0, t1)])
    monkeypatch.setattr(hear, "without_stamps", lambda words, env: list(words))
    kept = hear._hear_span(doc, st, None, "en", None, _Sound(), "en", None)
    assert [w.text for w in kept] == ["office", "rejected"]
