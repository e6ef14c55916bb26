"""Which checkout's engine a benchmark measures: the current directory's, named in every report.

The project venv holds Aligner as an editable install of ``/work/main``, and a benchmark script lives in
some checkout of its own; so "the engine" could be any of three: the current directory's, the script's, or
main's.  ``run.py`` ran ``python -m aligner`` from the current directory while ``bench_languages.py`` ran it
from the script's own checkout, and ``language_misses.py`` imported the script's: the start engine "run
again" through main's ``bench_languages.py`` from the start engine's worktree was main's engine -- its German
and Dutch talks came out 69 and 83 % against the start engine's 81 and 89 %, and the pipeline was suspected
of not repeating itself (issue 9, twenty-first round; it does repeat: same output under any load and with
1, 2 or 4 threads).  Every script now measures the engine of the folder it is run from (as ``run.py`` always
did: ``cd WORKTREE && PYTHONPATH=WORKTREE .venv/bin/python benchmarks/SCRIPT``), falling back to its own
checkout when that folder holds no ``aligner`` package, and says which one it was, with its commit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

#: The checkout this script belongs to (used when the current directory holds no engine).
OWN_CHECKOUT = Path(__file__).resolve().parent.parent


def engine_root(cwd: Optional[Path] = None) -> Path:
    """The checkout whose ``aligner`` package is measured: ``cwd`` (default: the current directory) when it
    holds one, else this script's own checkout."""
    here = Path(cwd or os.getcwd()).resolve()
    return here if (here / "aligner" / "__init__.py").is_file() else OWN_CHECKOUT


def engine_env(root: Path, base: Optional[dict] = None) -> dict:
    """``base`` (default: this process's environment) with ``root`` first on PYTHONPATH: a subprocess run
    from ``root`` imports ``root``'s aligner whatever else PYTHONPATH or an editable install names."""
    env = dict(os.environ if base is None else base)
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != root]
    env["PYTHONPATH"] = os.pathsep.join([str(root)] + rest)
    return env


def use_in_process(root: Path) -> None:
    """Make ``import aligner`` in this process take ``root``'s package (for scripts that run the engine here)."""
    sys.path[:] = [str(root)] + [p for p in sys.path if p and Path(p).resolve() != root]
    loaded = sys.modules.get("aligner")
    if loaded is not None and Path(loaded.__file__).resolve().parent.parent != root:
        raise RuntimeError(f"aligner was already imported from {Path(loaded.__file__).parent}, not {root}")


def commit(root: Path) -> str:
    """``root``'s short commit, with ``+changes`` when its ``aligner/`` differs from that commit ("?" outside git)."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "aligner"],
                               capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
    return (head or "?") + ("+changes" if dirty else "")


def describe(root: Path) -> str:
    """One line for a report: which engine ran."""
    return f"engine: aligner from {root} (commit {commit(root)})"
