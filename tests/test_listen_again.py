"""Which stretches get a second listen (``listen_again.rescue_windows``), with no model involved."""

import types

import pytest

from aligner.align.listen_again import rescue_windows, skipped_sound
from aligner.align.placement import TokenTime
from aligner.align.recognize import HeardWord


class _Sound:
    """An envelope stand-in: sound wherever ``spans`` says, silence elsewhere."""

    def __init__(self, spans):
        self.spans = spans

    def voiced_runs(self, a, b):
        return [(max(a, x), min(b, y)) for x, y in self.spans if min(b, y) > max(a, x)]


def _heard(at: float) -> TokenTime:
    return TokenTime(at, at + 0.3, 0.9, "exact")


def _words(placer, *unscripted: float) -> list[HeardWord]:
    """What Whisper heard: the placed tokens' words, and words at ``unscripted`` that are not in the text."""
    return [HeardWord("w", t.start, t.end, 0.9) for t in placer.times if t is not None] + [
        HeardWord("aside", at, at + 0.3, 0.9) for at in unscripted]


def _jumped_window():
    """Whisper skipped 20 s of speech and stamped the first skipped sentence's words after it.

    Segment 0 was heard (0-4.7 s); segment 1's words were stamped at 22-25.1 s, though it was
    said at 5.5-9 s; segments 2 and 3 (said 9-21 s) were not heard; segment 4 was heard at 26-30.7 s.
    The long_60min talk's last minute did this: five sentences crammed into 30 ms.
    """
    times = ([_heard(0.0 + 0.4 * k) for k in range(12)] + [_heard(22.0 + 0.4 * k) for k in range(8)]
             + [None] * 16 + [_heard(26.0 + 0.4 * k) for k in range(12)])
    segment_of = [0] * 12 + [1] * 8 + [2] * 8 + [3] * 8 + [4] * 12
    return types.SimpleNamespace(times=times, segment_of=segment_of, tokens=["word"] * len(times), rate=0.065)


def test_text_with_no_room_is_not_listened_to_again_without_sound_next_to_it():
    placer = _jumped_window()
    assert rescue_windows(placer, 0.0, 32.0) == []  # nothing skipped: the anchors are trusted
    quiet = _Sound([(0.0, 4.8), (22.0, 31.0)])  # the 4.8-22 s stretch is a long silent pause
    assert rescue_windows(placer, 0.0, 32.0, skipped_sound(_words(placer), quiet, 0.0, 32.0)) == []


def test_text_with_no_room_is_listened_to_again_over_the_sound_whisper_skipped():
    placer = _jumped_window()
    talk = _Sound([(0.0, 4.8), (5.5, 9.0), (9.3, 15.0), (15.4, 21.0), (22.0, 31.0)])
    (window,) = rescue_windows(placer, 0.0, 32.0, skipped_sound(_words(placer), talk, 0.0, 32.0))
    assert window == (4.7, 26.0)  # from the last trusted word to the next, the jumped words inside


def test_a_run_with_room_for_one_of_its_lines_but_not_all_reaches_over_the_skipped_sound():
    """long_60min's last minute, in a later round: the jumped words left 2.6 s before the next heard line, room for
    half of one of the four unheard sentences; listened to over those 2.6 s alone, the 18 s of speech Whisper skipped
    stayed unheard and the first skipped sentence was placed 22 s late, on its jumped words."""
    placer = _jumped_window()
    placer.times = placer.times[:36] + [_heard(27.5 + 0.4 * k) for k in range(12)]  # 2.4 s after the jumped words
    talk = _Sound([(0.0, 4.8), (5.5, 9.0), (9.3, 15.0), (15.4, 21.0), (22.0, 32.5)])
    (window,) = rescue_windows(placer, 0.0, 34.0, skipped_sound(_words(placer), talk, 0.0, 34.0))
    assert window == pytest.approx((4.7, 27.5))  # not (25.1, 27.5): the skipped sound is listened to again
    quiet = _Sound([(0.0, 4.8), (22.0, 32.5)])  # a silent pause before the jumped words: nothing to reach for
    (window,) = rescue_windows(placer, 0.0, 34.0, skipped_sound(_words(placer), quiet, 0.0, 34.0))
    assert window == pytest.approx((25.1, 27.5))


def test_an_unscripted_aside_whisper_heard_is_not_skipped_sound():
    """rd_real_mismatch: a sentence the transcript lacks, heard, is sound with words in it, not a skip."""
    placer = _jumped_window()
    talk = _Sound([(0.0, 4.8), (5.5, 9.0), (9.3, 15.0), (15.4, 21.0), (22.0, 31.0)])
    aside = _words(placer, *[5.5 + 0.5 * k for k in range(31)])
    assert skipped_sound(aside, talk, 0.0, 32.0) == []
    assert rescue_windows(placer, 0.0, 32.0, skipped_sound(aside, talk, 0.0, 32.0)) == []


