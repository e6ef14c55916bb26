#!/usr/bin/env python3
"""Press Ctrl-C at ``python -m aligner align`` many times, as a user (or tests/test_cli.py) does, and tally how it ended.

A clean cancel is: "cancelled; nothing was written." on stderr, no traceback, no file, exit status 130.  A press
lands wherever the run is at that moment, so faults that depend on where it lands (CPython's "unhandled
KeyboardInterrupt" mark left by code run from a string, a second press while the run shuts down) show up only
over many runs.  Two ways to press:

* ``--after A:B`` (default): SIGINT a uniform A-B seconds after the progress bar first shows, and with
  ``--again C:D`` a second one C-D seconds later;
* ``--in-generated-code N1,N2,..``: from inside the Nth method ``dataclasses`` generates from a string once the
  CLI listens for Ctrl-C (the press is put at the head of the text dataclasses runs): where a real press lands
  when it comes while the run's modules import, at will.

    .venv/bin/python benchmarks/ctrl_c_soak.py --runs 150 --after 0:2 --out benchmarks/out/BRANCH-ctrl-c.json
    .venv/bin/python benchmarks/ctrl_c_soak.py --in-generated-code 1,5,9,13 --out benchmarks/out/BRANCH-gen.json

The talk is tests/test_cli.py's long one (made once under benchmarks/out/ctrl_c_talk).  The engine is the checkout
this script sits in (each run's cwd and PYTHONPATH).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TALK = ROOT / "benchmarks" / "out" / "ctrl_c_talk"

#: Run as ``python -m press_in_generated_code N aligner-args``: the amplifier behind --in-generated-code.
PRESS_IN_GENERATED_CODE = '''
import builtins, dataclasses, runpy, signal, sys

target, made, real_exec = int(sys.argv.pop(1)), [0], builtins.exec


def exec_pressing(source, *args):
    if isinstance(source, str) and signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        made[0] += 1
        if made[0] == target:
            print("[pressed in generated code]", file=sys.stderr)
            source = "__import__('signal').raise_signal(__import__('signal').SIGINT)\\n" + source
    return real_exec(source, *args)


dataclasses.exec = exec_pressing  # dataclasses looks exec up in its own globals
sys.argv[0] = "aligner"
runpy.run_module("aligner", run_name="__main__", alter_sys=True)
'''


def make_talk() -> None:
    if (TALK / "long.txt").exists():
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from synth import synthesize_talk
    from test_cli import SENTENCES

    TALK.mkdir(parents=True, exist_ok=True)
    synthesize_talk(SENTENCES * 12, TALK / "long.wav", pauses=0.5)
    (TALK / "long.txt").write_text("\n".join(SENTENCES * 12), encoding="utf-8")


def outcome(returncode: int, err: str, folder: str, **extra) -> dict:
    return dict(extra, rc=returncode, said_cancelled="cancelled; nothing was written" in err,
                traceback="Traceback" in err, files=sorted(os.listdir(folder)), hung="[hung]" in err,
                clean=returncode == 130 and "cancelled; nothing was written" in err and "Traceback" not in err
                and not os.listdir(folder), tail=err[-600:])


def run_once(press, launcher_dir: str) -> dict:
    """One run of the command, pressed as ``press`` says; its outcome."""
    folder = tempfile.mkdtemp(prefix="ctrl-c-soak-")
    args = ["align", str(TALK / "long.wav"), str(TALK / "long.txt"), "-o", os.path.join(folder, "out.srt"),
            "--project", os.path.join(folder, "p.alignproj")]
    env = {**os.environ, "ALIGNER_PROGRESS": "1", "PYTHONFAULTHANDLER": "1",
           "PYTHONPATH": os.pathsep.join([launcher_dir, str(ROOT)])}
    try:
        if press[0] == "generated":
            r = subprocess.run([sys.executable, "-m", "press_in_generated_code", str(press[1]), *args], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=600)
            return outcome(r.returncode, r.stderr, folder, n=press[1], pressed="[pressed" in r.stderr)
        _, after, again = press
        proc = subprocess.Popen([sys.executable, "-m", "aligner", *args], cwd=ROOT, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        seen = ""
        while "%" not in seen and proc.poll() is None:
            seen += proc.stderr.read(1)
        time.sleep(after)
        proc.send_signal(signal.SIGINT)
        pressed = time.monotonic()
        if again is not None:
            time.sleep(again)
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=180)
        except subprocess.TimeoutExpired:  # faulthandler prints every thread's stack on SIGABRT
            proc.send_signal(signal.SIGABRT)
            _, err = proc.communicate()
            err += "\n[hung]"
        return outcome(proc.returncode, seen + err, folder, after=round(after, 3), again=again and round(again, 3),
                       exit_after=round(time.monotonic() - pressed, 2))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--after", default="0:2", metavar="A:B", help="press A-B s after the bar shows (uniform)")
    ap.add_argument("--again", metavar="C:D", help="press again C-D s after the first press")
    ap.add_argument("--in-generated-code", metavar="N1,N2,..", help="press inside these generated methods instead")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="JSON of every run's outcome")
    a = ap.parse_args()
    make_talk()
    rng = random.Random(a.seed)
    if a.in_generated_code:
        presses = [("generated", int(n)) for n in a.in_generated_code.split(",")]
    else:
        after, again = (tuple(map(float, v.split(":"))) if v else None for v in (a.after, a.again))
        presses = [("timed", rng.uniform(*after), again and rng.uniform(*again)) for _ in range(a.runs)]
    launcher_dir = tempfile.mkdtemp(prefix="ctrl-c-launcher-")
    Path(launcher_dir, "press_in_generated_code.py").write_text(PRESS_IN_GENERATED_CODE, encoding="utf-8")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    print(f"engine: aligner from {ROOT} (commit {commit.strip()})", flush=True)
    results = []
    with ThreadPoolExecutor(a.jobs) as pool:
        for r in pool.map(lambda p: run_once(p, launcher_dir), presses):
            results.append(r)
            print(json.dumps({k: v for k, v in r.items() if k != "tail"}), flush=True)
            if not r["clean"]:
                print("   " + repr(r["tail"]), flush=True)
    shutil.rmtree(launcher_dir, ignore_errors=True)
    Path(a.out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"{len(results)} runs: exit statuses {dict(collections.Counter(r['rc'] for r in results))}, "
          f"not clean {sum(not r['clean'] for r in results)}, hung {sum(r['hung'] for r in results)}")


if __name__ == "__main__":
    main()
