"""A line's start put on another source's noise before its voice moves to the voice (:mod:`aligner.align.scraped_openings`);
a word's own opening sound keeps it."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.align.scraped_openings import starts_after_scrapes
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, smooth_band, telephone_vowel

#: The line's voice (s), and where the phone pass put its start: on the sound 0.27 s before it.
VOICE = (1.0, 2.0)
PUT = 0.73


def _sound_then_voice(what: str, length: float = 0.12, breath_over_room: float = 0.0) -> Audio:
    """A room 45 dB under a voiced line (:data:`VOICE`); ``length`` s of another sound from :data:`PUT` on, 15 dB
    under the voice: ``"scrape"`` (noise over 100 Hz-7 kHz, struck at once: a knife on burnt toast), ``"hiss"`` (noise
    over 2.5 kHz only, swelling in: a word's opening /s/ before its stop's closure, "Stop"), then the room alone until
    the voice -- or, with ``breath_over_room``, a breath (noise over 1-7 kHz) that many dB over the room, as a stop's
    aspiration follows its burst."""
    rng = np.random.default_rng(5)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-45 / 20))
    a, b = (int(t * RATE) for t in VOICE)
    x[a:b] += at_rms(telephone_vowel(VOICE[1] - VOICE[0], f0=140.0), 0.1)[:b - a]
    n = int(length * RATE)
    band = (100.0, 7000.0) if what == "scrape" else (2500.0, 7000.0)
    sound = at_rms(smooth_band(rng.normal(size=n), *band), 0.1 * 10 ** (-15 / 20))
    if what == "hiss":
        sound *= np.minimum(1.0, np.arange(n) / (0.04 * RATE))
    x[int(PUT * RATE):int(PUT * RATE) + n] += sound
    if breath_over_room:
        m = a - int(PUT * RATE) - n
        x[a - m:a] += at_rms(smooth_band(rng.normal(size=m), 1000.0, 7000.0),
                             0.1 * 10 ** ((breath_over_room - 45) / 20))
    return Audio.from_float(x.astype(np.float32))


def _start_after(audio: Audio) -> float:
    line = Segment("Press seven now.", PUT, VOICE[1], words=(Word("Press", PUT, 1.3, 0.9), Word("seven", 1.3, 1.7, 0.9),
                                                           Word("now.", 1.7, VOICE[1], 0.9)))
    items = [Placed(line, ("exact",) * 3)]
    starts_after_scrapes(items, audio, Envelope(audio))
    return items[0].segment.start


def test_a_start_put_on_a_scrape_before_the_voice_moves_to_the_voice():
    """Someone scraping burnt toast between the lines (``vy_real_toast_towels_dashes``): the phone pass began "- Press
    1 to send this message ..." on a stroke 0.57 s before the voice, a pause at the room's floor between."""
    start = _start_after(_sound_then_voice("scrape"))
    assert abs(start - VOICE[0]) <= 0.02, start


@pytest.mark.parametrize("what, length, breath", [("hiss", 0.12, 0.0), ("scrape", 0.06, 12.0), ("scrape", 0.01, 8.0)])
def test_a_hiss_or_a_burst_before_its_breath_keeps_the_start(what, length, breath):
    """A word's opening hiss before its stop's closure is its own ("Stop"), and a sound as short as a stop's release
    is never moved off where a breath over the room follows it, under the line's bar (its aspiration)."""
    assert _start_after(_sound_then_voice(what, length, breath)) == PUT


@pytest.mark.parametrize("length", [0.01, 0.06])
def test_a_start_put_on_a_click_with_the_room_after_it_moves_to_the_voice(length):
    """A pen clicked before a line (``xy_real_pen_plain_mkv``, the forty-fifth set's look): the phone pass began "Press
    0 for help." on the press's snap 185 ms before the voice, the room alone between.  A burst that short with nothing
    over the room after it is no stop's: a stop's aspiration or its voice follows within its voice-onset time."""
    start = _start_after(_sound_then_voice("scrape", length))
    assert abs(start - VOICE[0]) <= 0.02, start
