"""j178: the review queue's three misses on the twenty-fourth set, each by what it left in the signal -- a start put
after a pause inside its sentence with its first words squeezed, an end left in a final stop's closure before its
release and hiss, an end carried along a road drill's impacts -- and the drill's impacts on both sides of a right end
no longer read as the line's voice holding on."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.carried_ends import end_carried_past_phones
from aligner.align.confidence import LOW
from aligner.align.impact_beds import impacts_around
from aligner.align.placement import Placed
from aligner.align.pulsed_sound import CLICK_JITTER, IMPACT_JITTER_DB, MIN_OWN_JITTER, jitter
from aligner.align.released_ends import end_before_release, ends_in_stop_and_hiss, release_after_end
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.squeezed_starts import COMMA_PAUSE, start_after_squeezed_words, voice_before_pause
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import (END_BEFORE_RELEASE, END_CARRIED_ON, LOW_CONFIDENCE, SOUND_AFTER_END,
                              START_AFTER_SQUEEZED_WORDS, Segment, Word)
from synth import gliding_voice

RATE = 16000
LENGTH = 6.0


def _audio(x: np.ndarray) -> tuple[Audio, Envelope]:
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def _quiet(rng) -> np.ndarray:
    return 0.0005 * rng.normal(size=int(LENGTH * RATE))


def _add(x: np.ndarray, a: float, b: float, sound: np.ndarray) -> None:
    """``sound`` added to ``x`` from ``a`` s, for at most ``b - a`` s."""
    i = int(a * RATE)
    n = min(len(sound), int(b * RATE) - i, len(x) - i)
    x[i:i + n] += sound[:n]


# -- a start after a pause inside its sentence ------------------------------------------------------------------------

SAID = (1.0, 2.0)  #: "For now," as it was said
LINE = (2.4, 4.4)  #: the rest of the line, after a comma's pause of 0.4 s


def _comma_recording(pause: float = 0.4) -> tuple[Audio, Envelope]:
    rng = np.random.default_rng(3)
    x = _quiet(rng)
    a = LINE[0] - pause - (SAID[1] - SAID[0])
    _add(x, a, a + SAID[1] - SAID[0], gliding_voice(int((SAID[1] - SAID[0]) * RATE), rng))
    _add(x, LINE[0], LINE[1], gliding_voice(int((LINE[1] - LINE[0]) * RATE), rng))
    return _audio(x)


def _young_engineer(start: float, first_len: float) -> Placed:
    """"For now, the young engineer questioned a list.", starting at ``start``; "For" lasts ``first_len`` s and
    "now," as long, the other words at a slow voice's pace (about 0.1 s a phone) up to LINE[1]."""
    names = ["For", "now,", "the", "young", "engineer", "questioned", "a", "list."]
    times = [(start, start + first_len), (start + first_len, start + 2 * first_len)]
    t = start + 2 * first_len
    for name, length in zip(names[2:], (0.2, 0.3, 0.7, 0.8, 0.1, 0.4)):
        times.append((t, t + length))
        t += length
    words = tuple(Word(n, a, b, 1.0) for n, (a, b) in zip(names, times))
    text = " ".join(names)
    return Placed(Segment(text, start, t, words=words), ("substituted", "substituted") + ("exact",) * 6, (0.9,) * 8)


def test_a_start_after_a_comma_pause_with_its_first_words_squeezed_is_doubted():
    """bx_festival_thunder_dashes: "For now," said over a second before a comma's pause, put into the few frames
    before "the": the first word at a quarter of the line's pace a phone, and its voice stands before the pause."""
    audio, env = _comma_recording()
    squeezed = _young_engineer(LINE[0], 0.04).segment
    found = voice_before_pause(audio, env, squeezed, 0.0)
    assert found is not None and abs(found[1] - (LINE[0] - 0.4)) < 0.03
    assert start_after_squeezed_words(audio, env, squeezed, 0.0)
    # said at the line's pace, the first word lost nothing: the voice before the pause is some other sound's
    assert not start_after_squeezed_words(audio, env, _young_engineer(LINE[0], 0.3).segment, 0.0)
    # that voice is the previous line's (it ends after the voice begins): nobody's sound is left out
    assert not start_after_squeezed_words(audio, env, squeezed, 1.5)
    # a pause longer than one inside a sentence: the voice before it is another sentence
    far_audio, far_env = _comma_recording(pause=COMMA_PAUSE + 0.2)
    assert not start_after_squeezed_words(far_audio, far_env, squeezed, 0.0)


