"""A spray can's hiss going on after a line's voice stopped is no rest of a last word voiced to its end
(:mod:`aligner.align.hiss_after_voice`)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, smooth_band, telephone_vowel

#: The line's voice, and the spray: from inside the line to well after it (s).
LINE = (0.5, 1.6)
SPRAY = (1.2, 2.05)
NEXT = 2.8


def _line_under_spray(spray_under: float = 15.0, low_bed_under: float = 0.0) -> Audio:
    """A voiced line (harmonics of 130 Hz up to 3.4 kHz) on a pink room 40 dB under it; a spray's hiss (2-7 kHz,
    ``spray_under`` dB under the voice) through its end and on after it; with ``low_bed_under``, a bed under 400 Hz
    that many dB under the voice from start to end (a cello next door, filling the lowest octave)."""
    rng = np.random.default_rng(5)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-40 / 20))
    voice = at_rms(telephone_vowel(LINE[1] - LINE[0]), 0.1)
    a = int(LINE[0] * RATE)
    x[a:a + len(voice)] += voice * np.minimum(1.0, (len(voice) - np.arange(len(voice))) / (0.03 * RATE))
    s0, s1 = (int(t * RATE) for t in SPRAY)
    x[s0:s1] += at_rms(smooth_band(rng.normal(size=s1 - s0), 2000.0, 7000.0), 0.1 * 10 ** (-spray_under / 20))
    if low_bed_under:
        x += at_rms(smooth_band(rng.normal(size=len(x)), 60.0, 400.0), 0.1 * 10 ** (-low_bed_under / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)


def _end(audio: Audio, text: str, end: float = SPRAY[1]):
    from aligner.align.hiss_after_voice import end_before_hiss

    return end_before_hiss(audio, text, LINE[0], end, LINE[1] - 0.4, NEXT)


def test_an_end_carried_along_the_spray_goes_back_to_where_the_voice_stopped():
    end = _end(_line_under_spray(), "You have an incoming call.")
    assert end is not None and abs(end - LINE[1]) <= 0.04, end


@pytest.mark.parametrize("text", ["Press 1 for yes.", "Press 7 to undelete this message."])
def test_a_last_word_that_may_end_in_a_hiss_of_its_own_keeps_its_end(text):
    """/s/ and /dZ/ end in a hiss; the spray's hides where the word's stops, and nothing moves."""
    assert _end(_line_under_spray(), text) is None


def test_an_end_near_the_voice_stays():
    """Carried less than a closure's length past where the lows sank: a breathy offset, a stop's release."""
    assert _end(_line_under_spray(), "You have an incoming call.", end=LINE[1] + 0.06) is None


def test_an_end_carried_over_the_pauses_own_level_stays():
    """Under a bed filling the lowest octave the lows say nothing of where the voice stopped; the stretch carried over
    stands at the pause's own level (the spray going on past the end too), and the rules' end is kept."""
    audio = _line_under_spray(spray_under=15.0, low_bed_under=18.0)
    assert _end(audio, "You have an incoming call.", end=LINE[1] + 0.3) is None


def test_the_end_rules_bring_an_end_back_off_a_spray():
    """As the engine runs it after every rule that carries an end on: they left the line where the spray stops."""
    from aligner.align.hiss_after_voice import end_before_hisses

    audio = _line_under_spray()
    text = "You have an incoming call."
    words = (Word("You", LINE[0], LINE[0] + 0.3, 0.9), Word("call.", LINE[1] - 0.4, SPRAY[1], 0.9))
    items = [Placed(Segment(text, LINE[0], SPRAY[1], words=words), ("exact", "exact"), phone_end=LINE[1] - 0.04)]
    assert end_before_hisses(items, audio, audio.duration) == 1
    assert abs(items[0].segment.end - LINE[1]) <= 0.04, items[0].segment.end
