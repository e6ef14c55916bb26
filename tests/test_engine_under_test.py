"""The benchmarks measure the engine of the folder they are run from, whichever checkout the script is in.

Last round the start engine "run again" through another checkout's ``bench_languages.py`` was that
checkout's engine (it ran ``python -m aligner`` from its own folder), and the pipeline was suspected of
not repeating itself.  A stand-in engine in a temporary folder answers with times no real alignment
would give; run from that folder, every script must get them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import bench_languages  # noqa: E402
import engine_under_test  # noqa: E402

#: A stand-in ``python -m aligner align AUDIO TRANSCRIPT -o OUT -q``: one segment per line at made-up times.
_MAIN = """
import json, sys
args = sys.argv[1:]
lines = [l for l in open(args[2], encoding="utf-8").read().splitlines() if l.strip()]
segments = [{"text": l, "start": 1.234 + 10 * k, "end": 5.678 + 10 * k} for k, l in enumerate(lines)]
json.dump({"segments": segments}, open(args[args.index("-o") + 1], "w"))
"""


@pytest.fixture
def stand_in(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "aligner").mkdir(parents=True)
    (root / "aligner" / "__init__.py").write_text("STAND_IN = True\n")
    (root / "aligner" / "__main__.py").write_text(_MAIN)
    return root


def test_bench_languages_runs_the_current_directorys_engine(stand_in: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(stand_in)
    monkeypatch.setenv("PYTHONPATH", str(stand_in))  # as the lead ran it: this folder's engine asked for
    txt = tmp_path / "talk.txt"
    txt.write_text("Guten Abend.\nHeute geht es um den Radweg.\n", encoding="utf-8")
    spans, _, _ = bench_languages.run_ours(tmp_path / "talk.wav", txt, tmp_path / "out.json", [])
    assert spans == [(1.234, 5.678), (11.234, 15.678)]


def test_engine_root_is_the_current_directory_when_it_holds_one(stand_in: Path, tmp_path: Path):
    assert engine_under_test.engine_root(stand_in) == stand_in.resolve()
    assert engine_under_test.engine_root(tmp_path) == engine_under_test.OWN_CHECKOUT  # no engine here: the script's


def test_engine_env_puts_the_engine_first(stand_in: Path):
    env = engine_under_test.engine_env(stand_in.resolve(), {"PYTHONPATH": os.pathsep.join(["/elsewhere", str(stand_in)])})
    assert env["PYTHONPATH"].split(os.pathsep) == [str(stand_in.resolve()), "/elsewhere"]


def test_language_misses_imports_the_current_directorys_engine(stand_in: Path, tmp_path: Path):
    (stand_in / "aligner" / "__init__.py").write_text("raise SystemExit('stand-in engine imported')\n")
    env = dict(os.environ, PYTHONPATH=str(engine_under_test.OWN_CHECKOUT))  # another checkout asked for
    p = subprocess.run([sys.executable, str(BENCH / "language_misses.py"), "--folders", str(tmp_path / "none"),
                        "--cache", str(tmp_path / "cache")], cwd=stand_in, env=env, capture_output=True, text=True,
                       timeout=120)
    assert "stand-in engine imported" in p.stderr
