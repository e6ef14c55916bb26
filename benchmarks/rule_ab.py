#!/usr/bin/env python3
"""One engine rule off and on, the same Whisper words for both: before/after outputs per case, and where it fired.

Runs the engine in this process (as ``aligner align --force`` would) twice per case: first with the rule (an
engine-level function that returns how many lines it moved, e.g. ``force_squeezed_runs``) as it is, counting what
it returns, then -- only if it moved anything -- with it replaced by one that moves nothing.  Recognition, listening
again and hearing the text again are cached per case under ``--cache`` (pickles), so the two runs, and any later
run of the same cases, hear exactly the same words; a rule that fires nowhere costs one alignment.

    .venv/bin/python benchmarks/rule_ab.py --rule force_squeezed_runs --out /tmp/ab 'trap*' 'rd27_*'
    python3 /work/shared/tools/score.py --per-segment benchmarks/out/cases/CASE /tmp/ab/after/CASE.json

A rule inside another module (called there by its module's name, e.g. one ``boundaries.refine_stretch`` calls) is
named ``MODULE.NAME``; one that returns None (e.g. ``boundaries.extend_to_sound``) is run off and on everywhere.
Writes OUT/before/CASE.json and OUT/after/CASE.json (the JSON export) and prints "CASE fired N" per case.
Development cases and the seen aside sets only (``cases.UNSEEN_ASIDE_PREFIXES`` is refused).
"""

from __future__ import annotations

import argparse
import fnmatch
import pickle
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402

#: (module of aligner.align, function): what hears, called there by its module-level name
CACHED = (("engine", "recognize"), ("listen_again", "listen_again"), ("hear_the_text", "_hear_span"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("patterns", nargs="+", metavar="PATTERN")
    ap.add_argument("--rule", required=True, help="the engine-level name of the rule (returns lines moved), or "
                    "MODULE.NAME for one in another module of aligner.align (e.g. boundaries.extend_to_sound)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rule_ab_cache"))
    a = ap.parse_args()
    if any(cases.is_unseen_aside(p) for p in a.patterns):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py")
    from aligner.align import engine
    from aligner.align.api import AlignOptions
    from aligner.cli import align_files
    from aligner.formats import write_document

    known = [n for n in cases.all_case_names() + cases.SEEN_ASIDE if n != "long_mix"]
    # a plain name not in the lists (a case of another set) is taken as it is; a pattern matches only known names
    names = [n for n in dict.fromkeys(n for p in a.patterns
                                      for n in known + ([] if any(c in p for c in "*?[") else [p])
                                      if fnmatch.fnmatchcase(n, p))]
    a.cache.mkdir(parents=True, exist_ok=True)
    state: dict = {"case": None, "calls": {}}

    def cached(name: str, fn):
        def wrapper(*args, **kw):
            n = state["calls"].get(name, 0)
            state["calls"][name] = n + 1
            path = a.cache / f"{state['case']}.{name}.{n}.pkl"
            if path.exists():
                return pickle.loads(path.read_bytes())
            result = fn(*args, **kw)
            path.write_bytes(pickle.dumps(result))
            return result
        return wrapper

    import importlib

    for module, name in CACHED:
        home = importlib.import_module(f"aligner.align.{module}")
        setattr(home, name, cached(name, getattr(home, name)))

    home, rule_name = ((importlib.import_module(f"aligner.align.{a.rule.rsplit('.', 1)[0]}"), a.rule.rsplit(".", 1)[1])
                       if "." in a.rule else (engine, a.rule))
    rule = getattr(home, rule_name)
    fired: dict[str, int] = {}

    def counting(*args, **kw):
        n = rule(*args, **kw)
        # a rule that says nothing of what it moved (returns None) counts as firing at every call: both runs
        fired[state["case"]] = fired.get(state["case"], 0) + (1 if n is None else n)
        return n

    for case in names:
        folder = cases.ensure_case(case)
        for tag, fn in (("after", counting), ("before", lambda *args, **kw: 0)):
            out = a.out / tag / f"{case}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            if tag == "before" and not fired.get(case):  # the rule moved nothing: the same output
                shutil.copy(a.out / "after" / f"{case}.json", out)
                continue
            state["case"], state["calls"] = case, {}
            setattr(home, rule_name, fn)
            doc, _ = align_files(str(folder / "audio.wav"), str(folder / "transcript.txt"), AlignOptions(), force=True)
            write_document(doc, str(out), "json", None)
        print(case, "fired", fired.get(case, 0), flush=True)


if __name__ == "__main__":
    main()
