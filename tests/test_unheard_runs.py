"""Lines Whisper never heard, forced onto the sound between the heard words (aligner.align.unheard_runs)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aligner.align.activity import Envelope
from aligner.align.unheard_runs import force_unheard_runs, unheard_runs
from aligner.audio import load_audio
from placing import placed_over
from synth import espeak_available, synthesize_talk

LINES = ["Un ratón de ordenador.", "Un hongo venenoso en el bosque.", "Una torre cuadrada y muy alta."]


def _unheard(item, how: str = "voiced"):
    """``item`` as placement leaves a line no heard word was matched to."""
    return replace(item, hows=(how,) * len(item.hows))


def test_only_runs_holding_a_whole_line_are_forced_and_reach_to_the_heard_words_around_them():
    heard = placed_over(LINES[0], 0.5, 2.0)
    one_missed = placed_over(LINES[1], 2.5, 4.0)
    one_missed.hows = ("exact", "exact", "voiced", "exact", "exact", "exact")
    assert unheard_runs([heard, one_missed], 0.0, 5.0) == []  # one word unheard inside heard speech

    tail = [_unheard(placed_over(LINES[1], 2.1, 2.4)), _unheard(placed_over(LINES[2], 2.4, 2.7))]
    runs = unheard_runs([heard, *tail], 0.0, 9.0)
    assert len(runs) == 1
    lo, hi, words = runs[0]
    assert (lo, hi) == (heard.segment.words[-1].end, 9.0)  # after the last heard word, to the stretch's end
    assert words == [(1, j) for j in range(6)] + [(2, j) for j in range(6)]


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_lines_nobody_heard_at_a_stretchs_end_go_onto_their_own_sound(tmp_path):
    """Whisper heard the first line only; placement squeezed the two lines after it right behind it (as the
    Spanish reader's last lines under a buzz were, 2-6 s early).  Forced onto the sound after the heard line,
    each starts in the pause before its own sound (or within 0.15 s of its onset) and reaches past its middle:
    the pause pass, which runs after this, then has the right pause for every boundary."""
    from aligner.align.models import load_model, multilingual_model

    wav = tmp_path / "es.wav"
    truth = synthesize_talk(LINES, wav, pauses=[1.2, 1.0], voices=("es",))
    audio = load_audio(str(wav))
    env = Envelope(audio)
    first = placed_over(LINES[0], truth[0].start, truth[0].end)
    end = truth[0].end
    items = [first, _unheard(placed_over(LINES[1], end + 0.05, end + 0.45)),
             _unheard(placed_over(LINES[2], end + 0.45, end + 0.85))]
    model = load_model(multilingual_model())
    assert force_unheard_runs(items, model, audio, env, 0.0, audio.duration, "es") == 2
    assert items[0].segment == first.segment
    for item, before, t in zip(items[1:], truth, truth[1:]):
        assert before.end <= item.segment.start < t.start + 0.15, (item.segment.start, t.start)
        assert item.segment.end > t.start + 0.5 * (t.end - t.start), (item.segment.end, t)
        assert set(item.hows) == {"substituted"}


# ---------------------------------------------------------------- English: lines barely heard, squeezed off their sound
EN_LINES = ["The city council planned the winter timetable.", "A group of farmers discussed a report about air.",
            "Every visitor measured the schedule for the festival.", "The research group improved the old pipe."]
RATE = 0.065  # s per character, placement's default pace


def _barely(item, matched: int = 1, how: str = "substituted"):
    """``item`` as placement leaves a line whose words were laid over other words, ``matched`` of them paired with
    a heard word by spelling alone (the fine alignment inside a gap)."""
    n = len(item.hows)
    return replace(item, hows=("fuzzy",) * matched + (how,) * (n - matched))


def _heard(item):
    from aligner.align.recognize import HeardWord
    return [HeardWord(w.text, w.start, w.end, 0.9) for w in item.segment.words]


def _talk(second_and_third):
    """Line 0 heard over 0.5-3.0 s, line 3 over 9.5-12.0 s; lines 1 and 2 as ``second_and_third`` places them;
    sound for every line where it was said (3.5-6.0 and 6.5-9.0 s for lines 1 and 2)."""
    first, last = placed_over(EN_LINES[0], 0.5, 3.0), placed_over(EN_LINES[3], 9.5, 12.0)
    return [first, *second_and_third, last], _heard(first) + _heard(last)


def test_a_line_with_few_words_matched_counts_as_unheard_in_english_runs():
    items, _ = _talk([_barely(placed_over(EN_LINES[1], 9.0, 9.3)), _barely(placed_over(EN_LINES[2], 9.3, 9.5))])
    assert unheard_runs(items, 0.0, 13.0) == []  # a fuzzy pair in each line: no line wholly unheard
    runs = unheard_runs(items, 0.0, 13.0, barely=True)
    assert len(runs) == 1
    lo, hi, words = runs[0]
    assert (lo, hi) == (3.0, 9.5)  # from the heard line before to the heard line after
    assert words == [(1, j) for j in range(len(items[1].hows))] + [(2, j) for j in range(len(items[2].hows))]
    half = replace(items[1], hows=("fuzzy",) * 5 + ("substituted",) * 3)  # 5 of 8 matched: heard
    assert unheard_runs([items[0], half, items[3]], 0.0, 13.0, barely=True) == []


def test_a_heard_lines_word_matched_seconds_from_the_rest_of_it_counts_as_unheard_in_english_runs():
    """rd27_espeak_siren_middle: a line heard up to "during", its "and" paired with the "and" heard for the line
    two on, 7 s later; the siren-covered line between was squeezed behind that "and"."""
    line = placed_over(EN_LINES[1], 3.5, 6.0)
    words = list(line.segment.words)
    words[-2] = replace(words[-2], start=12.6, end=12.8)  # "about": matched where the line after next was said
    stranded = replace(line, segment=replace(line.segment, words=tuple(words)),
                       hows=("exact",) * 6 + ("voiced", "exact", "substituted"))
    squeezed_after = _barely(placed_over(EN_LINES[2], 12.8, 13.0))
    last = placed_over(EN_LINES[3], 13.0, 15.0)
    items = [placed_over(EN_LINES[0], 0.5, 3.0), stranded, squeezed_after, last]
    assert unheard_runs(items, 0.0, 16.0) == []  # outside English: "about" heard, line 2's fuzzy pair too
    (lo, hi, words), = unheard_runs(items, 0.0, 16.0, barely=True)
    assert lo == stranded.segment.words[5].end and hi == 13.0  # from "a", its last word heard with the rest
    assert words[:3] == [(1, 6), (1, 7), (1, 8)] and {k for k, _ in words} == {1, 2}


def test_only_runs_squeezed_beside_unclaimed_sound_are_squeezed():
    from aligner.align.unheard_runs import squeezed
    from placing import noisy_envelope

    env = noisy_envelope([(0.5, 3.0), (3.5, 6.0), (6.5, 9.0), (9.5, 12.0)], 13.0, seed=1)
    items, heard = _talk([_barely(placed_over(EN_LINES[1], 9.0, 9.3)), _barely(placed_over(EN_LINES[2], 9.3, 9.5))])
    run = unheard_runs(items, 0.0, 13.0, barely=True)[0]
    assert squeezed(items, run, heard, RATE, env)  # 0.5 s for two lines, 5 s of their sound left to nobody

    laid_over_own = [_barely(placed_over(EN_LINES[1], 3.5, 6.0)), _barely(placed_over(EN_LINES[2], 6.5, 9.0))]
    items, heard = _talk(laid_over_own)  # a telephone line: mis-heard, but on its own sound
    assert not squeezed(items, unheard_runs(items, 0.0, 13.0, barely=True)[0], heard, RATE, env)

    quiet = noisy_envelope([(0.5, 3.0), (9.5, 12.0)], 13.0, seed=1)  # lines 1 and 2 never said: a quiet pause
    items, heard = _talk([_barely(placed_over(EN_LINES[1], 6.0, 6.1), 0, "unheard"),
                          _barely(placed_over(EN_LINES[2], 6.1, 6.2), 0, "unheard")])
    assert not squeezed(items, unheard_runs(items, 0.0, 13.0, barely=True)[0], heard, RATE, quiet)


def test_the_runs_own_words_heard_out_of_order_claim_none_of_its_sound():
    """Told the text, Whisper may hear a few of a run's words mixed up over the first of its lines and skip the rest
    (the fast talk at 285 words a minute): those words are the run's own, so they leave its sound unclaimed; words
    the run does not hold (someone else speaking there) still claim theirs."""
    from aligner.align.recognize import HeardWord
    from aligner.align.unheard_runs import squeezed
    from placing import noisy_envelope

    env = noisy_envelope([(0.5, 3.0), (3.5, 6.0), (6.5, 9.0), (9.5, 12.0)], 13.0, seed=1)
    items, heard = _talk([_barely(placed_over(EN_LINES[1], 9.0, 9.3)), _barely(placed_over(EN_LINES[2], 9.3, 9.5))])
    run = unheard_runs(items, 0.0, 13.0, barely=True)[0]

    def over_the_second_line(texts):
        step = 2.5 / len(texts)
        return [HeardWord(t, 3.5 + n * step, 3.5 + (n + 1) * step, 0.6) for n, t in enumerate(texts)]

    own = over_the_second_line(["the", "festival", "schedule", "every", "report,", "farmers", "about", "air."])
    assert squeezed(items, run, heard + own, RATE, env)
    foreign = over_the_second_line(["so", "anyway", "yeah", "let's", "move", "on", "now", "okay"])
    assert not squeezed(items, run, heard + foreign, RATE, env)


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_english_lines_squeezed_onto_the_next_lines_words_go_onto_their_own_sound_and_stay_flagged(tmp_path):
    """The eighth aside set's squeeze (yx_espeak_rings_stamps): Whisper heard the first and last lines only, and
    a few of the middle lines' words were paired by spelling with the last line's, squeezing both into 0.4 s
    before it.  Forced, each starts in the pause before its own sound (or within 0.15 s of its onset), reaches
    past its middle, and is still flagged for review (its words were placed by sound, not heard)."""
    from aligner.align.models import load_model, resolve_model
    from aligner.align.scoring import finish_segment
    from aligner.align.unheard_runs import force_squeezed_runs
    from aligner.document import LOW_CONFIDENCE

    wav = tmp_path / "en.wav"
    truth = synthesize_talk(EN_LINES, wav, pauses=[0.9, 1.1, 0.8], voices=("en-us", "en-gb"))
    audio = load_audio(str(wav))
    env = Envelope(audio)
    first = placed_over(EN_LINES[0], truth[0].start, truth[0].end)
    last = placed_over(EN_LINES[3], truth[3].start, truth[3].end)
    at = truth[3].start
    items = [first, _barely(placed_over(EN_LINES[1], at - 0.4, at - 0.2)),
             _barely(placed_over(EN_LINES[2], at - 0.2, at - 0.05)), last]
    model = load_model(resolve_model(None))
    assert force_squeezed_runs(items, _heard(first) + _heard(last), RATE, model, audio, env, 0.0,
                               audio.duration, "en") == 2
    assert items[0].segment == first.segment and items[3].segment == last.segment
    for item, before, t in zip(items[1:3], truth, truth[1:3]):
        assert before.end <= item.segment.start < t.start + 0.15, (item.segment.start, t.start)
        assert item.segment.end > t.start + 0.5 * (t.end - t.start), (item.segment.end, t)
        assert set(item.hows) == {"substituted"}
        assert LOW_CONFIDENCE in finish_segment(item, True, True).flags


# ------------------------------------------------------------ English: lines nobody heard, where their room holds them
def test_a_run_of_lines_nobody_heard_has_room_only_where_unclaimed_sound_can_hold_its_words():
    from aligner.align.recognize import HeardWord
    from aligner.align.unheard_runs import has_room
    from placing import noisy_envelope

    spread = [_unheard(placed_over(EN_LINES[1], 3.1, 7.5)), _unheard(placed_over(EN_LINES[2], 7.5, 9.4))]
    items, heard = _talk(spread)  # spread over the gap, not squeezed: the squeezed-run rule leaves them
    run, = unheard_runs(items, 0.0, 13.0)
    env = noisy_envelope([(0.5, 3.0), (3.5, 6.0), (6.5, 9.0), (9.5, 12.0)], 13.0, seed=1)
    assert has_room(items, run, heard, RATE, env)  # 5 s of sound nobody's words cover, for ~6.5 s of text

    quiet = noisy_envelope([(0.5, 3.0), (9.5, 12.0)], 13.0, seed=1)  # never said: a pause between heard lines
    assert not has_room(items, run, heard, RATE, quiet)
    short = noisy_envelope([(0.5, 3.0), (5.0, 6.0), (9.5, 12.0)], 13.0, seed=1)  # 1 s: too little at twice the pace
    assert not has_room(items, run, heard, RATE, short)
    others = [HeardWord(t, 3.5 + 0.5 * n, 4.0 + 0.5 * n, 0.8) for n, t in enumerate(
        ["so", "anyway", "yeah", "let's", "move", "on", "now", "okay", "right", "then", "well"])]
    assert not has_room(items, run, heard + others, RATE, env)  # speech heard there that is not the run's own


def test_a_one_word_line_nobody_heard_between_heard_lines_is_left_to_placement():
    """"Goodbye." between two heard lines: bounded closely by them, and one word's probability says little."""
    from aligner.align.unheard_runs import force_english_unheard_runs
    from placing import noisy_envelope

    items, heard = _talk([_unheard(placed_over("Goodbye.", 3.6, 4.2))])
    run, = unheard_runs(items, 0.0, 13.0)
    env = noisy_envelope([(0.5, 3.0), (3.5, 4.3), (9.5, 12.0)], 13.0, seed=1)
    before = items[1].segment
    assert force_english_unheard_runs(items, [run], heard, RATE, None, None, env, "en") == 0  # the model never asked
    assert items[1].segment == before


def _engine_talk(tmp_path, lines, pauses):
    from aligner.align.models import load_model, resolve_model

    wav = tmp_path / "en.wav"
    truth = synthesize_talk(lines, wav, pauses=pauses, voices=("en-us", "en-gb"))
    audio = load_audio(str(wav))
    return truth, audio, Envelope(audio), load_model(resolve_model(None))


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_english_lines_nobody_heard_spread_wrongly_over_their_room_go_onto_their_own_sound(tmp_path):
    """A siren over lines 1 and 2: Whisper heard neither; placement spread them over the gap by guess, line 1
    over most of both lines' sound (not squeezed, so the squeezed-run rule leaves them).  Forced, each starts
    in the pause before its own sound (or within 0.15 s of its onset) and reaches past its middle, flagged by
    its substituted words."""
    from aligner.align.unheard_runs import force_english_runs, squeezed

    truth, audio, env, model = _engine_talk(tmp_path, EN_LINES, [0.9, 1.1, 0.8])
    first = placed_over(EN_LINES[0], truth[0].start, truth[0].end)
    last = placed_over(EN_LINES[3], truth[3].start, truth[3].end)
    split = truth[2].end - 0.55 * (truth[2].end - truth[2].start)  # line 1 reaches over half of line 2
    items = [first, _unheard(placed_over(EN_LINES[1], truth[0].end + 0.1, split)),
             _unheard(placed_over(EN_LINES[2], split, truth[3].start - 0.1)), last]
    heard = _heard(first) + _heard(last)
    assert not any(squeezed(items, run, heard, RATE, env) for run in unheard_runs(items, 0.0, audio.duration, True))
    assert force_english_runs(items, heard, RATE, model, audio, env, 0.0, audio.duration, "en") == 2
    assert items[0].segment == first.segment and items[3].segment == last.segment
    for item, before, t in zip(items[1:3], truth, truth[1:3]):
        assert before.end <= item.segment.start < t.start + 0.15, (item.segment.start, t.start)
        assert item.segment.end > t.start + 0.5 * (t.end - t.start), (item.segment.end, t)
        assert set(item.hows) == {"substituted"}


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
@pytest.mark.parametrize("between", ["pause", "unscripted"])
def test_an_english_line_never_said_between_heard_lines_stays_unheard_and_flagged(tmp_path, between):
    """An added line (in the transcript, never said) between two heard lines: only the pause is left for it (or a
    sentence the transcript lacks, whose heard words claim its sound), so it is not forced onto anyone's speech; it
    keeps placement's short span and its "not heard" flag."""
    from aligner.align.unheard_runs import force_english_runs
    from aligner.document import NOT_HEARD

    other = "Nobody expected the heavy rain to stop before noon."
    said = [EN_LINES[0], EN_LINES[1]] + ([other] if between == "unscripted" else []) + [EN_LINES[3]]
    truth, audio, env, model = _engine_talk(tmp_path, said, [1.0] * (len(said) - 1))
    placed = [placed_over(text, t.start, t.end) for text, t in zip(said, truth)]
    heard = [w for item in placed for w in _heard(item)]  # the unscripted sentence heard too
    gap = (truth[1].end + truth[2].start) / 2
    added = _unheard(placed_over(EN_LINES[2], gap - 0.1, gap + 0.1), "unheard")
    added.segment = replace(added.segment, flags=added.segment.flags | {NOT_HEARD})
    items = [placed[0], placed[1], added, placed[-1]]
    before = [item.segment for item in items]
    assert force_english_runs(items, heard, RATE, model, audio, env, 0.0, audio.duration, "en") == 0
    assert [item.segment for item in items] == before
    assert NOT_HEARD in items[2].segment.flags


def test_the_fastest_well_heard_line_sets_the_pace_a_run_nobody_heard_is_given_room_at():
    """A slow voice and a quick one: the talk's pooled rate is the slow voice's; a quick line heard well is
    faster.  A line too little heard, or too short, times nothing; no pace is faster than FASTEST."""
    from aligner.align.speaking_rate import FASTEST
    from aligner.align.unheard_runs import fastest_heard_pace

    slow = placed_over(EN_LINES[0], 0.5, 7.5)  # 46 characters in 7 s: 0.13 s per character
    quick = placed_over(EN_LINES[1], 8.0, 10.5)  # 48 characters (and spaces) in 2.5 s
    pace = fastest_heard_pace([slow, quick], 0.13)
    assert 0.045 < pace < 0.055
    assert fastest_heard_pace([slow], 0.13) == 0.13  # no quicker line: the talk's rate
    assert fastest_heard_pace([slow, _barely(quick, matched=5)], 0.13) == 0.13  # 5 of 9 words heard: no pace
    assert fastest_heard_pace([slow, placed_over("Yes, it is.", 8.0, 8.1)], 0.13) == 0.13  # three words: none
    assert fastest_heard_pace([slow, placed_over(EN_LINES[1], 8.0, 8.5)], 0.13) == FASTEST


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_quick_voices_last_line_nobody_heard_goes_onto_its_sound_in_a_talk_paced_by_a_slow_voice(tmp_path):
    """ky_festival_sheep_organ_dashes: the pooled rate was a slow voice's (0.092 s per character), so the quick
    voice's last line, which Whisper heard none of, had no room in its 3.4 s of sound and stayed squeezed to 0.2 s
    after the line before, "not heard".  Paced by the talk's fastest heard line, it has room: forced onto its own
    sound."""
    from aligner.align.unheard_runs import force_english_runs, has_room

    truth, audio, env, model = _engine_talk(tmp_path, EN_LINES, [0.9, 1.1, 0.8])
    heard_items = [placed_over(text, t.start, t.end) for text, t in zip(EN_LINES[:3], truth)]
    end = truth[2].end
    items = heard_items + [_unheard(placed_over(EN_LINES[3], end + 0.05, end + 0.25), "unheard")]
    heard = [w for item in heard_items for w in _heard(item)]
    slow = 0.15  # the pooled pace of a talk whose other voice is slow
    run, = unheard_runs(items, 0.0, audio.duration)
    assert not has_room(items, run, heard, slow, env)  # at the slow voice's pace its sound is too short
    assert force_english_runs(items, heard, slow, model, audio, env, 0.0, audio.duration, "en") == 1
    assert [item.segment for item in items[:3]] == [item.segment for item in heard_items]
    t = truth[3]
    assert end <= items[3].segment.start < t.start + 0.15, (items[3].segment.start, t.start)
    assert items[3].segment.end > t.start + 0.5 * (t.end - t.start), (items[3].segment.end, t)
