"""A line's last quiet sound judged against the pause's own spectrum, not its broadband level (j131, issue 7).

A relay's or a receiver's hiss confined to a band (here 300-2700 Hz, as through a single-sideband relay) is
loud where it is and absent elsewhere.  A voice's fading tail whose last 50 ms stand 1 dB over the hiss's mean
level, broadband, lies under the bar :func:`.quiet_last_sounds.quiet_last_sound_end` sets (3 dB over the pause's
noise top): read broadband the end stays 0.17-0.18 s early; read against the pause's spectrum the tail stands
plainly over the hiss in the bins the hiss leaves quiet.
"""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import reach_last_sounds
from aligner.align.pause_spectrum import heard_against_pause
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, espeak_available, speak

LOUD_AT, GAP, PAUSE = 0.5, 0.4, 1.5  #: where the loud line starts, the pause after it, the pause after ours (s)
QUIET_DB = -20.0  #: our line against the loud one (dB)
FADE, FADE_DB = 0.6, 10.0  #: our line's last FADE s fall FADE_DB, as a speaker trailing off does
TAIL_OVER_HISS_DB = 1.0  #: our line's last 50 ms stand this far over the hiss's mean level, broadband
HISS_BAND = (300.0, 2700.0)  #: the hiss's band (Hz)


def _band_limited_noise(n: int, band: tuple[float, float] | None, rng: np.random.Generator) -> np.ndarray:
    """Unit-power Gaussian noise, confined to ``band`` (Hz) when given."""
    x = rng.standard_normal(n)
    if band is not None:
        spectrum = np.fft.rfft(x)
        freqs = np.fft.rfftfreq(n, 1.0 / RATE)
        spectrum[(freqs < band[0]) | (freqs > band[1])] = 0.0
        x = np.fft.irfft(spectrum, n)
    return (x / np.sqrt(np.mean(x ** 2))).astype(np.float32)


def _talk(band: tuple[float, float] | None) -> tuple[Audio, tuple[float, float], tuple[float, float]]:
    """A loud espeak-ng line, then a quiet one whose last FADE s fall FADE_DB, then a pause, all over a hiss
    (confined to ``band``, or white) whose broadband level lies TAIL_OVER_HISS_DB under our line's last 50 ms.
    Returns the audio and the two lines' spans (their voices' true spans)."""
    loud = speak("We open the meeting with the budget.")
    ours = speak("Please stay on the line.") * np.float32(10 ** (QUIET_DB / 20))
    n = int(FADE * RATE)
    ours[-n:] *= (10 ** (-np.linspace(0.0, FADE_DB, n) / 20)).astype(np.float32)
    tail_db = 10 * np.log10(np.mean(ours[-int(0.05 * RATE):].astype(np.float64) ** 2))
    a = int(LOUD_AT * RATE)
    b = a + len(loud) + int(GAP * RATE)
    rng = np.random.default_rng(5)
    x = _band_limited_noise(b + len(ours) + int(PAUSE * RATE), band, rng) * np.float32(
        10 ** ((tail_db - TAIL_OVER_HISS_DB) / 20))
    x[a:a + len(loud)] += loud
    x[b:b + len(ours)] += ours
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, (a / RATE, (a + len(loud)) / RATE), (b / RATE, (b + len(ours)) / RATE)


def _lines(loud: tuple[float, float], ours: tuple[float, float], end: float) -> list[Placed]:
    """The two lines as the phone pass leaves them, ours ended at ``end``."""
    def two(text: str, first: str, last: str, a: float, b: float) -> Placed:
        words = (Word(first, a, a + 0.5, 0.9), Word(last, a + 0.5, b, 0.9))
        return Placed(Segment(text, a, b, words=words), ("exact", "exact"))
    return [two("We open the meeting with the budget.", "We", "budget.", *loud),
            two("Please stay on the line.", "Please", "line.", ours[0], end)]


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_tail_1_db_over_a_band_limited_hiss_is_followed_to_its_end():
    audio, loud, ours = _talk(HISS_BAND)
    env = Envelope(audio)
    items = _lines(loud, ours, ours[1] - 0.2)
    reach_last_sounds(items, audio, env, [True, True], 0.0, audio.duration)
    assert abs(items[1].segment.end - ours[1]) <= 0.04, (items[1].segment.end, ours[1])
    assert abs(items[0].segment.end - loud[1]) <= 0.01  # the loud line ended where its sound stops: it stays


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_line_that_stops_is_not_carried_into_a_band_limited_hiss():
    audio, loud, ours = _talk(HISS_BAND)
    env = Envelope(audio)
    items = _lines(loud, ours, ours[1])
    reach_last_sounds(items, audio, env, [True, True], 0.0, audio.duration)
    assert abs(items[1].segment.end - ours[1]) <= 0.02, (items[1].segment.end, ours[1])


def test_over_white_noise_the_level_against_the_pause_is_the_broadband_level():
    rng = np.random.default_rng(7)
    x = _band_limited_noise(3 * RATE, None, rng) * np.float32(10 ** (-50 / 20))
    burst = slice(int(1.0 * RATE), int(1.3 * RATE))
    x[burst] += _band_limited_noise(burst.stop - burst.start, (500.0, 900.0), rng) * np.float32(10 ** (-40 / 20))
    audio = Audio(None, (x * 32767).astype(np.int16), RATE)
    env = Envelope(audio)
    heard = heard_against_pause(audio, env, 1.4, 3.0, 0.8, 1.5)
    frames = slice(env.frame(0.8), env.frame(1.5))
    shift = heard.db[frames] - env.db[frames]
    assert float(np.std(shift)) < 1.0, shift  # one constant shift, frame to frame: the same level read another way
