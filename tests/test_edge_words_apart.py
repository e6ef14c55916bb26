"""A line's edge word the phone pass carried across a pause from where Whisper heard it (edge_words_apart.py)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.edge_words_apart import carried_edge
from aligner.align.placement import Placed
from aligner.audio import Audio
from aligner.document import Segment, Word

from test_boundaries import _ScriptedAligner

RATE = 16000


def _audio(spans, seconds: float = 7.0, seed: int = 3) -> Audio:
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 0.002, int(seconds * RATE)).astype(np.float32)
    for a, b in spans:
        t = np.arange(int((b - a) * RATE)) / RATE
        x[int(a * RATE):int(a * RATE) + len(t)] += 0.2 * np.sin(2 * np.pi * 160 * t)
    return Audio.from_float(x)


#: "Please enter the area code." said 0.5-3.4 s; 1.6 s of quiet; the next line's sound from 5.0 s.
SPANS = [(0.5, 3.4), (5.0, 6.5)]


def _line(last_heard=(3.0, 3.4)) -> Segment:
    words = (Word("Please", 0.5, 1.0, 0.9), Word("enter", 1.0, 1.5, 0.9), Word("the", 1.5, 1.8, 0.9),
             Word("area", 1.8, 2.6, 0.9), Word("code.", *last_heard, 0.4))
    return Segment("Please enter the area code.", 0.5, last_heard[1], words=words)


HOWS = ("exact", "exact", "exact", "exact", "substituted")
#: The phone pass's words with "code." carried across the pause onto the next line's first sound.
CARRIED = [(0.5, 1.0), (1.0, 1.5), (1.5, 1.8), (1.8, 2.6), (5.0, 5.3)]


def test_a_last_word_whisper_heard_before_the_pause_but_phone_aligned_after_it_is_carried():
    env = Envelope(_audio(SPANS))
    found = carried_edge([_line()], [HOWS], [CARRIED], env)
    assert found is not None
    pos, side, word, cut = found[:4]
    assert (pos, side, word) == (0, +1, 4)
    assert 3.4 < cut < 5.0, cut  # in the quiet before the sound the word was given


def test_a_last_word_said_after_a_real_pause_and_heard_there_is_left_alone():
    env = Envelope(_audio([(0.5, 2.6), (5.0, 5.3)]))
    # "..., area | code." with the pause inside the line: Whisper heard "code." after it, where the phone pass put it
    assert carried_edge([_line((4.9, 5.4))], [HOWS], [CARRIED], env) is None


def test_no_pause_between_the_edge_word_and_its_line_is_no_carry():
    env = Envelope(_audio(SPANS))
    close = CARRIED[:4] + [(2.75, 3.3)]  # 0.15 s after "area": a stop's closure, not a pause
    assert carried_edge([_line((3.4, 3.8))], [HOWS], [close], env) is None


def test_an_edge_word_whisper_did_not_hear_says_nothing_of_where_it_was_said():
    env = Envelope(_audio(SPANS))
    assert carried_edge([_line()], [HOWS[:4] + ("voiced",)], [CARRIED], env) is None


def test_a_first_word_pulled_back_onto_earlier_sound_is_carried_too():
    """A line's first word after music: the phone pass put it on the music's last note, Whisper heard it after."""
    env = Envelope(_audio([(0.3, 0.9), (2.0, 4.0)]))
    words = (Word("Please", 2.0, 2.4, 0.9), Word("enter", 2.4, 2.9, 0.9), Word("your", 2.9, 3.3, 0.9),
             Word("number.", 3.3, 4.0, 0.9))
    line = Segment("Please enter your number.", 2.0, 4.0, words=words)
    times = [(0.6, 0.9), (2.4, 2.9), (2.9, 3.3), (3.3, 4.0)]
    found = carried_edge([line], [("exact",) * 4], [times], env)
    assert found is not None and found[:3] == (0, -1, 0)
    assert 0.9 < found[3] < 2.0, found


class _InTurn(_ScriptedAligner):
    """Answers a text scripted with a list by its alignments in turn (the whole chunk, then the part cut in the
    pause); the last one stands."""

    def align(self, samples, words, before=(), after=(), language="en", lead_in=None, lifted_pauses=False, lines=()):
        text = " ".join(t for toks in words for t in toks)
        script = self.answers[text]
        if not isinstance(script, list):
            return super().align(samples, words, before, after, language, lead_in)
        self.answers[text] = script[0]
        try:
            return super().align(samples, words, before, after, language, lead_in)
        finally:
            self.answers[text] = script[1:] if len(script) > 1 else script


def _cut(answers: dict):
    """The line's chunk as the phone pass was given it (0.3-5.4 s: reaching into the next line's first sound),
    aligned as scripted, and what edge_words_apart makes of it: (the line's end, parts or None)."""
    from aligner.align.boundaries import _Chunk, PhoneticRefiner
    from aligner.align.edge_words_apart import cut_where_carried

    audio = _audio(SPANS)
    env = Envelope(audio)
    items = [Placed(_line(), HOWS)]
    aligner = _InTurn(audio, dict(answers))
    lo, hi = 0.3, 5.4
    words = [("please",), ("enter",), ("the",), ("area",), ("code",)]
    job = (audio.samples[audio.index(lo):audio.index(hi)], words, (), (), "en", None, False, ())
    result = aligner.align(*job)
    parts = cut_where_carried(aligner, items, audio, env, [0], lo, hi, job, result, 0.5)
    if parts is None:
        return lo + result.words[-1].end, None
    (members, a, b, part), = parts
    PhoneticRefiner._apply(items, _Chunk(members), part, a)
    return items[0].segment.end, (a, b)


def test_the_chunk_is_aligned_again_cut_in_the_pause_and_the_line_ends_where_its_last_word_was_said():
    """rd6_real_music "area code.": the phone pass put "code" on the next prompt's onset, 1.2 s late."""
    text = "please enter the area code"
    end, cut = _cut({text: [(CARRIED, ()), (CARRIED[:4] + [(2.7, 3.4)], ())]})
    assert cut is not None and 3.4 < cut[1] < 5.0, cut
    assert end == pytest.approx(3.4, abs=0.001), end


def test_a_cut_alignment_that_holds_the_edge_word_over_the_pause_is_not_kept():
    text = "please enter the area code"
    held = CARRIED[:4] + [(2.7, 4.6)]  # "code" held 1.9 s: no four-phone word lasts that long
    end, cut = _cut({text: [(CARRIED, ()), (held, ())]})
    assert cut is None and end == pytest.approx(5.3, abs=0.001)


def test_a_last_word_whisper_stamped_with_no_length_was_said_before_its_stamp():
    """rd49_room_tails "..., one uh.": Whisper stamped "uh." 6.57-6.58 s, the phone pass put it on music 0.8 s on."""
    env = Envelope(_audio(SPANS))
    found = carried_edge([_line((3.38, 3.38))], [HOWS], [CARRIED], env)
    assert found is not None and found[:3] == (0, +1, 4)


def test_a_first_word_whisper_stamped_with_no_length_says_nothing_of_where_it_began():
    env = Envelope(_audio([(0.3, 0.9), (2.0, 4.0)]))
    words = (Word("Please", 2.3, 2.3, 0.9), Word("enter", 2.4, 2.9, 0.9), Word("your", 2.9, 3.3, 0.9),
             Word("number.", 3.3, 4.0, 0.9))
    line = Segment("Please enter your number.", 2.3, 4.0, words=words)
    times = [(0.6, 0.9), (2.4, 2.9), (2.9, 3.3), (3.3, 4.0)]
    assert carried_edge([line], [("exact",) * 4], [times], env) is None


def test_the_next_lines_first_word_held_over_the_carried_words_sound_keeps_its_first_alignment():
    """trap_fast: "forth." carried onto a second of noise; cut in the pause before it, the next line's unheard
    "For", aligned anew, took that noise instead -- so that side keeps the whole chunk's alignment."""
    from aligner.align.edge_words_apart import cut_where_carried

    audio = _audio([(0.5, 3.4), (5.0, 5.6), (6.0, 6.9)], seconds=7.5)  # the line; a burst of noise; "Thank you."
    env = Envelope(audio)
    nxt = Segment("Thank you.", 6.0, 6.9, words=(Word("Thank", 6.0, 6.4, 0.9), Word("you.", 6.4, 6.9, 0.9)))
    items = [Placed(_line(), HOWS), Placed(nxt, ("voiced", "exact"))]
    whole = CARRIED[:4] + [(5.0, 5.6), (6.0, 6.4), (6.4, 6.9)]
    aligner = _InTurn(audio, {"please enter the area code thank you": (whole, ()),
                              "please enter the area code": (CARRIED[:4] + [(2.7, 3.4)], ()),
                              "thank you": ([(4.3, 6.4), (6.4, 6.9)], ())})  # "Thank" held 2.1 s over the noise
    lo, hi = 0.3, 7.2
    words = [("please",), ("enter",), ("the",), ("area",), ("code",), ("thank",), ("you",)]
    job = (audio.samples[audio.index(lo):audio.index(hi)], words, (), (), "en", None, False, ())
    parts = cut_where_carried(aligner, items, audio, env, [0, 1], lo, hi, job, aligner.align(*job), 0.5)
    assert parts is not None and len(parts) == 2
    (_, a, cut, head), (_, cut2, b, tail) = parts
    assert cut == cut2 and 3.4 < cut < 5.0
    assert a + head.words[4].end == pytest.approx(3.4, abs=0.001)
    assert cut + tail.words[0].start == pytest.approx(6.0, abs=0.001)  # as the whole chunk had it


def _two_lines(first_of_second=(0.0, 0.0)):
    """A line (0.5-3.4 s) and the next one (5.0-6.5 s) with their words' Whisper times."""
    nxt = Segment("Then we close.", 5.0, 6.5, words=(Word("Then", *first_of_second, 0.3), Word("we", 5.3, 5.8, 0.9),
                                                      Word("close.", 5.8, 6.5, 0.9)))
    return [_line(), nxt]


def test_a_first_word_glued_to_the_line_before_and_apart_from_its_own_is_carried_with_no_word_of_whispers():
    """gx_sv_espeak_reactions_g722wav "Då | avslutar": the phone pass put the unheard "Då" on a listener's "Okej."
    right after the line before, 1.1 s before the rest of its line: the text breaks between the lines, not there."""
    env = Envelope(_audio([(0.5, 3.4), (3.45, 3.8), (5.0, 6.5)]))  # the line, a listener's word, the next line
    times = [CARRIED[:4] + [(2.7, 3.4)], [(3.45, 3.8), (5.0, 5.6), (5.6, 6.5)]]
    found = carried_edge(_two_lines(), [HOWS, ("voiced", "exact", "exact")], times, env)
    assert found is not None and found[:3] == (1, -1, 0) and found.by_text
    assert 3.8 < found.cut < 5.0, found


def test_a_first_word_with_a_pause_of_its_own_before_it_is_not_glued_to_the_line_before():
    """"... code. | So, | then ...": a pause on both sides of the first word is the speaker's, not a carry."""
    env = Envelope(_audio([(0.5, 3.4), (4.0, 4.3), (5.0, 6.5)]))
    times = [CARRIED[:4] + [(2.7, 3.4)], [(4.0, 4.3), (5.0, 5.6), (5.6, 6.5)]]
    assert carried_edge(_two_lines(), [HOWS, ("voiced", "exact", "exact")], times, env) is None


def test_the_line_before_the_chunk_counts_where_it_ended():
    """gx_fr_real_reactions_w64 "Pour | récupérer": the line was a chunk of its own; the line before ended where the
    listener's "D'accord." began."""
    env = Envelope(_audio([(0.5, 3.4), (3.45, 3.8), (5.0, 6.5)]))
    line = _two_lines()[1]
    times = [[(3.45, 3.8), (5.0, 5.6), (5.6, 6.5)]]
    assert carried_edge([line], [("voiced", "exact", "exact")], times, env) is None  # nothing before it known
    found = carried_edge([line], [("voiced", "exact", "exact")], times, env, end_before=3.4)
    assert found is not None and found[:3] == (0, -1, 0) and found.by_text


@pytest.mark.skipif(not __import__("synth").espeak_available(), reason="needs espeak-ng")
def test_a_lines_first_word_put_on_a_listeners_interjection_comes_back_to_its_line():
    """espeak-ng Swedish, sentence by sentence: a line, a listener's "Okej." (another voice, 7 dB under) 0.1 s after
    it, the next line 1.1 s after it.  Whisper did not hear the next line's "Då" (placed just after the line before);
    the phone pass, given both lines in one chunk, put "Då" on the "Okej." -- the line started 1.1 s early."""
    from synth import RATE as SYNTH_RATE, speak
    from aligner.align.boundaries import PhoneticRefiner

    first, second = ("Ni som har synpunkter kan skriva till styrelsen före midsommar.",
                     "Då avslutar vi mötet, och det finns kaffe i köket.")
    a, b, okej = speak(first, "sv+m6", 150), speak(second, "sv+m6", 150), speak("Okej.", "sv+f4", 165)

    def rms(x):
        return float(np.sqrt(np.mean(x[np.abs(x) > 0.01] ** 2)))
    okej = okej * rms(a) / rms(okej) * 10 ** (-7 / 20)
    ta = (0.5, 0.5 + len(a) / SYNTH_RATE)
    tb = (ta[1] + 1.1, ta[1] + 1.1 + len(b) / SYNTH_RATE)
    x = np.random.default_rng(0).normal(0, 0.0005, int((tb[1] + 0.6) * SYNTH_RATE)).astype(np.float32)
    for t, y in ((ta[0], a), (ta[1] + 0.1, okej), (tb[0], b)):
        x[int(t * SYNTH_RATE):int(t * SYNTH_RATE) + len(y)] += y
    audio = Audio.from_float(x)

    def spread(words, t0, t1):
        step = (t1 - t0) / len(words)
        return tuple(Word(w, t0 + k * step, t0 + (k + 1) * step, 0.9) for k, w in enumerate(words))

    seg_a = Segment(first, *ta, words=spread(first.split(), *ta))
    hows_a = ("exact",) * len(seg_a.words)
    # "Då" unheard, laid from the line before's end to just inside the next line's sound; the rest heard in place
    rest = second.split()[1:]
    seg_b = Segment(second, ta[1], tb[1],
                    words=(Word("Då", ta[1], tb[0] + 0.2, 0.3),) + spread(rest, tb[0] + 0.2, tb[1]))
    hows_b = ("voiced",) + ("exact",) * len(rest)
    items = [Placed(seg_a, hows_a), Placed(seg_b, hows_b)]
    done = PhoneticRefiner().refine(items, audio, Envelope(audio), 0.0, len(x) / SYNTH_RATE, None, language="sv")
    assert done == [True, True]
    assert items[1].segment.start == pytest.approx(tb[0], abs=0.1), (items[1].segment.start, tb[0])
    assert items[0].segment.end == pytest.approx(ta[1], abs=0.1), (items[0].segment.end, ta[1])


def test_after_the_cut_the_line_keeps_the_whole_chunks_alignment_from_where_the_two_meet():
    """gx_fr_real_reactions_w64: cut after the carried "Pour", the part searched from the cut ended the line's "7."
    170 ms earlier than the whole chunk had it; from "ce" on both put the words on the same frames."""
    from aligner.align.edge_words_apart import _as_before_where_they_meet
    from aligner.align.phonetic import ChunkAlignment, WordTiming

    lo, cut, hi = 21.62, 22.44, 26.11
    whole = ChunkAlignment(words=(WordTiming(0.18, 0.48, 0.8), WordTiming(1.19, 1.94, 0.5),
                                  WordTiming(1.94, 2.11, 0.5), WordTiming(3.68, 4.05, 0.7)),
                           duration=hi - lo, plausible=True)
    tail = ChunkAlignment(words=(WordTiming(0.32, 0.49, 0.8), WordTiming(0.49, 0.99, 0.5),
                                 WordTiming(1.115, 1.29, 0.5), WordTiming(2.86, 3.07, 0.7)),
                          duration=hi - cut, plausible=True)
    merged = _as_before_where_they_meet(tail, whole, lo, cut, 0)
    assert [round(cut + t.start, 2) for t in merged.words] == [22.76, 22.93, 23.56, 25.30]
    assert round(cut + merged.words[-1].end, 2) == 25.67  # the whole chunk's end of the line, not 25.51
    apart = ChunkAlignment(words=tail.words[:2] + (WordTiming(1.30, 1.4, 0.5), WordTiming(2.90, 3.07, 0.7)),
                           duration=hi - cut, plausible=True)
    assert _as_before_where_they_meet(apart, whole, lo, cut, 0) == apart  # they never meet: the part as searched


def test_a_first_word_the_text_breaks_after_may_have_a_pause_of_its_own():
    """"... code. | Well, | then ...": said right after the line before, the comma's pause after it is the text's own."""
    env = Envelope(_audio([(0.5, 3.4), (3.45, 3.8), (5.0, 6.5)]))
    line = Segment("Well, then close.", 3.45, 6.5, words=(Word("Well,", 3.45, 3.8, 0.9), Word("then", 5.0, 5.6, 0.9),
                                                           Word("close.", 5.6, 6.5, 0.9)))
    times = [CARRIED[:4] + [(2.7, 3.4)], [(3.45, 3.8), (5.0, 5.6), (5.6, 6.5)]]
    assert carried_edge([_line(), line], [HOWS, ("exact",) * 3], times, env) is None
