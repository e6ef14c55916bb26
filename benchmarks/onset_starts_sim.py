#!/usr/bin/env python3
"""What :mod:`aligner.align.onset_starts` does to a finished run: every start the rule moves, and the talks' scores
before and after.

The rule is the last step of the refine step, so on a run made without it, applying it to the output's segments (our
neighbours' edges around them, the case's audio) gives what a run with it gives -- up to segments at a stretch's edge,
where the engine takes the stretch's edge as the neighbour.  Prints each talk where ``start_without_onset`` fires
(the doubt), each moved start with its signed error before and after, and pooled figures over those talks.

    .venv/bin/python benchmarks/onset_starts_sim.py benchmarks/out/results-TAG [--cases 'rd14_*' ...] [--all]
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from cases import case_dir, score_module  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.onset_starts import MIN_WORD, PER_LETTER, own_onset  # noqa: E402
from aligner.align.voice_onsets import start_without_onset  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402


def simulate(output: dict, env: Envelope, audio=None) -> tuple[dict, list[tuple[int, float, float]], list[int]]:
    """(the output with the rule applied, [(segment index, old start, new start)], the starts it doubts)."""
    out = copy.deepcopy(output)
    segs = out["segments"]
    moves, doubted, before = [], [], 0.0
    for i, s in enumerate(segs):
        if s.get("start") is None or s.get("end") is None:
            continue
        if "not_heard" in s.get("flags", []):
            before = s["end"]
            continue
        if start_without_onset(env, s["start"], s["end"], before):
            doubted.append(i)
        words = [w for w in s.get("words", []) if w.get("start") is not None]
        if words:
            w = words[0]
            letters = sum(ch.isalnum() for ch in w["word"])
            latest = w["end"] - max(MIN_WORD, PER_LETTER * letters)
            t = own_onset(env, s["start"], s["end"], before, latest, audio)
            if t is not None and abs(t - s["start"]) >= 0.005:
                moves.append((i, s["start"], t))
                s["start"] = t
                w["start"] = t
        before = s["end"]
    return out, moves, doubted


def _row_at(rows: list[dict], start: float):
    """The scored truth row whose start our segment starting at ``start`` carries, or None."""
    return next((r for r in rows if r.get("pred_start") is not None and abs(r["pred_start"] - start) < 1e-3), None)


def pooled(rows: list[dict]) -> str:
    st = [r["err_start"] for r in rows if r.get("err_start") is not None]
    en = [r["err_end"] for r in rows if r.get("err_end") is not None]
    b = [abs(x) for x in st + en]
    n = 2 * len(rows)
    pct = lambda th: 100.0 * sum(1 for x in b if x <= th + 1e-9) / n if n else 0.0
    return (f"{pct(0.05):5.1f}/{pct(0.1):5.1f}/{pct(0.2):5.1f} % | start median {1000 * statistics.median(st):+5.0f} "
            f"ms | end median {1000 * statistics.median(en):+5.0f} ms | > 1 s {sum(1 for x in b if x > 1.0)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("results", nargs="+", type=Path)
    ap.add_argument("--cases", nargs="+", default=["*"])
    ap.add_argument("--all", action="store_true", help="pool over every talk, not only those where the doubt fires")
    args = ap.parse_args()
    score = score_module()
    before_rows, after_rows, better, worse, talks, seen = [], [], [], [], 0, set()
    for res in args.results:
        for path in sorted((res / "ours").glob("*.score.json")):
            case = path.name[:-len(".score.json")]
            if case in seen or not any(fnmatch.fnmatch(case, p) for p in args.cases):
                continue
            seen.add(case)
            out_path = res / "ours" / f"{case}.json"
            if not out_path.exists():
                continue
            output = json.loads(out_path.read_text(encoding="utf-8"))
            d = case_dir(case)
            truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
            audio = load_audio(str(d / truth.get("audio_file", "audio.wav")))
            env = Envelope(audio)
            after, moves, doubted = simulate(output, env, audio)
            if not doubted and not args.all:
                continue
            talks += 1
            s0 = score.score(str(d), output, "ours")
            s1 = score.score(str(d), after, "ours")
            r0 = [r for r in s0["per_segment"] if r.get("scored") and r.get("err_start") is not None]
            r1 = [r for r in s1["per_segment"] if r.get("scored") and r.get("err_start") is not None]
            before_rows += r0
            after_rows += r1
            a0 = sum(abs(r["err_start"]) for r in r0)
            a1 = sum(abs(r["err_start"]) for r in r1)
            print(f"{case}: doubted {len(doubted)}, moved {len(moves)}, sum |start err| {a0:.3f} -> {a1:.3f}")
            for i, old, new in moves:
                row0 = _row_at(r0, old)
                err = (f"{1000 * row0['err_start']:+.0f} -> {1000 * (row0['err_start'] + new - old):+.0f} ms"
                       if row0 else "(no truth start)")
                print(f"    seg {i} {output['segments'][i]['text'][:40]!r}: {old:.3f} -> {new:.3f} "
                      f"({1000 * (new - old):+.0f} ms); {err}")
            for i in doubted:
                if i in {m[0] for m in moves}:
                    continue
                s = output["segments"][i]
                row0 = _row_at(r0, s["start"])
                w = s["words"][0] if s.get("words") else {}
                print(f"    kept seg {i} {s['text'][:40]!r} at {s['start']:.3f}, first word to {w.get('end')}: "
                      + (f"{1000 * row0['err_start']:+.0f} ms" if row0 else "(no truth start)"))
            if a1 < a0 - 0.005:
                better.append(case)
            elif a1 > a0 + 0.005:
                worse.append(case)
    print(f"\n{talks} talks; boundaries within 50/100/200 ms, signed medians, > 1 s:")
    if before_rows:
        print(f"  before: {pooled(before_rows)}  ({len(before_rows)} segments)")
        print(f"  after:  {pooled(after_rows)}")
    print(f"better {len(better)}: {' '.join(better)}\nworse {len(worse)}: {' '.join(worse)}")


if __name__ == "__main__":
    main()
