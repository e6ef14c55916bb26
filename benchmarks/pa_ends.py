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

``--replay-steps`` replays, on those outputs, the end rule j63 tried and left (benchmarks/README.md, "Short lines
through a PA: where the late ends lie"): when the voice stops, the level steps down (the voice gone, its copy left),
and the copy's own end a delay later steps down again (into the PA's hall tail); the latest such pair of steps
(:data:`STEP_DB` each, over :data:`STEP_FRAMES` frames a side) at or before an end, whose copy stretch stays under
the voice's last level and :data:`COPY_UNDER_DB` under the sound it copies, is taken for the voice's end.

    .venv/bin/python benchmarks/pa_ends.py benchmarks/out/results-j63base [more folders] [--lines] [--replay-steps]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.align.activity import HOP, Envelope  # noqa: E402
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
#: --replay-steps: a step down of at least this many dB (mean level of STEP_FRAMES frames before against after) ...
STEP_DB = 3.0
STEP_FRAMES = 3
#: ... whose copy stretch lies this many dB under the stretch one delay before it, looked for this far (s) before
#: the end less the delay.
COPY_UNDER_DB = 3.0
LOOK_BACK = 0.35


def copy_step_end(db, start: int, end: int, limit: int, delay_frames: float) -> Optional[int]:
    """The frame the voice stopped at by the pair of steps (see the module docstring), or None.  ``db``: the
    envelope's level per 10 ms frame; ``start``/``end``: the line's frames; ``limit``: the next line's first."""
    import numpy as np

    def step(f: int) -> float:
        return float(db[f - STEP_FRAMES:f].mean() - db[f:f + STEP_FRAMES].mean())

    k = int(round(delay_frames))
    lo = max(start + STEP_FRAMES + 1, k, end - k - int(round(LOOK_BACK / 0.01)))
    for f in range(end + 2, lo - 1, -1):
        g = int(np.floor(f + delay_frames))
        if g + STEP_FRAMES + 1 >= len(db) or g + STEP_FRAMES > limit:
            continue
        if step(f) < STEP_DB or max(step(g), step(g + 1)) < STEP_DB:
            continue
        copy = db[f + 1:g]
        if len(copy) and copy.max() > db[f - STEP_FRAMES:f].mean() - 1.0:
            continue  # louder than the voice's last sound: the voice goes on
        if db[f:g].mean() > db[f - k:f].mean() - COPY_UNDER_DB:
            continue  # not under what it would copy
        return f
    return None


def where(err_ms: float, delay_ms: float) -> str:
    """The kind of a line end ``err_ms`` from the truth (output minus truth) through a copy ``delay_ms`` late."""
    if err_ms < -EARLY_MS:
        return "early"
    if err_ms <= EARLY_MS:
        return "voice"
    return "copy" if err_ms <= delay_ms + SLACK_MS else "tail"


def case_ends(case: str, output: Path, replay: bool = False) -> Optional[tuple[float, list[dict]]]:
    """(the delay in s, one row per scored line end) for one case's output, or None: no echo or no truth.
    ``replay``: each row also holds ``replayed_ms``, the end :func:`copy_step_end` would give."""
    folder = CASES / case
    if not (folder / "audio.wav").exists():
        return None
    audio = load_audio(str(folder / "audio.wav"))
    delay = echo_delay(audio)
    if delay is None:
        return None
    env = Envelope(audio) if replay else None
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["segments"]
    by_text = {t["text"].strip(): t for t in truth
               if t.get("end") is not None and t.get("in_transcript", True) and not t.get("affected")}
    rows = []
    segments = json.loads(output.read_text(encoding="utf-8"))["segments"]
    for i, seg in enumerate(segments):
        t = by_text.get(seg["text"].strip())
        if t is None or seg.get("end") is None:
            continue
        err = 1000.0 * (seg["end"] - t["end"])
        row = {"text": t["text"], "err_ms": err, "kind": where(err, 1000.0 * delay),
               "short": len(t["text"].split()) <= SHORT_WORDS}
        if env is not None:
            after = segments[i + 1]["start"] if i + 1 < len(segments) else audio.duration
            f = copy_step_end(env.db, env.frame(seg["start"]), env.frame(seg["end"]), env.frame(after),
                              delay / HOP)
            end = f * HOP if f is not None and f * HOP < seg["end"] - 0.03 else seg["end"]
            row["replayed_ms"] = 1000.0 * (end - t["end"])
        rows.append(row)
    return delay, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders (results-TAG)")
    ap.add_argument("--lines", action="store_true", help="print every line end too")
    ap.add_argument("--replay-steps", action="store_true", help="replay the pair-of-steps end rule j63 left")
    a = ap.parse_args()
    before, after = [], []
    pooled = {True: dict.fromkeys(KINDS, 0), False: dict.fromkeys(KINDS, 0)}
    print("| case | delay | short lines: early / voice / copy / tail | longer lines: early / voice / copy / tail |")
    print("|---|---|---|---|")
    for folder in a.folders:
        for output in sorted((folder / "ours").glob("*.json")):
            if output.name.endswith(".score.json"):
                continue
            got = case_ends(output.stem, output, a.replay_steps)
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
                    again = f" -> {r['replayed_ms']:+.0f} ms" if "replayed_ms" in r else ""
                    print(f"|   {r['text'][:40]} | | {r['err_ms']:+.0f} ms{again} | {r['kind']} |")
            before += [r["err_ms"] for r in rows]
            after += [r.get("replayed_ms", r["err_ms"]) for r in rows]
    print("| **pooled** | | " + " / ".join(str(pooled[True][k]) for k in KINDS) + " | "
          + " / ".join(str(pooled[False][k]) for k in KINDS) + " |")
    if a.replay_steps and before:
        def within(errs: list[float]) -> str:
            return "/".join(f"{100 * sum(abs(e) <= ms for e in errs) / len(errs):.1f}" for ms in (50, 100, 200))

        print(f"\nline ends within 50/100/200 ms ({len(before)}): as run {within(before)} %, "
              f"pair of steps replayed {within(after)} %")


if __name__ == "__main__":
    main()
