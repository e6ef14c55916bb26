"""The per-stage profile: every stage gets a row, helpers' CPU and memory are counted, nested parts stand apart."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from aligner import profiling
from aligner.profiling import ORDER, mark, profiling as profile_block, sub_stage

HELPER_HOLDS_MB = 150
_HELPER = f"""
import sys, time
block = bytearray({HELPER_HOLDS_MB} * 1024 * 1024)
for i in range(0, len(block), 4096):
    block[i] = 1  # touched: resident, not just reserved
t = time.process_time()
while time.process_time() - t < 0.3:
    pass
print("ready", flush=True)
sys.stdin.readline()
"""


def _burn(seconds: float) -> None:
    import time

    t = time.process_time()
    while time.process_time() - t < seconds:
        pass


def test_marks_and_sub_stages_do_nothing_without_a_profile():
    mark("decode")
    with sub_stage("match"):
        pass
    assert profiling._active is None


def test_helper_cpu_and_memory_are_counted_in_the_stage_they_run_in():
    with profile_block() as p:
        mark("decode")
        helper = subprocess.Popen([sys.executable, "-c", _HELPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True)
        assert helper.stdout.readline().strip() == "ready"
        mark("holding")  # the helper is alive and holds its memory now: this reading must include it
        helper.communicate("\n")
        mark("refine")  # the helper has ended and been waited for: its CPU time is counted now
    holding, refine, decode = p.stages["holding"], p.stages["refine"], p.stages["decode"]
    assert holding.tree_peak_mb >= holding.peak_mb + 0.8 * HELPER_HOLDS_MB
    assert refine.helpers_cpu >= 0.25
    assert decode.helpers_cpu == 0.0 and holding.helpers_cpu == 0.0


def test_a_helper_that_came_and_went_within_a_stage_is_in_its_tree_peak():
    with profile_block() as p:
        mark("decode")
        subprocess.run([sys.executable, "-c", f"b = bytearray({HELPER_HOLDS_MB} * 2**20)\nimport time\n"
                        "time.sleep(1.0)"], check=True)  # seen only by the sampling thread
        mark("refine")
    refine = p.stages["refine"]
    assert refine.tree_peak_mb >= refine.peak_mb + 0.8 * HELPER_HOLDS_MB


def test_each_stage_reads_its_own_peak_and_nested_parts_are_charged_apart():
    with profile_block() as p:
        mark("decode")
        big = np.ones(100 * 1024 * 1024 // 8)  # 100 MB, touched
        del big
        mark("place")
        with sub_stage("match"):
            _burn(0.3)
        mark("refine")
    if p.exact_peaks:  # Linux: VmHWM is reset between stages
        assert p.stages["place"].peak_mb >= p.stages["refine"].peak_mb + 80
    match, refine = p.stages["match"], p.stages["refine"]
    assert match.cpu >= 0.25
    assert refine.cpu < match.cpu  # the burn inside "match" is not charged to the stage around it


def test_a_part_nested_in_a_part_is_taken_out_of_it():
    import time

    with profile_block() as p:
        begun = time.process_time()
        with sub_stage("listen again"):
            _burn(0.1)
            with sub_stage("VAD"):
                _burn(0.3)
        mark("place")
        spent = time.process_time() - begun
    vad, again, place = p.stages["VAD"], p.stages["listen again"], p.stages["place"]
    assert vad.cpu >= 0.25 and 0.05 <= again.cpu < vad.cpu and 0 <= place.cpu < vad.cpu
    # the rows add up to what was spent: nothing counted twice, nothing lost
    assert vad.cpu + again.cpu + place.cpu == pytest.approx(spent, abs=0.05)


def test_profile_restores_faster_whisper_vad():
    fw = pytest.importorskip("faster_whisper.transcribe")
    original = fw.get_speech_timestamps
    with profile_block():
        assert fw.get_speech_timestamps is not original
    assert fw.get_speech_timestamps is original


@pytest.mark.slow
def test_align_profile_lists_every_stage_with_sane_numbers(tmp_path, capsys):
    from synth import espeak_available, synthesize_talk

    if not espeak_available():
        pytest.skip("needs espeak-ng")
    from aligner.cli import main

    sentences = ["Rivers carry water from the hills down to the sea.",
                 "On the way they shape valleys, plains and deltas.",
                 "Thanks for listening, and see you next week."]
    synthesize_talk(sentences, tmp_path / "talk.wav", pauses=0.7)
    (tmp_path / "talk.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    assert main(["align", str(tmp_path / "talk.wav"), str(tmp_path / "talk.txt"), "-o", str(tmp_path / "t.srt"),
                 "-q", "--profile"]) == 0
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("|")]
    rows = {}
    for ln in lines[2:]:
        cells = [c.strip() for c in ln.strip("|").split("|")]
        rows[cells[0]] = [float(c) for c in cells[1:]]
    labels = [profiling.LABELS.get(n, n) for n in ORDER]
    assert list(rows)[:len(labels)] == labels and "total" in rows
    for label, numbers in rows.items():
        assert all(x >= 0 for x in numbers), label
    for ran in ("decode", "VAD", "recognize", "match", "place", "phone pass (refine)", "score"):
        assert rows[ran][0] >= 1, ran  # runs
    assert rows["recognize"][2] > 0  # Whisper took CPU time
    assert rows["total"][5] >= rows["recognize"][5] > 50  # peak MB: the model is in memory


def test_a_part_run_on_worker_threads_gets_its_own_row_and_is_taken_out_of_its_stage():
    """Recognition runs blocks side by side; the VAD inside each must still get its own row."""
    import threading
    import time

    import hashlib

    data = bytes(1 << 20)

    def burn(seconds: float) -> None:  # this thread's own CPU, without Python's lock (as CTranslate2 runs)
        t = time.thread_time()
        while time.thread_time() - t < seconds:
            hashlib.sha256(data).digest()

    both_in, first_out = threading.Barrier(2), threading.Event()

    def worker(first: bool) -> None:  # the parts overlap, and the first to begin ends first
        with sub_stage("VAD"):
            both_in.wait()
            burn(0.3)
            if first:
                first_out.set()
            else:
                first_out.wait()
        burn(0.1)

    with profile_block() as p:
        mark("decode")
        threads = [threading.Thread(target=worker, args=(n == 0,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        mark("recognize")
    vad, recognize = p.stages["VAD"], p.stages["recognize"]
    assert vad.runs == 2
    assert vad.wall >= 0.55  # each thread's part counted (their wall times add up)
    assert 0.55 <= vad.cpu < 0.8  # both threads' parts, each measured on its own thread (not the process's)
    assert 0.15 <= recognize.cpu < 0.4  # the parts were taken out of the stage around them


def test_a_child_that_has_not_run_its_own_program_yet_is_not_counted_twice():
    """Starting a helper forks the process; until the fork runs the helper's program it shares the
    parent's pages (vfork: the very same), and summing its resident size showed the parent twice."""
    import os
    import time

    held = np.ones(100 * 2**20 // 8)  # 100 MB, touched
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the fork, before any exec: only waits
        os.close(write)
        os.read(read, 1)
        os._exit(0)
    os.close(read)
    try:
        time.sleep(0.2)
        mine, helpers = profiling._tree_rss()
        assert mine > 100 * 2**20
        assert helpers < 20 * 2**20  # not the parent's 100 MB again
    finally:
        os.write(write, b"x")
        os.close(write)
        os.waitpid(child, 0)
    del held
