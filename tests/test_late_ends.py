"""Ends carried on past the voice: down a fading tail with no pitch (a far microphone's room, a noise suppressor's
residue), along a steady tone (a feedback howl); and a join mid-sentence after a drawn-out word."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW, ends_a_sentence, stretched_before_join
from aligner.align.late_ends import end_in_decay, end_on_steady_tone, fades_into_end, typical_run_on
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_IN_DECAY, END_ON_TONE, LOW_CONFIDENCE, STRETCHED_JOIN, Segment, Word

RATE = 16000
START, VOICE_END = 1.0, 2.4  #: where the line's voice is
TAIL = 0.45  #: how long what follows the voice lasts


def _voice(n: int, rng, wobble: bool = True) -> np.ndarray:
    """A voiced sound: harmonics of a pitch gliding 120-160 Hz, its level rising and falling by syllables."""
    t = np.arange(n) / RATE
    f0 = 140.0 + 20.0 * np.sin(2 * np.pi * 1.5 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 12))
    if wobble:
        x = x * (0.6 + 0.4 * np.abs(np.sin(2 * np.pi * 3.0 * t)))
    return 0.15 * x / np.max(np.abs(x)) + 0.002 * rng.normal(size=n)


def _recording(after: str) -> tuple[Audio, Envelope]:
    """Faint noise; a voice from START to VOICE_END; then for TAIL s: "decay" noise falling 40 dB as a room's tail
    does (a straight line in dB), starting 20 dB under the voice; "voiced decay" the voice itself fading so; "tone"
    a pure 900 Hz tone at one level (a howl); "none" nothing."""
    rng = np.random.default_rng(3)
    x = 0.0005 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(VOICE_END * RATE)
    x[a:b] += _voice(b - a, rng)
    n = int(TAIL * RATE)
    fall = 10.0 ** (-(np.arange(n) / n) * 40.0 / 20.0)  # 40 dB over TAIL s: 0.9 dB per 10 ms
    if after == "decay":
        x[b:b + n] += 0.015 * fall * rng.normal(size=n)
    elif after == "voiced decay":
        x[b:b + n] += 0.1 * fall * _voice(n, rng, wobble=False) / 0.15
    elif after == "tone":
        x[b:b + n] += 0.08 * np.sin(2 * np.pi * 900.0 * np.arange(n) / RATE)
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def test_an_end_at_the_bottom_of_a_fading_tail_with_no_pitch_is_doubted():
    audio, env = _recording("decay")
    assert fades_into_end(env, START, VOICE_END + TAIL) >= 0.3
    assert end_in_decay(audio, env, START, VOICE_END + TAIL)
    # the end where the voice stops: right, nothing said
    assert not end_in_decay(audio, env, START, VOICE_END)


def test_a_run_on_under_the_voice_that_every_line_of_the_talk_has_is_no_tail_carried():
    """A panel's mixer hands the gain back to the room as each line fades (rx_real_long_mix_f4v): every line of the
    talk runs on under its voice as far as this one, so that run-on is how the recording ends a voice, and the
    end at its bottom is not doubted; in a talk whose other lines stop where their voice does, it is."""
    audio, env = _recording("decay")
    line = Segment("Press one now.", START, VOICE_END + TAIL)
    alike = typical_run_on(env, [line] * 5)
    assert alike >= 0.3
    assert not end_in_decay(audio, env, START, VOICE_END + TAIL, alike)
    dry = typical_run_on(env, [Segment("Press one now.", START, VOICE_END)] * 4 + [line])
    assert dry < 0.1
    assert end_in_decay(audio, env, START, VOICE_END + TAIL, dry)
    assert typical_run_on(env, [Segment("Hi.", START, START + 0.3)]) == 0.0  # no line long enough to read


def test_a_voice_fading_out_on_its_own_pitch_is_no_tail():
    """A vowel faded out on a line (a recorded prompt's last vowel) keeps its pitch: the end is the voice's."""
    audio, env = _recording("voiced decay")
    assert not end_in_decay(audio, env, START, VOICE_END + TAIL)


def test_an_end_on_a_steady_tone_is_doubted_and_an_end_on_a_voice_is_not():
    audio, env = _recording("tone")
    assert end_on_steady_tone(audio, env, START, VOICE_END + TAIL)
    assert not end_on_steady_tone(audio, env, START, VOICE_END)
    audio, env = _recording("none")
    assert not end_on_steady_tone(audio, env, START, VOICE_END)
    assert not end_in_decay(audio, env, START, VOICE_END)


def _plain_line(end: float) -> Placed:
    times = [(START, 1.4), (1.4, 1.9), (1.9, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "one", "now."], times))
    return Placed(Segment("Press one now.", START, end, words=words), ("exact",) * 3, (0.9,) * 3)


def test_a_tail_or_a_howl_sends_an_english_line_to_review_with_its_reason():
    st = Stretch([0], 0.0, 4.5)
    for after, flag in (("decay", END_IN_DECAY), ("tone", END_ON_TONE)):
        audio, env = _recording(after)
        item = _plain_line(VOICE_END + TAIL)
        around = surroundings([item], 0, [], env, st, audio=audio, english=True)
        assert flag in around[4]
        seg = finish_segment(item, *around)
        assert seg.confidence < LOW and seg.has(flag) and seg.has(LOW_CONFIDENCE)
        # ended where the voice stops: not for this reason (a tone held after an end is other rules' business)
        right = _plain_line(VOICE_END)
        assert flag not in surroundings([right], 0, [], env, st, audio=audio, english=True)[4]
        # outside English (not measured there) it is not read
        assert flag not in surroundings([item], 0, [], env, st, audio=audio)[4]


def _subtitle(text: str, words: list[tuple[str, float, float]]) -> Placed:
    ws = tuple(Word(t, a, b, 1.0) for t, a, b in words)
    return Placed(Segment(text, ws[0].start, ws[-1].end, words=ws), ("exact",) * len(ws), (0.9,) * len(ws))


def _join(last_word_end: float, first_text: str = "the survey during the",
          second_text: str = "meeting last week.") -> list[Placed]:
    """Two lines said in one breath, the first's last word "the" from 2.0 s to ``last_word_end``, the second
    starting right there (no pause)."""
    first = _subtitle(first_text, [("the", 0.5, 0.7), ("survey", 0.7, 1.5), ("during", 1.5, 2.0),
                                   (first_text.split()[-1], 2.0, last_word_end)])
    second = _subtitle(second_text, [("meeting", last_word_end, last_word_end + 0.25),
                                     ("last", last_word_end + 0.3, last_word_end + 0.6),
                                     (second_text.split()[-1], last_word_end + 0.6, last_word_end + 1.0)])
    return [first, second]


def test_a_drawn_out_word_before_a_join_mid_sentence_puts_both_lines_sharing_it_in_doubt():
    """"the" held 0.35 s (two phones) right before the next line's "meeting": it swallowed that word's first sound."""
    env = Envelope(Audio.from_float(np.zeros(int(4.5 * RATE), dtype=np.float32)))
    st = Stretch([0, 1], 0.0, 4.5)
    items = _join(2.35)
    assert stretched_before_join(items[0])
    for k in (0, 1):
        assert STRETCHED_JOIN in surroundings(items, k, [], env, st, english=True)[4]
    # "the" of ordinary length: nothing said
    items = _join(2.1)
    assert not stretched_before_join(items[0])
    assert all(STRETCHED_JOIN not in surroundings(items, k, [], env, st, english=True)[4] for k in (0, 1))
    # a sentence's last word is drawn out by the speaker before the next one, pause or none
    items = _join(2.35, "the survey during the lunch.")
    assert not stretched_before_join(items[0])
    # a transcript that writes no full stops at all (speech taken down as it came): nothing said about sentences
    items = _join(2.35, second_text="meeting last week")
    assert all(STRETCHED_JOIN not in surroundings(items, k, [], env, st, english=True)[4] for k in (0, 1))
    # a pause between the two lines: the word may be drawn out
    items = _join(2.35)
    second = items[1].segment
    items[1] = _subtitle(second.text, [(w.text, w.start + 0.3, w.end + 0.3) for w in second.words])
    assert all(STRETCHED_JOIN not in surroundings(items, k, [], env, st, english=True)[4] for k in (0, 1))


def test_a_sentence_end_is_read_past_closing_quotes_and_brackets():
    assert ends_a_sentence("He said no.") and ends_a_sentence('He said "no!"') and ends_a_sentence("(Really?) ")
    assert not ends_a_sentence("during the") and not ends_a_sentence("As expected, the")


def test_the_review_queue_says_which_edge_to_check_for_each_new_reason():
    from ui import review

    for flag, words in ((END_IN_DECAY, ("end", "earlier", "tail")), (END_ON_TONE, ("end", "earlier", "tone")),
                        (STRETCHED_JOIN, ("boundary", "earlier", "no pause"))):
        seg = Segment("Press one now.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(flag)
        reason = review.segment_reason(seg)
        assert reason.startswith("low confidence: ") and all(w in reason for w in words)
