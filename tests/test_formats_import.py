"""Reading transcripts: web pages, subtitles, plain text, JSON, tables, TextGrids; encodings and bad input."""

from __future__ import annotations

import json
import os

import pytest

from aligner.document import Hint
from aligner.errors import TranscriptError
from aligner.formats import parse_transcript, read_transcript
from aligner.text import split_words
from test_formats_fixtures import hint_pairs, texts, write_bytes

BRIEF_EXAMPLE = """## Transcript

- Thanks for having me.. 00:00:04,120 I want to start with a question.. Why do we sleep? \
- Good question. 00:01:02,900 So..
"""


# ----------------------------------------------------------------------------- web transcripts
def test_web_example_from_the_issue():
    doc = parse_transcript(BRIEF_EXAMPLE)
    assert doc.source_format == "web"
    # ".." is the page's full stop, not text: segments show "." (and writing the page back restores it)
    assert texts(doc) == ["Thanks for having me.", "I want to start with a question.", "Why do we sleep?",
                          "Good question.", "So."]
    assert [s.speaker for s in doc.segments] == ["Speaker A"] * 3 + ["Speaker B"] * 2
    assert [hint_pairs(s) for s in doc.segments] == [[], [(0, 4.12)], [], [], [(0, 62.9)]]
    assert not any(s.timed for s in doc.segments)
    doc.check()


def test_web_stamp_inside_a_sentence_times_the_next_word():
    doc = parse_transcript("## Transcript\n\nI want to 00:00:05,000 start now.. And 00:00:07.250 then (00:00:09) go.\n")
    first, second = doc.segments
    assert first.text == "I want to start now."
    assert first.hints == (Hint(first.text.index("start"), 5.0),)
    assert second.text == "And then go."
    assert hint_pairs(second) == [(4, 7.25), (9, 9.0)]
    for seg in doc.segments:  # each hint points at the start of a word
        starts = {w.start for w in split_words(seg.text)}
        assert all(h.offset in starts for h in seg.hints)


def test_web_named_speakers_furniture_and_bracketed_stamps():
    page = """# Sleep and memory | Example Talks
URL: https://example.org/talks/sleep
Published: 2021-03-04

In this talk a scientist and a host discuss why we sleep. A lively conversation.

## Transcript

HOST: Welcome back. [00:05] Today, e.g. 3.5 billion people sleep badly, says Dr. Walker.
- DR. WALKER: Thanks. (00:00:12) It's great to be here.

## Part two

HOST: [01:02] Let's go on.
"""
    doc = parse_transcript(page)
    assert doc.source_format == "web"
    assert texts(doc) == ["Welcome back.", "Today, e.g. 3.5 billion people sleep badly, says Dr. Walker.",
                          "Thanks.", "It's great to be here.", "Let's go on."]
    assert [s.speaker for s in doc.segments] == ["HOST", "HOST", "DR. WALKER", "DR. WALKER", "HOST"]
    assert [hint_pairs(s) for s in doc.segments] == [[], [(0, 5.0)], [], [(0, 12.0)], [(0, 62.0)]]
    layout = doc.metadata["layout"]
    assert layout["header"].startswith("# Sleep and memory") and layout["header"].rstrip().endswith("## Transcript")
    assert layout["named"] is True
    assert "## Part two" in "".join(p for parts in layout["leads"].values() for p in parts if isinstance(p, str))
    json.dumps(doc.metadata)  # the project file must be able to save it


def test_web_page_without_transcript_heading_skips_furniture():
    page = """Why We Sleep
https://example.org/watch?v=123

A short summary of the talk. It is about sleep.

00:00:01 First line of the talk.
00:00:05 Second line.
"""
    doc = parse_transcript(page)
    assert texts(doc) == ["First line of the talk.", "Second line."]
    assert [hint_pairs(s) for s in doc.segments] == [[(0, 1.0)], [(0, 5.0)]]


def test_web_text_before_markers_is_kept_when_there_is_no_furniture():
    doc = parse_transcript("Hello everyone, welcome.\n- Hi there.\n- Hello!\n")
    assert texts(doc) == ["Hello everyone, welcome.", "Hi there.", "Hello!"]
    assert [s.speaker for s in doc.segments] == ["Speaker A", "Speaker B", "Speaker A"]


def test_copied_video_transcript_with_stamps_on_their_own_lines():
    doc = parse_transcript("0:04\nthanks for having me so\n0:07\nmuch and today\n1:02:03\nwe end\n")
    assert doc.source_format == "web"
    assert texts(doc) == ["thanks for having me so", "much and today", "we end"]
    assert [hint_pairs(s) for s in doc.segments] == [[(0, 4.0)], [(0, 7.0)], [(0, 3723.0)]]


