#!/usr/bin/env python3
"""What a lock (or a re-aligned range) does to the rest of the talk: issue 7, "locks and ranges respected".

A user corrects a segment, locks it and re-aligns; or draws a range and re-aligns only it.  The engine must keep
what is fixed exactly where it is and should place the rest at least as well as before.  For each case this aligns
the talk once (the "before" placement, as ``aligner align`` would leave it), then re-aligns it the way the window
does (the same Document, edited, handed to :func:`aligner.align.align` again) in these scenarios:

    lock-truth   k segments moved to their truth times and locked (a user who corrected them)
    lock-own     k segments locked where the engine put them (a user who checked them)
    range        only a range re-aligned: the unlocked segments around the middle, from the end of the segment
                 before them to the start of the one after (as ``ui.time_range.realign_span`` widens a drawn range)

and prints, per scenario: fixed segments unchanged (locked ones, and in ``range`` those outside it; must be 100 %),
the free segments' boundaries within 50/100/200 ms of the truth before and after, signed start and end medians
(output - truth), how many are more than 1 s off, and how the free segments' confidence and review flags moved;
last, the free boundaries by kind (a start right after a fixed line, an end right before one, elsewhere) with how
many got worse or better by more than 50 ms.

    .venv/bin/python benchmarks/lock_realign.py --cases rd15_real_crosstalk_fan --lock 8   # one probe (0-based)
    .venv/bin/python benchmarks/lock_realign.py --cases 'rd15_*' 'rd23_*' -k 2 --json benchmarks/out/lock.json

The truth's segments are paired with the transcript's by their words (difflib over normalized texts); segments the
truth does not pair are not scored.  The first alignment of each case is cached by the source of ``aligner/`` (in
``benchmarks/out/lock_realign/``), so a second run of the same code re-aligns only.
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import hashlib
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from aligner.align import AlignOptions, align  # noqa: E402
from aligner.audio import load_audio  # noqa: E402
from aligner.document import LOCKED, Document, Segment  # noqa: E402
from aligner.edits import lock, retime  # noqa: E402
from aligner.formats import read_transcript  # noqa: E402
from aligner.project import project_from_dict, project_to_dict  # noqa: E402

CASES = HERE / "out" / "cases"
CACHE = HERE / "out" / "lock_realign"
THRESHOLDS = (0.05, 0.1, 0.2)
FAR = 1.0
#: A confidence change larger than this counts as a move.
CONFIDENCE_MOVE = 0.1
#: A free boundary whose error grew (shrank) by more than this (s) after re-aligning counts as worse (better).
WORSE_BY = 0.05
#: Flags the engine sets (review reasons); a lock is the user's.
USER_FLAGS = {LOCKED, "reviewed"}


# ---------------------------------------------------------------- truth
def _tokens(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower().replace("-", " ")).split())


def truth_pairs(doc: Document, truth: dict) -> dict[tuple[int, int], tuple[float, float]]:
    """(first, last) document segment index -> the truth (start, end) of the line they make up.

    A transcript line may be read into several segments (its sentences): consecutive segments are gathered
    until their words are the truth line's.  Lines whose words no run of segments gives are not scored.
    """
    spoken = [s for s in truth["segments"] if s.get("in_transcript", True) and s.get("start") is not None]
    pairs: dict[tuple[int, int], tuple[float, float]] = {}
    i = 0
    for line in spoken:
        want = _tokens(line["text"]).split()
        for first in range(i, len(doc.segments)):
            got: list[str] = []
            last = first
            while last < len(doc.segments) and len(got) < len(want):
                got += _tokens(doc.segments[last].text).split()
                last += 1
            if got == want:
                pairs[(first, last - 1)] = (float(line["start"]), float(line["end"]))
                i = last
                break
            if got[:1] == want[:1] and len(got) > len(want):
                break  # the line starts here but reads otherwise: not scored
    return pairs


# ---------------------------------------------------------------- scenarios
@dataclass
class Outcome:
    """One re-alignment: which segments were fixed, and the segments before and after."""

    case: str
    scenario: str
    fixed: list[int]
    before: list[Segment]
    after: list[Segment]
    truth: dict[tuple[int, int], tuple[float, float]]
    fixed_expected: dict[int, Segment] = field(default_factory=dict)
    seconds: float = 0.0


def _copy(doc: Document) -> Document:
    """An independent copy of the document, as saving and opening the project would give."""
    return project_from_dict(json.loads(json.dumps(project_to_dict(doc))), "copy").document


def spread_indices(candidates: list[int], k: int) -> list[int]:
    """``k`` of the candidates spread evenly over the talk (not its first or last: a lock between free lines)."""
    if not candidates or k <= 0:
        return []
    n = len(candidates)
    picks = sorted({candidates[min(n - 1, max(0, round((j + 1) * n / (k + 1)) - 1))] for j in range(k)})
    return picks


def realign(doc: Document, audio, options: AlignOptions) -> tuple[list[Segment], float]:
    t = time.perf_counter()
    result = align(doc, audio, options)
    doc.apply(result.edit(doc))
    return list(doc.segments), time.perf_counter() - t


def lock_scenario(case: str, aligned: Document, audio, truth: dict[int, tuple[float, float]], indices: list[int],
                  at_truth: bool, options: AlignOptions) -> Outcome:
    doc = _copy(aligned)
    for i in indices:
        if at_truth:
            start, end = truth[(i, i)]
            doc.apply(retime(doc, i, start, end, allow_overlap=True, lock=True))  # a user moves the neighbours later
        else:
            doc.apply(lock(doc, [i]))
    expected = {i: doc.segments[i] for i in indices}
    after, secs = realign(doc, audio, options)
    return Outcome(case, "lock-truth" if at_truth else "lock-own", indices, list(aligned.segments), after, truth,
                   expected, secs)


def range_scenario(case: str, aligned: Document, audio, truth: dict[int, tuple[float, float]], first: int, last: int,
                   options: AlignOptions) -> Outcome:
    doc = _copy(aligned)
    segs = doc.segments
    lo = segs[first - 1].end if first > 0 else 0.0
    hi = segs[last + 1].start if last + 1 < len(segs) else audio.duration
    inside = set(range(first, last + 1))
    fixed = [i for i in range(len(segs)) if i not in inside]
    expected = {i: segs[i] for i in fixed}
    opts = AlignOptions(**{**options.__dict__, "time_range": (lo, hi)})
    after, secs = realign(doc, audio, opts)
    return Outcome(case, "range", fixed, list(aligned.segments), after, truth, expected, secs)


# ---------------------------------------------------------------- measures
def unchanged(expected: Segment, got: Segment) -> bool:
    """Same text, times, words and the user's flags: what a lock promises (confidence may be re-scored)."""
    return (expected.text == got.text and expected.start == got.start and expected.end == got.end
            and [(w.text, w.start, w.end) for w in expected.words] == [(w.text, w.start, w.end) for w in got.words]
            and expected.flags & USER_FLAGS <= got.flags)


