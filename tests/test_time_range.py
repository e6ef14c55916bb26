"""What a drawn time range means for the Document: the free part for a new segment, the span to re-align."""

from __future__ import annotations

import pytest

from aligner.document import LOCKED, Document, Segment
from aligner.errors import EditError
from ui.time_range import free_part, realign_span, rows_in_range, segment_from_range


def doc() -> Document:
    return Document([Segment("a", 1.0, 2.0), Segment("b", 3.0, 4.0),
                     Segment("c", 5.0, 6.0, flags=frozenset({LOCKED})), Segment("d", 7.0, 8.0)],
                    audio_duration=10.0)


def test_a_new_segment_takes_the_longest_free_part_of_the_range():
    d = doc()
    assert free_part(d, 2.2, 2.8) == (2.2, 2.8)
    assert free_part(d, 1.5, 2.9) == (2.0, 2.9)  # clipped by "a"
    assert free_part(d, 2.5, 5.8) == (4.0, 5.0)  # the longest gap inside
    edit, row, trimmed = segment_from_range(d, 1.5, 2.9, "new")
    assert row == 1 and trimmed
    edit.apply(d)
    assert [s.text for s in d.segments] == ["a", "new", "b", "c", "d"]
    assert (d.segments[1].start, d.segments[1].end) == (2.0, 2.9)
    d.check()


def test_no_room_says_which_segment_is_in_the_way():
    d = doc()
    with pytest.raises(EditError, match="inside segment 2"):
        free_part(d, 3.2, 3.8)
    with pytest.raises(EditError, match="too short"):
        free_part(d, 1.5, 2.05)


def test_re_aligning_a_range_reaches_the_pauses_around_the_unlocked_segments_it_touches():
    d = doc()
    assert rows_in_range(d, 3.5, 7.5) == [1, 2, 3]
    assert realign_span(d, 3.5, 3.6) == (2.0, 5.0)  # from "a"'s end to locked "c"'s start
    assert realign_span(d, 3.5, 7.5) == (2.0, 10.0)  # "c" stays locked inside; "d" reaches the end of the audio
    with pytest.raises(EditError, match="no unlocked segment"):
        realign_span(d, 5.2, 5.8)  # only the locked one
    with pytest.raises(EditError, match="no unlocked segment"):
        realign_span(d, 2.1, 2.9)  # only a pause
