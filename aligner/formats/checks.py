"""What a subtitle timer checks before handing a file over: flagged segments, too-fast cues, overlaps.

Subtitle Edit and Aegisub warn about the same things before export or in a
"fix common errors" pass.  The check runs on what will actually be written --
for SRT and WebVTT the cues :mod:`.cues` builds (after splitting, holding and
gaps), for other formats the segments -- so a warning is never about a
problem the export itself has already solved, nor silent about one it makes.

Reading speed is a caption's problem only: a JSON, CSV, TextGrid or label
file is data for a program or an analyst, and a talk is spoken at 15-20
characters a second, so warning there named most of the talk on every
export (17 of 26 segments of the demo's JSON) and taught the person to click
"Export anyway" past the one warning that mattered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ..document import HINT_IGNORED, LOCKED, LOW_CONFIDENCE, NOT_HEARD, REVIEWED, Document, Segment
from .cues import Cue, build_cues
from .options import ExportOptions

SUBTITLE_FORMATS = frozenset({"srt", "vtt"})

FLAGGED = "flagged"  #: still marked for review (low confidence, not heard, ignored timestamp, no time)
FAST = "fast"  #: read faster than the characters-per-second limit
OVERLAP = "overlap"  #: starts before the previous one ends
ZERO = "zero"  #: no duration at all
LONG_LINE = "long_line"  #: a line longer than the characters-per-line limit

_ORDER = (FLAGGED, ZERO, OVERLAP, FAST, LONG_LINE)


@dataclass(frozen=True)
class Finding:
    kind: str
    segment: int  #: row of the segment concerned (0-based)
    value: float = 0.0  #: characters per second for FAST, seconds of overlap for OVERLAP, line length ...


def needs_review(seg: Segment) -> bool:
    """Flagged by the aligner and not yet dealt with by a person (locked or marked reviewed)."""
    if seg.has(LOCKED) or seg.has(REVIEWED):
        return False
    return not seg.timed or bool(seg.flags & {LOW_CONFIDENCE, NOT_HEARD, HINT_IGNORED})


def reading_speed(text: str, duration: float) -> Optional[float]:
    """Characters per second as subtitle editors count them (line breaks count as one space)."""
    if duration <= 0:
        return None
    return len(" ".join(text.split())) / duration


def check_export(doc: Document, format_key: str, options: ExportOptions, max_cps: float,
                 rows: Optional[Sequence[int]] = None) -> list[Finding]:
    """Everything worth a warning before ``doc`` is written in ``format_key`` (sorted by kind, then row).

    ``rows`` maps the document's segment positions to the rows the person sees
    (when exporting a selection, the document is a subset).
    """
    def row(i: int) -> int:
        return rows[i] if rows is not None and 0 <= i < len(rows) else i

    subtitles = format_key in SUBTITLE_FORMATS
    found: list[Finding] = []
    for i, s in enumerate(doc.segments):
        if needs_review(s) and not (subtitles and options.not_heard == "omit" and s.has(NOT_HEARD)):
            found.append(Finding(FLAGGED, row(i)))
    if subtitles:
        found += _cue_findings(build_cues(doc, options), options, max_cps, row)
    else:
        timed = [(i, s) for i, s in enumerate(doc.segments) if s.timed]
        for (_, a), (j, b) in zip(timed, timed[1:]):
            if b.start < a.end - 1e-6:
                found.append(Finding(OVERLAP, row(j), a.end - b.start))
    found.sort(key=lambda f: (_ORDER.index(f.kind), f.segment))
    return found


def _cue_findings(cues: list[Cue], options: ExportOptions, max_cps: float, row) -> list[Finding]:
    found = []
    for k, c in enumerate(cues):
        duration = c.end - c.start
        if duration <= 1e-6:
            found.append(Finding(ZERO, row(c.segment)))
            continue
        cps = reading_speed(c.text, duration)
        if cps is not None and max_cps > 0 and cps > max_cps:
            found.append(Finding(FAST, row(c.segment), cps))
        longest = max((len(line) for line in c.lines), default=0)
        if longest > options.max_chars_per_line:
            found.append(Finding(LONG_LINE, row(c.segment), longest))
        if k and c.start < cues[k - 1].end - 1e-6:
            found.append(Finding(OVERLAP, row(c.segment), cues[k - 1].end - c.start))
    return found


def summarize(findings: Sequence[Finding], max_cps: float, max_chars: int, limit: int = 5) -> str:
    """One line per kind: how many, and the first few segment numbers (1-based, as the table shows them)."""
    lines = []
    for kind in _ORDER:
        these = [f for f in findings if f.kind == kind]
        if not these:
            continue
        rows = sorted({f.segment for f in these})
        shown = ", ".join(f"#{r + 1}" for r in rows[:limit]) + (f" and {len(rows) - limit} more"
                                                                  if len(rows) > limit else "")
        n = len(these)
        # Cues are counted, segments listed: when a segment has several, say how many segments those are.
        where = f" in {len(rows)} segment{'s' if len(rows) != 1 else ''}" if len(rows) != n else ""
        if kind == FLAGGED:
            lines.append(f"{n} segment{'s' if n != 1 else ''} still to review: {shown}")
        elif kind == ZERO:
            lines.append(f"{n} subtitle{'s' if n != 1 else ''} with no duration{where}: {shown}")
        elif kind == OVERLAP:
            lines.append(f"{n} overlap{'s' if n != 1 else ''}{where}: {shown}")
        elif kind == FAST:
            fastest = max(these, key=lambda f: f.value)
            lines.append(f"{n} faster than {max_cps:g} characters per second{where} (fastest {fastest.value:.0f}, "
                         f"#{fastest.segment + 1}): {shown}")
        else:
            lines.append(f"{n} line{'s' if n != 1 else ''} longer than {max_chars} characters{where}: {shown}")
    return "\n".join(lines)
