#!/usr/bin/env python3
"""Why :mod:`aligner.align.canceller_residue` left a late line end where it is: each of its conditions, read with
its numbers, at every end more than ``--late`` s late (or every end given).

:func:`.canceller_residue.residue_end` moves an end back to where the line's voice gave way only when, in order:
the line's voiced frames carry their fundamental; some frame stands whole (fundamental octave
:data:`.thin_voices.OWN_DB` over its floor) -- the last one is where the line's voice last stood; after it the sound
falls under the edge rules' margin (the dip) and rises again over it for :data:`.canceller_residue.RUN` s or more
up to the end; the line is heard wideband (:data:`.canceller_residue.WIDEBAND_DB`); and nothing after the dip is
the line's own (its fundamental whole, or highs :data:`.canceller_residue.HIGHS_DB` over their floor leaning over
the 250-4000 Hz band).  This prints, per end, the first condition that failed and the numbers behind each (the
sound over the margin after the dip, the highs over the whole line and over its last second, which frames after
the dip read as the line's own and why), so a widening can be aimed at the condition that failed, not at a bar.

It reads finished outputs (the rule runs near the end of ``engine._refine``; only the start rules run after it), as
placed: a ``run.py`` results folder (``results-TAG``: ``ours/CASE.json``, one truth segment per output segment) or a
``bench_languages.py --keep`` folder (``NAME.ours.json``, mapped to transcript lines).  The engine read is the
current directory's (:mod:`engine_under_test`).  Seen sets only (the unseen aside set is refused).

    .venv/bin/python benchmarks/canceller_misses.py /work/main/benchmarks/out/results-end28-jx --cases '*aec*'
    .venv/bin/python benchmarks/canceller_misses.py benchmarks/out/keep-base-jx-frde
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from engine_under_test import engine_root, use_in_process  # noqa: E402

use_in_process(engine_root())

import numpy as np  # noqa: E402

from bench_languages import spans_by_line  # noqa: E402
from finished_outputs import lines_of, outputs_with_truth  # noqa: E402

#: The line's "last second": where whether it is heard wideband matters for its last sounds (a call or a chain that
#: switches band inside a talk, ``dx_*``, can leave a line's end narrow while its start was wide).
LAST_SECOND = 1.0


def reading(audio, env, start: float, end: float) -> dict:
    """Each of ``residue_end``'s conditions at the line [start, end], with its numbers, and the first that failed."""
    from aligner.align import canceller_residue as cr
    from aligner.align.activity import HOP
    from aligner.align.thin_voices import OWN_DB, _carries_fundamental, fundamental_over_floor
    out: dict = {"failed": None}
    centres, f0, over = fundamental_over_floor(audio, start, end)
    if not len(centres) or not _carries_fundamental(over):
        out["failed"] = "voiced frames carry no fundamental"
        return out
    whole = np.flatnonzero(~np.isnan(over) & (over >= OWN_DB))
    if not len(whole):
        out["failed"] = "no whole voiced frame"
        return out
    last = float(centres[whole[-1]])
    out["last_whole"] = round(last - end, 3)
    out["last_whole_pitch"] = round(float(f0[whole[-1]]), 1)
    threshold = env.threshold(start, end)
    a, b = env.frame(last), env.frame(end)
    quiet = np.flatnonzero(env.db[a:b] < threshold)
    out["over_margin_after_last"] = round(float(np.sum(env.db[a:b] >= threshold) * HOP), 3)
    if not len(quiet):
        out["failed"] = "no dip after the last whole frame"
        return out
    dip = (a + int(quiet[0])) * HOP
    out["dip"] = round(dip - end, 3)
    out["run_after_dip"] = round(float(np.sum(env.db[a + int(quiet[0]):b] >= threshold) * HOP), 3)
    if out["run_after_dip"] < cr.RUN:
        out["failed"] = f"run after the dip {1000 * out['run_after_dip']:.0f} ms < RUN"
        return out
    voice = cr.after_the_voice(audio, env, start, end)
    if voice is None:
        out["failed"] = "after_the_voice read nothing (no pitch at the last whole frames)"
        return out
    mine = voice.at <= voice.last
    out["highs_line"] = round(float(np.max(voice.highs[mine])), 1)
    tail = mine & (voice.at >= voice.last - LAST_SECOND)
    out["highs_last_second"] = round(float(np.max(voice.highs[tail])), 1) if np.any(tail) else None
    if out["highs_line"] < cr.WIDEBAND_DB:
        out["failed"] = f"narrow band: the line's highs {out['highs_line']:.1f} dB < WIDEBAND_DB"
        return out
    after = voice.after
    fundamental = (voice.fundamental >= OWN_DB) & after
    bright = (voice.highs >= cr.HIGHS_DB) & (voice.highs >= voice.middle) & after
    out["after_dip"] = [
        {"t": round(float(t) - end, 3), "fundamental": round(float(f), 1), "highs": round(float(h), 1),
         "middle": round(float(m), 1), "own": "fundamental" if fo else "bright" if br else ""}
        for t, f, h, m, fo, br in zip(voice.at[after], voice.fundamental[after], voice.highs[after],
                                      voice.middle[after], fundamental[after], bright[after])]
    if np.any(fundamental):
        out["failed"] = "the line's fundamental is whole again after the dip"
    elif np.any(bright):
        out["failed"] = "a bright frame (the line's consonant?) after the dip"
    return out


