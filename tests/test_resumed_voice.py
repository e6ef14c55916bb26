"""A line's end the phone pass left in a short dip inside its last word -- "user." with its /z/ gone voiceless on an
8 kHz prompt -- goes on over the last syllable, where the line's voice comes back at the pitch it left off at, to
where that syllable falls quiet; a voice back at another pitch, after a breath-long pause, or running into the next
line stays out."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.align.resumed_voice import follow_resumed_voice
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE

LEAD = 1.0  #: where the line begins (s)
VOICED = 1.2  #: the line's voice up to the dip (s)
SYLLABLE = 0.3  #: the last syllable after the dip (s)


def _voice(f0: np.ndarray) -> np.ndarray:
    """Harmonics (6 dB an octave down) of a pitch contour ``f0`` (Hz per sample)."""
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    return sum(np.sin(k * phase) / k for k in range(1, 20)) * 0.1


def _talk(dip: float = 0.06, back_at: float = 1.0) -> tuple[Audio, float, float]:
    """The line's voice (150 Hz, wavering a little), a ``dip`` of faint hiss (a devoiced /z/), then the last syllable
    starting at ``back_at`` times the pitch the voice left off at and gliding down by a third as it fades; a faint
    noise bed.  Returns the audio, where the dip starts and where the syllable ends."""
    rng = np.random.default_rng(3)
    n = int(VOICED * RATE)
    line = _voice(150.0 + 8.0 * np.sin(2 * np.pi * 2.0 * np.arange(n) / RATE))
    m = int(SYLLABLE * RATE)
    syllable = _voice(np.linspace(150.0 * back_at, 100.0 * back_at, m)) * np.linspace(1.0, 0.3, m)
    hiss = 0.003 * rng.normal(size=int(dip * RATE))
    cut = LEAD + VOICED
    x = np.zeros(int((cut + dip + SYLLABLE + 1.5) * RATE))
    a = int(LEAD * RATE)
    x[a:a + n] += line
    x[a + n:a + n + len(hiss)] += hiss
    x[a + n + len(hiss):a + n + len(hiss) + m] += syllable
    x += 0.0003 * rng.normal(size=len(x))
    return Audio.from_float(x.astype(np.float32)), cut, cut + dip + SYLLABLE


def _items(end: float, following: float | None = None) -> list[Placed]:
    words = (Word("another", LEAD, LEAD + 0.7, 1.0), Word("user.", LEAD + 0.7, end, 1.0))
    items = [Placed(Segment("another user.", LEAD, end, words=words), ("exact", "exact"))]
    if following is not None:
        nxt = Segment("Next.", following, following + 0.5, words=(Word("Next.", following, following + 0.5, 1.0),))
        items.append(Placed(nxt, ("exact",)))
    return items


def test_an_end_in_a_dip_before_the_last_syllable_goes_on_to_where_it_falls_quiet():
    audio, cut, true_end = _talk()
    items = _items(cut)
    assert follow_resumed_voice(items, audio, Envelope(audio), audio.duration) == 1
    assert abs(items[0].segment.end - true_end) <= 0.06
    assert items[0].segment.words[-1].end == items[0].segment.end


def test_a_voice_back_at_another_pitch_or_after_a_breath_is_not_the_lines():
    audio, cut, _ = _talk(back_at=1.5)  # another voice's contour, half as high again
    assert follow_resumed_voice(_items(cut), audio, Envelope(audio), audio.duration) == 0
    audio, cut, _ = _talk(dip=0.3)  # a breath-long pause: the next sentence
    assert follow_resumed_voice(_items(cut), audio, Envelope(audio), audio.duration) == 0


def test_a_voice_running_on_into_the_next_line_is_not_followed():
    audio, cut, true_end = _talk()
    items = _items(cut, following=true_end + 0.05)  # the next line starts as the syllable ends
    assert follow_resumed_voice(items, audio, Envelope(audio), audio.duration) == 0
    assert items[0].segment.end == cut


def test_a_hum_at_the_voices_pitch_left_under_a_faded_end_is_no_voice_cut_off():
    """Someone humming beside the microphone (``py_real_humming_vtt_avi``: a note at 145 Hz under a 200 Hz voice's
    last word, 25 dB under the line): the voice fades out on its own, the hum stands alone at the end, breaks for a
    breath and comes back on its note.  What stood at the end was no voice cut off at strength: the end stays."""
    rng = np.random.default_rng(5)
    n = int(VOICED * RATE)
    line = _voice(150.0 + 8.0 * np.sin(2 * np.pi * 2.0 * np.arange(n) / RATE)) * np.concatenate(
        [np.ones(n - int(0.15 * RATE)), np.linspace(1.0, 0.0, int(0.15 * RATE))])
    cut = LEAD + VOICED + 0.1
    x = np.zeros(int((cut + 2.0) * RATE))
    a = int(LEAD * RATE)
    x[a:a + n] += line
    hum = 10 ** (-25 / 20)
    for t0, t1 in ((LEAD + 0.5, cut), (cut + 0.06, cut + 0.36)):  # a note under the end, a breath, the note again
        i, j = int(t0 * RATE), int(t1 * RATE)
        x[i:j] += _voice(150.0 + 3.0 * np.sin(2 * np.pi * 5.0 * np.arange(i, j) / RATE)) * hum  # a hum's vibrato
    x += 0.0003 * rng.normal(size=len(x))
    audio = Audio.from_float(x.astype(np.float32))
    items = _items(cut)
    assert follow_resumed_voice(items, audio, Envelope(audio), audio.duration) == 0
    assert items[0].segment.end == cut
