"""A line's end carried on past where the phone pass ended it, further than a word's last sound lasts."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.carried_ends import (LAST_SOUND_RUN, LONGEST_CLOSURE, end_carried_onto_impacts,
                                       end_carried_over_a_pause, end_carried_past_hearing, end_carried_past_phones)
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_CARRIED_ON, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, PHONE_END = 1.0, 2.4  #: where the line's voice is, and where the phone pass ended its last word
TEXT = "We finished the report on time"


def _recording_samples() -> np.ndarray:
    """Faint noise; the line from START to PHONE_END, its last sound going on 0.15 s after it, 10 dB weaker."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    for a, b, level in ((START, PHONE_END, 0.2), (PHONE_END, PHONE_END + 0.15, 0.06)):
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return x


def _recording() -> Envelope:
    return Envelope(Audio.from_float(_recording_samples().astype(np.float32)))


def _line(end: float, phone_end=PHONE_END, moved_end=None, last_how="exact") -> Placed:
    """"We finished the report on time", its last word ending at ``end``; the phone pass had ended it at
    ``phone_end`` (None: the phone pass did not place it), moving its end ``moved_end`` s from where Whisper heard
    it (None: no move recorded), the last word matched as ``last_how``."""
    times = [(START, 1.3), (1.3, 1.7), (1.7, 1.8), (1.8, 2.1), (2.1, 2.2), (2.2, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["We", "finished", "the", "report", "on", "time"], times))
    moved = () if moved_end is None else ((0.0, 0.0),) * 5 + ((0.0, moved_end),)
    return Placed(Segment(TEXT, START, end, words=words), ("exact",) * 5 + (last_how,), (0.9,) * 6, moved,
                  phone_end=phone_end)


def test_an_end_carried_further_than_a_last_sound_lasts_is_doubted_and_a_last_sound_followed_is_not():
    """Followed 0.2 s on (a fading last vowel the phone model left to the pause): a correction.  Followed half a
    second on (a room's tail at the voice's level): the end was carried down it."""
    assert not end_carried_past_phones(_line(PHONE_END))
    assert not end_carried_past_phones(_line(PHONE_END + 0.2))
    assert not end_carried_past_phones(_line(PHONE_END + LAST_SOUND_RUN - 0.01))
    assert end_carried_past_phones(_line(PHONE_END + LAST_SOUND_RUN + 0.01))
    assert end_carried_past_phones(_line(PHONE_END + 0.5))
    # an end moved earlier than the phone pass put it, or a line the phone pass did not place, says nothing
    assert not end_carried_past_phones(_line(PHONE_END - 0.5))
    assert not end_carried_past_phones(_line(PHONE_END + 0.5, phone_end=None))


def test_a_carried_end_sends_its_english_line_to_review_with_its_reason():
    env = _recording()
    st = Stretch([0], 0.0, 4.5)
    for end, doubted in ((PHONE_END + 0.5, True), (PHONE_END + 0.15, False)):
        item = _line(end)
        around = surroundings([item], 0, [], env, st, english=True)
        assert (END_CARRIED_ON in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_CARRIED_ON) == doubted and seg.has(LOW_CONFIDENCE) == doubted
    # outside English (where other rules carry ends too, and it was not measured) it is not read
    assert END_CARRIED_ON not in surroundings([_line(PHONE_END + 0.5)], 0, [], env, st)[4]


