"""A line whose last syllable fades out under a steady background, its end put where the fade met the background
(0.25 s before the voice stopped), is doubted as buried in it: its last word is short for the talk, the sound holds
after the end, and the line's last stretch stands less than BURIED_DB over the background.  The same line over a
quiet room, the same end on a voice that stops there, and a last word of ordinary length are not (j264)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.buried_ends import BURIED_DB, END_LOOK, end_buried_in_background
from aligner.align.placement import Placed
from aligner.align.review_evidence import voice_over_bed
from aligner.align.scoring import surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_BURIED, Segment, Word

RATE = 16000
PAUSE, LINE, FADE = 1.0, 1.2, 0.5  #: the pauses beside the line, the line at full voice, its last syllable's fade (s)
VOICE_DB, FADE_DB = -20.0, 30.0  #: the voice's level (dBFS RMS) and how far its last syllable fades
CUT = 0.25  #: how far before the voice stops the end is put (s)
#: how long the talk's last words last per phone (s): "three." (3 phones) cut to 0.3 s is short against it
PER_PHONE = 0.16


def _voice(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A voiced-sounding harmonic tone (150 Hz and its harmonics, to 6 kHz) at 0 dB RMS."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * 150 * h * t) / h for h in range(1, 40)) + 0.05 * rng.standard_normal(len(t))
    return x / np.sqrt(np.mean(x ** 2))


def _talk(background_db: float, stops: bool = False) -> tuple[Audio, Envelope, float]:
    """Pause, line, pause over a steady noise at ``background_db`` dBFS; the line's voice holds for LINE s, then fades
    FADE_DB over FADE s (or, with ``stops``, stops at once where the fade would begin).  Returns the audio, its
    envelope and where the voice stops."""
    rng = np.random.default_rng(11)
    n_pause, n_line, n_fade = int(PAUSE * RATE), int(LINE * RATE), int(FADE * RATE)
    gain = np.concatenate([np.zeros(n_pause), np.full(n_line, VOICE_DB),
                           np.full(n_fade, -200.0) if stops else np.linspace(VOICE_DB, VOICE_DB - FADE_DB, n_fade),
                           np.zeros(n_pause)])
    voiced = np.concatenate([np.zeros(n_pause), _voice(LINE + FADE, rng), np.zeros(n_pause)])[:len(gain)]
    x = rng.standard_normal(len(gain)) * 10 ** (background_db / 20)
    x += voiced * np.where(gain == 0, 0.0, 10 ** (gain / 20))
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), PAUSE + LINE + (0.0 if stops else FADE)


def _line(end: float) -> Segment:
    start = PAUSE
    words = (Word("Press", start, start + 0.6, 1.0), Word("three.", end - 0.3, end, 1.0))
    return Segment("Press three.", start, end, words=words)


def test_an_end_put_where_the_fade_met_a_loud_background_is_doubted():
    audio, env, stop = _talk(background_db=VOICE_DB - 12.0)
    end = stop - CUT  # where the fade sinks under the background
    segment = _line(end)
    assert voice_over_bed(audio, segment.start, end, 0.0, audio.duration, since=end - END_LOOK) < BURIED_DB
    assert end_buried_in_background(audio, env, segment, 0.0, audio.duration, PER_PHONE)
    st = Stretch([0], 0.0, audio.duration)
    item = Placed(segment, ("exact",) * 2, (0.9,) * 2)
    assert END_BURIED in surroundings([item], 0, [], env, st, audio=audio, per_phone=PER_PHONE, english=True)[4]
    # not read outside English: the talk's last words are not measured there (per_phone None)
    assert not end_buried_in_background(audio, env, segment, 0.0, audio.duration, None)


def test_the_same_end_over_a_quiet_room_is_not_doubted():
    audio, env, stop = _talk(background_db=VOICE_DB - 60.0)
    segment = _line(stop - CUT)
    assert voice_over_bed(audio, segment.start, segment.end, 0.0, audio.duration,
                          since=segment.end - END_LOOK) >= BURIED_DB
    assert not end_buried_in_background(audio, env, segment, 0.0, audio.duration, PER_PHONE)


def test_an_end_where_the_voice_stops_or_an_ordinary_last_word_is_not_doubted():
    audio, env, stop = _talk(background_db=VOICE_DB - 12.0, stops=True)
    assert not end_buried_in_background(audio, env, _line(stop), 0.0, audio.duration, PER_PHONE)
    audio, env, stop = _talk(background_db=VOICE_DB - 12.0)
    # "three." at 0.1 s a phone is no short last word where the talk's last words last 0.1 s a phone
    assert not end_buried_in_background(audio, env, _line(stop - CUT), 0.0, audio.duration, 0.1)
