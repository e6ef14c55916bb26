"""Clock-style times ("01:02:03,456", "[1:02]") to seconds and back.

Every format that writes or reads a clock time goes through here, so rounding
and carrying (59.9996 s is "00:01:00.000", not "00:00:60.000") are done once.
Times are rounded to whole milliseconds before they are split into fields.

:func:`format_like` writes a time in the style of an example stamp; the web
transcript writer uses it to put corrected stamps back exactly as the page
wrote them (brackets, hour field, separator, digits).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

#: A clock time with optional surrounding brackets: [h:]m:s[.,fraction].
_CLOCK_RE = re.compile(
    r"^\s*(?P<open>[\[(]?)\s*"
    r"(?:(?P<h>\d{1,3}):)?(?P<m>\d{1,2}):(?P<s>\d{1,2})"
    r"(?:(?P<sep>[.,])(?P<frac>\d{1,3}))?"
    r"\s*(?P<close>[\])]?)\s*$")
_SECONDS_RE = re.compile(r"^\s*(?P<sec>\d+(?:[.,]\d+)?)\s*s?\s*$")


def _check(seconds: float) -> float:
    if seconds is None or not math.isfinite(seconds):
        raise ValueError(f"not a time: {seconds!r}")
    return max(0.0, float(seconds))


def to_ms(seconds: float) -> int:
    """Whole milliseconds (negative times become 0)."""
    return int(round(_check(seconds) * 1000))


def parse_timecode(text: str) -> float:
    """Seconds from a clock time or a plain number of seconds.

    Accepts ``01:02:03,456``, ``01:02:03.456``, ``1:02``, ``[01:02]``, ``(1:02:03)``,
    ``62.5``.  Raises ``ValueError`` for anything else, including minutes or
    seconds fields of 60 and more once an hour field is present.

    >>> parse_timecode("00:01:02,900")
    62.9
    >>> parse_timecode("[1:02]")
    62.0
    """
    m = _CLOCK_RE.match(text)
    if m:
        if (m.group("open") == "[") != (m.group("close") == "]") or \
                (m.group("open") == "(") != (m.group("close") == ")"):
            raise ValueError(f"unbalanced brackets in time {text!r}")
        h = int(m.group("h") or 0)
        mins, secs = int(m.group("m")), int(m.group("s"))
        if secs >= 60 or (m.group("h") is not None and mins >= 60):
            raise ValueError(f"not a clock time: {text!r}")
        frac = m.group("frac") or ""
        ms = int(frac.ljust(3, "0")) if frac else 0
        return ((h * 3600 + mins * 60 + secs) * 1000 + ms) / 1000.0  # whole ms first: 2.688, not 2.68799...
    m = _SECONDS_RE.match(text)
    if m:
        return float(m.group("sec").replace(",", "."))
    raise ValueError(f"not a time: {text!r}")


def split_ms(ms: int) -> tuple[int, int, int, int]:
    """(hours, minutes, seconds, milliseconds) of a whole number of milliseconds."""
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return h, m, s, ms


def format_timecode(seconds: float, sep: str = ".", hours: bool = True, frac_digits: int = 3,
                    pad_first: bool = True) -> str:
    """A clock time: ``HH:MM:SS.mmm`` by default.

    ``hours=False`` leaves the hour field out unless the time needs it;
    ``frac_digits`` (0-3) is how many digits of the second to write: the time is
    rounded to the millisecond, then cut (not rounded) to that precision, so a
    coarse stamp never points after the moment it stands for;
    ``pad_first=False`` writes the first field without a leading zero ("1:02").
    """
    if not 0 <= frac_digits <= 3:
        raise ValueError("frac_digits must be 0..3")
    unit = 10 ** (3 - frac_digits)
    ms = to_ms(seconds) // unit * unit
    h, m, s, ms = split_ms(ms)
    width = 2 if pad_first else 1
    if hours or h:
        head = f"{h:0{width}d}:{m:02d}:{s:02d}"
    else:
        head = f"{m:0{width}d}:{s:02d}"
    if frac_digits:
        head += f"{sep}{ms // unit:0{frac_digits}d}"
    return head


def srt_timestamp(seconds: float) -> str:
    """``HH:MM:SS,mmm`` as SubRip writes it."""
    return format_timecode(seconds, sep=",")


def vtt_timestamp(seconds: float) -> str:
    """``HH:MM:SS.mmm`` as WebVTT writes it."""
    return format_timecode(seconds, sep=".")


@dataclass(frozen=True)
class StampStyle:
    """How a page writes its timestamps, learned from one example."""

    open: str = ""
    close: str = ""
    hours: bool = True  #: the example had an hour field
    pad_first: bool = True  #: its first field had a leading zero ("01:02" rather than "1:02")
    sep: str = ","
    frac_digits: int = 3

    @classmethod
    def of(cls, example: str) -> "StampStyle":
        m = _CLOCK_RE.match(example)
        if not m:
            raise ValueError(f"not a clock time: {example!r}")
        first = m.group("h") if m.group("h") is not None else m.group("m")
        return cls(open=m.group("open"), close=m.group("close"), hours=m.group("h") is not None,
                   pad_first=len(first) >= 2, sep=m.group("sep") or ",",
                   frac_digits=len(m.group("frac") or ""))

    def format(self, seconds: float) -> str:
        return self.open + format_timecode(seconds, self.sep, self.hours, self.frac_digits,
                                           self.pad_first) + self.close


def format_like(seconds: float, example: str) -> str:
    """``seconds`` written the way ``example`` is written.

    >>> format_like(123.4, "00:01:02,900")
    '00:02:03,400'
    >>> format_like(3723, "[1:02]")
    '[1:02:03]'
    """
    return StampStyle.of(example).format(seconds)


def parse_seconds(text: str) -> Optional[float]:
    """A plain decimal number of seconds ("12.5", "12,5"), or None if ``text`` is not one."""
    m = _SECONDS_RE.match(text)
    return float(m.group("sec").replace(",", ".")) if m else None