def test_a_squeezed_start_sends_an_english_line_to_review_with_its_reason():
    audio, env = _comma_recording()
    st = Stretch([0], 0.0, LENGTH)
    item = _young_engineer(LINE[0], 0.04)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert START_AFTER_SQUEEZED_WORDS in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(START_AFTER_SQUEEZED_WORDS)
    assert START_AFTER_SQUEEZED_WORDS not in surroundings([item], 0, [], env, st, audio=audio)[4]


# -- an end in a final stop's closure ---------------------------------------------------------------------------------

VOWEL_END = 3.0  #: where "doubts."'s vowel stops; the closure, then the release and the hiss


def _release_recording(closure: float = 0.15, hiss: float = 0.24) -> tuple[Audio, Envelope]:
    rng = np.random.default_rng(11)
    x = _quiet(rng)
    _add(x, 1.0, VOWEL_END, gliding_voice(int((VOWEL_END - 1.0) * RATE), rng))
    if hiss:
        a = VOWEL_END + closure
        noise = rng.normal(size=int(hiss * RATE))
        noise = np.diff(noise, prepend=0.0)  # brighter than the room: a fricative
        _add(x, a, a + hiss, 0.02 * noise)
    return _audio(x)


def _doubts(last: str = "doubts.") -> Placed:
    names = ["Several", "people", "still", "had", last]
    times = [(1.0, 1.5), (1.5, 2.0), (2.0, 2.3), (2.3, 2.55), (2.55, VOWEL_END)]
    words = tuple(Word(n, a, b, 1.0) for n, (a, b) in zip(names, times))
    return Placed(Segment(" ".join(names), 1.0, VOWEL_END, words=words), ("exact",) * 5, (0.9,) * 5)


def test_an_end_before_a_final_stops_release_and_hiss_is_doubted():
    """bx_flite_drill_plain: "doubts." ended in the /t/'s closure, 0.42 s early; its release and /s/ came back 0.16 s
    later, longer than a bare release the end rules take back."""
    assert ends_in_stop_and_hiss("doubts.") and ends_in_stop_and_hiss("the facts")
    assert not ends_in_stop_and_hiss("doubt.") and not ends_in_stop_and_hiss("this.")
    audio, env = _release_recording()
    found = release_after_end(audio, env, _doubts().segment, LENGTH)
    assert found is not None and abs(found[0] - (VOWEL_END + 0.15)) < 0.03
    assert end_before_release(audio, env, _doubts().segment, LENGTH)
    # a word with no stop before its hiss: the sound after the end is not its release
    assert not end_before_release(audio, env, _doubts("this.").segment, LENGTH)
    # nothing comes back: the end is where the word stopped
    quiet_audio, quiet_env = _release_recording(hiss=0.0)
    assert not end_before_release(quiet_audio, quiet_env, _doubts().segment, LENGTH)
    # after a dip longer than a closure, or running on longer than a release and a hiss: another sound
    for closure, hiss in ((0.35, 0.24), (0.15, 0.6)):
        other_audio, other_env = _release_recording(closure, hiss)
        assert not end_before_release(other_audio, other_env, _doubts().segment, LENGTH)
    # the next line begins on that sound: it is that line's
    assert not end_before_release(audio, env, _doubts().segment, VOWEL_END + 0.2)


def test_an_end_before_a_release_sends_an_english_line_to_review_with_its_reason():
    audio, env = _release_recording()
    st = Stretch([0], 0.0, LENGTH)
    item = _doubts()
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert END_BEFORE_RELEASE in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_BEFORE_RELEASE) and seg.has(LOW_CONFIDENCE)
    assert END_BEFORE_RELEASE not in surroundings([item], 0, [], env, st, audio=audio)[4]


# -- a road drill's impacts -------------------------------------------------------------------------------------------

def _drill(n: int, rng) -> np.ndarray:
    """A road drill through a window: 22 impacts a second, each a ringing burst (a 180 Hz ring with harmonics,
    decaying in 15 ms) that repeats at a pitch as a voice does, 8-12 dB under the voice, silent between impacts."""
    x = np.zeros(n)
    k = np.arange(int(0.03 * RATE))
    ring = sum(np.sin(2 * np.pi * 180.0 * h * k / RATE) / h for h in range(1, 6)) * np.exp(-k / (0.015 * RATE))
    at = 0
    while at + len(ring) < n:
        x[at:at + len(ring)] += 0.05 * 10.0 ** (-rng.uniform(0.0, 4.0) / 20.0) * ring
        at += int(RATE / 22.0)
    return x


def _carried_line(end: float) -> Placed:
    names = ["They", "have", "been", "carried", "away", "by", "monkeys."]
    times = [(1.0, 1.2), (1.2, 1.4), (1.4, 1.7), (1.7, 2.0), (2.0, 2.3), (2.3, 2.5), (2.5, end)]
    words = tuple(Word(n, a, b, 1.0) for n, (a, b) in zip(names, times))
    return Placed(Segment(" ".join(names), 1.0, end, words=words), ("exact",) * 7, (0.9,) * 7, phone_end=3.0)


