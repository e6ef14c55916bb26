"""Hostile input on the command line: one readable line, exit status 1, nothing destroyed or half-written.

One table of cases (issue 12's audit).  Each case builds its files from tiny
audio made inside the test, runs ``aligner`` in-process, and checks the message,
that the work never started when the problem could be seen before it
(``align_files`` is replaced by a tripwire), and which files exist afterwards
with which bytes.
"""

from __future__ import annotations

import errno
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pytest

import aligner.cli as cli
from aligner.document import Document, Segment, Word
from aligner.project import save_project
from synth import write_wav

UNWRITABLE = "/sys"  # root may write anywhere else; sysfs refuses new files even to root


def tiny_wav(path: Path, seconds: float = 2.0) -> Path:
    """A short tone with a little noise: real audio, but no speech (nothing here needs recognition)."""
    t = np.arange(int(seconds * 16000)) / 16000
    x = 0.2 * np.sin(2 * np.pi * 220 * t) + np.random.default_rng(0).normal(0, 0.01, len(t))
    write_wav(path, x.astype(np.float32))
    return path


def aligned_project(d: Path) -> Path:
    """A saved, aligned project of the tiny audio (for export and clips)."""
    audio = tiny_wav(d / "a.wav")
    doc = Document([Segment("Hello there.", 0.2, 0.9, confidence=0.9,
                            words=(Word("Hello", 0.2, 0.5, 0.9), Word("there.", 0.5, 0.9, 0.9))),
                    Segment("Goodbye now.", 1.1, 1.8, confidence=0.9,
                            words=(Word("Goodbye", 1.1, 1.5, 0.9), Word("now.", 1.5, 1.8, 0.9)))],
                   audio_path=str(audio), audio_duration=2.0, source_format="txt")
    save_project(doc, str(d / "p.alignproj"))
    return d / "p.alignproj"


def files(d: Path) -> set[str]:
    return {p.name for p in d.iterdir()}


@dataclass
class Case:
    id: str
    argv: Callable[[Path], list[str]]  #: given the case's folder (with a.wav, t.txt), the arguments
    message: str  #: must appear in the one error line (case-insensitive)
    absent: tuple[str, ...] = ()  #: must not appear in the message
    setup: Optional[Callable[[Path], None]] = None
    unchanged: tuple[str, ...] = ("a.wav", "t.txt")  #: files whose bytes must stay the same
    leaves: Optional[set[str]] = None  #: exactly these files afterwards (None: the same as before)
    work_allowed: bool = False  #: the audio and transcript may be loaded (the check needs them)


def talk(d: Path) -> None:
    tiny_wav(d / "a.wav")
    (d / "t.txt").write_text("Hello there.\nGoodbye now.\n", encoding="utf-8")


def with_project(d: Path) -> None:
    talk(d)
    aligned_project(d)


