"""The window's Qt-free logic: time entry, the viewport, review order, snapping, composed edits."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.document import END_AFTER_VOICE, END_CARRIED_ON, END_CUT_SHORT, END_IN_NOISE, END_IN_UNSCRIPTED, LOW_CONFIDENCE, SOUND_AFTER_END, START_BEFORE_VOICE, START_WITHOUT_ONSET, NOT_HEARD, Document, Segment, UnscriptedSpan, Word
from aligner.errors import EditError
from ui import edit_helpers, review
from ui.session import classify_paths, find_demo
from ui.snapping import silence_edges, snap, word_edges
from ui.timecode import format_time, parse_time
from ui.timeline import MIN_SPAN, Viewport


def doc_of(*spans, duration=30.0, **kw):
    segs = [Segment(f"segment number {i}", s, e) for i, (s, e) in enumerate(spans)]
    return Document(segs, audio_duration=duration, **kw)


# ------------------------------------------------------------------ time entry
@pytest.mark.parametrize("text,seconds", [("83.5", 83.5), ("1:23.5", 83.5), ("0:01:23,500", 83.5),
                                          ("01:02:03.250", 3723.25), ("7", 7.0), (" 2:00 ", 120.0)])
def test_parse_time_accepts_common_forms(text, seconds):
    assert parse_time(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "abc", "1:75", "1:2:3:4", "-3"])
def test_parse_time_refuses_nonsense_with_a_message(text):
    with pytest.raises(ValueError, match="type it like 1:23.456"):
        parse_time(text)


def test_format_time_round_trips():
    for t in (0.0, 0.001, 59.9996, 83.456, 3723.25):
        assert parse_time(format_time(t)) == pytest.approx(round(t, 3), abs=1e-3)
    assert format_time(59.9996) == "1:00.000"
    assert format_time(None) == ""


# ------------------------------------------------------------------ viewport
def test_zoom_keeps_the_time_under_the_cursor():
    vp = Viewport(duration=600.0, start=100.0, span=60.0, width=1000)
    anchor = vp.x_to_time(250)
    vp.zoom(2.0, anchor)
    assert vp.span == pytest.approx(30.0)
    assert vp.time_to_x(anchor) == pytest.approx(250)


def test_viewport_stays_inside_the_talk():
    vp = Viewport(duration=100.0, start=0.0, span=20.0, width=800)
    vp.scroll_to(95.0)
    assert vp.end == pytest.approx(100.0)
    vp.zoom(1e6)
    assert vp.span == pytest.approx(MIN_SPAN)
    vp.zoom(1e-6)
    assert vp.start == 0.0 and vp.span == pytest.approx(100.0)


def test_follow_flips_a_page_when_the_playhead_leaves_the_view():
    vp = Viewport(duration=300.0, start=0.0, span=30.0, width=1000)
    assert not vp.ensure_visible(10.0)
    assert vp.ensure_visible(31.0)
    assert vp.start < 31.0 < vp.end and vp.start > 25.0


# ------------------------------------------------------------------ review order
def test_review_walks_flagged_items_in_talk_order_and_wraps():
    doc = doc_of((0, 1), (2, 3), (4, 5), (6, 7))
    doc.segments[1] = doc.segments[1].with_flag(LOW_CONFIDENCE)
    doc.segments[3] = doc.segments[3].with_flag(NOT_HEARD)
    doc.unscripted = [UnscriptedSpan(5.2, 5.8, "uh so")]
    order = [(it.kind, it.index) for it in review.review_items(doc)]
    assert order == [("segment", 1), ("unscripted", 0), ("segment", 3)]
    first = review.next_item(doc, ("segment", 0))
    assert (first.kind, first.index) == ("segment", 1)
    nxt = review.next_item(doc, ("segment", 1))
    assert (nxt.kind, nxt.index) == ("unscripted", 0)
    back = review.next_item(doc, ("unscripted", 0), backwards=True)
    assert (back.kind, back.index) == ("segment", 1)
    assert (review.next_item(doc, ("segment", 3)).index) == 1  # wraps around


def test_review_says_why_when_the_engine_named_the_doubt_and_counts_it_as_low_confidence():
    """An end that fades into babble is low confidence for a reason a person can act on (listen past the end):
    the queue says so, and the status line still counts it among the low-confidence segments."""
    doc = doc_of((0, 1), (2, 3))
    doc.segments[0] = doc.segments[0].with_flag(LOW_CONFIDENCE)
    doc.segments[1] = doc.segments[1].with_flag(LOW_CONFIDENCE).with_flag(END_IN_NOISE)
    reasons = [it.reason for it in review.review_items(doc)]
    assert reasons[0] == "low confidence"
    assert reasons[1].startswith("low confidence: ") and "background" in reasons[1] and "later" in reasons[1]
    assert review.describe_counts(review.reason_counts(doc)) == "2 low confidence"
    realigned = [Segment(s.text, s.start, s.end, id=s.id) for s in doc.segments]  # the same times, judged afresh
    assert review.carry_review_state(doc.segments, realigned)[1].has(END_IN_NOISE)


def test_review_names_each_reason_the_engine_gives_and_keeps_it_through_an_unchanged_realign():
    """Each named doubt tells the person which edge to check and which way it may lie."""
    doc = doc_of((0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11), (12, 13))
    for k, (flag, edge, way) in enumerate(((START_BEFORE_VOICE, "start", "later"), (END_AFTER_VOICE, "end", "earlier"),
                                           (SOUND_AFTER_END, "end", "later"), (END_CUT_SHORT, "end", "later"),
                                           (START_WITHOUT_ONSET, "start", "later"),
                                           (END_IN_UNSCRIPTED, "end", "earlier"), (END_CARRIED_ON, "end", "earlier"))):
        doc.segments[k] = doc.segments[k].with_flag(LOW_CONFIDENCE).with_flag(flag)
    reasons = [it.reason for it in review.review_items(doc)]
    assert "start" in reasons[0] and "later" in reasons[0] and "voice" in reasons[0]
    assert "end" in reasons[1] and "earlier" in reasons[1] and "voice" in reasons[1]
    assert "after its end" in reasons[2] and "later" in reasons[2]
    assert "last word" in reasons[3] and "end" in reasons[3] and "later" in reasons[3]
    assert "start" in reasons[4] and "later" in reasons[4] and "onset" in reasons[4]
    assert "end" in reasons[5] and "earlier" in reasons[5] and "transcript does not hold" in reasons[5]
    assert "end" in reasons[6] and "earlier" in reasons[6] and "last word's sounds" in reasons[6]
    assert all(r.startswith("low confidence: ") for r in reasons)
    assert review.describe_counts(review.reason_counts(doc)) == "7 low confidence"
    realigned = [Segment(s.text, s.start, s.end, id=s.id) for s in doc.segments]
    kept = review.carry_review_state(doc.segments, realigned)
    assert kept[0].has(START_BEFORE_VOICE) and kept[1].has(END_AFTER_VOICE) and kept[2].has(SOUND_AFTER_END)
    assert kept[3].has(END_CUT_SHORT) and kept[4].has(START_WITHOUT_ONSET) and kept[5].has(END_IN_UNSCRIPTED)
    assert kept[6].has(END_CARRIED_ON)


def test_review_is_empty_for_a_clean_document():
    doc = doc_of((0, 1), (2, 3))
    assert review.next_item(doc, None) is None


# ------------------------------------------------------------------ snapping
def test_silence_edges_find_where_sound_starts_and_stops():
    rate = 16000
    x = np.zeros(rate * 2, np.int16)
    x[int(0.5 * rate):int(1.2 * rate)] = (8000 * np.sin(np.arange(int(0.7 * rate)) * 0.3)).astype(np.int16)
    edges = silence_edges(x, rate, 1.0, radius=0.6)
    assert any(abs(e - 0.5) < 0.02 for e in edges)
    assert any(abs(e - 1.2) < 0.02 for e in edges)


def test_snap_takes_the_nearest_candidate_within_reach():
    assert snap(1.0, [0.7, 1.08, 1.3], 0.1) == pytest.approx(1.08)
    assert snap(1.0, [0.7, 1.3], 0.1) is None
    doc = Document([Segment("a b", 1.0, 2.0, words=(Word("a", 1.0, 1.4), Word("b", 1.6, 2.0)))])
    assert sorted(word_edges(doc, 1.5, 0.2)) == [1.4, 1.6]


# ------------------------------------------------------------------ composed edits
def test_insert_at_playhead_in_a_gap_takes_the_gap():
    doc = doc_of((0, 1), (5, 6))
    edit, row = edit_helpers.insert_at(doc, 2.0, "new words", after_row=0)
    doc.apply(edit)
    assert row == 1 and doc.segments[1].text == "new words"
    assert doc.segments[1].start == 2.0 and doc.segments[1].end == pytest.approx(4.0)
    doc.check()


def test_insert_unscripted_makes_a_segment_and_removes_the_span_in_one_undo_step():
    doc = doc_of((0, 1), (5, 6), unscripted=[UnscriptedSpan(1.5, 3.0, "you know")])
    group, row = edit_helpers.insert_unscripted(doc, 0)
    doc.apply(group)
    assert row == 1 and doc.segments[1].text == "you know" and doc.unscripted == []
    doc.check()
    group.revert(doc)
    assert len(doc.segments) == 2 and len(doc.unscripted) == 1


def test_insert_unscripted_refuses_when_neighbours_cover_it():
    doc = doc_of((0, 2), (2, 6), unscripted=[UnscriptedSpan(1.5, 3.0, "overlap")])
    with pytest.raises(EditError, match="make room"):
        edit_helpers.insert_unscripted(doc, 0)


def test_nudge_stops_at_the_neighbour_with_a_message():
    doc = doc_of((0, 1), (1.005, 2))
    doc.apply(edit_helpers.nudge(doc, 0, "end", 0.010))
    assert doc.segments[0].end == pytest.approx(1.005)
    with pytest.raises(EditError, match="cannot move further"):
        edit_helpers.nudge(doc, 0, "end", 0.010)


def test_classify_paths_sorts_a_drop():
    req = classify_paths(["/x/talk.mp3", "/x/talk.srt"])
    assert req.audio == "/x/talk.mp3" and req.transcript == "/x/talk.srt"
    assert classify_paths(["/x/a.alignproj"]).project == "/x/a.alignproj"


def test_the_demo_talk_is_found():
    from ui.style import RESOURCES

    audio, transcript = find_demo(RESOURCES)
    assert audio and audio.endswith((".ogg", ".wav", ".mp3", ".flac", ".opus", ".m4a"))
    assert transcript and transcript.endswith(".txt")


def test_insert_goes_into_the_pause_after_the_selected_segment_when_the_playhead_is_in_speech():
    doc = doc_of((0, 3), (5, 6))
    edit, row = edit_helpers.insert_at(doc, 1.0, "aside", after_row=0)
    doc.apply(edit)
    assert row == 1 and (doc.segments[1].start, doc.segments[1].end) == (3.0, 5.0)
    doc.check()


def test_insert_without_any_pause_goes_untimed_after_the_selected_segment():
    doc = doc_of((0, 3), (3, 6))
    edit, row = edit_helpers.insert_at(doc, 1.0, "aside", after_row=0)
    doc.apply(edit)
    assert row == 1 and not doc.segments[1].timed


def test_split_without_playhead_or_cursor_takes_the_longest_pause():
    words = (Word("one", 1.0, 1.3), Word("two", 1.35, 1.6), Word("three", 2.4, 2.8), Word("four", 2.85, 3.0))
    doc = Document([Segment("one two three four", 1.0, 3.0, words=words)], audio_duration=5.0)
    k = edit_helpers.split_word_at_pause(doc, 0)
    assert k == 2
    from aligner import edits
    doc.apply(edits.split(doc, 0, word=k))
    assert doc.segments[0].end == pytest.approx(2.0)  # the middle of the 1.6-2.4 pause
    # without word times: the word boundary nearest the middle of the text
    bare = Document([Segment("aa bb cc dd", 0.0, 2.0)], audio_duration=5.0)
    assert edit_helpers.split_word_at_pause(bare, 0) == 2


def test_recent_names_add_folders_only_where_names_collide(tmp_path):
    from ui.recent_labels import entry_labels, short_names

    a, b = str(tmp_path / "x" / "2023" / "audio.wav"), str(tmp_path / "y" / "2023" / "audio.wav")
    c = str(tmp_path / "x" / "notes.txt")
    names = short_names([a, b, c])
    assert names == {a: "x/2023/audio.wav", b: "y/2023/audio.wav", c: "notes.txt"}
    assert entry_labels([[a, c], [c]]) == ["audio.wav + notes.txt", "notes.txt"]  # the same file twice is one file
