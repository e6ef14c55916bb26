"""Every format, looked up by key, by file extension, or by what a text looks like.

Like ``pysubs2.formats``: one table, the modules stay ignorant of each other.
The order of :data:`FORMATS` is the order of file-dialog entries, and decides
which format owns an extension two of them share (".txt" is plain text).
"""

from __future__ import annotations

import os
from typing import Optional

from .audacity import AudacityFormat
from .base import Format
from .csvformat import CSVFormat
from .jsonformat import JSONFormat
from .plain import PlainTextFormat
from .subrip import SubRipFormat
from .textgrid import TextGridFormat
from .web import WebFormat
from .webvtt import WebVTTFormat

FORMATS: dict[str, Format] = {f.key: f for f in (
    SubRipFormat(), WebVTTFormat(), PlainTextFormat(), WebFormat(), JSONFormat(), CSVFormat(),
    TextGridFormat(), AudacityFormat(),
)}

#: Formats recognisable from content, tried in this order; plain text is the fallback.
_SNIFF_ORDER = ("vtt", "srt", "textgrid", "json", "csv", "audacity", "web")
FALLBACK = "txt"


def extension(path: str) -> str:
    """The lower-case extension of ``path`` with its dot ("" if none)."""
    return os.path.splitext(path)[1].lower()


def export_key_for_extension(ext: str) -> Optional[str]:
    for f in FORMATS.values():
        if f.can_write and ext in (e.lower() for e in f.extensions):
            return f.key
    return None


def import_key_for_extension(ext: str) -> Optional[str]:
    """The format a file with this extension is, or None when its content decides."""
    for f in FORMATS.values():
        if f.can_read and f.identified_by_extension and ext in (e.lower() for e in f.extensions):
            return f.key
    return None


def guess_format(text: str) -> str:
    """The key of the format ``text`` is in: the first whose sniff says yes, else plain text."""
    for key in _SNIFF_ORDER:
        if FORMATS[key].sniff(text):
            return key
    return FALLBACK


def export_extensions() -> list[str]:
    seen: dict[str, None] = {}
    for f in FORMATS.values():
        if f.can_write:
            for e in f.extensions:
                seen.setdefault(e, None)
    return list(seen)
