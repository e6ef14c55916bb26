"""Where word boundaries go wrong: every word edge of a run, sorted into kinds, with signed errors.

    .venv/bin/python benchmarks/word_errors.py benchmarks/out/results-TAG [--cases 'mfa_*'] [--worst 30]
    .venv/bin/python benchmarks/word_errors.py benchmarks/out/results-A --against benchmarks/out/results-B

Reads, for every case of a ``run.py`` result folder that has word truth, the truth
(``truth.json``), our output and score.py's per-word errors, and splits the word
*edges* (a word's start and its end are separate edges) into kinds: next to a pause
in the truth or joined to the neighbouring word; the sound at the edge (the first or
last phone of the word in pocketsphinx's dictionary: stop, fricative, nasal, vowel
...); function words; fillers; words missing from the dictionary; first or last word
of a line.  Per kind: how many edges, the share within 50 ms, the signed median
(output minus truth: negative = early) and the median absolute error.  With
``--against`` the same edges of another run are compared word by word (the phone
pass is not exactly repeatable, so pooled figures alone can mislead).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import statistics
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import cases  # noqa: E402

#: A gap between two truth words longer than this (s) is a pause: the edges beside it meet silence.
PAUSE = 0.03
FUNCTION_WORDS = set("""a an the and or but of to in on at for by with from as is are was were be been it its
this that these those i you he she we they me him her us them my your our their his not no so if
then than there here what which who how do does did have has had will would can could should
""".split())
FILLERS = {"uh", "um", "er", "ah", "hmm", "mm", "uhm"}
CLASSES = {
    "stop": set("P B T D K G".split()), "affricate": {"CH", "JH"},
    "fricative": set("F V TH DH S Z SH ZH HH".split()), "nasal": {"M", "N", "NG"},
    "liquid/glide": {"L", "R", "W", "Y"},
}


def _dictionary() -> dict[str, tuple[str, ...]]:
    from aligner.align.pronounce import cmudict_path

    out: dict[str, tuple[str, ...]] = {}
    with open(cmudict_path(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts and "(" not in parts[0]:
                out[parts[0]] = tuple(parts[1:])
    return out


def _phone_class(phone: str | None) -> str:
    if phone is None:
        return "not in dictionary"
    return next((name for name, members in CLASSES.items() if phone in members), "vowel")


def _norm(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum() or c == "'")


def edges(results: Path, patterns: list[str]) -> list[dict]:
    """Every scored word edge of every case with word truth in one result folder."""
    cmu = _dictionary()
    out = []
    for sj in sorted((results / "ours").glob("*.score.json")):
        case = sj.name[: -len(".score.json")]
        if patterns and not any(fnmatch.fnmatch(case, p) for p in patterns):
            continue
        truth = json.loads((cases.case_dir(case) / "truth.json").read_text(encoding="utf-8"))
        words = [w for w in truth.get("words") or [] if w.get("start") is not None and w.get("end") is not None]
        per_word = json.loads(sj.read_text(encoding="utf-8")).get("per_word") or []
        k = 0
        for n, w in enumerate(words):
            if k >= len(per_word):
                break
            if per_word[k]["word"] != w["word"]:
                continue
            pw = per_word[k]
            k += 1
            prev = words[n - 1] if n and words[n - 1]["seg"] == w["seg"] else None
            nxt = words[n + 1] if n + 1 < len(words) and words[n + 1]["seg"] == w["seg"] else None
            token = _norm(w["word"])
            phones = cmu.get(token)
            for side, err in (("start", pw["err_start"]), ("end", pw["err_end"])):
                neighbour = prev if side == "start" else nxt
                gap = None if neighbour is None else (
                    w["start"] - neighbour["end"] if side == "start" else neighbour["start"] - w["end"])
                out.append({
                    "case": case, "word": w["word"], "seg": w["seg"], "side": side, "err": err,
                    "at": w[side],
                    "context": "line edge" if neighbour is None else ("pause" if gap > PAUSE else "joined"),
                    "sound": _phone_class(None if phones is None else (phones[0] if side == "start" else phones[-1])),
                    "function": token in FUNCTION_WORDS, "filler": token in FILLERS, "oov": phones is None,
                })
    return out


def _family(case: str) -> str:
    base = case.split("+")[0]
    if base.startswith("syn_w_") or base in cases.synth_cases.names("aside"):  # wx_mixed ..., not aside13's wx_*
        return "flite, all words (" + base.split("_")[0] + ")"
    if base.startswith("syn_") or base.startswith("ho_"):
        return "flite voices of mixed cases"
    return base


def table(rows: list[dict]) -> list[str]:
    kinds = [("all", lambda e: True)]
    for fam in sorted({_family(e["case"]) for e in rows}):
        kinds.append((f"family {fam}", lambda e, f=fam: _family(e["case"]) == f))
    for side in ("start", "end"):
        for ctx in ("line edge", "pause", "joined"):
            kinds.append((f"{side}s, {ctx}", lambda e, s=side, c=ctx: e["side"] == s and e["context"] == c))
    for side in ("start", "end"):
        for sound in list(CLASSES) + ["vowel", "not in dictionary"]:
            kinds.append((f"{side}s on a {sound}", lambda e, s=side, c=sound: e["side"] == s and e["sound"] == c))
    kinds += [("function words", lambda e: e["function"]), ("content words", lambda e: not e["function"]),
              ("fillers", lambda e: e["filler"])]
    lines = ["| kind | edges | within 50 ms | signed median ms | median abs ms | missed |", "|---|---|---|---|---|---|"]
    for name, pred in kinds:
        sel = [e for e in rows if pred(e)]
        if not sel:
            continue
        errs = [e["err"] for e in sel if e["err"] is not None]
        within = sum(1 for x in errs if abs(x) <= 0.05)
        lines.append(f"| {name} | {len(sel)} | {100 * within / len(sel):.1f}% | "
                     f"{1000 * statistics.median(errs) if errs else float('nan'):+.0f} | "
                     f"{1000 * statistics.median(abs(x) for x in errs) if errs else float('nan'):.0f} | "
                     f"{len(sel) - len(errs)} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results", type=Path)
    ap.add_argument("--cases", nargs="*", default=[])
    ap.add_argument("--worst", type=int, default=0, help="list this many edges with the largest errors")
    ap.add_argument("--against", type=Path, help="another run: per-edge changes")
    a = ap.parse_args()
    rows = edges(a.results, a.cases)
    print("\n".join(table(rows)))
    if a.worst:
        bad = sorted((e for e in rows if e["err"] is not None), key=lambda e: -abs(e["err"]))[: a.worst]
        print("\n| case | word | side | at s | error ms | context | sound |\n|---|---|---|---|---|---|---|")
        for e in bad:
            print(f"| {e['case']} | {e['word']} | {e['side']} | {e['at']:.3f} | {1000 * e['err']:+.0f} | "
                  f"{e['context']} | {e['sound']} |")
    if a.against:
        other = {(e["case"], e["seg"], e["word"], e["side"], e["at"]): e["err"] for e in edges(a.against, a.cases)}
        better = worse = same = 0
        moved = []
        for e in rows:
            o = other.get((e["case"], e["seg"], e["word"], e["side"], e["at"]))
            if o is None or e["err"] is None:
                continue
            ok_now, ok_then = abs(e["err"]) <= 0.05, abs(o) <= 0.05
            better += ok_now and not ok_then
            worse += ok_then and not ok_now
            same += ok_now == ok_then
            if abs(e["err"] - o) > 0.005:
                moved.append((e, o))
        print(f"\nagainst {a.against}: {better} edges came within 50 ms, {worse} left it, {same} unchanged; "
              f"{len(moved)} moved by more than 5 ms")
        for e, o in sorted(moved, key=lambda p: abs(p[0]["err"]) - abs(p[1]), reverse=True)[:15]:
            print(f"  {e['case']} {e['word']!r} {e['side']}: {1000 * o:+.0f} -> {1000 * e['err']:+.0f} ms")


if __name__ == "__main__":
    main()
