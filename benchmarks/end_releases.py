#!/usr/bin/env python3
"""The releases after a closure at built cases' line ends, read against truth: how loud against the line's voice, and
how far each octave rises over the dip before them (j276).  A crisp's crunch 0.11 s after a line
(``oy_real_crisps_srt`` line 6, +162 ms by ``boundaries._past_closure``) was taken for one; this says what the
lines' own releases look like, so a rule telling the two apart can be read against them first.

    .venv/bin/python benchmarks/end_releases.py 'rd7*_real*' 'ny_real*' [--crunch oy_real_crisps_srt 17.47 17.58 17.63]

A release here: the last run of sound over the line's bar (30 % of floor to peak, as ``extend_to_sound`` reads it)
ends within 40 ms of the truth's end, lasts at most 0.2 s, and follows the run before it after a 20-200 ms dip.
The held-aside set (``py_*``) is never read.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.after_end import OCTAVES, octave_levels  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402

CASES = Path(__file__).resolve().parent / "out" / "cases"


def rises(audio, dip_start: float, a: float, b: float) -> np.ndarray:
    """Each octave's loudest frame in [a, b] over its median in the dip before (at most 0.1 s of it), dB."""
    lo = max(dip_start, a - 0.1)
    levels = octave_levels(audio, lo, b)
    dip = np.median(levels.db[:, levels.frames(lo, a)], axis=1)
    return levels.db[:, levels.frames(a, b)].max(axis=1) - dip


def releases(patterns: list[str]) -> list[tuple[str, str, float, np.ndarray]]:
    """(case, line's end, level over the line's voice level, octave rises) of every line-end release found."""
    out = []
    for pattern in patterns:
        for d in sorted(glob.glob(str(CASES / pattern))):
            if os.path.basename(d).startswith("py_"):
                continue
            truth = json.load(open(os.path.join(d, "truth.json")))
            audio = load_audio((glob.glob(os.path.join(d, "audio.wav")) or glob.glob(os.path.join(d, "audio.*")))[0])
            env = Envelope(audio)
            for s in truth["segments"]:
                start, end = s["start"], s["end"]
                if end - start < 0.5:
                    continue
                runs = env.voiced_runs(end - 0.5, end + 0.02, env.threshold(start, end, frac=0.3), bridge=0.02)
                if len(runs) < 2:
                    continue
                (_, b0), (a1, b1) = runs[-2], runs[-1]
                if abs(b1 - end) > 0.04 or not 0.02 <= a1 - b0 <= 0.2 or b1 - a1 > 0.2:
                    continue
                level = float(env.db[env.frame(a1):env.frame(b1)].max()) - env.voice_level(start, end)
                out.append((os.path.basename(d), s["text"][-30:], level, rises(audio, b0, a1, b1)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("patterns", nargs="+")
    ap.add_argument("--crunch", nargs=4, metavar=("CASE", "DIP", "A", "B"), help="a sound to read the same way")
    args = ap.parse_args()
    found = releases(args.patterns)
    bands = "/".join(f"{lo:.0f}-{hi:.0f}" for lo, hi in OCTAVES)
    for case, text, level, r in sorted(found, key=lambda x: -x[2])[:20]:
        print(f"{level:6.1f} dB  rises {np.round(r).astype(int)}  {case} {text!r}")
    r = np.array([x[3] for x in found])
    lv = np.array([x[2] for x in found])
    print(f"{len(found)} releases; rise over the dip per octave ({bands} Hz): median {np.round(np.median(r, 0), 1)}, "
          f"max {np.round(r.max(0), 1)}; level over the line's voice: max {lv.max():.1f} dB")
    print("within 10 dB of the line and 30 dB up in both 0.5-1 and 1-2 kHz:",
          int(np.sum((lv > -10) & (r[:, 1] >= 30) & (r[:, 2] >= 30))))
    if args.crunch:
        case, dip, a, b = args.crunch
        audio = load_audio(str(CASES / case / "audio.wav"))
        print(case, "rises", np.round(rises(audio, float(dip), float(a), float(b)), 1))


if __name__ == "__main__":
    main()
