#!/usr/bin/env python3
"""Which stage put a word's edge inside a line off: the phone pass's search, its edge rules, or the line rules after.

Runs the engine in this process over cases with word truth (the model loaded once, the phone pass's chunks aligned
here, not in helper processes, so they can be watched) and records, for every word the phone pass placed:

    search   the edge pocketsphinx's search gave (the frame its first or last token's segment starts or ends on)
    judged   the edge after the phone pass's own edge rules (:meth:`.phonetic.PhoneticAligner._judge`: edges
             beside a silence tightened onto the sound, a join split at its dip, a closure joined to its word)
    applied  after the refiner applied it (:mod:`.silent_onsets` joins a closure the search took for a pause)
    final    what the user gets (the line rules move a line's first and last word; energy snapping elsewhere)

Each truth word edge is scored at each stage; a word no accepted chunk placed counts as ``unrefined``.  The
report groups the edges off by more than 50 ms in the end by the first stage that had them off, and by the
edge's kind (``word_errors.py``'s context and sound), so the biggest cause shows across cases, not case by case.

    .venv/bin/python benchmarks/word_stages.py --cases 'gy_f*' 'ix_f*' --out benchmarks/out/stages.json
    .venv/bin/python benchmarks/word_stages.py --table benchmarks/out/stages.json
    .venv/bin/python benchmarks/word_stages.py --table benchmarks/out/stages.json --truth benchmarks/out/flite-truth

``--truth DIR``: the rows scored against the truth of ``DIR/CASE/truth.json`` where there is one (the flite words
re-derived by ``flite_pause_truth.py``), the built case's elsewhere.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import why_off  # noqa: E402
import word_errors  # noqa: E402

OFF = 0.05
PATH_AROUND = 0.4  #: seconds of the search's path kept on either side of each word (its neighbours, fillers)
FILLERS = ("<sil>", "[NOISE]", "[SPEECH]")
STAGES = ("search", "judged", "applied", "final")


class ChunkWatcher:
    """Wraps the refiner's ``_apply``: keeps, per word the phone pass placed, its edges at each of its steps."""

    def __init__(self):
        from aligner.align import boundaries
        self.boundaries = boundaries
        self.words: list[dict] = []
        self._orig_apply = boundaries.PhoneticRefiner._apply

    def install(self) -> None:
        from aligner.align.phonetic import _CONTEXT, _FILLERS
        b, watcher = self.boundaries, self
        b.PARALLEL_FROM = float("inf")  # every chunk aligned in this process

        def apply(items, chunk, result, offset, silent_onsets=False):
            own = [(w, a, z) for w, a, z in result.segments if w not in _FILLERS and not w.startswith(_CONTEXT)]
            before = [[(w.start, w.end) for w in items[k].segment.words] for k in chunk.members]
            watcher._orig_apply(items, chunk, result, offset, silent_onsets)
            n = tok = 0
            for k, was in zip(chunk.members, before):
                s = items[k].segment
                for i, tokens in enumerate(b.phone_tokens(s)):
                    timing = result.words[n]
                    n += 1
                    if timing is None or not tokens:
                        tok += len(tokens)
                        continue
                    mine = own[tok:tok + len(tokens)]
                    tok += len(tokens)
                    w = s.words[i]
                    near = [(sw, round(offset + a, 3), round(offset + z, 3)) for sw, a, z in result.segments
                                            if a < mine[-1][2] + PATH_AROUND and z > mine[0][1] - PATH_AROUND]
                    watcher.words.append({"word": w.text, "search": (offset + mine[0][1], offset + mine[-1][2]),
                                          "path": near, "judged": (offset + timing.start, offset + timing.end),
                                          "applied": (w.start, w.end), "placed": was[i]})

        b.PhoneticRefiner._apply = staticmethod(apply)


def _norm(text: str) -> str:
    return word_errors._norm(text)