CASES = [
    # 1: no output may be an input, nor two outputs one file
    Case("project-over-audio", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--project", str(d / "a.wav")],
         "one of the input files"),
    Case("project-over-transcript",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--project", str(d / "t.txt")],
         "one of the input files"),
    Case("output-over-transcript",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--format", "srt", "-o", str(d / "t.txt")],
         "one of the input files"),
    Case("output-over-audio-through-link",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--format", "txt", "-o", str(d / "link.wav")],
         "one of the input files", setup=lambda d: os.symlink(d / "a.wav", d / "link.wav")),
    Case("two-outputs-one-file",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"), "-o", str(d / "." / "x.srt")],
         "named as an output twice"),
    Case("project-and-output-one-file",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--format", "json", "-o", str(d / "p.alignproj"),
                    "--project", str(d / "p.alignproj")], "named as an output twice"),
    Case("export-over-its-project", lambda d: ["export", str(d / "p.alignproj"), "--format", "json", "-o",
                                               str(d / "p.alignproj")],
         "one of the input files", setup=with_project, unchanged=("a.wav", "t.txt", "p.alignproj")),
    # 8 (and 6): every option and output location checked before anything is loaded
    Case("project-into-missing-folder",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--project", str(d / "no" / "p.alignproj")],
         "does not exist"),
    Case("project-into-read-only-folder",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--project", UNWRITABLE + "/p.alignproj"],
         "permission"),
    Case("output-into-read-only-folder",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "ok.srt"), "-o", UNWRITABLE + "/x.srt"],
         "permission"),
    Case("output-is-a-folder", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "--format", "srt", "-o", str(d)],
         "is a folder"),
    Case("max-duration-negative",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"), "--max-duration", "-1"],
         "--max-duration"),
    Case("max-chars-negative",
         lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"), "--max-chars", "-3"],
         "--max-chars"),
    Case("max-chars-zero", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"),
                                      "--max-chars", "0"], "--max-chars"),
    Case("max-duration-nan", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"),
                                        "--max-duration", "nan"], "--max-duration"),
    Case("min-longer-than-max", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"),
                                           "--min-duration", "9"], "--min-duration"),
    Case("unknown-format", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.out"),
                                      "--format", "docx"], "not a format"),
    Case("export-bad-option-before-loading", lambda d: ["export", str(d / "missing.alignproj"), "-o",
                                                        str(d / "x.srt"), "--max-lines", "0"], "--max-lines"),
    # 9: the option that is wrong is named (not --model, which was never given)
    Case("threads-negative", lambda d: ["align", str(d / "a.wav"), str(d / "t.txt"), "-o", str(d / "x.srt"),
                                        "--threads", "-5"], "--threads", absent=("--model", "model")),
    # 5: clips
    Case("clips-into-existing-file", lambda d: ["clips", str(d / "p.alignproj"), "-o", str(d / "t.txt"), "-q"],
         "is a file, not a folder", setup=with_project, unchanged=("a.wav", "t.txt", "p.alignproj")),
    Case("clips-into-read-only-folder",
         lambda d: ["clips", str(d / "p.alignproj"), "-o", UNWRITABLE + "/clips", "-q"], "permission",
         setup=with_project),
    Case("clips-negative-pad", lambda d: ["clips", str(d / "p.alignproj"), "-o", str(d / "c"), "--pad", "-1"],
         "--pad", setup=with_project),
    # 7: markup and wordless text
    Case("html-page-without-text", lambda d: ["align", str(d / "a.wav"), str(d / "page.html"), "-o", str(d / "x.srt")],
         "web page", work_allowed=True,
         setup=lambda d: (talk(d), (d / "page.html").write_text(
             "<!DOCTYPE html><html><head><style>p{color:red}</style></head><body><script>x()</script></body></html>",
             encoding="utf-8"))),
    Case("punctuation-only", lambda d: ["align", str(d / "a.wav"), str(d / "p.txt"), "-o", str(d / "x.srt")],
         "no words", work_allowed=True,
         setup=lambda d: (talk(d), (d / "p.txt").write_text("...\n!!! ???\n- - -\n", encoding="utf-8"))),
    # 14: a device is not an "empty" file
    Case("dev-zero-as-audio", lambda d: ["align", "/dev/zero", str(d / "t.txt"), "-o", str(d / "x.srt")],
         "device", absent=("0 bytes",), work_allowed=True),
    # 4: megabytes of text for seconds of audio are refused at once
    Case("huge-transcript", lambda d: ["align", str(d / "a.wav"), str(d / "big.txt"), "-o", str(d / "x.srt")],
         "far too long", work_allowed=True,
         setup=lambda d: (talk(d), (d / "big.txt").write_text("Rivers carry water down to the sea.\n" * 23000,
                                                              encoding="utf-8"))),
    Case("long-transcript-for-short-audio",
         lambda d: ["align", str(d / "a.wav"), str(d / "long.txt"), "-o", str(d / "x.srt")],
         "far too long", work_allowed=True,
         setup=lambda d: (talk(d), (d / "long.txt").write_text("Rivers carry water down to the sea.\n" * 60,
                                                               encoding="utf-8"))),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_command_line(case: Case, tmp_path, monkeypatch, capsys):
    d = tmp_path / "case"
    d.mkdir()
    (case.setup or talk)(d)
    before = {name: (d / name).read_bytes() for name in case.unchanged if (d / name).is_file()}
    listing = files(d)
    if not case.work_allowed:
        def tripwire(*a, **k):
            raise AssertionError("the work started although the problem could be seen before it")
        monkeypatch.setattr(cli, "align_files", tripwire)
    t0 = time.monotonic()
    code = cli.main(case.argv(d))
    elapsed = time.monotonic() - t0
    err = capsys.readouterr().err
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("aligner: "), err
    assert case.message.lower() in err.lower(), err
    assert not any(a.lower() in err.lower() for a in case.absent), err
    assert "Traceback" not in err
    for name, data in before.items():
        assert (d / name).read_bytes() == data, f"{name} was changed"
    assert files(d) == (case.leaves if case.leaves is not None else listing)
    assert elapsed < 30, f"took {elapsed:.0f} s to refuse"


# ------------------------------------------------------------------------- failures during the writing

