"""JSON: everything Aligner knows about a document, in the versioned shape of :mod:`aligner.serialize`.

The core of the shape, ``{"segments": [{"start", "end", "text", "words":
[{"start", "end", "word", "probability"}]}]}``, is what other tools and the
benchmark scorer read; the rest (speakers, confidence, flags, hints, speech the
transcript lacks, metadata) rides along.  Reading also accepts the simpler
JSON other tools write -- ``{"segments": [{"start", "end", "text"}]}`` (Whisper
and its relatives), a bare list of such segments, or whisper.cpp's
``{"transcription": [...]}`` -- whose times become hints.
"""

from __future__ import annotations

import json
import math
from typing import Any, Optional

from ..document import Document, Hint, Segment
from ..errors import AlignerError, ExportError, TranscriptError
from ..serialize import document_from_dict, document_to_dict
from .base import Format
from .options import ExportOptions
from .textfile import TextInfo
from .timecode import parse_timecode

SCHEMA_NAME = "aligner-document"


def _time(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) and value >= 0 else None
    if isinstance(value, str):
        try:
            return parse_timecode(value)
        except ValueError:
            return None
    return None


def _foreign_segment(item: Any) -> Optional[Segment]:
    """A segment from another tool's JSON: its text, speaker, and its times as hints."""
    if not isinstance(item, dict):
        return None
    text = item.get("text", item.get("sentence", item.get("transcript")))
    if not isinstance(text, str) or not text.strip():
        return None
    text = " ".join(text.split())
    start, end = _time(item.get("start")), _time(item.get("end"))
    if isinstance(item.get("offsets"), dict):  # whisper.cpp: milliseconds
        off = item["offsets"]
        start = _time(off.get("from") / 1000.0) if isinstance(off.get("from"), (int, float)) else start
        end = _time(off.get("to") / 1000.0) if isinstance(off.get("to"), (int, float)) else end
    hints = []
    if start is not None:
        hints.append(Hint(0, start))
    if end is not None and (start is None or end >= start):
        hints.append(Hint(len(text), end))
    speaker = item.get("speaker")
    return Segment(text, speaker=str(speaker) if isinstance(speaker, (str, int)) and str(speaker) else None,
                   hints=tuple(hints))


class JSONFormat(Format):
    key = "json"
    name = "JSON"
    extensions = (".json",)
    import_extensions = (".json",)
    description = "Everything: segments, words with times and confidence, flags, speakers (for other programs)."

    def sniff(self, text: str) -> bool:
        head = text.lstrip()[:1]
        if head not in ("{", "["):
            return False
        try:
            json.loads(text)
        except ValueError:
            return False
        return True

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        label = name or "The file"
        try:
            data = json.loads(text)
        except ValueError as e:
            raise TranscriptError(f"{label} is not valid JSON ({e}).") from None
        if isinstance(data, dict) and data.get("schema") == SCHEMA_NAME:
            try:
                doc = document_from_dict(data)
            except AlignerError as e:
                raise TranscriptError(str(e)) from None
            if not doc.segments:
                raise TranscriptError(f"{label} holds no segments.")
            return doc
        items = data
        if isinstance(data, dict):
            items = data.get("segments", data.get("transcription", data.get("utterances")))
        if not isinstance(items, list):
            raise TranscriptError(f"{label} is JSON but holds no transcript: expected a \"segments\" list "
                                  f"of {{\"start\", \"end\", \"text\"}} objects.")
        segments = [s for s in (_foreign_segment(item) for item in items) if s is not None]
        if not segments:
            raise TranscriptError(f"{label} has a segment list, but none of its segments has any text.")
        doc = Document(segments=segments)
        if isinstance(data, dict) and isinstance(data.get("language"), str):
            doc.language = data["language"]
        return doc

    def render(self, doc: Document, options: ExportOptions) -> str:
        try:
            return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        except (TypeError, ValueError) as e:  # something put a non-JSON value into the document
            raise ExportError(f"The document holds data that cannot be written as JSON ({e}).") from None
