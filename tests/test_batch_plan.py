"""The batch's bookkeeping without any alignment: which talks, what is done, where files go, slot crashes."""

from __future__ import annotations

import os
import time

import pytest

from aligner.batch.job import FAILED, OK, BatchSettings, Outcome, output_names
from aligner.batch.manifest import Talk, load_talks
from aligner.batch.pool import SlotDied, SlotPool, SlotUnusable
from aligner.batch.resume import commit, done_row, file_identity
from aligner.errors import AlignerError
from aligner.formats import ExportOptions


def touch(path, data=b"x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------ manifest
def test_manifest_paths_are_relative_to_it_and_names_default_to_the_audio_stem(tmp_path):
    m = touch(tmp_path / "lists" / "a.csv", b"\xef\xbb\xbfAudio, Transcript ,name\n../rec/one.mp3,../t/one.txt,\n"
                                             b"../rec/two.wav,../t/two.srt,Second talk\n\n")
    talks = load_talks(str(m))
    assert talks == [Talk("one", str(tmp_path / "rec" / "one.mp3"), str(tmp_path / "t" / "one.txt")),
                     Talk("Second talk", str(tmp_path / "rec" / "two.wav"), str(tmp_path / "t" / "two.srt"))]


@pytest.mark.parametrize("content, message", [
    ("audio,name\nx.wav,x\n", "lacks transcript"),
    ("audio,transcript\nx.wav,\n", "Line 2"),
    ("audio,transcript,name\na.wav,a.txt,same\nb.wav,b.txt,Same\n", "Two talks are named"),
    ("audio,transcript,name\na.wav,a.txt,../escape\n", "cannot be a folder name"),
    ("audio,transcript,name\na.wav,a.txt,x\nb.wav,b.txt,x/y\n", "inside another talk's folder"),
    ("", "is empty"),
])
def test_a_bad_manifest_is_one_clear_message(tmp_path, content, message):
    m = touch(tmp_path / "m.csv", content.encode())
    with pytest.raises(AlignerError, match=message):
        load_talks(str(m))


def test_a_missing_input_says_what_it_expects(tmp_path):
    with pytest.raises(AlignerError, match="CSV manifest"):
        load_talks(str(tmp_path / "nothing.csv"))


def test_a_folder_pairs_each_recording_with_the_transcript_of_the_same_stem(tmp_path):
    for f in ("a.mp3", "a.txt", "notes.txt", "sub/b.wav", "sub/b.srt", ".hidden/c.wav", "out/d.wav", "out/d.txt",
              "call.amr", "call.vtt"):  # .amr: a phone's voice recorder
        touch(tmp_path / f)
    talks = load_talks(str(tmp_path), exclude=str(tmp_path / "out"))
    assert [(t.name, os.path.basename(t.audio), os.path.basename(t.transcript)) for t in talks] == \
        [("a", "a.mp3", "a.txt"), ("call", "call.amr", "call.vtt"), ("sub/b", "b.wav", "b.srt")]


@pytest.mark.parametrize("files, message", [
    (["a.mp3"], "no transcript"),
    (["a.mp3", "a.txt", "a.srt"], "transcripts a.srt, a.txt"),
    (["a.mp3", "a.wav", "a.txt"], "recordings"),
])
def test_a_folder_that_cannot_be_paired_is_an_error_naming_the_files(tmp_path, files, message):
    for f in files:
        touch(tmp_path / f)
    with pytest.raises(AlignerError, match=message):
        load_talks(str(tmp_path))


# ------------------------------------------------------------------------------------------ outputs
@pytest.mark.parametrize("formats, transcript, expected", [
    (("srt", "txt", "audacity", "original"), "t.srt",
     {"srt": "talk.srt", "txt": "talk.txt", "audacity": "talk.audacity.txt", "original": "talk.original.srt"}),
    (("audacity", "original", "txt"), "t.txt",  # the owner of .txt keeps the plain name, whatever the order
     {"audacity": "talk.audacity.txt", "original": "talk.original.txt", "txt": "talk.txt"}),
    (("original", "json"), "t.srt", {"original": "talk.srt", "json": "talk.json"}),
])
def test_formats_sharing_an_extension_get_distinct_file_names(formats, transcript, expected):
    assert output_names("talk", formats, "/x/" + transcript) == expected


# ------------------------------------------------------------------------------------------ resume
@pytest.fixture
def done_talk(tmp_path):
    audio, text = touch(tmp_path / "a.wav", b"RIFF" + b"1" * 100), touch(tmp_path / "a.txt", b"Hello.\n")
    settings = BatchSettings().fingerprint()
    talk_dir = tmp_path / "out" / "a"
    inputs = {"audio": file_identity(str(audio)), "transcript": file_identity(str(text))}
    commit(str(talk_dir), {"a.json": b"{}", "a.srt": b"1"}, inputs, settings, {"name": "a", "segments": 1})
    return audio, text, talk_dir, settings


def test_a_committed_talk_is_done_for_the_same_inputs_and_settings(done_talk):
    audio, text, talk_dir, settings = done_talk
    assert done_row(str(talk_dir), str(audio), str(text), settings) == {"name": "a", "segments": 1}
    assert not [p for p in talk_dir.iterdir() if p.name.endswith(".tmp")]


def test_other_settings_mean_not_done(done_talk):
    audio, text, talk_dir, _ = done_talk
    other = BatchSettings(export=ExportOptions(max_chars_per_line=30)).fingerprint()
    assert done_row(str(talk_dir), str(audio), str(text), other) is None
    other = BatchSettings(formats=("json",)).fingerprint()
    assert done_row(str(talk_dir), str(audio), str(text), other) is None


def test_changed_content_means_not_done_but_a_touched_file_still_is(done_talk):
    audio, text, talk_dir, settings = done_talk
    later = time.time() + 100
    os.utime(audio, (later, later))  # same bytes, new time (copied, restored from a backup)
    assert done_row(str(talk_dir), str(audio), str(text), settings) is not None
    text.write_bytes(b"Hellx.\n")  # same size, other content
    os.utime(text, (later, later))
    assert done_row(str(talk_dir), str(audio), str(text), settings) is None


def test_a_missing_output_or_stamp_means_not_done(done_talk):
    audio, text, talk_dir, settings = done_talk
    (talk_dir / "a.srt").unlink()
    assert done_row(str(talk_dir), str(audio), str(text), settings) is None


def test_recommitting_with_fewer_formats_removes_the_stale_files(done_talk):
    audio, text, talk_dir, settings = done_talk
    commit(str(talk_dir), {"a.json": b"{}"}, {}, settings, {})
    assert sorted(p.name for p in talk_dir.iterdir()) == [".aligner-batch.json", "a.json"]


# ------------------------------------------------------------------------------------------ pool
class FakeSlot:
    """A slot whose worker 'crashes' on talks named crash* and cannot start when told so."""

    made: list["FakeSlot"] = []

    def __init__(self, unusable=False):
        self.unusable = unusable
        self.ran: list[str] = []
        FakeSlot.made.append(self)

    def start(self):
        if self.unusable:
            raise SlotUnusable("The model folder /nope does not exist.")

    def run(self, talk, progress):
        progress(0.5)
        self.ran.append(talk.name)
        if talk.name.startswith("crash"):
            raise SlotDied("killed by SIGSEGV")
        return Outcome(talk.name, OK)

    def kill(self):
        pass

    def close(self):
        pass


def drain(pool, slots):
    events, exited = [], 0
    while exited < slots:
        e = pool.events.get(timeout=10)
        exited += e[0] == "slot_exit"
        events.append(e)
    return events


def test_a_crashed_worker_fails_only_its_talk_and_is_replaced():
    FakeSlot.made = []
    pool = SlotPool(lambda i: FakeSlot(), 2)
    talks = [Talk(n, n, n) for n in ("a", "crash1", "b", "c", "crash2", "d")]
    events = drain(pool, pool.start(talks))
    done = {e[1].name: e[2] for e in events if e[0] == "done"}
    assert {n: o.status for n, o in done.items()} == {"a": OK, "b": OK, "c": OK, "d": OK, "crash1": FAILED,
                                                     "crash2": FAILED}
    assert "SIGSEGV" in done["crash1"].message
    for slot in FakeSlot.made:  # a worker that crashed took no further talk: a fresh one did
        assert not any(n.startswith("crash") for n in slot.ran[:-1]), slot.ran
    assert any(e[0] == "progress" for e in events)


def test_a_worker_that_cannot_load_the_model_stops_the_batch():
    pool = SlotPool(lambda i: FakeSlot(unusable=True), 2)
    events = drain(pool, pool.start([Talk(n, n, n) for n in "abcd"]))
    assert [e[1] for e in events if e[0] == "fatal"][0] == "The model folder /nope does not exist."
    assert not [e for e in events if e[0] == "done"]


# ------------------------------------------------------------------------------------------ local workers
def test_local_workers_keep_native_thread_pools_to_their_share(monkeypatch):
    from aligner.batch.local import _worker_env

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")  # what the user set stays
    env = _worker_env(1)
    assert env["OMP_NUM_THREADS"] == env["OPENBLAS_NUM_THREADS"] == "1" and env["MKL_NUM_THREADS"] == "3"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    assert env["PYTHONPATH"].split(os.pathsep)[0] == root


def test_default_workers_fit_cores_and_memory(monkeypatch):
    from aligner.batch import local

    monkeypatch.setattr(local, "usable_cores", lambda: 8)
    monkeypatch.setattr(local, "available_memory", lambda: 4 * 2 ** 30)
    assert local.default_workers() == 2  # 4 GiB holds two 1.5 GiB workers, not eight
    monkeypatch.setattr(local, "available_memory", lambda: None)
    assert local.default_workers() == 8


# ------------------------------------------------------------------------------------------ driver
def test_ctrl_c_while_a_talk_is_committed_finishes_it_and_keeps_it_in_the_report(tmp_path, monkeypatch):
    import signal

    from aligner.batch import runner

    real_commit = runner.commit

    def commit_then_ctrl_c(*args):
        os.kill(os.getpid(), signal.SIGINT)  # pressed while the files are being written
        real_commit(*args)

    monkeypatch.setattr(runner, "commit", commit_then_ctrl_c)
    talk = Talk("a", str(tmp_path / "a.wav"), str(tmp_path / "a.txt"))
    outcome = Outcome("a", OK, files={"a.json": b"{}"}, segments=1)
    rows: dict = {}
    with pytest.raises(KeyboardInterrupt):  # acted on once the talk is committed
        runner._finish(talk, outcome, str(tmp_path / "out"), {}, rows)
    assert rows["a"]["status"] == OK
    assert sorted(p.name for p in (tmp_path / "out" / "a").iterdir()) == [".aligner-batch.json", "a.json"]
