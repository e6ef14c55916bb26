#!/usr/bin/env python3
"""The flite voices' word truth of built cases, said again and re-derived by ``synth_cases.flite_words`` as it now
stands, against the ``truth.json`` the case was built with; and a finished run scored against both.

A case's truth is written once, when it is built, and kept until ``cases.GENERATOR_VERSION`` changes; a fix to how
flite's word edges are read (j222: beside a pause, the word's own sound, not the next word's early onset) reaches
the built cases only when they are built again.  This tool says which edges it moves, writes each case with its
words re-derived under ``--out`` (the audio and the rest of the case linked, the built case left as it is), and
with ``--rescore`` scores a run's output on those copies with the shared scorer, so a set's word figures can be
read against the truth either way before anything is rebuilt.

    .venv/bin/python benchmarks/flite_pause_truth.py gy_flite_drips_plain ix_flite_blower_plain \\
        --rescore benchmarks/out/results-TAG --out benchmarks/out/j222-flite-truth
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import synth_cases  # noqa: E402

MOVED = 0.0005  #: s; truth is stored to 0.1 ms


def voice_of(label: str) -> synth_cases.Voice:
    """A segment's ``voice`` label ("flite:kal@0.6") as the voice that said it."""
    engine, rest = label.split(":", 1)
    name, speed = rest.split("@")
    return synth_cases.Voice(engine, name, float(speed))


def rederived(name: str) -> tuple[dict, list[tuple]]:
    """The case's truth with every flite sentence's words derived again, and (segment, word, side, old, new) per
    moved edge.  A sentence is placed in the talk where its first word was (flite's output is deterministic)."""
    truth = json.loads((cases.case_dir(name) / "truth.json").read_text(encoding="utf-8"))
    words = [dict(w) for w in truth.get("words") or []]
    moved = []
    for seg, s in enumerate(truth["segments"]):
        if not (s.get("voice") or "").startswith("flite:"):
            continue
        mine = [k for k, w in enumerate(words) if w["seg"] == seg]
        if not mine:
            continue
        _, timed = synth_cases.say_timed(s["text"], voice_of(s["voice"]))
        if timed is None or len(timed) != len(mine):
            print(f"{name} line {seg}: its words no longer match flite's phones; kept", file=sys.stderr)
            continue
        offset = s["start"]  # the sentence is placed by its first audible sample, the words timed from it
        for k, w in zip(mine, timed):
            for side in ("start", "end"):
                new = round(w[side] + offset, 4)
                if abs(new - words[k][side]) > MOVED:
                    moved.append((seg, words[k]["word"], side, words[k][side], new))
                    words[k][side] = new
    return dict(truth, words=words), moved


def write_case(name: str, truth: dict, out: Path) -> Path:
    """``out/NAME``: the built case's files linked, its truth re-derived."""
    src, dst = cases.case_dir(name), out / name
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        if f.name != "truth.json" and not (dst / f.name).exists():
            os.symlink(f.resolve(), dst / f.name)
    (dst / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return dst


def word_edges(score: Path) -> list:
    per_word = json.loads(score.read_text(encoding="utf-8")).get("per_word") or []
    return [e for w in per_word for e in (w["err_start"], w["err_end"])]


def within(errors: list, limit: float = 0.05) -> float:
    return 100.0 * sum(1 for e in errors if e is not None and abs(e) <= limit) / max(1, len(errors))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "flite-truth")
    ap.add_argument("--rescore", type=Path, nargs="*", default=[], help="run.py result folders to score again")
    a = ap.parse_args()
    if any(cases.is_unseen_aside(n) for n in a.cases):
        sys.exit("the aside set not yet looked at is not read here")
    scorer = HERE.parent.parent / "shared" / "tools" / "score.py"
    for name in a.cases:
        truth, moved = rederived(name)
        write_case(name, truth, a.out)
        print(f"{name}: {len(moved)} word edges moved")
        for seg, word, side, old, new in moved:
            print(f"  line {seg} {word!r} {side}: {old:.4f} -> {new:.4f} ({1000 * (new - old):+.0f} ms)")
    for results in a.rescore:
        before, after = [], []
        for score in sorted((results / "ours").glob("*.score.json")):
            case = score.name[: -len(".score.json")]
            errors = word_edges(score)
            before += errors
            if case in a.cases and errors:
                again = a.out / f"{case}.{results.name}.score.json"
                output = score.with_suffix("").with_suffix(".json")  # CASE.score.json -> CASE.json
                subprocess.run([sys.executable, str(scorer), str(a.out / case), str(output), "--json", str(again)],
                               check=True, capture_output=True)
                errors = word_edges(again)
            after += errors
        print(f"{results}: {len(before)} word edges, within 50 ms {within(before):.1f} % against the truth as built, "
              f"{within(after):.1f} % against the flite words re-derived")


if __name__ == "__main__":
    main()
