"""A line start placed in sound that goes on from before it (another voice, a bed) moves to its voice's own onset,
found within its first word; a start with an onset, or a rise beyond the first word, stays."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.onset_starts import consonant_onset, move_to_own_onsets, own_onset
from aligner.align.placement import Placed
from aligner.align.voice_onsets import start_without_onset
from aligner.audio.decode import Audio
from aligner.document import NOT_HEARD, Segment, Word

RATE = 16000
BED = (0.5, 1.5)  #: another, quieter voice (or a bed) going on before the line and under its first tenths
START = 1.2  #: where the line's voice begins
END = 2.6


def _recording(bed: bool = True, start: float = START) -> Envelope:
    """Faint noise (-60 dB); (``bed``) a sound 20 dB under the line's over BED; the line from ``start`` to END."""
    rng = np.random.default_rng(5)
    x = 0.001 * rng.normal(size=int(3.5 * RATE))
    spans = [(start, END, 0.2)] + ([(BED[0], BED[1], 0.02)] if bed else [])
    for a, b, level in spans:
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(start: float, first_end: float = 1.6) -> Segment:
    """"Please enter the number again", its first word from ``start`` to ``first_end``."""
    times = [(start, first_end), (first_end, 1.8), (1.8, 1.95), (1.95, 2.3), (2.3, END)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "enter", "the", "number", "again"], times))
    return Segment("Please enter the number again", start, END, words=words)


def _items(seg: Segment) -> list[Placed]:
    before = Segment("Before it.", 0.1, 0.4, words=(Word("Before", 0.1, 0.25, 1.0), Word("it.", 0.25, 0.4, 1.0)))
    return [Placed(before, ("exact", "exact")), Placed(seg, ("exact",) * 5)]


def test_a_start_inside_a_bed_moves_to_the_rise_of_its_voice():
    """Placed 0.3 s early, inside the other sound: the doubt fires, and the start and its first word's move to the
    foot of the voice's rise (within 30 ms of it); the other words stay."""
    env = _recording()
    assert start_without_onset(env, START - 0.3, END, 0.4)
    t = own_onset(env, START - 0.3, END, 0.4, 1.5)
    assert t is not None and abs(t - START) <= 0.03
    items = _items(_line(START - 0.3))
    assert move_to_own_onsets(items, env, 0.0, 3.5) == 1
    s = items[1].segment
    assert abs(s.start - START) <= 0.03 and s.words[0].start == s.start
    assert [w.start for w in s.words[1:]] == [1.6, 1.8, 1.95, 2.3] and s.end == END
    assert items[0].segment.start == 0.1


def test_a_start_with_a_clean_onset_stays():
    """At its own onset, or a little early out of a quiet pause: no doubt, nothing moves."""
    for env, start in ((_recording(), START), (_recording(bed=False), START - 0.1)):
        items = _items(_line(start))
        assert own_onset(env, start, END, 0.4, 1.5) is None
        assert move_to_own_onsets(items, env, 0.0, 3.5) == 0
        assert items[1].segment.start == start


def test_a_rise_beyond_the_first_word_leaves_the_start():
    """The voice rises 0.5 s after the placed start but the first word ends before that (less than a plausible word
    would be left): the start stays, and so does its doubt.  Nor does a line never heard move."""
    env = _recording(start=1.45)
    start = 0.95
    assert start_without_onset(env, start, END, 0.4)
    items = _items(_line(start, first_end=1.3))
    assert move_to_own_onsets(items, env, 0.0, 3.5) == 0
    assert items[1].segment.start == start
    unheard = _items(_line(START - 0.3))
    unheard[1].segment = Segment(unheard[1].segment.text, START - 0.3, END, words=unheard[1].segment.words,
                                 flags=frozenset({NOT_HEARD}))
    assert move_to_own_onsets(unheard, _recording(), 0.0, 3.5) == 0


def test_synthesized_line_put_on_another_voice_moves_to_its_own_start():
    """espeak-ng: another, quieter voice's phrase ends 0.3 s into a line; the line's start put 0.3 s early on that
    voice moves to where the line's voice begins (truth known), within 40 ms before and 60 ms after."""
    import pytest

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    line = speak("Please enter the number again.", "en-us")
    other = speak("and then we went home", "en-gb+m3", pitch=30)
    start = 1.5
    x = np.zeros(int((start + len(line) / RATE + 0.5) * RATE), np.float32)
    a = int(start * RATE)
    x[a:a + len(line)] += line
    b = int((start + 0.3) * RATE) - len(other)
    x[b:b + len(other)] += other * 0.1  # 20 dB under
    x += 0.0005 * np.random.default_rng(3).normal(size=len(x)).astype(np.float32)
    env = Envelope(Audio.from_float(x))
    end = start + len(line) / RATE
    early = start - 0.3
    assert start_without_onset(env, early, end, 0.0)
    t = own_onset(env, early, end, 0.0, start + 0.25)
    assert t is not None and -0.04 <= t - start <= 0.06  # (the other voice rises right before it too)


def _hiss(n: int, rng: np.random.Generator) -> np.ndarray:
    """Noise with nearly all its power above 2 kHz (white noise differenced twice): an /s/."""
    return np.diff(rng.normal(size=n + 2), 2) / 2.45


def test_a_consonant_above_2_khz_before_the_voice_rise_opens_the_line():
    """Under a low other voice, the line opens with an /s/ 0.12 s before its vowel's rise: read from the audio, the
    start moves to the /s/, not to the vowel; read from the level alone, to the vowel.  A start placed on the /s/
    itself has its onset there and stays."""
    rng = np.random.default_rng(9)
    t = np.arange(int(3.5 * RATE)) / RATE
    x = 0.001 * rng.normal(size=len(t))
    bed = (t >= 0.5) & (t < 1.5)
    x[bed] += 0.03 * np.sin(2 * np.pi * 220 * t[bed]) * (1 + 0.5 * np.sin(2 * np.pi * 4 * t[bed]))
    s0, v0 = 1.2, 1.32
    hiss = (t >= s0) & (t < v0)
    x[hiss] += 0.012 * _hiss(int(hiss.sum()), rng)  # under the other voice over the whole band
    vowel = (t >= v0) & (t < END)
    x[vowel] += 0.3 * (np.sin(2 * np.pi * 180 * t[vowel]) + 0.5 * np.sin(2 * np.pi * 540 * t[vowel]))
    audio = Audio.from_float(x.astype(np.float32))
    env = Envelope(audio)
    early = 0.9
    assert start_without_onset(env, early, END, 0.4)
    by_level = own_onset(env, early, END, 0.4, 1.5)
    assert by_level is not None and abs(by_level - v0) <= 0.05  # the foot of the rise: the vowel's, or near it
    heard = own_onset(env, early, END, 0.4, 1.5, audio)
    assert heard is not None and abs(heard - s0) <= 0.03 and heard < by_level - 0.04
    assert consonant_onset(audio, s0, v0, 0.9, s0 - 0.02) is None  # placed on the /s/: it has its onset there
    assert consonant_onset(audio, early, v0, 0.7, early - 0.02) == heard
