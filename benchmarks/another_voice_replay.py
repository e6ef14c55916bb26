#!/usr/bin/env python3
"""Where j116's :mod:`aligner.align.another_voice` would move a finished run's line ends, and whether toward the truth.

Replays the rule (:func:`.another_voice.end_of_own_voice`, as :func:`.another_voice.end_before_another_voice` calls it)
on ``run.py`` results folders made by an engine without it: each English segment's end, its last word's start, the
case's audio.  Prints every end it would move (before/after error against the truth) and a count per folder.  The
replay reads the final ends; in the engine the rule runs after the joins and before the onsets, so a start the
onset rule then moves (the next line's, put early onto the interjection) is not seen here -- run the cases for that.

    .venv/bin/python benchmarks/another_voice_replay.py benchmarks/out/results-TAG [...] [--cases PATTERN ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import scored_with_audio, segment_at  # noqa: E402

from aligner.align.another_voice import end_of_own_voice  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN")
    a = ap.parse_args()
    for results in a.folders:
        ends = moved = better = worse = 0
        inside_before = inside_after = 0
        for case, rows, segs, audio, env, output in scored_with_audio(results, tuple(a.cases), whole=True):
            if not str(output.get("language", "en")).startswith("en"):
                continue
            for row in rows:
                k = segment_at(segs, "end", row["pred_end"])
                s = segs[k] if k is not None else None
                words = [w for w in s.get("words", []) if w.get("start") is not None] if s else []
                if not words:
                    continue
                ends += 1
                new = end_of_own_voice(audio, env, s["start"], s["end"], words[-1]["word"], words[-1]["start"])
                if new is None:
                    continue
                old_err, new_err = s["end"] - row["true_end"], new - row["true_end"]
                moved += 1
                better += abs(new_err) < abs(old_err) - 0.02
                worse += abs(new_err) > abs(old_err) + 0.02
                inside_before += abs(old_err) <= 0.1
                inside_after += abs(new_err) <= 0.1
                print(f"  {case:42s} #{k:<3d} end {old_err * 1000:+5.0f} -> {new_err * 1000:+5.0f} ms  "
                      f"...{s['text'][-40:]}")
        print(f"{results}: {ends} English ends, {moved} moved ({better} toward the truth by > 20 ms, {worse} away); "
              f"of those within 100 ms: {inside_before} -> {inside_after}")


if __name__ == "__main__":
    main()
