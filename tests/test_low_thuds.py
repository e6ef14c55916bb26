"""A tyre pump's thud after a line's voice stopped is no last sound of the line (:mod:`aligner.align.low_thuds`)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, at_rms, smooth_band, telephone_vowel

#: The line's voice, and where the pump's hiss and its thud come after it (s).
LINE = (0.5, 1.6)
HISS = (1.55, 1.85)
THUD = 1.85
#: Where the phone pass put the end: on the thud's ring, as it did with "... currently active." (+450 ms).
CARRIED = THUD + 0.12


def _pump_stroke(rng: np.random.Generator, what: str = "thud") -> np.ndarray:
    """The stroke's end: a ``"thud"`` (noise under 400 Hz struck at once and dying over 40 ms); or in its place a
    ``"syllable"`` of the voice, as abrupt and as short (a vowel with its harmonics up to 3.4 kHz: a word of the line
    after a pause inside it), or a ``"swell"``: sound as low as the thud, swelling over 40 ms before it dies away (a
    back vowel of a low voice after an affricate, through an 8 kHz line)."""
    n = int(0.2 * RATE)
    t = np.arange(n) / RATE
    if what == "syllable":
        return telephone_vowel(0.2, f0=150.0) * np.exp(-t / 0.04)
    low = smooth_band(rng.normal(size=n), 60.0, 400.0)
    return low * (np.exp(-t / 0.04) if what == "thud" else np.minimum(1.0, t / 0.04) * np.exp(-t / 0.1))


def _line_then_stroke(what: str = "thud", hiss_under: float = 18.0, thud: float = THUD) -> Audio:
    """A voiced line (harmonics of 130 Hz up to 3.4 kHz) on a pink room 40 dB under it; the pump's hiss (2-7 kHz,
    ``hiss_under`` dB under the voice) from just before its end up to ``thud``; then the stroke's end there
    (:func:`_pump_stroke`), 6 dB under the voice's level."""
    rng = np.random.default_rng(7)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-40 / 20))
    voice = at_rms(telephone_vowel(LINE[1] - LINE[0]), 0.1)
    a = int(LINE[0] * RATE)
    x[a:a + len(voice)] += voice * np.minimum(1.0, (len(voice) - np.arange(len(voice))) / (0.03 * RATE))
    h0, h1 = int(HISS[0] * RATE), int(thud * RATE)
    x[h0:h1] += at_rms(smooth_band(rng.normal(size=h1 - h0), 2000.0, 7000.0), 0.1 * 10 ** (-hiss_under / 20))
    stroke = _pump_stroke(rng, what)
    c = int(thud * RATE)
    x[c:c + len(stroke)] += at_rms(stroke, 0.1 * 10 ** (-6 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)


@pytest.mark.parametrize("text, expected", [("Your temporary greeting is currently active.", LINE[1]),
                                            ("Other participants in the conference.", THUD)])
def test_an_end_carried_onto_a_thud_goes_back_to_the_voice_or_to_the_thud(text, expected):
    """A last word voiced to its end stops where its voice did (the hiss in between is the pump's); one ending in a
    hiss of its own, which the pump's hides, stops no later than the thud's onset."""
    from aligner.align.low_thuds import end_before_thud

    end = end_before_thud(_line_then_stroke(), text, LINE[0], CARRIED, LINE[1] - 0.5, 2.8)
    assert end is not None and abs(end - expected) <= 0.04, end


@pytest.mark.parametrize("what", ["syllable", "swell"])
def test_a_syllable_after_a_pause_is_no_thud(what):
    """The voice coming back after the stretch carries its formants over 500 Hz, or swells: it may be the line's
    own."""
    from aligner.align.low_thuds import end_before_thud

    audio = _line_then_stroke(what)
    assert end_before_thud(audio, "Is currently active.", LINE[0], CARRIED, LINE[1] - 0.5, 2.8) is None


def test_a_thud_after_a_stretch_no_longer_than_an_affricate_is_no_sign_the_voice_had_stopped():
    """0.12 s of the lows at the pause's level is a /ts/ inside the last word ("installazione."); 0.25 s is not."""
    from aligner.align.low_thuds import end_before_thud

    for thud, moved in ((LINE[1] + 0.12, False), (LINE[1] + 0.25, True)):
        audio = _line_then_stroke(thud=thud)
        end = end_before_thud(audio, "Is currently active.", LINE[0], thud + 0.12, LINE[1] - 0.5, 2.8)
        assert (end is not None) == moved, (thud, end)


def _landing_on_the_tail(what: str) -> Audio:
    """A voiced line (0.5-1.6 s, its last 30 ms fading) on a pink room 40 dB under it, and a ``"stamp"`` 25 ms
    after it: a body struck at once, three damped modes (90, 140, 210 Hz) dying over 25 ms, nothing over 500 Hz after
    its first frame -- a stamp on a desk, a foot landing; or a ``"release"``: the voice stopped 60 ms earlier for a
    final /p/'s closure, and its release comes where the stamp would: the same low modes dying over 30 ms, and 14 dB
    under them a burst of noise at 0.5-4 kHz dying over 20 ms (as "... help."'s release carried into 500-1000 Hz for
    five frames, 8-18 dB under its lows)."""
    rng = np.random.default_rng(11)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-40 / 20))
    stop = LINE[1] - (0.06 if what == "release" else 0.0)
    voice = at_rms(telephone_vowel(stop - LINE[0]), 0.1)
    a = int(LINE[0] * RATE)
    x[a:a + len(voice)] += voice * np.minimum(1.0, (len(voice) - np.arange(len(voice))) / (0.03 * RATE))
    t = np.arange(int(0.2 * RATE)) / RATE
    body = sum(np.sin(2 * np.pi * f * t + p) for f, p in ((90.0, 0.3), (140.0, 1.1), (210.0, 2.0)))
    if what == "release":
        burst = at_rms(smooth_band(rng.normal(size=len(t)), 500.0, 4000.0), 0.2 * np.std(body)) * np.exp(-t / 0.02)
        sound = body * np.exp(-t / 0.03) + burst
    else:
        sound = body * np.exp(-t / 0.025)
    c = int((LINE[1] + 0.025) * RATE)
    x[c:c + len(sound)] += at_rms(sound, 0.1 * 10 ** (-6 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)


def test_an_end_carried_onto_a_stamp_landing_on_the_voices_tail_goes_back_to_the_voice():
    """A clerk's stamp 20-80 ms after a line's voice, no quiet between: the end rules carried "Your message has been
    saved." +191 ms over it and its click (``rd85_real_stamp_page_mov``).  The lows jump out of the voice's fading
    tail, sound alone and die at once: no sound of the line's own does all three."""
    from aligner.align.low_thuds import end_before_thud

    end = end_before_thud(_landing_on_the_tail("stamp"), "Is currently active.", LINE[0], LINE[1] + 0.2,
                          LINE[1] - 0.5, 2.8)
    assert end is not None and abs(end - LINE[1]) <= 0.04, end


def test_a_final_stops_release_after_its_closure_is_the_lines_own():
    """"... for help.": the /p/'s burst jumps out of its closure and dies at once, nearly as low as a thud -- but it
    carries into 500-1000 Hz for frames after its first, where a thud does not."""
    from aligner.align.low_thuds import end_before_thud

    audio = _landing_on_the_tail("release")
    assert end_before_thud(audio, "Press 0 for help.", LINE[0], LINE[1] + 0.12, LINE[1] - 0.5, 2.8) is None


def test_a_last_word_placed_after_the_stretch_is_left_alone():
    """A word of the line spoken after a pause inside it is the line's, whatever it sounds like."""
    from aligner.align.low_thuds import end_before_thud

    audio = _line_then_stroke()
    assert end_before_thud(audio, "Is currently active.", LINE[0], CARRIED, THUD - 0.01, 2.8) is None


def test_an_end_at_the_voice_stays():
    from aligner.align.low_thuds import end_before_thud

    audio = _line_then_stroke()
    assert end_before_thud(audio, "Is currently active.", LINE[0], LINE[1] + 0.01, LINE[1] - 0.5, 2.8) is None


def test_the_end_rules_bring_an_end_back_off_a_pump_stroke():
    """As the engine runs it after every rule that carries an end on: the phone pass ended the line on the thud's
    ring."""
    from aligner.align.low_thuds import end_before_thuds

    audio = _line_then_stroke()
    text = "Your temporary greeting is currently active."
    words = (Word("Your", LINE[0], LINE[0] + 0.3, 0.9), Word("active.", LINE[1] - 0.5, CARRIED, 0.9))
    placed = Placed(Segment(text, LINE[0], CARRIED, words=words), ("exact", "exact"), phone_end=CARRIED)
    unplaced = Placed(Segment(text, LINE[0], CARRIED, words=words), ("exact", "exact"))
    assert end_before_thuds([placed], audio, audio.duration) == 1
    assert abs(placed.segment.end - LINE[1]) <= 0.04, placed.segment.end
    assert end_before_thuds([unplaced], audio, audio.duration) == 0  # not placed by the phone pass: not read


@pytest.mark.parametrize("text, end, expected", [("Is currently active.", LINE[1], True),
                                                 ("Other participants in the conference.", LINE[1], False),
                                                 ("Is currently active.", LINE[1] - 0.3, False)])
def test_an_end_where_the_voice_stopped_before_a_thud_is_not_doubted_as_cut_short(text, end, expected):
    """The review queue's reading: where the voice stopped and a thud came after only the pump's hiss, a last word
    voiced to its end was not cut short; one ending in a hiss may have been (the pump's hides its own), and an end
    inside the voice is no end where the voice stopped."""
    from aligner.align.low_thuds import thud_after_voiced_end

    assert thud_after_voiced_end(_line_then_stroke(), text, LINE[0], end, 2.8) is expected


def test_the_review_queue_does_not_doubt_an_end_before_a_pump_stroke_as_cut_short(monkeypatch):
    """Through the review's reading of a line: the pump's hiss after the end, over the pause's floor, after a last
    word short for a slow talk, is the doubt "cut short" -- unless the thud after it says whose the hiss is.  (The
    hiss 9 dB under the voice: one 12 dB under or more lets the voice be read as stopped, no doubt either way.)"""
    from aligner.align import scoring
    from aligner.align.stretches import Stretch
    from aligner.document import END_CUT_SHORT

    audio = _line_then_stroke(hiss_under=9.0)
    text = "Your temporary greeting is currently active."
    words = (Word("Your", LINE[0], LINE[0] + 0.3, 0.9), Word("active.", LINE[1] - 0.3, LINE[1], 0.9))
    item = Placed(Segment(text, LINE[0], LINE[1], words=words), ("exact", "exact"), (0.9, 0.9))

    def doubts() -> frozenset:
        return scoring.surroundings([item], 0, [], Envelope(audio), Stretch([0], 0.0, 2.8), audio=audio,
                                    per_phone=0.3, english=True)[4]

    assert END_CUT_SHORT not in doubts()
    monkeypatch.setattr(scoring, "thud_after_voiced_end", lambda *args, **kwargs: False)
    assert END_CUT_SHORT in doubts()


def test_the_review_queue_does_not_read_a_stamp_after_the_end_as_the_lines_voice_holding_on(monkeypatch):
    """A clerk's stamp landing on a line's tail: the end stands where the voice stopped (the look at the forty-second
    set: such ends, 2-20 ms from the truth, were doubted as "sound after the end" and "not where the sound stops"
    while the stamp rang on).  With the readings of what follows the end made to say the sound holds and rises from
    no onset, the stamp the thud reading finds (for real, from the samples) is what answers all three doubts; without
    it, they are raised."""
    from aligner.align import scoring
    from aligner.align.stretches import Stretch
    from aligner.document import END_BEFORE_SOUND_STOPS, END_CUT_SHORT, SOUND_AFTER_END

    audio = _landing_on_the_tail("stamp")
    text = "Your temporary greeting is currently active."
    words = (Word("Your", LINE[0], LINE[0] + 0.3, 0.9), Word("active.", LINE[1] - 0.3, LINE[1], 0.9))
    item = Placed(Segment(text, LINE[0], LINE[1], words=words), ("exact", "exact"), (0.9, 0.9))
    for reading in ("end_before_unheard_sound", "end_before_sound_stops"):
        monkeypatch.setattr(scoring, reading, lambda *args, **kwargs: True)
    for onset in ("sound_rises_after", "sound_returns_after_a_stop"):
        monkeypatch.setattr(scoring, onset, lambda *args, **kwargs: False)

    def doubts() -> frozenset:
        return scoring.surroundings([item], 0, [], Envelope(audio), Stretch([0], 0.0, audio.duration), audio=audio,
                                    per_phone=0.3, english=True)[4]

    held_on = {SOUND_AFTER_END, END_BEFORE_SOUND_STOPS, END_CUT_SHORT}
    assert not held_on & doubts()
    monkeypatch.setattr(scoring, "thud_after_voiced_end", lambda *args, **kwargs: False)
    assert held_on <= doubts()


# ------------------------------------------------------------------ a thud before a line's voice (a rope's landing)
#: The feet land at FEET; the line's voice begins at VOICE (s).
FEET, VOICE = 1.0, 1.2


def _thud_then_line(what: str = "thud", voice: float = VOICE, ring: float = 0.03, top: float = 400.0) -> Audio:
    """A room 30 dB under the voice (the rope's talk: a pink room and the rope's own whoosh); at FEET a ``"thud"`` (a
    landing: noise under 400 Hz struck at once and dying at once), ``"held"`` (as low, held 0.15 s: a line's opening
    /l/, "La ...") or :func:`_pump_stroke`'s ``"syllable"`` or ``"swell"``, its first 30 ms 6 dB under the voice; then
    from ``voice`` a voiced line (harmonics of 130 Hz up to 3.4 kHz) to 2.3 s.  ``ring``: the thud's decay time
    (s; 0.03: 6 dB every 20 ms, as the rope's landings; a stamp's rings longer), ``top``: its band's top (Hz)."""
    rng = np.random.default_rng(11)
    x = at_rms(smooth_band(rng.normal(size=3 * RATE), 50.0, 7000.0), 0.1 * 10 ** (-30 / 20))
    n = int(0.15 * RATE)
    if what == "held":  # a voiced murmur (harmonics of 130 Hz under 400 Hz), held 0.25 s
        t = np.arange(int(0.25 * RATE)) / RATE
        sound = sum(np.sin(2 * np.pi * 130.0 * k * t) / k for k in (1, 2, 3))
        accent = np.where(t < 0.015, 1.6, 1.0)  # loudest at once, as a landing is: 4 dB over what it holds
        sound = sound * accent * np.minimum(1.0, (len(t) - np.arange(len(t))) / (0.01 * RATE))
    elif what == "thud":  # feet landing: 6 dB every 20 ms, as the rope talk's did
        sound = smooth_band(rng.normal(size=n), 60.0, top) * np.exp(-np.arange(n) / (ring * RATE))
    else:
        sound = _pump_stroke(rng, what)
    head = int(0.03 * RATE)  # levelled on its first 30 ms: 6 dB under the voice there
    sound = sound * 0.1 * 10 ** (-6 / 20) / np.sqrt(np.mean(sound[:head] ** 2))
    c = int(FEET * RATE)
    x[c:c + len(sound)] += sound
    line = at_rms(telephone_vowel(2.3 - voice), 0.1)
    a = int(voice * RATE)
    x[a:a + len(line)] += line
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)


