"""An end cut on its last loud sound: its last word is short for the talk and a weak sound goes on after it."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.clipped_ends import end_cut_short, last_word_short, talk_phone_duration
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_CUT_SHORT, LOW_CONFIDENCE, Segment, Word

RATE = 16000
LOUD_END = 2.6  #: where the line's loud part stops
WEAK_END = 2.85  #: where its weak last sound (a fading syllable, a final nasal) stops
NEXT = 4.0  #: where the next line starts


def _recording(weak_tail: bool) -> Envelope:
    """Faint noise (-60 dB), a noise-like 'line' from 1.0 s to LOUD_END, then (``weak_tail``) its weak rest 20 dB
    under it up to WEAK_END, a quiet pause, and the next line from NEXT."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(5.0 * RATE))
    spans = [(1.0, LOUD_END, 0.2), (NEXT, 4.8, 0.2)] + ([(LOUD_END, WEAK_END, 0.02)] if weak_tail else [])
    for a, b, level in spans:
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(end: float) -> Segment:
    """"Please try the number again", its last word ending at ``end``."""
    times = [(1.0, 1.4), (1.4, 1.7), (1.7, 1.85), (1.85, 2.3), (2.3, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "try", "the", "number", "again"], times))
    return Segment("Please try the number again", 1.0, end, words=words)


#: The talk's typical duration per phone (s): "again" (4 phones) is short under 0.4 s.
PER_PHONE = 0.1


def test_the_talks_duration_per_phone_leaves_out_the_lines_edge_words_unless_its_lines_are_single_words():
    line = _line(WEAK_END)  # inner words: "try" 0.3 s / 3 phones, "the" 0.15 / 2, "number" 0.45 / 5
    assert talk_phone_duration([line]) is None  # three inner words are too few to say how fast the talk is
    per_phone = talk_phone_duration([line] * 3)
    assert abs(per_phone - 0.09) < 1e-9  # the median of 0.1, 0.075, 0.09 (not the drawn-out edges)
    words = [Segment(t, a, a + 0.4, words=(Word(t, a, a + 0.4),)) for a, t in zip(range(10), ["Eleven."] * 10)]
    assert abs(talk_phone_duration(words) - 0.4 / 6) < 1e-9  # one-word lines: every word counts
    assert last_word_short(_line(LOUD_END), PER_PHONE) and not last_word_short(_line(WEAK_END), PER_PHONE)


def test_a_short_last_word_with_a_weak_sound_going_on_after_it_is_an_end_cut_short_and_neither_sign_alone_is():
    """Cut on its loud part, the line's last word comes out short and its weak rest stands over the pause's
    floor after the end: review it.  Ended where the weak rest stops, it is not; a quickly said last word with
    nothing after it is not; nor is a drawn-out last word followed by a weak sound (a room's tail)."""
    tail, clean = _recording(weak_tail=True), _recording(weak_tail=False)
    assert end_cut_short(tail, _line(LOUD_END), NEXT, PER_PHONE)
    assert not end_cut_short(tail, _line(WEAK_END), NEXT, PER_PHONE)
    assert not end_cut_short(clean, _line(LOUD_END), NEXT, PER_PHONE)
    assert not end_cut_short(tail, _line(LOUD_END), NEXT, 0.06)  # "again" is not short in a fast talk
    assert not end_cut_short(tail, _line(LOUD_END), NEXT, None)  # too few words to say how fast the talk is
    assert not end_cut_short(tail, _line(LOUD_END), LOUD_END + 0.3, PER_PHONE)  # no pause to measure a floor in


def test_an_end_cut_short_sends_its_line_to_review_with_its_reason():
    tail = _recording(weak_tail=True)
    st = Stretch([0], 0.0, NEXT)
    for end, doubted in ((LOUD_END, True), (WEAK_END, False)):
        item = Placed(_line(end), ("exact",) * 5, (0.9,) * 5)
        around = surroundings([item], 0, [], tail, st, per_phone=PER_PHONE)
        assert (END_CUT_SHORT in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_CUT_SHORT) == doubted and seg.has(LOW_CONFIDENCE) == doubted
    cut = Placed(_line(LOUD_END), ("exact",) * 5, (0.9,) * 5)
    assert END_CUT_SHORT not in surroundings([cut], 0, [], tail, st)[4]  # the talk's pace unknown: no verdict
