#!/usr/bin/env python3
"""Why line ends on the real prompts come out ~15 ms early: how much of each prompt's fading tail lies under the
case's noise, against how early we ended the line.

A real case's truth end is where the clean prompt's voice last stands within 50 dB of its loudest 5 ms
(``unseen_cases.voice_span`` on the gated 8 kHz WAV, carried to the G.722 take).  A real voice does not stop, it
fades: the Allison Smith prompts take a median 16 ms to fall from 40 to 50 dB under their peak (a /l/, /z/, /v/ or
a long vowel longer).  The case then lays a room's noise (or a murmur, a cafe) 30-45 dB under the voice's peak, so
the last part of that fade is under the noise in the file every aligner reads.  This measures, per line:

* ``hidden``: how long (ms) the clean take's tail stays under the level of the case's noise (the pause after the
  line, read in the case's own audio, relative to the line's peak there) before the truth's end: the part of the
  line no energy rule can hear;
* ``depth``: how far (dB) under the clean take's peak our end lies;
* ``err``: our end minus the truth's (negative = early).

If the early ends are that hidden tail, ``err + hidden`` has a median near 0 and ``depth`` follows the case's noise,
not a fixed level of the voice.

    .venv/bin/python benchmarks/tail_depth.py benchmarks/out/results-TAG          # a run.py result folder
    .venv/bin/python benchmarks/tail_depth.py /tmp/trace.json                     # rule_trace.py / why_off.py rows

Only lines whose truth names its prompt (the real cases) and that have a pause after them are measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import fresh_cases as fc  # noqa: E402
import unseen_cases as uc  # noqa: E402

CASES = HERE / "out" / "cases"
#: The pause after a line, where the case's noise is read: from this long (s) after the truth's end (the tail
#: itself kept out) to this long before the next line's start, at most PAUSE_LOOK long.
PAUSE_MARGIN, PAUSE_LOOK = 0.05, 0.4
MS = fc.RATE // 1000


def ends_of(source: Path) -> Iterator[tuple[str, float, float]]:
    """(case, truth end, our end) of every line: from a run.py result folder's ``ours/*.score.json`` or from the
    rows ``rule_trace.py`` / ``why_off.py`` write (their ``final`` error)."""
    if source.is_dir():
        for f in sorted((source / "ours").glob("*.score.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            for s in d.get("per_segment") or []:
                if s.get("scored") and s.get("pred_end") is not None:
                    yield d["case"], s["true_end"], s["pred_end"]
        return
    for r in json.loads(source.read_text(encoding="utf-8")):
        e = (r.get("errors") or {}).get("final")
        if e and e[1] is not None:
            yield r["case"], r["truth"][1], r["truth"][1] + e[1]


def clean_take(prompt: str, band: str, tempo: float = 1.0) -> Optional[tuple[np.ndarray, int]]:
    """The take a line was made from (the G.722 recording or the 8 kHz WAV) and its truth end in it (sample),
    as ``unseen_cases.prompt_audio`` measures it; None where the prompt has no single voice span."""
    x, span = uc.prompt_audio(uc.english_reader, prompt, band == "g722", tempo)
    return None if span is None else (x, span[1])


def case_audio(case: str) -> np.ndarray:
    """The case's audio as the aligner reads it (16 kHz mono)."""
    from aligner.audio.decode import load_audio

    t = json.loads((CASES / case / "truth.json").read_text(encoding="utf-8"))
    a = load_audio(str(CASES / case / t.get("audio_file", "audio.wav")))
    return a.samples.astype(np.float32) / 32768.0


def hidden_tail_ms(take_db: np.ndarray, end_ms: int, noise_under_peak: float) -> float:
    """How long (ms) before ``end_ms`` the take's 5 ms level (``take_db``, one value per ms) last stood above
    ``noise_under_peak`` dB under its peak: the part of its fading tail under a noise that deep."""
    above = np.flatnonzero(take_db[:max(0, end_ms - 2)] > take_db.max() - noise_under_peak)
    return float(end_ms - 2 - above[-1]) if len(above) else float("nan")


def measure(source: Path, names: Optional[set[str]] = None) -> list[dict]:
    """One row per line with a named prompt and a pause after it (see the module's docstring)."""
    rows, truth, audio = [], {}, {}
    for case, t_end, p_end in ends_of(source):
        if names and case not in names:
            continue
        if case not in truth:
            truth[case] = json.loads((CASES / case / "truth.json").read_text(encoding="utf-8"))["segments"]
        segs = truth[case]
        k = min(range(len(segs)), key=lambda i: abs(segs[i]["end"] - t_end))
        seg = segs[k]
        if abs(seg["end"] - t_end) > 1e-3 or not seg.get("prompt") or k + 1 >= len(segs):
            continue
        gap = (seg["end"] + PAUSE_MARGIN, min(segs[k + 1]["start"] - PAUSE_MARGIN, seg["end"] + PAUSE_LOOK))
        if gap[1] - gap[0] < 0.1:
            continue
        taken = clean_take(seg["prompt"], seg.get("band", "wav"))
        if taken is None:
            continue
        if case not in audio:
            audio[case] = case_audio(case)
        y = audio[case]
        line_db = fc.level_db(y[int(seg["start"] * fc.RATE):int(seg["end"] * fc.RATE)])
        pause_db = fc.level_db(y[int(gap[0] * fc.RATE):int(gap[1] * fc.RATE)])
        noise = float(line_db.max() - np.median(pause_db))
        x, end = taken
        db = fc.level_db(x)
        ours_ms = int(round(end / MS + (p_end - t_end) * 1000))
        depth = float(db.max() - db[min(max(0, ours_ms - 3), len(db) - 1)])
        rows.append({"case": case, "i": k, "text": seg["text"], "err": (p_end - t_end) * 1000, "noise": noise,
                     "hidden": hidden_tail_ms(db, end // MS, noise), "depth": depth})
    return rows


def table(rows: list[dict]) -> str:
    """Per case and pooled: median err, hidden, err + hidden, depth at our end, the noise's depth."""
    def line(name, rs):
        m = lambda key: statistics.median(r[key] for r in rs)  # noqa: E731
        near = [r for r in rs if abs(r["err"]) < 60]  # a line ended far off is another story (a cough, a laugh)
        left = statistics.median(r["err"] + r["hidden"] for r in near) if near else float("nan")
        return (f"| {name} | {len(rs)} | {m('err'):+.0f} | {m('hidden'):.0f} | {left:+.0f} | "
                f"{statistics.median(r['depth'] for r in near) if near else float('nan'):.1f} | {m('noise'):.1f} |")
    out = ["| case | lines | end err ms (median) | tail under the noise ms | err + hidden ms (|err| < 60) | "
           "our end, dB under the take's peak | the noise, dB under the line's peak |", "|---|---|---|---|---|---|---|"]
    for case in sorted({r["case"] for r in rows}):
        out.append(line(f"`{case}`", [r for r in rows if r["case"] == case]))
    out.append(line("**all**", rows))
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="a run.py result folder or a rule_trace.py / why_off.py JSON")
    ap.add_argument("--cases", nargs="*", help="only these cases")
    ap.add_argument("--out", type=Path, help="write every row (JSON) here")
    a = ap.parse_args()
    rows = measure(a.source, set(a.cases) if a.cases else None)
    if a.out:
        a.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(table(rows))


if __name__ == "__main__":
    main()
