#!/usr/bin/env python3
"""Where line ends lie through a PA: at the voice's end, inside the loudspeakers' copy, or past it in their hall.

Through a PA the voice is heard again ``d`` seconds later (:func:`aligner.align.echoes.echo_delay`), and after the
voice stops that copy goes on for ``d``, then the loudspeakers' hall tail.  A late end can therefore lie in two
places that want different cures: inside the copy (``T`` to ``T + d``, truth end ``T``), where the sound is the
voice's own last ``d`` again, or past it, in the PA's hall tail.  This reads one run's outputs and sorts every
line end of every case whose audio echoes:

    early   more than EARLY_MS before the truth
    voice   within EARLY_MS of it
    copy    later, up to the copy's end (T + d) and SLACK_MS
    tail    later still: past the copy, in the PA's hall

with the per-case and pooled counts, split by line length (one to three words: "short").  No aligner runs: the
outputs are a run.py results folder's (``benchmarks/out/results-TAG/ours/CASE.json``).

    .venv/bin/python benchmarks/pa_ends.py benchmarks/out/results-j63base [more folders] [--lines]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.align.echoes import echo_delay  # noqa: E402
from aligner.audio import load_audio  # noqa: E402

CASES = HERE / "out" / "cases"
#: An end within this many ms of the truth is at the voice's end; further before it, early.
EARLY_MS = 50.0
#: An end up to this many ms past the copy's end still counts as inside the copy (10 ms frames, the delay's own
#: sample rounding, a copy's fade).
SLACK_MS = 20.0
KINDS = ("early", "voice", "copy", "tail")
SHORT_WORDS = 3


def where(err_ms: float, delay_ms: float) -> str:
    """The kind of a line end ``err_ms`` from the truth (output minus truth) through a copy ``delay_ms`` late."""
    if err_ms < -EARLY_MS:
        return "early"
    if err_ms <= EARLY_MS:
        return "voice"
    return "copy" if err_ms <= delay_ms + SLACK_MS else "tail"


def case_ends(case: str, output: Path) -> tuple[float, list[dict]] | None:
    """(the delay in s, one row per scored line end) for one case's output, or None: no echo or no truth."""
    folder = CASES / case
    if not (folder / "audio.wav").exists():
        return None
    delay = echo_delay(load_audio(str(folder / "audio.wav")))
    if delay is None:
        return None
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["segments"]
    by_text = {t["text"].strip(): t for t in truth
               if t.get("end") is not None and t.get("in_transcript", True) and not t.get("affected")}
    rows = []
    for seg in json.loads(output.read_text(encoding="utf-8"))["segments"]:
        t = by_text.get(seg["text"].strip())
        if t is None or seg.get("end") is None:
            continue
        err = 1000.0 * (seg["end"] - t["end"])
        rows.append({"text": t["text"], "err_ms": err, "kind": where(err, 1000.0 * delay),
                     "short": len(t["text"].split()) <= SHORT_WORDS})
    return delay, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders (results-TAG)")
    ap.add_argument("--lines", action="store_true", help="print every line end too")
    a = ap.parse_args()
    pooled = {True: dict.fromkeys(KINDS, 0), False: dict.fromkeys(KINDS, 0)}
    print("| case | delay | short lines: early / voice / copy / tail | longer lines: early / voice / copy / tail |")
    print("|---|---|---|---|")
    for folder in a.folders:
        for output in sorted((folder / "ours").glob("*.json")):
            if output.name.endswith(".score.json"):
                continue
            got = case_ends(output.stem, output)
            if got is None:
                continue
            delay, rows = got
            counts = {True: dict.fromkeys(KINDS, 0), False: dict.fromkeys(KINDS, 0)}
            for r in rows:
                counts[r["short"]][r["kind"]] += 1
                pooled[r["short"]][r["kind"]] += 1
            print(f"| `{output.stem}` | {1000 * delay:.0f} ms | " + " / ".join(str(counts[True][k]) for k in KINDS)
                  + " | " + " / ".join(str(counts[False][k]) for k in KINDS) + " |")
            if a.lines:
                for r in rows:
                    print(f"|   {r['text'][:40]} | | {r['err_ms']:+.0f} ms | {r['kind']} |")
    print("| **pooled** | | " + " / ".join(str(pooled[True][k]) for k in KINDS) + " | "
          + " / ".join(str(pooled[False][k]) for k in KINDS) + " |")


if __name__ == "__main__":
    main()