def run_case(watcher: ChunkWatcher, name: str, model) -> list[dict]:
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.formats import read_transcript
    d = cases.ensure_case(name, log=lambda m: print(m, file=sys.stderr))
    meta = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    truth = [w for w in meta.get("words") or [] if w.get("start") is not None and w.get("end") is not None]
    if not truth:
        return []
    doc = read_transcript(str(d / "transcript.txt"))
    audio = load_audio(str(d / meta.get("audio_file", "audio.wav")))
    watcher.words = []
    result = align(doc, audio, AlignOptions(model=model))
    final = [w for s in result.segments for w in s.words if w.timed and not w.cue]
    watched = list(watcher.words)
    cmu = word_errors._dictionary()
    rows = []
    pairs = difflib.SequenceMatcher(a=[_norm(w["word"]) for w in truth], b=[_norm(w.text) for w in final],
                                    autojunk=False).get_matching_blocks()
    for a, b, size in pairs:
        for j in range(size):
            t, f = truth[a + j], final[b + j]
            n = a + j
            # the last record of this word near its final place (a chunk aligned again replaces the earlier one)
            near = [r for r in watched if _norm(r["word"]) == _norm(f.text)
                    and abs(r["applied"][0] - f.start) < 1.0 and abs(r["applied"][1] - f.end) < 1.0]
            rec = min(near, key=lambda r: abs(r["applied"][0] - f.start) + abs(r["applied"][1] - f.end),
                      default=None)
            prev = truth[n - 1] if n and truth[n - 1]["seg"] == t["seg"] else None
            nxt = truth[n + 1] if n + 1 < len(truth) and truth[n + 1]["seg"] == t["seg"] else None
            phones = cmu.get(_norm(t["word"]))
            for e, side in enumerate(("start", "end")):
                neighbour = prev if side == "start" else nxt
                gap = None if neighbour is None else (
                    t["start"] - neighbour["end"] if side == "start" else neighbour["start"] - t["end"])
                row = {"case": name, "word": t["word"], "seg": t["seg"], "side": side, "at": t[side],
                       "context": "line edge" if neighbour is None else (
                           "pause" if gap > word_errors.PAUSE else "joined"),
                       "gap": gap,
                       "sound": word_errors._phone_class(None if phones is None else phones[0 if e == 0 else -1]),
                       "final": (f.start, f.end)[e] - t[side]}
                if rec is not None:
                    for stage in ("placed", "search", "judged", "applied"):
                        row[stage] = rec[stage][e] - t[side]
                    row["path"] = rec["path"]
                rows.append(row)
    return rows


def beside_a_filler(row: dict) -> bool:
    """Whether the search put a silence or noise filler right beside this edge of the word (its path)."""
    path, t = row.get("path") or [], row["at"] + row["search"]
    for n, (w, a, z) in enumerate(path):
        if w not in FILLERS and abs((a if row["side"] == "start" else z) - t) < 0.002:
            m = n - 1 if row["side"] == "start" else n + 1
            return 0 <= m < len(path) and path[m][0] in FILLERS
    return False


def rebased(rows: list[dict], truth_dir: Path) -> list[dict]:
    """``rows`` with every stage's error measured from the truth in ``truth_dir/CASE`` where that case is there."""
    moved: dict[tuple, float] = {}
    for case in {r["case"] for r in rows}:
        other = truth_dir / case / "truth.json"
        if not other.exists():
            continue
        built = json.loads((cases.case_dir(case) / "truth.json").read_text(encoding="utf-8"))["words"]
        for a, b in zip(built, json.loads(other.read_text(encoding="utf-8"))["words"]):
            for side in ("start", "end"):
                moved[(case, a["seg"], a["word"], side, a[side])] = b[side] - a[side]
    out = []
    for r in rows:
        shift = moved.get((r["case"], r["seg"], r["word"], r["side"], r["at"]), 0.0)
        row = dict(r, at=r["at"] + shift, **{s: r[s] - shift for s in ("final", "placed") + STAGES if s in r})
        if r["gap"] is not None and shift:  # the pause beside the edge grows as the edge moves off it
            row["gap"] = r["gap"] + (shift if r["side"] == "start" else -shift)
            row["context"] = "pause" if row["gap"] > word_errors.PAUSE else "joined"
        out.append(row)
    return out


