"""A speaker trailing off: the line's last 0.6 s fall 10 dB, and an end put 0.2 s before the voice stops -- on the
fallen voice, under the edge rules' margin -- is doubted with its reason; the end where the voice stops is not
(j120)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.align.trailing_voice import end_in_trailing_voice
from aligner.audio.decode import Audio
from aligner.document import END_IN_TRAILING_VOICE, LOW_CONFIDENCE, Segment, Word
from tests.synth import RATE, espeak_available, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

START, PAUSE = 1.0, 1.5  #: where the line starts, the pause after it (s)
FADE, FADE_DB = 0.6, 10.0  #: the line's last FADE s fall FADE_DB, as a speaker trailing off does
EARLY = 0.2  #: how far before the voice stops the early end is put


def _trailing_line() -> tuple[Audio, Envelope, float]:
    """A quiet pink-ish noise bed with one espeak-ng line on it whose last FADE s fall by FADE_DB (a straight line in
    dB), and where its voice stops (s)."""
    voice = speak("Please stay on the line.")  # ends on a nasal: voiced to its last sound
    n = int(FADE * RATE)
    gain = np.ones(len(voice), dtype=np.float32)
    gain[-n:] = 10.0 ** (-np.linspace(0.0, FADE_DB, n) / 20.0)
    voice = voice * gain
    rng = np.random.default_rng(7)
    total = int((START + len(voice) / RATE + PAUSE) * RATE)
    x = (rng.standard_normal(total) * 10.0 ** (-55 / 20)).astype(np.float32)
    a = int(START * RATE)
    x[a:a + len(voice)] += voice
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), START + len(voice) / RATE


def _line(end: float) -> Placed:
    times = [(START, START + 0.5), (START + 0.5, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "five."], times))
    return Placed(Segment("Press five.", START, end, words=words), ("exact",) * 2, (0.9,) * 2)


def test_an_end_put_before_a_trailing_voice_stops_is_doubted_and_the_right_end_is_not():
    audio, env, voice_end = _trailing_line()
    after = audio.duration
    assert end_in_trailing_voice(audio, env, START, voice_end - EARLY, after)
    assert not end_in_trailing_voice(audio, env, START, voice_end, after)


def test_a_trailing_voice_sends_an_english_line_to_review_with_its_reason():
    audio, env, voice_end = _trailing_line()
    st = Stretch([0], 0.0, audio.duration)
    item = _line(voice_end - EARLY)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert END_IN_TRAILING_VOICE in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_IN_TRAILING_VOICE) and seg.has(LOW_CONFIDENCE)
    assert seg.end == item.segment.end  # doubted, not moved
    assert END_IN_TRAILING_VOICE not in surroundings([_line(voice_end)], 0, [], env, st, audio=audio,
                                                     english=True)[4]


def test_the_review_queue_says_the_end_of_a_trailing_line_may_lie_later():
    from ui import review

    seg = Segment("Press five.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_IN_TRAILING_VOICE)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and "later" in reason and "trailing" in reason
