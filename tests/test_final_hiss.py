"""A line ending in "-ence" heard through an 11 kHz file under the sea: its end goes on over the /s/ left in the
4-5.5 kHz octave after the nasal sank under the sea's bed, not left where the nasal stopped (j205, issue 7)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import reach_last_sounds
from aligner.align.final_hiss import hiss_end
from aligner.align.placement import Placed
from aligner.align.pronounce import espeak_available
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, gliding_voice, smooth_band

START, VOICE, HISS, PAUSE = 0.6, 1.2, 0.12, 1.2  #: where the line starts, its voiced part, its final hiss, the pause (s)
needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")

SEA_DB, HISS_DB = -24.0, -30.0  #: the sea's bed (noise under 2 kHz) and the hiss (4-5.4 kHz) against the voice (dB)


def _line(after: str = "hiss") -> tuple[Audio, float, float]:
    """A voiced line (harmonics of a gliding pitch, cut to an 11 kHz file's band) that stops at once, then -- with
    ``after="hiss"`` -- a hiss at 4-5.4 kHz, or -- ``"swell"`` -- the sea's crash as long (its bed 8 dB louder, spray
    in the highs), then a pause, all over the sea's bed.  Returns the audio, where the voice stops and where what follows it stops."""
    rng = np.random.default_rng(205)
    a, v, h = int(START * RATE), int(VOICE * RATE), int(HISS * RATE)
    n = a + v + h + int(PAUSE * RATE)
    voice = smooth_band(gliding_voice(v, rng), 80.0, 5400.0)
    level = float(np.sqrt(np.mean(voice ** 2)))
    x = at_rms(smooth_band(rng.normal(size=n), 60.0, 2000.0), level * 10 ** (SEA_DB / 20))
    x += at_rms(rng.normal(size=n), level * 10 ** (-60 / 20))  # the file's own quantisation noise
    x[a:a + v] += voice
    if after == "hiss":
        tail = at_rms(smooth_band(rng.normal(size=h), 4000.0, 5400.0), level * 10 ** (HISS_DB / 20))
    else:  # a crash: the sea's bed 8 dB louder, and its spray in the highs
        tail = (at_rms(smooth_band(rng.normal(size=h), 60.0, 2000.0), level * 10 ** ((SEA_DB + 8) / 20))
                + at_rms(smooth_band(rng.normal(size=h), 2000.0, 5400.0), level * 10 ** ((SEA_DB - 6) / 20)))
    x[a + v:a + v + h] += tail * np.hanning(2 * h)[h:] ** 0.3
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, (a + v) / RATE, (a + v + h) / RATE


def _placed(text: str, end: float) -> list[Placed]:
    words = (Word("Other", START, START + 0.5, 0.9), Word(text.split()[-1], START + 0.5, end, 0.9))
    return [Placed(Segment(text, START, end, words=words), ("exact", "exact"))]


def test_a_line_ending_in_a_sibilant_ends_where_its_hiss_sinks_not_where_its_voice_stopped():
    audio, voice_stops, hiss_stops = _line()
    items = _placed("Other participants in the conference.", voice_stops)
    stats = reach_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration)
    assert stats["final_hisses"] == 1
    assert abs(items[0].segment.end - hiss_stops) <= 0.03, (items[0].segment.end, hiss_stops)
    assert items[0].segment.words[-1].end == items[0].segment.end


@needs_espeak
def test_the_rules_that_follow_one_octave_leave_that_hiss_to_the_pause():
    """What the rule adds: a line whose last word ends on a vowel (French "là") keeps its end where the voice
    stopped; the rules that follow one octave do not reach the hiss."""
    audio, voice_stops, hiss_stops = _line()
    items = _placed("Les autres participants sont là.", voice_stops)
    reach_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="fr")
    assert items[0].segment.end < hiss_stops - 0.07, (items[0].segment.end, hiss_stops)


@needs_espeak
def test_outside_english_a_last_word_ending_in_a_sibilant_follows_its_hiss_too():
    """j213: a Russian line's "раз." (its final consonant said /s/) under a mosquito ended on its vowel, 212 ms early;
    its phones are espeak-ng's, as the phone pass aligns it."""
    audio, voice_stops, hiss_stops = _line()
    items = _placed("Введите номер абонента еще раз.", voice_stops)
    stats = reach_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="ru")
    assert stats["final_hisses"] == 1
    assert abs(items[0].segment.end - hiss_stops) <= 0.03, (items[0].segment.end, hiss_stops)


def test_a_line_ending_on_a_vowel_owns_no_hiss_after_it():
    audio, voice_stops, _ = _line()
    assert hiss_end(audio, "Press star to return to the main menu.", START, voice_stops, 0.0, audio.duration,
                    0.3) is None


def test_the_sea_swelling_in_every_octave_after_the_voice_is_no_hiss():
    audio, voice_stops, _ = _line(after="swell")
    assert hiss_end(audio, "Other participants in the conference.", START, voice_stops, 0.0, audio.duration,
                    0.3) is None


def test_an_end_already_past_the_hiss_stays():
    audio, _, hiss_stops = _line()
    assert hiss_end(audio, "Other participants in the conference.", START, hiss_stops + 0.01, 0.0, audio.duration,
                    0.3) is None
