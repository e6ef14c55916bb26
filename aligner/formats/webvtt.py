"""WebVTT (.vtt) subtitles: the web's caption format.

Reading goes through pysubs2 after a pass that handles what its SubRip-based
reader does not: NOTE, STYLE and REGION blocks and cue identifiers (it would
take them for text) and karaoke-style inline timestamps ``<00:00:02.000>``
(it would take a line with two of them for a timing line; here they become
hints on the words they time).  ``<v Speaker>`` voice tags give the speaker.
Automatic captions that repeat the previous line at the top of every cue
("rolling" captions) are read with each line once.

Writing gives each cue a ``<v Speaker>`` voice tag when speakers are known.
"""

from __future__ import annotations

import re
from typing import Optional

import pysubs2

from ..document import Document
from ..errors import TranscriptError
from .base import Format
from .cues import Cue, build_cues, shown_speaker
from .options import ExportOptions
from .subrip import split_ssa_lines
from .subtitles import (CUE_LINES_KEY, TIME_MARK, RawCue, clean_lines, document_from_cues, strip_tags,
                        take_labels, voice_of, write_cues)
from .textfile import TextInfo
from .timecode import parse_timecode, vtt_timestamp

_INLINE_TIME_RE = re.compile(r"<((?:\d+:)?\d{2}:\d{2}\.\d{3})>")
_PROTECTED_RE = re.compile(r"<aligner-t (\d+)>")
_BLOCK_SPLIT_RE = re.compile(r"\n[ \t]*\n")


def _prepare(text: str) -> str:
    """The file with only cue blocks (timing line + text) and inline times protected from pysubs2."""
    blocks = _BLOCK_SPLIT_RE.split(text.strip("\n"))
    out = []
    for block in blocks:
        lines = block.split("\n")
        timing = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue  # header, NOTE, STYLE, REGION
        body = [_INLINE_TIME_RE.sub(lambda m: f"<aligner-t {int(parse_timecode(m.group(1)) * 1000 + 0.5)}>",
                                    line) for line in lines[timing + 1:]]
        out.append("\n".join([lines[timing]] + body))
    return "\n\n".join(out) + "\n"


def _cue(start_ms: int, end_ms: int, text: str) -> RawCue:
    times: list[float] = []

    def mark(m: "re.Match[str]") -> str:
        times.append(int(m.group(1)) / 1000.0)
        return TIME_MARK

    raw_lines = [strip_tags(_PROTECTED_RE.sub(mark, line)) for line in split_ssa_lines(text)]
    lines, inline = clean_lines(raw_lines, times)
    return RawCue(start_ms / 1000.0, end_ms / 1000.0, lines, voice_of(text), inline)


def _unroll(cues: list[RawCue]) -> list[RawCue]:
    """Rolling captions (automatic captions on video sites) with each line once.

    Such files show two lines per cue: the previous cue's last line again on
    top, then a new one; between cues a 10 ms cue repeats the old line alone.
    Only when a file clearly works this way are those repeats dropped.
    """
    rolling = sum(1 for a, b in zip(cues, cues[1:])
                  if len(b.lines) >= 2 and a.lines and b.lines[0] == a.lines[-1])
    if rolling < max(2, 0.3 * (len(cues) - 1)):
        return cues
    out = []
    prev_last: Optional[str] = None
    for c in cues:
        last = c.lines[-1] if c.lines else prev_last
        if c.lines and c.lines[0] == prev_last:
            if len(c.lines) >= 2:
                cut = len(c.lines[0]) + 1
                c = RawCue(c.start, c.end, c.lines[1:], c.speaker, [(o - cut, t) for o, t in c.inline if o >= cut])
            elif c.end - c.start <= 0.05:
                c = RawCue(c.start, c.end, [], c.speaker)
        if c.lines:
            out.append(c)
        prev_last = last
    return out


class WebVTTFormat(Format):
    key = "vtt"
    name = "WebVTT subtitles"
    extensions = (".vtt",)
    import_extensions = (".vtt",)
    description = "Subtitles for web video players (HTML5 <track>), with speaker voice tags."

    def sniff(self, text: str) -> bool:
        return text.lstrip().startswith("WEBVTT")

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        try:
            subs = pysubs2.SSAFile.from_string(_prepare(text), format_="vtt", keep_html_tags=True)
        except Exception as e:  # pysubs2 raises several kinds of errors for damaged files
            raise TranscriptError(f"{name or 'The file'} is not a readable WebVTT file ({e}).") from None
        cues = _unroll([_cue(ev.start, ev.end, ev.text) for ev in subs])
        if not any(c.speaker for c in cues):
            take_labels(cues)
        return document_from_cues(cues, name, "captions")

    def render(self, doc: Document, options: ExportOptions) -> str:
        cues = build_cues(doc, options, kept_lines=doc.metadata.get(CUE_LINES_KEY), what="A WebVTT file")

        def line_text(cue: Cue, n: int, line: str) -> str:
            line = _escape(line)
            name = shown_speaker(cue.speaker, options) if n == 0 else None
            if name:
                return f"<v {_escape(name)}>{line}"
            return line

        return write_cues(cues, "WEBVTT\n", vtt_timestamp, line_text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
