"""A line start put on the onset of a steady sound (a bell's stroke in the pause before the line) moves to where its
voice rises out of it; a start on a line's own opening -- a syllable, an /s/ -- stays."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.align.steady_openings import move_off_steady_openings, rise_out_of_steady
from aligner.audio.decode import Audio
from aligner.document import Segment, Word

RATE = 16000
STROKE = 0.9  #: a bell's stroke in the pause: 350 Hz and partials, decaying, from here on
START = 1.4  #: where the line's voice begins
END = 3.0


def _voice(n: int, rng) -> np.ndarray:
    """Speech-like: noise through syllables (4.5 a second, the level swinging 20 dB), unit-ish level."""
    t = np.arange(n) / RATE
    return rng.normal(size=n) * (0.15 + 0.85 * np.abs(np.sin(np.pi * 4.5 * t)))


def _recording(stroke: bool = True, hiss: float = 0.0, tail: float = 0.0, bed: bool = False) -> Audio:
    """Faint noise; (``stroke``) a bell's stroke 12 dB under the voice from STROKE; (``hiss``) an /s/ that long
    (s) before the voice, high-passed noise 12 dB under it; (``tail``) a room's tail from STROKE, noise 12 dB under
    the voice dying ``tail`` dB a second; (``bed``) a steady hum from the talk's start, 12 dB under the voice; the
    line's voice from START to END."""
    rng = np.random.default_rng(3)
    x = 0.0005 * rng.normal(size=int(3.5 * RATE))
    if tail:
        s = int(STROKE * RATE)
        k = np.arange(int(START * RATE) - s) / RATE
        x[s:s + len(k)] += 0.05 * rng.normal(size=len(k)) * 10 ** (-tail * k / 20)
    if bed:
        x += 0.05 * np.sqrt(2) * np.sin(2 * np.pi * 300 * np.arange(len(x)) / RATE)
    a, b = int(START * RATE), int(END * RATE)
    x[a:b] += 0.2 * _voice(b - a, rng)
    if stroke:
        s = int(STROKE * RATE)
        k = np.arange(len(x) - s) / RATE
        bell = sum(amp * np.sin(2 * np.pi * 350 * r * k) * np.exp(-k / d)
                   for r, amp, d in ((0.5, 0.6, 2.5), (1.0, 1.0, 1.6), (1.2, 0.7, 1.0), (2.0, 0.8, 0.6)))
        x[s:] += 0.05 * bell / 1.5
    if hiss:
        h = int((START - hiss) * RATE)
        noise = rng.normal(size=a - h)
        noise = np.diff(np.concatenate([[0.0], noise]))  # a first difference: the energy above 2 kHz
        x[h:a] += 0.05 * noise
    return Audio.from_float(x.astype(np.float32))


def _items(start: float, first_end: float, second_end: float) -> list[Placed]:
    before = Segment("Before it.", 0.1, 0.6, words=(Word("Before", 0.1, 0.35, 1.0), Word("it.", 0.35, 0.6, 1.0)))
    times = [(start, first_end), (first_end, second_end), (second_end, 2.2), (2.2, END)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["The", "research", "group", "met."], times))
    return [Placed(before, ("exact", "exact")), Placed(Segment("The research group met.", start, END, words=words),
                                                      ("exact",) * 4)]


def test_a_start_on_a_strokes_onset_moves_to_where_the_voice_rises_out_of_it():
    """Put on the stroke (0.5 s early), the first word held over it: the start and the first word's go to the
    voice's rise (within 30 ms); the words after it keep their times."""
    audio = _recording()
    env = Envelope(audio)
    t = rise_out_of_steady(env, STROKE, END, 1.7, 0.6)
    assert t is not None and abs(t - START) <= 0.03
    items = _items(STROKE, 1.55, 1.9)
    assert move_off_steady_openings(items, env, 0.0, 3.5, audio) == 1
    s = items[1].segment
    assert abs(s.start - START) <= 0.03 and s.words[0].start == s.start
    assert [w.start for w in s.words[1:]] == [1.55, 1.9, 2.2] and s.end == END
    assert items[0].segment.start == 0.1


