#!/usr/bin/env python3
"""A line's last quiet sound read against the pause's own spectrum instead of its broadband level, at a finished
run's ends: which ends it would carry, and whether nearer the truth (issue 7, j131; not in the engine).

:func:`aligner.align.quiet_last_sounds.quiet_last_sound_end` judges a frame by its broadband level against the
pause's noise top.  Where the pause's noise is coloured (a relay's band-limited hiss, a buzz, a murmur) a voice's
tail can stand under that and still over the noise in the bins the noise leaves quiet.  This reads every frame as
the mean over its spectrum's bins (the envelope's own 10 ms frames, DC left out) of its power over the pause's
median power in that bin, in dB (:func:`heard_against_pause`; over white noise the broadband level plus a
constant, by Parseval), and runs the same rule on that reading, at each end of a finished run (the run's final
end, not the end the rule saw inside the engine: it shows only what the reading would *add*; what it would lose
shows only through the engine -- j131's branch, commit 7b19ed5, has the engine change).

    .venv/bin/python benchmarks/spectral_tails.py benchmarks/out/results-TAG [more folders] [--cases 'rd61_*']

Per end moved by more than 20 ms against the truth: the broadband rule's end and the spectral one; per family:
ends better/worse, within 50/100/200 ms, signed median.  Seen sets and dev cases only (an unseen aside case is
refused).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path
from typing import Optional

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402
from aligner.align.activity import HOP, Envelope  # noqa: E402
from aligner.align.boundaries import CLOSURE_MAX, EXTEND  # noqa: E402
from aligner.align.engine import as_heard  # noqa: E402
from aligner.align.quiet_last_sounds import BEYOND, LAST, quiet_last_sound_end  # noqa: E402
from aligner.align.review_evidence import FLOOR_GAP, FLOOR_LOOK, FLOOR_MIN  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402

_FRAME = 160  #: samples per 10 ms frame at 16 kHz, as Envelope reads them
_TINY = 1e-20
MOVED = 0.02  #: an end counts as better or worse when its error changes by more than this (s)


def frame_spectra(audio, first: int, last: int) -> np.ndarray:
    """Power spectra of the envelope's own frames ``first`` to ``last`` (one row per frame, DC left out)."""
    last = min(last, len(audio.samples) // _FRAME)
    if last <= first:
        return np.zeros((0, _FRAME // 2))
    x = audio.samples[first * _FRAME:last * _FRAME].astype(np.float32).reshape(last - first, _FRAME) / 32768.0
    x -= x.mean(axis=1, keepdims=True)
    return np.abs(np.fft.rfft(x, axis=1)[:, 1:]) ** 2


def heard_against_pause(audio, env: Envelope, end: float, after: float, t0: float, t1: float) -> Optional[Envelope]:
    """An envelope whose frames from ``t0`` to ``t1`` and in the pause after ``end`` (read where
    ``review_evidence.pause_levels_after`` reads it) are the mean over bins of the frame's power over the pause's
    median power there (dB); other frames -100.  None when the pause is too short."""
    a, b = env.frame(end + FLOOR_LOOK[0]), env.frame(min(after - FLOOR_GAP, end + FLOOR_LOOK[1]))
    if b - a < round(FLOOR_MIN / HOP):
        return None
    first = env.frame(min(t0, a * HOP))
    power = frame_spectra(audio, first, env.frame(max(t1, b * HOP)))
    pause = power[max(0, a - first):max(0, b - first)]
    if len(pause) < round(FLOOR_MIN / HOP):
        return None
    reference = np.maximum(np.median(pause, axis=0), _TINY)
    whitened = 10.0 * np.log10(np.mean(power / reference, axis=1) + _TINY)
    db = np.full(len(env), -100.0, dtype=np.float32)
    n = min(len(db) - first, len(whitened))
    db[first:first + n] = whitened[:n]
    heard = Envelope.__new__(Envelope)
    heard.db, heard.duration = db, env.duration
    return heard


def ends_of(folder: Path, case: str) -> tuple[list[dict], str]:
    """Each scored line of ``case`` in a finished run: its truth, its final bounds, the next line's start and its
    last word's length (the rule's reach); and the path of its audio."""
    score = json.loads((folder / "ours" / f"{case}.score.json").read_text())["per_segment"]
    doc = json.loads((folder / "ours" / f"{case}.json").read_text())
    by_end = {round(s["end"], 3): s for s in doc["segments"] if s.get("end") is not None}
    rows = [x for x in score if x.get("scored") and x.get("pred_end") is not None]
    out = []
    for i, x in enumerate(rows):
        words = [w for w in by_end.get(round(x["pred_end"], 3), {}).get("words", []) if w.get("start") is not None]
        out.append({"case": case, "i": x["i"], "text": x["text"][-28:], "truth": x["true_end"], "start": x["pred_start"],
                    "end": x["pred_end"], "next": rows[i + 1]["pred_start"] if i + 1 < len(rows) else None,
                    "reach": max(EXTEND, words[-1]["end"] - words[-1]["start"]) if words else EXTEND})
    return out, doc["audio"]["path"]


def measure(folder: Path, case: str) -> list[dict]:
    rows, path = ends_of(folder, case)
    audio, _ = as_heard(load_audio(path))
    env = Envelope(audio)
    for r in rows:
        hi = r["next"] if r["next"] is not None else audio.duration
        broad = quiet_last_sound_end(audio, env, r["start"], r["end"], hi, r["reach"], CLOSURE_MAX)
        limit = min(hi - FLOOR_GAP, r["end"] + r["reach"])
        heard = heard_against_pause(audio, env, r["end"], hi, r["end"] - LAST, limit + BEYOND)
        spectral = (quiet_last_sound_end(audio, heard, r["start"], r["end"], hi, r["reach"], CLOSURE_MAX)
                    if heard is not None else None)
        r["broadband"] = broad if broad is not None else r["end"]
        r["spectral"] = spectral if spectral is not None else r["end"]
    return rows


def report(rows: list[dict]) -> None:
    families: dict[str, list[dict]] = {}
    for r in rows:
        families.setdefault(r["case"].split("_")[0], []).append(r)
        old, new = r["broadband"] - r["truth"], r["spectral"] - r["truth"]
        if abs(abs(new) - abs(old)) > MOVED:
            print(f"{'better' if abs(new) < abs(old) else 'WORSE '} {r['case']} #{r['i']} {r['text']!r}: "
                  f"{old * 1000:+.0f} -> {new * 1000:+.0f} ms")
    for name, group in families.items():
        old = np.array([r["broadband"] - r["truth"] for r in group])
        new = np.array([r["spectral"] - r["truth"] for r in group])
        better = int(np.sum(np.abs(new) < np.abs(old) - MOVED))
        worse = int(np.sum(np.abs(new) > np.abs(old) + MOVED))
        within = lambda e: "/".join(f"{np.mean(np.abs(e) <= t) * 100:.0f}" for t in (0.05, 0.1, 0.2))  # noqa: E731
        print(f"{name}: {len(group)} ends, better {better}, worse {worse}; within 50/100/200 ms {within(old)} -> "
              f"{within(new)} %; signed median {np.median(old) * 1000:+.0f} -> {np.median(new) * 1000:+.0f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path, help="finished runs (benchmarks/out/results-TAG)")
    ap.add_argument("--cases", nargs="+", metavar="PATTERN", help="only these cases (shell patterns)")
    args = ap.parse_args()
    rows: list[dict] = []
    for folder in args.folders:
        for score in sorted((folder / "ours").glob("*.score.json")):
            case = score.name[: -len(".score.json")]
            if args.cases and not any(fnmatch.fnmatchcase(case, p) for p in args.cases):
                continue
            if cases.is_unseen_aside(case):
                raise SystemExit(f"{case}: an unseen aside case is not read here")
            rows += measure(folder, case)
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