def _voiced_rest() -> Audio:
    """The line as in :func:`_recording`, but what goes on after PHONE_END for 0.5 s is voiced: a 150 Hz vowel 10 dB
    under the line (a word's rest the phone model gave to the pause), and the same stretch as noise in a copy."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(PHONE_END * RATE)
    x[a:b] += 0.2 * rng.normal(size=b - a)
    t = np.arange(int(0.5 * RATE)) / RATE
    vowel = sum(np.sin(2 * np.pi * 150.0 * h * t) / h for h in range(1, 8))
    x[b:b + len(t)] += 0.06 * vowel / np.sqrt(np.mean(vowel ** 2))
    return Audio.from_float(x.astype(np.float32))


def test_an_end_carried_along_the_lines_own_voice_is_not_doubted():
    """j171: the phone pass ended the line half a second early and the rules after it followed its voiced rest on
    (a Dolby B tape played undecoded: rx_real_dolby_srt): the stretch followed is a voice, not a tail; carried as far
    along noise (:func:`_recording`), it is doubted."""
    voiced = _voiced_rest()
    assert not end_carried_past_phones(_line(PHONE_END + 0.5), voiced)
    noisy = Audio.from_float(np.asarray(_recording_samples(), dtype=np.float32))
    assert end_carried_past_phones(_line(PHONE_END + 0.5), noisy)
    st = Stretch([0], 0.0, 4.5)
    around = surroundings([_line(PHONE_END + 0.5)], 0, [], Envelope(voiced), st, audio=voiced, english=True)
    assert END_CARRIED_ON not in around[4]


def _drip_after(gap: float) -> Audio:
    """The line as in :func:`_recording`, its voice stopping at PHONE_END; ``gap`` s later a 30 ms decaying 2 kHz
    plink at the voice's level (a tap's drip, or a stop's release after its closure), then the pause's noise."""
    x = _recording_samples()
    b = int(PHONE_END * RATE)
    rest = int(0.15 * RATE)
    x[b:b + rest] = 0.001 * np.random.default_rng(3).normal(size=rest)  # no rest of the word: the voice stops there
    t = np.arange(int(0.03 * RATE)) / RATE
    a = int((PHONE_END + gap) * RATE)
    x[a:a + len(t)] += 0.2 * np.sin(2 * np.pi * 2000.0 * t) * np.exp(-t / 0.01)
    return Audio.from_float(x.astype(np.float32))


def test_an_end_carried_across_a_pause_onto_a_separate_sound_is_doubted_and_one_across_a_closure_is_not():
    """j221: the rules after the phone pass carried "- You are now muted." 0.22 s on, across 0.16 s of the pause's
    own noise, onto a dripping tap's plink (``gy_real_drips_dashes``, +208 ms at confidence 1.00): shorter than
    LAST_SOUND_RUN, so nothing doubted it.  The same carry onto a release 30 ms after the voice (a final stop's
    closure) is a correction."""
    st = Stretch([0], 0.0, 4.5)
    for gap, doubted in ((0.17, True), (0.03, False)):
        audio = _drip_after(gap)
        env = Envelope(audio)
        item = _line(PHONE_END + gap + 0.04)
        assert not end_carried_past_phones(item, audio, env)  # too short a carry for that reading
        assert end_carried_over_a_pause(item, env, 4.5) == doubted
        around = surroundings([item], 0, [], env, st, audio=audio, english=True)
        assert (END_CARRIED_ON in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert seg.has(END_CARRIED_ON) == doubted
        if doubted:
            assert seg.confidence < LOW and seg.has(LOW_CONFIDENCE)
    # the line the phone pass did not place says nothing; nor an end the rules did not carry past the phone pass's
    assert not end_carried_over_a_pause(_line(PHONE_END + 0.21, phone_end=None), Envelope(_drip_after(0.17)), 4.5)
    assert not end_carried_over_a_pause(_line(PHONE_END), Envelope(_drip_after(0.17)), 4.5)


def _flutter_after() -> Audio:
    """The line as in :func:`_recording`, its voice stopping at PHONE_END; then 0.25 s of a snore's flutter at the
    level of a word's rest: bursts of noise 10 ms on, 15 ms off (a frog's croak, a snore on its in-breath)."""
    x = _recording_samples()
    rng = np.random.default_rng(11)
    b, n = int(PHONE_END * RATE), int(0.25 * RATE)
    gate = ((np.arange(n) % int(0.025 * RATE)) < int(0.01 * RATE)).astype(float)
    x[b:b + n] = 0.001 * rng.normal(size=n) + 0.06 * gate * rng.normal(size=n)
    return Audio.from_float(x.astype(np.float32))


def test_an_end_carried_along_sound_that_jumps_as_impacts_do_is_doubted_however_short_the_carry():
    """j232: the rules after the phone pass carried "User will join the conference." 0.24 s on onto a snore's flutter
    (``hy_real_snoring_srt``, +244 ms at confidence 1.00): shorter than LAST_SOUND_RUN and across no pause, so nothing
    doubted it.  The same carry along the word's gliding rest (:func:`_recording`) is a correction."""
    st = Stretch([0], 0.0, 4.5)
    end = PHONE_END + 0.2
    for audio, doubted in ((_flutter_after(), True), (Audio.from_float(_recording_samples().astype(np.float32)), False)):
        env = Envelope(audio)
        item = _line(end)
        assert not end_carried_past_phones(item, audio, env) and not end_carried_over_a_pause(item, env, 4.5)
        assert end_carried_onto_impacts(item, env) == doubted
        seg = finish_segment(item, *surroundings([item], 0, [], env, st, audio=audio, english=True))
        assert seg.has(END_CARRIED_ON) == doubted
    # an end not carried past the phone pass's by more than a closure lasts, or not placed by it, says nothing
    env = Envelope(_flutter_after())
    assert not end_carried_onto_impacts(_line(PHONE_END + 0.05), env)
    assert not end_carried_onto_impacts(_line(end, phone_end=None), env)


