"""Web transcripts: talk pages with inline timestamps, speaker turns and page furniture.

The shape (see :mod:`aligner.formats.runningtext` for the markers)::

    # Why we sleep                     <- page furniture: title, URL: lines,
    URL: https://example.org/talk         a summary, headings
    ## Transcript                       <- the talk starts after this heading
    - Thanks for having me.. 00:00:04,120 I want to start with a question..

This module finds where the talk starts, and writes the page back -- furniture,
turns and all -- with every stamp giving the aligned time of the word after it.
A document that did not come from a web page is written in a simple form of the
same shape (a stamp before every segment, a dash at every change of speaker).
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document
from ..errors import TranscriptError
from . import runningtext
from .base import Format
from .options import ExportOptions
from .plain import one_line
from .runningtext import HEADING_RE, LABEL_RE, LAYOUT_KEY, Layout, find_stamps, label_name
from .textfile import TextInfo
from .timecode import srt_timestamp

_TRANSCRIPT_HEADING_RE = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*"
    r"(?:(?:full|complete|video|talk|episode|podcast|interview|the)[ \t]+)?transcript(?:ion)?s?"
    r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*#*[ \t]*$", re.I)
_SETEXT_RE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_META_RE = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?(?:url|source|link|date|published|posted|updated|duration|length|"
    r"runtime|running time|title|event|tags|channel|views|language|recorded|location|category|author|by|"
    r"speakers?|hosts?|guests?|episode|presenter|filmed|licen[cs]e)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*\S", re.I)
_URL_LINE_RE = re.compile(r"^[ \t]*(?:<?(?:https?://|www\.)\S+>?|!?\[[^\]]*\]\([^)]*\))[ \t]*$")
_TURN_LINE_RE = re.compile(r"^[ \t]*[-\u2013\u2014][ \t]+\S")


def _is_furniture_line(line: str) -> bool:
    return bool(HEADING_RE.match(line) or _META_RE.match(line) or _URL_LINE_RE.match(line)
                or _SETEXT_RE.match(line))


def _starts_with_label(line: str) -> bool:
    m = LABEL_RE.match(line.lstrip(" \t"))
    return bool(m and label_name(m))


def _starts_with_marker(line: str) -> bool:
    """The line opens with a stamp, a turn dash or a speaker's name: a transcript line."""
    stamps = find_stamps(line)
    return bool((stamps and not line[:stamps[0][0]].strip()) or _TURN_LINE_RE.match(line)
                or _starts_with_label(line))


def _has_marker(line: str) -> bool:
    return bool(find_stamps(line)) or _starts_with_marker(line)


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 120 and not s.endswith((".", ",", ";", ":")) and not _has_marker(s)


def talk_start(text: str) -> int:
    """Offset where the talk begins: after a "Transcript" heading, else after the page furniture.

    Without such a heading, furniture is recognised only at the top: headings,
    ``URL:``-style lines and bare links (a plain first line counts as a title
    when furniture follows it); then up to two unmarked paragraphs (a summary)
    are furniture too if the next paragraph opens with a stamp, dash or name.
    """
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    for i, line in enumerate(lines):
        if _TRANSCRIPT_HEADING_RE.match(line):
            j = i + 1
            if j < len(lines) and _SETEXT_RE.match(lines[j]) and lines[j].strip():
                j += 1
            if any(ln.strip() for ln in lines[j:]):
                return offsets[j]
            break

    paras: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.strip():
            if paras and paras[-1][-1] == i - 1:
                paras[-1].append(i)
            else:
                paras.append([i])

    def furniture(idx: int) -> bool:
        return all(_is_furniture_line(lines[i]) for i in paras[idx])

    f = 0
    while f < len(paras):
        if furniture(f):
            f += 1
        elif f == 0 and _looks_like_title(lines[paras[0][0]]) and \
                all(_is_furniture_line(lines[i]) for i in paras[0][1:]) and \
                (len(paras[0]) > 1 or (len(paras) > 1 and furniture(1))):
            f += 1
        else:
            break
    if f == 0 or f >= len(paras):
        return 0
    k = next((idx for idx in range(f, len(paras)) if _starts_with_marker(lines[paras[idx][0]])), None)
    if k is not None and 0 < k - f <= 2 and not any(
            _has_marker(lines[i]) for idx in range(f, k) for i in paras[idx]):
        f = k
    return offsets[paras[f][0]]


def looks_like_web(text: str) -> bool:
    """A Transcript heading, an inline stamp, a turn dash, or speaker names on two lines."""
    labels = 0
    for line in text.split("\n"):
        if _TRANSCRIPT_HEADING_RE.match(line) or _TURN_LINE_RE.match(line):
            return True
        if HEADING_RE.match(line):
            continue
        if find_stamps(line):
            return True
        if _starts_with_label(line):
            labels += 1
            if labels >= 2:
                return True
    return False


class WebFormat(Format):
    key = "web"
    name = "Web transcript"
    extensions = (".md", ".txt")
    import_extensions = (".txt", ".md", ".markdown")
    identified_by_extension = False
    description = ("A talk page's transcript with inline timestamps and speaker turns; "
                   "written back with corrected timestamps.")

    def sniff(self, text: str) -> bool:
        return looks_like_web(text)

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        start = talk_start(text)
        segments, layout = runningtext.parse(text[start:], kind="web", header=text[:start], markers=True)
        if not segments and start:
            segments, layout = runningtext.parse(text, kind="web", markers=True)
        if not segments:
            raise TranscriptError(f"{name or 'The transcript'} has headings and timestamps but no text "
                                  f"of the talk. Choose the file that holds the transcript itself.")
        return Document(segments=segments, metadata={LAYOUT_KEY: layout.to_metadata()})

    def render(self, doc: Document, options: ExportOptions) -> str:
        layout = Layout.from_metadata(doc.metadata.get(LAYOUT_KEY))
        if layout is not None and layout.kind == "web":
            return runningtext.assemble(doc.segments, layout)
        return _generic(doc, options)


def _generic(doc: Document, options: ExportOptions) -> str:
    """A web-shaped transcript for a document from elsewhere: a stamp before each segment."""
    named = options.include_speakers and len(doc.speakers()) >= 2
    out = ["## Transcript", ""]
    prev: object = None
    for n, seg in enumerate(doc.segments):
        lead = ""
        if named and (n == 0 or seg.speaker != prev):
            if n:
                out.append("")
            lead = f"- {seg.speaker}: " if seg.speaker else "- "
        prev = seg.speaker
        start = runningtext.stamp_time(seg, 0)
        start = runningtext.hint_time(seg, 0) if start is None else start
        stamp = srt_timestamp(start) + " " if start is not None else ""
        out.append(lead + stamp + one_line(seg.text))
    return "\n".join(out) + "\n"
