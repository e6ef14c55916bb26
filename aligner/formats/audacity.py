"""Audacity labels: ``start<TAB>end<TAB>text`` per line, times in seconds.

Import the file in Audacity (File > Import > Labels) to see every segment as a
label over the waveform.  Reading accepts the same (times become hints); the
extra ``\\<TAB>low<TAB>high`` frequency lines of spectral labels are skipped.
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document, Hint, Segment
from ..errors import TranscriptError
from .base import Format
from .cues import align_first_error
from .options import ExportOptions
from .plain import speaker_labels_wanted
from .textfile import TextInfo

_LABEL_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\t(\d+(?:[.,]\d+)?)(?:\t(.*))?$")


class AudacityFormat(Format):
    key = "audacity"
    name = "Audacity labels"
    extensions = (".txt",)
    identified_by_extension = False
    description = "A label track for Audacity: one label per segment over the waveform."

    def sniff(self, text: str) -> bool:
        lines = [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("\\")]
        return bool(lines) and all(_LABEL_RE.match(ln) for ln in lines)

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        segments = []
        for line in text.split("\n"):
            m = _LABEL_RE.match(line)
            if not m or not (m.group(3) or "").strip():
                continue
            words = " ".join(m.group(3).split())
            start, end = (float(m.group(k).replace(",", ".")) for k in (1, 2))
            segments.append(Segment(words, hints=(Hint(0, start), Hint(len(words), max(start, end)))))
        if not segments:
            raise TranscriptError(f"{name or 'The file'} holds no labels with text.")
        return Document(segments=segments)

    def render(self, doc: Document, options: ExportOptions) -> str:
        timed = [s for s in doc.segments if s.timed]
        if not timed:
            raise align_first_error("An Audacity label track")
        labels = speaker_labels_wanted(doc, options)
        lines = []
        for s in timed:
            text = f"{s.speaker}: {s.text}" if labels and s.speaker else s.text
            lines.append(f"{s.start:.6f}\t{s.end:.6f}\t{' '.join(text.split())}\n")
        return "".join(lines)