def test_late_write_failure_says_what_was_and_was_not_written(tmp_path, monkeypatch, capsys):
    """Item 6: the project and the first output are written, the second fails: the message lists both."""
    talk(tmp_path)
    doc = Document([Segment("Hello there.", 0.2, 0.9), Segment("Goodbye now.", 1.1, 1.8)],
                   audio_path=str(tmp_path / "a.wav"), audio_duration=2.0, source_format="txt")
    monkeypatch.setattr(cli, "align_files", lambda *a, **k: (doc, type("R", (), {"stats": {}})()))
    import aligner.formats as formats

    real = formats.write_document

    def fails_for_vtt(d, path, *a, **k):
        if path.endswith(".vtt"):
            from aligner.errors import ExportError
            raise ExportError(f"The disk is full; {path} was not written. Free some space and try again.")
        return real(d, path, *a, **k)

    monkeypatch.setattr(formats, "write_document", fails_for_vtt)
    out = [str(tmp_path / n) for n in ("x.srt", "x.vtt", "x.json")]
    code = cli.main(["align", str(tmp_path / "a.wav"), str(tmp_path / "t.txt"), "--project",
                     str(tmp_path / "p.alignproj"), "-o", out[0], "-o", out[1], "-o", out[2], "-q"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "x.vtt could not be written" in err
    assert "Already written:" in err and "p.alignproj" in err and "x.srt" in err.split("Already written:")[1]
    assert "Not written:" in err and "x.json" in err.split("Not written:")[1]


def test_clips_on_a_full_disk_leave_nothing(tmp_path, monkeypatch, capsys):
    """Item 5: the disk fills up while clips are written: one line, no clip folder left behind."""
    proj = aligned_project(tmp_path)
    import aligner.audio.encode as encode

    def full(self, samples):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(encode.AudioWriter, "write", full)
    code = cli.main(["clips", str(proj), "-o", str(tmp_path / "clips"), "-q"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "disk is full" in err and "no clips were written" in err.lower()
    assert not (tmp_path / "clips").exists()


def test_clips_failing_midway_remove_what_this_run_wrote(tmp_path, monkeypatch, capsys):
    proj = aligned_project(tmp_path)
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "keep.txt").write_text("mine")
    import aligner.audio.encode as encode

    real, calls = encode.AudioWriter.close, []

    def second_fails(self):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self)

    monkeypatch.setattr(encode.AudioWriter, "close", second_fails)
    assert cli.main(["clips", str(proj), "-o", str(tmp_path / "clips"), "-q"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert files(tmp_path / "clips") == {"keep.txt"}


def test_truncated_wav_is_reported_on_the_command_line(tmp_path, monkeypatch, capsys):
    """Item 10: the header says 4 s, the data stops at 2 s: a "cut short" warning before the work."""
    tiny_wav(tmp_path / "full.wav", 4.0)
    data = (tmp_path / "full.wav").read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[:44 + (len(data) - 44) // 2])
    (tmp_path / "t.txt").write_text("Hello there.\n", encoding="utf-8")
    seen = []
    from aligner.errors import AlignerError

    def stop(*a, **k):
        raise AlignerError("stopped after loading")
    monkeypatch.setattr("aligner.align.align", stop)
    with pytest.raises(AlignerError, match="stopped after loading"):
        cli.align_files(str(tmp_path / "cut.wav"), str(tmp_path / "t.txt"), None, warn=seen.append)
    assert any("cut short" in w for w in seen), seen


def test_unreadable_srt_times_are_counted_on_the_command_line(tmp_path, monkeypatch):
    """Item 2: the CLI says how many cue times could not be read."""
    tiny_wav(tmp_path / "a.wav")
    (tmp_path / "t.srt").write_text("1\n00:00:00,100 --> 00:00:00,900\nHello there.\n\n"
                                    "2\n00:00:xx,000 --> 00:00:01,500\nGoodbye now.\n\n"
                                    "3\n00:00:01,900 --> 00:00:01,200\nSee you.\n", encoding="utf-8")
    from aligner.errors import AlignerError

    def stop(doc, *a, **k):
        raise AlignerError(f"stopped with {len(doc.segments)} segments")
    monkeypatch.setattr("aligner.align.align", stop)
    seen = []
    with pytest.raises(AlignerError, match="stopped with 3 segments"):
        cli.align_files(str(tmp_path / "a.wav"), str(tmp_path / "t.srt"), None, warn=seen.append)
    assert any("2 cues" in w and "could not be read" in w for w in seen), seen


def test_output_checks_work_without_the_command_line(tmp_path):
    """The checks are a module of their own: the window uses them too."""
    from aligner.errors import AlignerError
    from aligner.output_check import check_outputs

    talk(tmp_path)
    with pytest.raises(AlignerError, match="input"):
        check_outputs([str(tmp_path / "a.wav")], [str(tmp_path / "a.wav")])
    check_outputs([str(tmp_path / "new.srt")], [str(tmp_path / "a.wav")])
    assert json.dumps(sorted(files(tmp_path))) == json.dumps(["a.wav", "t.txt"])


def test_a_refusal_points_at_damaged_audio(tmp_path, monkeypatch):
    """Item 14: when the audio looks wrong, "does not belong" says the audio may be why."""
    from aligner.align.api import AlignResult
    from aligner.errors import AlignerError

    tiny_wav(tmp_path / "full.wav", 4.0)
    data = (tmp_path / "full.wav").read_bytes()
    (tmp_path / "cut.wav").write_bytes(data[:44 + (len(data) - 44) // 2])
    (tmp_path / "t.txt").write_text("Hello there.\n", encoding="utf-8")
    monkeypatch.setattr("aligner.align.align", lambda doc, *a, **k: AlignResult(
        list(doc.segments), [], "en", {"mismatch": "The transcript does not seem to belong to this audio."}))
    with pytest.raises(AlignerError, match="audio itself looks damaged"):
        cli.align_files(str(tmp_path / "cut.wav"), str(tmp_path / "t.txt"), None, warn=lambda w: None)
