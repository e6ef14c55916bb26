"""Writing documents: golden files for every format, unaligned documents, atomic writes, "original"."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from dataclasses import replace

import pytest
from praatio import textgrid as praat_textgrid

from aligner.document import Document, Segment
from aligner.errors import ExportError
from aligner.formats import ExportOptions, parse_transcript, read_transcript, render, write_document
from aligner.serialize import document_to_dict
from test_formats_fixtures import aligned_doc, check_golden, files_in, place_by_hints, texts, write_bytes


# ----------------------------------------------------------------------------- golden files
@pytest.mark.parametrize("fmt, options, golden", [
    ("srt", ExportOptions(), "aligned.srt"),
    ("vtt", ExportOptions(), "aligned.vtt"),
    ("txt", ExportOptions(), "aligned.txt"),
    ("txt", ExportOptions(txt_timestamps=True), "aligned_timestamps.txt"),
    ("json", ExportOptions(), "aligned.json"),
    ("csv", ExportOptions(), "aligned.csv"),
    ("textgrid", ExportOptions(), "aligned.TextGrid"),
    ("audacity", ExportOptions(), "aligned_audacity.txt"),
    ("web", ExportOptions(), "aligned_web.md"),
    ("srt", ExportOptions(max_chars_per_line=20, max_lines_per_cue=1, include_speakers=False),
     "aligned_narrow.srt"),
])
def test_golden(fmt, options, golden):
    check_golden(golden, render(aligned_doc(), fmt, options))


def test_without_speakers_nothing_names_them():
    o = ExportOptions(include_speakers=False)
    doc = aligned_doc()
    for fmt in ("srt", "vtt", "txt", "audacity", "web"):
        assert "Speaker" not in render(doc, fmt, o), fmt
    assert "Speaker" not in render(doc, "txt", replace(o, txt_timestamps=True))
    assert all(row["speaker"] == "" for row in csv.DictReader(io.StringIO(render(doc, "csv", o))))
    assert '"speaker"' not in render(doc, "textgrid", o)


def test_single_speaker_gets_no_visible_labels():
    doc = aligned_doc()
    doc.segments = [replace(s, speaker="Ann") for s in doc.segments]
    assert "Ann:" not in render(doc, "srt") and "Ann:" not in render(doc, "txt")
    assert "<v Ann>" in render(doc, "vtt")  # voice tags are metadata, not on-screen text


# ----------------------------------------------------------------------------- unaligned documents
def unaligned_doc() -> Document:
    return Document(segments=[Segment("Hello there."), Segment("Second line.", speaker="B")])


@pytest.mark.parametrize("fmt", ["srt", "vtt", "textgrid", "audacity"])
def test_timed_formats_refuse_unaligned_documents(fmt):
    with pytest.raises(ExportError, match="Align it"):
        render(unaligned_doc(), fmt)


@pytest.mark.parametrize("fmt", ["txt", "json", "csv", "web"])
def test_text_formats_write_unaligned_documents(fmt):
    out = render(unaligned_doc(), fmt)
    assert "Hello there." in out and "Second line." in out


def test_partly_aligned_document_skips_untimed_segments():
    doc = aligned_doc()
    doc.segments.insert(2, Segment("Never heard."))
    for fmt in ("srt", "vtt", "textgrid", "audacity"):
        assert "Never heard." not in render(doc, fmt), fmt
    assert "Never heard." in render(doc, "txt")
    tg_doc = parse_transcript(render(doc, "textgrid"))
    assert texts(tg_doc) == texts(aligned_doc())


# ----------------------------------------------------------------------------- round trips
def test_json_round_trip_is_exact():
    doc = aligned_doc()
    doc.metadata = {"layout": {"anything": [1, "two"]}, "note": "kept"}
    again = parse_transcript(render(doc, "json"))
    assert again.source_format == "json"  # the file it was read from now
    assert again.metadata.pop("source_file") == {"encoding": "utf-8", "bom": False, "newline": "\n"}
    again.source_format = None
    assert document_to_dict(again) == document_to_dict(doc)
    assert again.segments == doc.segments and again.unscripted == doc.unscripted
    assert render(again, "json") == render(doc, "json")


def test_json_keeps_the_shape_other_tools_read():
    data = json.loads(render(aligned_doc(), "json"))
    for seg in data["segments"]:
        assert {"start", "end", "text", "words"} <= set(seg)
        for w in seg["words"]:
            assert {"start", "end", "word", "probability"} <= set(w)
    assert data["segments"][0]["words"][0] == {"word": "Thanks", "start": 0.5, "end": 0.74, "probability": 0.9}


def test_srt_round_trip():
    labelled = ExportOptions(generic_speaker_labels=True)  # placeholder names are off subtitles by default
    original = render(aligned_doc(), "srt", labelled)
    doc = place_by_hints(parse_transcript(original))
    assert [s.speaker for s in doc.segments] == ["Speaker A", "Speaker A", "Speaker B", "Speaker B"]
    assert render(doc, "srt", labelled) == original


def test_subtitles_leave_placeholder_speakers_out_but_keep_real_names():
    doc = aligned_doc()
    srt, vtt = render(doc, "srt"), render(doc, "vtt")
    assert "Speaker A" not in srt and "Speaker B" not in srt and "<v " not in vtt
    named = replace_speakers(doc, {"Speaker A": "MARY", "Speaker B": "Speaker B"})
    srt = render(named, "srt")
    assert "MARY: Thanks for having me." in srt and "Speaker B" not in srt
    assert "<v MARY>Thanks" in render(named, "vtt")
    assert "Speaker B: [laughter]" in render(doc, "srt", ExportOptions(generic_speaker_labels=True))
    txt = render(doc, "txt")  # a transcript (not a subtitle) keeps telling the turns apart
    assert "Speaker A" in txt


def replace_speakers(doc, names):
    from dataclasses import replace as dc_replace

    out = doc.copy()
    out.segments = [dc_replace(s, speaker=names.get(s.speaker, s.speaker)) for s in out.segments]
    return out


def test_vtt_round_trip():
    original = render(aligned_doc(), "vtt")
    doc = place_by_hints(parse_transcript(original))
    assert render(doc, "vtt") == original


def test_subtitle_line_breaks_of_the_file_are_kept():
    srt = "1\n00:00:01,000 --> 00:00:04,000\nA first line that is short\nand a second one.\n"
    doc = place_by_hints(parse_transcript(srt))
    assert render(doc, "srt") == srt
    assert render(doc, "srt", ExportOptions(max_chars_per_line=20)) != srt  # no longer fits: re-wrapped


def test_textgrid_reads_back_with_praatio(tmp_path):
    doc = aligned_doc()
    doc.segments.append(Segment("Untimed at the end."))
    path = tmp_path / "talk.TextGrid"
    write_document(doc, str(path))
    tg = praat_textgrid.openTextgrid(str(path), includeEmptyIntervals=True)
    assert tg.tierNames == ("segments", "words", "speaker")
    assert (tg.minTimestamp, tg.maxTimestamp) == (0, 12.0)
    segs = [e for e in tg.getTier("segments").entries if e.label]
    assert [e.label for e in segs] == texts(aligned_doc())
    assert [(e.start, e.end) for e in segs] == [(s.start, s.end) for s in aligned_doc().segments]
    entries = tg.getTier("segments").entries
    assert entries[0].label == "" and entries[0].end == 0.5  # the gap before the first segment
    assert all(a.end == b.start for a, b in zip(entries, entries[1:]))  # gaps are filled
    words = [e.label for e in tg.getTier("words").entries if e.label]
    assert words[:4] == ["Thanks", "for", "having", "me."] and "[laughter]" not in words
    assert [e.label for e in tg.getTier("speaker").entries if e.label] == [s.speaker for s in aligned_doc()]


def test_csv_reads_back_with_the_csv_module(tmp_path):
    path = tmp_path / "talk.csv"
    write_document(aligned_doc(), str(path))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows] == texts(aligned_doc())
    assert rows[2] == {"index": "3", "start": "8.000", "end": "8.840", "duration": "0.840", "speaker": "Speaker B",
                       "text": "[laughter] Good question.", "confidence": "0.410", "flags": "low_confidence"}
    again = read_transcript(str(path))
    assert texts(again) == texts(aligned_doc()) and again.segments[0].speaker == "Speaker A"


def test_timestamped_text_reads_back_as_a_web_transcript():
    doc = parse_transcript(render(aligned_doc(), "txt", ExportOptions(txt_timestamps=True)))
    assert doc.source_format == "web"
    assert texts(doc) == texts(aligned_doc())
    assert [s.speaker for s in doc.segments] == [s.speaker for s in aligned_doc().segments]
    assert [s.hints[0].time for s in doc.segments] == [s.start for s in aligned_doc().segments]


def test_plain_text_is_written_back_in_its_own_lines():
    text = "Hello world. This is Dr. Smith.\n\nSecond paragraph here.\nLast line\n"
    doc = parse_transcript(text)
    assert len(doc.segments) == 4
    assert render(doc, "txt") == text
    assert render(doc, "original") == text


# ----------------------------------------------------------------------------- writing files
def test_write_document_picks_the_format_from_the_extension(tmp_path):
    doc = aligned_doc()
    for name, start in (("a.srt", "1\n"), ("a.vtt", "WEBVTT"), ("a.json", "{"), ("a.csv", "\ufeffindex"),
                        ("a.TextGrid", 'File type'), ("a.txt", "Speaker A:"), ("a.md", "## Transcript")):
        write_document(doc, str(tmp_path / name))
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    write_document(doc, str(tmp_path / "labels.txt"), "audacity")
    assert (tmp_path / "labels.txt").read_text().startswith("0.500000\t1.640000\t")


def test_unknown_extension_lists_the_known_ones(tmp_path):
    with pytest.raises(ExportError, match=r"\.srt, \.vtt, \.txt.*\.TextGrid"):
        write_document(aligned_doc(), str(tmp_path / "talk.docx"))
    assert files_in(tmp_path) == set()


def test_original_format_with_the_source_line_ends(tmp_path):
    srt = render(aligned_doc(), "srt").replace("\n", "\r\n")
    doc = place_by_hints(read_transcript(write_bytes(tmp_path, "in.srt", srt.encode("utf-8"))))
    out = tmp_path / "out.whatever"
    write_document(doc, str(out), "original")
    assert out.read_bytes() == srt.encode("utf-8")
    write_document(doc, str(tmp_path / "out.vtt"))  # another format: plain \n
    assert b"\r" not in (tmp_path / "out.vtt").read_bytes()
    with pytest.raises(ExportError, match="no original format"):
        write_document(aligned_doc(), str(out), "original")


def test_failed_export_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "talk.srt"
    target.write_text("old subtitles")
    with pytest.raises(ExportError):
        write_document(unaligned_doc(), str(target))
    assert target.read_text() == "old subtitles" and files_in(tmp_path) == {"talk.srt"}


def test_write_failing_midway_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "talk.json"
    target.write_text("old json")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="disk is full"):
        write_document(aligned_doc(), str(target))
    assert target.read_text() == "old json" and files_in(tmp_path) == {"talk.json"}


def test_write_into_a_missing_folder(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_document(aligned_doc(), str(tmp_path / "nope" / "talk.srt"))


def test_json_export_refuses_non_json_metadata(tmp_path):
    doc = aligned_doc()
    doc.metadata["bad"] = object()
    with pytest.raises(ExportError, match="cannot be written as JSON"):
        write_document(doc, str(tmp_path / "x.json"))
    assert files_in(tmp_path) == set()


# ----------------------------------------------------------------------------- the check before writing
def test_reading_speed_is_checked_for_captions_only_overlaps_everywhere():
    """Exporting the demo's JSON asked about "17 faster than 17 characters per second": a talk is spoken at
    15-20 characters a second, and a data file is not read on screen.  Captions still get the warning; an
    overlap is wrong in any format."""
    from aligner.formats.checks import FAST, OVERLAP, check_export

    doc = Document(segments=[Segment("Partly, but only when the nap is short and early.", 1.0, 1.5),
                             Segment("Good.", 1.4, 2.5)])
    kinds = {fmt: {f.kind for f in check_export(doc, fmt, ExportOptions(), 17.0)}
             for fmt in ("srt", "vtt", "json", "csv", "textgrid", "txt", "web", "audacity")}
    assert FAST in kinds["srt"] and FAST in kinds["vtt"]
    for fmt in ("json", "csv", "textgrid", "txt", "web", "audacity"):
        assert kinds[fmt] == {OVERLAP}, fmt