def test_a_start_put_on_a_thud_before_the_voice_goes_to_where_the_voice_rises():
    from aligner.align.low_thuds import start_after_thud

    start = start_after_thud(_thud_then_line(), FEET, 0.2, VOICE + 0.3)
    assert start is not None and abs(start - VOICE) <= 0.03, start
    assert start_after_thud(_thud_then_line(), FEET, 0.2, VOICE - 0.05) is None  # the first word ends before: no


@pytest.mark.parametrize("what", ["syllable", "swell", "held"])
def test_a_syllable_a_swell_or_a_held_low_sound_at_the_start_is_the_lines_own(what):
    """A vowel carries its formants over 500 Hz; a swell is no thing struck; a low sound held (an opening /l/ before
    a stop's closure) does not die at once.  Each followed by a pause long enough and then the voice: only what it
    is tells it from a landing."""
    from aligner.align.low_thuds import start_after_thud

    voice = FEET + 0.3
    assert start_after_thud(_thud_then_line("thud", voice), FEET, 0.2, voice + 0.3) is not None
    assert start_after_thud(_thud_then_line(what, voice), FEET, 0.2, voice + 0.3) is None


def test_a_thud_the_voice_follows_at_once_is_left():
    """With the lows back at the pause's floor for less than SINK between them (the landing sounds for 0.14 s), nothing
    says the voice was not already there."""
    from aligner.align.low_thuds import start_after_thud

    assert start_after_thud(_thud_then_line(voice=FEET + 0.16), FEET, 0.2, FEET + 0.5) is None  # 20 ms at the floor
    assert start_after_thud(_thud_then_line(voice=FEET + 0.19), FEET, 0.2, FEET + 0.5) is not None  # 50 ms


