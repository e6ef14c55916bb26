"""What SubRip and WebVTT share: cue text cleaning, cues to segments, and writing cues.

Reading (:mod:`.subrip`, :mod:`.webvtt`) reads the cue blocks itself, so that
a damaged timing line loses no text; this module turns the cues into
segments: formatting tags stripped, lines joined by a space, the cue's start
and end kept as hints (the audio decides the real times), the file's own line
breaks remembered so an unchanged cue is written with them
again.  Writing is done here directly rather than through pysubs2, whose
SubStation text model treats ``\\n``, ``\\N``, ``\\h`` and ``{...}`` in plain
text as markup and would corrupt such text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..document import Document, Hint, Segment
from ..errors import TranscriptError
from ..language import is_rtl_text
from .cues import Cue
from .runningtext import LABEL_RE, label_name

CUE_LINES_KEY = "cue_lines"  #: doc.metadata: {segment id: [line, ...]} of multi-line cues

_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_SSA_OVERRIDE_RE = re.compile(r"\{\\[^{}]*\}")  # "{\an8}": SubStation positioning that SRT files carry
_VOICE_RE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>")
#: Marks where an inline timestamp stood while the text is cleaned (a private-use character).
TIME_MARK = "\ue000"


@dataclass
class RawCue:
    """A cue as read from the file, before it becomes a segment."""

    start: Optional[float]  #: None when the file's time line for it could not be read
    end: Optional[float]
    lines: list[str]
    speaker: Optional[str] = None
    inline: list[tuple[int, float]] = field(default_factory=list)  #: (offset in the joined text, seconds)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def voice_of(text: str) -> Optional[str]:
    """The speaker of a WebVTT ``<v Speaker>`` voice tag in ``text`` (some SRT writers use them too)."""
    m = _VOICE_RE.search(text)
    return (" ".join(html.unescape(m.group(1)).split()) or None) if m else None


def strip_tags(text: str, ssa: bool = False) -> str:
    """Text without HTML-like formatting tags (and SubStation override blocks), entities decoded."""
    if ssa:
        text = _SSA_OVERRIDE_RE.sub("", text)
    return html.unescape(_TAG_RE.sub("", text))


def clean_lines(lines: list[str], times: list[float]) -> tuple[list[str], list[tuple[int, float]]]:
    """Lines with whitespace collapsed and :data:`TIME_MARK` characters turned into offsets.

    ``times`` holds the time of each mark in order.  An offset points at the first
    character after the mark (the word it times) in the lines joined by spaces.
    """
    out_lines: list[str] = []
    inline: list[tuple[int, float]] = []
    k = 0
    base = 0
    pending: list[float] = []
    for line in lines:
        buf: list[str] = []
        for ch in line:
            if ch == TIME_MARK:
                pending.append(times[k])
                k += 1
            elif ch in _DIRECTION_MARKS:
                continue  # written by rtl_line (or another tool) for players, not part of the text
            elif ch.isspace():
                if buf and buf[-1] != " ":
                    buf.append(" ")
            else:
                if pending:
                    inline.extend((base + len(buf), t) for t in pending)
                    pending = []
                buf.append(ch)
        text = "".join(buf).rstrip()
        if text:
            out_lines.append(text)
            base += len(text) + 1
    return out_lines, inline


def take_labels(cues: list[RawCue]) -> None:
    """Speaker names written as "NAME: " at the start of cues become speakers (used twice or more)."""
    found = []
    for c in cues:
        m = LABEL_RE.match(c.lines[0]) if c.lines else None
        found.append(label_name(m) if m and m.end() < len(c.lines[0]) else None)
    if sum(1 for f in found if f) < 2:
        return
    speaker = None
    for c, name in zip(cues, found):
        if name:
            speaker = name
            m = LABEL_RE.match(c.lines[0])
            cut = m.end() + len(c.lines[0][m.end():]) - len(c.lines[0][m.end():].lstrip())
            c.lines[0] = c.lines[0][cut:]
            c.inline = [(max(0, o - cut), t) for o, t in c.inline]
        if c.speaker is None:
            c.speaker = speaker


def document_from_cues(cues: list[RawCue], name: str, what: str) -> Document:
    """Segments from cues: text kept, cue times as hints, multi-line cues' lines remembered.

    The file's order is kept even where cues overlap or run backwards: it is
    the order the text was written in, and cue times are only hints (the audio
    decides where each cue is said).
    """
    segments: list[Segment] = []
    kept: dict[str, list[str]] = {}
    for c in (c for c in cues if c.text.strip()):
        text = c.text
        hints: dict[int, float] = {} if c.start is None else {0: c.start}
        for off, t in c.inline:
            if 0 < off < len(text):
                hints.setdefault(off, t)
        if c.end is not None:
            hints.setdefault(len(text), c.end)
        seg = Segment(text, speaker=c.speaker, hints=tuple(Hint(o, t) for o, t in sorted(hints.items())))
        if len(c.lines) > 1:
            kept[seg.id] = list(c.lines)
        segments.append(seg)
    if not segments:
        raise TranscriptError(f"{name or 'The file'} holds no {what} with text. "
                              f"Check that it is a {what.rstrip('s')} file and not empty.")
    return Document(segments=segments, metadata={CUE_LINES_KEY: kept} if kept else {})


#: RIGHT-TO-LEFT MARK: an invisible strong right-to-left character.
RLM = "\u200f"
#: Bidi marks and embeddings: invisible, dropped when subtitles are read back.
_DIRECTION_MARKS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def rtl_line(line: str) -> str:
    """A line of mostly right-to-left text (Arabic, Hebrew...) begins with a RIGHT-TO-LEFT MARK.

    SRT and WebVTT have no direction markup: players (browsers for WebVTT,
    libass/VLC for SRT) take a line's direction from its first strongly
    directional character (the Unicode bidi algorithm's rules P2/P3).  An
    Arabic line that opens with a Latin acronym or a number would be laid out
    left to right, its full stop landing on the wrong side.  An RLM at the
    start fixes the line's direction without changing what is shown; it is
    the W3C's advice for WebVTT, and what subtitle editors add for SRT.
    """
    return RLM + line if is_rtl_text(line) and not line.startswith(RLM) else line


def write_cues(cues: list[Cue], header: str, timestamp: Callable[[float], str],
               line_text: Callable[[Cue, int, str], str] = lambda cue, n, line: line) -> str:
    """Numbered cue blocks: number, ``start --> end``, lines, blank line."""
    out = [header] if header else []
    for n, cue in enumerate(cues, 1):
        lines = [line_text(cue, k, rtl_line(line)) for k, line in enumerate(cue.lines)]
        out.append(f"{n}\n{timestamp(cue.start)} --> {timestamp(cue.end)}\n" + "\n".join(lines) + "\n")
    return "\n".join(out)
