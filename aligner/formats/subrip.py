"""SubRip (.srt) subtitles.

Reading keeps each cue as one segment (formatting tags stripped, lines joined
by a space); its start and end become hints for the aligner.  Writing builds
readable cues (:mod:`.cues`) and labels each speaker turn "Name: " when the
document has more than one speaker.
"""

from __future__ import annotations

import re
from typing import Optional

import pysubs2

from ..document import Document
from ..errors import TranscriptError
from .base import Format
from .cues import build_cues
from .options import ExportOptions
from .plain import speaker_labels_wanted
from .subtitles import (CUE_LINES_KEY, RawCue, clean_lines, document_from_cues, strip_tags, take_labels,
                        voice_of, write_cues)
from .textfile import TextInfo
from .timecode import srt_timestamp

_TIMING_LINE_RE = re.compile(r"^\s*\d{1,2}:\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*\d{1,2}:\d{1,2}:\d{1,2}[.,]\d{1,3}",
                             re.M)


def split_ssa_lines(text: str) -> list[str]:
    """pysubs2 joins a cue's lines with ``\\N``; give them back as a list."""
    return re.split(r"\\[Nn]", text.replace("\\h", " "))


class SubRipFormat(Format):
    key = "srt"
    name = "SubRip subtitles"
    extensions = (".srt",)
    import_extensions = (".srt",)
    description = "The most widely supported subtitle format (video players, YouTube, editors)."

    def sniff(self, text: str) -> bool:
        return not text.lstrip().startswith("WEBVTT") and bool(_TIMING_LINE_RE.search(text))

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        try:
            subs = pysubs2.SSAFile.from_string(text, format_="srt", keep_html_tags=True)
        except Exception as e:  # pysubs2 raises several kinds of errors for damaged files
            raise TranscriptError(f"{name or 'The file'} is not a readable SubRip file ({e}).") from None
        cues = []
        for ev in subs:
            lines, _ = clean_lines([strip_tags(line, ssa=True) for line in split_ssa_lines(ev.text)], [])
            cues.append(RawCue(ev.start / 1000.0, ev.end / 1000.0, lines, voice_of(ev.text)))
        if not any(c.speaker for c in cues):
            take_labels(cues)
        return document_from_cues(cues, name, "subtitles")

    def render(self, doc: Document, options: ExportOptions) -> str:
        cues = build_cues(doc, options, label_turns=speaker_labels_wanted(doc, options),
                          kept_lines=doc.metadata.get(CUE_LINES_KEY), what="A SubRip subtitle file")
        return write_cues(cues, "", srt_timestamp)