def test_podcast_style_name_with_stamp_label():
    doc = parse_transcript("Speaker 1 (00:00:04):\nHello there. How are you?\n\nSpeaker 2 (00:00:09):\nFine.\n")
    assert [(s.text, s.speaker, hint_pairs(s)) for s in doc.segments] == [
        ("Hello there.", "Speaker 1", [(0, 4.0)]), ("How are you?", "Speaker 1", []),
        ("Fine.", "Speaker 2", [(0, 9.0)])]


def test_web_markdown_bold_names_and_dashes():
    doc = parse_transcript("- **Alice:** Hi there.\n- **Bob:** Hello! - **Alice:** Bye.\n")
    assert [(s.text, s.speaker) for s in doc.segments] == [("Hi there.", "Alice"), ("Hello!", "Bob"),
                                                          ("Bye.", "Alice")]


def test_web_stamp_at_the_very_end_is_the_end_of_the_talk():
    doc = parse_transcript("## Transcript\n\n00:00:01,000 Hello there.. 00:00:03,500\n")
    (seg,) = doc.segments
    assert hint_pairs(seg) == [(0, 1.0), (len(seg.text), 3.5)]


def test_clock_times_in_speech_are_not_stamps():
    doc = parse_transcript("- We met at 10:30 sharp.\n- The ratio was 3:2.\n")
    assert texts(doc) == ["We met at 10:30 sharp.", "The ratio was 3:2."]
    assert all(not s.hints for s in doc.segments)


def test_only_names_used_as_labels_become_speakers():
    doc = parse_transcript("Note: the audio starts late.\n00:00:01 Hello.\n")
    assert texts(doc)[0] == "Note: the audio starts late."
    assert all(s.speaker is None for s in doc.segments)


def test_web_page_with_no_talk_text():
    with pytest.raises(TranscriptError, match="no text"):
        parse_transcript("## Transcript\n\n## Summary\n", format="web")


# ----------------------------------------------------------------------------- plain text
def test_plain_text_one_segment_per_line_and_sentence():
    doc = parse_transcript("Hello world. This is Dr. Smith speaking.\n\n"
                           "It costs $3.5 million in the U.S. today.\n  Indented line  \n[applause]\n")
    assert doc.source_format == "txt"
    assert texts(doc) == ["Hello world.", "This is Dr. Smith speaking.",
                          "It costs $3.5 million in the U.S. today.", "Indented line", "[applause]"]
    assert all(not s.hints and s.speaker is None for s in doc.segments)


def test_plain_text_keeps_text_exactly():
    line = "\u201cQuoted,\u201d she said \u2014 GPT-3 (10%) costs \u20ac5\u2026 ok?!"
    doc = parse_transcript(line + "\n")
    assert " ".join(texts(doc)) == line


def test_plain_text_lines_without_punctuation_stay_lines():
    poem = "From fairest creatures we desire increase\nThat thereby beauty's rose might never die\n"
    assert texts(parse_transcript(poem)) == poem.splitlines()


# ----------------------------------------------------------------------------- subtitles
SRT = """1
00:00:01,000 --> 00:00:03,500
<i>Hello there,</i> my friend.
How are you?

2
00:00:04,000 --> 00:00:06,000
{\\an8}MARY: I'm <b>fine</b>.

3
00:00:06,500 --> 00:00:08,000
JOHN: Good &amp; you?

4
00:00:09,000 --> 00:00:10,000
3
"""


def test_srt_cues_become_segments_with_hints():
    doc = parse_transcript(SRT)
    assert doc.source_format == "srt"
    assert texts(doc) == ["Hello there, my friend. How are you?", "I'm fine.", "Good & you?", "3"]
    assert [hint_pairs(s) for s in doc.segments] == [
        [(0, 1.0), (36, 3.5)], [(0, 4.0), (9, 6.0)], [(0, 6.5), (11, 8.0)], [(0, 9.0), (1, 10.0)]]
    assert [s.speaker for s in doc.segments] == [None, "MARY", "JOHN", "JOHN"]
    assert list(doc.metadata["cue_lines"].values()) == [["Hello there, my friend.", "How are you?"]]
    assert not any(s.timed for s in doc.segments)


def test_srt_without_cues_is_refused():
    with pytest.raises(TranscriptError, match="no subtitles"):
        parse_transcript("just text", format="srt")