def boundary_errors(segs: list[Segment], truth: dict[tuple[int, int], tuple[float, float]],
                    which: list[tuple[int, int]]) -> tuple[list[Optional[float]], list[Optional[float]]]:
    starts, ends = [], []
    for first, last in which:
        t0, t1 = truth[(first, last)]
        starts.append(segs[first].start - t0 if segs[first].start is not None else None)
        ends.append(segs[last].end - t1 if segs[last].end is not None else None)
    return starts, ends


def summarize(starts: list[Optional[float]], ends: list[Optional[float]]) -> dict:
    both = starts + ends
    n = len(both)
    got = [abs(x) for x in both if x is not None]
    out = {"n": n}
    for th in THRESHOLDS:
        out[f"within_{int(th * 1000)}"] = 100.0 * sum(1 for x in got if x <= th + 1e-9) / n if n else None
    out["far"] = sum(1 for x in got if x > FAR) + sum(1 for x in both if x is None)
    s = [x for x in starts if x is not None]
    e = [x for x in ends if x is not None]
    out["start_median_ms"] = 1000 * statistics.median(s) if s else None
    out["end_median_ms"] = 1000 * statistics.median(e) if e else None
    out["starts"], out["ends"] = s, e  # for the pooled signed medians
    return out


def measure(o: Outcome) -> dict:
    free = [(f, l) for f, l in o.truth if not any(i in o.fixed_expected for i in range(f, l + 1))]
    free_segments = [i for f, l in free for i in range(f, l + 1)]
    before = summarize(*boundary_errors(o.before, o.truth, free))
    after = summarize(*boundary_errors(o.after, o.truth, free))
    kept = sum(1 for i, seg in o.fixed_expected.items() if unchanged(seg, o.after[i]))
    moves = [abs((o.after[i].confidence or 0) - (o.before[i].confidence or 0)) for i in free_segments]
    flags_moved = sum(1 for i in free_segments
                      if (o.after[i].flags - USER_FLAGS) != (o.before[i].flags - USER_FLAGS))
    changed_far = [i for i in free_segments if _moved_by(o.before[i], o.after[i]) > FAR]
    kinds = edge_kinds(o, free)
    return {"case": o.case, "scenario": o.scenario, "fixed": sorted(o.fixed_expected) if o.scenario != "range"
            else f"outside {len(o.fixed_expected)}", "fixed_kept": kept, "fixed_n": len(o.fixed_expected),
            "free_n": len(free_segments), "before": before, "after": after,
            "confidence_median_move": statistics.median(moves) if moves else None,
            "confidence_moves": sum(1 for m in moves if m > CONFIDENCE_MOVE), "flags_moved": flags_moved,
            "moved_over_1s": changed_far, "kinds": kinds, "seconds": round(o.seconds, 1)}


