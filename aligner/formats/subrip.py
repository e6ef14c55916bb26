"""SubRip (.srt) subtitles.

Reading keeps each cue as one segment (formatting tags stripped, lines joined
by a space), in the order of the file; its start and end become hints for the
aligner.  The cue blocks are read here rather than by pysubs2, which swallows a
cue whose time line it cannot read into the cue before it (or drops it) and
sorts cues by start: a damaged or overlapping file must lose no text and no
order.  A cue whose time line cannot be read (or ends before it starts) keeps
its text without hints, and the document notes how many there were
(:func:`aligner.formats.import_warnings`).  Writing builds
readable cues (:mod:`.cues`) and labels each speaker turn "Name: " when the
document has more than one speaker.
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document
from ..errors import TranscriptError
from .base import Format
from .cues import build_cues
from .options import ExportOptions
from .plain import speaker_labels_wanted
from .subtitles import (CUE_LINES_KEY, RawCue, clean_lines, document_from_cues, strip_tags, take_labels,
                        voice_of, write_cues)
from .textfile import TextInfo
from .timecode import parse_timecode, srt_timestamp

_TIMING_LINE_RE = re.compile(r"^\s*\d{1,2}:\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*\d{1,2}:\d{1,2}:\d{1,2}[.,]\d{1,3}",
                             re.M)


_ARROW_RE = re.compile(r"-->|->|\u2192")
_INDEX_RE = re.compile(r"^\s*\d+\s*$")
#: doc.metadata key of notes for the user about what could not be read (see formats.import_warnings).
WARNINGS_KEY = "import_warnings"


def _timing(line: str) -> Optional[tuple[float, float]]:
    """(start, end) of a timing line, or None when either time cannot be read or the end is before the start."""
    parts = _ARROW_RE.split(line, maxsplit=1)
    if len(parts) != 2:
        return None
    end_field = parts[1].split()
    try:
        start = parse_timecode(parts[0].strip())
        end = parse_timecode(end_field[0]) if end_field else None
    except ValueError:
        return None
    if end is None or end < start:
        return None
    return start, end


def _is_timing_line(line: str) -> bool:
    """A line that means to be ``start --> end`` (readable or not): it opens with a digit and has an arrow.

    Dialogue such as "Go from A --> B" is text; "00:00:xx,000 --> 00:00:04,000" is a damaged timing line.
    """
    head = line.lstrip()
    return bool(head) and head[0].isdigit() and bool(_ARROW_RE.search(line))


def read_blocks(text: str) -> tuple[list[tuple[Optional[tuple[float, float]], list[str]]], int]:
    """The cues of a SubRip text as (times or None, text lines), in file order, and how many had bad times.

    A cue starts at a timing line (``start --> end``, optionally after its
    number); its text runs to the next cue.  Text before the first timing line
    (a stray block) is kept as a cue without times too.
    """
    lines = text.split("\n")
    cues: list[tuple[Optional[tuple[float, float]], list[str]]] = []
    bad = 0
    k = 0
    current: Optional[list[str]] = None
    while k < len(lines):
        line = lines[k]
        starts_cue = _is_timing_line(line) or (_INDEX_RE.match(line) and k + 1 < len(lines)
                                               and _is_timing_line(lines[k + 1])
                                               and (k == 0 or not lines[k - 1].strip()))
        if starts_cue:
            if not _is_timing_line(line):
                k += 1
                line = lines[k]
            times = _timing(line)
            bad += times is None
            current = []
            cues.append((times, current))
        elif line.strip():
            if current is None:
                current = []
                cues.append((None, current))
                bad += 1
            current.append(line)
        k += 1
    # a cue number left at the end of the text before the next cue (no blank line) is not text
    for _, body in cues:
        while body and _INDEX_RE.match(body[-1]) and len(body) > 1:
            body.pop()
    return cues, bad


class SubRipFormat(Format):
    key = "srt"
    name = "SubRip subtitles"
    extensions = (".srt",)
    import_extensions = (".srt",)
    description = "The most widely supported subtitle format (video players, YouTube, editors)."

    def sniff(self, text: str) -> bool:
        return not text.lstrip().startswith("WEBVTT") and bool(_TIMING_LINE_RE.search(text))

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        blocks, _ = read_blocks(text)
        if not any(times is not None for times, _ in blocks):
            raise TranscriptError(f"{name or 'The file'} holds no subtitles with a time line that can be read "
                                  f"(00:00:01,000 --> 00:00:02,500). Check that it is a SubRip file.")
        cues = []
        for times, body in blocks:
            raw = "\n".join(body)
            lines, _ = clean_lines([strip_tags(line, ssa=True) for line in body], [])
            cues.append(RawCue(times[0] if times else None, times[1] if times else None, lines, voice_of(raw)))
        if not any(c.speaker for c in cues):
            take_labels(cues)
        doc = document_from_cues(cues, name, "subtitles")
        unreadable = sum(1 for c in cues if c.start is None and c.text.strip())
        if unreadable:
            doc.metadata[WARNINGS_KEY] = [
                f"{unreadable} cue{'s' * (unreadable > 1)} of {name or 'the subtitles'} had a time line that could "
                f"not be read (or ended before it started); {'their' if unreadable > 1 else 'its'} text is kept "
                f"and placed by the audio alone."]
        return doc

    def render(self, doc: Document, options: ExportOptions) -> str:
        cues = build_cues(doc, options, label_turns=speaker_labels_wanted(doc, options),
                          kept_lines=doc.metadata.get(CUE_LINES_KEY), what="A SubRip subtitle file")
        return write_cues(cues, "", srt_timestamp)
