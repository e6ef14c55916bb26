"""CSV: one row per segment, for spreadsheets.

Columns: index (from 1), start, end, duration (seconds, three decimals; empty
when not aligned), speaker, text, confidence (0-1), flags (``;``-separated).
Written with a byte-order mark because spreadsheet programs need it to see
UTF-8, and with CRLF row ends as RFC 4180 asks.  Reading accepts the same
columns (any order, only ``text`` is required); times become hints.
"""

from __future__ import annotations

import csv
import io
from typing import Optional

from ..document import Document, Hint, Segment
from ..errors import TranscriptError
from .base import Format
from .options import ExportOptions
from .textfile import TextInfo
from .timecode import parse_timecode

COLUMNS = ("index", "start", "end", "duration", "speaker", "text", "confidence", "flags")


def _seconds(t: Optional[float]) -> str:
    return "" if t is None else f"{t:.3f}"


class CSVFormat(Format):
    key = "csv"
    name = "CSV table"
    extensions = (".csv",)
    import_extensions = (".csv",)
    description = "A spreadsheet table: one row per segment with times, speaker, text, confidence and flags."
    encoding = "utf-8-sig"
    follows_source_newlines = False  # the csv module writes CRLF itself

    def sniff(self, text: str) -> bool:
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip().lower()
        return first.startswith("index,start,end")

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        rows = csv.DictReader(io.StringIO(text))
        fields = [f.strip().lower() for f in rows.fieldnames or ()]
        if "text" not in fields:
            raise TranscriptError(f"{name or 'The table'} has no \"text\" column. "
                                  f"The first row must name the columns (text, and optionally start, end, speaker).")
        rows.fieldnames = fields
        segments = []
        for row in rows:
            text = " ".join((row.get("text") or "").split())
            if not text:
                continue
            hints = []
            for key, offset in (("start", 0), ("end", len(text))):
                try:
                    hints.append(Hint(offset, parse_timecode(row.get(key) or "")))
                except ValueError:
                    pass
            segments.append(Segment(text, speaker=(row.get("speaker") or "").strip() or None, hints=tuple(hints)))
        if not segments:
            raise TranscriptError(f"{name or 'The table'} has no rows with text.")
        return Document(segments=segments)

    def render(self, doc: Document, options: ExportOptions) -> str:
        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for n, s in enumerate(doc.segments, 1):
            out.writerow([
                n, _seconds(s.start), _seconds(s.end), _seconds(s.duration),
                (s.speaker or "") if options.include_speakers else "",
                s.text,
                "" if s.confidence is None else f"{s.confidence:.3f}",
                ";".join(sorted(s.flags)),
            ])
        return buf.getvalue()
