#!/usr/bin/env python3
"""What lies in the pause before a word that started early: the word starts after a pause, read against the audio.

A word start after a pause in the truth (``word_errors.py``'s "starts, pause") that our output put early has, in
nearly every case, taken the pause as its first phone: the phone pass's search joined the two words with no silence
between them, and its edge rules (:func:`aligner.align.phone_edges.split_at_pause`) found no pause to put back
there.  Whether they could have depends on what the pause holds, so each such start is described by its pause's
fine envelope (5 ms windows, the core's :func:`~aligner.align.phone_edges.fine_db`), read between the earlier word's
truth end and this word's truth start:

    floor ms     the longest run within ``FLOOR_DB`` of the talk's quiet (the quietest tenth of the envelope from the
                 line's start to its end): a clean pause the edge rules could see if long enough
    fill dB      the level the rest of the pause holds (its median, outside that run), under the two words' loud
                 parts: a bed (a tone, a coo, a snore) the words stand that far over
    range dB     the two words' loud parts over the line's quiet: under ``phone_edges.GAP_MIN_RANGE`` (15 dB) the
                 edge rules tell nothing by energy
    voice        the truth's voice label ("festival:ked@1.97": its speed), for synthesized talks

    .venv/bin/python benchmarks/pause_starts.py benchmarks/out/results-TAG [--cases 'hy_f*'] [--early 0.05]

Reads the built case (``truth.json``, its audio) and the run's score (``per_word``), through ``word_errors.edges``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import word_errors  # noqa: E402

#: s between fine_db's windows (16 samples at 16 kHz)
FINE_STEP = 0.001
#: dB over the line's quietest tenth that still counts as the talk's quiet (the room's own noise wanders by as much)
FLOOR_DB = 6.0


def describe(audio: np.ndarray, line: tuple[float, float], pause: tuple[float, float],
             words: tuple[tuple[float, float], tuple[float, float]]) -> dict:
    """The pause [a, b] (s) of a line spanning ``line``, between two words (their truth spans ``words``): its
    longest run at the line's quiet (ms), the median level of the rest (dB under the two words' loud parts), and
    how far those loud parts stand over the line's quiet (dB)."""
    from aligner.align.activity import true_runs
    from aligner.align.phone_edges import fine_db

    _, line_db = fine_db(audio, *line)
    _, db = fine_db(audio, *pause)
    if not len(line_db) or not len(db):
        return {"floor_ms": None, "fill_under_words_db": None, "range_db": None}
    floor = float(np.percentile(line_db, 10))
    quiet = db <= floor + FLOOR_DB
    runs = true_runs(quiet)
    longest = max((b - a for a, b in runs), default=0)
    rest = db[~quiet]
    loud = min(float(np.percentile(fine_db(audio, *w)[1], 95)) for w in words)
    return {"floor_ms": round(1000 * longest * FINE_STEP),
            "fill_under_words_db": None if not len(rest) else round(loud - float(np.median(rest)), 1),
            "range_db": round(loud - floor, 1)}


def early_pause_starts(results: Path, patterns: list[str], early: float) -> list[dict]:
    """Every word start after a truth pause put more than ``early`` s early in a run, its pause described."""
    from aligner.audio import load_audio

    out, audio_of = [], {}
    for e in word_errors.edges(results, patterns):
        if e["side"] != "start" or e["context"] != "pause" or e["err"] is None or e["err"] > -early:
            continue
        d = cases.case_dir(e["case"])
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        words = [w for w in truth["words"] if w.get("start") is not None and w.get("end") is not None]
        n = next(i for i, w in enumerate(words) if w["seg"] == e["seg"] and abs(w["start"] - e["at"]) < 1e-3)
        prev, here, seg = words[n - 1], words[n], truth["segments"][e["seg"]]
        if e["case"] not in audio_of:
            audio_of[e["case"]] = load_audio(str(d / truth.get("audio_file", "audio.wav"))).samples.astype(
                np.float32) / 32768.0
        row = {"case": e["case"], "words": f"{prev['word']} / {here['word']}", "at": here["start"],
               "pause_ms": round(1000 * (here["start"] - prev["end"])), "error_ms": round(1000 * e["err"]),
               "sound": e["sound"], "voice": seg.get("voice") or ""}
        row.update(describe(audio_of[e["case"]], (seg["start"], seg["end"]), (prev["end"], here["start"]),
                            ((prev["start"], prev["end"]), (here["start"], here["end"]))))
        out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", type=Path)
    ap.add_argument("--cases", nargs="+", default=[], metavar="PATTERN")
    ap.add_argument("--early", type=float, default=0.05, help="s: starts at least this early (default 0.05)")
    ap.add_argument("--json", type=Path, help="write the rows here")
    a = ap.parse_args()
    rows = early_pause_starts(a.results, a.cases, a.early)
    print("| case | words | at s | pause ms | error ms | first sound | voice | floor ms | fill under words dB | range dB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['case']} | {r['words']} | {r['at']:.3f} | {r['pause_ms']} | {r['error_ms']:+d} | {r['sound']} | "
              f"{r['voice']} | {r['floor_ms']} | {r['fill_under_words_db']} | {r['range_db']} |")
    if rows:
        print(f"\n{len(rows)} starts; pause median {statistics.median(r['pause_ms'] for r in rows)} ms, "
              f"error median {statistics.median(r['error_ms'] for r in rows):+.0f} ms")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
