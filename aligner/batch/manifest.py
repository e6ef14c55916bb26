"""Which talks a batch holds: a CSV manifest, or a folder of recordings with their transcripts.

An archive arrives either as a list someone wrote (a CSV with ``audio``,
``transcript`` and optionally ``name`` columns, paths relative to the CSV, the
way scraping scripts naturally produce it) or as a folder where each recording
sits beside a transcript of the same stem.  Both become a list of :class:`Talk`
with absolute paths and a unique, safe ``name`` that becomes the talk's output
folder.  A problem with the list itself (no such file, missing column, two
talks with one name) stops the batch before any work, with one message; a
problem with one talk's files (missing, unreadable) is left for that talk to
fail on, so the rest of the archive still runs.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..audio import AUDIO_EXTENSIONS
from ..errors import AlignerError
from ..formats import import_formats

#: Characters a talk name may not carry into a folder name (path separators are allowed: nested folders).
_UNSAFE = re.compile(r'[\x00-\x1f<>:"\\|?*]')


@dataclass(frozen=True)
class Talk:
    name: str  #: unique; the talk's folder under the output folder ("season1/ep01" nests)
    audio: str  #: absolute path
    transcript: str  #: absolute path


def transcript_extensions() -> frozenset[str]:
    """Every extension some transcript reader claims (".txt", ".srt", ".TextGrid" -> ".textgrid", ...)."""
    return frozenset(e.lower() for f in import_formats() for e in f.extensions)


def load_talks(input_path: str, exclude: Optional[str] = None) -> list[Talk]:
    """The talks of ``input_path``: a CSV manifest or a folder.  ``exclude``: a folder not to look in (the output)."""
    path = os.path.abspath(input_path)
    if os.path.isdir(path):
        talks = pair_folder(path, exclude)
    elif os.path.isfile(path):
        talks = read_manifest(path)
    else:
        raise AlignerError(f"{input_path} does not exist. Give a CSV manifest (audio,transcript,name) or a folder "
                           "of recordings with transcripts of the same name.")
    if not talks:
        raise AlignerError(f"{input_path} lists no talks.")
    _check_unique(talks)
    return talks


def read_manifest(path: str) -> list[Talk]:
    """Talks from a CSV with a header naming ``audio`` and ``transcript`` (and optionally ``name``)."""
    base = os.path.dirname(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    except UnicodeDecodeError:
        raise AlignerError(f"{os.path.basename(path)} is not a CSV manifest (it is not UTF-8 text).") from None
    except (OSError, csv.Error) as e:
        raise AlignerError(f"Could not read the manifest {path}: {getattr(e, 'strerror', None) or e}.") from None
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise AlignerError(f"The manifest {os.path.basename(path)} is empty.")
    header = [c.strip().lower() for c in rows[0]]
    missing = [c for c in ("audio", "transcript") if c not in header]
    if missing:
        raise AlignerError(f"The manifest {os.path.basename(path)} needs a header line with the columns "
                           f"audio,transcript (and optionally name); it lacks {' and '.join(missing)}.")
    col = {c: header.index(c) for c in ("audio", "transcript", "name") if c in header}
    talks = []
    for line, row in enumerate(rows[1:], start=2):
        cell = {c: (row[i].strip() if i < len(row) else "") for c, i in col.items()}
        if not cell["audio"] or not cell["transcript"]:
            raise AlignerError(f"Line {line} of the manifest has no {'audio' if not cell['audio'] else 'transcript'} "
                               "path.")
        audio = os.path.normpath(os.path.join(base, os.path.expanduser(cell["audio"])))
        transcript = os.path.normpath(os.path.join(base, os.path.expanduser(cell["transcript"])))
        name = cell.get("name") or Path(cell["audio"]).stem
        talks.append(Talk(_safe_name(name, f"line {line} of the manifest"), audio, transcript))
    return talks


def pair_folder(folder: str, exclude: Optional[str] = None) -> list[Talk]:
    """Each recording under ``folder`` (recursively) with the transcript that shares its stem and folder.

    A recording without a transcript, or with two candidate transcripts, is
    an error naming it: guessing would silently align the wrong text.
    """
    exclude = os.path.abspath(exclude) if exclude else None
    audio_ext, text_ext = AUDIO_EXTENSIONS, transcript_extensions()
    talks, unpaired, ambiguous = [], [], []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.join(here, d) != exclude)
        by_stem: dict[str, dict[str, list[str]]] = {}
        for f in sorted(files):
            if f.startswith("."):
                continue
            stem, ext = os.path.splitext(f)
            kind = "audio" if ext.lower() in audio_ext else "text" if ext.lower() in text_ext else None
            if kind:
                by_stem.setdefault(stem, {"audio": [], "text": []})[kind].append(f)
        for stem, found in sorted(by_stem.items()):
            rel = os.path.relpath(os.path.join(here, stem), folder)
            if not found["audio"]:
                continue  # a text file alone (notes, a README) is not a talk
            if len(found["audio"]) > 1:
                ambiguous.append(f"{rel}: recordings {', '.join(found['audio'])}")
            elif not found["text"]:
                unpaired.append(os.path.join(os.path.dirname(rel), found["audio"][0]))
            elif len(found["text"]) > 1:
                ambiguous.append(f"{rel}: transcripts {', '.join(found['text'])}")
            else:
                talks.append(Talk(_safe_name(rel.replace(os.sep, "/"), rel), os.path.join(here, found["audio"][0]),
                                  os.path.join(here, found["text"][0])))
    if ambiguous:
        raise AlignerError("Cannot tell which files belong together: " + "; ".join(ambiguous[:5])
                           + (" ..." if len(ambiguous) > 5 else "") + ". Rename them, or list the talks in a CSV "
                           "manifest (audio,transcript,name).")
    if unpaired:
        raise AlignerError(f"{len(unpaired)} recording(s) have no transcript of the same name beside them: "
                           + ", ".join(unpaired[:5]) + (" ..." if len(unpaired) > 5 else "")
                           + ". Add the transcripts, or list the talks in a CSV manifest.")
    return talks


def _safe_name(name: str, where: str) -> str:
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts or _UNSAFE.search(name) or any(p.startswith(".") for p in parts):
        raise AlignerError(f"The talk name {name!r} ({where}) cannot be a folder name; use letters, digits, "
                           "spaces, dashes and underscores.")
    return "/".join(parts)


def _check_unique(talks: list[Talk]) -> None:
    seen: dict[str, str] = {}
    for t in talks:
        key = t.name.lower()  # case-insensitive file systems would merge them
        if key in seen:
            raise AlignerError(f"Two talks are named {t.name!r} ({seen[key]} and {t.audio}); give each a unique "
                               "name (the manifest's name column).")
        seen[key] = t.audio
    names = {t.name.lower() for t in talks}
    nested = [t.name for t in talks if any(t.name.lower().startswith(n + "/") for n in names)]
    if nested:
        raise AlignerError(f"The talk name {nested[0]!r} would put its results inside another talk's folder; "
                           "rename one of them.")
