#!/usr/bin/env python3
"""What :func:`aligner.align.canceller_residue.residue_end` would do to finished runs' line ends, with its module
constants set as given: every end that would move by more than 20 ms, before -> after against the truth, and the
net change in ends within 100 ms.

The rule runs near the end of ``engine._refine`` (only start rules follow it), so replaying it on a run's outputs
gives the engine's moves closely (j154 checked it end for end on ``jx_*``).  Replayed on outputs the rule already ran
on (main's), it shows what a change adds; on outputs from before the rule (``results-base28-jx``,
``results-base28-dx``, ``results-final27-cx``), what it keeps of the moves it made.  Constants are set by name
(``RUN=0.05``); any module-level constant of ``canceller_residue`` can be set, so a variant kept on a branch with
switches can be swept the same way.  The engine read is the current directory's (:mod:`engine_under_test`).

    .venv/bin/python benchmarks/canceller_replay.py /work/main/benchmarks/out/results-end28-jx \\
        /work/main/benchmarks/out/results-end28-cx /work/main/benchmarks/out/results-end28-dx --set RUN=0.05
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from engine_under_test import engine_root, use_in_process  # noqa: E402

use_in_process(engine_root())

from finished_outputs import outputs_with_truth  # noqa: E402

#: A move smaller than this (s) is not listed.
LISTED = 0.02


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="+", help="run.py results folders (results-TAG)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a canceller_residue constant, e.g. RUN=0.05 (repeatable)")
    args = ap.parse_args()
    from aligner.align import canceller_residue as cr
    from aligner.align.activity import Envelope
    from aligner.audio.decode import load_audio
    for item in args.set:
        name, value = item.split("=", 1)
        old = getattr(cr, name)
        setattr(cr, name, type(old)(float(value)) if isinstance(old, (int, float)) else value)
    moved, net = 0, 0
    for folder in args.folders:
        for item in outputs_with_truth(folder):
            name, d, segments, truth = item.name, item.folder, item.segments, item.truth
            if len(truth) != len(segments):
                print(f"{name}: {len(segments)} outputs for {len(truth)} true lines, left out", file=sys.stderr)
                continue
            audio = load_audio(str(d / "audio.wav"))
            env = Envelope(audio)
            for i, (s, t) in enumerate(zip(segments, truth)):
                if s.get("start") is None or t.get("end") is None:
                    continue
                words = [w for w in s.get("words", []) if w.get("start") is not None]
                new = cr.residue_end(audio, env, s["start"], s["end"])
                if new is None or not words or not words[-1]["start"] < new < s["end"] - 0.01:
                    continue  # what move_off_canceller_residue leaves
                if abs(new - s["end"]) > LISTED:
                    before, after = s["end"] - t["end"], new - t["end"]
                    moved += 1
                    net += int(abs(after) <= 0.1) - int(abs(before) <= 0.1)
                    print(f"{name} #{i} end {1000 * before:+.0f} -> {1000 * after:+.0f} ms", flush=True)
    print(f"moved {moved}; ends within 100 ms {net:+d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
