"""An end cut on its last loud sound: its last word is short for the talk and a weak sound goes on after it."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.clipped_ends import (OVER_FLOOR_DB, background_swells_after, end_cut_short, last_word_short,
                                        sound_over_floor_after, typical_last_word, voice_stopped_at)
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_CUT_SHORT, LOW_CONFIDENCE, Segment, Word

RATE = 16000
LOUD_END = 2.6  #: where the line's loud part stops
WEAK_END = 2.85  #: where its weak last sound (a fading syllable, a final nasal) stops
NEXT = 4.0  #: where the next line starts


def _recording(weak_tail: bool) -> Envelope:
    """Faint noise (-60 dB), a noise-like 'line' from 1.0 s to LOUD_END, then (``weak_tail``) its weak rest 6 dB
    under it up to WEAK_END (a fading syllable, a final nasal: a voice cut early goes on near its level), a quiet
    pause, and the next line from NEXT."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(5.0 * RATE))
    spans = [(1.0, LOUD_END, 0.2), (NEXT, 4.8, 0.2)] + ([(LOUD_END, WEAK_END, 0.1)] if weak_tail else [])
    for a, b, level in spans:
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(end: float, last: str = "again") -> Segment:
    """"Please try the number again" (or ``last`` for "again"), its last word ending at ``end``."""
    times = [(1.0, 1.4), (1.4, 1.7), (1.7, 1.85), (1.85, 2.3), (2.3, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "try", "the", "number", last], times))
    return Segment(f"Please try the number {last}", 1.0, end, words=words)


#: How long the talk's last words last per phone (s): "again" (4 phones) is short under 0.375 s.
PER_PHONE = 0.125


def test_the_talks_pace_is_read_from_its_lines_last_words():
    """Last words are drawn out; a cut one is measured against the talk's other last words, also where every
    line is a single word (a list of prompts)."""
    lines = [_line(end) for end in (2.8, 2.8, 2.8, 2.8, 2.9)]  # "again" 0.5 s (0.125 s a phone) or 0.6 s
    assert typical_last_word(lines) is None  # five lines are too few to say how the talk ends its lines
    assert abs(typical_last_word(lines + [_line(2.9)] * 4) - 0.15) < 1e-9  # most lines end slower
    assert abs(typical_last_word(lines + [_line(2.7)]) - 0.125) < 1e-9  # a median: one short line moves it little
    words = [Segment(t, a, a + 0.42, words=(Word(t, a, a + 0.42),)) for a, t in zip(range(10), ["Eleven."] * 10)]
    assert abs(typical_last_word(words) - 0.07) < 1e-9  # one-word lines: "Eleven." has six phones
    assert last_word_short(_line(LOUD_END), PER_PHONE) and not last_word_short(_line(WEAK_END), PER_PHONE)


def test_a_short_last_word_with_a_weak_sound_going_on_after_it_is_an_end_cut_short_and_neither_sign_alone_is():
    """Cut on its loud part, the line's last word comes out short and its weak rest stands over the pause's
    floor after the end: review it.  Ended where the weak rest stops, it is not; a quickly said last word with
    nothing after it is not; nor is a drawn-out last word followed by a weak sound (a room's tail)."""
    tail, clean = _recording(weak_tail=True), _recording(weak_tail=False)
    assert end_cut_short(tail, _line(LOUD_END), NEXT, PER_PHONE)
    assert not end_cut_short(tail, _line(WEAK_END), NEXT, PER_PHONE)
    assert not end_cut_short(clean, _line(LOUD_END), NEXT, PER_PHONE)
    assert not end_cut_short(tail, _line(LOUD_END), NEXT, 0.09)  # "again" is not short in a talk this quick
    assert not end_cut_short(tail, _line(LOUD_END), NEXT, None)  # too few lines to say how the talk ends them
    assert not end_cut_short(tail, _line(LOUD_END), LOUD_END + 0.3, PER_PHONE)  # no pause to measure a floor in


def test_an_end_cut_short_sends_its_line_to_review_with_its_reason():
    tail = _recording(weak_tail=True)
    st = Stretch([0], 0.0, NEXT)
    for end, doubted in ((LOUD_END, True), (WEAK_END, False)):
        item = Placed(_line(end), ("exact",) * 5, (0.9,) * 5)
        around = surroundings([item], 0, [], tail, st, per_phone=PER_PHONE)
        assert (END_CUT_SHORT in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_CUT_SHORT) == doubted and seg.has(LOW_CONFIDENCE) == doubted
    cut = Placed(_line(LOUD_END), ("exact",) * 5, (0.9,) * 5)
    assert END_CUT_SHORT not in surroundings([cut], 0, [], tail, st)[4]  # the talk's pace unknown: no verdict


