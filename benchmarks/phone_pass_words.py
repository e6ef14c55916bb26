"""The phone pass alone on every truth line of word-truth cases: its inner word edges against the truth.

    .venv/bin/python benchmarks/phone_pass_words.py CASE... [--out A.json] [--against B.json] [--show]

Each line of a case's truth is cut out with 0.4 s on either side (and half a second before it as the front end's
lead-in), its words aligned by :class:`aligner.align.phonetic.PhoneticAligner` alone, and every word edge inside the
line (not the line's own first start and last end: those are the edge rules') compared with the truth.  No Whisper,
no placement, no refine rule: a change to the phone pass's word edges (``phone_edges``) is measured in ~3 minutes on
the 25 festival and flite talks instead of a full engine run per set, and edge by edge (``--against`` another run's
``--out``).  The engine's own chunks are cut elsewhere, so its figures differ by a few edges: measure the engine too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aligner.align.phonetic import PhoneticAligner  # noqa: E402  (imported first: the tree PYTHONPATH names)
from aligner.audio import load_audio  # noqa: E402
from aligner.text import split_words, word_tokens  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cases  # noqa: E402

PAD = 0.4
LEAD_IN = 0.5
RATE = 16000


def line_edges(aligner: PhoneticAligner, case: str) -> list[list]:
    """[case, line, word, side, error ms] for every inner word edge of ``case`` the phone pass placed."""
    d = cases.case_dir(case)
    x = load_audio(str(d / "audio.wav")).float32()
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    words = [w for w in truth.get("words") or [] if w.get("start") is not None]
    out = []
    for si, seg in enumerate(truth["segments"]):
        ws = [w for w in words if w["seg"] == si]
        tokens = [word_tokens(s) for s in split_words(seg["text"])]
        if len(ws) < 2 or len(tokens) != len(ws):
            continue
        lo, hi = max(0.0, seg["start"] - PAD), seg["end"] + PAD
        found = aligner.align(x[int(lo * RATE):int(hi * RATE)], tokens,
                              lead_in=x[max(0, int((lo - LEAD_IN) * RATE)):int(lo * RATE)])
        if found is None:
            continue
        for k, (w, timing) in enumerate(zip(ws, found.words)):
            if timing is None:
                continue
            for side, mine in (("start", lo + timing.start), ("end", lo + timing.end)):
                if (side == "start" and k == 0) or (side == "end" and k == len(ws) - 1):
                    continue
                out.append([case, si, w["word"], side, round(1000 * (mine - w[side]))])
    return out


def _keys(rows: list[list]) -> list[tuple]:
    """Each row's (case, line, word, side, how many times that word and side came before in the line)."""
    seen: dict[tuple, int] = {}
    out = []
    for r in rows:
        k = tuple(r[:4])
        seen[k] = seen.get(k, -1) + 1
        out.append(k + (seen[k],))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--against", type=Path, help="another run's --out: every edge that moved by more than 5 ms")
    ap.add_argument("--show", action="store_true", help="list every edge more than 50 ms off")
    a = ap.parse_args()
    import aligner
    print("aligner from", Path(aligner.__file__).parent.parent)
    phone_pass = PhoneticAligner()
    rows = [r for case in a.cases for r in line_edges(phone_pass, case)]
    within = sum(abs(r[4]) <= 50 for r in rows)
    print(f"inner edges {len(rows)}, within 50 ms {within} ({100 * within / max(1, len(rows)):.1f} %)")
    if a.show:
        for r in rows:
            if abs(r[4]) > 50:
                print(f"  {r[0]} #{r[1]} {r[2]!r} {r[3]} {r[4]:+d} ms")
    if a.against:
        before = dict(zip(_keys(json.loads(a.against.read_text())), (r[4] for r in json.loads(a.against.read_text()))))
        mine = _keys(rows)
        then = sum(abs(before[k]) <= 50 for k in mine if k in before)
        print(f"against {a.against}: within 50 ms {then} -> {within} of the same edges")
        for key, r in zip(mine, rows):
            old = before.get(key)
            if old is not None and abs(old - r[4]) > 5:
                print(f"  {r[0]} #{r[1]} {r[2]!r} {r[3]}: {old:+d} -> {r[4]:+d} ms")
    if a.out:
        a.out.write_text(json.dumps(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
