"""A line whose last 0.3 s are a weak hiss (a final /s/) 6 dB over a quiet, steady background -- under the margin
that counts as sound for the talk, with no pitch in it: an end put inside that hiss is doubted with its reason, where
the queue had no reason to doubt it; the end where the sound stops is not, and neither is the same end where the
pause's own background swings by more than the hiss stands over it (j125)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.sound_stops import end_before_sound_stops
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_BEFORE_SOUND_STOPS, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, LOUD, WEAK, PAUSE = 1.0, 1.2, 0.3, 1.5  #: line start; its loud part, its weak last sound, the pause after (s)
BED_DB, WEAK_DB = -60.0, -54.0  #: the background's level and the weak last sound's (dBFS): 6 dB over it
INSIDE = 0.15  #: how far into the weak last sound the doubtful end is put


def _voice(seconds: float, db: float, rng: np.random.Generator) -> np.ndarray:
    """A voiced-sounding harmonic tone (140 Hz and its harmonics) with a little noise, at ``db`` dBFS RMS."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * 140 * h * t) / h for h in range(1, 12)) + 0.1 * rng.standard_normal(len(t))
    return (x / np.sqrt(np.mean(x ** 2)) * 10 ** (db / 20)).astype(np.float32)


def _hiss(seconds: float, db: float, rng: np.random.Generator) -> np.ndarray:
    """A fricative's hiss: noise above 3 kHz, at ``db`` dBFS RMS."""
    x = rng.standard_normal(int(seconds * RATE))
    spectrum = np.fft.rfft(x)
    spectrum[np.fft.rfftfreq(len(x), 1 / RATE) < 3000] = 0
    x = np.fft.irfft(spectrum, len(x))
    return (x / np.sqrt(np.mean(x ** 2)) * 10 ** (db / 20)).astype(np.float32)


def _talk(swinging_bed: bool = False) -> tuple[Audio, Envelope, float]:
    """A background, one line (LOUD s voiced at -20 dBFS, then a WEAK s hiss at WEAK_DB) and a pause; where the sound
    stops (s).
    ``swinging_bed``: the background's level swings by +-8 dB every 50 ms (a murmur), as loud on average."""
    rng = np.random.default_rng(3)
    total = int((START + LOUD + WEAK + PAUSE) * RATE)
    bed = rng.standard_normal(total).astype(np.float32) * 10 ** (BED_DB / 20)
    if swinging_bed:
        steps = rng.choice([-8.0, 8.0], size=total // 800 + 1)
        bed *= 10 ** (np.repeat(steps, 800)[:total] / 20)
    a = int(START * RATE)
    line = np.concatenate([_voice(LOUD, -20.0, rng), _hiss(WEAK, WEAK_DB, rng)])
    bed[a:a + len(line)] += line
    audio = Audio(None, (np.clip(bed, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), START + LOUD + WEAK


def _line(end: float) -> Placed:
    times = [(START, START + 0.6), (START + 0.6, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Press", "five."], times))
    return Placed(Segment("Press five.", START, end, words=words), ("exact",) * 2, (0.9,) * 2)


def test_an_end_put_inside_a_weak_last_sound_is_doubted_and_the_end_where_it_stops_is_not():
    audio, env, stops = _talk()
    early = stops - WEAK + INSIDE
    assert end_before_sound_stops(env, early, audio.duration)
    assert not end_before_sound_stops(env, stops, audio.duration)


def test_the_same_weak_sound_over_a_background_that_swings_as_much_says_nothing():
    audio, env, stops = _talk(swinging_bed=True)
    assert not end_before_sound_stops(env, stops - WEAK + INSIDE, audio.duration)


def test_an_end_before_the_sound_stops_sends_an_english_line_to_review_with_its_reason():
    audio, env, stops = _talk()
    st = Stretch([0], 0.0, audio.duration)
    item = _line(stops - WEAK + INSIDE)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert END_BEFORE_SOUND_STOPS in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_BEFORE_SOUND_STOPS) and seg.has(LOW_CONFIDENCE)
    assert seg.end == item.segment.end  # doubted, not moved
    assert END_BEFORE_SOUND_STOPS not in surroundings([_line(stops)], 0, [], env, st, audio=audio, english=True)[4]
    assert END_BEFORE_SOUND_STOPS not in surroundings([item], 0, [], env, st, audio=audio, english=False)[4]


def test_the_review_queue_says_the_end_is_not_where_the_sound_stops():
    from ui import review

    seg = Segment("Press five.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_BEFORE_SOUND_STOPS)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and "pause's noise" in reason and "later" in reason
