"""The words of a line nobody heard, placed on their sound between the line's bounds (words_in_lines)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import synth
from aligner.align.placement import Placed
from aligner.align.words_in_lines import place_words_within_lines, unplaced_lines
from aligner.audio import Audio
from aligner.document import Segment, Word

RATE = synth.RATE
needs_espeak = pytest.mark.skipif(not synth.espeak_available(), reason="needs espeak-ng")

HEAD, TAIL = "The board of directors", "planned the school lunch menu in the spring."


def _line_with_a_pause(band: bool = False) -> tuple[Audio, float, float, float, float]:
    """One line said in two breaths with 0.5 s between them (``tx_festival_horn_dashes``' "directors | planned"),
    optionally through a megaphone's 450-4000 Hz band; returns the audio, the line's start, where "directors" ends,
    where "planned" starts and the line's end."""
    rng = np.random.default_rng(0)
    a, b = synth.speak(HEAD), synth.speak(TAIL)
    lead, pause = 0.6, 0.5
    x = np.concatenate([np.zeros(int(lead * RATE)), a, np.zeros(int(pause * RATE)), b,
                        np.zeros(int(0.6 * RATE))]).astype(np.float32)
    if band:
        x = synth.smooth_band(x, 450.0, 4000.0).astype(np.float32)
    x += rng.normal(0, 0.0005, len(x)).astype(np.float32)
    t_head_end = lead + len(a) / RATE
    t_tail_start = t_head_end + pause
    return Audio.from_float(x), lead, t_head_end, t_tail_start, t_tail_start + len(b) / RATE


def _evenly(text: str, start: float, end: float, how: str = "substituted") -> Placed:
    """The line's words tiled over its bounds by their letters, as a forced or spread placement leaves them when
    its bounds are then moved into the pauses."""
    names = text.split()
    letters = np.cumsum([0] + [len(w) for w in names]) / sum(len(w) for w in names)
    words = tuple(Word(w, start + (end - start) * letters[k], start + (end - start) * letters[k + 1], 0.3)
                  for k, w in enumerate(names))
    return Placed(Segment(text, start, end, words=words), (how,) * len(names))


@needs_espeak
@pytest.mark.parametrize("band", [False, True], ids=["plain", "megaphone band"])
def test_a_forced_lines_words_leave_the_pause_inside_it_and_keep_the_lines_bounds(band):
    audio, start, head_end, tail_start, end = _line_with_a_pause(band)
    item = _evenly(f"{HEAD} {TAIL}", start, end)
    spread = item.segment.words
    assert spread[3].end > head_end + 0.1 and spread[4].start < tail_start - 0.1  # the tiling covers the pause

    assert place_words_within_lines([item], audio) == 1
    s = item.segment
    assert (s.start, s.end) == (start, end)
    assert (s.words[0].start, s.words[-1].end) == (start, end)
    directors, planned = s.words[3], s.words[4]
    assert abs(directors.end - head_end) < 0.05, (directors, head_end)
    assert abs(planned.start - tail_start) < 0.05, (planned, tail_start)
    assert all(w.start <= w.end <= v.start + 1e-9 for w, v in zip(s.words, s.words[1:]))


@needs_espeak
def test_a_line_with_no_path_through_its_sound_keeps_its_words():
    """More words than the line's sound has frames for their phones: no path, nothing moves."""
    audio, start, head_end, _, _ = _line_with_a_pause()
    item = _evenly(f"{HEAD} {TAIL} {TAIL} {TAIL}", start, head_end)
    before = item.segment
    assert place_words_within_lines([item], audio) == 0
    assert item.segment == before


def test_only_lines_the_phone_pass_never_placed_nor_was_given_are_taken():
    forced = _evenly("one two three", 0.0, 1.0)
    heard = _evenly("one two three", 1.0, 2.0, how="exact")  # given to the phone pass (rejected or not): its own
    phone = replace(_evenly("one two three", 2.0, 3.0), phone_end=3.0)
    one_word = _evenly("one", 3.0, 3.5)
    not_heard = _evenly("one two three", 4.0, 4.1)
    not_heard.segment = replace(not_heard.segment, flags=frozenset({"not_heard"}))
    assert unplaced_lines([forced, heard, phone, one_word, not_heard]) == [0]


@needs_espeak
def test_a_forced_line_whose_bounds_its_sound_fills_is_not_sent_to_review_and_one_ending_late_is():
    """The phone pass between a forced line's bounds finds its first word at the start and its last at the end:
    both edges are its sound's, and the line, 0.3 sure word by word, scores over LOW.  The same line with its end
    0.6 s late into the pause after it (``tx_flite_ptt_plain``: an end 474 ms late) leaves that end unfound: still
    flagged."""
    from aligner.align.confidence import LOW, score_segment

    audio, start, _, _, end = _line_with_a_pause()
    right = _evenly(f"{HEAD} {TAIL}", start, end)
    assert score_segment(right)[0] < LOW  # forced words alone: sent to review, right or not
    place_words_within_lines([right], audio)
    assert right.edges_found == (True, True)
    assert score_segment(right)[0] >= LOW

    late = _evenly(f"{HEAD} {TAIL}", start, end + 0.55)
    place_words_within_lines([late], audio)
    assert late.edges_found == (True, False)
    assert score_segment(late)[0] < LOW