def test_a_voice_rising_out_of_a_stamps_ring_before_it_reached_the_floor_starts_there():
    """A stamp's thud rings longer than a landing (0.04 s decay time, all under 250 Hz): the lows never stay at the
    floor for SINK before the voice, but they only fell, nothing sounding over 500 Hz, until the voice rose out of
    them -- 0.12 s after the thud, the ring 26 dB under its peak.  A voice 0.06 s after it (the ring 13 dB under its
    peak) may have begun under it: left."""
    from aligner.align.low_thuds import start_after_thud

    voice = FEET + 0.12
    start = start_after_thud(_thud_then_line(voice=voice, ring=0.04, top=250.0), FEET, 0.2, voice + 0.3)
    assert start is not None and abs(start - voice) <= 0.03, start
    assert start_after_thud(_thud_then_line(voice=FEET + 0.06, ring=0.04, top=250.0), FEET, 0.2, FEET + 0.4) is None


def test_starts_after_thuds_moves_only_the_line_whose_start_is_on_a_thud():
    from aligner.align.low_thuds import starts_after_thuds

    audio = _thud_then_line()

    def placed(a: float, b: float) -> Placed:
        words = (Word("Press", a, VOICE + 0.25, 0.9), Word("one.", VOICE + 0.25, b, 0.9))
        return Placed(Segment("Press one.", a, b, words=words), ("exact", "exact"))

    items = [placed(FEET, 2.3)]
    assert starts_after_thuds(items, audio) == 1
    assert abs(items[0].segment.start - VOICE) <= 0.03 and items[0].segment.words[0].start == items[0].segment.start
    right = [placed(VOICE, 2.3)]
    assert starts_after_thuds(right, audio) == 0 and right[0].segment.start == VOICE
