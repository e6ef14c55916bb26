#!/usr/bin/env python3
"""Which lines listening again moved, which way, and whether two words heard as one token were met (j235).

Runs the engine in this process over cases with why_off's stage recorder, and for each truth line reports its
error after the first placement (``place``), after listening again (``again``) and at the end (``final``).  A
line is *moved* by listening again when either edge moved more than 50 ms; it moved the *wrong way* when that
edge ended further from the truth.  Two triggers are counted per case: second listens whose per-window judging
(``listen_again._judge_window``) kept other words than judging all windows together would have, and heard
tokens that the fine alignment paired with two transcript words (:mod:`aligner.align.joined_words`).  A case with
neither trigger aligns exactly as before j235.  Run with ``PYTHONPATH`` set to the tree whose engine to measure
(an older tree without the triggers' functions reports them as absent).

    PYTHONPATH=. .venv/bin/python benchmarks/listen_again_moves.py --cases 'gy_*' --out benchmarks/out/moves.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import why_off  # noqa: E402

MOVED = 0.05
#: The aside set being built this round (the thirty-second): never run here, even when its cases are on disk.
HELD_ASIDE = ("ky_",)


def install_triggers(counts: dict) -> None:
    """Count, per case, the two changes' triggers (see the module docstring)."""
    from aligner.align import listen_again, placement, stretch_placing
    from aligner.align.segment_placement import place_stretch

    orig_lp, orig_fine, orig_again = stretch_placing.listen_and_place, placement.fine_align, listen_again.listen_again
    heard_again: list = []

    def again(*args, **kw):
        out = orig_again(*args, **kw)
        heard_again[:] = out
        return out

    def lp(doc, st, words, first, model, audio, env, windows, language, cancel):
        out_words, out = orig_lp(doc, st, words, first, model, audio, env, windows, language, cancel)
        counts["windows"] = counts.get("windows", 0) + len(windows)
        if len(windows) > 1 and hasattr(listen_again, "_judge_window"):  # what judging them together kept
            joint = place_stretch(doc, st, heard_again, env, language)
            if joint.strong >= first.strong:
                old = list(heard_again)
            else:
                added = listen_again._in_first_gaps(heard_again, words, windows)
                merged = sorted(words + added, key=lambda w: w.start)
                keep = added and place_stretch(doc, st, merged, env, language).strong >= first.strong
                old = merged if keep else list(words)
            if [(w.text, w.start) for w in old] != [(w.text, w.start) for w in out_words]:
                counts["judged_apart"] = counts.get("judged_apart", 0) + 1
        return out_words, out

    def fine(t, h, side=None):
        pairs = orig_fine(t, h, side)
        ks = [k for _, k in pairs]
        counts["joined"] = counts.get("joined", 0) + len(ks) - len(set(ks))
        return pairs

    listen_again.listen_again, stretch_placing.listen_and_place, placement.fine_align = again, lp, fine


def summary(rows: list[dict]) -> dict:
    edges = [e for r in rows for e in r["errors"].get("final", []) if e is not None]
    starts = [r["errors"]["final"][0] for r in rows if r["errors"].get("final", [None])[0] is not None]
    ends = [r["errors"]["final"][1] for r in rows if r["errors"].get("final", [None, None])[1] is not None]
    moved = wrong = 0
    for r in rows:
        p, a = r["errors"].get("place"), r["errors"].get("again")
        if not p or not a:
            continue
        shifts = [(x, y) for x, y in zip(p, a) if x is not None and y is not None and abs(y - x) > MOVED]
        moved += bool(shifts)
        wrong += any(abs(y) > abs(x) + MOVED for x, y in shifts)
    return {"lines": len(rows), "edges": len(edges),
            "within_100": sum(abs(e) <= 0.1 for e in edges) / max(1, len(edges)),
            "median_start_ms": 1000 * statistics.median(starts) if starts else None,
            "median_end_ms": 1000 * statistics.median(ends) if ends else None,
            "over_1s": sum(abs(e) > 1.0 for e in edges), "moved_by_again": moved, "moved_wrong_way": wrong}


def case_names(patterns: list[str]) -> list[str]:
    """The built cases (English and languages) matching ``patterns``; the aside set not yet looked at is refused."""
    import fnmatch

    import cases
    if any(cases.is_unseen_aside(p) for p in patterns):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py / bench_languages.py")
    if any(p.startswith(HELD_ASIDE) for p in patterns):
        sys.exit("the set being built this round is held aside")
    built = sorted(p.name for p in cases.CASES_DIR.iterdir() if (p / "truth.json").exists())
    return [n for n in built if any(fnmatch.fnmatchcase(n, p) for p in patterns) and not cases.is_unseen_aside(n)
            and not n.startswith(HELD_ASIDE)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", nargs="+", required=True, metavar="PATTERN")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    import aligner
    print(f"engine: aligner from {Path(aligner.__file__).parent.parent}", file=sys.stderr)
    counts: dict = {}
    install_triggers(counts)
    rec = why_off.Recorder()
    rec.install()
    per_case: dict = {}

    def one(name):
        counts.clear()
        rows = why_off.run_case(rec, name, a.model)
        per_case[name] = {"triggers": dict(counts), **summary(rows), "rows": rows}
        s = per_case[name]
        print(f"{name:45s} {s['within_100']:6.1%} start {s['median_start_ms'] or 0:+5.0f} end "
              f"{s['median_end_ms'] or 0:+5.0f} >1s {s['over_1s']} again moved {s['moved_by_again']} "
              f"(wrong way {s['moved_wrong_way']}) triggers {s['triggers']}", file=sys.stderr)
        a.out.write_text(json.dumps(per_case, indent=1, default=why_off._plain), encoding="utf-8")
        return rows

    rows: list[dict] = []
    for name in case_names(a.cases):
        print(f"{name} ...", file=sys.stderr)
        rows += one(name)
    s = summary(rows)
    print(f"pooled: {s}", file=sys.stderr)


if __name__ == "__main__":
    main()
