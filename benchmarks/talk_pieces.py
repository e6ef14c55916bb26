#!/usr/bin/env python3
"""Is a line off because the talk is long?  Align a long case cut into pieces and compare each line with the whole.

A long talk differs for the engine in what a short one never has: chunks of its phone pass aligned in helper
processes (``boundaries.PARALLEL_FROM`` seconds of chunks and more), stretches and talk-wide readings (a noise
floor, a speaking rate, a keyed channel) taken over minutes.  This cuts the case's audio and transcript at the
pauses between lines into pieces of about ``--piece`` seconds, aligns each piece alone (in this process, with
why_off's recorder), and prints every line's start and end error after the phone pass and at the end, for the
piece and -- from a why_off JSON of the whole talk, ``--whole`` -- for the whole talk.  Where a line is as far
off in its piece as in the whole talk, the talk's length is not the cause.

    .venv/bin/python benchmarks/talk_pieces.py ey_real_long_mix_ts --whole benchmarks/out/why-ey.json

Development cases and the aside sets already looked at only (as why_off).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import why_off  # noqa: E402

OFF = 0.1


def cuts(truth: list[dict], duration: float, piece: float) -> list[float]:
    """Times to cut at: the middle of the first pause between lines at least ``piece`` s after the last cut."""
    out = [0.0]
    for before, after in zip(truth, truth[1:]):
        middle = (before["end"] + after["start"]) / 2
        if middle - out[-1] >= piece:
            out.append(middle)
    return out + [duration]


def piece_rows(rec: why_off.Recorder, audio, truth: list[dict], a: float, b: float) -> list[dict]:
    """Align [a, b) alone, its lines' text as a plain transcript; per line its errors (s) after each stage."""
    from aligner.align import AlignOptions, align
    from aligner.audio.decode import Audio
    from aligner.formats import read_transcript
    lines = [t for t in truth if a <= t["start"] < b]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "piece.txt"
        path.write_text("\n".join(t["text"] for t in lines) + "\n", encoding="utf-8")
        doc = read_transcript(str(path))
    rec.reset()
    align(doc, Audio(None, audio.samples[audio.index(a):audio.index(b)].copy()), AlignOptions())
    groups = why_off._groups([t["text"] for t in lines], [s.text for s in doc.segments], doc.source_format)
    rows = []
    for t, idx in zip(lines, groups or []):
        first, last = rec.stages.get(idx[0], {}), rec.stages.get(idx[-1], {})
        errors = {k: [first[k][0] + a - t["start"], last[k][1] + a - t["end"]] for k in ("phone", "final")
                  if k in first and k in last and first[k][0] is not None and last[k][1] is not None}
        rows.append({"i": truth.index(t), "piece": [a, b], "errors": errors})
    return rows


def whole_errors(path: Path, case: str) -> dict[int, dict]:
    """Per truth line, the whole talk's errors (s) by stage: from why_off's rows (phone and final), or from a run's
    ``CASE.score.json`` (final only)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return {p["i"]: {"final": [p["err_start"], p["err_end"]]} for p in data["per_segment"] if p.get("scored")}
    return {r["i"]: r["errors"] for r in data if r["case"] == case}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("case")
    ap.add_argument("--piece", type=float, default=60.0, help="seconds per piece (about)")
    ap.add_argument("--whole", type=Path,
                    help="why_off --out JSON holding the whole talk's rows, or run.py's CASE.score.json")
    ap.add_argument("--out", type=Path, help="write the piece rows (JSON) here")
    a = ap.parse_args()
    if cases.is_unseen_aside(a.case):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py / bench_languages.py")
    from aligner.audio import load_audio
    d = cases.ensure_case(a.case, log=lambda m: print(m, file=sys.stderr))
    meta = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    truth = [t for t in meta["segments"] if t.get("start") is not None and t.get("in_transcript", True) is not False]
    audio = load_audio(str(d / meta.get("audio_file", "audio.wav")))
    whole = whole_errors(a.whole, a.case) if a.whole else {}
    rec = why_off.Recorder()
    rec.install()
    rows: list[dict] = []
    at = cuts(truth, audio.duration, a.piece)
    for lo, hi in zip(at, at[1:]):
        print(f"piece {lo:.1f}-{hi:.1f} s ...", file=sys.stderr)
        rows += piece_rows(rec, audio, truth, lo, hi)
        if a.out:
            a.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    ms = lambda e: "      -" if e is None else f"{1000 * e:+7.0f}"  # noqa: E731
    print("| line | piece (s) | phone end: piece | whole | final end: piece | whole | text |")
    print("|---|---|---|---|---|---|---|")
    far_piece = far_whole = 0
    for r in rows:
        w = whole.get(r["i"], {})
        pe, we = r["errors"].get("final", [None, None])[1], w.get("final", [None, None])[1]
        far_piece += pe is not None and abs(pe) > OFF
        far_whole += we is not None and abs(we) > OFF
        print(f"| {r['i']} | {r['piece'][0]:.0f}-{r['piece'][1]:.0f} | {ms(r['errors'].get('phone', [0, None])[1])} "
              f"| {ms(w.get('phone', [0, None])[1])} | {ms(pe)} | {ms(we)} | {truth[r['i']]['text'][:40]} |")
    print(f"\nends more than {OFF * 1000:.0f} ms off: {far_piece} of {len(rows)} aligned in pieces"
          + (f", {far_whole} in the whole talk" if whole else ""))


if __name__ == "__main__":
    main()
