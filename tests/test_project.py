"""Project files: round trip, audio paths, atomic saves, and refusing damaged or newer files."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from aligner import project as project_module
from aligner.document import (HINT_IGNORED, LOCKED, LOW_CONFIDENCE, NOT_HEARD, Document, Hint, Segment,
                              UnscriptedSpan, Word)
from aligner.errors import AlignerError, ProjectError
from aligner.project import PROJECT_EXTENSION, PROJECT_VERSION, load_project, save_project
from aligner.serialize import document_to_dict


def full_document(audio_path: str, source_path: str) -> Document:
    """A document using every field the model has (times with at most 4 decimals: what files keep)."""
    words = (Word("Hello,", 1.0, 1.4, 0.93), Word("[laughter]", 1.4, 1.9, None, cue=True), Word("world.", 1.9, 2.35, 0.5))
    return Document(
        segments=[
            Segment("Hello, [laughter] world.", 1.0, 2.35, "Ann", words, 0.81,
                    frozenset({LOCKED, LOW_CONFIDENCE}), (Hint(0, 0.9), Hint(18, 2.0)), "seg-one"),
            Segment("Never said here.", None, None, None, (), None, frozenset({NOT_HEARD}), (), "seg-two"),
            Segment("Ünïcödé — “quoted” text.", 3.0, 4.125, "Bob", (), 0.3, frozenset({HINT_IGNORED}), (Hint(4, 3.5),),
                    "seg-three"),
        ],
        audio_path=audio_path, audio_duration=600.5, language="en", source_format="srt", source_path=source_path,
        unscripted=[UnscriptedSpan(5.0, 6.5, "um so", 0.4), UnscriptedSpan(7.0, 7.25, "", None)],
        metadata={"title": "A talk", "header": ["line 1", "line 2"], "n": 3},
    )


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_round_trip_keeps_every_field_and_the_ui_state(tmp_path):
    audio = tmp_path / "talk.mp3"
    audio.write_bytes(b"x")
    doc = full_document(str(audio), str(tmp_path / "talk.srt"))
    ui = {"view": {"start": 12.5, "end": 42.0}, "selection": [0, 2], "note": "ü"}
    path = tmp_path / ("talk" + PROJECT_EXTENSION)
    save_project(doc, str(path), ui)
    loaded = load_project(str(path))
    assert loaded.document == doc
    assert document_to_dict(loaded.document) == document_to_dict(doc)
    assert loaded.ui_state == ui
    assert loaded.path == str(path)
    assert loaded.saved_at is not None and loaded.saved_at.tzinfo is not None
    assert not loaded.audio_missing
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "aligner-project" and data["version"] == PROJECT_VERSION
    assert "Ünïcödé" in path.read_text(encoding="utf-8")  # readable, not \u-escaped


def test_audio_beside_or_below_is_stored_relative_so_the_folder_can_move(tmp_path):
    folder = tmp_path / "work"
    (folder / "media").mkdir(parents=True)
    (folder / "media" / "talk.wav").write_bytes(b"x")
    (folder / "notes.txt").write_text("hi")
    doc = Document([Segment("Hi.", 0.0, 1.0)], audio_path=str(folder / "media" / "talk.wav"),
                   source_path=str(folder / "notes.txt"))
    save_project(doc, str(folder / "p.alignproj"))
    data = json.loads((folder / "p.alignproj").read_text())
    assert data["document"]["audio"]["path"] == "media/talk.wav"
    assert data["document"]["source"]["path"] == "notes.txt"
    moved = shutil.move(str(folder), str(tmp_path / "elsewhere"))
    loaded = load_project(os.path.join(moved, "p.alignproj"))
    assert loaded.document.audio_path == os.path.join(moved, "media", "talk.wav")
    assert not loaded.audio_missing


def test_audio_elsewhere_is_stored_absolute(tmp_path):
    (tmp_path / "audio").mkdir()
    (tmp_path / "projects").mkdir()
    audio = tmp_path / "audio" / "talk.wav"
    audio.write_bytes(b"x")
    save_project(Document([Segment("Hi.")], audio_path=str(audio)), str(tmp_path / "projects" / "p.alignproj"))
    data = json.loads((tmp_path / "projects" / "p.alignproj").read_text())
    assert data["document"]["audio"]["path"] == str(audio)


def test_missing_audio_still_loads_and_says_so(tmp_path):
    audio = tmp_path / "talk.wav"
    audio.write_bytes(b"x")
    save_project(Document([Segment("Hi.", 0.0, 1.0)], audio_path=str(audio)), str(tmp_path / "p.alignproj"))
    audio.unlink()
    loaded = load_project(str(tmp_path / "p.alignproj"))
    assert loaded.audio_missing and loaded.audio_path == str(audio)
    assert loaded.document.segments[0].text == "Hi."


# ------------------------------------------------------------------------------ atomic saves
@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "p.alignproj"
    save_project(Document([Segment("The good version.", 0.0, 1.0)]), str(path))
    return path, path.read_bytes()


def test_failure_while_building_the_file_leaves_the_old_one(saved, monkeypatch):
    path, before = saved

    def broken_dumps(*a, **kw):
        raise RuntimeError("serializer crashed")

    monkeypatch.setattr(project_module.json, "dumps", broken_dumps)
    with pytest.raises(RuntimeError):
        save_project(Document([Segment("The new version.")]), str(path))
    assert path.read_bytes() == before and files_in(path.parent) == ["p.alignproj"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_while_writing_leaves_the_old_file_and_no_temp_file(saved, monkeypatch, step):
    path, before = saved

    def fail(*a, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(AlignerError, match="disk is full"):
        save_project(Document([Segment("The new version.")]), str(path))
    monkeypatch.undo()
    assert path.read_bytes() == before and files_in(path.parent) == ["p.alignproj"]
    assert load_project(str(path)).document.segments[0].text == "The good version."


def test_json_that_cannot_be_written_is_refused_before_touching_the_file(saved):
    path, before = saved
    with pytest.raises(TypeError):
        save_project(Document([Segment("x")]), str(path), ui_state={"widget": object()})
    assert path.read_bytes() == before and files_in(path.parent) == ["p.alignproj"]


# ------------------------------------------------------------------------------ refusing bad files
def write_json(path, data) -> bytes:
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    return raw


def good_data(tmp_path) -> dict:
    path = tmp_path / "good.alignproj"
    save_project(full_document(str(tmp_path / "a.wav"), None), str(path))
    return json.loads(path.read_text())


def test_newer_project_format_is_refused(tmp_path):
    data = good_data(tmp_path)
    data["version"] = PROJECT_VERSION + 1
    write_json(tmp_path / "new.alignproj", data)
    with pytest.raises(ProjectError, match="newer Aligner.*Update"):
        load_project(str(tmp_path / "new.alignproj"))


def test_newer_document_format_inside_is_refused(tmp_path):
    data = good_data(tmp_path)
    data["document"]["version"] = 99
    write_json(tmp_path / "new.alignproj", data)
    with pytest.raises(ProjectError, match="newer Aligner"):
        load_project(str(tmp_path / "new.alignproj"))


def test_truncated_file_is_damaged(tmp_path):
    data = good_data(tmp_path)
    raw = json.dumps(data, indent=1).encode()
    path = tmp_path / "cut.alignproj"
    path.write_bytes(raw[:len(raw) // 2])
    with pytest.raises(ProjectError, match="cut.alignproj is damaged.*line"):
        load_project(str(path))
    assert path.read_bytes() == raw[:len(raw) // 2]


@pytest.mark.parametrize("change", [
    lambda d: d["document"].__setitem__("segments", "lots"),
    lambda d: d["document"]["segments"][0].__setitem__("start", "soon"),
    lambda d: d["document"]["segments"][0].__setitem__("text", ["not", "text"]),
    lambda d: d["document"]["segments"][0].__setitem__("flags", 7),
    lambda d: d["document"]["segments"][0]["words"][2].update(start=9.0, end=9.5),
    lambda d: d["document"]["segments"][0].__setitem__("hints", [{"offset": "x"}]),
    lambda d: d["document"]["segments"].__setitem__(0, 42),
    lambda d: d["document"]["segments"][2].__setitem__("start", 0.5),  # out of order
    lambda d: d["document"]["audio"].__setitem__("path", 12),
    lambda d: d.__setitem__("version", "one"),
    lambda d: d.__delitem__("document"),
], ids=["segments-not-list", "time-not-number", "text-not-text", "flags-not-list", "word-outside-segment",
        "hint-offset", "segment-not-object", "out-of-order", "path-not-text", "version-not-int", "no-document"])
def test_wrong_types_are_damaged(tmp_path, change):
    data = good_data(tmp_path)
    change(data)
    path = tmp_path / "bad.alignproj"
    raw = write_json(path, data)
    with pytest.raises(ProjectError, match="bad.alignproj is damaged"):
        load_project(str(path))
    assert path.read_bytes() == raw


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00binary", b"just some notes\n", b"[1, 2, 3]",
                                     b'{"format": "something-else", "version": 1}',
                                     b'{"schema": "aligner-document", "version": 1, "segments": []}'],
                         ids=["binary", "text", "json-list", "other-format", "json-export"])
def test_files_that_are_not_projects(tmp_path, content):
    path = tmp_path / "x.alignproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="x.alignproj is not an Aligner project"):
        load_project(str(path))
    assert path.read_bytes() == content and files_in(tmp_path) == ["x.alignproj"]


def test_missing_project_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        load_project(str(tmp_path / "none.alignproj"))
    with pytest.raises(ProjectError, match="folder"):
        load_project(str(tmp_path))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_project_holding_nan_or_infinity_anywhere_is_refused(tmp_path, constant):
    """Found by the project fuzz test: NaN as the source format was read, and the project could then never
    be saved again (the writer refuses NaN).  Such a file is refused with a message when it is opened."""
    from aligner.document import Document, Segment
    from aligner.errors import ProjectError
    from aligner.project import load_project, save_project

    path = tmp_path / "talk.alignproj"
    save_project(Document([Segment("Hello there.", 0.5, 1.5)], source_format="txt"), str(path))
    path.write_text(path.read_text(encoding="utf-8").replace('"txt"', constant), encoding="utf-8")
    with pytest.raises(ProjectError, match="source.format holds"):
        load_project(str(path))