VTT = """WEBVTT
Kind: captions
Language: en

STYLE
::cue { color: yellow }

NOTE written by hand
over two lines

intro
00:00.000 --> 00:01.500 align:start position:10%
<v Mary Smith>Hello <i>there</i>, friend.</v>

NOTE between cues

second-cue
00:01.500 --> 00:03.000
<v.loud Bob>Hi <00:00:02.000><c> Mary</c><00:00:02.500><c> &amp; co</c> &lt;3

00:00:03.000 --> 00:00:04.000
<c.yellow>Line one</c>
line two
"""


def test_vtt_notes_ids_voices_and_inline_times():
    doc = parse_transcript(VTT)
    assert doc.source_format == "vtt"
    assert texts(doc) == ["Hello there, friend.", "Hi Mary & co <3", "Line one line two"]
    assert [s.speaker for s in doc.segments] == ["Mary Smith", "Bob", None]
    assert hint_pairs(doc.segments[1]) == [(0, 1.5), (3, 2.0), (8, 2.5), (15, 3.0)]


def test_vtt_rolling_automatic_captions_are_read_once():
    cues = [("00:00:00.000", "00:00:02.000", "one two three<00:00:01.000><c> four</c>"),
            ("00:00:02.000", "00:00:02.010", "one two three four"),
            ("00:00:02.010", "00:00:04.000", "one two three four\nfive six<00:00:03.000><c> seven</c>"),
            ("00:00:04.000", "00:00:04.010", "five six seven"),
            ("00:00:04.010", "00:00:06.000", "five six seven\neight nine")]
    text = "WEBVTT\n\n" + "\n\n".join(f"{a} --> {b}\n{t}" for a, b, t in cues) + "\n"
    doc = parse_transcript(text)
    assert texts(doc) == ["one two three four", "five six seven", "eight nine"]
    assert hint_pairs(doc.segments[1]) == [(0, 2.01), (9, 3.0), (14, 4.0)]


# ----------------------------------------------------------------------------- JSON, CSV, TextGrid, Audacity
def test_simple_json_from_other_tools():
    doc = parse_transcript(json.dumps({"language": "en", "segments": [
        {"id": 0, "start": 0.0, "end": 2.5, "text": " And so, my fellow Americans,"},
        {"id": 1, "start": 2.5, "end": 5.0, "text": " ask not.", "speaker": "SPEAKER_00"},
        {"id": 2, "start": 5.0, "end": 6.0, "text": "   "}]}))
    assert doc.source_format == "json" and doc.language == "en"
    assert texts(doc) == ["And so, my fellow Americans,", "ask not."]
    assert [hint_pairs(s) for s in doc.segments] == [[(0, 0.0), (28, 2.5)], [(0, 2.5), (8, 5.0)]]
    assert doc.segments[1].speaker == "SPEAKER_00"


def test_whisper_cpp_json_and_bare_lists():
    doc = parse_transcript(json.dumps({"transcription": [
        {"timestamps": {"from": "00:00:00,000", "to": "00:00:02,000"}, "offsets": {"from": 0, "to": 2000},
         "text": " Hello."}]}))
    assert texts(doc) == ["Hello."] and hint_pairs(doc.segments[0]) == [(0, 0.0), (6, 2.0)]
    doc = parse_transcript('[{"start": "00:00:01.5", "end": 3, "text": "Hi."}]')
    assert hint_pairs(doc.segments[0]) == [(0, 1.5), (3, 3.0)]


@pytest.mark.parametrize("text, message", [
    ('{"segments": "nope"}', "no transcript"),
    ('{"segments": [{"start": 1}]}', "none of its segments"),
    ('{"schema": "aligner-document", "version": 99, "segments": []}', "newer Aligner"),
    ('{"schema": "aligner-document", "version": 1, "segments": [{"text": "a", "start": "x"}]}', "damaged"),
])
def test_bad_json(text, message):
    with pytest.raises(TranscriptError, match=message):
        parse_transcript(text)


def test_bad_json_syntax_is_reported_for_json_files(tmp_path):
    path = write_bytes(tmp_path, "t.json", b'{"segments": [')
    with pytest.raises(TranscriptError, match="not valid JSON"):
        read_transcript(path)


def test_csv_table_reads_text_speaker_and_times():
    doc = parse_transcript("index,start,end,duration,speaker,text,confidence,flags\r\n"
                           "1,0.500,1.640,1.140,Ann,\"Hello, you.\",0.930,\r\n2,,,,,Untimed.,,\r\n")
    assert doc.source_format == "csv"
    assert [(s.text, s.speaker, hint_pairs(s)) for s in doc.segments] == [
        ("Hello, you.", "Ann", [(0, 0.5), (11, 1.64)]), ("Untimed.", None, [])]


