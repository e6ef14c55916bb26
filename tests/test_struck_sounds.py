"""A typewriter's key slam after a line's end is no release of its last stop (:mod:`aligner.align.struck_sounds`)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, smooth_band, telephone_fricative, telephone_vowel

#: Where the line's sound stops, and how long after it the sound in the pause comes (s).
LINE = (0.5, 1.3)
AFTER = 0.14


def _slam(rng: np.random.Generator) -> np.ndarray:
    """A key slam: the platen's thud (noise under 400 Hz dying over 40 ms) and the type bar's crack (a 3 ms click of
    noise over 1-6 kHz), struck together."""
    n = int(0.06 * RATE)
    t = np.arange(n) / RATE
    thud = smooth_band(rng.normal(size=n), 60.0, 400.0) * np.exp(-t / 0.015)
    crack = np.zeros(n)
    m = int(0.003 * RATE)
    crack[:m] = smooth_band(rng.normal(size=4 * m), 1000.0, 6000.0)[:m]
    return at_rms(thud, 1.0) + 0.5 * at_rms(crack, 1.0)


def _release(rng: np.random.Generator) -> np.ndarray:
    """A stop's release and a little hiss: 30 ms of noise over 1.5-3.4 kHz, fading."""
    x = telephone_fricative(0.03, rng)
    return x * np.exp(-np.arange(len(x)) / (0.012 * RATE))


def _line_then(kind: str, hiss_on: bool = False) -> tuple[Audio, float, float]:
    """A line (a vowel and a final /s/) on a pink room 36 dB under it, then AFTER s past its sound a ``"slam"``
    (:func:`_slam`) or a ``"release"`` (:func:`_release`), 20 dB under the vowel (``"none"``: nothing); with
    ``hiss_on``, a weak hiss of the word's (2.6-3.4 kHz, 26 dB under the vowel) goes on from its sound's end up to the
    slam's.  Returns the audio, the line's start and where its sound stops (the vowel's and /s/'s)."""
    rng = np.random.default_rng(3)
    n = 3 * RATE
    vowel = at_rms(telephone_vowel(LINE[1] - LINE[0] - 0.1), 0.1)
    hiss = at_rms(telephone_fricative(0.1, rng), 0.03)
    x = at_rms(smooth_band(rng.normal(size=n), 50.0, 7000.0), 0.1 * 10 ** (-36 / 20))
    a = int(LINE[0] * RATE)
    x[a:a + len(vowel)] += vowel
    x[a + len(vowel):a + len(vowel) + len(hiss)] += hiss
    c = int((LINE[1] + AFTER) * RATE)
    if kind != "none":
        sound = _slam(rng) if kind == "slam" else _release(rng)
        x[c:c + len(sound)] += at_rms(sound, 0.1 * 10 ** (-20 / 20))
    if hiss_on:
        e = int(LINE[1] * RATE)
        m = c + int(0.02 * RATE) - e
        x[e:e + m] += at_rms(smooth_band(rng.normal(size=m), 2600.0, 3400.0), 0.1 * 10 ** (-26 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), LINE[0], LINE[1]


@pytest.mark.parametrize("kind, expected", [("slam", True), ("release", False)])
def test_a_slam_is_struck_and_a_release_is_not(kind, expected):
    from aligner.align.struck_sounds import struck

    audio, _, end = _line_then(kind)
    a = LINE[1] + AFTER
    assert struck(audio, end, a, a + 0.03) is expected


def test_a_slam_landing_on_the_words_own_hiss_is_no_evidence_the_word_had_ended():
    """Where the word still sounds in an octave through the dip (an 8 kHz "... forwards."'s /dz/, 19.5 dB over the
    pause in 2-4 kHz, a key slam landing on it: ``ky_real_sheep_typewriter_dashes``), the slam is not read as a thing
    struck in a pause, and the rules take what comes back as before."""
    from aligner.align.struck_sounds import struck

    audio, _, end = _line_then("slam", hiss_on=True)
    a = LINE[1] + AFTER
    assert not struck(audio, end, a, a + 0.03)


def test_a_white_clunk_is_no_thing_struck_here():
    """Noise as flat as white noise (a slide projector's clunk as :mod:`tests.test_quiet_last_sounds` makes it) is
    read as a release after a stop, as it was: its lowest octave lies under its upper ones."""
    from aligner.align.struck_sounds import struck

    rng = np.random.default_rng(5)
    x = rng.normal(0, 10 ** (-66 / 20), RATE)
    k = int(0.03 * RATE)
    x[8000:8000 + k] += at_rms(rng.normal(0, 1, k), 0.02) * np.exp(-np.arange(k) / (0.015 * RATE))
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    assert not struck(audio, 0.35, 0.5, 0.53)


@pytest.mark.parametrize("kind, followed", [("slam", False), ("release", True)])
def test_an_end_is_not_carried_onto_a_key_slam(kind, followed):
    """"... your patience." then a key slam 0.14 s later (``ky_real_typewriter_plain_wtv``: carried +10 -> +212 ms by
    :func:`.boundaries.extend_to_sound`'s closure and :func:`.boundaries.follow_quiet_last_sounds`); a release in its
    place is still taken for the word's."""
    from aligner.align.boundaries import reach_last_sounds

    audio, start, end = _line_then(kind)
    text = "Thank you for your patience." if kind == "slam" else "Thank you, it is not."
    words = (Word("Thank", start, start + 0.3, 0.9), Word(text.split()[-1], start + 0.3, end, 0.9))
    items = [Placed(Segment(text, start, end, words=words), ("exact", "exact"))]
    reach_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration)
    assert (items[0].segment.end > end + AFTER) == followed, (items[0].segment.end, end)


