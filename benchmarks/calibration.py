#!/usr/bin/env python3
"""Is Aligner's confidence calibrated?  Reads a finished ``run.py`` results folder and prints a table.

The targets (issue "alignment that survives real transcripts"): segments reported with
confidence >= 0.8 are within 0.2 s at least 95% of the time; segments off by more than
0.5 s are reported below 0.5 at least 90% of the time.  A segment's error is the larger of
its start and end errors, as score.py measures them; only segments with timing truth count.

    .venv/bin/python benchmarks/calibration.py [benchmarks/out/results-TAG ...] [-v] [--cases 'rd_*' ...]

Several folders are pooled (e.g. a development run and a run of cases added later); ``--cases`` keeps
only the cases matching one of the shell patterns (e.g. the real-speech ``rd_*`` alone).

It also prints the two review-queue targets (issue "boundaries where a careful person puts them"): of
the segments flagged for review (confidence < 0.5), the share really more than 100 ms off (>= 50%);
of the segments more than 200 ms off, the share flagged (>= 95%).  ``-v`` lists the misses.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"


def case_dir(case: str) -> Path:
    derived = HERE / "out" / "cases" / case
    return derived if derived.is_dir() else SHARED / case


def scored_outputs(results: Path, patterns: tuple[str, ...] = ("*",)):
    """(case, run.py score, our output) for every case of ``results`` matching one of ``patterns`` that was scored."""
    for out in sorted((results / "ours").glob("*.json")):
        if out.name.endswith(".score.json") or not any(fnmatch.fnmatchcase(out.stem, p) for p in patterns):
            continue
        score_path = out.with_name(out.stem + ".score.json")
        if score_path.exists():
            yield (out.stem, json.loads(score_path.read_text(encoding="utf-8")),
                   json.loads(out.read_text(encoding="utf-8")))


def scored_with_audio(results: Path, patterns: tuple[str, ...] = ("*",), whole: bool = False):
    """(case, scored truth rows with an end error, our timed segments, the case's audio, its envelope) for every
    scored case of ``results`` matching ``patterns``: what the evidence scripts (end_evidence.py,
    queue_evidence.py) measure the engine's review rules on; with ``whole``, our whole output (its language, its
    unscripted spans) last.

    The audio is what the engine scores on (:func:`aligner.align.engine.as_heard`, the engine's first step): the
    case's file with a livestream's delayed copy of the talk taken out, a stereo pair with one capsule upside down
    heard as the channels' difference.  Read raw, the copy's sound
    after each line's end fired the end-after reasons on stream talks where the engine, rightly, saw none: on
    results-j125-base-gx the replayed queue held 71 segments (27 > 100 ms off, 38.0 %) against the run's 54
    (25, 46.3 %), which calibration.py reads from the same output."""
    from aligner.align.activity import Envelope
    from aligner.align.engine import as_heard
    from aligner.audio.decode import load_audio

    for case, score, output in scored_outputs(results, patterns):
        segs = [s for s in output["segments"] if s.get("start") is not None]
        scored = [r for r in score["per_segment"] if r.get("scored") and r.get("err_end") is not None]
        if not scored or not segs:
            continue
        d = case_dir(case)
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        audio, _ = as_heard(load_audio(str(d / truth.get("audio_file", "audio.wav"))))
        yield (case, scored, segs, audio, Envelope(audio)) + ((output,) if whole else ())


def segment_at(segs: list[dict], key: str, t: float):
    """The index of our segment whose ``key`` ("start" or "end") is ``t`` (to 1 ms), or None."""
    return next((i for i, s in enumerate(segs) if abs(s[key] - t) < 1e-3), None)


def carriers(segs: list[dict], row: dict):
    """(index of our segment carrying the truth row's start, of the one carrying its end, the lower confidence
    of the two), or None when either is missing or unscored."""
    j, k = segment_at(segs, "start", row["pred_start"]), segment_at(segs, "end", row["pred_end"])
    if k is None or j is None or segs[j].get("confidence") is None:
        return None
    return j, k, min(c for c in (segs[j].get("confidence"), segs[k].get("confidence")) if c is not None)


def rows(results: Path, patterns: tuple[str, ...] = ("*",), carrier: bool = True):
    """(confidence, error, case, text, signed start and end errors) for every scored truth segment our
    output placed, in the cases matching one of ``patterns``.

    A truth segment's confidence is the lower of those of our segments that carry its start and its end
    (they differ where one truth segment, a prompt of several sentences, holds several of ours); with
    ``carrier`` False, the one that starts where it starts (how this script read it before: an end off
    in a prompt's last sentence was charged to its first).
    """
    for case, score, output in scored_outputs(results, patterns):
        by_start = {round(s["start"], 3): s for s in output["segments"] if s.get("start") is not None}
        by_end = {round(s["end"], 3): s for s in output["segments"] if s.get("end") is not None}
        for row in score["per_segment"]:
            if not row.get("scored") or row.get("err_start") is None:
                continue
            first = by_start.get(round(row["pred_start"], 3))
            if first is None or first.get("confidence") is None:
                continue
            # a truth segment (a whole prompt) may hold several of ours: its end is the last one's end, and
            # that segment is the one the review queue must point at when the end is off
            last = by_end.get(round(row["pred_end"], 3), first) if carrier else first
            conf = min(first["confidence"], last.get("confidence", first["confidence"]))
            yield (conf, max(abs(row["err_start"]), abs(row["err_end"])), case, row["text"],
                   row["err_start"], row["err_end"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="run.py results folders (default: benchmarks/out/results)")
    ap.add_argument("-v", action="store_true", help="list the misses")
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN", help="only these cases")
    ap.add_argument("--first-only", action="store_true",
                    help="a truth segment's confidence is that of our segment at its start alone (the old reading)")
    opts = ap.parse_args()
    folders = opts.folders or [HERE / "out" / "results"]
    data = [row for results in folders for row in rows(results, tuple(opts.cases), not opts.first_only)]
    results = Path("+".join(f.name for f in folders))
    if not data:
        raise SystemExit(f"no scored results of 'ours' in {', '.join(map(str, folders))}; run benchmarks/run.py first")
    sure = [e for c, e, *_ in data if c >= 0.8]
    off = [c for c, e, *_ in data if e > 0.5]
    print(f"{len(data)} segments with timing truth in {results.name}\n")
    print("| confidence | segments | within 0.1 s | within 0.2 s | off > 0.5 s |")
    print("|---|---|---|---|---|")
    for lo in (0.0, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9):
        hi = {0.0: 0.2, 0.2: 0.4, 0.4: 0.5, 0.5: 0.6, 0.6: 0.8, 0.8: 0.9, 0.9: 1.01}[lo]
        errs = [e for c, e, *_ in data if lo <= c < hi]
        if errs:
            n = len(errs)
            print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {n} | {sum(e <= 0.1 for e in errs) / n:.0%} | "
                  f"{sum(e <= 0.2 for e in errs) / n:.0%} | {sum(e > 0.5 for e in errs)} |")
    a = sum(e <= 0.2 for e in sure) / len(sure) if sure else None
    b = sum(c < 0.5 for c in off) / len(off) if off else None
    print()
    print(f"confidence >= 0.8 within 0.2 s: {'-' if a is None else f'{a:.1%}'} of {len(sure)} (target >= 95%)"
          f" {'PASS' if a is not None and a >= 0.95 else 'FAIL'}")
    print(f"off by > 0.5 s reported < 0.5: {'-' if b is None else f'{b:.1%}'} of {len(off)} (target >= 90%)"
          f" {'PASS' if b is None or b >= 0.9 else 'FAIL'}")
    low = sum(c < 0.5 for c, *_ in data)
    print(f"flagged for review (< 0.5): {low} of {len(data)} ({low / len(data):.0%})")
    # issue "boundaries where a careful person puts them": the review queue must point at real errors
    flagged = [e for c, e, *_ in data if c < 0.5]
    far = [c for c, e, *_ in data if e > 0.2]
    p = sum(e > 0.1 for e in flagged) / len(flagged) if flagged else None
    r = sum(c < 0.5 for c in far) / len(far) if far else None
    print(f"of flagged segments, really > 100 ms off: {'-' if p is None else f'{p:.1%}'} of {len(flagged)} "
          f"(target >= 50%) {'PASS' if p is None or p >= 0.5 else 'FAIL'}")
    print(f"of segments > 200 ms off, flagged: {'-' if r is None else f'{r:.1%}'} of {len(far)} "
          f"(target >= 95%) {'PASS' if r is None or r >= 0.95 else 'FAIL'}")
    if opts.v:
        print("\nflagged but within 100 ms, and > 200 ms off but not flagged (signed start / end errors):")
        for c, e, case, text, es, ee in data:
            if (c < 0.5 and e <= 0.1) or (c >= 0.5 and e > 0.2):
                print(f"  {c:.2f} {1000 * e:6.0f} ms ({1000 * es:+5.0f} / {1000 * ee:+5.0f})  {case}: {text[:60]}")


if __name__ == "__main__":
    main()