def test_textgrid_reads_the_segment_tier():
    from aligner.formats import render
    from test_formats_fixtures import aligned_doc
    doc = parse_transcript(render(aligned_doc(), "textgrid"))
    assert doc.source_format == "textgrid"
    assert texts(doc) == texts(aligned_doc())
    assert [s.speaker for s in doc.segments] == [s.speaker for s in aligned_doc().segments]
    assert hint_pairs(doc.segments[0]) == [(0, 0.5), (21, 1.64)]


def test_audacity_labels():
    doc = parse_transcript("0.500000\t1.640000\tHello there.\n\\\t100.0\t2000.0\n2.0\t3.5\tSecond.\n")
    assert doc.source_format == "audacity"
    assert [(s.text, hint_pairs(s)) for s in doc.segments] == [("Hello there.", [(0, 0.5), (12, 1.64)]),
                                                               ("Second.", [(0, 2.0), (7, 3.5)])]


# ----------------------------------------------------------------------------- files and encodings
TEXT = "Café au lait – naïve “quotes”. Second sentence.\nNext line."


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("utf-16-le", b"\xff\xfe" + TEXT.encode("utf-16-le")),
    ("utf-16-be", b"\xfe\xff" + TEXT.encode("utf-16-be")),
    ("utf-16-le", TEXT.encode("utf-16-le")),  # no mark
    ("cp1252", TEXT.encode("cp1252")),
])
def test_encodings(tmp_path, encoding, data):
    doc = read_transcript(write_bytes(tmp_path, "t.txt", data))
    assert texts(doc) == ["Café au lait – naïve “quotes”.", "Second sentence.", "Next line."]
    assert doc.metadata["source_file"]["encoding"] == encoding


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends(tmp_path, newline):
    data = SRT.replace("\n", newline).encode("utf-8")
    doc = read_transcript(write_bytes(tmp_path, "t.srt", data))
    assert texts(doc)[:2] == ["Hello there, my friend. How are you?", "I'm fine."]
    assert doc.metadata["source_file"]["newline"] == newline


def test_read_transcript_sets_source_and_follows_content(tmp_path):
    path = write_bytes(tmp_path, "Talk.SRT", VTT.encode("utf-8"))  # a WebVTT file with the wrong extension
    doc = read_transcript(path)
    assert doc.source_format == "vtt" and doc.source_path == os.path.abspath(path)
    doc = read_transcript(write_bytes(tmp_path, "page.txt", BRIEF_EXAMPLE.encode()))
    assert doc.source_format == "web"
    doc = read_transcript(write_bytes(tmp_path, "forced.txt", BRIEF_EXAMPLE.encode()), format="txt")
    assert doc.source_format == "txt" and doc.segments[0].text.startswith("## Transcript")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t\r\n ", "empty"),
    (b"\xef\xbb\xbf", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"Hello\x00world" * 50, "binary"),
    (b"%PDF-1.7\n...", "PDF"),
    (b"PK\x03\x04\x14\x00", "Word"),
])
def test_unreadable_files(tmp_path, data, message):
    with pytest.raises(TranscriptError, match=message) as err:
        read_transcript(write_bytes(tmp_path, "t.txt", data))
    assert "t.txt" in str(err.value)


def test_huge_and_missing_files(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(TranscriptError, match="too large"):
        read_transcript(str(big))
    with pytest.raises(TranscriptError, match="does not exist"):
        read_transcript(str(tmp_path / "nope.txt"))
    with pytest.raises(TranscriptError, match="folder"):
        read_transcript(str(tmp_path))


def test_parse_transcript_rejects_empty_and_binary_strings():
    with pytest.raises(TranscriptError, match="empty"):
        parse_transcript(" \n ")
    with pytest.raises(TranscriptError, match="binary"):
        parse_transcript("a\x00b")


def test_every_import_keeps_document_invariants():
    from aligner.formats import render
    from test_formats_fixtures import aligned_doc
    sources = [BRIEF_EXAMPLE, SRT, VTT, TEXT, render(aligned_doc(), "json"), render(aligned_doc(), "csv")]
    for text in sources:
        doc = parse_transcript(text)
        doc.check()
        for s in doc.segments:
            assert s.text == s.text.strip() and s.text
            assert all(0 <= h.offset <= len(s.text) for h in s.hints)
        json.dumps(doc.metadata)
