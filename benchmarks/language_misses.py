#!/usr/bin/env python3
"""Which language-case boundaries are off, on which side, and which stage put them there.

``why_off.py`` does this for the English cases; this is the same look at the *dev* language talks
(language_cases.py).  The engine (the current directory's, :mod:`engine_under_test`) runs in this process
with no flags (language detected, model chosen by it, as ``bench_languages.py`` runs the CLI) and each talk's
recognition is kept in ``--cache`` (a pickle per talk), so a change to placement, the phone pass or the pause pass is measured on the very
same Whisper words before and after.  For every line boundary more than ``--off`` s from the truth it
prints the side (start / end), the signed error after each stage:

    place    placement from Whisper's words (and listening again / forcing)
    pocketsphinx  the phone pass's own forced alignment (its chunks' word edges, before the energy passes)
    extend   after ``boundaries.extend_to_sound`` (sound that runs on past a phone-placed edge)
    phone    after the phone pass (``refine_stretch``: with ``follow_last_sounds``), before the pause pass
    final    what the user gets

and whether the phone pass placed that segment (its fit), the edge word, Whisper's word nearest the
edge, and the level (dB over the talk's noise floor) just outside and inside the edge.  The pooled
table at the end is the languages table's (within 100 ms, median, signed start / end medians, > 1 s).

    .venv/bin/python benchmarks/language_misses.py --langs fr --kinds spoiledreal,tightmore

Dev only: the held-out set is refused (look at it once, through bench_languages.py, to report).
``--folders`` looks at built language cases of the *seen* aside sets instead (their folders in
benchmarks/out/cases, e.g. ``qx_es_tux_quiet_buzz``); the unseen set's (``cases.UNSEEN_ASIDE_PREFIXES``) is refused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from engine_under_test import describe, engine_root, use_in_process  # noqa: E402

use_in_process(engine_root())  # the current directory's engine, as run.py and bench_languages.py run it

import cases  # noqa: E402
import language_cases  # noqa: E402


class Stages:
    """Light wrappers around the engine's stages: every segment's bounds after placing, the phone pass and at the end."""

    def __init__(self, cache: Path):
        from aligner.align import boundaries, engine
        self.engine, self.boundaries, self.cache, self.key = engine, boundaries, cache, None
        self.bounds: dict[str, list] = {}
        self.fits: list = []
        self._inside: dict[str, list] = {}
        self._orig = {n: getattr(engine, n) for n in ("recognize", "refine_stretch")}
        self._orig.update(refine=boundaries.PhoneticRefiner.refine, extend_to_sound=boundaries.extend_to_sound)
        # the phone pass's chunks in this process: its own step is then seen (helper processes would align them apart)
        boundaries.PARALLEL_FROM = float("inf")

    def install(self) -> None:
        e, me = self.engine, self

        def recognize(model, audio, env, intervals, language, *a, **kw):
            path = me.cache / f"{me.key}.pkl"
            if path.exists():
                return pickle.loads(path.read_bytes())
            out = me._orig["recognize"](model, audio, env, intervals, language, *a, **kw)
            path.write_bytes(pickle.dumps(out))
            return out

        def refine(items, audio, env, t0, t1, **kw):
            me.bounds["place"] = me.bounds.get("place", []) + [(i.segment.start, i.segment.end) for i in items]
            me._inside = {}
            out = me._orig["refine_stretch"](items, audio, env, t0, t1, **kw)
            for name in ("pocketsphinx", "extend"):  # None where that step did not run on this stretch
                me.bounds[name] = me.bounds.get(name, []) + me._inside.get(name, [(None, None)] * len(items))
            me.bounds["phone"] = me.bounds.get("phone", []) + [(i.segment.start, i.segment.end) for i in items]
            me.fits += [[f for f in i.acoustic if f is not None] for i in items]
            return out

        def pocketsphinx(refiner, items, *a, **kw):
            out = me._orig["refine"](refiner, items, *a, **kw)
            me._inside["pocketsphinx"] = [(i.segment.start, i.segment.end) for i in items]
            return out

        def extend(items, *a, **kw):
            out = me._orig["extend_to_sound"](items, *a, **kw)
            me._inside["extend"] = [(i.segment.start, i.segment.end) for i in items]
            return out

        e.recognize, e.refine_stretch = recognize, refine
        self.boundaries.PhoneticRefiner.refine, self.boundaries.extend_to_sound = pocketsphinx, extend

    def reset(self, key: str) -> None:
        self.key, self.bounds, self.fits = key, {}, []


def _lines(segments, lines: list[str]) -> list[list[int]]:
    """Which output segments make up each transcript line (the reader may cut a line into sentences)."""
    from bench_languages import _letters
    out, k = [], 0
    for line in lines:
        want, got, idx = _letters(line), "", []
        while k < len(segments) and len(got) < len(want):
            got += _letters(segments[k].text)
            idx.append(k)
            k += 1
        out.append(idx)
    return out


class FolderCase:
    """A built case folder (audio.wav, transcript.txt, truth.json) in the shape :func:`run_case` reads."""

    def __init__(self, folder: Path):
        if cases.is_unseen_aside(folder.name):
            sys.exit(f"{folder.name}: an unseen aside set; only the lead runs it, once")
        self.folder, self.name = folder, folder.name
        self.segments = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["segments"]

    def write(self, _folder: Path) -> tuple[Path, Path]:
        return self.folder / "audio.wav", self.folder / "transcript.txt"


def run_case(st: Stages, case, folder: Path, heard_at) -> list[dict]:
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.formats import read_transcript
    wav, txt = case.write(folder)
    st.reset(f"{case.name}-{hashlib.sha1(wav.read_bytes()).hexdigest()[:10]}")
    doc = read_transcript(str(txt))
    audio = load_audio(str(wav))
    result = align(doc, audio, AlignOptions())
    heard = pickle.loads((st.cache / f"{st.key}.pkl").read_bytes())[0]
    from aligner.align.activity import Envelope
    env = Envelope(audio)
    floor = float(sorted(env.db)[len(env.db) // 10])
    rows = []
    for n, (truth, idx) in enumerate(zip(case.segments, _lines(result.segments, [s["text"] for s in case.segments]))):
        a, b = idx[0], idx[-1]
        for side, k, t in (("start", a, truth["start"]), ("end", b, truth["end"])):
            col = 0 if side == "start" else 1
            got = result.segments[k].start if side == "start" else result.segments[k].end
            stages = {name: (v[k][col] - t if k < len(v) and v[k][col] is not None else None)
                      for name, v in st.bounds.items()}
            words = [w for w in result.segments[k].words if w.timed]
            edge_word = (words[0] if side == "start" else words[-1]).text if words else ""
            near = min(heard, key=lambda w: abs((w.start if side == "start" else w.end) - t), default=None)

            def level(x0, x1):
                f0, f1 = env.frame(x0), env.frame(x1)
                return float(env.db[f0:f1].mean()) - floor if f1 > f0 else float("nan")
            out_db = level(got - 0.08, got) if side == "start" else level(got, got + 0.08)
            in_db = level(got, got + 0.08) if side == "start" else level(got - 0.08, got)
            rows.append({"case": case.name, "line": n, "side": side, "error": None if got is None else got - t,
                         "stages": stages, "fit": st.fits[k] if k < len(st.fits) else [], "word": edge_word,
                         "whisper": None if near is None else [near.text, round(near.start - t, 3),
                                                               round(near.end - t, 3)],
                         "db_out": out_db, "db_in": in_db, "gap_before": truth["start"] - case.segments[n - 1]["end"]
                         if n and side == "start" else None,
                         "gap_after": case.segments[n + 1]["start"] - truth["end"]
                         if side == "end" and n + 1 < len(case.segments) else None})
    return rows


def table(rows: list[dict]) -> None:
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["case"].rsplit("_", 1)[0], []).append(r)
    print(f"{'talks':<20}{'n':>5}{'<=100ms':>9}{'median':>8}{'start':>7}{'end':>7}{'>1s':>5}")
    for name, rs in sorted(groups.items()) + [("pooled", rows)]:
        e = [r["error"] for r in rs if r["error"] is not None]
        s = [r["error"] for r in rs if r["side"] == "start" and r["error"] is not None]
        n = [r["error"] for r in rs if r["side"] == "end" and r["error"] is not None]
        within = sum(abs(x) <= 0.1 for x in e) / max(1, len(rs))
        print(f"{name:<20}{len(rs):>5}{within:>8.0%} {statistics.median(map(abs, e)) * 1000:>6.0f} "
              f"{statistics.median(s) * 1000:>+6.0f} {statistics.median(n) * 1000:>+6.0f}"
              f"{sum(abs(x) > 1 for x in e) + len(rs) - len(e):>5}")


def listing(rows: list[dict], off: float) -> None:
    for r in rows:
        if r["error"] is not None and abs(r["error"]) <= off:
            continue
        st = " ".join(f"{k} {v * 1000:+.0f}" for k, v in r["stages"].items() if v is not None)
        fit = ("fit " + ",".join(f"{f:.2f}" for f in r["fit"][:3])) if r["fit"] else "not placed by phones"
        w = r["whisper"] or ["(no word heard)", float("nan"), float("nan")]
        gap = r["gap_before"] if r["side"] == "start" else r["gap_after"]
        print(f"{r['case']:<22} line {r['line']:>2} {r['side']:<5} {r['error'] * 1000:+6.0f} ms | {st} | {fit} | "
              f"word '{r['word']}' | whisper '{w[0]}' {w[1] * 1000:+.0f}/{w[2] * 1000:+.0f} | "
              f"out {r['db_out']:.0f} in {r['db_in']:.0f} dB | true gap {'' if gap is None else f'{gap * 1000:.0f}'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--langs", default="fr")
    ap.add_argument("--kinds", default="spoiledreal,spoiledtight,tightmore,rate")
    ap.add_argument("--set", default="dev")
    ap.add_argument("--off", type=float, default=0.1, help="list boundaries further than this (s)")
    ap.add_argument("--cache", type=Path, default=HERE / "out" / "language-recognition")
    ap.add_argument("--json", type=Path, help="also write every boundary's row here")
    ap.add_argument("--log", action="store_true", help="log the phone pass's chunk verdicts")
    ap.add_argument("--folders", type=Path, nargs="+", help="built case folders of seen aside sets instead")
    args = ap.parse_args()
    if args.log:
        import logging
        logging.basicConfig(level=logging.WARNING, format="%(message)s")
        logging.getLogger("aligner.align.boundaries").setLevel(logging.DEBUG)
    if args.set != "dev":
        sys.exit("dev only: look at the held-out talks once, through bench_languages.py, to report")
    print(describe(engine_root()), file=sys.stderr)
    args.cache.mkdir(parents=True, exist_ok=True)
    folder = args.cache / "talks"
    folder.mkdir(exist_ok=True)
    st = Stages(args.cache)
    st.install()
    rows = []
    todo = ([FolderCase(f) for f in args.folders] if args.folders else
            language_cases.cases("dev", args.langs.split(","), args.kinds.split(",")))
    for case in todo:
        if args.log:
            print(f"-- {case.name}", file=sys.stderr)
        rows += run_case(st, case, folder, None)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    listing(rows, args.off)
    table(rows)
    from dry_ends import stage_table  # which stage left the ends where they are
    stage_table([r for r in rows if r["side"] == "end"], lambda r: 0.0, "the truth as built")


if __name__ == "__main__":
    main()