def _bed_after_a_line(after_end: str, rest: float = 0.1) -> Audio:
    """A white bed (-50 dB), a noise-like 'line' from 1.0 s to LOUD_END and the next from NEXT; right after the end
    (``after_end``) the bed swells 6 dB for 0.6 s, every octave alike (a murmur swelling, a codec's noise following
    the voice down), or (any other ``after_end``) a sound goes on for 0.25 s in the octave a nasal's murmur or a
    machine's rumble fills (150-450 Hz) alone, by default 6 dB under the line (a voice cut early goes on near its
    level; ``rest``: its level, the line's is 0.2)."""
    rng = np.random.default_rng(11)
    x = 0.003 * rng.normal(size=int(5.0 * RATE))
    for a, b in ((1.0, LOUD_END), (NEXT, 4.8)):
        x[int(a * RATE):int(b * RATE)] += 0.2 * rng.normal(size=int(b * RATE) - int(a * RATE))
    a = int(LOUD_END * RATE)
    if after_end == "swell":
        x[a:a + int(0.6 * RATE)] *= 2.0
    else:
        spectrum = np.fft.rfft(rng.normal(size=int(0.25 * RATE)))
        freqs = np.fft.rfftfreq(int(0.25 * RATE), 1.0 / RATE)
        band = np.fft.irfft(spectrum * ((freqs >= 150) & (freqs <= 450)), int(0.25 * RATE))
        x[a:a + len(band)] += rest * band / np.std(band)
    return Audio.from_float(x.astype(np.float32))


def test_the_pauses_own_background_swelling_after_a_right_end_is_no_cut_words_rest():
    """j185: the pause's floor is its quieter half, so a background that swells after a right end stands over it as a
    cut word's weak rest does, and the level alone doubts the end (``rx_festival_chime_dashes``' murmur,
    ``bx_real_minidisc_page``'s codec).  Heard octave by octave it rises alike in every one: no doubt.  A weak rest
    in one octave (a nasal's murmur) is still doubted."""
    swell, nasal = _bed_after_a_line("swell"), _bed_after_a_line("nasal")
    assert end_cut_short(Envelope(nasal), _line(LOUD_END), NEXT, PER_PHONE)  # by level alone
    # the swell stands over the floor too, but 30 dB under the line: the voice stopped at the end (j203)
    assert sound_over_floor_after(Envelope(swell), LOUD_END, NEXT) >= OVER_FLOOR_DB
    assert voice_stopped_at(Envelope(swell), _line(LOUD_END))
    assert background_swells_after(swell, LOUD_END, NEXT) and not background_swells_after(nasal, LOUD_END, NEXT)
    assert not end_cut_short(Envelope(swell), _line(LOUD_END), NEXT, PER_PHONE, swell)
    assert end_cut_short(Envelope(nasal), _line(LOUD_END), NEXT, PER_PHONE, nasal)
    st = Stretch([0], 0.0, NEXT)
    for audio, doubted in ((swell, False), (nasal, True)):
        item = Placed(_line(LOUD_END), ("exact",) * 5, (0.9,) * 5)
        reasons = surroundings([item], 0, [], Envelope(audio), st, audio, PER_PHONE, english=True)[4]
        assert (END_CUT_SHORT in reasons) == doubted


def test_a_line_whose_voice_stops_at_its_end_is_not_cut_short_by_a_low_background_after_it():
    """j203: festival and espeak lines under a lift or a ceiling fan ended right, their last word short for the talk,
    and the machine's low rumble after the end stood over the pause's floor unevenly across octaves, so neither the
    level nor the octaves' shape excused it.  But the voice stopped there: the sound fell 26 dB at once and stayed down,
    where a voice cut early goes on near its level.  Not doubted; the same fall after a last word that may end in a
    hiss ("twice": a final /s/ lies that far under its vowel) is still doubted."""
    rumble = _bed_after_a_line("rumble", rest=0.01)
    env = Envelope(rumble)
    assert sound_over_floor_after(env, LOUD_END, NEXT) >= OVER_FLOOR_DB
    assert not background_swells_after(rumble, LOUD_END, NEXT)
    assert voice_stopped_at(env, _line(LOUD_END)) and not voice_stopped_at(env, _line(LOUD_END, "twice"))
    assert not end_cut_short(env, _line(LOUD_END), NEXT, PER_PHONE, rumble)
    assert end_cut_short(env, _line(LOUD_END, "twice"), NEXT, PER_PHONE, rumble)
    nasal = _bed_after_a_line("nasal")  # the same band 6 dB under the line: the voice went on
    assert not voice_stopped_at(Envelope(nasal), _line(LOUD_END))
    st = Stretch([0], 0.0, NEXT)
    for last, doubted in (("again", False), ("twice", True)):
        item = Placed(_line(LOUD_END, last), ("exact",) * 5, (0.9,) * 5)
        reasons = surroundings([item], 0, [], env, st, rumble, PER_PHONE, english=True)[4]
        assert (END_CUT_SHORT in reasons) == doubted
