"""WebVTT (.vtt) subtitles: the web's caption format.

Reading is done here, block by block: NOTE, STYLE and REGION blocks and cue
identifiers are skipped, karaoke-style inline timestamps ``<00:00:02.000>``
become hints on the words they time, and a cue whose timing line cannot be read
(or ends before it starts) keeps its text without hints and is counted, as in
:mod:`.subrip` (pysubs2, used before, took such a line for text of the cue
before it).  ``<v Speaker>`` voice tags give the speaker.
Automatic captions that repeat the previous line at the top of every cue
("rolling" captions) are read with each line once.

Writing gives each cue a ``<v Speaker>`` voice tag when speakers are known.
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document
from ..errors import TranscriptError
from .base import Format
from .cues import Cue, build_cues, shown_speaker
from .options import ExportOptions
from .subrip import WARNINGS_KEY, _timing
from .subtitles import (CUE_LINES_KEY, TIME_MARK, RawCue, clean_lines, document_from_cues, strip_tags,
                        take_labels, voice_of, write_cues)
from .textfile import TextInfo
from .timecode import parse_timecode, vtt_timestamp

_INLINE_TIME_RE = re.compile(r"<((?:\d+:)?\d{2}:\d{2}\.\d{3})>")
_BLOCK_SPLIT_RE = re.compile(r"\n[ \t]*\n")


def _blocks(text: str) -> list[tuple[Optional[tuple[float, float]], list[str]]]:
    """The cue blocks of the file: (start, end) or None when unreadable, and the text lines."""
    out = []
    for block in _BLOCK_SPLIT_RE.split(text.strip("\n")):
        lines = block.split("\n")
        timing = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue  # header, NOTE, STYLE, REGION
        out.append((_timing(lines[timing]), lines[timing + 1:]))
    return out


def _cue(times: Optional[tuple[float, float]], body: list[str]) -> RawCue:
    inline: list[float] = []

    def mark(m: "re.Match[str]") -> str:
        inline.append(parse_timecode(m.group(1)))
        return TIME_MARK

    raw_lines = [strip_tags(_INLINE_TIME_RE.sub(mark, line)) for line in body]
    lines, offsets = clean_lines(raw_lines, inline)
    start, end = times if times else (None, None)
    return RawCue(start, end, lines, voice_of("\n".join(body)), offsets)


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
            elif c.start is not None and c.end - c.start <= 0.05:
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
        blocks = _blocks(text)
        if blocks and not any(times is not None for times, _ in blocks):
            raise TranscriptError(f"{name or 'The file'} holds no captions with a time line that can be read "
                                  f"(00:00:01.000 --> 00:00:02.500). Check that it is a WebVTT file.")
        cues = _unroll([_cue(times, body) for times, body in blocks])
        if not any(c.speaker for c in cues):
            take_labels(cues)
        doc = document_from_cues(cues, name, "captions")
        unreadable = sum(1 for c in cues if c.start is None)
        if unreadable:
            doc.metadata[WARNINGS_KEY] = [
                f"{unreadable} caption{'s' * (unreadable > 1)} of {name or 'the file'} had a time line that could "
                f"not be read (or ended before it started); {'their' if unreadable > 1 else 'its'} text is kept "
                f"and placed by the audio alone."]
        return doc

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
