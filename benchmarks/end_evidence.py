#!/usr/bin/env python3
"""How the sound after each end falls, against how far off the end is: the review queue's "sound holds" rule.

For every scored truth segment of a ``run.py`` results folder, takes our segment that carries its end,
and measures on the case's audio what scoring sees there (aligner/align/review_evidence.py,
confidence.py): whether a quiet pause follows, the room to our next segment, and how far the level falls
from the word's last 50 ms to 50-100 ms after the end.  Prints the falls by how far off the end is,
and, for a range of thresholds, how many far-off ends and how many right ends the rule would send to
review -- the table the threshold was chosen from (on half the cases; ``--cases`` picks them).

    .venv/bin/python benchmarks/end_evidence.py benchmarks/out/results-TAG [--cases 'rd3_*' ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from calibration import scored_with_audio, segment_at

from aligner.align.confidence import HISS_ROOM, pauses_beside
from aligner.align.after_end import last_and_after, whole_band
from aligner.align.review_evidence import HOLD_LOOK
from aligner.document import Segment


def ends(results: Path, patterns: tuple[str, ...]):
    """(case, text, signed end error, pause after, room, fall dB) for every scored end with room after it."""
    for case, rows, segs, audio, env in scored_with_audio(results, patterns):
        for r in rows:
            k = segment_at(segs, "end", r["pred_end"])
            if k is None:
                continue
            s = segs[k]
            lo = segs[k - 1]["end"] if k else 0.0
            hi = segs[k + 1]["start"] if k + 1 < len(segs) else audio.duration
            after = pauses_beside(env, Segment(s["text"], s["start"], s["end"]), lo, hi)[1]
            e = s["end"]
            levels = last_and_after(whole_band(env), e, HOLD_LOOK)
            fall = float(levels[0][0] - levels[1][0]) if levels is not None else None
            yield case, r["text"], r["err_end"], after, hi - e, fall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders")
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN", help="only these cases")
    opts = ap.parse_args()
    data = [row for f in opts.folders for row in ends(f, tuple(opts.cases))]
    # the rule reads only ends with sound right after them and room before the next sentence
    sound = [(err, fall, case) for case, _, err, after, room, fall in data
             if not after and room >= HISS_ROOM and fall is not None]
    print(f"{len(data)} scored ends; {len(sound)} with sound right after them and >= {HISS_ROOM} s to the next\n")
    print("| end error | ends | fall 50-100 ms after the end (dB), sorted |")
    print("|---|---|---|")
    for name, pick in (("within 100 ms", lambda e: abs(e) <= 0.1), ("100-200 ms", lambda e: 0.1 < abs(e) <= 0.2),
                       ("> 200 ms early", lambda e: e < -0.2), ("> 200 ms late", lambda e: e > 0.2)):
        falls = sorted(f for e, f, _ in sound if pick(e))
        print(f"| {name} | {len(falls)} | {' '.join(f'{f:.1f}' for f in falls)} |")
    far = sum(abs(e) > 0.2 for _, e, *_ in ((c, e) for c, _, e, *_ in data))
    print(f"\n| falls less than (dB) | ends > 200 ms off caught (of {far}) | 100-200 ms | within 100 ms (false) |")
    print("|---|---|---|---|")
    for th in (4, 6, 8, 10, 12, 14):
        hit = [e for e, f, _ in sound if f < th]
        print(f"| {th} | {sum(abs(e) > 0.2 for e in hit)} | {sum(0.1 < abs(e) <= 0.2 for e in hit)} | "
              f"{sum(abs(e) <= 0.1 for e in hit)} |")


if __name__ == "__main__":
    main()