def edge_kinds(o: Outcome, free: list[tuple[int, int]]) -> dict[str, dict[str, int]]:
    """Per kind of free boundary -- a start right after a fixed line, an end right before one, or elsewhere --
    how many there are and how many got worse or better by more than WORSE_BY.  A lock's neighbours are where
    the phone pass's chunk meets the fixed line (j69: the line after a lock placed worse than without it)."""
    fixed = set(o.fixed_expected)
    out = {k: {"n": 0, "worse": 0, "better": 0} for k in ("start after a fixed line", "end before a fixed line",
                                                          "elsewhere")}
    for first, last in free:
        t0, t1 = o.truth[(first, last)]
        edges = (("start after a fixed line", o.before[first].start, o.after[first].start, t0, first - 1 in fixed),
                 ("end before a fixed line", o.before[last].end, o.after[last].end, t1, last + 1 in fixed))
        for beside_kind, before, after, truth, beside in edges:
            kind = beside_kind if beside else "elsewhere"
            out[kind]["n"] += 1
            if before is None or after is None:
                continue
            grew = abs(after - truth) - abs(before - truth)
            out[kind]["worse"] += grew > WORSE_BY
            out[kind]["better"] += grew < -WORSE_BY
    return out


def kinds_table(rows: list[dict]) -> str:
    """The free boundaries by kind, pooled per scenario: how many got worse / better."""
    out = ["| scenario | boundary | n | worse > 50 ms | better > 50 ms |", "|---|---|---|---|---|"]
    for scenario in dict.fromkeys(r["scenario"] for r in rows):
        pooled_kinds: dict[str, dict[str, int]] = {}
        for r in rows:
            if r["scenario"] != scenario:
                continue
            for kind, c in r["kinds"].items():
                acc = pooled_kinds.setdefault(kind, {"n": 0, "worse": 0, "better": 0})
                for key in acc:
                    acc[key] += c[key]
        for kind, c in pooled_kinds.items():
            out.append(f"| {scenario} | {kind} | {c['n']} | {c['worse']} | {c['better']} |")
    return "\n".join(out)


def _moved_by(a: Segment, b: Segment) -> float:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return float("inf")
    return max(abs(a.start - b.start), abs(a.end - b.end))


# ---------------------------------------------------------------- the first alignment, cached by the code
def code_key() -> str:
    h = hashlib.sha1()
    for p in sorted((ROOT / "aligner").rglob("*.py")):
        h.update(p.relative_to(ROOT).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def first_alignment(case: str, audio, options: AlignOptions, use_cache: bool) -> Document:
    cached = CACHE / f"{case}.{code_key()}.json"
    if use_cache and cached.exists():
        return project_from_dict(json.loads(cached.read_text(encoding="utf-8")), case).document
    doc = read_transcript(str(CASES / case / "transcript.txt"))
    doc.audio_duration = audio.duration
    realign(doc, audio, options)
    if use_cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps(project_to_dict(doc)), encoding="utf-8")
        tmp.replace(cached)
    return doc


# ---------------------------------------------------------------- report
def _fmt(x, spec=".1f") -> str:
    return "-" if x is None else format(x, spec)


def table(rows: list[dict]) -> str:
    head = ("| case | scenario | fixed | kept | free bounds | within 50/100/200 ms before -> after | "
            "start/end median ms before -> after | > 1 s before -> after | conf. moves > 0.1 | flags moved |")
    lines = [head, "|" + "---|" * 10]
    for r in rows:
        b, a = r["before"], r["after"]
        lines.append(
            f"| {r['case']} | {r['scenario']} | {r['fixed']} | {r['fixed_kept']}/{r['fixed_n']} | {b['n']} | "
            f"{_fmt(b['within_50'], '.0f')}/{_fmt(b['within_100'], '.0f')}/{_fmt(b['within_200'], '.0f')} -> "
            f"{_fmt(a['within_50'], '.0f')}/{_fmt(a['within_100'], '.0f')}/{_fmt(a['within_200'], '.0f')} | "
            f"{_fmt(b['start_median_ms'], '+.0f')}/{_fmt(b['end_median_ms'], '+.0f')} -> "
            f"{_fmt(a['start_median_ms'], '+.0f')}/{_fmt(a['end_median_ms'], '+.0f')} | {b['far']} -> {a['far']} | "
            f"{r['confidence_moves']}/{r['free_n']} | {r['flags_moved']} |")
    return "\n".join(lines)


