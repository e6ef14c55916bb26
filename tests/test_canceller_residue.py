"""A call's far end heard through a laptop's echo canceller: after each line, for the double-talk detector's
hangover, the residue of the far end's voice out of the loudspeaker (no fundamental, no highs).  A line's end
carried over it goes back to where the line's own voice gave way; a right end, a line with nobody after it, or a
line heard through a call's narrow band (its own highs and fundamental gone too: nothing is known) stays."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.canceller_residue import move_off_canceller_residue
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, espeak_available, rms, smooth_band, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LEAD = 1.5  #: where the line begins (s)
TEXT = "The students compared the rules for public parking"
FAR = "Oh, are you all able to hear me now"
UNDER_DB = 18.0  #: the residue under the line
HANG = 0.22  #: the double-talk detector's hangover after the line (s)


def _talk(residue: bool = True, narrow: bool = False) -> tuple[Audio, float]:
    """The line (espeak-ng en-us, a low voice) from LEAD; the far end (another voice) starting 40 ms after it ends,
    through a laptop loudspeaker's 300-4000 Hz band, softly clipped, heard UNDER_DB under the line until HANG after the
    line's end (the canceller mutes it then); a faint noise bed.  ``narrow``: the whole recording through a call's
    300-3400 Hz band.  Returns the audio and the line's true end."""
    line = speak(TEXT, "en-us", pitch=30).astype(np.float64)
    end = LEAD + len(line) / RATE
    x = np.zeros(int((end + 2.0) * RATE))
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    if residue:
        far = speak(FAR, "en-us+m3", pitch=60).astype(np.float64)
        far = np.tanh(2.5 * smooth_band(far, 300.0, 4000.0) / np.max(np.abs(far)))
        far *= rms(line) * 10 ** (-UNDER_DB / 20) / rms(far)
        a, b = int((end + 0.04) * RATE), int((end + HANG) * RATE)
        voice, gate = np.zeros(len(x)), np.zeros(len(x))
        voice[a:a + len(far)] = far[:len(x) - a]
        gate[a:b] = 1.0
        ramp = int(0.005 * RATE)  # the canceller's gain glides over 5 ms
        x += voice * np.convolve(gate, np.ones(ramp) / ramp, mode="same")
    x += 0.0005 * np.random.default_rng(5).normal(size=len(x))
    if narrow:
        x = smooth_band(x, 300.0, 3400.0)
    return Audio.from_float(x.astype(np.float32)), end


def _segment(end: float, last_start: float) -> Segment:
    """The line from LEAD to ``end``, its last word from ``last_start``."""
    words = TEXT.split()
    step = (last_start - LEAD) / (len(words) - 1)
    times = [(LEAD + k * step, LEAD + (k + 1) * step) for k in range(len(words) - 1)] + [(last_start, end)]
    return Segment(TEXT, LEAD, end, words=tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(words, times)))


def test_an_end_carried_into_the_residue_goes_back_to_the_line():
    """The end put where the hangover ends (HANG late): it goes back to within 50 ms of the line's own end; the
    start and every other word stay."""
    audio, end = _talk()
    seg = _segment(end + HANG, end - 0.45)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio)) == 1
    s = items[0].segment
    assert abs(s.end - end) <= 0.05 and s.words[-1].end == s.end
    assert s.start == LEAD and [w.start for w in s.words[:-1]] == [w.start for w in seg.words[:-1]]


def test_right_ends_and_lines_with_nobody_after_them_stay():
    """The end right with the residue after it, or with nobody after the line: nothing moves."""
    for residue in (True, False):
        audio, end = _talk(residue)
        items = [Placed(_segment(end, end - 0.45), ("exact",) * 8)]
        assert move_off_canceller_residue(items, audio, Envelope(audio)) == 0
        assert items[0].segment.end == end


def test_through_a_call_s_narrow_band_nothing_is_told():
    """The whole recording through a call's band: the line's own fundamental and highs are gone too, so sound
    without them after it is no evidence of another voice: the end stays (the review queue's to doubt)."""
    audio, end = _talk(narrow=True)
    seg = _segment(end + HANG, end - 0.45)
    items = [Placed(seg, ("exact",) * 8)]
    assert move_off_canceller_residue(items, audio, Envelope(audio)) == 0
    assert items[0].segment.end == seg.end


def test_every_language_runs_the_rule(monkeypatch):
    """English and the other languages run the rule (``engine._refine``, after the thin voices)."""
    from aligner.align import engine
    from aligner.align.stretches import Stretch

    audio, end = _talk()
    seg = _segment(end + HANG, end - 0.45)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    seen = []
    monkeypatch.setattr(engine, "move_off_canceller_residue", lambda its, a, env, **kw: seen.append(len(its)) or 1)
    for english, language in ((True, "en"), (False, "fr")):
        counts = engine._refine(Stretch([0], 0.0, audio.duration), items, audio, Envelope(audio), language, english,
                                False, None, lambda f: None)
        assert counts.get("canceller_residue") == 1
    assert seen == [1, 1]


