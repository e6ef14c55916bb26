"""One talk of a batch, start to finish, wherever it runs (a local worker process or a Ray actor).

The work is the same headless job as ``aligner align`` (:func:`aligner.cli.align_files`,
then the same exporters and project writer), but instead of writing into the
output folder it hands back the finished files as bytes: the driver writes
them.  So a worker on another machine needs to *read* the inputs (shared
storage) but never to write the driver's output folder, and a worker killed
half-way (Ctrl-C, a crash) cannot leave anything half-written behind.

Every failure of one talk -- unreadable audio, a transcript that is not one or
belongs to another talk, a bug -- becomes a ``failed`` :class:`Outcome` with one
readable message; nothing a talk does can stop the others.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Optional

from ..align import AlignOptions
from ..errors import AlignerError, Cancelled
from ..formats import ORIGINAL, ExportOptions, export_formats
from ..progress import CancelToken
from .manifest import Talk
from .resume import file_identity

OK, FAILED, SKIPPED, CANCELLED = "ok", "failed", "skipped", "cancelled"
PROJECT_SUFFIX = ".alignproj"


@dataclass(frozen=True)
class BatchSettings:
    """Everything that decides what a talk's outputs look like (and so whether old ones can be kept)."""

    options: AlignOptions = AlignOptions()
    formats: tuple[str, ...] = ("json", "srt")
    export: ExportOptions = ExportOptions()
    keep_mismatched: bool = False  #: keep a result whose transcript does not seem to belong to the audio

    def fingerprint(self) -> dict:
        """The settings that change the outputs, as plain JSON (threads and workers do not)."""
        o = self.options
        return {"model": o.model, "language": o.language, "refine": o.refine, "compute_type": o.compute_type,
                "formats": list(self.formats), "export": asdict(self.export),
                "keep_mismatched": self.keep_mismatched}


@dataclass
class Outcome:
    """What became of one talk: a report row, plus the finished files when it succeeded."""

    name: str
    status: str
    message: str = ""
    audio_seconds: Optional[float] = None
    wall_seconds: float = 0.0
    segments: Optional[int] = None
    not_heard: Optional[int] = None
    low_confidence: Optional[int] = None
    unscripted: Optional[int] = None
    mean_confidence: Optional[float] = None
    files: dict[str, bytes] = field(default_factory=dict)  #: file name -> content, for the talk's folder
    inputs: dict = field(default_factory=dict)  #: identities of the audio and transcript that were read


def check_formats(formats: tuple[str, ...]) -> None:
    """Fail before any work on a format name Aligner cannot write."""
    keys = {f.key for f in export_formats()}
    for f in formats:
        if f != ORIGINAL and f not in keys:
            raise AlignerError(f"“{f}” is not a format Aligner can write. Use any of {', '.join(sorted(keys))}, "
                               f"or {ORIGINAL} (the transcript's own format).")


def output_names(base: str, formats: tuple[str, ...], transcript_path: str) -> dict[str, str]:
    """The file name each format is written to in the talk's folder: ``base`` plus the format's extension.

    Formats sharing an extension (plain text and Audacity labels are both
    ``.txt``) keep it apart with their key; the format that owns the extension
    keeps the plain name (``talk.txt``, ``talk.audacity.txt``), and so does
    ``original`` when no chosen format has it (``talk.srt``, else ``talk.original.srt``).
    """
    from ..formats.registry import export_key_for_extension

    ext_of = {f.key: f.extensions[0] for f in export_formats()}
    names: dict[str, str] = {}
    taken = {base + PROJECT_SUFFIX}
    owners_first = sorted(formats, key=lambda f: (f == ORIGINAL, export_key_for_extension(ext_of.get(f, "")) != f))
    for f in owners_first:
        ext = os.path.splitext(transcript_path)[1] if f == ORIGINAL else ext_of[f]
        name = base + ext
        if name in taken:
            name = f"{base}.{f}{ext}"
        taken.add(name)
        names[f] = name
    return {f: names[f] for f in formats}


def run_talk(talk: Talk, settings: BatchSettings, progress: Optional[Callable[[float], None]] = None,
             cancel: Optional[CancelToken] = None) -> Outcome:
    """Align one talk and render its outputs; never raises except :class:`Cancelled`."""
    t0 = time.monotonic()
    warnings: list[str] = []
    out = Outcome(talk.name, FAILED)
    try:
        out.inputs = {"audio": file_identity(talk.audio), "transcript": file_identity(talk.transcript)}
        doc, _ = _align(talk, settings, progress, cancel, warnings)
        out.files = _render(doc, talk, settings)
        _measure(out, doc)
        out.status = OK
        out.message = " ".join(warnings)
    except AlignerError as e:
        out.message = str(e)
    except FileNotFoundError as e:  # a manifest naming a file that is not there
        out.message = f"{e.filename} does not exist."
    except OSError as e:
        out.message = f"Could not read {e.filename or talk.audio}: {e.strerror or e}."
    except (Cancelled, KeyboardInterrupt):
        raise
    except Exception as e:  # a bug in one talk must not end the archive; say what it was
        out.message = f"Internal error ({type(e).__name__}: {e}). Please report it with this talk's files."
    out.wall_seconds = round(time.monotonic() - t0, 3)
    return out


def _align(talk: Talk, settings: BatchSettings, progress, cancel, warnings: list[str]):
    from ..cli import align_files

    def report(p) -> None:
        if progress is not None:
            progress(p.fraction)

    return align_files(talk.audio, talk.transcript, settings.options, report, cancel or CancelToken(),
                       force=settings.keep_mismatched, warn=lambda w: warnings.append(w.split("warning: ", 1)[-1]))


def _render(doc, talk: Talk, settings: BatchSettings) -> dict[str, bytes]:
    """Write the outputs with the same writers as ``aligner align`` into a private folder; return their bytes."""
    from ..formats import write_document
    from ..project import save_project

    base = talk.name.rsplit("/", 1)[-1]
    names = output_names(base, settings.formats, talk.transcript)
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="aligner-batch-") as tmp:
        save_project(doc, os.path.join(tmp, base + PROJECT_SUFFIX))
        for fmt, name in names.items():
            write_document(doc, os.path.join(tmp, name), fmt, settings.export)
        for name in [base + PROJECT_SUFFIX, *names.values()]:
            with open(os.path.join(tmp, name), "rb") as fh:
                files[name] = fh.read()
    return files


def _measure(out: Outcome, doc) -> None:
    from ..document import LOW_CONFIDENCE, NOT_HEARD

    segs = doc.segments
    confidences = [s.confidence for s in segs if s.confidence is not None]
    out.audio_seconds = round(doc.audio_duration or 0.0, 3)
    out.segments = len(segs)
    out.not_heard = sum(1 for s in segs if NOT_HEARD in s.flags)
    out.low_confidence = sum(1 for s in segs if LOW_CONFIDENCE in s.flags)
    out.unscripted = len(doc.unscripted)
    out.mean_confidence = round(sum(confidences) / len(confidences), 4) if confidences else None
