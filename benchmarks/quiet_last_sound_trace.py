#!/usr/bin/env python3
"""One end through :func:`aligner.align.quiet_last_sounds.quiet_last_sound_end`, step by step (j244): the pause's noise
as the rule reads it (:func:`~aligner.align.quiet_last_sounds.quiet_frames`, its top), the runs of sound it
considers, and where it puts the end -- with the whole band's 10 ms levels around the end, to see what it followed.

    .venv/bin/python benchmarks/quiet_last_sound_trace.py ky_real_organ_vtt_ismv 10.847 14.55 15.392 --reach 0.5

START END: the line's bounds as the rule gets them (``ALIGNER`` debug logs or ``rule_trace.py``'s stage before
``follow_quiet_last_sounds``); NEXT: where the next line starts; ``--reach``, ``--closure``: as
:func:`aligner.align.boundaries.follow_quiet_last_sounds` passes them (the last word's length; 0.2 s or 0 for a line
whose last sound has no release).  Reads the case's audio as the benchmark does (truth.json's ``audio_file``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.align import quiet_last_sounds as q  # noqa: E402
from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.review_evidence import FLOOR_LOOK, pause_levels_after  # noqa: E402
from aligner.audio import load_audio  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("case")
    ap.add_argument("start", type=float)
    ap.add_argument("end", type=float)
    ap.add_argument("next", type=float)
    ap.add_argument("--reach", type=float, default=0.5)
    ap.add_argument("--closure", type=float, default=0.2)
    args = ap.parse_args()
    folder = HERE / "out" / "cases" / args.case
    audio = load_audio(str(folder / json.loads((folder / "truth.json").read_text()).get("audio_file", "audio.wav")))
    env = Envelope(audio)
    pause = pause_levels_after(env, args.end, args.next)
    if pause is None:
        print("pause too short to read")
        return
    quiet = q.quiet_frames(pause, env.db[env.frame(args.end):env.frame(args.end + FLOOR_LOOK[0])])
    top = float(np.percentile(pause[quiet], q.NOISE_TOP))
    print(f"pause noise read from frames {quiet.start}..{quiet.stop} (from {args.end + FLOOR_LOOK[0]:.2f} s), "
          f"top {top:.1f} dB, bar {top + q.OVER_NOISE_DB:.1f} dB, line's last {q.LAST} s {env.power(args.end - q.LAST, args.end):.1f} dB")
    runs_of = q.bridged_runs

    def printed_runs(*a):  # the runs the rule walks, printed as it reads them
        runs = runs_of(*a)
        print("runs of sound:", [(round(x, 3), round(y, 3)) for x, y in runs])
        return runs

    q.bridged_runs = printed_runs
    print("end ->", q.quiet_last_sound_end(audio, env, args.start, args.end, args.next, args.reach, args.closure))
    frames = range(env.frame(args.end - 0.1), env.frame(min(args.next, args.end + 0.6)))
    print("levels from", round(args.end - 0.1, 2), "s:", " ".join(f"{env.db[f]:.0f}" for f in frames))


if __name__ == "__main__":
    main()
