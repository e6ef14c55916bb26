"""Score an aligner's segments against both truths of the ``rd3_*`` cases: the voice span and the audible span.

room_bed_cases.py stores, beside each prompt's voice span (``start``/``end``, the clean dry prompt down
to 50 dB under its peak: what score.py scores), its audible span (``audible_start``/``audible_end``:
where the clean prompt stands at or over the background's level).  This prints, per case and pooled,
the share of boundaries within 50/100 ms and the signed medians (output minus truth) of starts and
ends against each, and per end j27's measures on the mixture (``room_bed_cases.end_measures``): the
mix over the bed after the end, the fade's slope, the bed's level after the end against before the
start; with ``--ends`` every end's row.

    .venv/bin/python benchmarks/run.py --tools ours --cases 'rd3_*' --tag j28
    .venv/bin/python benchmarks/two_truths.py --tag j28 [--ends]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from pathlib import Path

import numpy as np

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import cases  # noqa: E402
import room_bed_cases as rb  # noqa: E402


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def pair_segments(truth: list[dict], out: list[dict]) -> list[tuple[dict, dict]]:
    """Truth segments (timed, in the transcript) paired in order with the output's segment(s) of the same words.

    Ours cuts a line of two sentences into two segments: consecutive output segments whose words make the
    line's words stand for it together (the first one's start, the last one's end).
    """
    pairs, k = [], 0
    for t in truth:
        if t.get("in_transcript", True) is False or t.get("start") is None:
            continue
        want = _words(t["text"])
        for i in range(k, len(out)):
            got, j = [], i
            while j < len(out) and len(got) < len(want):
                got += _words(out[j].get("text", ""))
                j += 1
            if got == want:
                first, last = out[i], out[j - 1]
                if first.get("start") is not None and last.get("end") is not None:
                    pairs.append((t, {"text": t["text"], "start": first["start"], "end": last["end"]}))
                k = j
                break
    return pairs


def errors(pairs: list[tuple[dict, dict]], which: str) -> dict[str, list[float]]:
    """Signed errors (s, output minus truth) of starts and ends against the voice span or the audible span."""
    ks = ("start", "end") if which == "voice" else ("audible_start", "audible_end")
    got = {"start": [], "end": []}
    for t, o in pairs:
        if t.get(ks[0]) is not None:
            got["start"].append(o["start"] - t[ks[0]])
            got["end"].append(o["end"] - t[ks[1]])
    return got


def summary(e: dict[str, list[float]]) -> str:
    both = np.abs(np.array(e["start"] + e["end"]))
    if not len(both):
        return "no boundaries"
    return (f"{100 * np.mean(both <= 0.05):5.1f} / {100 * np.mean(both <= 0.1):5.1f} %   "
            f"start {1000 * np.median(e['start']):+5.0f}  end {1000 * np.median(e['end']):+5.0f} ms")


def end_rows(case: str, pairs: list[tuple[dict, dict]]) -> list[dict]:
    """One row per end: ours against both truths, and the mixture's measures at the voice's end."""
    d = cases.case_dir(case)
    mix = cases.read_wav(d / "audio.wav")
    tracks, rows = {}, []
    for t, o in pairs:
        band = rb.BANDS[t.get("band", "synth")]
        if band not in tracks:
            tracks[band] = rb.frame_db(rb.band_pass(mix, band))
        m = rb.end_measures(tracks[band], t["end"], t["start"])
        at_ours = rb.end_measures(tracks[band], o["end"], t["start"])  # what the engine could see at its own end
        rows.append(dict(m, ours_slope=at_ours["slope"], ours_over=at_ours["over_bed"], case=case, text=t["text"], ours_voice=o["end"] - t["end"],
                         ours_audible=o["end"] - t.get("audible_end", t["end"]),
                         under=t.get("audible_end", t["end"]) - t["end"]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tag", required=True, help="run.py's --tag of the results to read")
    ap.add_argument("--tool", default="ours")
    ap.add_argument("--cases", nargs="+", default=["rd3_*"], metavar="PATTERN")
    ap.add_argument("--ends", action="store_true", help="print every end's row")
    a = ap.parse_args()
    names = [n for n in cases.ROOM_BED_DEV if any(fnmatch.fnmatchcase(n, p) for p in a.cases)]
    results = cases.OUT / f"results-{a.tag}" / a.tool
    pooled = {"voice": {"start": [], "end": []}, "audible": {"start": [], "end": []}}
    rows = []
    print(f"{'case':26s} {'truth':8s} within 50 / 100 ms, signed medians (output - truth)")
    for n in names:
        p = results / f"{n}.json"
        if not p.is_file():
            print(f"{n:26s} no output ({p})")
            continue
        truth = json.loads((cases.case_dir(n) / "truth.json").read_text(encoding="utf-8"))
        pairs = pair_segments(truth["segments"], json.loads(p.read_text(encoding="utf-8"))["segments"])
        for which in ("voice", "audible"):
            e = errors(pairs, which)
            pooled[which]["start"] += e["start"]
            pooled[which]["end"] += e["end"]
            print(f"{n:26s} {which:8s} {summary(e)}")
        rows += end_rows(n, pairs)
    for which in ("voice", "audible"):
        print(f"{'pooled':26s} {which:8s} {summary(pooled[which])}")
    if not rows:
        return
    print("\nper case, medians over its ends: ms the voice's last part lies under the background (audible - voice "
          "end); the mix's last 50 ms over the level 0.1-0.4 s after (dB); the fade's slope over 100 ms "
          "(dB/10 ms); level after the end - before the start (dB); the same two measures at ours' end")
    for n in dict.fromkeys(r["case"] for r in rows):
        rs = [r for r in rows if r["case"] == n]
        med = {k: float(np.nanmedian([r[k] for r in rs]))
               for k in ("under", "over_bed", "slope", "bed_change", "ours_over", "ours_slope")}
        print(f"{n:26s} under {1000 * med['under']:+5.0f} ms  over bed {med['over_bed']:5.1f} dB  "
              f"slope {med['slope']:+5.2f}  after-before {med['bed_change']:+5.1f} dB  | at ours' end: over "
              f"{med['ours_over']:5.1f} dB, slope {med['ours_slope']:+5.2f}")
    if a.ends:
        print(f"\n{'case':26s} {'ours-voice':>10s} {'ours-aud':>9s} {'under':>6s} {'over':>5s} {'slope':>6s} "
              f"{'aft-bef':>7s} {'o.over':>6s} {'o.slope':>7s}  line")
        for r in rows:
            print(f"{r['case']:26s} {1000 * r['ours_voice']:+10.0f} {1000 * r['ours_audible']:+9.0f} "
                  f"{1000 * r['under']:+6.0f} {r['over_bed']:5.1f} {r['slope']:+6.2f} {r['bed_change']:+7.1f} {r['ours_over']:6.1f} {r['ours_slope']:+7.2f}  "
                  f"{r['text'][:40]}")


if __name__ == "__main__":
    main()