def test_a_first_word_left_apart_on_the_stroke_goes_to_the_voice_the_next_word_after_it():
    """"The" laid on the stroke, 0.45 s before the rest of its line, which the phone pass began a little before the
    voice: the start goes to the rise, and the second word begins no earlier than the first word's shortest end."""
    audio = _recording()
    env = Envelope(audio)
    items = _items(STROKE, 1.0, 1.9)
    items[1].segment = Segment(items[1].segment.text, STROKE, END,
                               words=(Word("The", STROKE, 0.95, 1.0), Word("research", 1.38, 1.9, 1.0),
                                      Word("group", 1.9, 2.2, 1.0), Word("met.", 2.2, END, 1.0)))
    assert move_off_steady_openings(items, env, 0.0, 3.5, audio) == 1
    s = items[1].segment
    assert abs(s.start - START) <= 0.03
    assert s.words[0].end >= s.start + 0.06 and s.words[1].start >= s.words[0].end


def test_a_start_at_its_own_voice_or_on_its_own_consonant_stays():
    """At the voice's onset (no steady sound after it), with or without the stroke before; on an /s/ 0.2 s long
    before the voice (steady, under the voice, then the vowel rises: its own consonant): nothing moves."""
    for audio, start in ((_recording(), START), (_recording(stroke=False), START),
                         (_recording(stroke=False, hiss=0.2), START - 0.2)):
        env = Envelope(audio)
        items = _items(start, 1.6, 1.9)
        assert move_off_steady_openings(items, env, 0.0, 3.5, audio) == 0
        assert items[1].segment.start == start


def test_a_rooms_dying_tail_or_a_hum_going_on_from_before_is_no_strokes_onset():
    """A start put on a room's tail dying 60 dB a second (the line before's hall), or in a hum that went on before
    the start (onset_starts' to judge): nothing moves."""
    for audio in (_recording(stroke=False, tail=60.0), _recording(stroke=False, bed=True)):
        env = Envelope(audio)
        assert rise_out_of_steady(env, STROKE, END, 1.7, 0.6) is None
        items = _items(STROKE, 1.55, 1.9)
        assert move_off_steady_openings(items, env, 0.0, 3.5, audio) == 0


def test_a_syllable_of_its_own_at_the_start_before_a_quiet_steady_sound_stays():
    """"The" (40 ms at the voice's level) at the start, then a nasal's steady murmur 12 dB under for 0.3 s, then the
    voice: the start is on the line's own syllable, nothing moves."""
    rng = np.random.default_rng(4)
    x = 0.0005 * rng.normal(size=int(3.5 * RATE))
    t0, m0, v0 = int(1.0 * RATE), int(1.04 * RATE), int(START * RATE)
    k = np.arange(m0 - t0) / RATE
    x[t0:m0] += 0.1 * sum(np.sin(2 * np.pi * 150 * h * k) for h in range(1, 9))  # voiced, under 1.5 kHz
    x[m0:v0] += 0.05 * np.sqrt(2) * np.sin(2 * np.pi * 180 * np.arange(v0 - m0) / RATE)
    x[v0:int(END * RATE)] += 0.2 * _voice(int(END * RATE) - v0, rng)
    audio = Audio.from_float(x.astype(np.float32))
    env = Envelope(audio)
    assert rise_out_of_steady(env, 1.0, END, 1.7, 0.6) is None
    items = _items(1.0, 1.04, 1.9)
    assert move_off_steady_openings(items, env, 0.0, 3.5, audio) == 0


def test_speech_that_swings_is_no_steady_sound():
    """From inside the voice its syllables swing far more than STEADY_DB: nothing is held, nothing found."""
    env = Envelope(_recording(stroke=False))
    assert rise_out_of_steady(env, START + 0.05, END, 2.0, 0.6) is None
    assert rise_out_of_steady(env, START + 0.3, END, 2.2, 0.6) is None