def pooled(rows: list[dict]) -> str:
    out = []
    for scenario in sorted({r["scenario"] for r in rows}):
        rs = [r for r in rows if r["scenario"] == scenario]
        n = sum(r["before"]["n"] for r in rs)
        kept = sum(r["fixed_kept"] for r in rs)
        fixed = sum(r["fixed_n"] for r in rs)
        parts = []
        for when in ("before", "after"):
            w = [sum(r[when][f"within_{ms}"] * r[when]["n"] / 100 for r in rs) / n * 100 if n else 0
                 for ms in (50, 100, 200)]
            far = sum(r[when]["far"] for r in rs)
            starts = [x for r in rs for x in r[when]["starts"]]
            ends = [x for r in rs for x in r[when]["ends"]]
            signed = "/".join(f"{1000 * statistics.median(v):+.0f}" if v else "-" for v in (starts, ends))
            parts.append(f"{w[0]:.1f}/{w[1]:.1f}/{w[2]:.1f} % (> 1 s: {far}, start/end median {signed} ms)")
        moves = sum(r["confidence_moves"] for r in rs)
        free = sum(r["free_n"] for r in rs)
        out.append(f"{scenario}: fixed kept {kept}/{fixed}; {n} free boundaries within 50/100/200 ms "
                   f"{parts[0]} -> {parts[1]}; confidence moved > {CONFIDENCE_MOVE} on {moves}/{free} free segments")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", nargs="+", required=True, help="case names or shell patterns (dev cases only)")
    ap.add_argument("-k", type=int, default=1, help="segments locked per case (spread evenly), default 1")
    ap.add_argument("--lock", type=int, nargs="*", help="lock these segments (0-based) instead of -k spread ones")
    ap.add_argument("--scenarios", default="lock-truth,lock-own,range", help="comma list (default: all three)")
    ap.add_argument("--range-size", type=int, default=3, help="segments in the re-aligned range (default 3)")
    ap.add_argument("--no-cache", action="store_true", help="align every case afresh")
    ap.add_argument("--per-segment", action="store_true", help="also print each free segment's errors")
    ap.add_argument("--json", help="write every row here")
    args = ap.parse_args()
    names = sorted({p.name for p in CASES.iterdir() for pat in args.cases if fnmatch.fnmatch(p.name, pat)})
    aside = re.compile(r"^(az|nx|ux|vx|qx|zx|kx|yx|px|mx)_")
    names = [n for n in names if not aside.match(n) and (CASES / n / "truth.json").exists()]
    if not names:
        print("no such cases (built?)", file=sys.stderr)
        return 2
    scenarios = args.scenarios.split(",")
    options = AlignOptions()
    rows = []
    for case in names:
        truth_json = json.loads((CASES / case / "truth.json").read_text(encoding="utf-8"))
        audio = load_audio(str(CASES / case / "audio.wav"))
        aligned = first_alignment(case, audio, options, not args.no_cache)
        aligned.audio_duration = audio.duration
        truth = truth_pairs(aligned, truth_json)
        candidates = [f for f, l in sorted(truth) if f == l and 0 < f < len(aligned.segments) - 1]
        picks = args.lock if args.lock is not None else spread_indices(candidates, args.k)
        outcomes = []
        if "lock-truth" in scenarios:
            outcomes.append(lock_scenario(case, aligned, audio, truth, [i for i in picks if (i, i) in truth], True,
                                          options))
        if "lock-own" in scenarios:
            outcomes.append(lock_scenario(case, aligned, audio, truth, picks, False, options))
        if "range" in scenarios and len(aligned.segments) > args.range_size + 2:
            first = max(1, len(aligned.segments) // 2 - args.range_size // 2)
            outcomes.append(range_scenario(case, aligned, audio, truth, first, first + args.range_size - 1, options))
        for o in outcomes:
            row = measure(o)
            rows.append(row)
            print(table([row]).splitlines()[-1], flush=True)
            if args.per_segment:
                for f, l in sorted(o.truth):
                    b, a, (t0, t1) = o.before[f], o.after[f], o.truth[(f, l)]
                    b = Segment(b.text, b.start, o.before[l].end, flags=b.flags)
                    a = Segment(a.text, a.start, o.after[l].end, flags=a.flags | o.after[l].flags)
                    i = f if f == l else f"{f}-{l}"
                    mark = "fixed" if any(k in o.fixed_expected for k in range(f, l + 1)) else ""
                    print(f"    {i!s:>5} {mark:5s} truth {t0:7.2f}-{t1:7.2f}  before {_fmt(b.start, '7.2f')}-"
                          f"{_fmt(b.end, '7.2f')}  after {_fmt(a.start, '7.2f')}-{_fmt(a.end, '7.2f')}  "
                          f"flags {','.join(sorted(a.flags)) or '-'}")
    print()
    print(table(rows))
    print()
    print(pooled(rows))
    print()
    print(kinds_table(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0 if all(r["fixed_kept"] == r["fixed_n"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
