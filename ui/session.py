"""Opening a talk, off the UI thread: transcript + audio + peaks, or a project (Qt-free).

These functions are what the window's background jobs run; they only call the
core and return a :class:`Session`, so they are tested without a window.  The
Document is complete before the window sees it: the audio path and duration are
set here, at construction, not as an (undoable) edit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from aligner.audio import AUDIO_EXTENSIONS, Audio, load_audio, probe_duration
from aligner.document import Document
from aligner.errors import AudioError, ProjectError
from aligner.progress import CancelToken, Progress, ProgressCallback

PROJECT_EXTENSION = ".alignproj"


@dataclass
class Session:
    document: Document
    audio: Optional[Audio]
    peaks: object  #: aligner.audio.peaks.Peaks or None
    project_path: Optional[str] = None
    ui_state: dict = field(default_factory=dict)
    #: What the user should know about the files that did not stop them opening (unreadable cue times,
    #: audio cut short): shown once when the talk is on screen.
    warnings: list[str] = field(default_factory=list)


@dataclass
class OpenRequest:
    """What a set of paths (from a drop, the command line or recent files) asks to open."""

    audio: Optional[str] = None
    transcript: Optional[str] = None
    project: Optional[str] = None
    unknown: list[str] = field(default_factory=list)


def classify_paths(paths: list[str]) -> OpenRequest:
    req = OpenRequest()
    for p in paths:
        ext = Path(p).suffix.lower()
        if ext == PROJECT_EXTENSION:
            req.project = p
        elif ext in AUDIO_EXTENSIONS and req.audio is None:
            req.audio = p
        elif req.transcript is None and ext not in AUDIO_EXTENSIONS:
            req.transcript = p
        else:
            req.unknown.append(p)
    return req


def _stage(progress: Optional[ProgressCallback], lo: float, hi: float) -> ProgressCallback:
    """Map a sub-task's 0..1 progress onto [lo, hi] of the whole open."""
    def report(p: Progress) -> None:
        if progress is not None:
            progress(Progress(p.stage, lo + (hi - lo) * p.fraction, None))
    return report


Preview = Callable[[Session], None]


def load_audio_and_peaks(path: str, progress: Optional[ProgressCallback] = None,
                         cancel: Optional[CancelToken] = None, lo: float = 0.0) -> tuple[Audio, object]:
    """Decode the audio and compute its exact peaks while decoding (one pass over the samples)."""
    from aligner.audio.peaks import PeaksBuilder

    builder = PeaksBuilder()
    audio = load_audio(path, _stage(progress, lo, 1.0), cancel, on_chunk=builder.add)
    return audio, builder.finish(audio.samples)


def _sketch(path: str, cancel: Optional[CancelToken]):
    """A rough waveform of the whole file in well under a second (decodes a frame here and there)."""
    from aligner.audio.peaks import sketch_peaks

    return sketch_peaks(path, cancel)


def open_talk(audio_path: str, transcript_path: str, progress: Optional[ProgressCallback] = None,
              cancel: Optional[CancelToken] = None, preview: Optional[Preview] = None) -> Session:
    """Read a transcript and decode its audio; the Document then knows where and how long its audio is.

    Decoding an hour takes seconds, so with ``preview`` the transcript and a
    sketch of the waveform are handed over first (audio None), to show at once;
    the returned Session then brings the decoded audio and exact peaks.
    """
    from aligner.align.plausibility import check_file_size
    from aligner.formats import read_transcript, take_import_warnings

    if progress is not None:
        progress(Progress("Reading the transcript", 0.0))
    try:  # megabytes of text for seconds of audio: refused before reading them
        check_file_size(os.path.getsize(transcript_path), probe_duration(audio_path))
    except (OSError, AudioError):
        pass  # reading them below says what is wrong
    doc = read_transcript(transcript_path)
    notes = take_import_warnings(doc)
    doc.audio_path = os.path.abspath(audio_path)
    if cancel is not None:
        cancel.check()
    if preview is not None:
        sketch = _sketch(audio_path, cancel)
        doc.audio_duration = probe_duration(audio_path) or sketch.duration
        preview(Session(doc, None, sketch))
    audio, peaks = load_audio_and_peaks(audio_path, progress, cancel, lo=0.05)
    if preview is None:
        doc.audio_duration = audio.duration
    return Session(doc, audio, peaks, warnings=notes + list(audio.warnings))


def open_project(path: str, progress: Optional[ProgressCallback] = None,
                 cancel: Optional[CancelToken] = None, preview: Optional[Preview] = None) -> Session:
    """Load a project file and the audio it points to (a missing audio file is an error that says so)."""
    from aligner.project import load_project

    if progress is not None:
        progress(Progress("Reading the project", 0.0))
    loaded = load_project(path)
    doc = loaded.document
    audio_path = doc.audio_path_abs(os.path.dirname(os.path.abspath(path)))
    if not audio_path:
        raise ProjectError(f"{os.path.basename(path)} does not say which audio it belongs to.")
    try:
        if preview is not None:
            sketch = _sketch(audio_path, cancel)
            if doc.audio_duration is None:
                doc.audio_duration = probe_duration(audio_path) or sketch.duration
            preview(Session(doc, None, sketch, os.path.abspath(path), dict(loaded.ui_state or {})))
        audio, peaks = load_audio_and_peaks(audio_path, progress, cancel, lo=0.05)
    except AudioError as e:
        raise ProjectError(f"The project's audio could not be opened: {e} "
                           f"Put the audio file back at {audio_path}, or open the audio and transcript "
                           f"again and save a new project.") from None
    if doc.audio_duration is None:
        doc.audio_duration = audio.duration
    return Session(doc, audio, peaks, os.path.abspath(path), dict(loaded.ui_state or {}),
                   warnings=list(audio.warnings))


def restore_recovery(document: Document, project_path: Optional[str], ui_state: Optional[dict],
                     progress: Optional[ProgressCallback] = None,
                     cancel: Optional[CancelToken] = None) -> Session:
    """Reopen autosaved work: the recovered Document and its audio."""
    audio = peaks = None
    audio_path = document.audio_path_abs(os.path.dirname(project_path) if project_path else None)
    if audio_path and os.path.exists(audio_path):
        audio, peaks = load_audio_and_peaks(audio_path, progress, cancel)
        if document.audio_duration is None:
            document.audio_duration = audio.duration
    return Session(document, audio, peaks, project_path, dict(ui_state or {}))


def find_demo(resources: Path) -> tuple[Optional[str], Optional[str]]:
    """The built-in demo talk: (audio, transcript) inside resources/demo, found by extension."""
    folder = resources / "demo"
    if not folder.is_dir():
        return None, None
    audio = transcript = None
    for p in sorted(folder.iterdir()):
        ext = p.suffix.lower()
        if ext in AUDIO_EXTENSIONS and audio is None:
            audio = str(p)
        elif ext in {".txt", ".md", ".html", ".htm", ".srt", ".vtt", ".json"} and transcript is None \
                and not p.name.lower().startswith(("readme", "truth", "license")):
            transcript = str(p)
    return audio, transcript
