#!/usr/bin/env python3
"""Which refine rule put each far-off boundary where it is: a segment's bounds after every rule, per line.

``why_off.py`` stops at "phone" (after the phone pass) and "final"; between them run a dozen rules (energy snapping,
overlaps, the last sound's follow, joins, onsets, steady openings).  This wraps each of them as well, records every
line's bounds after it, and prints each boundary more than 100 ms off with its trail through the stages and the
rule after which it stayed off (``why_off.culprit``).

    .venv/bin/python benchmarks/rule_trace.py 'ox_flite_*' 'rd57_*' --out /tmp/trace.json

Development cases and the seen aside sets only (``cases.UNSEEN_ASIDE_PREFIXES`` is refused); language talks too,
as built in ``benchmarks/out/cases`` (``'dx_fr_*'``, ``'rd62_*'``: :func:`built_language_talks`).  Lines are matched to
segments as why_off matches them: their words counted as the transcript reader reads them (a "- " turn's dash left out).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402
import why_off  # noqa: E402

#: rules called by name inside boundaries.refine_stretch, then inside engine._refine, in the order they run
BOUNDARY_RULES = ["snap_to_sound", "resolve_overlaps", "extend_to_sound", "follow_last_sounds", "end_at_first_arrival",
                  "follow_quiet_last_sounds",
                  "follow_fades_into_the_noise", "follow_final_hisses", "end_before_impacts", "end_before_foreign_sounds",
                  "end_before_whistles",
                  "end_before_ticks"]
#: (move_off_canceller_residue and follow_held_openings were left out until j223: the canceller rule's moves on the
#: twenty-ninth set's espeak-ng ends were laid at the next rule's door, move_to_own_onsets, which moves only starts)
ENGINE_RULES = ["lay_unfit_runs", "snap_unrefined_to_pauses", "joins_into_dips", "end_before_another_voice",
                "follow_faded_tails", "end_before_tones", "end_before_thuds", "end_before_hisses",
                "end_before_crackles", "move_off_thin_voices",
                "move_off_canceller_residue", "follow_resumed_voice",
                "follow_held_openings",
                "place_unheard_segments", "move_to_own_onsets", "move_off_steady_openings",
                "starts_after_thuds", "starts_after_scrapes"]
why_off.ORDER[:] = ["place", "again", "told", "forced", "refine<", "phone"] + BOUNDARY_RULES + ENGINE_RULES + ["final"]


class RuleRecorder(why_off.Recorder):
    """why_off's stages, and every refine rule's output too."""

    def install(self) -> None:
        super().install()
        from aligner.align import boundaries, engine
        rec = self

        def wrap(module, name):
            original = getattr(module, name)

            def wrapped(items, *args, **kw):
                out = original(items, *args, **kw)
                for i, bounds in zip(rec.indices_of.get(id(items), getattr(rec, "_refining", [])),
                                     why_off._bounds(items)):
                    rec.stages.setdefault(i, {})[name] = bounds
                return out
            setattr(module, name, wrapped)

        for name in BOUNDARY_RULES:  # snap_to_sound: why_off records "phone" before it; this records after
            wrap(boundaries, name)
        for name in ENGINE_RULES:
            wrap(engine, name)


def built_language_talks() -> list[str]:
    """The language talks of ``bench_languages.BUILT_SETS`` (every set a language generator names; a set not yet
    looked at is refused by ``cases.is_unseen_aside``) already built in ``cases.CASES_DIR``.  They are no English
    run's cases (``cases.all_case_names``) and :func:`cases.ensure_case` cannot make them: they are traced as built
    (``bench_languages.py --set ...`` builds them)."""
    import importlib

    import bench_languages
    out: list[str] = []
    for module, half, _ in bench_languages.BUILT_SETS.values():
        for name in importlib.import_module(module).names(half):
            if (name not in out and not cases.is_unseen_aside(name)
                    and (cases.CASES_DIR / name / "truth.json").is_file()):
                out.append(name)
    return out


def _ensure_built(ensure):
    """``cases.ensure_case`` that hands a built language talk's folder over as it is (see built_language_talks)."""
    def ensure_case(name, log=print):
        d = cases.CASES_DIR / name
        if name not in cases.SHARED_CASES and (d / "truth.json").is_file() and name in _LANGUAGE_TALKS:
            return d
        return ensure(name, log=log)
    return ensure_case


_LANGUAGE_TALKS: set[str] = set()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("patterns", nargs="+", metavar="PATTERN")
    ap.add_argument("--out", type=Path, help="write every row (JSON) here")
    a = ap.parse_args()
    if any(cases.is_unseen_aside(p) for p in a.patterns):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py / bench_languages.py")
    names = [n for n in cases.all_case_names() + cases.SEEN_ASIDE
             if any(fnmatch.fnmatchcase(n, p) for p in a.patterns) and not cases.is_unseen_aside(n)]
    names += [n for n in built_language_talks() if n not in names and any(fnmatch.fnmatchcase(n, p) for p in a.patterns)]
    _LANGUAGE_TALKS.update(n for n in names if n in set(built_language_talks()))
    cases.ensure_case = _ensure_built(cases.ensure_case)
    rec = RuleRecorder()
    rec.install()
    rows: list[dict] = []
    for n in names:
        print(f"{n} ...", file=sys.stderr)
        rows += why_off.run_case(rec, n, None)
        if a.out:
            a.out.write_text(json.dumps(rows, indent=1, default=why_off._plain), encoding="utf-8")
    for r in rows:
        for edge in (0, 1):
            e = r["errors"].get("final")
            if not e or e[edge] is None or abs(e[edge]) <= why_off.OFF:
                continue
            trail = " ".join(f"{s}:{r['errors'][s][edge] * 1000:+.0f}" for s in why_off.ORDER
                             if s in r["errors"] and r["errors"][s][edge] is not None)
            print(f"{r['case']} #{r['i']} {'start' if edge == 0 else 'end'} {e[edge] * 1000:+.0f} ms "
                  f"after={why_off.culprit(r, edge)} | {r['text'][:50]!r}\n    {trail}")


if __name__ == "__main__":
    main()