def first_off(row: dict) -> str:
    """The first stage whose error at this edge was already more than 50 ms (the edge is off in the end)."""
    if "search" not in row:
        return "unrefined"
    for stage in STAGES:
        if abs(row[stage]) > OFF:
            return stage
    return "final"


def _table(header: list[str], lines: list[list]) -> None:
    """One markdown table, after a blank line."""
    print("\n| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for cells in lines:
        print("| " + " | ".join(str(c) for c in cells) + " |")


def report(rows: list[dict]) -> None:
    off = [r for r in rows if abs(r["final"]) > OFF]
    print(f"{len(rows)} edges, {len(off)} off by more than {1000 * OFF:.0f} ms in the end "
          f"({100 * (1 - len(off) / max(1, len(rows))):.1f} % within)")
    by = collections.defaultdict(list)
    for r in off:
        by[first_off(r)].append(r)
    _table(["first stage off", "edges", "early", "late", "of them the search's error within 50 ms of the final"],
           [[stage, len(rs), sum(r["final"] < 0 for r in rs), sum(r["final"] > 0 for r in rs),
             sum(1 for r in rs if "search" in r and abs(r["search"] - r["final"]) <= OFF)]
            for stage, rs in sorted(by.items(), key=lambda p: -len(p[1]))])
    beside = []
    for ctx in ("joined", "pause", "line edge"):
        for filler in (True, False):
            rs = [r for r in rows if r["context"] == ctx and "search" in r and beside_a_filler(r) == filler]
            bad = [r for r in rs if abs(r["final"]) > OFF]
            beside.append([ctx, "a silence" if filler else "a word", len(rs), len(bad),
                           sum(r["final"] < 0 for r in bad), sum(r["final"] > 0 for r in bad)])
    _table(["edge in the truth", "the search put beside it", "edges", "off in the end", "early", "late"], beside)
    kinds = collections.defaultdict(list)
    for r in off:
        kinds[f"{r['side']}, {r['context']}"].append(r)
        kinds[f"{r['side']} on a {r['sound']}"].append(r)
    counts = [(kind, len(rs), collections.Counter(first_off(r) for r in rs))
              for kind, rs in sorted(kinds.items(), key=lambda p: -len(p[1]))]
    _table(["kind (off in the end)", "edges", "search off", "judged made it off", "later made it off", "unrefined"],
           [[kind, n, c["search"], c["judged"], c["applied"] + c["final"], c["unrefined"]] for kind, n, c in counts])
    _table(["case", "word", "side", "context", "sound"] + list(STAGES[:-1]) + ["final (ms)"],
           [[r["case"], r["word"], r["side"], r["context"], r["sound"]]
            + ["" if s not in r else f"{1000 * r[s]:+.0f}" for s in STAGES]
            for r in sorted(off, key=lambda r: -abs(r["final"]))])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", nargs="+", default=[], metavar="PATTERN")
    ap.add_argument("--out", type=Path, help="write every row (JSON) here")
    ap.add_argument("--table", type=Path, nargs="+", help="print the report of earlier --out files")
    ap.add_argument("--truth", type=Path, help="score the --table rows against DIR/CASE/truth.json where it exists")
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    if a.table:
        rows = [r for p in a.table for r in json.loads(p.read_text(encoding="utf-8"))]
        report(rebased(rows, a.truth) if a.truth else rows)
        return
    watcher = ChunkWatcher()
    watcher.install()
    report(why_off.run_named_cases(a.cases, lambda n: run_case(watcher, n, a.model), a.out))

if __name__ == "__main__":
    main()
