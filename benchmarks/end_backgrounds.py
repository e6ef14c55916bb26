#!/usr/bin/env python3
"""Why follow_last_sounds left an early end where it was: the background it read beside the line, octave by octave.

:func:`aligner.align.last_sound.followed_end` carries a line's end on over its last sound in the octave that sound
stands out in, while it holds within ``HOLD_DB`` of the line's last level for ``HELD_MIN`` and then down to the
background's margin.  The background is :func:`aligner.align.after_end.background_beside`'s: the louder of the pause
before the line and the pause after it (medians).  Under a machine that changes phase (a dishwasher's wash, then its
drain) the two pauses can differ by 15-20 dB, and a pump that pulses makes one octave's frames alternate by 17 dB.
Per end more than ``--early`` ms early in a results folder this prints, in the octave the rule reads: the line's last
level (held), the pause before (median and quietest tenth) and after (median), how long the sound after the end held,
and where the end would go were the background the pause's after the end alone.  It reads our output's end (after
every rule), not the phone pass's (rule_trace.py gives that); the neighbours are our output's too.

    .venv/bin/python benchmarks/end_backgrounds.py benchmarks/out/results-TAG [--cases 'ly_real_dish*'] [--early 100]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.align import last_sound as L  # noqa: E402
from aligner.align.after_end import OCTAVES, runs_on  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402

CASES = HERE / "out" / "cases"


def audio_of(case: Path) -> Path:
    return next(p for p in sorted(case.iterdir()) if p.name.startswith("audio"))


def report(results: Path, pattern: str, early: float) -> None:
    print("| case | # | end ms | octave | held | before med / p10 | after med | held for ms | after-side bed: end ms "
          "| followed again: end ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    moves = []
    for out in sorted((results / "ours").glob("*.json")):
        name = out.stem
        if name.endswith(".score") or not fnmatch.fnmatch(name, pattern) or not (CASES / name).is_dir():
            continue
        truth = json.loads((CASES / name / "truth.json").read_text())["segments"]
        ours = json.loads(out.read_text())["segments"]
        if len(truth) != len(ours):  # lines split otherwise (a plain transcript): not paired by number
            continue
        audio = None
        for i, (t, s) in enumerate(zip(truth, ours)):
            if s.get("end") is None or t.get("end") is None or (s["end"] - t["end"]) * 1000 > -early:
                continue
            audio = audio or load_audio(str(audio_of(CASES / name)))
            before = ours[i - 1]["end"] if i and ours[i - 1].get("end") is not None else 0.0
            after = ours[i + 1]["start"] if i + 1 < len(ours) and ours[i + 1].get("start") is not None else audio.duration
            sound = L.last_sound_at(audio, s["start"], s["end"], before, after)
            if sound is None:
                continue
            levels = sound.levels
            band = int(np.argmin(np.abs(levels.db[:, levels.frames(s["end"] - 0.05, s["end"])].mean(axis=1) - sound.held)))
            smooth = np.convolve(levels.db[band], np.ones(3) / 3, mode="same")
            lo = max(before + L.BED_GAP, s["start"] - L.BED_BEFORE)
            first = levels.frames(lo, s["start"] - L.BED_GAP)
            then = levels.frames(s["end"] + L.BED_AFTER[0], min(after - L.BED_GAP, s["end"] + L.BED_AFTER[1]))
            med_b, p10_b = (float(np.median(smooth[first])), float(np.percentile(smooth[first], 10))) \
                if first.stop > first.start else (np.nan, np.nan)
            med_a = float(np.median(smooth[then])) if then.stop > then.start else np.nan
            floor = max(sound.held - L.HOLD_DB, sound.bed + L.OVER_BED_DB)
            held_ms = (runs_on(sound.level, sound.e, len(sound.level), floor) - sound.e) * 10
            alt = sound if np.isnan(med_a) else L.LastSound(sound.end, sound.after, levels, sound.level, sound.e,
                                                           sound.held, med_a)
            moved = L.followed_end(alt, s["end"], 0.5)
            again = L.followed_end(sound, s["end"], 0.5)  # the rule once more, its held level read from our end
            moves.append((name, i + 1, (s["end"] - t["end"]) * 1000, (again - t["end"]) * 1000,
                          (moved - t["end"]) * 1000))
            if early < -9000:
                continue
            lo_hz, hi_hz = OCTAVES[band]
            print(f"| {name} | {i + 1} | {(s['end'] - t['end']) * 1000:+.0f} | {lo_hz:.0f}-{hi_hz:.0f} | {sound.held:.0f} "
                  f"| {med_b:.0f} / {p10_b:.0f} | {med_a:.0f} | {held_ms} | {(moved - t['end']) * 1000:+.0f} "
                  f"| {(again - t['end']) * 1000:+.0f} |")
    for col, what in ((3, "followed again"), (4, "after-side bed")):
        moved = [m for m in moves if abs(m[col] - m[2]) > 20]
        mended = [m for m in moved if abs(m[2]) > 100 >= abs(m[col])]
        spoiled = [m for m in moved if abs(m[col]) > 100 >= abs(m[2])]
        print(f"\n{what}: {len(moved)} of {len(moves)} ends move > 20 ms; {len(mended)} come within 100 ms, "
              f"{len(spoiled)} leave it: " + ", ".join(f"{m[0]} #{m[1]} {m[2]:+.0f} -> {m[col]:+.0f}" for m in spoiled))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", type=Path)
    ap.add_argument("--cases", default="*")
    ap.add_argument("--early", type=float, default=100.0,
                    help="ends at least this many ms early (-10000: every end, the table left out, only the summary "
                         "of the rule followed once more)")
    a = ap.parse_args()
    report(a.results, a.cases, a.early)


if __name__ == "__main__":
    main()
