#!/usr/bin/env python3
"""Every boundary between two sentences, as the join rule (``pauses.joins_into_dips``) saw and left it.

Runs the engine in this process over development cases (the model is loaded once) and, at each call of
``joins_into_dips``, records per pair of neighbouring sentences: the truth (the first's end, the second's
start, the voice-to-voice gap), the phone pass's end and start going in, Whisper's start of the second
(``pauses._heard_start``), the join after the rule and the final boundary the user gets.  With ``--base REV``
the rule of that commit runs too, on a copy of the same items (the same recognition and phone pass), so a
change to the rule is measured join by join without the run-to-run noise of recognising twice.

    .venv/bin/python benchmarks/join_trace.py --cases 'rd8_*' --base HEAD --out /tmp/joins.json
    .venv/bin/python benchmarks/join_trace.py --table /tmp/joins.json          # only the joins that differ

Development cases only (the aside sets are refused, as in why_off.py).  It reads each case's ``audio.wav`` (for a
case stored encoded, its decoded twin; the CLI gets the encoded file).
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402
from why_off import _groups  # noqa: E402


def base_rule(rev: str):
    """``joins_into_dips`` as it is at commit ``rev`` (pauses.py of that commit, loaded beside this one)."""
    text = subprocess.run(["git", "-C", str(cases.REPO), "show", f"{rev}:aligner/align/pauses.py"], check=True,
                          capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "pauses_base.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("aligner.align._pauses_base", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.joins_into_dips


def _rule_args(rule, never_late: bool, audio) -> dict:
    """Keyword arguments for a join rule of any commit (before j36 it took no ``audio``)."""
    import inspect
    return {"never_late": never_late} | ({"audio": audio} if "audio" in inspect.signature(rule).parameters else {})


class Tracer:
    def __init__(self, base=None):
        from aligner.align import engine, pauses
        self.engine, self.pauses, self.base = engine, pauses, base
        self.calls: list[dict] = []
        self.dump: Path | None = None
        self._indices: list[int] = []

    def reasons(self, items, env, t0, t1) -> list[str]:
        return _reasons(self.pauses, items, env, t0, t1)

    def install(self) -> None:
        e, tr = self.engine, self
        orig_refine, orig_joins = e._refine, e.joins_into_dips

        def refine(st, items, *a, **kw):
            tr._indices = list(st.indices)
            return orig_refine(st, items, *a, **kw)

        def joins(items, env, t0, t1, never_late=False, audio=None):
            before = [(it.segment.start, it.segment.end) if it.segment.timed else (None, None) for it in items]
            heard = [tr.pauses._heard_start(it) for it in items]
            why = tr.reasons(items, env, t0, t1)
            twin_in = copy.deepcopy(items)
            base = None
            if tr.base is not None:
                twin = copy.deepcopy(items)
                tr.base(twin, env, t0, t1, **_rule_args(tr.base, never_late, audio))
                base = [(it.segment.start, it.segment.end) for it in twin]
            n = orig_joins(items, env, t0, t1, never_late=never_late, audio=audio)
            after = [(it.segment.start, it.segment.end) for it in items]
            tr.calls.append({"indices": list(tr._indices), "before": before, "heard": heard, "base": base,
                             "after": after, "why": why, "items": twin_in, "t": (t0, t1, never_late)})
            return n

        e._refine, e.joins_into_dips = refine, joins


def _reasons(pauses, items, env, t0, t1) -> list[str]:
    """Per pair of neighbours (for the second): what the English rule's checks saw before it ran, in their order:
    the sound threshold's pause between the phone pass's edges, their distance, the quiet adding up between them."""
    import numpy as np
    _, found = pauses.sound_and_pauses(env, t0, t1)
    out = [""]
    for k in range(1, len(items)):
        a, b = items[k - 1].segment, items[k].segment
        if not (a.timed and b.timed):
            out.append("untimed")
            continue
        p = [q for q in found if q[0] < b.start and q[1] > a.end]
        if p:
            out.append(f"pause {p[0][0]:.2f}-{p[0][1]:.2f}")
            continue
        w0, w1 = a.end - pauses.JOIN_REACH, b.start + pauses.JOIN_REACH
        around = env.db[env.frame(w0 - 0.2):env.frame(w1 + 0.2)]
        quiet = pauses._quiet_stretches(env, w0, w1, float(np.median(around)) - pauses.DIP_DB) if len(around) else []
        q = sum(min(x[1], b.start) - max(x[0], a.end) for x in quiet if x[1] > a.end and x[0] < b.start)
        out.append(f"apart {1000 * (b.start - a.end):.0f} quiet {1000 * q:.0f} stretches "
                   + " ".join(f"{x[0]:.2f}-{x[1]:.2f}" for x in quiet))
    return out


def run_case(tr: Tracer, name: str, model) -> list[dict]:
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.formats import read_transcript
    d = cases.ensure_case(name, log=lambda m: print(m, file=sys.stderr))
    truth = [t for t in json.loads((d / "truth.json").read_text(encoding="utf-8"))["segments"]
             if t.get("in_transcript", True) is not False]
    doc = read_transcript(str(d / "transcript.txt"))
    tr.calls = []
    result = align(doc, load_audio(str(d / "audio.wav")), AlignOptions(model=model))
    groups = _groups([t["text"] for t in truth], [s.text for s in doc.segments], doc.source_format)
    if groups is None:
        print(f"{name}: transcript lines and segments do not line up: skipped", file=sys.stderr)
        return []
    line_of = {i: (k, i == idx[0], i == idx[-1]) for k, idx in enumerate(groups) for i in idx}
    final = result.segments
    if tr.dump:
        import pickle
        tr.dump.mkdir(parents=True, exist_ok=True)
        with open(tr.dump / f"{name}.pkl", "wb") as f:
            pickle.dump({"audio": str(d / "audio.wav"), "truth": truth, "groups": groups,
                         "calls": [{k: c[k] for k in ("indices", "items", "t", "after")} for c in tr.calls]}, f)
    rows = []
    for call in tr.calls:
        idx = call["indices"]
        for j in range(1, len(idx)):
            i0, i1 = idx[j - 1], idx[j]
            (k0, _, last0), (k1, first1, _) = line_of[i0], line_of[i1]
            if k1 != k0 + 1 or not (last0 and first1):
                continue
            t0, t1 = truth[k0], truth[k1]
            if t0.get("start") is None or t1.get("start") is None or t0.get("affected") or t1.get("affected"):
                continue
            te, ts = t0["end"], t1["start"]

            def err(x, t):
                return None if x is None else round(x - t, 3)

            row = {"case": name, "line": k1, "words": f"{t0['text'].split()[-1]}|{' '.join(t1['text'].split()[:2])}",
                   "gap": round(ts - te, 3), "truth": [te, ts],
                   "phone": [err(call["before"][j - 1][1], te), err(call["before"][j][0], ts)],
                   "heard": err(call["heard"][j], ts),
                   "rule": [err(call["after"][j - 1][1], te), err(call["after"][j][0], ts)],
                   "final": [err(final[i0].end, te), err(final[i1].start, ts)], "why": call["why"][j]}
            if call["base"] is not None:
                row["base"] = [err(call["base"][j - 1][1], te), err(call["base"][j][0], ts)]
            rows.append(row)
    return rows


def replay(path: Path, base=None) -> list[dict]:
    """The join rule of this worktree on items kept by ``--dump`` ("rule"), beside what the run got ("base")."""
    import pickle

    from aligner.align import pauses
    from aligner.align.activity import Envelope
    from aligner.audio import load_audio
    with open(path, "rb") as f:
        kept = pickle.load(f)
    audio = load_audio(kept["audio"])
    env = Envelope(audio)
    truth, groups = kept["truth"], kept["groups"]
    line_of = {i: (k, i == idx[0], i == idx[-1]) for k, idx in enumerate(groups) for i in idx}
    rows = []
    for call in kept["calls"]:
        items, (t0, t1, never_late), idx = call["items"], call["t"], call["indices"]
        before = [(it.segment.start, it.segment.end) for it in items]
        heard = [pauses._heard_start(it) for it in items]
        why = _reasons(pauses, items, env, t0, t1)
        twin = copy.deepcopy(items)
        pauses.joins_into_dips(twin, env, t0, t1, never_late=never_late, audio=audio)
        if base is not None:
            other = copy.deepcopy(items)
            base(other, env, t0, t1, **_rule_args(base, never_late, audio))
            call["after"] = [(it.segment.start, it.segment.end) for it in other]
        for j in range(1, len(idx)):
            (k0, _, last0), (k1, first1, _) = line_of[idx[j - 1]], line_of[idx[j]]
            if k1 != k0 + 1 or not (last0 and first1):
                continue
            t0_, t1_ = truth[k0], truth[k1]
            if t0_.get("start") is None or t1_.get("start") is None or t0_.get("affected") or t1_.get("affected"):
                continue
            te, ts = t0_["end"], t1_["start"]

            def err(x, t):
                return None if x is None else round(x - t, 3)

            rows.append({"case": path.stem, "line": k1,
                         "words": f"{t0_['text'].split()[-1]}|{' '.join(t1_['text'].split()[:2])}",
                         "gap": round(ts - te, 3), "truth": [te, ts],
                         "phone": [err(before[j - 1][1], te), err(before[j][0], ts)], "heard": err(heard[j], ts),
                         "base": [err(call["after"][j - 1][1], te), err(call["after"][j][0], ts)]
                         if "after" in call else None,
                         "rule": [err(twin[j - 1].segment.end, te), err(twin[j].segment.start, ts)],
                         "final": [None, None], "why": why[j]})
    return rows


def table(rows: list[dict], every: bool) -> None:
    print(f"{'case':28s} {'line':>4s} {'words':28s} {'gap':>6s}  {'phone end/start':>15s} {'heard':>6s}  "
          f"{'base':>13s}  {'rule':>13s}  {'final':>13s}")

    def ms(p):
        return "/".join("   -" if x is None else f"{1000 * x:+5.0f}" for x in p)

    for r in rows:
        if not every and r.get("base") == r["rule"]:
            continue
        heard = "     -" if r["heard"] is None else f"{1000 * r['heard']:+6.0f}"
        print(f"{r['case'][:28]:28s} {r['line']:4d} {r['words'][:28]:28s} {1000 * r['gap']:5.0f}  "
              f"{ms(r['phone']):>15s} {heard}  "
              f"{ms(r.get('base') or [None, None]):>13s}  {ms(r['rule']):>13s}  {ms(r['final']):>13s}  {r.get('why', '')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", nargs="+", metavar="PATTERN")
    ap.add_argument("--base", metavar="REV", help="also run the join rule of this commit on the same items")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--model", default=None, help="as the CLI's --model (default: the bundled tiny.en)")
    ap.add_argument("--dump", type=Path, help="keep each case's items as the join rule got them (for --replay)")
    ap.add_argument("--replay", type=Path, help="run this worktree's join rule again on items kept by --dump")
    ap.add_argument("--table", type=Path, help="print a trace written by --out")
    ap.add_argument("--all", action="store_true", help="with --table: every join, not only those the rules differ on")
    a = ap.parse_args()
    if a.table:
        table(json.loads(a.table.read_text(encoding="utf-8")), a.all)
        return
    if a.replay:
        base = base_rule(a.base) if a.base else None
        rows = []
        for f in sorted(a.replay.glob("*.pkl")):
            if not a.cases or any(fnmatch.fnmatchcase(f.stem, p) for p in a.cases):
                rows += replay(f, base)
        if a.out:
            a.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        table(rows, every=a.all)
        return
    known = cases.all_case_names(long60=False)
    names = [n for n in known if any(fnmatch.fnmatchcase(n, p) for p in a.cases or [])]
    refused = [p for p in a.cases or [] if any(fnmatch.fnmatchcase(n, p) for n in
                                                cases.HELDOUT + cases.ASIDE + cases.ASIDE2 + cases.ASIDE3)]
    if refused or not names:
        raise SystemExit(f"development cases only; none matched or refused: {', '.join(a.cases or [])}")
    tr = Tracer(base_rule(a.base) if a.base else None)
    tr.dump = a.dump
    tr.install()
    rows = []
    for name in names:
        got = run_case(tr, name, a.model)
        rows += got
        print(f"{name}: {len(got)} sentence boundaries", file=sys.stderr)
    if a.out:
        a.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    table(rows, every=True)


if __name__ == "__main__":
    main()
