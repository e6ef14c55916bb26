"""Our outputs in a finished run's folder, each beside its case's true lines: what the what-if tools
(canceller_misses.py, canceller_replay.py, thin_voices_whatif.py) replay a rule on without running the engine again.

A folder is either ``run.py``'s ``results-TAG`` (``ours/CASE.json``, one output segment per true segment) or
``bench_languages.py --keep``'s (``CASE.ours.json``, whose segments are matched to the transcript's lines).  The
aside set nobody has looked at (``cases.UNSEEN_ASIDE_PREFIXES``) is left alone: it is looked at only through
run.py, once."""

from __future__ import annotations

import fnmatch
import json
import sys
from pathlib import Path
from typing import Iterator, NamedTuple


class Finished(NamedTuple):
    name: str
    folder: Path  #: the case's folder (audio.wav, truth.json, transcript.txt)
    segments: list[dict]  #: our output's segments
    truth: list[dict]  #: the true segments that are in the transcript
    kept: bool  #: a bench_languages --keep output: segments are matched to lines by :func:`lines_of`


def outputs_with_truth(folder: Path, pattern: str = "*") -> Iterator[Finished]:
    """Every output in ``folder`` whose case name matches ``pattern``, with its truth; the unseen set skipped (said
    on stderr)."""
    import cases

    kept = sorted(folder.glob("*.ours.json"))
    paths = kept or sorted(p for p in (folder / "ours").glob("*.json") if not p.name.endswith(".score.json"))
    for path in paths:
        name = path.name[:-len(".ours.json")] if kept else path.stem
        if not fnmatch.fnmatch(name, pattern):
            continue
        if name.startswith(cases.UNSEEN_ASIDE_PREFIXES or ("\0",)):
            print(f"{name}: the unseen aside set, left alone", file=sys.stderr)
            continue
        d = cases.CASES_DIR / name
        segments = json.loads(path.read_text(encoding="utf-8"))["segments"]
        truth = [s for s in json.loads((d / "truth.json").read_text(encoding="utf-8"))["segments"]
                 if s.get("in_transcript", True) is not False]
        yield Finished(name, d, segments, truth, bool(kept))


def lines_of(item: Finished) -> list[str]:
    """The case's transcript lines (what a kept language output's segments are matched to)."""
    return (item.folder / "transcript.txt").read_text(encoding="utf-8").splitlines()