def _line_then_hiss(closure: float = 0.15, hiss: float = 0.2, under_db: float = 24.0,
                    low_hz: float = 1800.0) -> tuple[Audio, float]:
    """The line (wideband: its /s/ of "students" reaches the highs), then a stop's closure (``closure`` s of the noise
    bed) and a final /s/ that the voice's own band left under 4 kHz (``hiss`` s of 1.8-3.8 kHz noise, ``under_db``
    under the line), as flite ``kal``'s "doubts." ends; from ``low_hz`` instead of 1.8 kHz, a broadband crunch.
    Returns the audio and the hiss's end (the line's end)."""
    line = speak(TEXT, "en-us", pitch=30).astype(np.float64)
    voice_end = LEAD + len(line) / RATE
    x = np.zeros(int((voice_end + 2.0) * RATE))
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    rng = np.random.default_rng(8)
    s = smooth_band(rng.normal(size=int(hiss * RATE)), low_hz, 3800.0)
    a = int((voice_end + closure) * RATE)
    x[a:a + len(s)] += s * rms(line) * 10 ** (-under_db / 20) / rms(s)
    x += 0.0005 * rng.normal(size=len(x))
    return Audio.from_float(x.astype(np.float32)), voice_end + closure + hiss


def test_a_final_hiss_after_a_stops_closure_is_the_lines_own_in_english():
    """"doubts." (flite ``kal`` x0.7, ``bx_flite_drill_plain``): after the /t/'s closure its /s/, under 4 kHz, rose
    with no fundamental and no highs, and the end the phone pass had put at the hiss's end went back 420 ms to the
    closure.  Where the line's text ends in a fricative, a hiss leaning up inside the loudspeaker's band is the line's:
    the end stays.  Told nothing of the text (another language), it goes back as before; and a residue of a voice
    after a line ending in a fricative still goes back -- it leans to the vowels' band."""
    _kept_in_english_and_a_residue_still_goes_back("doubts")


