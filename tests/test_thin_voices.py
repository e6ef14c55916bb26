"""An interpreter's voice heard through a booth's thin channel (its fundamental and highs gone), at the speaker's own
pitch, in the pause after a line or before the next: a line's end carried onto it goes back, a start put on it goes
forward; a line with nobody else, or one whose own voice has no fundamental (a call's narrow band), stays."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.align import thin_voices
from aligner.align.thin_voices import OWN_DB, THIN_DB, fundamental_over_floor, move_off_thin_voices
from aligner.align.voice_edges import HOP
from aligner.audio.decode import Audio
from aligner.document import NOT_HEARD, Segment, Word
from tests.synth import RATE, espeak_available, rms, smooth_band, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LEAD = 2.5  #: where the line begins (s): the interpreter fits before it
TEXT = "The students compared the rules for public parking"
OTHER = "Then the committee voted on the new budget"
UNDER_DB = 15.0  #: the interpreter under the speaker, as heard from the booth


def _talk(other_at: float | None, thin: bool = True, line_band: bool = False) -> tuple[Audio, float]:
    """The line (espeak-ng en-us, a low male voice) from LEAD; ``other_at`` s after its end (negative: before its
    start, by that much plus the other's length) the interpreter (the same voice at the same pitch, other words),
    through a booth's 300-3800 Hz band when ``thin``, UNDER_DB under; a faint noise bed.  ``line_band``: the whole
    recording through a call's 300-3400 Hz band.  Returns the audio and the line's true end."""
    line = speak(TEXT, "en-us", pitch=30).astype(np.float64)
    other = speak(OTHER, "en-us", pitch=30, speed=180).astype(np.float64)
    if thin:
        other = smooth_band(other, 300.0, 3800.0)
    other *= rms(line) * 10 ** (-UNDER_DB / 20) / rms(other)
    end = LEAD + len(line) / RATE
    x = np.zeros(int((end + 4.0) * RATE))
    x[int(LEAD * RATE):int(LEAD * RATE) + len(line)] += line
    if other_at is not None:
        i = int((end + other_at) * RATE) if other_at >= 0 else int((LEAD + other_at) * RATE) - len(other)
        x[i:i + len(other)] += other
    x += 0.0005 * np.random.default_rng(5).normal(size=len(x))
    if line_band:
        x = smooth_band(x, 300.0, 3400.0)
    return Audio.from_float(x.astype(np.float32)), end


def _segment(start: float, end: float, first_end: float, last_start: float) -> Segment:
    """The line from ``start`` to ``end``, its first word ending at ``first_end`` and its last from ``last_start``."""
    words = TEXT.split()
    step = (last_start - first_end) / (len(words) - 2)
    times = ([(start, first_end)] + [(first_end + k * step, first_end + (k + 1) * step) for k in range(len(words) - 2)]
             + [(last_start, end)])
    return Segment(TEXT, start, end, words=tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(words, times)))


def test_the_line_s_fundamental_stands_over_its_floor_and_the_booth_s_does_not():
    """The line's voiced frames: their pitch's octave well over that octave's floor; the interpreter's (the same
    pitch, through the booth): within a few dB of it."""
    audio, end = _talk(0.15)
    _, _, own = fundamental_over_floor(audio, LEAD, end)
    _, _, other = fundamental_over_floor(audio, end + 0.25, end + 1.5)
    assert np.nanmedian(own) >= OWN_DB + 5
    assert np.nanmedian(other) < THIN_DB - 3


@pytest.mark.parametrize("at", [0.1, 0.25])
def test_an_end_carried_onto_the_interpreter_goes_back_to_the_line(at):
    """The phone pass carried the end 0.6 s on over the interpreter after the line: it goes back to within 60 ms of
    the line's own end; the start and every other word stay."""
    audio, end = _talk(at)
    seg = _segment(LEAD, end + at + 0.6, LEAD + 0.2, end - 0.45)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_thin_voices(items, audio, Envelope(audio)) == 1
    s = items[0].segment
    assert abs(s.end - end) <= 0.06 and s.words[-1].end == s.end
    assert s.start == LEAD and [w.start for w in s.words] == [w.start for w in seg.words]


def test_a_start_put_on_the_interpreter_goes_forward_to_the_line():
    """The interpreter speaks in the pause before the line, up to 0.1 s before it; a start put 0.4 s early on its
    last syllables goes forward to within 60 ms of the line's own start; the end stays."""
    audio, end = _talk(-0.1)
    seg = _segment(LEAD - 0.4, end, LEAD + 0.2, end - 0.45)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    assert move_off_thin_voices(items, audio, Envelope(audio)) == 1
    s = items[0].segment
    assert abs(s.start - LEAD) <= 0.06 and s.words[0].start == s.start and s.end == end


def test_the_line_s_own_edges_stay():
    """Right edges with the interpreter after the line, with nobody else, or with another voice heard whole (its
    fundamental there: this rule does not judge it): nothing moves; nor does a line never heard."""
    for at, thin in ((0.15, True), (None, True), (0.15, False)):
        audio, end = _talk(at, thin)
        items = [Placed(_segment(LEAD, end, LEAD + 0.2, end - 0.45), ("exact",) * 8)]
        assert move_off_thin_voices(items, audio, Envelope(audio)) == 0
        assert (items[0].segment.start, items[0].segment.end) == (LEAD, end)
    audio, end = _talk(0.1)
    seg = _segment(LEAD, end + 0.7, LEAD + 0.2, end - 0.45)
    unheard = Segment(seg.text, seg.start, seg.end, words=seg.words, flags=frozenset({NOT_HEARD}))
    items = [Placed(unheard, ("exact",) * 8)]
    assert move_off_thin_voices(items, audio, Envelope(audio)) == 0


def test_through_a_call_s_narrow_band_nothing_is_told():
    """The whole recording through a call's band: the line's own fundamental is gone too, so a thin voice after it
    is no evidence of another: the end carried onto the interpreter stays (the review queue's to doubt)."""
    audio, end = _talk(0.1, line_band=True)
    seg = _segment(LEAD, end + 0.7, LEAD + 0.2, end - 0.45)
    items = [Placed(seg, ("exact",) * 8)]
    assert move_off_thin_voices(items, audio, Envelope(audio)) == 0
    assert items[0].segment.end == seg.end



def test_a_voice_losing_its_fundamental_as_its_pitch_falls_is_the_line_s_own(monkeypatch):
    """``dx_ru_real_flips``' line 10, as measured: a call's narrow band for the whole line, the voice falling 177 ->
    133 Hz into the band's low cut at its end, so its fundamental sinks frame by frame (18, 17, 13, 12, 9 ... 0 dB over
    its floor).  Where the line last spoke it was already under :data:`OWN_DB`: the thin frames are its own voice
    going, not another's, and the end stays.  The same line with the voice whole up to a break and the thin run after
    it (the interpreter's case) moves."""
    whole = [34.0, 36.0, 35.0, 33.0, 30.0] * 20
    falling = [16.0, 14.0, 14.0, 11.0, 18.0, 17.0, 13.0, 12.0, 9.0, 9.0, 7.0, 4.0, 3.0, 0.0, -1.0, -1.0, 1.0, 5.0]
    after_break = [28.0, 27.0, 25.0, 22.0, np.nan, np.nan, np.nan, 2.0, 1.0, -1.0, 0.0, 3.0, 2.0, 1.0]
    for tail, moves in ((falling, False), (after_break, True)):
        over = np.array(whole + tail)
        centres = LEAD + 0.1 + HOP * np.arange(len(over))
        end = float(centres[-1] + 0.03)
        monkeypatch.setattr(thin_voices, "fundamental_over_floor",
                            lambda audio, t0, t1, c=centres, o=over: (c, np.where(np.isnan(o), np.nan, 150.0), o))
        audio = Audio.from_float(np.zeros(int((end + 1) * RATE), dtype=np.float32))
        assert (thin_voices.thin_end(audio, Envelope(audio), LEAD, end) is not None) == moves


def test_a_last_vowel_whose_fundamental_sinks_under_a_low_bed_at_its_own_pitch_is_the_line_s_own(monkeypatch):
    """``fy_id_espeak_two_speakers_projector``'s "... utara.", as measured (j213): the line's own frames carry their
    fundamental 16-24 dB over its floor at 143-147 Hz, two unvoiced frames, then its last 60 ms read thin (2..-5 dB)
    at 146-150 Hz: its fundamental sank under a projector's fan before its harmonics did.  The pitch goes on from
    where the line last spoke: the end stays.  The same thin run at another voice's pitch (three semitones up) moves
    it."""
    whole = [24.0, 23.0, 23.0, 22.0, 21.0, 20.0, 19.0, 16.0] * 12
    own_pitch = [147.0, 146.0, 145.0, 144.0, 143.0, 143.0, 143.0, 143.0] * 12
    thin = [np.nan, np.nan, 1.7, 0.1, -2.8, -4.6, -1.4, 1.8, 1.7]
    for thin_pitch, moves in (([np.nan, np.nan, 149.5, 148.1, 148.1, 146.8, 146.8, 146.8, 145.5], False),
                              ([np.nan, np.nan] + [143.0 * 2 ** (3 / 12)] * 7, True)):
        over, f0 = np.array(whole + thin), np.array(own_pitch + thin_pitch)
        centres = LEAD + 0.1 + HOP * np.arange(len(over))
        end = float(centres[-1] + 0.03)
        monkeypatch.setattr(thin_voices, "fundamental_over_floor",
                            lambda audio, t0, t1, c=centres, o=over, p=f0: (c, p, o))
        audio = Audio.from_float(np.zeros(int((end + 1) * RATE), dtype=np.float32))
        assert (thin_voices.thin_end(audio, Envelope(audio), LEAD, end) is not None) == moves


def test_a_line_heard_mostly_without_its_fundamental_through_a_megaphone_is_read_as_before_it_is_thin(monkeypatch):
    """``tx_real_horn_vtt_wmv``, as measured: through a megaphone's horn (450-4000 Hz, its amplifier clipped) a line's
    voiced frames mostly lack their fundamental (11-49 % carry it), but the clipping's difference tones put it back
    20-38 dB over its floor in those that do, so its own frames alone pass :data:`OWN_DB`.  Its fading last syllable,
    thin like most of it, is its own: the end stays.  The same frames with most of the line heard whole (the
    interpreter's case) move."""
    megaphone = [2.0, 4.0, 30.0, 5.0, 1.0, 25.0, 3.0, 6.0] * 12  # a quarter of the voiced frames carry it
    whole = [34.0, 36.0, 5.0, 33.0, 30.0, 35.0, 31.0, 4.0] * 12  # three quarters do
    tail = [np.nan, np.nan, np.nan, 2.0, 1.0, 4.0, 3.0, 2.0, 1.0, 0.0, 2.0]
    for line, moves in ((megaphone, False), (whole, True)):
        over = np.array(line + tail)
        centres = LEAD + 0.1 + HOP * np.arange(len(over))
        end = float(centres[-1] + 0.03)
        monkeypatch.setattr(thin_voices, "fundamental_over_floor",
                            lambda audio, t0, t1, c=centres, o=over: (c, np.where(np.isnan(o), np.nan, 220.0), o))
        audio = Audio.from_float(np.zeros(int((end + 1) * RATE), dtype=np.float32))
        assert (thin_voices.thin_end(audio, Envelope(audio), LEAD, end) is not None) == moves
    monkeypatch.setattr(thin_voices, "OWN_SHARE", 0.0)  # without either share's bar the megaphone's line moved
    monkeypatch.setattr(thin_voices, "WHOLE_SHARE", 0.0)
    over = np.array(megaphone + tail)
    centres = LEAD + 0.1 + HOP * np.arange(len(over))
    monkeypatch.setattr(thin_voices, "fundamental_over_floor",
                        lambda audio, t0, t1: (centres, np.where(np.isnan(over), np.nan, 220.0), over))
    audio = Audio.from_float(np.zeros(int((centres[-1] + 1) * RATE), dtype=np.float32))
    assert thin_voices.thin_end(audio, Envelope(audio), LEAD, float(centres[-1] + 0.03)) is not None


def _said_over_the_interpreter(monkeypatch, start: float) -> float:
    """``cx_real_long_mix_m2ts`` "Something is terribly wrong.", as measured (frames from the line's true start,
    LEAD): its /s/ (70 ms of hiss above 4.5 kHz, no pitch) said over the interpreter's last syllable, whose voiced
    frames read thin (0.7-4.2 dB over the floor) 60-130 ms into the line, then 50 ms unvoiced, then the line's own
    voice (31-37 dB).  The line placed from ``start``; returns where :func:`thin_voices.thin_start` puts it."""
    thin = [4.2, 4.2, 4.0, 0.7, 3.0, 3.2, 1.5]
    before = [2.0] * int(round((LEAD - start) / HOP))  # the interpreter heard before the line, if it starts early
    over = np.array(before + [np.nan] * 6 + thin + [np.nan] * 5 + [32.0] * 80)
    centres = start + HOP / 2 + HOP * np.arange(len(over))
    monkeypatch.setattr(thin_voices, "fundamental_over_floor",
                        lambda audio, t0, t1, c=centres, o=over: (c, np.where(np.isnan(o), np.nan, 210.0), o))
    rng = np.random.default_rng(3)
    x = 0.0005 * rng.normal(size=int((LEAD + 2.0) * RATE))
    hiss = smooth_band(rng.normal(size=int(0.07 * RATE)), 4500.0, 7000.0)
    x[int(LEAD * RATE):int(LEAD * RATE) + len(hiss)] += 0.05 * hiss / rms(hiss)
    t = np.arange(int(0.8 * RATE)) / RATE
    voice_at = int((LEAD + 0.18) * RATE)
    x[voice_at:voice_at + len(t)] += 0.1 * sum(np.sin(2 * np.pi * 210.0 * k * t) / k for k in range(1, 6))
    audio = Audio.from_float(x.astype(np.float32))
    return thin_voices.thin_start(audio, Envelope(audio), start, LEAD + 1.0)


def test_a_start_on_the_line_s_own_consonant_said_over_the_interpreter_stays(monkeypatch):
    """The thin run lies after the line's unvoiced first consonant: the start, on that consonant, stays (it went
    170 ms late, onto the first voiced frame, before the consonant was read above the booth's band)."""
    assert _said_over_the_interpreter(monkeypatch, LEAD) is None


def test_a_start_put_on_the_interpreter_goes_forward_only_to_the_line_s_consonant(monkeypatch):
    """Placed 0.2 s early on the interpreter: the start goes forward to the line's /s/, not past it."""
    moved = _said_over_the_interpreter(monkeypatch, LEAD - 0.2)
    assert moved is not None and abs(moved - LEAD) <= 0.03


def test_english_refining_runs_the_rule(monkeypatch):
    """English runs the rule too (``engine._refine``, after ``another_voice``), on the stretch's lines as refined."""
    from aligner.align import engine
    from aligner.align.stretches import Stretch

    audio, end = _talk(0.1)
    seg = _segment(LEAD, end + 0.7, LEAD + 0.2, end - 0.45)
    items = [Placed(seg, ("exact",) * len(seg.words))]
    seen = []
    monkeypatch.setattr(engine, "move_off_thin_voices", lambda its, a, env: seen.append(len(its)) or 1)
    for english, language in ((True, "en"), (False, "sv")):
        counts = engine._refine(Stretch([0], 0.0, audio.duration), items, audio, Envelope(audio), language, english,
                                False, None, lambda f: None)
        assert counts.get("thin_voices") == 1
    assert seen == [1, 1]


def test_a_start_that_would_leave_its_first_word_too_short_stays():
    """``cx_real_long_mix_m2ts`` "From an unknown caller.": the first word placed on the interpreter 0.8 s before the
    rest; the thin run's end lay 70 ms before that word's end, so the start moved there and the line, 0.8 s off
    still, lost its doubt.  A start that would leave its first word shorter than such a word takes
    (:func:`.onset_starts.shortest_word`) stays."""
    audio, end = _talk(-0.1)
    for first_end, moves in ((LEAD + 0.2, True), (LEAD + 0.03, False)):
        seg = _segment(LEAD - 0.4, end, first_end, end - 0.45)
        items = [Placed(seg, ("exact",) * len(seg.words))]
        assert move_off_thin_voices(items, audio, Envelope(audio)) == int(moves)
        assert (items[0].segment.start == seg.start) != moves


def test_while_a_recording_is_refined_a_span_is_read_once_read_only_and_forgotten_after():
    t = np.arange(int(2.0 * RATE)) / RATE
    voice = (0.3 * np.sin(2 * np.pi * 120 * t) + 0.1 * np.sin(2 * np.pi * 240 * t)) * (t > 0.5) * (t < 1.5)
    noise = np.random.default_rng(0).normal(0, 0.003, len(t))
    audio = Audio(None, ((voice + noise) * 32767).astype(np.int16))
    with thin_voices.readings_kept(audio):
        first = fundamental_over_floor(audio, 0.5, 1.5)
        again = fundamental_over_floor(audio, 0.5, 1.5)
        assert all(a is b for a, b in zip(first, again))  # kept, not read again
        with pytest.raises(ValueError):
            first[2][0] = 0.0  # shared by every reader: nobody may change it
        other = Audio(None, audio.samples.copy())  # the same sound, another recording: read afresh
        assert fundamental_over_floor(other, 0.5, 1.5)[2] is not first[2]
    assert np.nanmedian(first[2]) > OWN_DB  # a voice heard whole, its fundamental far over the floor
    assert id(audio.samples) not in thin_voices._READINGS  # forgotten once the block ends
    assert fundamental_over_floor(audio, 0.5, 1.5)[2] is not first[2]  # outside it, read afresh


def _radio(text: str, clipped: float) -> tuple[Audio, float, float]:
    """``text`` (the low espeak-ng voice) said over a two-way radio: keyed 0.25 s before it and 0.15 s after,
    300-3000 Hz (no fundamental left), the limiter clipping the loudest ``clipped`` % of the keyed samples (which puts
    a difference tone back at the fundamental in those frames only), the channel's hiss 25 dB under, squelched around.
    Returns the audio and the line's true start and end."""
    line = speak(text, "en-us", pitch=30).astype(np.float64)
    start, end = 1.0, 1.0 + len(line) / RATE
    x = np.zeros(int((end + 1.0) * RATE))
    x[int(start * RATE):int(start * RATE) + len(line)] += line
    keyed = np.zeros(len(x))
    keyed[int((start - 0.25) * RATE):int((end + 0.15) * RATE)] = 1.0
    voice = smooth_band(x, 300.0, 3000.0)
    limit = np.percentile(np.abs(voice[keyed > 0]), 100 - clipped)
    y = np.clip(voice, -limit, limit)
    hiss = smooth_band(np.random.default_rng(3).normal(size=len(x)), 300.0, 3000.0)
    y = (y + hiss * rms(y[int(start * RATE):int(end * RATE)]) * 10 ** (-25 / 20) / rms(hiss)) * keyed
    y += 0.0003 * np.random.default_rng(5).normal(size=len(x))
    return Audio.from_float((y / np.abs(y).max() * 0.5).astype(np.float32)), start, end


@pytest.mark.parametrize("text, clipped", [("The new manager described the annual budget without much noise", 2.0),
                                           ("The students compared the rules for public parking", 1.0)])
def test_through_a_two_way_radio_s_limiter_the_line_s_unclipped_voice_is_its_own(monkeypatch, text, clipped):
    """``tx_espeak_horn_ptt``'s early ends: over a radio the line's voice has no fundamental, but the limiter puts one
    back in the frames it clips, so the line reads "whole" in its loudest frames and thin in the rest -- its quieter
    last syllables read as another voice, and the end went back 0.1-0.2 s into the line.  Fewer than WHOLE_SHARE of
    the line's voiced frames carry a fundamental: the thin frames are its own, and the end stays (with the share
    taken away, the old reading moves it)."""
    audio, start, end = _radio(text, clipped)
    env = Envelope(audio)
    assert thin_voices.thin_end(audio, env, start, end + 0.1) is None
    monkeypatch.setattr(thin_voices, "WHOLE_SHARE", 0.0)
    moved = thin_voices.thin_end(audio, env, start, end + 0.1)
    assert moved is not None and moved < end - 0.08


def test_a_thin_run_at_the_pitch_a_machine_fires_at_in_the_pause_before_the_line_is_the_machine_s():
    """``ix_de_espeak_two_speakers_blower`` (j213): a leaf blower firing 130 times a second read voiced at 131 Hz
    after a line whose voice stopped at 134.5 Hz; the pause before the line is periodic at that rate, so the thin run
    is the blower's, not the line's own vowel.  A pause of noise alone (a fan) holds no pitch."""
    rng = np.random.default_rng(213)
    n = int(3.0 * RATE)
    noise = 0.002 * rng.normal(size=n)
    firings = np.zeros(n)
    firings[::int(RATE / 130.5)] = 0.3
    blower = np.convolve(firings, np.hanning(40), mode="same") + noise
    assert thin_voices._background_pitch(Audio.from_float(blower.astype(np.float32)), 2.5, 131.1)
    assert not thin_voices._background_pitch(Audio.from_float(noise.astype(np.float32)), 2.5, 131.1)