def test_skipped_sound_too_far_from_the_anchors_is_not_reached_for():
    times = ([_heard(0.0 + 0.4 * k) for k in range(4)] + [_heard(40.0 + 0.4 * k) for k in range(90)]
             + [None] * 12 + [_heard(76.5 + 0.4 * k) for k in range(4)])
    segment_of = [0] * 4 + [1] * 90 + [2] * 12 + [3] * 4
    placer = types.SimpleNamespace(times=times, segment_of=segment_of, tokens=["word"] * len(times), rate=0.065)
    talk = _Sound([(0.0, 1.5), (2.0, 38.0), (40.0, 78.5)])  # the skipped sound ends 36 s before segment 2's anchor
    assert rescue_windows(placer, 0.0, 80.0, skipped_sound(_words(placer), talk, 0.0, 80.0)) == []
    near = types.SimpleNamespace(**{**vars(placer), "times": times[:4] + [_heard(40.0 + 0.4 * k) for k in range(60)]
                                    + [None] * 12 + [_heard(64.5 + 0.4 * k) for k in range(4)]})
    near.segment_of = [0] * 4 + [1] * 60 + [2] * 12 + [3] * 4
    near.tokens = ["word"] * len(near.times)
    near_talk = _Sound([(0.0, 1.5), (2.0, 38.0), (40.0, 66.0)])
    (window,) = rescue_windows(near, 0.0, 80.0, skipped_sound(_words(near), near_talk, 0.0, 80.0))  # 24 s: reached
    assert window == pytest.approx((1.5, 64.5))


def _word(text: str, start: float, end: float) -> HeardWord:
    return HeardWord(text, start, end, 0.9)


def test_a_second_listen_replaces_only_the_words_it_heard_again(monkeypatch):
    """syn_w_phone_joined: the second listen of 25.5-37.5 s began at the next sentence (31.2 s) and
    left out the first one's last words, which the first listen had at 25.5-26.1 s."""
    from aligner.align import listen_again as la

    first = [_word("last", 24.1, 24.4), _word("good", 25.5, 25.7), _word("partner", 25.7, 26.1),
             _word("teacher", 31.0, 31.5), _word("group", 37.8, 38.2)]
    second = [_word("the", 31.2, 31.8), _word("local", 31.8, 32.1), _word("teacher", 32.1, 32.5)]
    monkeypatch.setattr(la, "recognize_again", lambda model, audio, env, windows, language, cancel: second)
    words = la.listen_again(None, None, None, [(25.4, 37.5)], first, "en", None)
    assert [w.text for w in words] == ["last", "good", "partner", "the", "local", "teacher", "group"]


def test_a_stamp_that_jumps_over_speech_is_listened_to_again_on_its_own(monkeypatch):
    """syn_joined_gaps: on a 50 s window Whisper stamped "after" from 70.6 to 79.2 s, over two sentences."""
    from aligner.align import listen_again as la

    second = [_word("parking", 70.1, 70.5), _word("after", 70.55, 79.15), _word("a", 79.15, 79.3)]
    third = [_word("after", 70.6, 70.9), _word("a", 71.0, 71.1), _word("teacher", 75.3, 75.8)]
    asked = []

    def fake(model, audio, env, windows, language, cancel):
        asked.append(list(windows))
        return second if len(asked) == 1 else third

    monkeypatch.setattr(la, "recognize_again", fake)
    words = la.listen_again(None, None, None, [(52.0, 90.0)], [], "en", None)
    assert asked == [[(52.0, 90.0)], [(70.5, 79.15)]]
    assert [w.text for w in words] == ["parking", "after", "a", "teacher", "a"]
    assert all(w.end - w.start <= la.JUMP_SECONDS for w in words)


def test_a_run_of_unheard_one_word_lines_gets_a_second_listen():
    """vx_kt_words_rustle_mp3: a vocabulary list read one word to a line; Whisper stopped transcribing after
    the 14th word, and the last 7 lines (one word each, 7 s of sound) were never listened to again, because
    each line alone is under RESCUE_MIN_TOKENS."""
    heard_words = [_heard(0.6 + 1.1 * k) for k in range(14)]
    times = heard_words + [None] * 7
    placer = types.SimpleNamespace(times=times, segment_of=list(range(21)), tokens=["word"] * 21, rate=0.065)
    (window,) = rescue_windows(placer, 0.0, 24.0)
    assert window == pytest.approx((heard_words[-1].end, 24.0))


def test_one_unheard_word_alone_is_not_listened_to_again():
    """One word of a list Whisper did not hear (misheard, or not said) between heard ones is no reason for a
    second listen: the run must hold RESCUE_MIN_TOKENS tokens."""
    times = [_heard(0.6 + 1.1 * k) for k in range(5)] + [None] + [_heard(7.2 + 1.1 * k) for k in range(5)]
    placer = types.SimpleNamespace(times=times, segment_of=list(range(11)), tokens=["word"] * 11, rate=0.065)
    assert rescue_windows(placer, 0.0, 13.0) == []


def _spoken(text: str, start: float, end: float) -> list[HeardWord]:
    """``text``'s words heard evenly over [start, end]."""
    words = text.split()
    step = (end - start) / len(words)
    return [_word(w, start + k * step, start + (k + 1) * step) for k, w in enumerate(words)]


