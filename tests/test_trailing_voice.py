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
from aligner.align.another_voice import median_pitch
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


def _line_in_full(**voice) -> tuple[np.ndarray, np.ndarray, int, float]:
    """The line said in full (no fade) over the bed's noise floor (-55 dB): its samples, the talk, where it starts
    (sample) and where its voice stops (s) -- what a ring or a room's tail is then added after."""
    line = speak("Please stay on the line.", **voice)
    rng = np.random.default_rng(7)
    total = int((START + len(line) / RATE + PAUSE) * RATE)
    x = (rng.standard_normal(total) * 10.0 ** (-55 / 20)).astype(np.float32)
    a = int(START * RATE)
    x[a:a + len(line)] += line
    return line, x, a, START + len(line) / RATE


def _line_then_ring(ring_hz: float) -> tuple[Audio, Envelope, float]:
    """The same bed with the line said in full (no fade) and, from where its voice stops, a chime ringing out at
    ``ring_hz`` (three harmonics, falling 30 dB over 0.5 s, 8 dB under the line's last tenth): voiced, falling,
    over the pause's floor -- all a trailing voice is -- but not the line's voice (a cafe's bell, another talker)."""
    voice, x, a, end = _line_in_full()
    last = float(np.sqrt(np.mean(voice[-int(0.1 * RATE):] ** 2)))
    t = np.arange(int(0.5 * RATE)) / RATE
    ring = sum(np.sin(2 * np.pi * ring_hz * h * t) / h for h in (1, 2, 3)) * 10.0 ** (-30 * t / 0.5 / 20)
    ring *= last * 10.0 ** (-8 / 20) / float(np.sqrt(np.mean(ring[:int(0.12 * RATE)] ** 2)))
    b = a + len(voice)
    x[b:b + len(ring)] += ring.astype(np.float32)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), end


def test_a_higher_voiced_sound_after_a_right_end_is_no_trailing_voice(monkeypatch):
    """j127: after a right end, a chime (or another, higher voice) rings out falling: the rule read it as the line's
    voice trailing off; its pitch, well over the line's last, says it is not."""
    from aligner.align import trailing_voice

    audio, env, voice_end = _line_then_ring(440.0)
    assert not end_in_trailing_voice(audio, env, START, voice_end, audio.duration)
    monkeypatch.setattr(trailing_voice, "RISE", float("inf"))  # the rule without its pitch ...
    monkeypatch.setattr(trailing_voice, "falls_at_once", lambda env, end: False)  # ... or its step: it passes
    assert end_in_trailing_voice(audio, env, START, voice_end, audio.duration)


def _line_then_another_talker() -> tuple[Audio, Envelope, float]:
    """The same bed with the line said in full (no fade) and, from where its voice stops, another talker 15 dB under it
    and as low (so its pitch does not rise over the line's) saying a phrase of its own on into the pause (an
    interpreter in the booth, a tape's print-through ghost of the next line): voiced, under the line's last tenth and
    over the pause's floor right after the end -- as a trailing voice is -- but rising back to its next syllables
    where a fading voice would only fall."""
    voice = speak("Please stay on the line.")
    other = speak("Oui, merci, restez en ligne.", voice="fr", pitch=0)
    rng = np.random.default_rng(7)
    total = int((START + len(voice) / RATE + PAUSE) * RATE)
    x = (rng.standard_normal(total) * 10.0 ** (-55 / 20)).astype(np.float32)
    a = int(START * RATE)
    x[a:a + len(voice)] += voice
    end = START + len(voice) / RATE
    gain = float(np.sqrt(np.mean(voice ** 2)) / np.sqrt(np.mean(other ** 2))) * 10.0 ** (-15 / 20)
    b = a + len(voice)
    n = min(len(other), total - b)
    x[b:b + n] += (other[:n] * gain).astype(np.float32)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), end


def test_another_talker_speaking_on_after_a_right_end_is_no_trailing_voice(monkeypatch):
    """j145: the twentieth set's interpreter and print-through put voiced sound under the line's last tenth right after
    right ends; the pause then rises back to that sound's next syllables, which a voice trailing off never does."""
    from aligner.align import trailing_voice

    audio, env, voice_end = _line_then_another_talker()
    assert not end_in_trailing_voice(audio, env, START, voice_end, audio.duration)
    monkeypatch.setattr(trailing_voice, "REACH", 0.0)  # the rule without reading the pause on ...
    monkeypatch.setattr(trailing_voice, "falls_at_once", lambda env, end: False)  # ... or the step: the talker passes
    assert end_in_trailing_voice(audio, env, START, voice_end, audio.duration)


def test_a_click_in_the_pause_leaves_a_trailing_voice_doubted():
    """j145: a mouth click (or a disc's crackle tick) in the pause after an early end rises over the fading voice for
    a few ms; it is no syllable going on, and the early end stays doubted."""
    audio, env, voice_end = _trailing_line()
    end = voice_end - EARLY
    x = audio.samples.copy()
    k = int((end + 0.4) * RATE)
    x[k:k + int(0.012 * RATE)] = (np.hanning(int(0.012 * RATE)) * 12000).astype(np.int16)  # 12 ms, far over the fade
    clicked = Audio(None, x, RATE)
    assert end_in_trailing_voice(clicked, Envelope(clicked), START, end, clicked.duration)


def _line_then_its_room() -> tuple[Audio, Envelope, float]:
    """The same bed with the line said in full (no fade) and, from where its voice stops, the room's tail of it: the
    line's last pitch ringing on for 0.3 s, starting 8 dB under the line's last tenth and dying away at a
    room's rate, 1 dB per 10 ms (RT60 0.6 s) -- what a panel's mixer gives when it hands the gain back to the far
    microphones as a line ends (rx_real_long_mix_f4v)."""
    voice, x, a, end = _line_in_full(pitch=90)  # high enough for 40 ms to hold periods enough
    f0 = median_pitch(Audio(None, (voice * 32767).astype(np.int16), RATE), end - START - 0.1, end - START)
    t = np.arange(int(0.3 * RATE)) / RATE
    rest = sum(np.sin(2 * np.pi * f0 * h * t) / h for h in range(1, 8))  # the line's last pitch, ringing on
    last = float(np.sqrt(np.mean(voice[-int(0.1 * RATE):] ** 2)))
    fall = 10.0 ** (-1.0 * np.arange(len(rest)) / (0.01 * RATE) / 20)
    room = rest * fall * last * 10.0 ** (-8 / 20) / float(np.sqrt(np.mean(rest[:int(0.05 * RATE)] ** 2)))
    b = a + len(voice)
    x[b:b + len(room)] += room.astype(np.float32)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), end


def test_the_rooms_tail_of_the_line_after_a_right_end_is_no_trailing_voice(monkeypatch):
    """j171: after a right end, the room's tail of the line itself is voiced, at the line's pitch, under its last tenth
    and over the pause's floor -- all a trailing voice is -- but the level steps down at the end as the direct sound
    stops, where a voice trailing off falls smoothly through an end put on it (:func:`.trailing_voice.falls_at_once`)."""
    from aligner.align import trailing_voice

    audio, env, voice_end = _line_then_its_room()
    assert not end_in_trailing_voice(audio, env, START, voice_end, audio.duration)
    monkeypatch.setattr(trailing_voice, "falls_at_once", lambda env, end: False)  # without reading the step
    assert end_in_trailing_voice(audio, env, START, voice_end, audio.duration)
