"""A line's end carried on over a listener's interjection: its last word swallowed the other sound and lasts far longer
than the talk's last words; the review queue doubts it with its reason, and moves nothing (j114)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.clipped_ends import typical_last_word
from aligner.align.confidence import LOW
from aligner.align.overlong_ends import FAR_TOO_LONG_LAST_WORD, end_on_overlong_word
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_ON_OVERLONG_WORD, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, VOICE_END = 1.0, 2.4  #: where the line's voice is ("now." from 1.9 s: two phones, 0.25 s a phone)
HMM = 0.8  #: how long the listener's "Hmm" goes on after the voice
PER_PHONE = 0.25  #: the talk's typical last word, per phone (s): "now." ending with the voice is typical


def _recording() -> Audio:
    """Faint noise; a voice from START to VOICE_END, then another voice's "Hmm" 8 dB under it for HMM s (each
    pitch gliding, each level rising and falling by syllables)."""
    rng = np.random.default_rng(3)
    x = 0.0005 * rng.normal(size=int(4.5 * RATE))
    for (a, b), pitch, gain in (((START, VOICE_END), 140.0, 0.15), ((VOICE_END, VOICE_END + HMM), 220.0, 0.06)):
        n = int((b - a) * RATE)
        t = np.arange(n) / RATE
        phase = 2 * np.pi * np.cumsum(pitch + 20.0 * np.sin(2 * np.pi * 1.5 * t)) / RATE
        level = 0.6 + 0.4 * np.abs(np.sin(2 * np.pi * 3.0 * t))
        x[int(a * RATE):int(a * RATE) + n] += gain * level * sum(np.sin(k * phase) / k for k in range(1, 8)) / 2.6
    return Audio.from_float(x.astype(np.float32))


def _line(end: float, start: float = START) -> Placed:
    """"Press one now." from ``start`` to ``end``: "now." from 1.9 s on."""
    times = [(start, 1.4), (1.4, 1.9), (1.9, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "one", "now."], times))
    return Placed(Segment("Press one now.", start, end, words=words), ("exact",) * 3, (0.9,) * 3)


def test_a_last_word_far_longer_than_the_talks_is_doubted():
    late, right = _line(VOICE_END + HMM).segment, _line(VOICE_END).segment
    assert end_on_overlong_word(late, PER_PHONE)  # 1.3 s for two phones: 2.6 times 0.25 s a phone
    assert not end_on_overlong_word(right, PER_PHONE)
    # long for the talk but within what phrase-final lengthening gives (j111's 1.25 times): nothing is said
    assert not end_on_overlong_word(_line(1.9 + 2 * PER_PHONE * (FAR_TOO_LONG_LAST_WORD - 0.3)).segment, PER_PHONE)
    # a talk whose last words are all this slow: the word swallowed nothing
    assert not end_on_overlong_word(late, 0.3)
    # no talk to measure against
    assert not end_on_overlong_word(late, None)
    # the talk's typical last word, measured from its lines: one late end among right ones does not move it
    talk = [right] * 6 + [late]
    assert abs(typical_last_word(talk) - PER_PHONE) < 1e-9 and end_on_overlong_word(late, typical_last_word(talk))


def test_an_overlong_last_word_sends_an_english_line_to_review_without_moving_it():
    audio = _recording()
    from aligner.align.activity import Envelope

    env = Envelope(audio)
    st = Stretch([0], 0.0, 4.5)
    item = _line(VOICE_END + HMM)
    around = surroundings([item], 0, [], env, st, audio=audio, per_phone=PER_PHONE, english=True)
    assert END_ON_OVERLONG_WORD in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_ON_OVERLONG_WORD) and seg.has(LOW_CONFIDENCE)
    assert (seg.start, seg.end) == (item.segment.start, item.segment.end)
    assert [(w.start, w.end) for w in seg.words] == [(w.start, w.end) for w in item.segment.words]
    right = _line(VOICE_END)
    assert END_ON_OVERLONG_WORD not in surroundings([right], 0, [], env, st, audio=audio, per_phone=PER_PHONE,
                                                    english=True)[4]
    # outside English (not measured there) it is not read
    assert END_ON_OVERLONG_WORD not in surroundings([item], 0, [], env, st, audio=audio, per_phone=PER_PHONE)[4]


def test_the_review_queue_says_the_end_may_lie_earlier():
    from ui import review

    seg = Segment("Press one now.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_ON_OVERLONG_WORD)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and all(w in reason for w in ("last word", "end", "earlier"))


def test_a_number_ending_a_line_is_timed_by_the_words_it_is_said_as():
    """"...keep you up at 11." (the demo talk's line): "11." is "eleven", six phones, not one -- read as one, its
    ordinary 0.53 s looked six times the talk's last words and the line went to review for nothing."""
    from aligner.align.confidence import phone_count

    assert phone_count("11.") == phone_count("eleven.") == 6
    assert phone_count("$5") == phone_count("five dollars") and phone_count("Dr.") == phone_count("doctor")
    assert phone_count("—") == 1  # nothing said: the floor of one, as before
    typical = 0.09  # the talk's last words, a phone
    said = Segment("so a cup at 4 can still keep you up at 11.", 60.0, 65.16, words=(
        Word("at", 64.49, 64.63, 1.0), Word("11.", 64.63, 65.16, 1.0)))
    assert not end_on_overlong_word(said, typical)
    swallowed = Segment(said.text, 60.0, 66.6, words=(Word("at", 64.49, 64.63, 1.0), Word("11.", 64.63, 66.6, 1.0)))
    assert end_on_overlong_word(swallowed, typical)  # 1.97 s for six phones: 3.6 times


def _said(text: str, start: float, pace: float, last: float) -> Segment:
    """``text`` said from ``start`` at ``pace`` s a phone, its last word at ``last`` s a phone, words back to back."""
    from aligner.align.confidence import phone_count

    words, t = [], start
    tokens = text.split()
    for i, token in enumerate(tokens):
        length = (last if i == len(tokens) - 1 else pace) * phone_count(token)
        words.append(Word(token, t, t + length, 1.0))
        t += length
    return Segment(text, start, t, words=tuple(words))


def test_a_slow_speakers_ordinary_last_word_is_not_overlong_beside_a_quick_one():
    """Two speakers in turns at three times each other's pace (j214: a slow festival voice answering a quick one on the
    aside sets): the talk's typical last word is the quick one's, and the slow speaker's ordinary last word lasts three
    times it.  Held against the talk's last words said at the line's own pace, it is not doubted; the same slow line
    whose last word swallowed an interjection still is, and so is a quick one's."""
    from aligner.align.clipped_ends import typical_pace

    quick, slow = 0.06, 0.18
    text = "The committee questioned a plan for the harbour this time."
    talk = [_said(text, 10.0 * i, quick, 1.5 * quick) for i in range(4)]
    talk += [_said(text, 10.0 * i + 40.0, slow, 1.5 * slow) for i in range(3)]
    per_phone, pace = typical_last_word(talk), typical_pace(talk)
    assert abs(per_phone - 1.5 * quick) < 1e-9 and abs(pace - quick) < 1e-9
    ordinary_slow = talk[-1]
    assert end_on_overlong_word(ordinary_slow, per_phone)  # the talk's bar alone: 3 times its typical last word
    assert not end_on_overlong_word(ordinary_slow, per_phone, pace)
    swallowed_slow = _said(text, 80.0, slow, 1.5 * slow * FAR_TOO_LONG_LAST_WORD * 1.2)
    assert end_on_overlong_word(swallowed_slow, per_phone, pace)
    swallowed_quick = _said(text, 90.0, quick, 1.5 * quick * FAR_TOO_LONG_LAST_WORD * 1.2)
    assert end_on_overlong_word(swallowed_quick, per_phone, pace)
    assert not end_on_overlong_word(talk[0], per_phone, pace)
    # through scoring, as the engine reads it: the slow speaker's line is not sent to review for its last word
    line = _said(text, 1.0, slow, 1.5 * slow)
    env = Envelope(Audio.from_float((0.0005 * np.random.default_rng(5).normal(size=int((line.end + 1.0) * RATE)))
                                    .astype(np.float32)))
    placed = Placed(line, ("exact",) * len(line.words), (0.9,) * len(line.words))
    st = Stretch([0], 0.0, line.end + 1.0)
    assert END_ON_OVERLONG_WORD in surroundings([placed], 0, [], env, st, per_phone=per_phone, english=True)[4]
    assert END_ON_OVERLONG_WORD not in surroundings([placed], 0, [], env, st, per_phone=per_phone, english=True,
                                                    pace=pace)[4]
