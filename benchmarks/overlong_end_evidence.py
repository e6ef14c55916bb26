#!/usr/bin/env python3
"""What the review reason of j114 adds to a finished run: the queue's figures with and without ``end_on_overlong_word``
(a line's last word far longer than the talk's last words: it swallowed a listener's interjection), per set.

Replays on ``run.py`` results folders, as creak_closure_evidence.py does, the engine's review rules that read only our
output and the case's audio: "before" is the run's confidence with j111's reasons applied (``end_on_creak``,
``start_after_closure``: a run made before them reads as a run with them), "after" adds
``overlong_ends.end_on_overlong_word``.  The reasons only lower confidence (to ``confidence.DETACHED`` at most) and
move no boundary.  English cases only.  Prints the per-set table, every segment newly flagged and the far-off ones
left.

    .venv/bin/python benchmarks/overlong_end_evidence.py benchmarks/out/results-TAG [...] [--cases PATTERN ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402
from creak_closure_evidence import FAR, LANGUAGE_CASE, figures, reasons_of, segment_of  # noqa: E402

from aligner.align.clipped_ends import typical_last_word  # noqa: E402
from aligner.align.confidence import DETACHED, LOW  # noqa: E402
from aligner.align.overlong_ends import end_on_overlong_word  # noqa: E402
from aligner.document import NOT_HEARD  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN")
    a = ap.parse_args()
    rows = []  # (case, text, confidence with j111's reasons, error, signed errors, newly doubted)
    for results in a.folders:
        for case, scored, raw, audio, env in scored_with_audio(results, tuple(a.cases)):
            if LANGUAGE_CASE.match(case):
                continue
            segs = [segment_of(s) for s in raw]
            per_phone = typical_last_word(segs)
            old: dict[int, bool] = {}
            new: dict[int, bool] = {}
            for row in scored:
                c = carriers(raw, row)
                if c is None:
                    continue
                j, k, conf = c
                for i in {j, k}:
                    if i not in old:
                        read = raw[i].get("confidence") is not None and NOT_HEARD not in raw[i].get("flags", [])
                        old[i] = read and bool(reasons_of(segs, i, audio, env, per_phone))
                        new[i] = read and end_on_overlong_word(segs[i], per_phone)
                if old[j] or old[k]:
                    conf = min(conf, DETACHED)
                err = max(abs(row["err_start"]), abs(row["err_end"]))
                rows.append((case, row["text"][:50], conf, err, (row["err_start"], row["err_end"]),
                             {"end_on_overlong_word"} if new[j] or new[k] else set()))
    by_set = defaultdict(list)
    for r in rows:
        by_set[r[0].split("_")[0]].append(r)
    print("| set | flagged before | really > 100 ms off | > 200 ms off flagged | conf >= 0.8 within 0.2 s "
          "| flagged after | really > 100 ms off | > 200 ms off flagged | conf >= 0.8 within 0.2 s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, group in sorted(by_set.items()) + [("pooled", rows)]:
        print(f"| {name} | {figures(group, False)} | {figures(group, True)} |")
    print("\nnewly flagged (confidence before, error, signed start / end ms):")
    for case, text, conf, err, (es, ee), new_ in rows:
        if new_ and conf >= LOW:
            print(f"  {conf:.2f} {1000 * err:5.0f} ({1000 * es:+5.0f} / {1000 * ee:+5.0f})  {case}: {text}")
    print("\n> 200 ms off, still not flagged:")
    for case, text, conf, err, (es, ee), new_ in rows:
        if err > FAR and conf >= LOW and not new_:
            print(f"  {conf:.2f} {1000 * err:5.0f} ({1000 * es:+5.0f} / {1000 * ee:+5.0f})  {case}: {text}")


if __name__ == "__main__":
    main()
