"""Web transcripts written back: furniture, turns and names kept, stamps giving the aligned times.

Also: the layout kept in doc.metadata survives edits (split, merge, delete,
insert, text edits, speaker changes) and a trip through the project file's JSON.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner import edits
from aligner.document import Document, Segment
from aligner.errors import EditError
from aligner.formats import parse_transcript, render
from aligner.formats.runningtext import STAMP_RE
from aligner.serialize import document_from_dict, document_to_dict
from aligner.text import split_words
from test_formats_fixtures import align_sequentially, check_golden, hint_pairs, texts

PAGE = """# Why we sleep | Example Talks
URL: https://example.org/talks/why-we-sleep
Published: 2021-03-04

A sleep scientist and a host talk about why we sleep. Recorded live.

## Transcript

- HOST: Thanks for having me.. 00:00:04,120 I want to start with a question.. Why do we sleep? \
- GUEST: Good question. 00:01:02,900 So..

- HOST: Let me ask you 00:01:10,500 something else. (00:01:15) What about dreams?

## Questions from the audience

- GUEST: [01:20] Dreams are strange.. We forget most of them.
"""

UNNAMED = """## Transcript

- Thanks for having me.. 00:00:04,120 I want to start with a question.. Why do we sleep? \
- Good question. 00:01:02,900 So..
"""


def stamps(text: str) -> list[str]:
    return [m.group() for m in STAMP_RE.finditer(text)]


def without_stamps(text: str) -> str:
    return STAMP_RE.sub("<t>", text)


@pytest.mark.parametrize("page", [PAGE, UNNAMED])
def test_unchanged_page_is_written_back_exactly(page):
    doc = parse_transcript(page)
    assert render(doc, "web") == page
    assert render(doc, "original") == page


@pytest.mark.parametrize("page", [PAGE, UNNAMED])
def test_aligned_page_gets_fresh_stamps_in_the_same_places(page):
    source = parse_transcript(page)
    doc = align_sequentially(source, start=3.0, step=0.5)
    out = render(doc, "web")
    assert without_stamps(out) == without_stamps(page)  # furniture, turns, names, text: all as they were
    assert len(stamps(out)) == len(stamps(page))
    again = parse_transcript(out)
    assert texts(again) == texts(source)
    assert [s.speaker for s in again.segments] == [s.speaker for s in source.segments]
    for old, new, aligned in zip(source.segments, again.segments, doc.segments):
        assert [h.offset for h in new.hints] == [h.offset for h in old.hints]
        for h in new.hints:  # each stamp is now the aligned start of the word after it
            k = next(n for n, w in enumerate(split_words(aligned.text)) if w.start == h.offset)
            assert h.time == pytest.approx(aligned.words[k].start, abs=0.001)


def test_aligned_page_golden():
    doc = align_sequentially(parse_transcript(PAGE), start=3.0, step=0.5)
    check_golden("web_page_aligned.md", render(doc, "web"))


def test_stamp_styles_are_kept():
    page = "0:04\nthanks for having me\n[00:07.5] much (00:00:09) and\n1:02:03 end\n"
    doc = align_sequentially(parse_transcript(page), start=65.25, step=1.0)
    assert render(doc, "web") == "1:05\nthanks for having me\n[01:10.2] much (00:01:11) and\n0:01:13 end\n"


def test_layout_survives_the_project_file():
    doc = parse_transcript(PAGE)
    stored = json.loads(json.dumps(document_to_dict(doc)))
    assert render(document_from_dict(stored), "web") == PAGE


# ----------------------------------------------------------------------------- robustness to edits
def aligned(page: str = UNNAMED) -> Document:
    return align_sequentially(parse_transcript(page), start=1.0, step=0.5)


def reimport(doc: Document) -> Document:
    again = parse_transcript(render(doc, "web"))
    assert texts(again) == texts(doc)
    return again


def test_split_keeps_the_stamp_on_the_right_half():
    doc = parse_transcript("## Transcript\n\nI want to 00:00:05,000 start now.. And more.\n")
    doc.apply(edits.split(doc, 0, word=3))
    assert texts(doc) == ["I want to", "start now.", "And more."]
    doc = align_sequentially(doc, start=1.0, step=0.5)
    out = render(doc, "web")
    assert out == "## Transcript\n\nI want to 00:00:03,000 start now.. And more.\n"


def test_merge_turns_a_leading_stamp_into_an_inner_one():
    doc = aligned()
    i_word = doc.segments[1].words[0]
    doc.apply(edits.merge(doc, 0, 1))
    out = render(doc, "web")
    # (the page's ".." inside a merged segment becomes "."; only its own end gets the page's stop back)
    assert "- Thanks for having me. 00:00:03,500 I want to start" in out and i_word.start == 3.5
    again = parse_transcript(out)  # the stamp still times "I", now inside the merged sentence
    assert hint_pairs(again.segments[0]) == [(again.segments[0].text.index("I want"), 3.5)]


def test_deleting_a_turn_start_moves_the_dash_to_the_speaker_change():
    doc = aligned()
    doc.apply(edits.delete(doc, 3))  # "Good question." started speaker B's turn
    out = render(doc, "web")
    assert "Why do we sleep? - 00:00:" in out
    assert [s.speaker for s in reimport(doc).segments] == ["Speaker A"] * 3 + ["Speaker B"]


def test_deleting_the_first_sentence_of_a_paragraph_keeps_the_paragraph_and_heading():
    doc = aligned(PAGE)
    first_after_heading = next(i for i, s in enumerate(doc.segments) if s.text == "Dreams are strange.")
    doc.apply(edits.delete(doc, first_after_heading))
    doc.apply(edits.delete(doc, 0))  # the very first sentence of the talk
    out = render(doc, "web")
    assert "## Transcript\n\n- HOST: 00:00:03,500 I want to start" in out
    assert out.endswith("## Questions from the audience\n\n- GUEST: We forget most of them.\n")
    plain = parse_transcript("One. Two.\n\nThree. Four.\nFive.\n")
    plain.apply(edits.delete(plain, 2))
    assert render(plain, "txt") == "One. Two.\n\nFour.\nFive.\n"


def test_insert_edit_text_and_speaker_changes():
    doc = aligned()
    doc.apply(edits.insert(doc, 1, "An inserted sentence.", speaker="Speaker A"))
    doc.apply(edits.edit_text(doc, 2, "I want to begin with a question."))
    doc.apply(edits.set_speaker(doc, [5], "Speaker A"))
    out = render(doc, "web")
    # a new sentence on a page that ends sentences with ".." is written the page's way too
    assert "Thanks for having me.. An inserted sentence.. 00:00:" in out
    assert "I want to begin with a question.." in out
    again = reimport(doc)
    assert again.segments[2].hints  # the stamp before the edited sentence stayed
    # "So.." now belongs to A: a dash is written before it, and dashes alternate A, B, A
    assert re.search(r"Good question\. - 00:00:\d\d,\d{3} So\.\.", out)
    assert [s.speaker for s in again.segments] == ["Speaker A"] * 4 + ["Speaker B", "Speaker A"]


def test_named_page_speaker_rename_and_new_turns():
    doc = aligned(PAGE)
    doc.apply(edits.set_speaker(doc, [0, 1, 2], "Dr. Host"))
    doc.apply(edits.set_speaker(doc, [4], "Someone New"))
    out = render(doc, "web")
    assert out.count("Dr. Host:") == 1 and "- Someone New: " in out
    assert [s.speaker for s in parse_transcript(out).segments][:6] == \
        ["Dr. Host"] * 3 + ["GUEST", "Someone New", "HOST"]


def test_damaged_layout_falls_back_to_a_plain_web_transcript():
    doc = aligned()
    doc.metadata["layout"] = {"version": 1, "kind": "web", "leads": "garbage"}
    out = render(doc, "web")
    assert out.startswith("## Transcript\n\n") and texts(parse_transcript(out)) == texts(doc)


def test_document_from_elsewhere_is_written_as_a_simple_web_transcript():
    doc = align_sequentially(Document(segments=[Segment("Hello there."), Segment("Goodbye.")]), start=2.0)
    assert render(doc, "web") == "## Transcript\n\n00:00:02,000 Hello there.\n00:00:03,200 Goodbye.\n"


# ----------------------------------------------------------------------------- property: any page round-trips
_words = st.sampled_from(["we", "sleep", "Dr.", "3.5", "e.g.", "U.S.", "why", "dream", "GPT-3", "[laughter]",
                          "question,", "so", "it's", "\u201cquoted\u201d", "\u2014"])
_ends = st.sampled_from([".", "..", "?", "!", "\u2026"])


@st.composite
def web_pages(draw):
    """A page: optional furniture, lines of sentences with dashes, names and stamps anywhere between words."""
    clock = draw(st.integers(0, 5000))
    style = draw(st.sampled_from(["00:00:00,000", "00:00:00.000", "[00:00]", "(00:00:00)"]))
    named = draw(st.booleans())
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for n in range(draw(st.integers(1, 3))):
            if n == 0 or draw(st.booleans()):
                parts.append("-")
                if named:
                    parts.append(draw(st.sampled_from(["ANN:", "BOB:", "Dr. Lee:"])))
            for k in range(draw(st.integers(1, 6))):
                if draw(st.integers(0, 3)) == 0:
                    clock += draw(st.integers(1, 90))
                    from aligner.formats.timecode import format_like
                    parts.append(format_like(clock, style))
                parts.append(draw(_words))
            parts[-1] += draw(_ends)
        lines.append(" ".join(parts))
    lines[0] += " we"  # a page of only dashes and punctuation is refused (it holds no words)
    head = draw(st.sampled_from(["", "## Transcript\n\n", "# Title\nURL: https://x.org/t\n\n## Transcript\n\n"]))
    return head + "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(web_pages())
def test_any_page_is_written_back_exactly(page):
    doc = parse_transcript(page, format="web")
    assert render(doc, "web") == page
    for s in doc.segments:
        assert not re.search(r"\d:\d\d", s.text)  # no stamp is left in the text


@settings(max_examples=150, deadline=None)
@given(web_pages(), st.lists(st.tuples(st.sampled_from(["split", "merge", "delete", "insert", "speaker", "text"]),
                                       st.integers(0, 30)), max_size=6))
def test_any_edits_keep_the_page_writable(page, changes):
    doc = parse_transcript(page, format="web")
    for kind, k in changes:
        i = k % len(doc.segments)
        try:
            if kind == "split":
                doc.apply(edits.split(doc, i, word=1))
            elif kind == "merge":
                doc.apply(edits.merge(doc, i))
            elif kind == "delete" and len(doc.segments) > 1:
                doc.apply(edits.delete(doc, i))
            elif kind == "insert":
                doc.apply(edits.insert(doc, i, "Inserted words."))
            elif kind == "speaker":
                doc.apply(edits.set_speaker(doc, [i], "Zed"))
            elif kind == "text":
                doc.apply(edits.edit_text(doc, i, doc.segments[i].text + " more"))
        except EditError:
            pass
    for d in (doc, align_sequentially(doc)):
        flat = " ".join(STAMP_RE.sub(" ", render(d, "web")).split())
        pos = 0
        for s in d.segments:  # every text, once, in order
            pos = flat.find(" ".join(s.text.split()), pos)
            assert pos >= 0, s.text


def test_a_pages_double_period_is_a_full_stop_shown_once_and_written_back():
    """Issue 8, leak 4: ".." is the page's convention, not text; "..." is text."""
    page = ("## Transcript\n\n- Welcome back.. 00:00:04,120 So... where were we? - Right.. We said Dr. Smith "
            "paid $3.5 million.\n")
    doc = parse_transcript(page)
    assert texts(doc) == ["Welcome back.", "So... where were we?", "Right.", "We said Dr. Smith paid $3.5 million."]
    assert render(doc, "web") == page  # unchanged times: the page comes back byte for byte
    doc = align_sequentially(doc, start=1.0, step=0.5)
    assert ".." not in render(doc, "srt").replace("...", "") and "So... where" in render(doc, "srt")
    assert render(doc, "txt").count("..") == 1  # only the ellipsis
    assert "Welcome back.. 00:00:" in render(doc, "web")


def test_the_demo_page_round_trips_with_single_full_stops_in_its_segments():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "resources" / "demo" / "transcript.txt"
    text = path.read_text(encoding="utf-8")
    doc = parse_transcript(text)
    assert not any(s.text.endswith("..") for s in doc.segments)
    assert render(doc, "web") == text