def test_an_end_carried_past_where_both_whisper_and_the_phone_pass_ended_it_is_doubted():
    """j270: Whisper heard "time" end 0.15 s before the phone pass did, and the rules after the phone pass carried
    the end 0.2 s further on (ny_real_long_mix_mkv's "Press 3 for advanced options.": +338 ms into a drummer's
    groove, at confidence 1.00): 0.35 s past Whisper's end, more than a last sound runs.  The same carry past a
    phone pass that agreed with Whisper, or a phone pass that moved the word out alone, is not doubted so."""
    assert end_carried_past_hearing(_line(PHONE_END + 0.2, moved_end=0.15))
    assert not end_carried_past_hearing(_line(PHONE_END + 0.2, moved_end=0.0))
    assert not end_carried_past_hearing(_line(PHONE_END + 0.2, moved_end=LAST_SOUND_RUN - 0.2 - 0.01))
    # the phone pass alone moved it out (the rules after it carried it no further than a closure): not this doubt
    assert not end_carried_past_hearing(_line(PHONE_END + LONGEST_CLOSURE - 0.01, moved_end=0.5))
    # a last word Whisper did not hear as written, no recorded move, or no phone pass: nothing is said
    assert not end_carried_past_hearing(_line(PHONE_END + 0.2, moved_end=0.15, last_how="substituted"))
    assert not end_carried_past_hearing(_line(PHONE_END + 0.2))
    assert not end_carried_past_hearing(_line(PHONE_END + 0.2, phone_end=None, moved_end=0.15))


def test_an_end_carried_past_whisper_and_the_phone_pass_sends_its_english_line_to_review():
    env = _recording()
    st = Stretch([0], 0.0, 4.5)
    for moved_end, doubted in ((0.15, True), (0.0, False)):
        item = _line(PHONE_END + 0.2, moved_end=moved_end)
        around = surroundings([item], 0, [], env, st, english=True)
        assert (END_CARRIED_ON in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert seg.has(END_CARRIED_ON) == doubted


def test_an_end_carried_past_whisper_along_the_lines_own_voice_is_not_doubted():
    """The same carry past Whisper's and the phone pass's ends, along the line's voiced rest (:func:`_voiced_rest`),
    is the rules following the word on: not doubted (``ny_real_trumpet_dashes`` +5 ms, j270); along noise, it is."""
    line = _line(PHONE_END + 0.2, moved_end=0.15)
    assert not end_carried_past_hearing(line, _voiced_rest())
    assert end_carried_past_hearing(line, Audio.from_float(np.asarray(_recording_samples(), dtype=np.float32)))
