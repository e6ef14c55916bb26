"""The autosave store: crashed sessions are offered, running ones never are."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aligner.document import Document, Segment
from aligner.errors import AlignerError
from aligner.project import RecoveryStore, load_project, save_project

REPO = Path(__file__).resolve().parents[1]


def doc(n: int = 3, audio: str = "/talks/t.wav") -> Document:
    return Document([Segment(f"Sentence {k}.", k, k + 0.5, id=f"s{k}") for k in range(n)], audio_path=audio,
                    audio_duration=60.0)


def session_in_subprocess(directory, key: str, then: str) -> subprocess.Popen:
    """Another Aligner process that autosaves under ``key`` and then ``then``s ("crash" or "wait")."""
    code = textwrap.dedent(f"""
        import os, sys
        from aligner.document import Document, Segment
        from aligner.project import RecoveryStore
        store = RecoveryStore({str(directory)!r})
        store.save({key!r}, Document([Segment("From the other process.", 1.0, 2.0)] * 1, audio_path="/x/a.mp3"),
                   "/x/p.alignproj", {{"zoom": 3}})
        print("saved", flush=True)
        if {then!r} == "crash":
            os._exit(1)  # no clean-up at all, as in a crash
        sys.stdin.read()  # stay running until told
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout.readline().strip() == "saved"
    return proc


def test_own_session_is_not_pending_and_discard_removes_it(tmp_path):
    store = RecoveryStore(str(tmp_path))
    path = store.save("s1", doc())
    assert os.path.isfile(path)
    assert store.pending() == []
    store.discard("s1")
    assert os.listdir(tmp_path) == []


def test_another_running_instance_is_never_offered(tmp_path):
    mine = RecoveryStore(str(tmp_path))
    mine.save("running", doc())
    other_window = RecoveryStore(str(tmp_path))
    assert other_window.pending() == []
    with pytest.raises(AlignerError, match="still open"):
        other_window.discard("running")
    with pytest.raises(AlignerError, match="same session"):
        other_window.save("running", doc(1))
    assert mine.pending() == []


def test_session_closed_without_discarding_is_offered(tmp_path):
    store = RecoveryStore(str(tmp_path))
    store.save("left", doc(4), project_path=str(tmp_path / "p.alignproj"), ui_state={"zoom": 2})
    store.close()  # the process lets go of its locks but keeps the autosave
    [entry] = RecoveryStore(str(tmp_path)).pending()
    assert entry.key == "left" and entry.segments == 4 and entry.audio_path == "/talks/t.wav"
    assert entry.project_path == str(tmp_path / "p.alignproj")
    assert entry.saved_at is not None and entry.saved_at.tzinfo is not None
    recovered = RecoveryStore(str(tmp_path)).load(entry)
    assert recovered.document == doc(4) and recovered.ui_state == {"zoom": 2}
    assert recovered.path == str(tmp_path / "p.alignproj")


def test_crashed_process_is_offered_running_process_is_not(tmp_path):
    crashed = session_in_subprocess(tmp_path, "crashed", "crash")
    crashed.wait(timeout=30)
    running = session_in_subprocess(tmp_path, "running", "wait")
    try:
        store = RecoveryStore(str(tmp_path))
        assert [e.key for e in store.pending()] == ["crashed"]
        entry = store.pending()[0]
        assert entry.project_path == "/x/p.alignproj" and entry.audio_path == "/x/a.mp3" and entry.segments == 1
        assert store.load(entry).document.segments[0].text == "From the other process."
        running.send_signal(signal.SIGKILL)  # now it crashes too
        running.wait(timeout=30)
        assert sorted(e.key for e in store.pending()) == ["crashed", "running"]
        store.discard("crashed")
        assert [e.key for e in store.pending()] == ["running"]
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()


def test_newest_first_and_damaged_autosaves_are_skipped(tmp_path):
    store = RecoveryStore(str(tmp_path))
    store.save("older", doc(1))
    store.save("newer", doc(2))
    store.close()
    old = tmp_path / "older.json"
    text = old.read_text().replace('"saved_at": "', '"saved_at": "2001-01-01T00:00:00+00:00", "x": "', 1)
    old.write_text(text)
    (tmp_path / "broken.json").write_text('{"format": "aligner-project", "version": 1, "docu')
    assert [e.key for e in RecoveryStore(str(tmp_path)).pending()] == ["newer", "older"]


def test_autosave_overwrites_atomically_and_keys_are_checked(tmp_path):
    store = RecoveryStore(str(tmp_path))
    store.save("k", doc(1))
    store.save("k", doc(5))
    assert sorted(os.listdir(tmp_path)) == ["k.json", "k.lock"]
    store.close()
    assert RecoveryStore(str(tmp_path)).pending()[0].segments == 5
    for bad in ("../evil", "", "a/b", "x" * 65):
        with pytest.raises(ValueError):
            store.save(bad, doc())


def test_recovered_work_saves_as_a_normal_project(tmp_path):
    store = RecoveryStore(str(tmp_path / "state"))
    store.save("k", doc(2, audio=str(tmp_path / "a.wav")))
    store.close()
    recovered = RecoveryStore(str(tmp_path / "state")).load(RecoveryStore(str(tmp_path / "state")).pending()[0])
    save_project(recovered.document, str(tmp_path / "p.alignproj"), recovered.ui_state)
    assert load_project(str(tmp_path / "p.alignproj")).document == doc(2, audio=str(tmp_path / "a.wav"))


def test_default_folder_follows_the_state_dir_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_STATE_DIR", str(tmp_path / "state"))
    store = RecoveryStore()
    assert store.directory == str(tmp_path / "state" / "recovery")
    assert store.pending() == []  # no folder yet: nothing pending, nothing created
    assert not (tmp_path / "state").exists()
