"""The batch's report: one row per talk in ``report.csv`` (for a spreadsheet) and ``report.json`` (for scripts).

The rows are in the input's order, whatever order the talks ran in, so two
reports of the same archive can be compared line by line.  Both files are
rewritten atomically whenever the report is written (at the end, and on
Ctrl-C), so a reader never sees half a report.
"""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Iterable, Optional

from ..fsutil import atomic_write
from .job import CANCELLED, FAILED, OK, SKIPPED, Outcome
from .manifest import Talk

COLUMNS = ("name", "status", "audio_seconds", "wall_seconds", "segments", "not_heard", "low_confidence",
           "unscripted", "mean_confidence", "message", "audio", "transcript")
#: the columns an outcome fills in (the rest come from the talk)
MEASURES = COLUMNS[2:9]


def row_of(talk: Talk, outcome: Outcome) -> dict:
    row = {"name": talk.name, "status": outcome.status}
    row.update({k: getattr(outcome, k) for k in MEASURES})
    row.update(message=outcome.message, audio=talk.audio, transcript=talk.transcript)
    return row


def skipped_row(talk: Talk, done: dict) -> dict:
    """The row of a talk an earlier run finished: its measures then, its time now (none spent)."""
    row = {k: done.get(k) for k in COLUMNS}
    row.update(name=talk.name, status=SKIPPED, wall_seconds=0.0, audio=talk.audio, transcript=talk.transcript,
               message="up to date (made from the same inputs and settings); --force redoes it")
    return row


def summarize(rows: Iterable[dict], elapsed: Optional[float] = None) -> dict:
    rows = list(rows)
    count = {s: sum(1 for r in rows if r["status"] == s) for s in (OK, FAILED, SKIPPED, CANCELLED)}
    hours = sum(r.get("audio_seconds") or 0 for r in rows if r["status"] == OK) / 3600
    out = {"talks": len(rows), **count, "hours_aligned": round(hours, 4)}
    if elapsed is not None:
        out["wall_seconds"] = round(elapsed, 1)
    return out


def summary_line(summary: dict) -> str:
    parts = [f"{summary['ok']} ok", f"{summary['failed']} failed", f"{summary['skipped']} skipped"]
    if summary["cancelled"]:
        parts.append(f"{summary['cancelled']} not done (interrupted)")
    line = f"{summary['talks']} talks: " + ", ".join(parts)
    hours = summary["hours_aligned"]
    if hours:
        line += f"; {hours:.2f} h of audio aligned" if hours >= 1 else f"; {hours * 60:.1f} min of audio aligned"
    if summary.get("wall_seconds") is not None:
        line += f" in {summary['wall_seconds']:.0f} s"
    return line + "."


def write_report(out_dir: str, rows: list[dict], summary: dict) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if r.get(k) is None else r.get(k) for k in COLUMNS})
    atomic_write(os.path.join(out_dir, "report.csv"), buf.getvalue())
    atomic_write(os.path.join(out_dir, "report.json"),
                 json.dumps({"summary": summary, "talks": rows}, indent=1, ensure_ascii=False) + "\n")
