"""Kill -9 during saves: the previous project or the new one always loads, and no temporary file stays (issue 12).

A child process saves a large project over and over, each save a new
version; it is killed with SIGKILL at a random moment (while building the
JSON, writing the temporary file, syncing or renaming).  The project must then
load and be one of the versions, and the next open removes what the killed
save left behind.  A handful of iterations in CI; ``ALIGNER_SOAK=N`` runs more.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.project import load_project

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ITERATIONS = int(os.environ.get("ALIGNER_SOAK", "6"))
#: Kills go on past ITERATIONS until one has landed while the temporary file existed (the part of a save
#: this test is about), up to this many: on a quiet machine building the JSON is most of a save, and six
#: random kills all missing the write happened (CI, 2026-12-01).
MAX_ITERATIONS = max(ITERATIONS, 40)

WRITER = r"""
import os, random, sys, time
from aligner.document import Document, Segment, Word
from aligner.project import save_project

# a slow disk: the temporary file lives a while before its rename, so kills land inside saves too
real_fsync = os.fsync
os.fsync = lambda fd: (time.sleep(random.uniform(0.0, 0.3)), real_fsync(fd))[1]
path = sys.argv[1]
words = tuple(Word(w, 0.1 * k, 0.1 * k + 0.08, 0.9) for k, w in enumerate("one two three four five six".split()))
version = int(sys.argv[2])
while True:
    version += 1
    doc = Document([Segment(f"version {version}", 0.0, 0.5)] +
                   [Segment("one two three four five six", 1.0 + k, 1.6 + k, words=tuple(
                       w.__class__(w.text, w.start + 1.0 + k, w.end + 1.0 + k, w.probability) for w in words),
                       confidence=0.8) for k in range(1500)], audio_duration=5000.0)
    save_project(doc, path)
    print(version, flush=True)
"""


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_kill_9_while_saving_never_loses_the_project(tmp_path):
    rng = random.Random(12)
    path = tmp_path / "talk.alignproj"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # a first complete version, written by the same code
    subprocess.run([sys.executable, "-c", WRITER.replace("while True:", "for _ in range(1):"), str(path), "0"],
                   env=env, check=True, capture_output=True)
    last_known = 1
    killed_mid_write = 0
    kills = 0
    while kills < ITERATIONS or (not killed_mid_write and kills < MAX_ITERATIONS):
        kills += 1
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(last_known)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Wait for the first finished save, not a fixed time: on a loaded machine Python's start-up alone
        # can outlast any fixed sleep, and then no kill would land inside a save.  After it, the writer is
        # always somewhere inside the next save (building, writing, syncing or renaming).
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 1.0))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        saved = [int(v) for v in (first + out).split()]
        killed_mid_write += bool(temporaries(tmp_path))
        doc = load_project(str(path)).document  # must load; and it cleans up after the killed save
        version = int(doc.segments[0].text.split()[1])
        newest = saved[-1] if saved else last_known
        assert version in (newest, newest + 1), (version, newest)  # the last finished save, or the one killed
        assert len(doc.segments) == 1501
        assert temporaries(tmp_path) == []
        last_known = version
    assert killed_mid_write >= 1 or ITERATIONS < 3, f"no kill of {kills} landed inside a save; the test proved nothing"
