"""How well the review queue points at real errors in other languages (dev language talks).

Reads the outputs ``bench_languages.py --keep FOLDER`` left (``NAME.ours.json``),
rebuilds each talk's truth from language_cases.py, and prints how many whole-line
segments were flagged (confidence < 0.5), how many of those are really more than
100 ms off, and how many lines more than 200 ms off were flagged.  A line our
sentence splitter cut in two has no truth for its inner boundary and is left out.

    .venv/bin/python benchmarks/bench_languages.py --set dev --kinds real,tight,spoiled --keep /tmp/lang
    .venv/bin/python benchmarks/language_flags.py /tmp/lang
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import language_cases  # noqa: E402

LOW = 0.5


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="the --keep folder of bench_languages.py")
    ap.add_argument("--set", default="dev", choices=["dev", "heldout"])
    a = ap.parse_args(argv)
    kept = {p.name[:-len(".ours.json")] for p in a.folder.glob("*.ours.json")}
    rows = []
    for case in language_cases.cases(a.set, ["fr", "es", "it", "sv", "de"],
                                     ["real", "tight", "spoiled", "phone", "realphone", "gsm", "gsmtight"]):
        if case.name not in kept:
            continue
        truth = {t["text"].strip(): (t["start"], t["end"]) for t in case.segments}
        for s in json.loads((a.folder / f"{case.name}.ours.json").read_text(encoding="utf-8"))["segments"]:
            if s["text"].strip() in truth:
                ts, te = truth[s["text"].strip()]
                rows.append((case.name, s["confidence"], max(abs(s["start"] - ts), abs(s["end"] - te))))
    flagged = [r for r in rows if r[1] < LOW]
    far = [r for r in rows if r[2] > 0.2]
    print(f"{len(rows)} whole-line segments in {len(kept)} talks")
    print(f"flagged: {len(flagged)}, of them really > 100 ms off: {sum(r[2] > 0.1 for r in flagged)}")
    print(f"lines > 200 ms off: {len(far)}, flagged: {sum(r[1] < LOW for r in far)}")
    for name, conf, err in flagged:
        print(f"  flagged  {name:22s} confidence {conf:.2f}  off {err * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
