"""Times as people read and type them in the segment table (Qt-free).

The table shows ``M:SS.mmm`` (``H:MM:SS.mmm`` past an hour) and accepts what
people paste from other tools: ``83.5``, ``1:23.5``, ``0:01:23,500`` (SRT's comma),
``01:23:45.6``.  Parsing failures raise :class:`ValueError` with a readable message.
"""

from __future__ import annotations

import math
import re
from typing import Optional

_TIME_RE = re.compile(r"^\s*(?:(?:(\d+):)?(\d+):)?(\d+(?:[.,]\d*)?)\s*s?\s*$")


def format_time(t: Optional[float], millis: bool = True) -> str:
    """``83.456`` -> ``"1:23.456"``; ``None`` -> ``""``."""
    if t is None or not math.isfinite(t):
        return ""
    sign = "-" if t < 0 else ""
    total_ms = int(round(abs(t) * 1000))
    h, rest = divmod(total_ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    frac = f".{ms:03d}" if millis else ""
    if h:
        return f"{sign}{h}:{m:02d}:{s:02d}{frac}"
    return f"{sign}{m}:{s:02d}{frac}"


def format_duration(d: Optional[float]) -> str:
    """Short durations as seconds (``"2.350"``), the way subtitle editors show them."""
    if d is None or not math.isfinite(d):
        return ""
    return f"{d:.3f}" if d < 60 else format_time(d)


def parse_time(text: str) -> float:
    """Parse a typed time into seconds."""
    m = _TIME_RE.match(text or "")
    if not m:
        raise ValueError(f"“{text}” is not a time; type it like 1:23.456 or 83.456.")
    hours, minutes, seconds = m.groups()
    secs = float(seconds.replace(",", "."))
    if minutes is not None and secs >= 60:
        raise ValueError(f"“{text}” has {secs:g} seconds; use fewer than 60 after a colon.")
    if hours is not None and int(minutes) >= 60:
        raise ValueError(f"“{text}” has {minutes} minutes; use fewer than 60 after the hours.")
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + secs
