"""Times as people read and type them in the segment table (Qt-free).

The table shows ``M:SS.mmm`` (``H:MM:SS.mmm`` past an hour), shorter than the
formats' ``00:01:23.456``, and accepts what people paste from other tools:
``83.5``, ``1:23.5``, ``0:01:23,500`` (SRT's comma), ``01:23:45.6`` — parsed by
:func:`aligner.formats.timecode.parse_timecode`.  Failures raise
:class:`ValueError` with a readable message.
"""

from __future__ import annotations

import math
from typing import Optional

from aligner.formats.timecode import parse_timecode


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
    """Parse a typed time into seconds (the core's clock-time parser, with a message for people)."""
    try:
        return parse_timecode(text or "")
    except ValueError:
        raise ValueError(f"“{text}” is not a time; type it like 1:23.456 or 83.456 "
                         f"(minutes and seconds below 60).") from None