def _ends(folder: Path, pattern: str):
    """(case, index, predicted [start, end], true end, text) for every scored line of every output in ``folder``."""
    for item in outputs_with_truth(folder, pattern):
        name, d, segments, truth = item.name, item.folder, item.segments, item.truth
        if item.kept:
            spans = spans_by_line(segments, lines_of(item))
        else:
            spans = [(s["start"], s["end"]) for s in segments]
        if len(spans) != len(truth):
            print(f"{name}: {len(spans)} outputs for {len(truth)} true lines, left out", file=sys.stderr)
            continue
        yield name, d, [(i, span, t) for i, (span, t) in enumerate(zip(spans, truth))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a run.py results folder or a bench_languages.py --keep folder")
    ap.add_argument("--cases", default="*", help="case name pattern")
    ap.add_argument("--late", type=float, default=0.1, help="ends later than this (s) are read")
    ap.add_argument("--frames", action="store_true", help="also print each analysis frame after the dip")
    ap.add_argument("--json", type=Path, help="write every reading here")
    args = ap.parse_args()
    from aligner.align.activity import Envelope
    from aligner.audio.decode import load_audio
    rows = []
    for name, d, lines in _ends(args.folder, args.cases):
        late = [(i, span, t) for i, span, t in lines
                if span[0] is not None and span[0] == span[0] and t.get("end") is not None
                and span[1] - t["end"] > args.late]
        if not late:
            continue
        audio = load_audio(str(d / "audio.wav"))
        env = Envelope(audio)
        for i, (start, end), t in late:
            r = reading(audio, env, start, end)
            r.update(case=name, line=i, error=round(end - t["end"], 3), text=t.get("text", "")[-40:])
            rows.append(r)
            print(f"{name} #{i} end {1000 * r['error']:+.0f} ms  {r['text']!r}")
            print(f"    failed: {r['failed'] or 'nothing (the rule would move it)'}")
            keys = ["last_whole", "last_whole_pitch", "over_margin_after_last", "dip", "run_after_dip",
                    "highs_line", "highs_last_second"]
            print("    " + "  ".join(f"{k} {r[k]}" for k in keys if k in r))
            if args.frames:
                for f in r.get("after_dip", []):
                    print(f"      {f['t']:+.3f}  fundamental {f['fundamental']:5.1f}  highs {f['highs']:5.1f}  "
                          f"middle {f['middle']:5.1f}  {f['own']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
