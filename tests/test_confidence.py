"""Confidence: it says how sure a word's and a segment's *time* is."""

from __future__ import annotations

from aligner.align.confidence import LOW, score_segment, word_confidence
from aligner.align.placement import Placed
from aligner.document import Segment, Word


def _segment(hows, acoustic, probs):
    words = tuple(Word(t, 1.0 + k, 1.5 + k, p) for k, (t, p) in enumerate(zip(["um", "this", "is", "fine"], probs)))
    seg = Segment("um this is fine", 1.0, 4.5, words=words)
    return Placed(seg, tuple(hows), tuple(acoustic))


def test_a_filler_whisper_did_not_write_but_the_phone_pass_found_is_not_flagged():
    """The edge word "um" was not transcribed (Whisper drops fillers) but fits its sound well:
    the segment's start is sure, so it must not land in the review queue (it used to, at 0.40)."""
    item = _segment(["voiced", "exact", "exact", "exact"], [0.8, 0.9, 0.9, 0.9], [0.0, 0.98, 1.0, 1.0])
    conf, words = score_segment(item)
    assert conf >= LOW + 0.1
    assert words[0] >= 0.65


def test_a_poor_fit_or_no_phone_pass_still_doubts_an_unheard_edge_word():
    no_pass = _segment(["voiced", "exact", "exact", "exact"], [None] * 4, [0.0, 0.98, 1.0, 1.0])
    misfit = _segment(["voiced", "exact", "exact", "exact"], [0.05, 0.9, 0.9, 0.9], [0.0, 0.98, 1.0, 1.0])
    assert score_segment(no_pass)[0] < LOW
    assert score_segment(misfit)[0] < LOW
    assert word_confidence("unheard", 0.0, 0.9) < LOW  # text not heard stays doubtful
