"""Timecodes, the sentence splitter, options and the format registry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.errors import ExportError, TranscriptError
from aligner.formats import (ExportOptions, export_formats, format_for_path, format_like, format_timecode,
                             guess_format, import_formats, parse_timecode, srt_timestamp, vtt_timestamp)
from aligner.sentences import sentence_spans, split_sentences


# ----------------------------------------------------------------------------- timecodes
@pytest.mark.parametrize("text, seconds", [
    ("00:01:02,900", 62.9), ("00:01:02.900", 62.9), ("1:02:03.5", 3723.5), ("[01:02]", 62.0),
    ("(00:00:04)", 4.0), ("0:04", 4.0), ("[1:02:03]", 3723.0), ("62.5", 62.5), ("00:00:00,04", 0.04),
])
def test_parse_timecode(text, seconds):
    assert parse_timecode(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "abc", "1:60", "01:61:00", "[01:02)", "(01:02", "1:2:3:4"])
def test_parse_timecode_rejects(text):
    with pytest.raises(ValueError):
        parse_timecode(text)


def test_format_timecode_carries_and_clamps():
    assert srt_timestamp(59.9996) == "00:01:00,000"
    assert vtt_timestamp(3723.4567) == "01:02:03.457"
    assert srt_timestamp(-1) == "00:00:00,000"
    assert format_timecode(62.9, hours=False, frac_digits=0) == "01:02"
    assert format_timecode(62.999, hours=False, frac_digits=0, pad_first=False) == "1:02"  # cut, not rounded
    assert format_timecode(360000.5) == "100:00:00.500"


@pytest.mark.parametrize("example, seconds, expected", [
    ("00:01:02,900", 123.4, "00:02:03,400"),
    ("00:01:02.900", 4.12, "00:00:04.120"),
    ("[01:02]", 4.9, "[00:04]"),
    ("[1:02]", 3723, "[1:02:03]"),
    ("(00:00:04)", 62.9, "(00:01:02)"),
    ("0:04", 75.2, "1:15"),
    ("1:02:03.5", 4.25, "0:00:04.2"),
])
def test_format_like(example, seconds, expected):
    assert format_like(seconds, example) == expected


@given(st.integers(min_value=0, max_value=99 * 3600 * 1000))
def test_timecode_round_trip(ms):
    for text in (srt_timestamp(ms / 1000), vtt_timestamp(ms / 1000), format_like(ms / 1000, "[1:02.5]")):
        assert round(parse_timecode(text) * 1000) == (ms if not text.startswith("[") else ms // 100 * 100)


# ----------------------------------------------------------------------------- sentences
@pytest.mark.parametrize("text, expected", [
    ("Dr. Smith paid $3.5 million in the U.S., e.g. for a house. Then he left.",
     ["Dr. Smith paid $3.5 million in the U.S., e.g. for a house.", "Then he left."]),
    ("Thanks for having me.. I want to start with a question.. Why do we sleep?",
     ["Thanks for having me..", "I want to start with a question..", "Why do we sleep?"]),
    ("Mr. and Mrs. Jones arrived at 3 p.m. They left at 5.",
     ["Mr. and Mrs. Jones arrived at 3 p.m.", "They left at 5."]),
    ("Wait... what? No!", ["Wait... what?", "No!"]),
    ("no punctuation at all", ["no punctuation at all"]),
    ("  spaces around.  ", ["spaces around."]),
    ("So..", ["So.."]),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@given(st.lists(st.sampled_from(list("ab .?!,\u2026\"'") + ["Dr.", "e.g.", "3.5", " .. ", "\t"]), max_size=80)
       .map("".join))
def test_sentence_spans_cover_the_text(text):
    spans = sentence_spans(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(a < b and text[a:b] == text[a:b].strip() for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


def test_long_run_on_text_is_split_quickly():
    text = " ".join(["and then we went on"] * 5000)
    spans = sentence_spans(text)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


# ----------------------------------------------------------------------------- options and registry
def test_export_options_defaults_and_validation():
    o = ExportOptions()
    assert (o.max_chars_per_line, o.max_lines_per_cue, o.max_cue_duration) == (42, 2, 7.0)
    assert 0 < o.min_cue_duration < o.max_cue_duration and o.split_long_cues and o.include_speakers
    for bad in ({"max_chars_per_line": 5}, {"max_lines_per_cue": 0}, {"max_cue_duration": 0},
                {"min_cue_duration": 8.0}, {"min_cue_duration": -1}):
        with pytest.raises(ExportError):
            ExportOptions(**bad)


def test_format_lists():
    exports = {f.key: f for f in export_formats()}
    assert set(exports) == {"srt", "vtt", "txt", "web", "json", "csv", "textgrid", "audacity"}
    assert exports["srt"].extensions == (".srt",)
    assert exports["textgrid"].dialog_filter == "Praat TextGrid (*.TextGrid)"
    imports = {f.key for f in import_formats()}
    assert {"srt", "vtt", "txt", "web", "json", "csv", "textgrid", "audacity"} == imports
    assert all(f.description.endswith(".") for f in export_formats())


def test_format_for_path():
    assert format_for_path("a/b/Talk.SRT") == "srt"
    assert format_for_path("x.TextGrid") == "textgrid"
    assert format_for_path("x.txt") == "txt"
    assert format_for_path("x.md") == "web"
    assert format_for_path("x.vtt", for_export=False) == "vtt"
    assert format_for_path("x.txt", for_export=False) is None  # the content decides
    with pytest.raises(ExportError, match=r"\.srt.*\.vtt"):
        format_for_path("x.docx")
    with pytest.raises(ExportError, match="without an extension"):
        format_for_path("noext")


@pytest.mark.parametrize("text, key", [
    ("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n", "vtt"),
    ("1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"),
    ('{"segments": [{"start": 0, "end": 1, "text": "Hi"}]}', "json"),
    ('File type = "ooTextFile"\nObject class = "TextGrid"\n', "textgrid"),
    ("index,start,end,duration,speaker,text,confidence,flags\n1,,,,,Hi,,\n", "csv"),
    ("0.5\t1.5\tHello\n2.0\t3.0\tWorld\n", "audacity"),
    ("## Transcript\n\nHello.\n", "web"),
    ("Hello.. 00:00:04,120 world.\n", "web"),
    ("- Hi.\n- Hello.\n", "web"),
    ("ALICE: Hi.\nBOB: Hello.\n", "web"),
    ("Hello world.\nSecond line, no marks [laughter].\n", "txt"),
    ("Note: this is plain.\n", "txt"),
])
def test_guess_format(text, key):
    assert guess_format(text) == key


def test_unknown_format_names_are_refused():
    from aligner.formats import parse_transcript
    with pytest.raises(TranscriptError, match="Known formats"):
        parse_transcript("Hello.", format="docx")
