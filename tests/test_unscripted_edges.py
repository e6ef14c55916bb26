"""A line whose end runs into words the transcript does not hold (a second voice speaking as the line stops)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.align.unscripted_edges import INSIDE, end_runs_into_unscripted
from aligner.audio.decode import Audio
from aligner.document import END_IN_UNSCRIPTED, LOW_CONFIDENCE, Segment, UnscriptedSpan, Word

RATE = 16000
START, END = 1.0, 2.4  #: where the line's voice is
TEXT = "We finished the report on time"
ANSWER = UnscriptedSpan(2.8, 3.6, "Yes, we did.")  #: another voice answering after a short pause


def _recording() -> Envelope:
    """Faint noise; the line from START to END; the answer (8 dB under) over ANSWER."""
    rng = np.random.default_rng(5)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    for a, b, level in ((START, END, 0.2), (ANSWER.start, ANSWER.end, 0.08)):
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(end: float) -> Segment:
    """"We finished the report on time", its last word ending at ``end``."""
    times = [(START, 1.3), (1.3, 1.7), (1.7, 1.8), (1.8, 2.1), (2.1, 2.2), (2.2, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["We", "finished", "the", "report", "on", "time"], times))
    return Segment(TEXT, START, end, words=words)


def test_an_end_inside_heard_words_nobody_wrote_is_doubted_and_one_before_them_is_not():
    """Carried 0.5 s into the answer, the end lies inside words the transcript lacks; at the line's own end, or with
    the answer's first sound a few hundredths before it (Whisper's word times), it does not."""
    assert end_runs_into_unscripted([ANSWER], TEXT, START, ANSWER.start + 0.5)
    assert not end_runs_into_unscripted([ANSWER], TEXT, START, END)
    assert not end_runs_into_unscripted([ANSWER], TEXT, START, ANSWER.start + INSIDE / 2)
    # heard words that lie wholly inside the line, or wholly after its end, say nothing of where it ends
    assert not end_runs_into_unscripted([UnscriptedSpan(1.5, 2.0, "uh")], TEXT, START, END)
    assert not end_runs_into_unscripted([UnscriptedSpan(3.8, 4.2, "okay")], TEXT, START, END)
    # a span that began before the line and runs past it is not words the end ran into
    assert not end_runs_into_unscripted([UnscriptedSpan(0.5, 3.0, "music")], TEXT, START, END)


def test_a_span_opening_with_the_lines_own_last_word_is_that_word_heard_again_not_another_voice():
    """Under applause Whisper may hear the line's last word again, with more after it, and leave it unpaired: the
    end stands right before it, and the span says nothing of another voice."""
    heard_again = UnscriptedSpan(END - 0.3, 3.6, "Time! Thank you.")
    assert not end_runs_into_unscripted([heard_again], TEXT, START, END)
    assert end_runs_into_unscripted([UnscriptedSpan(END - 0.3, 3.6, "Thank you.")], TEXT, START, END)


def test_an_end_run_into_unscripted_words_sends_its_line_to_review_with_its_reason():
    env = _recording()
    st = Stretch([0], 0.0, 4.5)
    for end, doubted in ((ANSWER.start + 0.5, True), (END, False)):
        item = Placed(_line(end), ("exact",) * 6, (0.9,) * 6)
        around = surroundings([item], 0, [ANSWER], env, st)
        assert (END_IN_UNSCRIPTED in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_IN_UNSCRIPTED) == doubted and seg.has(LOW_CONFIDENCE) == doubted
