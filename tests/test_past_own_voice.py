"""An English line whose end was carried over an echo canceller's residue -- a call's far end heard for the
double-talk detector's hangover after the line, without the line's fundamental -- goes to review, its end doubted
(``past_own_voice``); a right end, an end carried over quiet only, and one whose sound after the dip is the line's
own voice are not doubted.  Nothing moves."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.past_own_voice import end_past_own_voice
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_PAST_OWN_VOICE, LOW_CONFIDENCE, Segment, Word
from tests.synth import RATE, espeak_available, rms, smooth_band, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LEAD = 1.5  #: where the line begins (s)
TEXT = "The students compared the rules for public parking"
FAR = "Oh, are you all able to hear me now"
UNDER_DB = 18.0  #: the residue under the line
HANG = 0.28  #: the double-talk detector's hangover after the line (s): a laptop's holds 150-300 ms
#: Hisses after the dip: (lowest Hz, highest Hz, dB under the line).  "hiss": above 4 kHz, as loud over the floor as a
#: wideband /s/; "phone hiss": the same /s/ heard through a telephone's band (1.5-4 kHz); "faint hiss": a stop's
#: fricative from an 8 kHz voice, leaning up in that band but faint (flite's "doubts.").
BANDS = {"hiss": (4000.0, RATE / 2, 12.0), "phone hiss": (1500.0, 4000.0, 12.0),
         "faint hiss": (1500.0, 4000.0, 34.0)}


def _talk(after: str = "residue") -> tuple[Audio, float]:
    """The line (espeak-ng en-us, a low voice) from LEAD, then from 40 ms after its end to HANG after it (5 ms glides)
    ``after``: "residue" -- the far end (another voice) through a laptop loudspeaker's 300-4000 Hz band, softly
    clipped, UNDER_DB under the line; "own" -- the line's own voice again, as loud; one of :data:`BANDS` -- a
    voiceless hiss; "nothing".  A faint noise bed.
    Returns the audio and the line's true end."""
    line = speak(TEXT, "en-us", pitch=30).astype(np.float64)
    end = LEAD + len(line) / RATE
    x = np.zeros(int((end + 2.0) * RATE))
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    if after != "nothing":
        if after == "residue":
            other = speak(FAR, "en-us+m3", pitch=60).astype(np.float64)
            other = np.tanh(2.5 * smooth_band(other, 300.0, 4000.0) / np.max(np.abs(other)))
            other *= rms(line) * 10 ** (-UNDER_DB / 20) / rms(other)
        elif after in BANDS:  # a hiss in that band, as far under the line as the band says
            lo, hi, under_db = BANDS[after]
            spec = np.fft.rfft(np.random.default_rng(7).normal(size=len(line)))
            hz = np.fft.rfftfreq(len(line), 1 / RATE)
            spec[(hz < lo) | (hz >= hi)] = 0.0
            other = np.fft.irfft(spec, len(line))
            other *= rms(line) * 10 ** (-under_db / 20) / rms(other)
        else:
            other = line
        a, b = int((end + 0.04) * RATE), int((end + HANG) * RATE)
        voice, gate = np.zeros(len(x)), np.zeros(len(x))
        voice[a:a + len(other)] = other[:len(x) - a]
        gate[a:b] = 1.0
        ramp = int(0.005 * RATE)
        x += voice * np.convolve(gate, np.ones(ramp) / ramp, mode="same")
    x += 0.0005 * np.random.default_rng(5).normal(size=len(x))
    return Audio.from_float(x.astype(np.float32)), end


def _line(end: float, true_end: float) -> Placed:
    """The line from LEAD to ``end``, its last word from 0.45 s before ``true_end``."""
    words = TEXT.split()
    last_start = true_end - 0.45
    step = (last_start - LEAD) / (len(words) - 1)
    times = [(LEAD + k * step, LEAD + (k + 1) * step) for k in range(len(words) - 1)] + [(last_start, end)]
    seg = Segment(TEXT, LEAD, end, words=tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(words, times)))
    return Placed(seg, ("exact",) * len(words), (0.9,) * len(words))


def test_an_end_carried_over_the_residue_is_doubted_a_right_one_is_not():
    audio, end = _talk()
    env = Envelope(audio)
    assert end_past_own_voice(audio, env, LEAD, end + HANG)  # where the canceller muted the far end
    assert not end_past_own_voice(audio, env, LEAD, end)


def test_quiet_after_the_line_or_its_own_voice_coming_back_is_no_doubt():
    """Carried over quiet only, nothing rose again; the line's own voice after the dip carries its fundamental; a
    hiss as loud as the line's own /s/ is its consonant."""
    for after in ("nothing", "own", "hiss"):
        audio, end = _talk(after)
        assert not end_past_own_voice(audio, Envelope(audio), LEAD, end + HANG), after


def test_a_hiss_in_the_phone_band_is_the_lines_own_where_its_text_ends_on_one():
    """A final /s/ heard through a telephone's band ("conference.", ``bx_real_long_mix_mkv``) stands as far over its
    floor under 4 kHz as a wideband one above it: the line's own where its last word ends in /s/, not where it ends on
    no hiss ("reject it.": the next prompt's)."""
    audio, end = _talk("phone hiss")
    env = Envelope(audio)
    assert not end_past_own_voice(audio, env, LEAD, end + HANG, "You will now be placed into the conference.")
    assert end_past_own_voice(audio, env, LEAD, end + HANG, "Press 1 to accept this call, or 2 to reject it.")
    assert end_past_own_voice(audio, env, LEAD, end + HANG)  # no text: nothing says the line ends on a hiss


def test_a_faint_hiss_after_a_stops_closure_is_the_lines_own_where_its_text_ends_in_one():
    """After a stop's closure a faint fricative leans up in the band under 4 kHz ("doubts." from an 8 kHz voice,
    ``bx_flite_drill_plain``): the line's own where its last word ends in a stop and a fricative, not after "/s/"
    alone, where the voice gives way for no closure."""
    audio, end = _talk("faint hiss")
    env = Envelope(audio)
    assert not end_past_own_voice(audio, env, LEAD, end + HANG, "But several people still had doubts.")
    assert end_past_own_voice(audio, env, LEAD, end + HANG, "You will now be placed into the conference.")
    assert end_past_own_voice(audio, env, LEAD, end + HANG, TEXT)


def test_an_english_line_ending_on_the_residue_goes_to_review_with_its_reason():
    audio, end = _talk()
    env = Envelope(audio)
    st = Stretch([0], 0.0, audio.duration)
    item = _line(end + HANG, end)
    around = surroundings([item], 0, [], env, st, audio=audio, english=True)
    assert END_PAST_OWN_VOICE in around[4]
    seg = finish_segment(item, *around)
    assert seg.confidence < LOW and seg.has(END_PAST_OWN_VOICE) and seg.has(LOW_CONFIDENCE)
    assert seg.end == end + HANG  # a doubt only: nothing moves
    assert END_PAST_OWN_VOICE not in surroundings([item], 0, [], env, st, audio=audio, english=False)[4]


def test_the_review_queue_says_the_end_may_lie_earlier():
    from ui import review

    seg = Segment(TEXT, 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_PAST_OWN_VOICE)
    reason = review.segment_reason(seg)
    assert reason.startswith("low confidence: ") and "earlier" in reason
