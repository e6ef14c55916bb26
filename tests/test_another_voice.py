"""A line's end carried onto a listener's interjection (another voice, far above the line's pitch, 7 dB under it)
goes back to where the line's own voice gave way; an end with no other voice in it, or one whose other voice lies
after it, stays."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.another_voice import another_voice_after, end_before_another_voice, other_voice_end, pitch_track
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import NOT_HEARD, Segment, Word
from tests.synth import RATE, espeak_available, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LEAD = 0.5  #: where the line begins (s)
TEXT = "The students compared the rules for public parking"


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


def _talk(listener_at: float | None, under_db: float = 7.0) -> tuple[Audio, float, float]:
    """The line in a low voice from LEAD; (``listener_at`` s after its end, negative: before) a listener's
    "Excellent" in a high voice, ``under_db`` under the line.  Returns the audio, the line's true end and where
    the listener stops."""
    line = speak(TEXT, "en-us", pitch=20)
    word = speak("Excellent", "en-us+f4", pitch=95)
    end = LEAD + len(line) / RATE
    x = np.zeros(int((end + 2.0) * RATE), dtype=np.float32)
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    stop = end
    if listener_at is not None:
        word = word * (_rms(line) * 10 ** (-under_db / 20) / _rms(word))
        i = int((end + listener_at) * RATE)
        x[i:i + len(word)] += word.astype(np.float32)
        stop = (i + len(word)) / RATE
    x += 0.0005 * np.random.default_rng(3).normal(size=len(x)).astype(np.float32)
    return Audio.from_float(x), end, stop


def _segment(end: float, last_start: float) -> Segment:
    """The line from LEAD to ``end``, its last word "parking" from ``last_start``."""
    words = TEXT.split()
    step = (last_start - LEAD) / (len(words) - 1)
    times = [(LEAD + k * step, LEAD + (k + 1) * step) for k in range(len(words) - 1)] + [(last_start, end)]
    return Segment(TEXT, LEAD, end, words=tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(words, times)))


def test_the_listener_reads_far_above_the_line():
    """The tracker reads the line's low voice low and the listener high (not a harmonic of either)."""
    audio, end, stop = _talk(0.1)
    centres, f0 = pitch_track(audio.samples, RATE, LEAD, end)
    line = float(np.nanmedian(f0))
    _, high = pitch_track(audio.samples, RATE, end + 0.15, stop - 0.1)
    assert 70 <= line <= 140
    assert float(np.nanmedian(high)) >= 2 * line


@pytest.mark.parametrize("at", [-0.15, 0.1])
def test_an_end_carried_onto_the_listener_goes_back_to_the_line(at):
    """Over the line's last tenth, or just after it: the end placed where the listener stops goes back to within
    60 ms of the line's own end, its last word's with it; the other words stay."""
    audio, end, stop = _talk(at)
    env = Envelope(audio)
    seg = _segment(stop, end - 0.45)
    assert other_voice_end(audio, env, seg.start, seg.end, end - 0.45) is not None
    carried = stop - end  # as far as the phone pass carried the last word past where Whisper heard it end
    items = [Placed(seg, ("exact",) * len(seg.words), moved=((0.0, 0.0),) * 7 + ((0.0, carried),))]
    assert end_before_another_voice(items, audio, env) == 1
    s = items[0].segment
    assert abs(s.end - end) <= 0.06 and s.words[-1].end == s.end
    assert [w.start for w in s.words] == [w.start for w in seg.words]
    assert abs(items[0].moved[-1][1] - (s.end - end)) < 1e-9 and items[0].moved[0] == (0.0, 0.0)


def test_a_right_end_stays():
    """At the line's own end: with the listener after it, or no listener at all, nothing moves; nor does a line
    never heard."""
    for at in (0.1, None):
        audio, end, _ = _talk(at)
        items = [Placed(_segment(end, end - 0.45), ("exact",) * 8)]
        assert end_before_another_voice(items, audio, Envelope(audio)) == 0
        assert items[0].segment.end == end
    audio, end, stop = _talk(0.1)
    seg = _segment(stop, end - 0.45)
    unheard = Segment(seg.text, seg.start, seg.end, words=seg.words, flags=frozenset({NOT_HEARD}))
    items = [Placed(unheard, ("exact",) * 8)]
    assert end_before_another_voice(items, audio, Envelope(audio)) == 0


def test_the_review_queue_hears_the_listener_after_an_end():
    """Once the end stands where the line's voice gave way to the listener's (moved there, or right with the
    listener after it), what goes on after it is another voice: no doubt of the end.  After a line with nobody
    else, or after an end cut 0.2 s into the line's own last word, it is not."""
    audio, end, stop = _talk(-0.15)
    env = Envelope(audio)
    items = [Placed(_segment(stop, end - 0.45), ("exact",) * 8)]
    end_before_another_voice(items, audio, env)
    assert another_voice_after(audio, env, LEAD, items[0].segment.end)
    audio, end, _ = _talk(0.1)
    assert another_voice_after(audio, Envelope(audio), LEAD, end)
    audio, end, _ = _talk(None)
    for cut in (end, end - 0.2):
        assert not another_voice_after(audio, Envelope(audio), LEAD, cut)


def test_through_a_narrow_band_the_bands_doubt_stands_whatever_follows_the_end():
    """A listener's "Excellent" right after the line, both through a call's 300-3400 Hz band.  Wideband, the sound
    after the end is the listener's and no doubt of it.  Through the band, the pitch tracker's "another voice" is
    no evidence: a band that cuts under 300 Hz takes a low voice's fundamental, and the tracker reads the first
    formant's ringing as a second voice at 3-5 times the line's pitch (espeak-ng ``en-us+grandpa`` through a
    switching call and through an SSB relay: four ends 229-340 ms early at confidence 0.68-0.97, held out of the
    queue by that reading alone).  So the band's own doubt -- sound right after an end heard in narrow band, a
    second of room -- stands there, listener or not; the price is this right end before a real listener."""
    from aligner.align.review_evidence import narrow_band_at_end
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch
    from aligner.document import SOUND_AFTER_END

    audio, end, _ = _talk(0.0)
    x = audio.samples.astype(np.float64) / (32768.0 if audio.samples.dtype == np.int16 else 1.0)
    band = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), 1 / RATE)
    band[(freqs < 300) | (freqs > 3400)] = 0.0
    narrow = Audio.from_float(np.fft.irfft(band, len(x)).astype(np.float32))
    st = Stretch([0], 0.0, audio.duration)
    for heard, reads_narrow in ((audio, False), (narrow, True)):
        env = Envelope(heard)
        assert another_voice_after(heard, env, LEAD, end)  # the listener is heard taking over at the end
        assert narrow_band_at_end(heard, LEAD, end, audio.duration) == reads_narrow
        flags = surroundings([Placed(_segment(end, end - 0.45), ("exact",) * 8)], 0, [], env, st, audio=heard,
                             english=True)[4]
        assert (SOUND_AFTER_END in flags) == reads_narrow
