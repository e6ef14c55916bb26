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
