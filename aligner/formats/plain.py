"""Plain text: one segment per sentence, lines kept.

Reading: every non-empty line is at least one segment; a line holding several
sentences becomes one segment per sentence (:mod:`aligner.sentences`).  The
text is kept exactly as written.

Writing: by default a text that came from a plain file is written in its own
lines and paragraphs again; anything else gets one segment per line, with a
blank line and the speaker's name where the speaker changes.  With
``txt_timestamps`` every segment gets its own line: ``[00:01:02.900] Speaker A: text``.
"""

from __future__ import annotations

from typing import Optional

from ..document import Document, Segment
from ..errors import TranscriptError
from . import runningtext
from .base import Format
from .options import ExportOptions
from .runningtext import LAYOUT_KEY, Layout
from .textfile import TextInfo
from .timecode import format_timecode


def speaker_labels_wanted(doc: Document, options: ExportOptions) -> bool:
    """Visible "Name:" labels only help when there is more than one speaker to tell apart."""
    return options.include_speakers and len(doc.speakers()) >= 2


def one_line(text: str) -> str:
    """``text`` on one line (a line break typed into a segment must not start a new one in the file)."""
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def timestamped_line(seg: Segment, labels: bool) -> str:
    """``[00:01:02.900] Speaker A: text`` (no stamp for a segment that has no time)."""
    head = f"[{format_timecode(seg.start)}] " if seg.timed else ""
    who = f"{seg.speaker}: " if labels and seg.speaker else ""
    return head + who + one_line(seg.text)


class PlainTextFormat(Format):
    key = "txt"
    name = "Plain text"
    extensions = (".txt",)
    import_extensions = (".txt", ".text")
    identified_by_extension = False
    description = "Text only, one sentence or line per line (optionally with a timestamp per line)."

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        segments, layout = runningtext.parse(text, kind="plain", markers=False)
        if not segments:
            raise TranscriptError(f"{name or 'The transcript'} holds no text.")
        return Document(segments=segments, metadata={LAYOUT_KEY: layout.to_metadata()})

    def render(self, doc: Document, options: ExportOptions) -> str:
        labels = speaker_labels_wanted(doc, options)
        if options.txt_timestamps:
            return "".join(timestamped_line(s, labels) + "\n" for s in doc.segments)
        layout = Layout.from_metadata(doc.metadata.get(LAYOUT_KEY))
        if layout is not None and layout.kind == "plain" and not labels:
            return runningtext.assemble(doc.segments, layout)
        lines: list[str] = []
        prev: object = None
        for n, seg in enumerate(doc.segments):
            text = one_line(seg.text)
            if labels and (n == 0 or seg.speaker != prev):
                if n:
                    lines.append("")
                lines.append(f"{seg.speaker}: {text}" if seg.speaker else text)
            else:
                lines.append(text)
            prev = seg.speaker
        return "".join(line + "\n" for line in lines)
