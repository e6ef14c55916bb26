"""A crackle going on after a line's voice stopped -- a sheet torn off a pad -- is no rest of the line
(:mod:`aligner.align.crackled_ends`)."""

from __future__ import annotations

import numpy as np

from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, smooth_band, telephone_fricative, telephone_vowel

#: The line's voice; the tear: from inside the line to well after it (s); the next line's start.
LINE = (0.5, 1.6)
TEAR = (1.45, 1.95)
NEXT = 2.8


def _line_under(kind: str = "crackle", under: float = 18.0, clicks_per_s: float = 250.0, hiss_end: float = 0.0,
                closure: tuple[float, float] = ()):
    """A voiced line (harmonics of 130 Hz) on a pink room 40 dB under it, ending in ``hiss_end`` s of /s/ where
    given; over its end and on after it, ``under`` dB under the voice, the tear's fibres snapping (``kind``
    "crackle": clicks at 1.5-7 kHz, ``clicks_per_s``), or turbulence in the same band ("hiss": a fricative's, a
    spray's), each ending in the freed sheet's flap under 400 Hz.  ``closure``: a stop's closure (s, from, to) inside
    the last word, the voice silent through it."""
    rng = np.random.default_rng(7)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-40 / 20))
    voiced = LINE[1] - LINE[0] - hiss_end
    voice = at_rms(telephone_vowel(voiced), 0.1) * np.minimum(1.0, (voiced - np.arange(int(voiced * RATE)) / RATE)
                                                              / 0.03)
    a = int(LINE[0] * RATE)
    if closure:
        voice[int((closure[0] - LINE[0]) * RATE):int((closure[1] - LINE[0]) * RATE)] = 0.0
    x[a:a + len(voice)] += voice
    if hiss_end:
        h = at_rms(telephone_fricative(hiss_end, rng), 0.05)
        x[a + len(voice):a + len(voice) + len(h)] += h
    s0, s1 = (int(t * RATE) for t in TEAR)
    n = s1 - s0
    if kind == "crackle":
        snaps = (rng.random(n) < clicks_per_s / RATE) * rng.uniform(0.3, 1.0, n)
        tear = smooth_band(snaps, 1500.0, 7000.0)
    else:
        tear = smooth_band(rng.normal(size=n), 1500.0, 7000.0)
    x[s0:s1] += at_rms(tear, 0.1 * 10 ** (-under / 20))
    flap = smooth_band(rng.normal(size=int(0.03 * RATE)), 60.0, 400.0) * np.exp(-np.arange(int(0.03 * RATE)) / 400)
    x[s1:s1 + len(flap)] += at_rms(flap, 0.03)
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)


def _end(audio: Audio, phone_end: float, end: float = TEAR[1] + 0.03):
    from aligner.align.crackled_ends import end_before_crackle

    return end_before_crackle(audio, phone_end, end, NEXT)


def test_an_end_carried_along_the_crackle_goes_back_to_where_the_voice_stopped():
    for phone_end in (LINE[1] - 0.12, LINE[1], LINE[1] + 0.02):
        end = _end(_line_under(), phone_end)
        assert end is not None and abs(end - LINE[1]) <= 0.04 + max(0.0, phone_end - LINE[1]), (phone_end, end)


def test_sparse_snaps_at_a_tears_edge_are_crackle_too():
    end = _end(_line_under(clicks_per_s=60.0), LINE[1] - 0.05)
    assert end is not None and abs(end - LINE[1]) <= 0.04, end


def test_a_stop_closure_inside_the_last_word_under_the_tear_is_no_end():
    """The crackle sounds alone through a /d/'s closure, 60 ms, ending 70 ms before the end (a Kazakh
    "... жаңартылады."): the vowel after it comes back, and the end goes on to where the voice stops."""
    audio = _line_under(closure=(LINE[1] - 0.13, LINE[1] - 0.07))
    end = _end(audio, LINE[1] - 0.14)
    assert end is not None and abs(end - LINE[1]) <= 0.04, end


def test_turbulence_carried_over_is_no_crackle():
    """A spray's hiss (or a fricative's) in the same band has no impulses: this rule leaves it to the others."""
    assert _end(_line_under(kind="hiss"), LINE[1] - 0.05) is None


def test_a_last_hiss_under_no_crackle_keeps_its_end():
    """A line ending in 0.15 s of /s/, carried to the end of that hiss and the quiet after it: nothing moves."""
    audio = _line_under(kind="hiss", under=60.0, hiss_end=0.15)
    assert _end(audio, LINE[1] - 0.15, LINE[1] + 0.02) is None


def test_an_end_barely_carried_stays():
    assert _end(_line_under(), LINE[1], LINE[1] + 0.03) is None


def test_the_end_rules_bring_an_end_back_off_a_tear():
    """As the engine runs it after every rule that carries an end on: they left the line where the tear stops."""
    from aligner.align.crackled_ends import end_before_crackles

    audio = _line_under()
    words = (Word("Press", LINE[0], LINE[0] + 0.3, 0.9), Word("cancel.", LINE[1] - 0.4, TEAR[1] + 0.03, 0.9))
    items = [Placed(Segment("Press star to cancel.", LINE[0], TEAR[1] + 0.03, words=words), ("exact", "exact"),
                    phone_end=LINE[1] - 0.1)]
    assert end_before_crackles(items, audio, audio.duration) == 1
    assert abs(items[0].segment.end - LINE[1]) <= 0.04, items[0].segment.end
