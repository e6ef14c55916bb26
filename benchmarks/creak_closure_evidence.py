#!/usr/bin/env python3
"""What the review reasons of j111 add to a finished run: the queue's figures with and without them, per set.

For every scored truth segment of ``run.py`` results folders (our segments carrying its start and its end, as
calibration.py reads them), runs the engine's own rules on our output and the case's audio:
``creaking_ends.end_on_creak`` (the last tenths jitter as clicks do and the last word is long for the talk, against
the talk's own last words as the engine measures them) and ``closure_starts.start_after_closure`` (a syllable nobody's
line holds right before the start, across a dip as short as a closure inside the first word; the previous line's end
as the neighbour), and prints calibration.py's review-queue figures per set (the case name's prefix) -- segments
flagged, flagged really > 100 ms off, > 200 ms off flagged, confidence >= 0.8 within 0.2 s -- before and after; then
every segment they newly flag and the far-off ones left.  The reasons only lower confidence (to
``confidence.DETACHED`` at most), so on a run made before them this is what a run with them gives (up to segments at a
stretch's edge, whose neighbour the engine reads as the stretch's start).  English cases only (the rules read English).

    .venv/bin/python benchmarks/creak_closure_evidence.py benchmarks/out/results-TAG [...] [--cases PATTERN ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402

from aligner.align.clipped_ends import typical_last_word  # noqa: E402
from aligner.align.closure_starts import start_after_closure  # noqa: E402
from aligner.align.confidence import DETACHED, LOW  # noqa: E402
from aligner.align.creaking_ends import end_on_creak  # noqa: E402
from aligner.document import NOT_HEARD, Segment, Word  # noqa: E402

FAR, OFF, SURE, NEAR = 0.2, 0.1, 0.8, 0.2
#: a case of another language: <prefix>_<language>_...
LANGUAGE_CASE = re.compile(r"^[a-z0-9]+_(cs|de|es|fr|it|nl|pl|ru|sv|ja|zh|pt)_")


def segment_of(s: dict) -> Segment:
    words = tuple(Word(w["word"], w.get("start"), w.get("end")) for w in s.get("words", []))
    return Segment(s["text"], s["start"], s["end"], words=words)


def reasons_of(segs: list[Segment], i: int, audio, env, per_phone) -> set[str]:
    found = set()
    if end_on_creak(audio, env, segs[i], per_phone):
        found.add("end_on_creak")
    if start_after_closure(audio, env, segs[i], segs[i - 1].end if i else 0.0):
        found.add("start_after_closure")
    return found


def figures(rows: list[tuple], after: bool) -> str:
    conf = [min(c, DETACHED) if (after and new) else c for _, _, c, _, _, new in rows]
    err = [e for _, _, _, e, _, _ in rows]
    flagged = [e for c, e in zip(conf, err) if c < LOW]
    far = [c for c, e in zip(conf, err) if e > FAR]
    sure = [e for c, e in zip(conf, err) if c >= SURE]
    return (f"{len(flagged)} of {len(rows)} | {sum(e > OFF for e in flagged) / max(1, len(flagged)):.1%} | "
            f"{sum(c < LOW for c in far)} of {len(far)} | {sum(e <= NEAR for e in sure) / max(1, len(sure)):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN")
    a = ap.parse_args()
    rows = []
    for results in a.folders:
        for case, scored, raw, audio, env in scored_with_audio(results, tuple(a.cases)):
            if LANGUAGE_CASE.match(case):
                continue
            segs = [segment_of(s) for s in raw]
            per_phone = typical_last_word(segs)
            cache: dict[int, set[str]] = {}
            for row in scored:
                c = carriers(raw, row)
                if c is None:
                    continue
                j, k, conf = c
                new: set[str] = set()
                for i in {j, k}:
                    if raw[i].get("confidence") is not None and NOT_HEARD not in raw[i].get("flags", []):
                        if i not in cache:
                            cache[i] = reasons_of(segs, i, audio, env, per_phone)
                        new |= cache[i]
                err = max(abs(row["err_start"]), abs(row["err_end"]))
                rows.append((case, row["text"][:50], conf, err, (row["err_start"], row["err_end"]), new))
    by_set = defaultdict(list)
    for r in rows:
        by_set[r[0].split("_")[0]].append(r)
    print("| set | flagged before | really > 100 ms off | > 200 ms off flagged | conf >= 0.8 within 0.2 s "
          "| flagged after | really > 100 ms off | > 200 ms off flagged | conf >= 0.8 within 0.2 s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, group in sorted(by_set.items()) + [("pooled", rows)]:
        print(f"| {name} | {figures(group, False)} | {figures(group, True)} |")
    print("\nnewly flagged (confidence before, error, signed start / end ms, reasons):")
    for case, text, conf, err, (es, ee), new in rows:
        if new and conf >= LOW:
            print(f"  {conf:.2f} {1000 * err:5.0f} ({1000 * es:+5.0f} / {1000 * ee:+5.0f}) {','.join(sorted(new))}"
                  f"  {case}: {text}")
    print("\n> 200 ms off, still not flagged:")
    for case, text, conf, err, (es, ee), new in rows:
        if err > FAR and conf >= LOW and not new:
            print(f"  {conf:.2f} {1000 * err:5.0f} ({1000 * es:+5.0f} / {1000 * ee:+5.0f})  {case}: {text}")


if __name__ == "__main__":
    main()
