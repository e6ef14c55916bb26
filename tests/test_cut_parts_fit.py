"""A chunk cut where the phone pass carried an edge word, its parts judged against how their words fit in the whole
chunk (cut_parts_fit.py): ny_espeak_dryer_skateboard_page_mp4 "The research group ...", start -929 ms."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aligner.align.cut_parts_fit import as_fit_as_in_the_whole, words_fit
from aligner.align.phonetic import POOR_FIT, POOR_FIT_CONFIDENCE, ChunkAlignment, WordTiming

import test_edge_words_apart as carried


def _chunk(confidences, plausible=True, problems=(), length=0.2) -> ChunkAlignment:
    words = tuple(WordTiming(k * length, (k + 1) * length, c) for k, c in enumerate(confidences))
    return ChunkAlignment(words=words, duration=len(words) * length, plausible=plausible, problems=problems,
                          confidence=sum(confidences) / len(confidences))


def _poor(confidences) -> ChunkAlignment:
    mean = sum(confidences) / len(confidences)
    return _chunk(confidences, False, (f"{POOR_FIT} (confidence {mean:.2f})",))


def test_words_fit_is_the_duration_weighted_mean_of_the_words_asked_for():
    whole = ChunkAlignment(words=(WordTiming(0.0, 0.1, 0.9), WordTiming(0.1, 0.4, 0.1), None, WordTiming(0.4, 0.5, 0.3)),
                           duration=0.5, plausible=True)
    assert words_fit(whole, 1, 3) == pytest.approx((0.1 * 0.3 + 0.3 * 0.1) / 0.4)
    assert words_fit(whole, 2, 1) is None


def test_a_part_that_fits_its_words_as_well_as_the_accepted_whole_did_is_kept():
    whole = _chunk([0.6, 0.6, 0.6, 0.07, 0.07, 0.07])  # a voice the model hears well, then one it hears poorly
    part = as_fit_as_in_the_whole(_poor([0.12, 0.12, 0.12]), whole, 3)
    assert part.plausible and part.problems == ()


def test_a_part_that_fits_worse_than_in_the_whole_stays_rejected():
    whole = _chunk([0.6, 0.6, 0.6, 0.15, 0.15, 0.15])
    part = _poor([0.12, 0.12, 0.12])
    assert as_fit_as_in_the_whole(part, whole, 3) is part


def test_any_other_problem_still_rejects_the_part():
    whole = _chunk([0.6, 0.6, 0.6, 0.07, 0.07, 0.07])
    squeezed = replace(_poor([0.12, 0.12, 0.12]), problems=("2 of 3 words squeezed into too little sound: a b",
                                                            f"{POOR_FIT} (confidence 0.12)"))
    assert as_fit_as_in_the_whole(squeezed, whole, 3) is squeezed
    assert as_fit_as_in_the_whole(None, whole, 3) is None and as_fit_as_in_the_whole(False, whole, 3) is False


class _FitsAs(carried._InTurn):
    """The scripted aligner, its whole chunk fitting at ``whole`` per word and the part cut apart at ``part``,
    rejected by the verdict when under the bar."""

    def __init__(self, talk, answers, whole: float, part: float):
        super().__init__(talk, answers)
        self.whole, self.part = whole, part

    def align(self, *args, **kwargs):
        found = super().align(*args, **kwargs)
        fit = self.whole if len(self.calls) == 1 else self.part  # the first call aligns the whole chunk
        found = replace(found, words=tuple(None if w is None else replace(w, confidence=fit) for w in found.words),
                        confidence=fit)
        if len(self.calls) > 1 and fit < POOR_FIT_CONFIDENCE:  # the part, judged on its own, is under the bar
            return replace(found, plausible=False, problems=(f"{POOR_FIT} (confidence {fit:.2f})",))
        return found


def _cut_fitting(whole: float, part: float):
    text = "please enter the area code"
    answers = {text: [(carried.CARRIED, ()), (carried.CARRIED[:4] + [(2.7, 3.4)], ())]}
    original = carried._InTurn
    carried._InTurn = lambda audio, scripted: _FitsAs(audio, scripted, whole, part)
    try:
        return carried._cut(answers)
    finally:
        carried._InTurn = original


def test_the_carried_word_comes_back_when_its_part_fits_as_well_as_in_the_whole_chunk():
    """The part cut apart fits under the bar (0.12) but no worse than its words did in the accepted whole (0.07):
    without this module the part was rejected and "code." stayed on the next line's sound, 1.9 s late."""
    end, cut = _cut_fitting(whole=0.07, part=0.12)
    assert cut is not None and end == pytest.approx(3.4, abs=0.001), (end, cut)


def test_the_carried_word_stays_when_its_part_fits_worse_than_in_the_whole_chunk():
    end, cut = _cut_fitting(whole=0.15, part=0.12)
    assert cut is None and end == pytest.approx(5.3, abs=0.001), (end, cut)
