"""Times as people read and type them in the segment table (Qt-free).

The table shows ``M:SS.mmm`` (``H:MM:SS.mmm`` past an hour), shorter than the
formats' ``00:01:23.456``, and accepts what people paste from other tools:
``83.5``, ``1:23.5``, ``0:01:23,500`` (SRT's comma), ``01:23:45.6`` — parsed by
:func:`aligner.formats.timecode.parse_timecode`.  Failures raise
:class:`ValueError` with a readable message.

With a frame rate set (Settings -> Readability), times are frame-accurate:
shown as ``H:MM:SS:FF`` (hours, minutes, seconds, frames, as video editors
write them), typed that way or in seconds, and every time a person sets is
snapped to the nearest frame.
"""

from __future__ import annotations

import math
import re
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


_FRAMES_RE = re.compile(r"^\s*(\d+):(\d{1,2}):(\d{1,2})[:;](\d{1,3})\s*$")


def to_frame(t: float, fps: float) -> float:
    """``t`` on the nearest frame boundary (unchanged without a frame rate)."""
    if not fps or fps <= 0 or t is None or not math.isfinite(t):
        return t
    return round(t * fps) / fps


def _first_frame(second: int, fps: float) -> int:
    """The number of the first frame that starts at or after ``second`` (frames count from 0 at time 0)."""
    return int(math.ceil(second * fps - 1e-9))


def format_frames(t: Optional[float], fps: float) -> str:
    """``83.48`` at 25 fps -> ``"0:01:23:12"``; ``None`` -> ``""``."""
    if t is None or not math.isfinite(t):
        return ""
    n = int(round(abs(t) * fps))  # the frame number
    seconds = int(math.floor(n / fps + 1e-9))
    f = n - _first_frame(seconds, fps)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{'-' if t < 0 else ''}{h}:{m:02d}:{s:02d}:{f:02d}"


def format_clock(t: Optional[float], fps: float = 0.0) -> str:
    """The table's time: frames with a frame rate, else milliseconds."""
    return format_frames(t, fps) if fps and fps > 0 else format_time(t)


def parse_clock(text: str, fps: float = 0.0) -> float:
    """A typed time: ``H:MM:SS:FF`` with a frame rate, else anything :func:`parse_time` reads; snapped to a frame."""
    m = _FRAMES_RE.match(text or "")
    if m and fps and fps > 0:
        h, mi, s, f = (int(g) for g in m.groups())
        if mi >= 60 or s >= 60 or f >= math.ceil(fps - 1e-9):
            raise ValueError(f"“{text}” is not a time at {fps:g} frames per second; type it like 0:01:23:12.")
        return (_first_frame(h * 3600 + mi * 60 + s, fps) + f) / fps
    return to_frame(parse_time(text), fps)


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