def _kept_in_english_and_a_residue_still_goes_back(word: str, **hiss) -> None:
    """The line ending in ``word``, then a closure and a hiss leaning up (:func:`_line_then_hiss` with ``hiss``): the
    end on the hiss's end stays in English, goes back with no text read; and an end carried over a canceller's
    residue after the same line still goes back to the line's end."""
    audio, end = _line_then_hiss(**hiss)
    text = " ".join(TEXT.split()[:-1] + [word])
    seg = replace_text(_segment(end, end - 0.6), text)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio), english=True) == 0
    assert items[0].segment.end == end
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio)) == 1  # no text read: the old verdict

    audio, true_end = _talk()
    carried = replace_text(_segment(true_end + HANG, true_end - 0.45), text)
    items = [Placed(carried, ("exact",) * len(carried.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio), english=True) == 1
    assert abs(items[0].segment.end - true_end) <= 0.05


def replace_text(seg: Segment, text: str) -> Segment:
    """``seg`` with ``text`` and its last word's text from it (times kept)."""
    from dataclasses import replace

    last = text.split()[-1]
    return replace(seg, text=text, words=seg.words[:-1] + (replace(seg.words[-1], text=last),))


def test_only_a_stop_then_a_fricative_is_read_from_the_text():
    """The hiss is kept only where the text ends in a stop and a fricative, or an affricate (both): after a nasal ("conference.") a dip then a
    hiss was a canceller's residue on ``jx_real_aec_plain_mov``."""
    from aligner.align.canceller_residue import ends_in_stop_then_fricative

    assert ends_in_stop_then_fricative("Several people still had doubts.")
    assert ends_in_stop_then_fricative("Nobody could explain the missing facts.")
    assert ends_in_stop_then_fricative("Press 7 to undelete this message.")  # /jh/: a closure and a hiss in one phone
    assert not ends_in_stop_then_fricative("You will now be placed into the conference.")
    assert not ends_in_stop_then_fricative("The students compared the rules for public parking")


def _line_then_faint_syllable(pitch_ratio: float = 1.0, under_db: float = 20.0,
                              bed_db: float = 30.0) -> tuple[Audio, float, float]:
    """The line, a stop's closure (80 ms of the bed), then a faint last syllable 150 ms long, ``under_db`` under the
    line: a voiced sound at the pitch the line last spoke at times ``pitch_ratio`` (1: the line's own voice, as
    espeak-ng's quiet last syllables after a closure on ``gy_*``; another ratio: another voice), over a low bed
    ``bed_db`` under the line that leaves its fundamental only a few dB over the floor.  Returns the audio, where the
    line's loud voice stops and the faint syllable's end (the line's true end)."""
    from aligner.align.another_voice import pitch_track

    line = speak(TEXT, "en-us", pitch=30).astype(np.float64)
    voice_end = LEAD + len(line) / RATE
    _, f0 = pitch_track(line, RATE, len(line) / RATE - 0.1, len(line) / RATE)
    n = int(0.15 * RATE)
    phase = 2 * np.pi * float(np.nanmedian(f0)) * pitch_ratio * np.arange(n) / RATE
    ramp = np.minimum(1.0, np.minimum(np.arange(n), np.arange(n)[::-1]) / (0.02 * RATE))  # no click at either end
    tail = sum(np.sin(k * phase) / (k if k > 1 else 40.0) for k in range(1, 30)) * ramp  # its fundamental faint
    tail *= rms(line) * 10 ** (-under_db / 20) / rms(tail)
    x = np.zeros(int((voice_end + 2.0) * RATE))
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    a = int((voice_end + 0.08) * RATE)
    x[a:a + n] += tail
    bed = smooth_band(np.random.default_rng(11).normal(size=len(x)), 40.0, 1500.0)  # a low bed: a room's, pipes'
    x += bed * rms(line) * 10 ** (-bed_db / 20) / rms(bed)
    return Audio.from_float(x.astype(np.float32)), voice_end, (a + n) / RATE


def test_the_line_s_own_voice_back_at_its_pitch_after_a_closure_is_its_own():
    """``gy_sk_espeak_radiator`` "... dome.", ``gy_bg_espeak_chimes_drips`` "... библиотеката.", "... часа.",
    ``gy_ms_espeak_two_speakers_pingpong`` "... kita." (j223): after a closure espeak-ng's quiet last syllable came
    back 25 dB under the line, its fundamental 5-16 dB over the floor under the pause's noise -- no fundamental "heard
    whole" --, and the ends, right at the phone pass, went back 114-165 ms to the closure.  Voiced at the pitch the line
    last spoke at, it is the line's own voice: the end stays.  The same faint sound at another pitch (a far end's
    residue through a loudspeaker, a fifth away) still goes back to the closure."""
    audio, voice_end, end = _line_then_faint_syllable()
    seg = _segment(end, end - 0.5)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio)) == 0
    assert items[0].segment.end == end

    audio, voice_end, end = _line_then_faint_syllable(pitch_ratio=1.5)
    seg = _segment(end, end - 0.5)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio)) == 1
    assert abs(items[0].segment.end - voice_end) <= 0.05


def test_a_stops_release_after_its_closure_is_the_lines_own_in_english():
    """"debate." (flite ``kal`` x2.1, ``oy_flite_woodpecker_plain``): after the /t/'s 40 ms closure its release
    breathed out for 150 ms, a hiss leaning up inside the loudspeaker's band with no fundamental, and a right end went
    back 181 ms to the closure.  Where the line's text ends in a stop, that hiss is the line's: the end stays; told
    nothing of the text, it goes back as before; and a residue of a voice after a line ending in a stop still goes
    back -- it leans to the vowels' band."""
    _kept_in_english_and_a_residue_still_goes_back("debate", closure=0.05, hiss=0.15)


def test_a_bare_stop_is_read_from_the_text_and_a_vowel_or_a_nasal_is_not():
    """A line whose last word ends in a stop in every pronunciation releases it after a closure; after a vowel or a
    nasal there is no closure, and a hiss there is no release of the line's ("conference.", "evening.")."""
    from aligner.align.canceller_residue import ends_in_stop

    assert ends_in_stop("The council held a long debate.")
    assert ends_in_stop("Please call back.")
    assert not ends_in_stop("Several people still had doubts.")  # a stop then a fricative: the other reading
    assert not ends_in_stop("You will now be placed into the conference.")
    assert not ends_in_stop("Late in the evening.")


def test_a_broadband_crunch_after_a_stop_is_no_release():
    """A crisp's crunch after "... has ended." (``oy_real_crisps_srt``) leans up by only 1-3 dB: the end carried
    over it still goes back to where the voice gave way, though the line ends in a stop."""
    audio, end = _line_then_hiss(closure=0.05, hiss=0.15, low_hz=300.0)
    text = " ".join(TEXT.split()[:-1] + ["ended"])
    seg = replace_text(_segment(end, end - 0.6), text)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_canceller_residue(items, audio, Envelope(audio), english=True) == 1
