"""An end carried on over a creak's clicks, and a start put after a stop's closure inside the first word: both sent
to review with their reasons (j111)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.closure_starts import first_word_squeezed, inner_stop, start_after_closure, syllable_before_dip
from aligner.align.confidence import LOW
from aligner.align.creaking_ends import end_on_creak
from aligner.align.placement import Placed
from aligner.align.pulsed_sound import jitter
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_ON_CREAK, LOW_CONFIDENCE, START_AFTER_CLOSURE, Segment, Word
from synth import gliding_voice

RATE = 16000
START, VOICE_END = 1.0, 2.4  #: where the line's voice is
CREAK = 0.45  #: how long the creak after the voice lasts
PER_PHONE = 0.12  #: the talk's typical last word, per phone (s)


def _creak(n: int, rng, steady: bool = True) -> np.ndarray:
    """A chair's creak: the wood sticks and slips at a steady rate, a click (a short decaying burst of a 500 Hz ring)
    every 7.9-8.1 ms, each at its own level over 18 dB, 10-30 dB under the voice; not ``steady``: a click every
    3-25 ms (keys, rain)."""
    x = np.zeros(n)
    ring = np.sin(2 * np.pi * 500.0 * np.arange(80) / RATE) * np.exp(-np.arange(80) / 20.0)
    at = 0
    while at + len(ring) < n:
        x[at:at + len(ring)] += 0.15 * 10.0 ** (-rng.uniform(0.0, 18.0) / 20.0) * ring
        at += int((rng.uniform(0.0079, 0.0081) if steady else rng.uniform(0.003, 0.025)) * RATE)
    return x


def _recording(after: str) -> tuple[Audio, Envelope]:
    """Faint noise; a voice from START to VOICE_END; then for CREAK s a creak ("creak"), clicks at no steady rate
    ("clicks") or nothing ("none")."""
    rng = np.random.default_rng(5)
    x = 0.0005 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(VOICE_END * RATE)
    x[a:b] += gliding_voice(b - a, rng)
    if after in ("creak", "clicks"):
        n = int(CREAK * RATE)
        x[b:b + n] += _creak(n, rng, steady=after == "creak")
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def _line(end: float) -> Placed:
    """"Press one now." from START to ``end``: "now." (two phones) from 1.9 s on."""
    times = [(START, 1.4), (1.4, 1.9), (1.9, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "one", "now."], times))
    return Placed(Segment("Press one now.", START, end, words=words), ("exact",) * 3, (0.9,) * 3)


def test_an_end_carried_over_a_creak_with_a_long_last_word_is_doubted():
    audio, env = _recording("creak")
    late = _line(VOICE_END + CREAK).segment
    assert jitter(env, late.end - 0.32, late.end - 0.02) > 2 * jitter(env, START, VOICE_END)
    assert end_on_creak(audio, env, late, PER_PHONE)
    # the end where the voice stops: its last word is long too (0.5 s for two phones), but its level glides
    assert not end_on_creak(audio, env, _line(VOICE_END).segment, PER_PHONE)
    # a talk whose last words are all this long: the word swallowed nothing, nothing is said
    assert not end_on_creak(audio, env, late, 1.0)
    # no talk to measure the last words against: nothing is said
    assert not end_on_creak(audio, env, late, None)
    # clicks that keep no rate (keys, rain) jitter as much, but are no creak: other rules read them
    audio, env = _recording("clicks")
    assert jitter(env, late.end - 0.32, late.end - 0.02) > 2 * jitter(env, START, VOICE_END)
    assert not end_on_creak(audio, env, late, PER_PHONE)


def test_a_creak_sends_an_english_line_to_review_with_its_reason():
    audio, env = _recording("creak")
    st = Stretch([0], 0.0, 4.5)
    item = _line(VOICE_END + CREAK)
    around = surroundings([item], 0, [], env, st, audio=audio, per_phone=PER_PHONE, english=True)
    assert END_ON_CREAK in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_ON_CREAK) and seg.has(LOW_CONFIDENCE)
    assert END_ON_CREAK not in surroundings([_line(VOICE_END)], 0, [], env, st, audio=audio, per_phone=PER_PHONE,
                                            english=True)[4]
    # outside English (not measured there) it is not read
    assert END_ON_CREAK not in surroundings([item], 0, [], env, st, audio=audio, per_phone=PER_PHONE)[4]


SYLLABLE = (1.0, 1.2)  #: "Sur": a syllable at the voice's level
BURST = 1.27  #: after a 70 ms closure the rest of the word ("prisingly, ...") from here to VOICE_END


def _closure_recording() -> tuple[Audio, Envelope]:
    rng = np.random.default_rng(7)
    x = 0.0005 * rng.normal(size=int(4.5 * RATE))
    for a, b in (SYLLABLE, (BURST, VOICE_END)):
        x[int(a * RATE):int(b * RATE)] += gliding_voice(int(b * RATE) - int(a * RATE), rng)
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def _opening(first: str, start: float) -> Placed:
    times = [(start, 1.9), (1.9, VOICE_END)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip([first, "ours."], times))
    return Placed(Segment(f"{first} ours.", start, VOICE_END, words=words), ("exact",) * 2, (0.9,) * 2)


def test_a_start_after_a_closure_inside_the_first_word_is_doubted():
    audio, env = _closure_recording()
    assert inner_stop("Surprisingly,") and inner_stop("December") and not inner_stop("Hello") and not inner_stop("The")
    late = _opening("Surprisingly,", BURST).segment
    found = syllable_before_dip(audio, env, late, 0.0)
    assert found is not None and abs(found[0] - SYLLABLE[0]) < 0.03 and abs(found[1] - SYLLABLE[1]) < 0.03
    assert start_after_closure(audio, env, late, 0.0)
    # started on the syllable: a pause lies before it, not a closure
    assert not start_after_closure(audio, env, _opening("Surprisingly,", SYLLABLE[0]).segment, 0.0)
    # a first word with no stop inside it: the sound before is not its syllable (a breath, a filler)
    assert not start_after_closure(audio, env, _opening("Hello", BURST).segment, 0.0)
    # the syllable is the previous line's (it ends after the syllable begins): nobody's sound is left out
    assert not start_after_closure(audio, env, late, SYLLABLE[1])


def _prompt(first_end: float) -> Segment:
    """"Press one to send a reply.", starting at BURST, its first word ending at ``first_end``, the others at a
    prompt's pace (60-90 ms a phone) up to VOICE_END."""
    times = [(BURST, first_end), (first_end, 1.6), (1.6, 1.75), (1.75, 2.05), (2.05, 2.1), (2.1, VOICE_END)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "one", "to", "send", "a", "reply."], times))
    return Segment("Press one to send a reply.", BURST, VOICE_END, words=words)