def test_an_end_carried_along_a_drills_impacts_is_doubted_though_they_repeat_at_a_pitch():
    """bx_real_drill_srt: "monkeys." carried 0.68 s on from the phone pass's right end into a drill's burst, which
    reads periodic as a vowel does; its level jumps frame to frame as no voice's does."""
    rng = np.random.default_rng(13)
    x = _quiet(rng)
    _add(x, 1.0, 3.0, gliding_voice(int(2.0 * RATE), rng))
    _add(x, 3.0, 4.0, _drill(int(1.0 * RATE), rng))
    audio, env = _audio(x)
    assert end_carried_past_phones(_carried_line(3.7), audio, env)
    assert end_carried_past_phones(_carried_line(3.7), audio)  # the envelope made from the audio
    st = Stretch([0], 0.0, LENGTH)
    assert END_CARRIED_ON in surroundings([_carried_line(3.7)], 0, [], env, st, audio=audio, english=True)[4]
    # carried along the line's own voice going on, it is not
    y = _quiet(rng)
    _add(y, 1.0, 3.7, gliding_voice(int(2.7 * RATE), rng))
    voiced, voiced_env = _audio(y)
    assert not end_carried_past_phones(_carried_line(3.7), voiced, voiced_env)
    # a rough rest of the word (its level wobbling 2-3 dB a frame: a closure and a release in it, rx_real_dolby_srt's
    # "message.") jumps twice as much as a smooth line, yet far less than impacts do: still the line's voice
    z = _quiet(rng)
    _add(z, 1.0, 3.0, gliding_voice(int(2.0 * RATE), rng))
    rest = gliding_voice(int(0.7 * RATE), rng)
    wobble = np.repeat(10.0 ** (np.resize([1.0, -1.0], 70) * 1.5 / 20.0), int(0.01 * RATE))  # 3 dB up, 3 dB down
    _add(z, 3.0, 3.7, 0.5 * rest * wobble)
    rough, rough_env = _audio(z)
    own = max(jitter(rough_env, 1.0, 3.0), MIN_OWN_JITTER)
    assert CLICK_JITTER * own <= jitter(rough_env, 3.0, 3.7) < IMPACT_JITTER_DB
    assert not end_carried_past_phones(_carried_line(3.7), rough, rough_env)


def _drill_on(sides: str) -> tuple[Audio, Envelope]:
    """The line of :func:`_doubts` with a drill at about its voice's level going on after its end and, with ``sides``
    "both", before it too (up to 0.1 s before its start)."""
    rng = np.random.default_rng(17)
    x = _quiet(rng)
    _add(x, 1.0, VOWEL_END, gliding_voice(int((VOWEL_END - 1.0) * RATE), rng))
    _add(x, VOWEL_END + 0.01, LENGTH, 1.5 * _drill(int((LENGTH - VOWEL_END) * RATE), rng))
    if sides == "both":
        _add(x, 0.0, 0.9, 1.5 * _drill(int(0.9 * RATE), rng))
    return _audio(x)


def test_impacts_on_both_sides_of_a_line_are_no_voice_holding_on_after_its_end():
    """bx_flite_drill_plain, bx_real_drill_minidisc_dashes: a right end inside a drill's burst was sent to review as
    sound holding on after it.  Where the drill began only after the line, the end may have been carried into it,
    and the doubt stays."""
    item = _doubts("doubt.")
    st = Stretch([0], 0.0, LENGTH)
    both_audio, both_env = _drill_on("both")
    assert impacts_around(both_env, 1.0, VOWEL_END, 0.0, LENGTH)
    after_audio, after_env = _drill_on("after")
    assert not impacts_around(after_env, 1.0, VOWEL_END, 0.0, LENGTH)
    held = surroundings([item], 0, [], after_env, st, audio=after_audio, english=True)[4]
    assert SOUND_AFTER_END in held
    assert SOUND_AFTER_END not in surroundings([item], 0, [], both_env, st, audio=both_audio, english=True)[4]
    # outside English it was not measured: the reading stays as it was
    assert SOUND_AFTER_END in surroundings([item], 0, [], both_env, st, audio=both_audio)[4]


def test_the_review_queue_says_which_edge_to_check_for_each_new_reason():
    from ui import review

    for flag, words in ((START_AFTER_SQUEEZED_WORDS, ("start", "earlier", "squeezed")),
                        (END_BEFORE_RELEASE, ("end", "later", "release"))):
        seg = Segment("Press one now.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(flag)
        reason = review.segment_reason(seg)
        assert reason.startswith("low confidence: ") and all(w in reason for w in words)
