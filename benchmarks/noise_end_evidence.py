#!/usr/bin/env python3
"""What the "end fades into noise" rule adds to a finished run: the review queue with and without it.

For every scored truth segment of ``run.py`` results folders made *without* the rule (an earlier commit), runs
``review_evidence.end_fades_into_noise`` on our segment that carries its end (our own neighbours' edges
around it, the case's audio) and prints the review-queue figures calibration.py prints -- segments > 200 ms
off flagged, flagged really > 100 ms off, flagged per 100 segments -- before and with the rule, then the
segments it newly flags and the far-off ones still unflagged.  The rule only lowers confidence, so this is
what a run with it gives, up to segments at a stretch's edge (the engine takes the stretch's end, not the
recording's, as the neighbour there).

    .venv/bin/python benchmarks/noise_end_evidence.py benchmarks/out/results-TAG [--cases 'rd7_*' ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402

from aligner.align.review_evidence import end_fades_into_noise  # noqa: E402

FAR, OFF = 0.2, 0.1


def rows(results: Path, patterns: tuple[str, ...]):
    """(case, text, signed start and end error, confidence, whether the rule fires at its end) per truth segment."""
    for case, scored, segs, audio, env in scored_with_audio(results, patterns):
        fires = [end_fades_into_noise(audio, env, s["start"], s["end"], segs[k - 1]["end"] if k else 0.0,
                                      segs[k + 1]["start"] if k + 1 < len(segs) else audio.duration)
                 for k, s in enumerate(segs)]
        for r in scored:
            found = carriers(segs, r)
            if found is not None:
                _, k, conf = found
                yield case, r["text"], r["err_start"], r["err_end"], conf, fires[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders made without the rule")
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN", help="only these cases")
    opts = ap.parse_args()
    data = [row for f in opts.folders for row in rows(f, tuple(opts.cases))]
    if not data:
        raise SystemExit("no scored results of 'ours' there")

    def err(row) -> float:
        return max(abs(row[2]), abs(row[3]))

    far = [r for r in data if err(r) > FAR]
    for name, flagged in (("before", lambda r: r[4] < 0.5), ("with the rule", lambda r: r[4] < 0.5 or r[5])):
        queue = [r for r in data if flagged(r)]
        print(f"{name}: > {FAR * 1000:.0f} ms off flagged {sum(map(flagged, far))} of {len(far)}; flagged "
              f"{len(queue)} of {len(data)} ({100 * len(queue) / len(data):.1f} per 100), really > {OFF * 1000:.0f} ms "
              f"off {sum(err(r) > OFF for r in queue)} ({sum(err(r) > OFF for r in queue) / max(1, len(queue)):.1%})")
    print("\nnewly flagged (signed start / end error):")
    for case, text, es, ee, conf, fire in data:
        if fire and conf >= 0.5:
            kind = "far" if err((0, 0, es, ee)) > FAR else "100-200" if err((0, 0, es, ee)) > OFF else "within 100 ms"
            print(f"  {kind:13s} {conf:.2f} {1000 * es:+6.0f} / {1000 * ee:+6.0f} ms  {case}: {text[:50]}")
    print("\n> 200 ms off, still not flagged:")
    for case, text, es, ee, conf, fire in far:
        if conf >= 0.5 and not fire:
            print(f"  {conf:.2f} {1000 * es:+6.0f} / {1000 * ee:+6.0f} ms  {case}: {text[:50]}")


if __name__ == "__main__":
    main()
