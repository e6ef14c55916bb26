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


def _noisy(spans: list[tuple[float, float]], seconds: float = 5.0):
    """An Envelope over faint noise with loud noise-like 'speech' in ``spans`` (s)."""
    import numpy as np

    from aligner.align.activity import Envelope
    from aligner.audio.decode import Audio

    rng = np.random.default_rng(1)
    x = 0.001 * rng.normal(size=int(seconds * 16000))
    for a, b in spans:
        x[int(a * 16000):int(b * 16000)] += 0.2 * rng.normal(size=int(b * 16000) - int(a * 16000))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _telephone_segment():
    """Edge words Whisper half heard and the phone model fits poorly (a telephone line, a synthetic voice),
    inner words heard exactly and placed by sound."""
    words = tuple(Word(t, 1.0 + 0.5 * k, 1.4 + 0.5 * k, p)
                  for k, (t, p) in enumerate(zip(["As", "the", "long", "debate"], [0.18, 0.84, 1.0, 0.18])))
    seg = Segment("As the long debate", 1.0, 2.9, words=words)
    return Placed(seg, ("substituted", "exact", "exact", "substituted"), (0.09, 0.79, 0.55, 0.14))


def test_an_unsure_edge_word_between_a_pause_and_a_sure_word_is_sure_of_its_time():
    item = _telephone_segment()
    assert score_segment(item)[0] < LOW  # nothing pins the edges: review it
    assert score_segment(item, pause_before=True, pause_after=True)[0] >= LOW


def test_speech_inside_a_segment_that_none_of_its_words_cover_flags_it():
    from aligner.align.confidence import pauses_beside, uncovered_sound

    sure = _segment(["exact"] * 4, [0.9] * 4, [1.0] * 4)
    assert score_segment(sure, True, True)[0] > 0.8
    assert score_segment(sure, True, True, interrupted=1.0)[0] < LOW

    words = (Word("and", 0.5, 0.8, 1.0), Word("here's", 0.8, 1.1, 1.0), Word("a", 1.1, 1.2, 1.0),
             Word("long", 3.5, 3.9, 1.0), Word("pause", 3.9, 4.3, 1.0))
    seg = Segment("and here's a long pause", 0.5, 4.3, words=words)
    spoken_between = _noisy([(0.5, 1.2), (1.6, 2.8), (3.5, 4.3)])  # a phrase the transcript lacks at 1.6-2.8
    quiet_between = _noisy([(0.5, 1.2), (3.5, 4.3)])  # a real pause
    assert uncovered_sound(spoken_between, seg) > 1.0
    assert uncovered_sound(quiet_between, seg) == 0.0
    assert pauses_beside(quiet_between, seg, 0.0, 5.0) == (True, True)
    assert pauses_beside(quiet_between, seg, 0.45, 5.0) == (False, True)  # the neighbour ends right before
