#!/usr/bin/env python3
"""What ``thin_voices`` would do to a finished language run's lines, per bar: the j146 sweep.

Reads the segments a ``bench_languages.py --keep FOLDER`` run left (``FOLDER/NAME.ours.json``), applies
:func:`aligner.align.thin_voices.thin_end` / :func:`~aligner.align.thin_voices.thin_start` to each segment as the engine
would after its last pause rule, and lists, per ``THIN_DB`` (and ``OWN_DB``), every line boundary that would move by
more than 20 ms against the truth (``benchmarks/out/cases/NAME/truth.json``).  On main's run of ``cx_sv_*`` and
``cx_fr_*`` this gives exactly the moves the engine makes (the rule runs near the end of ``_refine``); elsewhere the
rules after it may differ.  It is how the bars were shown not to sit on an edge (benchmarks/README.md, j146).  The
engine read is the current directory's (:mod:`engine_under_test`), so a variant in another worktree is swept from there.

    .venv/bin/python benchmarks/thin_voices_whatif.py benchmarks/out/keep-base-aside20 --thin 6,7,8,9,10 --own 17
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from engine_under_test import engine_root, use_in_process  # noqa: E402

use_in_process(engine_root())

from bench_languages import spans_by_line  # noqa: E402
from finished_outputs import lines_of, outputs_with_truth  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a bench_languages.py --keep folder, or a run.py results folder "
                    "(results-TAG: its ours/CASE.json are read)")
    ap.add_argument("--thin", default="7", help="comma list of THIN_DB values")
    ap.add_argument("--own", type=float, help="OWN_DB (default: the module's)")
    ap.add_argument("--highs", type=float, help="HIGHS_HZ, where a start's own unvoiced consonant is read (default: "
                    "the module's)")
    args = ap.parse_args()
    from aligner.align import thin_voices as tv
    from aligner.align.activity import Envelope
    from aligner.align.onset_starts import shortest_word
    from aligner.audio.decode import load_audio
    if args.own is not None:
        tv.OWN_DB = args.own
    if args.highs is not None:
        tv.HIGHS_HZ = args.highs
    bars = [float(x) for x in args.thin.split(",")]
    totals = {b: [0, 0] for b in bars}
    for item in outputs_with_truth(args.folder):
        name, d, segments, truth = item.name, item.folder, item.segments, item.truth
        lines = lines_of(item)
        audio = load_audio(str(d / "audio.wav"))
        env = Envelope(audio)
        # a run.py case's truth has one segment per output segment (English); a language talk's, one per line
        by_line = len(segments) != len(truth)
        spans = (lambda segs: spans_by_line(segs, lines)) if by_line else (
            lambda segs: [(s["start"], s["end"]) if s["start"] is not None else (float("nan"),) * 2 for s in segs])
        before = spans(segments)
        for bar in bars:
            tv.THIN_DB = bar
            moved = copy.deepcopy(segments)
            for s in moved:
                if s["start"] is None:
                    continue
                read = tv._read(audio, s["start"], s["end"])
                words = [w for w in s["words"] if w.get("start") is not None]
                if read is None or not words:
                    continue
                end = tv.thin_end(audio, env, s["start"], s["end"], read)
                if end is not None and words[-1]["start"] < end < s["end"] - tv.HOP:
                    s["end"] = end
                start = tv.thin_start(audio, env, s["start"], s["end"], read)
                if start is not None and s["start"] + tv.HOP < start < words[0]["end"] - shortest_word(words[0]["word"]):
                    s["start"] = start
            after = spans(moved)
            notes, better, worse = [], 0, 0
            for k, ((a0, a1), (b0, b1), t) in enumerate(zip(before, after, truth)):
                if t.get("start") is None:
                    continue
                for side, x, y in (("start", a0 - t["start"], b0 - t["start"]), ("end", a1 - t["end"], b1 - t["end"])):
                    if abs(x - y) > 0.02:
                        notes.append(f"line {k} {side} {1000 * x:+.0f} -> {1000 * y:+.0f}")
                        better += abs(y) < abs(x)
                        worse += abs(y) > abs(x)
            totals[bar][0] += better
            totals[bar][1] += worse
            if notes:
                print(f"{name} THIN_DB {bar:g}: {better} nearer, {worse} further | " + "; ".join(notes))
    for bar, (better, worse) in totals.items():
        print(f"THIN_DB {bar:g} (OWN_DB {tv.OWN_DB:g}, HIGHS_HZ {tv.HIGHS_HZ:g}): {better} boundaries nearer the truth, {worse} further")
    return 0


if __name__ == "__main__":
    sys.exit(main())
