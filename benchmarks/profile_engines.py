"""Two engines on one talk under cProfile, the phone pass's helper processes included, compared function by function.

    .venv/bin/python benchmarks/profile_engines.py OLD_ROOT NEW_ROOT AUDIO TRANSCRIPT --out DIR
    .venv/bin/python benchmarks/profile_engines.py --compare DIR          # the runs made before, compared again

OLD_ROOT / NEW_ROOT: checkouts (or ``git archive COMMIT aligner | tar -x -C ROOT``) whose ``aligner`` package is
run, one after the other (``nice``, never side by side).  The phone pass aligns its chunks in helper processes
(``python -m aligner.align.workers``, :mod:`aligner.align.workers`), which a profile of the main process does not
see (the fortieth round's +7 % CPU hid there); here every helper profiles itself through a ``sitecustomize`` put on
its ``PYTHONPATH`` and writes ``DIR/TAG-worker-PID.prof`` when it exits.  Whisper's decoding runs on CTranslate2's
own threads and in recognition's worker threads, which cProfile does not follow either: read ``--profile``'s
stage table (``DIR/TAG.log``, real CPU seconds per stage, helpers apart) for those.

cProfile's clock is wall time, inflated by the machine's load, so the comparison is of call counts (independent of
load) and of each function's *share* of its process's profiled time.  Measurement only: no engine code changes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SITE = """import os, sys
if "aligner.align.workers" in getattr(sys, "orig_argv", []):
    import atexit, cProfile
    _p = cProfile.Profile()
    _p.enable()
    def _dump():
        _p.disable()
        _p.dump_stats(os.path.join(os.environ["PROFILE_ENGINES_DIR"],
                                   os.environ["PROFILE_ENGINES_TAG"] + f"-worker-{os.getpid()}.prof"))
    atexit.register(_dump)
"""


def run(tag: str, root: Path, audio: str, transcript: str, out: Path, site: Path) -> None:
    env = dict(os.environ, PYTHONPATH=f"{root}{os.pathsep}{site}", PROFILE_ENGINES_DIR=str(out),
               PROFILE_ENGINES_TAG=tag)
    cmd = ["nice", sys.executable, "-m", "cProfile", "-o", str(out / f"{tag}.prof"), "-m", "aligner", "align", "-q",
           "--profile", audio, transcript, "-o", str(out / f"{tag}.json")]
    with open(out / f"{tag}.log", "w") as log:
        subprocess.run(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, check=True)


def load(paths: list[Path]) -> tuple[dict, float]:
    """Per ``file:function`` (line numbers differ between engines): calls, own time, cumulative time."""
    import pstats

    stats = pstats.Stats(*map(str, paths))
    out: dict[str, list] = defaultdict(lambda: [0, 0.0, 0.0])
    for (path, _, name), (_, calls, own, cumulative, _) in stats.stats.items():
        key = f"{path.split('site-packages/')[-1].split('/aligner/', 1)[-1]}:{name}"
        row = out[key]
        row[0] += calls
        row[1] += own
        row[2] = max(row[2], cumulative)
    return out, stats.total_tt


def compare(old: list[Path], new: list[Path], what: str, top: int = 25) -> None:
    a, ta = load(old)
    b, tb = load(new)
    print(f"\n## {what}: profiled time old {ta:.1f} s, new {tb:.1f} s (wall clock, load-dependent)")
    rows = []
    for key in set(a) | set(b):
        na, own_a, cum_a = a.get(key, (0, 0.0, 0.0))
        nb, own_b, cum_b = b.get(key, (0, 0.0, 0.0))
        rows.append((key, na, nb, 100 * own_a / ta, 100 * own_b / tb, 100 * cum_a / ta, 100 * cum_b / tb))
    print(f"\nown-time share grown most (percentage points of the process), top {top}:")
    for key, na, nb, oa, ob, ca, cb in sorted(rows, key=lambda r: r[3] - r[4])[:top]:
        print(f"  {ob - oa:+6.2f} pp  own {oa:5.2f} -> {ob:5.2f} %  cumulative {ca:6.2f} -> {cb:6.2f} %  "
              f"calls {na} -> {nb}  {key}")
    print(f"\ncall counts changed in the engine (aligner, pocketsphinx, faster_whisper, ctranslate2), top {top * 2}:")
    changed = [r for r in rows if r[1] != r[2]
               and any(s in r[0] for s in ("align", "pocketsphinx", "faster_whisper", "ctranslate2"))]
    for key, na, nb, _, _, ca, cb in sorted(changed, key=lambda r: -abs(r[2] - r[1]))[:top * 2]:
        print(f"  calls {na} -> {nb}  cumulative {ca:6.2f} -> {cb:6.2f} %  {key}")


def stage_table(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if line.startswith("|")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots_and_talk", nargs="*", help="OLD_ROOT NEW_ROOT AUDIO TRANSCRIPT")
    ap.add_argument("--out", type=Path, help="where the profiles, logs and outputs go")
    ap.add_argument("--compare", type=Path, help="a --out folder of an earlier run: compare only")
    args = ap.parse_args()
    out = args.compare or args.out
    if out is None:
        ap.error("--out or --compare")
    if not args.compare:
        if len(args.roots_and_talk) != 4:
            ap.error("OLD_ROOT NEW_ROOT AUDIO TRANSCRIPT")
        old_root, new_root, audio, transcript = args.roots_and_talk
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as site:
            (Path(site) / "sitecustomize.py").write_text(SITE)
            for tag, root in (("old", Path(old_root).resolve()), ("new", Path(new_root).resolve())):
                run(tag, root, str(Path(audio).resolve()), str(Path(transcript).resolve()), out.resolve(), Path(site))
    for tag in ("old", "new"):
        print(f"\n## --profile stages, {tag}")
        print("\n".join(stage_table(out / f"{tag}.log")))
    compare([out / "old.prof"], [out / "new.prof"], "main process")
    compare(sorted(out.glob("old-worker-*.prof")), sorted(out.glob("new-worker-*.prof")), "phone-pass helpers")


if __name__ == "__main__":
    main()
