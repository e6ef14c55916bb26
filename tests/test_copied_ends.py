"""An English line's end carried past the phone pass's end by 0.1 s or more, but no further than a second recorder's
drifting copy lags there, is doubted (``copied_ends``); a short carry, one past the copy's reach, a copy lagging
too little to carry an end that far, or no copy at all, is not."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.copied_ends import CARRY_MIN, SLACK, end_carried_into_copy
from aligner.align.drifting_copy import CopyLags
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_IN_COPY, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, PHONE_END = 1.0, 2.4  #: where the line's voice is, and where the phone pass ended its last word
TEXT = "We finished the report on time"
LATE = CopyLags((0.5, 3.0, 5.5), (0.21, 0.2125, 0.215))  #: a camera's copy lagging about 0.21 s around the line
EARLY = CopyLags((0.5, 3.0, 5.5), (0.06, 0.0625, 0.065))  #: ... about 60 ms: early in the talk


def _recording() -> Envelope:
    """Faint noise; the line from START to PHONE_END, then its copy 10 dB weaker for 0.21 s."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    for a, b, level in ((START, PHONE_END, 0.2), (PHONE_END, PHONE_END + 0.21, 0.06)):
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(end: float, phone_end=PHONE_END) -> Placed:
    times = [(START, 1.3), (1.3, 1.7), (1.7, 1.8), (1.8, 2.1), (2.1, 2.2), (2.2, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["We", "finished", "the", "report", "on", "time"], times))
    return Placed(Segment(TEXT, START, end, words=words), ("exact",) * 6, (0.9,) * 6, phone_end=phone_end)


def test_an_end_carried_within_the_copy_s_reach_is_doubted_and_one_short_of_or_past_it_is_not():
    lag = LATE.at(PHONE_END)
    assert end_carried_into_copy(_line(PHONE_END + lag), LATE)  # to the copy's last sound
    assert end_carried_into_copy(_line(PHONE_END + lag + SLACK - 0.005), LATE)
    assert end_carried_into_copy(_line(PHONE_END + CARRY_MIN + 0.005), LATE)  # part of the way down the copy
    assert not end_carried_into_copy(_line(PHONE_END + lag + 0.1), LATE)  # past it: not the copy's doing
    assert not end_carried_into_copy(_line(PHONE_END + CARRY_MIN - 0.02), LATE)  # less than an end worth a look
    assert not end_carried_into_copy(_line(PHONE_END), LATE)
    assert not end_carried_into_copy(_line(PHONE_END - 0.2), LATE)


def test_no_copy_a_short_lag_or_no_phone_end_says_nothing():
    assert not end_carried_into_copy(_line(PHONE_END + 0.15), None)
    assert not end_carried_into_copy(_line(PHONE_END + 0.15), EARLY)  # a 60 ms copy carries no end 0.15 s
    assert not end_carried_into_copy(_line(PHONE_END + 0.15, phone_end=None), LATE)
    far = CopyLags((40.0, 42.0), (0.21, 0.212))  # the copy found only long after: no lag here
    assert not end_carried_into_copy(_line(PHONE_END + 0.15), far)


def test_a_copied_end_sends_its_english_line_to_review_with_its_reason():
    env = _recording()
    st = Stretch([0], 0.0, 4.5)
    end = PHONE_END + 0.18
    item = _line(end)
    around = surroundings([item], 0, [], env, st, english=True, copy=LATE)
    assert END_IN_COPY in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_IN_COPY) and seg.has(LOW_CONFIDENCE)
    assert END_IN_COPY not in surroundings([item], 0, [], env, st, english=True)[4]  # no copy
    assert END_IN_COPY not in surroundings([item], 0, [], env, st, english=False, copy=LATE)[4]
    calm = finish_segment(item, *surroundings([item], 0, [], env, st, english=True))
    assert not calm.has(END_IN_COPY)


def test_the_review_queue_says_the_end_may_lie_on_a_second_recording():
    from ui import review

    seg = Segment("Press five.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_IN_COPY)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and "second recording" in reason and "earlier" in reason
