#!/usr/bin/env python3
"""What the review reasons of j103 add to a finished run: the queue's figures with and without each of them.

For every scored truth segment of ``run.py`` results folders (our segments carrying its start and its end, as
calibration.py reads them), runs the engine's own rules on our output and the case's audio:
``late_ends.end_in_decay`` (the end at the bottom of a fading tail with no pitch), ``late_ends.end_on_steady_tone``
(the end on a steady tone) and ``confidence.stretched_before_join`` read at a join with no pause (the word before a
mid-sentence join drawn out), and prints calibration.py's review-queue figures -- segments flagged, flagged really
> 100 ms off, > 200 ms off flagged -- for the run as it is, with each reason added alone and with all three; then
every segment they newly flag and the far-off ones left.  The reasons only lower confidence, so on a run made
before them this is what a run with them gives (up to segments at a stretch's edge).

    .venv/bin/python benchmarks/late_end_evidence.py benchmarks/out/results-TAG [...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402

from aligner.align.confidence import PAUSE_MIN, stretched_before_join  # noqa: E402
from aligner.sentences import punctuates_sentences  # noqa: E402
from aligner.align.late_ends import end_in_decay, end_on_steady_tone  # noqa: E402
from aligner.align.placement import Placed  # noqa: E402
from aligner.document import NOT_HEARD, Segment, Word  # noqa: E402

FAR, OFF = 0.2, 0.1
REASONS = ("end_in_decay", "end_on_tone", "stretched_join")


def placed_of(s: dict) -> Placed:
    """Our output's segment ``s`` as scoring reads it: its text, times and words (every word heard)."""
    words = tuple(Word(w["word"], w.get("start"), w.get("end")) for w in s.get("words", []))
    return Placed(Segment(s["text"], s["start"], s["end"], words=words), ("exact",) * len(words))


def reasons_of(segs: list[dict], i: int, audio, env) -> set[str]:
    s, found = segs[i], set()
    if end_in_decay(audio, env, s["start"], s["end"]):
        found.add("end_in_decay")
    if end_on_steady_tone(audio, env, s["start"], s["end"]):
        found.add("end_on_tone")
    nxt = segs[i + 1] if i + 1 < len(segs) else None
    prv = segs[i - 1] if i else None
    punctuated = punctuates_sentences(x["text"] for x in segs)  # as scoring reads it (per stretch there)
    if punctuated and ((nxt and nxt["start"] - s["end"] < PAUSE_MIN and stretched_before_join(placed_of(s)))
            or (prv and s["start"] - prv["end"] < PAUSE_MIN and stretched_before_join(placed_of(prv)))):
        found.add("stretched_join")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN")
    a = ap.parse_args()
    rows = []
    for results in a.folders:
        for case, scored, segs, audio, env in scored_with_audio(results, tuple(a.cases)):
            cache: dict[int, set[str]] = {}
            for row in scored:
                c = carriers(segs, row)
                if c is None:
                    continue
                j, k, conf = c
                new: set[str] = set()
                for i in {j, k}:
                    if segs[i].get("confidence") is not None and NOT_HEARD not in segs[i].get("flags", []):
                        if i not in cache:
                            cache[i] = reasons_of(segs, i, audio, env)
                        new |= cache[i]
                err = max(abs(row["err_start"]), abs(row["err_end"]))
                rows.append((case, row["text"][:50], conf, err, row["err_start"], row["err_end"], new))

    def figures(flagged) -> str:
        fl = [r for r in rows if flagged(r)]
        far = [r for r in rows if r[3] > FAR]
        p = sum(r[3] > OFF for r in fl)
        q = sum(flagged(r) for r in far)
        return (f"flagged {len(fl)} of {len(rows)} ({len(fl) / max(1, len(rows)):.0%}); really > 100 ms off "
                f"{p} of {len(fl)} ({p / max(1, len(fl)):.1%}); > 200 ms off flagged {q} of {len(far)} "
                f"({q / max(1, len(far)):.1%})")

    print(f"{'as run':>16}: {figures(lambda r: r[2] < 0.5)}")
    for name in REASONS:
        print(f"{'+' + name:>16}: {figures(lambda r, n=name: r[2] < 0.5 or n in r[6])}")
    print(f"{'+all three':>16}: {figures(lambda r: r[2] < 0.5 or bool(r[6]))}")
    for case, text, conf, err, es, ee, new in rows:
        if new and conf >= 0.5:
            print(f"  newly flagged {sorted(new)} {1000 * err:5.0f} ms ({1000 * es:+.0f}/{1000 * ee:+.0f}) {case}: {text}")
    for case, text, conf, err, es, ee, new in rows:
        if err > FAR and conf >= 0.5 and not new:
            print(f"  still missed {1000 * err:5.0f} ms ({1000 * es:+.0f}/{1000 * ee:+.0f}) {case}: {text}")


if __name__ == "__main__":
    main()