def test_a_start_after_a_dip_with_the_first_word_squeezed_is_doubted():
    """j171: "Press" has no stop inside it, yet the phone pass left its syllable before a dip in the pause and
    squeezed the word into 80 ms (jx_real_long_mix_mov, +331 ms): a first word far shorter a phone than its line's
    other words ties the syllable before the dip to it.  Said at its line's pace, it does not."""
    audio, env = _closure_recording()
    assert not inner_stop("Press")
    assert first_word_squeezed(_prompt(BURST + 0.08)) and start_after_closure(audio, env, _prompt(BURST + 0.08), 0.0)
    assert not first_word_squeezed(_prompt(BURST + 0.25))
    assert not start_after_closure(audio, env, _prompt(BURST + 0.25), 0.0)


def test_a_closure_start_sends_an_english_line_to_review_with_its_reason():
    audio, env = _closure_recording()
    st = Stretch([0], 0.0, 4.5)
    item = _opening("Surprisingly,", BURST)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert START_AFTER_CLOSURE in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(START_AFTER_CLOSURE)
    right = _opening("Surprisingly,", SYLLABLE[0])
    assert START_AFTER_CLOSURE not in surroundings([right], 0, [], env, st, audio=audio, english=True)[4]
    assert START_AFTER_CLOSURE not in surroundings([item], 0, [], env, st, audio=audio)[4]


def test_the_review_queue_says_which_edge_to_check_for_each_new_reason():
    from ui import review

    for flag, words in ((END_ON_CREAK, ("end", "earlier", "creak")), (START_AFTER_CLOSURE, ("start", "earlier",
                                                                                           "closure"))):
        seg = Segment("Press one now.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(flag)
        reason = review.segment_reason(seg)
        assert reason.startswith("low confidence: ") and all(w in reason for w in words)