BEAT = 0.27  #: a drummer's strokes next door, one every this long (s): eighth notes at 111 beats a minute


def _hihat(rng: np.random.Generator) -> np.ndarray:
    """A hi-hat's stroke: noise over 4-7 kHz struck at once and dying over 30 ms."""
    n = int(0.12 * RATE)
    return smooth_band(rng.normal(size=n), 4000.0, 7000.0) * np.exp(-np.arange(n) / (0.03 * RATE))


def _line_then_strokes(strokes: int) -> tuple[Audio, float, float]:
    """:func:`_line_then`'s line, then ``strokes`` hi-hat strokes (:func:`_hihat`), the first AFTER s past its sound,
    one every BEAT s, each 20 dB under the vowel.  Returns the audio, the line's start and where its sound stops."""
    audio, start, end = _line_then("release")
    x = audio.samples.astype(np.float64) / 32767
    rng = np.random.default_rng(11)
    for k in range(strokes):
        c = int((end + AFTER + k * BEAT) * RATE)
        stroke = _hihat(rng)
        x[c:c + len(stroke)] += at_rms(stroke, 0.1 * 10 ** (-20 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), start, end


@pytest.mark.parametrize("strokes, expected", [(0, False), (1, False), (3, True)])
def test_a_sound_struck_again_in_the_pause_is_the_backgrounds(strokes, expected):
    """A release (the line's own) is struck once; a hi-hat next door comes again a beat later in its octave."""
    from aligner.align.struck_sounds import struck_again

    audio, _, end = _line_then_strokes(strokes)
    a = end + AFTER
    assert struck_again(audio, end, a, a + 0.03, end + 1.2) is expected


@pytest.mark.parametrize("strokes, followed", [(1, True), (3, False)])
def test_an_end_is_not_carried_onto_a_drummers_stroke(strokes, followed):
    """"... add another recipient." then a drummer's hi-hat 0.14 s later and again every 0.27 s
    (``ny_real_drums_vtt_mp4``: carried +2 -> +217 ms by :func:`.boundaries.follow_quiet_last_sounds`); one stroke
    alone in its place is still taken for the word's release, as before."""
    from aligner.align.boundaries import follow_quiet_last_sounds

    audio, start, end = _line_then_strokes(strokes)
    text = "Press 2 to add another recipient."
    words = (Word("Press", start, start + 0.3, 0.9), Word("recipient.", start + 0.3, end, 0.9))
    items = [Placed(Segment(text, start, end, words=words), ("exact", "exact"))]
    follow_quiet_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="en")
    assert (items[0].segment.end > end + AFTER) == followed, (items[0].segment.end, end)


def test_a_hiss_swelling_before_a_drummers_stroke_is_still_the_words():
    """A final /s/ comes back after a dip swelling over its frames (2-5 dB a frame: "... conference." before a hi-hat,
    ``ny_real_drums_page``): a hi-hat after it in its octave makes it no thing struck."""
    from aligner.align.struck_sounds import struck_again

    audio, _, end = _line_then("none")
    x = audio.samples.astype(np.float64) / 32767
    rng = np.random.default_rng(13)
    n = int(0.08 * RATE)
    hiss = smooth_band(rng.normal(size=n), 4000.0, 7000.0) * np.linspace(0.05, 1.0, n) ** 2
    c = int((end + AFTER) * RATE)
    x[c:c + n] += at_rms(hiss, 0.1 * 10 ** (-20 / 20))
    stroke = _hihat(rng)
    d = int((end + AFTER + BEAT) * RATE)
    x[d:d + len(stroke)] += at_rms(stroke, 0.1 * 10 ** (-20 / 20))
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    a = end + AFTER
    assert not struck_again(audio, end, a, a + n / RATE, end + 1.2)
