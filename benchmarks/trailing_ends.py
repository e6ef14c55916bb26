#!/usr/bin/env python3
"""Where each line end stands against the voice's level, on talks where the speaker trails off (issue 7).

Reads a ``rule_trace.py --out`` file and, per line, prints: whether the case notes list it as trailing off
(``aside17_cases.trailing_off``), the body's level over the pause's noise, the last 0.3 s against the body, the last
0.1 s over the noise, where the sound last stands 6 dB over the noise (20 ms frames) against the truth's end, the
end's error after every rule that moved it, and the 10 ms levels over the noise from 300 ms before the truth's end
to 80 ms after (``--profile``).  Then the medians of the phone pass's and the final ends, trailing lines and others.

    .venv/bin/python benchmarks/rule_trace.py 'fx_real_trailing_plain_flac' --out /tmp/trace.json
    PYTHONPATH=. .venv/bin/python benchmarks/trailing_ends.py /tmp/trace.json --profile

The noise is read over the whole pause after the line, so in a murmur or a buzz the "6 dB over" figure means little.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.audio.decode import load_audio  # noqa: E402

RATE = 16000


def db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(np.asarray(x, dtype=np.float64) ** 2) + 1e-12))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trace", type=Path, help="rule_trace.py --out file")
    ap.add_argument("--profile", action="store_true", help="print the 10 ms levels around each trailing end")
    args = ap.parse_args()
    rows = json.loads(args.trace.read_text())
    summary = {True: [], False: []}
    for case in sorted({r["case"] for r in rows}):
        folder = HERE / "out" / "cases" / case
        truth = json.loads((folder / "truth.json").read_text())
        m = re.search(r"trails off.*?lines \[([0-9, ]+)\]", truth["notes"])
        picked = {int(x) for x in m.group(1).split(",")} if m else set()
        y = load_audio(str(folder / truth["audio_file"])).float32()
        segs = truth["segments"]
        for r in sorted((r for r in rows if r["case"] == case), key=lambda r: r["i"]):
            i = r["i"]
            s, e = r["truth"]
            nxt = segs[i + 1]["start"] if i + 1 < len(segs) else truth["duration"]
            gap = y[int((e + 0.05) * RATE):int((nxt - 0.05) * RATE)]
            if len(gap) < 0.1 * RATE:
                continue
            noise = db(gap)
            body = db(y[int(s * RATE):int((s + 0.6 * (e - s)) * RATE)])
            f = int(0.02 * RATE)
            span = y[int(s * RATE):int(nxt * RATE)]
            levels = np.array([db(span[k * f:(k + 1) * f]) for k in range(len(span) // f)])
            over = np.flatnonzero(levels > noise + 6)
            audible = s + (over[-1] + 1) * 0.02 - e if len(over) else float("nan")
            steps, prev = [], None
            for stage, err in r["errors"].items():
                ms = round(1000 * err[1])
                if ms != prev:
                    steps.append(f"{stage}:{ms:+d}")
                    prev = ms
            trailing = i in picked
            summary[trailing].append((r["errors"]["phone"][1], r["errors"]["final"][1]))
            print(f"{case[:28]:28s} {i:2d} {'T' if trailing else ' '} body {body - noise:5.1f} dB over noise, "
                  f"last 0.3 s {db(y[int((e - 0.3) * RATE):int(e * RATE)]) - body:6.1f} vs body, "
                  f"last 0.1 s {db(y[int((e - 0.1) * RATE):int(e * RATE)]) - noise:5.1f} over noise, "
                  f"6 dB over noise until {1000 * audible:+5.0f} ms | {' '.join(steps)}")
            if args.profile and trailing:
                prof = [db(y[int((e + k * 0.01) * RATE):int((e + (k + 1) * 0.01) * RATE)]) - noise
                        for k in range(-30, 8)]
                print("      10 ms levels over noise, -300..+80 ms:", " ".join(f"{v:.0f}" for v in prof))
    for trailing, xs in summary.items():
        if xs:
            ph, fi = np.array(xs).T
            print(f"{'trailing' if trailing else 'other'} ends: {len(xs)}, phone pass median {1000 * np.median(ph):+.0f} "
                  f"ms, final median {1000 * np.median(fi):+.0f} ms, final within 100 ms "
                  f"{100 * np.mean(np.abs(fi) <= 0.1):.0f} %")


if __name__ == "__main__":
    main()
