"""An English line whose last word ends in a voiceless sibilant ("conference.") but whose end holds a voiced sound
-- its /n/, the hiss unheard after it -- is doubted (``sibilant_ends``); an end on the hiss, or a last word ending in
a voiced sound, is not."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.sibilant_ends import end_without_sibilant, final_phone
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_WITHOUT_SIBILANT, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, VOICE_END, HISS_END = 1.0, 2.3, 2.5  #: the line's voiced part, then its final hiss


def _voice(seconds: float, pitch: float = 120.0) -> np.ndarray:
    """A steady voiced sound: ``pitch`` and its harmonics, falling 6 dB an octave."""
    t = np.arange(int(seconds * RATE)) / RATE
    return sum(np.sin(2 * np.pi * pitch * h * t) / h for h in range(1, 30))


def _recording(hiss: bool = True, hum: bool = False) -> Audio:
    """Faint noise (``hum``: a buzz at 100 Hz and its harmonics, 20 dB under the voice, all through); a 120 Hz voice
    from START to VOICE_END, then (``hiss``) a final /s/: noise above 3 kHz to HISS_END, 15 dB under the voice."""
    rng = np.random.default_rng(3)
    x = 0.0005 * rng.normal(size=int(4.0 * RATE))
    if hum:
        x += 0.01 * _voice(4.0, pitch=100.0)
    voice = _voice(VOICE_END - START)
    x[int(START * RATE):int(START * RATE) + len(voice)] += 0.1 * voice
    if hiss:
        n = int((HISS_END - VOICE_END) * RATE)
        spectrum = np.fft.rfft(rng.normal(size=n))
        spectrum[np.fft.rfftfreq(n, 1.0 / RATE) < 3000.0] = 0.0
        noise = np.fft.irfft(spectrum, n)
        level = 10 ** (-15 / 20) * np.std(0.1 * voice)
        x[int(VOICE_END * RATE):int(VOICE_END * RATE) + n] += level * noise / np.std(noise)
    return Audio.from_float(x.astype(np.float32))


def _line(text: str, end: float) -> Placed:
    words = text.rstrip(".").split()
    bounds = np.linspace(START, end, len(words) + 1)
    timed = tuple(Word(w, float(a), float(b), 1.0) for w, a, b in zip(words, bounds, bounds[1:]))
    return Placed(Segment(text, START, end, words=timed), ("exact",) * len(words), (0.9,) * len(words))


def test_the_last_phone_is_read_from_the_last_spoken_word():
    assert final_phone("Users will join the conference.") == "S"
    assert final_phone("Welcome to the splash.") == "SH"
    assert final_phone("The leader arrives.") == "Z"  # voiced
    assert final_phone("Press 2.") == "UW"  # "two"
    assert final_phone("...") is None


def test_an_end_on_the_nasal_before_the_final_hiss_is_doubted_and_one_on_the_hiss_is_not():
    audio = _recording()
    text = "Users will join the conference."
    assert not end_without_sibilant(audio, Segment(text, START, HISS_END), 0.0, 4.0)  # the end holds the hiss
    assert end_without_sibilant(audio, Segment(text, START, VOICE_END), 0.0, 4.0)  # on the /n/: the hiss after it
    assert end_without_sibilant(_recording(hiss=False), Segment(text, START, VOICE_END), 0.0, 4.0)  # never heard
    assert end_without_sibilant(audio, Segment(text, START, VOICE_END), 0.0, VOICE_END + 0.1)  # no pause after it


def test_over_a_voiced_background_the_end_s_voicing_says_nothing():
    text = "Users will join the conference."
    assert not end_without_sibilant(_recording(hum=True), Segment(text, START, VOICE_END), 0.0, 4.0)
    assert not end_without_sibilant(_recording(hum=True), Segment(text, START, VOICE_END), 0.0, VOICE_END + 0.1)


def test_a_last_word_ending_in_a_voiced_sound_is_not_read():
    audio = _recording(hiss=False)
    assert not end_without_sibilant(audio, Segment("The leader arrives.", START, VOICE_END), 0.0, 4.0)
    assert not end_without_sibilant(audio, Segment("The conference is done.", START, VOICE_END), 0.0, 4.0)


def test_an_english_line_ending_off_its_hiss_goes_to_review_with_its_reason():
    audio = _recording()
    env = Envelope(audio)
    st = Stretch([0], 0.0, 4.0)
    item = _line("Users will join the conference.", VOICE_END)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert END_WITHOUT_SIBILANT in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_WITHOUT_SIBILANT) and seg.has(LOW_CONFIDENCE)
    assert END_WITHOUT_SIBILANT not in surroundings([item], 0, [], env, st, audio=audio, english=False)[4]
    right = _line("Users will join the conference.", HISS_END)
    assert END_WITHOUT_SIBILANT not in surroundings([right], 0, [], env, st, audio=audio, english=True)[4]


def test_the_review_queue_says_the_end_may_lie_after_the_hiss():
    from ui import review

    seg = Segment("Users will join the conference.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(
        END_WITHOUT_SIBILANT)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and "hiss" in reason and "later" in reason