def test_a_second_listen_that_matches_less_of_the_text_adds_only_what_the_first_did_not_hear(monkeypatch):
    """The fast talk at 265 words a minute: given the window alone, Whisper made up "I'll go to the next video"
    where the first listen had half of the line; placed on that, the line started 0.8 s late.  mx_real_tiled_mismatch:
    the second listen heard a sentence the transcript lacks where the first heard nothing, and two words elsewhere
    worse; that sentence is still reported."""
    from placing import noisy_envelope

    from aligner.align import listen_again as la
    from aligner.align.segment_placement import place_stretch
    from aligner.align.stretches import Stretch
    from aligner.document import Document, Segment

    lines = ["The city council planned the winter timetable.", "A group of farmers discussed a report about air.",
             "Every visitor measured the schedule for the festival."]
    doc = Document([Segment(t) for t in lines])
    st = Stretch([0, 1, 2], 0.0, 14.0)
    env = noisy_envelope([(0.3, 3.0), (3.4, 6.2), (6.6, 9.5), (10.6, 13.0)], 14.0, seed=3)
    first = _spoken(lines[0], 0.3, 3.0) + _spoken("a group of farmers discussed", 3.4, 6.2) + _spoken(lines[2], 6.6, 9.5)
    placement = place_stretch(doc, st, first, env)

    made_up = _spoken("I'll go to the next video, I'll go to the next video.", 3.4, 6.2)
    monkeypatch.setattr(la, "recognize_again", lambda *a: made_up)
    words, kept = la.listen_and_place(doc, st, first, placement, None, None, env, [(3.2, 6.4)], "en", None)
    assert words == first and kept is placement

    heard = _spoken(lines[1], 3.4, 6.2)
    monkeypatch.setattr(la, "recognize_again", lambda *a: heard)
    words, again = la.listen_and_place(doc, st, first, placement, None, None, env, [(3.2, 6.4)], "en", None)
    assert [w.text for w in words if 3.2 < w.start < 6.4] == lines[1].split()
    assert again.strong > placement.strong
    assert abs(again.items[1].segment.start - 3.4) < 0.05 and abs(again.items[1].segment.end - 6.2) < 0.05

    unwritten = "and now someone says a sentence nobody wrote down"
    worse = _spoken("every visitor measured the schedule", 6.6, 9.5) + _spoken(unwritten, 10.6, 13.0)
    monkeypatch.setattr(la, "recognize_again", lambda *a: worse)
    assert place_stretch(doc, st, first[:15] + worse, env).strong < placement.strong
    words, merged = la.listen_and_place(doc, st, first, placement, None, None, env, [(6.4, 13.5)], "en", None)
    assert [w.text for w in words if w.start > 6.4] == lines[2].split() + unwritten.split()  # the first's, and the new
    assert merged.strong == placement.strong
    assert [(round(u.start, 1), round(u.end, 1)) for u in merged.unscripted] == [(10.6, 13.0)]


def test_each_window_of_a_second_listen_is_judged_on_its_own(monkeypatch):
    """iy_espeak_sewing_cuckoo_page_mov: the second listen made "the research group" "a member" in one window
    (8 trusted tokens fewer) and heard a sentence the first had missed in another (10 more).  Judged together, the
    sum (2 more) was kept, and a whole line moved 0.8 s early; judged apart, only the second window's words are."""
    from placing import noisy_envelope

    from aligner.align import listen_again as la
    from aligner.align.segment_placement import place_stretch
    from aligner.align.stretches import Stretch
    from aligner.document import Document, Segment

    lines = ["The city council planned the winter timetable.", "A group of farmers discussed a report about air.",
             "Every visitor measured the schedule for the festival.",
             "In the end our small team reviewed a report about air quality during the long meeting."]
    doc = Document([Segment(t) for t in lines])
    st = Stretch([0, 1, 2, 3], 0.0, 20.0)
    env = noisy_envelope([(0.3, 3.0), (3.4, 6.2), (6.6, 9.5), (10.0, 16.0)], 20.0, seed=3)
    first = _spoken(lines[0], 0.3, 3.0) + _spoken(lines[1], 3.4, 6.2) + _spoken(lines[2], 6.6, 9.5)
    placement = place_stretch(doc, st, first, env)
    made_up = _spoken("a member a member of a member with a member", 3.0, 6.2)
    missed = _spoken(lines[3], 10.0, 16.0)
    monkeypatch.setattr(la, "recognize_again", lambda *a: made_up + missed)
    both = sorted(first[:7] + made_up + first[16:] + missed, key=lambda w: w.start)
    assert place_stretch(doc, st, both, env).strong > placement.strong  # judged together, this was kept
    words, kept = la.listen_and_place(doc, st, first, placement, None, None, env, [(3.0, 6.4), (9.5, 20.0)], "en",
                                      None)
    assert [w.text for w in words if 3.0 < w.start < 6.4] == lines[1].split()
    assert [w.text for w in words if w.start > 9.5] == lines[3].split()
    assert abs(kept.items[1].segment.start - 3.4) < 0.05 and abs(kept.items[1].segment.end - 6.2) < 0.05
