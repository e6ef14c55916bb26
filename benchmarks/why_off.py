#!/usr/bin/env python3
"""Why is a segment far off?  Which stage put it there, and what run-time evidence could have told.

Runs the engine in this process over cases (the model is loaded once) with light wrappers around its
stages, and records every segment's bounds after each of them:

    place     first placement (recognition matched to the transcript, gaps filled: placement.py)
    again     placement after listening again around sentences Whisper missed (listen_again.py), if any
    told      placement after hearing the stretch again told its text (hear_the_text.py), if that was kept
    forced    after lines were forced onto their sound (forced.py, unheard_runs.py), if any moved
    refine<   what the phone pass starts from (after forcing, if that ran)
    phone     after the phone-level pass (phonetic.py via boundaries.py)
    final     what the user gets (energy snapping, overlaps resolved, unheard segments re-placed)

For each far-off segment (final error > 200 ms) it names the first stage whose error at that edge was
already more than 100 ms: the stage to fix.  It also writes, per segment and per edge, the evidence
confidence.py can read at run time (how the edge word was placed, Whisper's probability for it, the
phone pass's fit and how far it moved the word, the pause beside the edge, the segment's length against
the talk's speaking rate), so ``--table`` can show which evidence separates the far-off segments from the
right ones over *all* segments, not case by case.

    .venv/bin/python benchmarks/why_off.py --cases 'trap*' --out benchmarks/out/why-dev.json
    .venv/bin/python benchmarks/why_off.py --table benchmarks/out/why-dev.json

Development cases and the aside sets already looked at (``cases.SEEN_ASIDE``); the aside set not yet looked at
(``cases.UNSEEN_ASIDE_PREFIXES``) is refused: the lead looks at it only through run.py, once, to report.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402

FAR, OFF = 0.2, 0.1


def _bounds(items) -> list[tuple]:
    return [(it.segment.start, it.segment.end) for it in items]


#: The engine's stages that place a stretch again (returning ``(words, placement, ...)``), and the stage name each
#: is recorded under; and those that force lines of a placement onto their sound in place.
STAGE_OF = {"listen_and_place": "again", "hear_the_text": "told"}
RELISTENS = tuple(STAGE_OF)
FORCINGS = ("place_by_forcing", "force_unheard_runs", "force_english_runs")


class Recorder:
    """Wraps the engine's stage functions; keeps, per document segment, its bounds after each stage.  The stages that
    place a stretch are called from :mod:`aligner.align.stretch_placing`, refining and scoring from the engine."""

    def __init__(self):
        from aligner.align import boundaries, engine, stretch_placing
        self.engine, self.placing, self.boundaries = engine, stretch_placing, boundaries
        self.stages: dict[int, dict[str, tuple]] = {}
        self.evidence: dict[int, dict] = {}
        self.indices_of: dict[int, list[int]] = {}  # id(items) -> document indices
        self._calls: dict[int, int] = {}
        self._orig = {n: getattr(engine, n) for n in ("refine_stretch", "finish_segment", "surroundings")}
        self._orig.update({n: getattr(stretch_placing, n) for n in ("place_stretch",) + RELISTENS + FORCINGS})
        self._orig_snap = boundaries.snap_to_sound
        self._current_finish: list = []

    def install(self) -> None:
        e, s, b, rec = self.engine, self.placing, self.boundaries, self

        def place(doc, st, heard, env, language="en", **kw):
            p = rec._orig["place_stretch"](doc, st, heard, env, language, **kw)
            n = rec._calls.get(id(st), 0)
            rec._calls[id(st)] = n + 1
            for i, bd in zip(st.indices, _bounds(p.items)):
                rec.stages.setdefault(i, {})["place" if n == 0 else "again"] = bd
            rec.indices_of[id(p.items)] = list(st.indices)
            rec._rate = p.placer.rate
            return p

        def refine(items, audio, env, t0, t1, **kw):
            idx = rec.indices_of.get(id(items), [])
            for i, bd in zip(idx, _bounds(items)):
                rec.stages.setdefault(i, {})["refine<"] = bd
            rec._refining = idx
            return rec._orig["refine_stretch"](items, audio, env, t0, t1, **kw)

        def snap(items, env, t0, t1, skip=(), **kw):
            for i, bd in zip(getattr(rec, "_refining", []), _bounds(items)):
                rec.stages.setdefault(i, {})["phone"] = bd
            return rec._orig_snap(items, env, t0, t1, skip=skip, **kw)

        def surroundings(items, k, found, env, st, *more):
            out = rec._orig["surroundings"](items, k, found, env, st, *more)
            rec._current_finish.append((st.indices[k], items, k, env, st, out))
            return out

        def finish(item, *args):
            seg = rec._orig["finish_segment"](item, *args)
            i, items, k, env, st, surr = rec._current_finish.pop()
            rec.stages.setdefault(i, {})["final"] = (seg.start, seg.end)
            rec.evidence[i] = _evidence(item, seg, items, k, env, st, surr, getattr(rec, "_rate", 0.065))
            return seg

        def relisten(name):
            def wrapped(doc, st, *args, **kw):
                out = rec._orig[name](doc, st, *args, **kw)
                placement = out[1]  # (words, placement, ...): the stretch placed again
                for i, bd in zip(st.indices, _bounds(placement.items)):
                    rec.stages.setdefault(i, {})[STAGE_OF[name]] = bd
                rec.indices_of[id(placement.items)] = list(st.indices)
                return out
            return wrapped

        def forcing(name):
            def wrapped(items, *args, **kw):
                out = rec._orig[name](items, *args, **kw)
                for i, bd in zip(rec.indices_of.get(id(items), []), _bounds(items)):
                    rec.stages.setdefault(i, {})["forced"] = bd
                return out
            return wrapped

        e.refine_stretch, e.finish_segment, e.surroundings = refine, finish, surroundings
        s.place_stretch = place
        for name in RELISTENS:
            setattr(s, name, relisten(name))
        for name in FORCINGS:
            setattr(s, name, forcing(name))
        b.snap_to_sound = snap

    def reset(self) -> None:
        self.stages, self.evidence, self.indices_of, self._calls = {}, {}, {}, {}


def _edge(item, k: int) -> dict:
    s = item.segment
    w = s.words[k]
    moved = item.moved[k] if item.moved and k < len(item.moved) else None
    fit = item.acoustic[k] if item.acoustic and k < len(item.acoustic) else None
    return {"word": w.text, "how": item.hows[k], "prob": w.probability, "fit": fit,
            "moved": list(moved) if moved else None, "dur": (w.end - w.start) if w.timed else None}


def _evidence(item, seg, items, k, env, st, surr, rate) -> dict:
    from aligner.align.confidence import detached_edges, pulled_out
    s = item.segment
    spoken = [n for n, (w, h) in enumerate(zip(s.words, item.hows)) if h is not None and w.timed and not w.cue]
    ev = {"conf": seg.confidence, "flags": sorted(seg.flags), "pause_before": surr[0], "pause_after": surr[1],
          "interrupted": surr[2], "detached": surr[3], "pulled_out": pulled_out(item)}
    if spoken:
        ev["first"], ev["last"] = _edge(item, spoken[0]), _edge(item, spoken[-1])
        chars = sum(len(w.text) + 1 for w in s.words if not w.cue)
        ev["dur_ratio"] = (s.end - s.start) / max(1e-3, chars * rate) if s.timed else None
        ev["hows"] = [h for h in item.hows if h is not None]
        ev["words"] = [_edge(item, n) | {"start": s.words[n].start, "end": s.words[n].end} for n in spoken]
    if s.timed:
        thr = env.threshold(s.start, s.end)

        def level(a, b):
            fa, fb = env.frame(a), env.frame(b)
            return float(env.db[fa:fb].mean()) - thr if fb > fa else None
        ev["db_out_start"], ev["db_in_start"] = level(s.start - 0.08, s.start - 0.01), level(s.start, s.start + 0.08)
        ev["db_out_end"], ev["db_in_end"] = level(s.end + 0.01, s.end + 0.08), level(s.end - 0.08, s.end)
        lo = items[k - 1].segment.end if k and items[k - 1].segment.timed else st.t0
        hi = items[k + 1].segment.start if k + 1 < len(items) and items[k + 1].segment.timed else st.t1
        ev["gap_before"], ev["gap_after"] = s.start - lo, hi - s.end
        ev["detached_edges"] = list(detached_edges(item, lo, hi))
    return ev


def run_case(rec: Recorder, name: str, model) -> list[dict]:
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.formats import read_transcript
    d = cases.ensure_case(name, log=lambda m: print(m, file=sys.stderr))
    meta = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    truth = [t for t in meta["segments"] if t.get("in_transcript", True) is not False]
    doc = read_transcript(str(d / "transcript.txt"))
    # the file run.py gives ours: an encoded case's own file (RealAudio, MP3...), decoded as the CLI decodes it --
    # audio.wav is what the peers get, and aligning it instead staged a different talk
    audio = load_audio(str(d / meta.get("audio_file", "audio.wav")))
    rec.reset()
    align(doc, audio, AlignOptions(model=model))
    rows = []
    groups = _groups([t["text"] for t in truth], [seg.text for seg in doc.segments], doc.source_format)
    if groups is None:
        print(f"{name}: transcript lines and segments do not line up: skipped", file=sys.stderr)
        return rows
    for t, idx in zip(truth, groups):
        if t.get("start") is None or t.get("spoken", True) is False or t.get("affected"):
            continue
        a, b = idx[0], idx[-1]
        sa, sb = rec.stages.get(a, {}), rec.stages.get(b, {})
        errs = {k: [None if sa[k][0] is None else sa[k][0] - t["start"],
                    None if sb[k][1] is None else sb[k][1] - t["end"]] for k in sa if k in sb}
        ea, eb = rec.evidence.get(a, {}), rec.evidence.get(b, {})
        ev = dict(ea)
        for key in ("last", "pause_after", "db_out_end", "db_in_end", "gap_after"):
            if key in eb:
                ev[key] = eb[key]
        if len(idx) > 1:
            ev["words"] = ea.get("words", []) + eb.get("words", [])
            ev["conf"] = min(x for x in (ea.get("conf"), eb.get("conf")) if x is not None)
        rows.append({"case": name, "i": a, "segments": idx, "text": t["text"], "truth": [t["start"], t["end"]],
                     "errors": errs, **ev})
    return rows


def _groups(lines: list[str], segments: list[str], source_format: str | None = None):
    """Which document segments make up each transcript line (the reader splits a line into sentences).

    A truth line is the transcript's line as written -- a ``- `` turn's dash, a speaker's name -- and the segments
    are what the reader kept of it, so each line's words are counted as the reader reads them (``_read_words``).
    """
    out, k = [], 0
    for line in lines:
        need, idx = _read_words(line, source_format), []
        while need > 0 and k < len(segments):
            need -= len(segments[k].split())
            idx.append(k)
            k += 1
        if need != 0 or not idx:
            return None
        out.append(idx)
    return out if k == len(segments) else None


def _read_words(line: str, source_format: str | None) -> int:
    """How many words of one transcript line the reader keeps, read as the whole transcript was (a running text's
    format; a subtitle or table line guessed on its own).  A line the reader refuses counts as written."""
    from aligner.formats import parse_transcript
    from aligner.errors import TranscriptError
    text_format = source_format if source_format in ("txt", "web") else None
    try:
        return sum(len(seg.text.split()) for seg in parse_transcript(line, format=text_format).segments)
    except TranscriptError:
        return len(line.split())


ORDER = ["place", "again", "told", "forced", "refine<", "phone", "final"]


def culprit(row: dict, edge: int) -> str:
    """The stage from which on this edge stayed more than OFF away from the truth (later stages did not
    bring it back): where it went wrong, or the first stage that failed to put it right."""
    found = "-"
    for stage in ORDER:
        e = row["errors"].get(stage)
        if not e or e[edge] is None:
            continue
        if abs(e[edge]) > OFF:
            found = stage if found == "-" else found
        else:
            found = "-"
    return found


def report(rows: list[dict]) -> None:
    far = [r for r in rows if "final" in r["errors"] and max(abs(x) for x in r["errors"]["final"]) > FAR]
    print(f"{len(rows)} segments, {len(far)} more than {FAR * 1000:.0f} ms off\n")
    print("| case | segment | conf | start err per stage (ms) | end err per stage (ms) | culprit start / end |")
    print("|---|---|---|---|---|---|")
    for r in far:
        def path(edge):
            return " > ".join(f"{s}:{1000 * r['errors'][s][edge]:+.0f}" for s in ORDER
                              if s in r["errors"] and r["errors"][s][edge] is not None)
        print(f"| {r['case']} | {r['i']} {r['text'][:40]!r} | {r.get('conf')} | {path(0)} | {path(1)} | "
              f"{culprit(r, 0)} / {culprit(r, 1)} |")


_NEIGHBOURS: dict = {}


def _neighbour_misfit(r: dict, e: int) -> bool:
    nb = _NEIGHBOURS.get((r["case"], r["segments"][0] - 1 if e == 0 else r["segments"][-1] + 1))
    gap = r.get("gap_before" if e == 0 else "gap_after")
    if not nb or "first" not in nb or gap is None or gap >= 0.12:
        return False
    fit = nb["last" if e == 0 else "first"]["fit"]
    return fit is not None and fit < 0.15


def table(rows: list[dict]) -> None:
    """Evidence per edge, far-off edges against the rest: which run-time signal separates them?"""
    from aligner.align.confidence import phone_count
    def err(r, edge):
        return abs(r["errors"]["final"][edge])
    feats = {
        "edge word not heard (voiced/substituted/unheard)": lambda r, e, w: w["how"] not in ("exact", "fuzzy"),
        "Whisper prob < 0.5": lambda r, e, w: (w["prob"] or 0) < 0.5,
        "phone fit < 0.15": lambda r, e, w: w["fit"] is not None and w["fit"] < 0.15,
        "phone fit None (not refined)": lambda r, e, w: w["fit"] is None,
        "phone pass moved edge > 0.3 s": lambda r, e, w: bool(w["moved"]) and abs(w["moved"][e]) > 0.3,
        "edge word > 0.8 s long": lambda r, e, w: (w["dur"] or 0) > 0.8,
        "no quiet pause beside edge": lambda r, e, w: not r["pause_before" if e == 0 else "pause_after"],
        "sound just outside the edge (> thr)": lambda r, e, w: (r.get("db_out_start" if e == 0 else "db_out_end")
                                                                or -99) > 0,
        "segment 1.6x longer than its text at the talk's rate": lambda r, e, w: (r.get("dur_ratio") or 1) > 1.6,
        "segment 0.6x shorter than its text at the talk's rate": lambda r, e, w: (r.get("dur_ratio") or 1) < 0.6,
        # the rules confidence.py uses since this table was made (issue 7, j18)
        "rule: phone pass carried the end > 0.25 s out, no quiet pause beside it":
            lambda r, e, w: e == 1 and bool(w["moved"]) and w["moved"][1] > 0.25 and not r["pause_after"],
        "(rule until j23: the same for starts, no quiet pause before)":
            lambda r, e, w: e == 0 and bool(w["moved"]) and -w["moved"][0] > 0.25 and not r["pause_before"],
        "rule: start carried > 0.25 s back, its word > 0.16 s a phone": lambda r, e, w: e == 0 and
            bool(w["moved"]) and -w["moved"][0] > 0.25 and (w["dur"] or 0) > 0.16 * phone_count(w["word"]),
        "rule: start whose first 80 ms are 6 dB under the level of sound": lambda r, e, w: e == 0 and
            (r.get("db_in_start") or 0) < -6,
        "rule: touching a neighbour whose word at the boundary does not fit": lambda r, e, w: _neighbour_misfit(r, e),
    }
    for r in rows:
        _NEIGHBOURS[(r["case"], r["segments"][0])] = _NEIGHBOURS[(r["case"], r["segments"][-1])] = r
    edges = [(r, e, r["first" if e == 0 else "last"]) for r in rows if "final" in r["errors"] and "first" in r
             for e in (0, 1) if r["errors"]["final"][e] is not None]
    far = [x for x in edges if err(x[0], x[1]) > FAR]
    near = [x for x in edges if err(x[0], x[1]) <= OFF]
    print(f"{len(edges)} edges: {len(far)} more than {FAR * 1000:.0f} ms off, {len(near)} within {OFF * 1000:.0f} ms\n")
    print("| evidence at the edge | share of far-off edges | share of edges within 100 ms |")
    print("|---|---|---|")
    for name, f in feats.items():
        a = sum(1 for x in far if f(*x)) / max(1, len(far))
        b = sum(1 for x in near if f(*x)) / max(1, len(near))
        print(f"| {name} | {a:.0%} | {b:.1%} |")
    conf_far = [x[0]["conf"] for x in far]
    if conf_far:
        print(f"\nconfidence of far-off edges' segments: median {statistics.median(conf_far):.2f}")


def _plain(value):
    """numpy scalars (a pause test's np.bool_, a level's np.float32) as JSON values."""
    return value.item()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", nargs="+", default=[], metavar="PATTERN")
    ap.add_argument("--out", type=Path, help="write every row (JSON) here")
    ap.add_argument("--table", type=Path, nargs="+", help="print the report and evidence table of earlier --out files")
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    if a.table:
        rows = [r for p in a.table for r in json.loads(p.read_text(encoding="utf-8"))]
        report(rows)
        print()
        table(rows)
        return
    rec = Recorder()
    rec.install()
    report(run_named_cases(a.cases, lambda n: run_case(rec, n, a.model), a.out))


def run_named_cases(patterns: list[str], run_one, out: Path | None) -> list[dict]:
    """Every development case (and seen aside case) matching ``patterns``, run by ``run_one(name) -> rows``; the
    rows so far written to ``out`` after each case.  The aside set not yet looked at is refused (word_stages.py
    runs its cases through this too)."""
    languages = [n for k, v in vars(cases).items() if k.startswith("LANG") and k.endswith("_DEV") for n in v]
    known = [n for n in cases.all_case_names() + cases.SEEN_ASIDE + languages if n != "long_mix"]
    names = [n for n in known if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
    if any(cases.is_unseen_aside(p) for p in patterns):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py / bench_languages.py")
    rows: list[dict] = []
    for n in names:
        print(f"{n} ...", file=sys.stderr)
        rows += run_one(n)
        if out:
            out.write_text(json.dumps(rows, indent=1, default=_plain), encoding="utf-8")
    return rows


if __name__ == "__main__":
    main()
