"""``aligner batch`` end to end: an archive of synthesized talks and a corrupt file, locally and on Ray.

The talks are a few seconds each so a whole batch takes seconds.  Every run
checks the report *and* the alignments themselves (boundaries against the
synthesis truth), because a batch that reports ``ok`` for wrong output would be
worse than none.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.cli import main
from aligner.project import load_project
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

ROOT = Path(__file__).resolve().parent.parent
TALKS = {
    "birds": ["Good evening and welcome to the lecture on coastal birds.",
              "Tonight we look at how gulls find food along the shore."],
    "rivers": ["Welcome to this short talk about rivers.",
               "Rivers carry water from the hills down to the sea.",
               "Thanks for listening, and see you next week."],
    "stars": ["Tonight the sky is clear and dark.",
              "You can see the planet Venus low in the west."],
}
HAVE_RAY = importlib.util.find_spec("ray") is not None


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Three talks (one named in the manifest's name column, one in a sub-folder) and a corrupt recording."""
    d = tmp_path_factory.mktemp("archive")
    (d / "sub").mkdir()
    truth = {}
    for k, (name, sentences) in enumerate(TALKS.items()):
        folder = d / "sub" if name == "stars" else d
        truth[name] = synthesize_talk(sentences, folder / f"{name}.wav", pauses=0.7, seed=k)
        (folder / f"{name}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    (d / "broken.mp3").write_bytes(os.urandom(20000))
    (d / "broken.txt").write_text("This recording is damaged beyond repair.\n", encoding="utf-8")
    manifest = d / "talks.csv"
    manifest.write_text("audio,transcript,name\nbirds.wav,birds.txt,\nrivers.wav,rivers.txt,River talk\n"
                        "sub/stars.wav,sub/stars.txt,stars\nbroken.mp3,broken.txt,broken\n", encoding="utf-8")
    names = {"birds": "birds", "River talk": "rivers", "stars": "stars"}
    return manifest, {out: truth[src] for out, src in names.items()}


def report(out: Path) -> dict[str, dict]:
    with open(out / "report.csv", encoding="utf-8") as fh:
        return {r["name"]: r for r in csv.DictReader(fh)}


def check_first_run(out: Path, truth: dict, capsys) -> None:
    rows = report(out)
    assert list(rows) == ["birds", "River talk", "stars", "broken"]  # the manifest's order
    for name, sentences in truth.items():
        r = rows[name]
        assert r["status"] == "ok", r
        assert int(r["segments"]) == len(sentences) and float(r["audio_seconds"]) > 3
        assert 0 < float(r["mean_confidence"]) <= 1 and float(r["wall_seconds"]) > 0
        data = json.loads((out / name / f"{name}.json").read_text(encoding="utf-8"))
        for seg, t in zip(data["segments"], sentences):
            assert seg["text"] == t.text
            assert abs(seg["start"] - t.start) <= 0.25 and abs(seg["end"] - t.end) <= 0.25, (seg, t)
        assert (out / name / f"{name}.srt").read_text(encoding="utf-8").startswith("1\n00:00:0")
        project = load_project(str(out / name / f"{name}.alignproj"))
        assert not project.audio_missing and len(project.document.segments) == len(sentences)
    bad = rows["broken"]
    assert bad["status"] == "failed" and "broken.mp3" in bad["message"] and "damaged" in bad["message"]
    assert not (out / "broken").exists()
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]
    assert (summary["ok"], summary["failed"], summary["skipped"]) == (3, 1, 0)
    err = capsys.readouterr().err
    assert "3 ok, 1 failed, 0 skipped" in err and "Traceback" not in err
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def check_second_run_skips(manifest: Path, out: Path, extra: list[str], capsys) -> None:
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != "report.json"}
    assert main(["batch", str(manifest), "-o", str(out), "-q", *extra]) == 1  # the broken one still fails
    rows = report(out)
    assert [rows[n]["status"] for n in ("birds", "River talk", "stars", "broken")] == \
        ["skipped"] * 3 + ["failed"]
    assert rows["birds"]["segments"] == "2" and float(rows["birds"]["wall_seconds"]) == 0
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # nothing rewritten
    # skipped, not aligned again: no wall time, nothing rewritten
    assert "0 ok, 1 failed, 3 skipped" in capsys.readouterr().err


def test_local_batch_isolates_the_corrupt_talk_and_a_second_run_skips(archive, tmp_path, capsys):
    manifest, truth = archive
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "--workers", "2", "-q"]) == 1
    check_first_run(out, truth, capsys)
    check_second_run_skips(manifest, out, ["--workers", "2"], capsys)


@pytest.fixture(scope="module")
def ray_cluster():
    if not HAVE_RAY:
        pytest.skip('needs Ray: pip install -e ".[cluster]"')
    import ray

    # the actors must import this checkout's aligner, wherever pytest was started from
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}})
    yield ray
    ray.shutdown()


def test_ray_batch_isolates_the_corrupt_talk_and_a_second_run_skips(archive, ray_cluster, tmp_path, capsys):
    manifest, truth = archive
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "--cluster", "ray", "-q"]) == 1
    check_first_run(out, truth, capsys)
    assert ray_cluster.is_initialized()  # the caller's cluster is left as it was
    check_second_run_skips(manifest, out, ["--cluster", "ray"], capsys)


def test_interrupted_batch_keeps_finished_talks_and_the_next_run_does_the_rest(archive, tmp_path):
    manifest, truth = archive
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "aligner", "batch", str(manifest), "-o", str(out), "--workers", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    deadline = time.monotonic() + 180
    while not list(out.glob("*/.aligner-batch.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)  # what Ctrl-C does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "cancelled" in err and "Traceback" not in err
    rows = report(out)
    done = [n for n, r in rows.items() if r["status"] == "ok"]
    assert len(done) == 1 and done[0] == "River talk"  # the longest goes first
    assert {r["status"] for n, r in rows.items() if n != "River talk"} == {"cancelled"}
    # nothing half-written: only the finished talk has a folder, and no temporary file is left
    assert sorted(p.name for p in out.iterdir()) == ["River talk", "report.csv", "report.json"]
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]

    assert main(["batch", str(manifest), "-o", str(out), "--workers", "1", "-q"]) == 1
    rows = report(out)
    assert rows["River talk"]["status"] == "skipped"
    assert rows["birds"]["status"] == rows["stars"]["status"] == "ok"
    assert rows["broken"]["status"] == "failed"


def test_a_worker_that_dies_mid_talk_fails_that_talk_with_how_it_died(archive):
    from aligner.batch.job import BatchSettings
    from aligner.batch.local import LocalSlot
    from aligner.batch.manifest import load_talks
    from aligner.batch.pool import SlotDied

    manifest, _ = archive
    talk = load_talks(str(manifest))[1]
    slot = LocalSlot(BatchSettings())
    slot.start()
    killed = []

    def kill_on_first_progress(fraction):  # the worker is mid-talk: kill it as the system would
        if not killed:
            os.kill(slot._proc.pid, signal.SIGKILL)
            killed.append(fraction)

    try:
        with pytest.raises(SlotDied, match="SIGKILL"):
            slot.run(talk, kill_on_first_progress)
    finally:
        slot.close()
    assert killed


def test_cluster_without_ray_says_how_to_install_it(archive, tmp_path, capsys, monkeypatch):
    manifest, _ = archive
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    assert main(["batch", str(manifest), "-o", str(tmp_path / "out"), "--cluster", "ray"]) == 1
    err = capsys.readouterr().err
    assert 'pip install "aligner[cluster]"' in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "at least 1"),
    (["--format", "json,docx"], "not a format Aligner can write"),
    (["--max-chars", "3"], "at least 10 characters"),
])
def test_bad_options_are_refused_before_any_work(archive, tmp_path, capsys, args, message):
    manifest, _ = archive
    assert main(["batch", str(manifest), "-o", str(tmp_path / "out"), *args]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_model_that_cannot_load_stops_the_batch_with_one_message(archive, tmp_path, capsys):
    manifest, _ = archive
    code = main(["batch", str(manifest.parent), "-o", str(tmp_path / "out"), "--model", str(tmp_path / "nope"),
                 "-q"])
    err = capsys.readouterr().err
    assert code == 1 and "does not exist" in err and "Traceback" not in err
