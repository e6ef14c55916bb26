"""The ``aligner`` command end to end, on a talk synthesized inside the test."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.cli import main
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = [
    "Welcome to this short talk about rivers.",
    "Rivers carry water from the hills down to the sea.",
    "On the way they shape valleys, plains and deltas.",
    "A fast river can move stones as large as a car.",
    "Slow rivers drop their sand and build wide flat banks.",
    "Thanks for listening, and see you next week.",
]


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    truth = synthesize_talk(SENTENCES, d / "talk.wav", pauses=[0.6, 0.9, 0.5, 0.8, 0.7],
                            voices=["en-us", "en-gb"])
    transcript = d / "transcript.txt"
    # two sentences on one line: the importer splits them
    transcript.write_text(f"{SENTENCES[0]}\n{SENTENCES[1]} {SENTENCES[2]}\n" + "\n".join(SENTENCES[3:]) + "\n",
                          encoding="utf-8")
    return d, truth


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_align_writes_every_format_and_boundaries_are_right(talk, tmp_path, capsys):
    d, truth = talk
    out_json, out_srt, proj = tmp_path / "talk.json", tmp_path / "talk.srt", tmp_path / "talk.alignproj"
    code = main(["align", str(d / "talk.wav"), str(d / "transcript.txt"), "-o", str(out_json), "-o", str(out_srt),
                 "--project", str(proj), "-q"])
    assert code == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    segs = data["segments"]
    assert [s["text"] for s in segs] == SENTENCES
    for s, t in zip(segs, truth):
        assert abs(s["start"] - t.start) <= 0.25 and abs(s["end"] - t.end) <= 0.25, (s, t)
        assert 0 <= s["confidence"] <= 1 and s["words"] and all("probability" in w for w in s["words"])
    assert out_srt.read_text(encoding="utf-8").startswith("1\n00:00:0")
    assert proj.exists()

    vtt = tmp_path / "again.vtt"
    assert main(["export", str(proj), "-o", str(vtt)]) == 0
    assert vtt.read_text(encoding="utf-8").startswith("WEBVTT")

    clips = tmp_path / "clips"
    assert main(["clips", str(proj), "-o", str(clips), "--format", "wav", "--normalize", "-30", "--fade-ms", "10",
                 "-q"]) == 0
    rows = list(csv.DictReader(open(clips / "metadata.csv", encoding="utf-8")))
    assert len(rows) == len(SENTENCES)
    assert all((clips / r["file_name"]).exists() for r in rows)
    from aligner.audio import load_audio
    from aligner.audio.shaping import loudness_dbfs
    for r in rows:
        x = load_audio(str(clips / r["file_name"])).samples
        assert loudness_dbfs(x, 16000) == pytest.approx(-30, abs=0.5) and abs(int(x[0])) <= 2


def test_formats_command_lists_exports(capsys):
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    for ext in (".srt", ".vtt", ".json", ".csv", ".TextGrid", ".txt"):
        assert ext.lower() in out.lower()


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02\xff" * 300, "not"),
])
def test_bad_transcript_gives_a_message_and_no_output(talk, tmp_path, capsys, content, message):
    d, _ = talk
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.srt"
    assert main(["align", str(d / "talk.wav"), str(bad), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("aligner: ") and message in err.lower() and "Traceback" not in err
    assert files_in(tmp_path) == {"bad.txt"}


def test_cp1252_transcript_is_read(talk, tmp_path):
    d, truth = talk
    text = "Welcome to this short talk about rivers – café notes.\n" + "\n".join(SENTENCES[1:])
    t = tmp_path / "cp1252.txt"
    t.write_bytes(text.encode("cp1252"))
    out = tmp_path / "out.json"
    assert main(["align", str(d / "talk.wav"), str(t), "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["segments"][0]["text"].endswith("café notes.")


def test_corrupt_audio_gives_a_message_and_no_output(talk, tmp_path, capsys):
    d, _ = talk
    bad = tmp_path / "talk.mp3"
    bad.write_bytes(os.urandom(20000))
    out = tmp_path / "out.srt"
    assert main(["align", str(bad), str(d / "transcript.txt"), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "talk.mp3" in err and "Traceback" not in err
    assert files_in(tmp_path) == {"talk.mp3"}


def test_transcript_of_another_talk_is_refused(talk, tmp_path, capsys):
    d, _ = talk
    other = tmp_path / "other.txt"
    other.write_text("The committee approved the new budget for the railway station.\n"
                     "Engineers expect construction to begin early next spring.\n"
                     "Local shops worry about the noise during the building work.\n"
                     "A public meeting will be held in the town hall on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.srt"
    assert main(["align", str(d / "talk.wav"), str(other), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "does not seem to belong" in err
    assert files_in(tmp_path) == {"other.txt"}


CLIP_SENTENCE = "Engineers expect the construction to begin early next spring."


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """A 4-second clip of one sentence that is not in the talk's transcript."""
    d = tmp_path_factory.mktemp("clip")
    synthesize_talk([CLIP_SENTENCE], d / "clip.wav", lead_in=0.3, tail=0.3)
    return d / "clip.wav"


def test_short_clip_with_the_transcript_of_another_talk_is_refused(clip, tmp_path, capsys):
    """Whisper hears too few words in 4 s to judge by how much of the transcript was heard; what it
    heard is in no part of the transcript, so the pair is refused all the same."""
    other = tmp_path / "other.txt"
    other.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    out = tmp_path / "out.srt"
    assert main(["align", str(clip), str(other), "-o", str(out), "-q"]) == 1
    assert "does not seem to belong" in capsys.readouterr().err
    assert files_in(tmp_path) == {"other.txt"}


def test_short_clip_whose_sentence_is_in_a_longer_transcript_is_aligned(clip, tmp_path, capsys):
    """The same clip with a transcript holding its sentence among others (half of its words misheard by
    Whisper): the text can belong to the audio, so it is aligned, not refused."""
    text = tmp_path / "text.txt"
    text.write_text("\n".join(SENTENCES[:3] + [CLIP_SENTENCE] + SENTENCES[3:]) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["align", str(clip), str(text), "-o", str(out), "-q"]) == 0
    segments = json.loads(out.read_text(encoding="utf-8"))["segments"]
    assert [s["text"] for s in segments][3] == CLIP_SENTENCE


def test_missing_output_folder_is_reported_before_work(talk, tmp_path, capsys):
    d, _ = talk
    code = main(["align", str(d / "talk.wav"), str(d / "transcript.txt"), "-o", str(tmp_path / "no" / "x.srt")])
    assert code == 1 and "does not exist" in capsys.readouterr().err


def test_unknown_export_extension_is_reported(talk, tmp_path, capsys):
    d, _ = talk
    code = main(["align", str(d / "talk.wav"), str(d / "transcript.txt"), "-o", str(tmp_path / "x.docx")])
    assert code == 1 and ".srt" in capsys.readouterr().err


def test_the_bar_shows_each_stage_and_starts_again_for_the_alignment(monkeypatch):
    """The terminal bar names each stage as it begins, and the alignment after the audio's decoding gets a bar of its
    own: decoding reaches 100 %, and a bar kept at 100 % (tqdm counts only up) showed "Decoding audio 100 %" through
    the whole alignment, its later stages never drawn -- nor seen by the Ctrl-C test waiting for "Recognizing speech"."""
    import io

    from aligner.cli import TerminalProgress
    from aligner.progress import Progress

    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setenv("ALIGNER_PROGRESS", "1")
    bar = TerminalProgress()
    for p in (Progress("Decoding audio", 0.5, None), Progress("Decoding audio", 1.0, None),
              Progress("Loading model", 0.02, None), Progress("Recognizing speech", 0.3, None)):
        bar(p)
    drawn = err.getvalue()
    assert bar._bar.n == 300 and "Recognizing speech" in drawn and "Loading model" in drawn, drawn
    bar.close()


def test_the_summary_counts_one_segment_in_the_singular():
    from aligner.cli import _summary
    from aligner.document import Document, Segment

    one = Document(segments=[Segment("And so, my fellow Americans.", 0.3, 6.9)], audio_duration=11.0)
    assert _summary(one, None, 2.5).startswith("Aligned 1 segment in 2.5 s (0.2 min of audio")
    one.segments.append(Segment("Ask not.", 7.0, 8.0))
    assert _summary(one, None, 2.5).startswith("Aligned 2 segments in")


@pytest.fixture(scope="module")
def long_talk(tmp_path_factory):
    """A recording long enough to press Ctrl-C while its speech is being recognized."""
    d = tmp_path_factory.mktemp("long")
    synthesize_talk(SENTENCES * 12, d / "long.wav", pauses=0.5)
    (d / "long.txt").write_text("\n".join(SENTENCES * 12), encoding="utf-8")
    return d


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_cleanly_and_writes_nothing(long_talk, tmp_path, presses):
    """Ctrl-C while speech is recognized, once or twice in quick succession: one clean cancel, status 130.

    Pressed when the bar reaches "Recognizing speech", not a second after it first shows: that second fell in
    the models' imports or after them depending on the machine's load, and what a press landing in an import
    does is tested on its own (test_ctrl_c_in_an_import_or_while_stopping_still_exits_130)."""
    out = tmp_path / "out.srt"
    proc = subprocess.Popen([sys.executable, "-m", "aligner", "align", str(long_talk / "long.wav"),
                             str(long_talk / "long.txt"), "-o", str(out), "--project", str(tmp_path / "p.alignproj")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "ALIGNER_PROGRESS": "1"})
    deadline = time.monotonic() + 300
    seen = ""
    while "Recognizing speech" not in seen and time.monotonic() < deadline and proc.poll() is None:
        seen += proc.stderr.read(1)
    assert proc.poll() is None, "finished before it could be interrupted"
    for press in range(presses):
        time.sleep(0.05 * press)
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, seen + err
    assert "cancelled; nothing was written" in err and "Traceback" not in err
    assert files_in(tmp_path) == set()


#: Run as ``python -m`` (as the tests above run the command): a ``formats`` command that presses Ctrl-C where a
#: press can land that no timing reproduces at will.
CTRL_C_LAUNCHER = """
import runpy, signal, sys

from aligner import cli

WHERE = sys.argv[1]


def press():
    signal.raise_signal(signal.SIGINT)


def formats(args):
    if WHERE == "in code run from a string":  # as in a dataclass's methods, made so while a module imports
        exec("press()", {"press": press})
    else:
        press()
    cli.CTRL_C.check()  # where the work polls its token
    raise AssertionError("went on after Ctrl-C")


class PressesWhenDropped:
    def __del__(self, raise_signal=signal.raise_signal, sigint=signal.SIGINT):  # the module's names are gone by then
        raise_signal(sigint)


if WHERE == "again while it says cancelled":
    say = cli.say
    cli.say = lambda message: (press(), say(message))
if WHERE == "again as Python shuts down":
    kept_until_the_end = PressesWhenDropped()
cli.COMMANDS["formats"] = formats
sys.argv[1:] = ["formats"]
runpy.run_module("aligner", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("where", ["in code run from a string", "again while it says cancelled",
                                   "again as Python shuts down"])
def test_ctrl_c_in_an_import_or_while_stopping_still_exits_130(tmp_path, where):
    """One press landing in code Python runs from a string (a dataclass's methods are made so while a module
    imports) left ``python -m aligner`` dying of SIGINT (status -2) after "cancelled"; so did a second press
    while the cancel was reported (with a traceback) or while Python shut down."""
    (tmp_path / "ctrl_c_launcher.py").write_text(CTRL_C_LAUNCHER, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "-m", "ctrl_c_launcher", where], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)])})
    assert r.returncode == 130, r.stderr
    assert "cancelled; nothing was written" in r.stderr and "Traceback" not in r.stderr


#: A ``formats`` command that draws the bar while a worker thread, as the speech recognizer's do, is about to make a
#: tqdm of its own, and presses Ctrl-C just after the bar's tqdm took its write lock (run as ``python -m``).
CTRL_C_WHILE_DRAWING = """
import runpy, signal, sys, threading

from tqdm import tqdm
from tqdm.std import TqdmDefaultWriteLock

from aligner import cli
from aligner.progress import Progress

take_the_lock = TqdmDefaultWriteLock.acquire


def take_the_lock_then_press(self, *args, **kwargs):
    took = take_the_lock(self, *args, **kwargs)
    if threading.current_thread() is threading.main_thread() and not cli.CTRL_C.cancelled:
        signal.raise_signal(signal.SIGINT)
    return took


def formats(args):
    bar = cli.TerminalProgress()
    bar(Progress("Decoding audio", 1.0))
    go = threading.Event()
    worker = threading.Thread(target=lambda: (go.wait(), tqdm(total=1, disable=True).close()))
    worker.start()
    try:
        TqdmDefaultWriteLock.acquire = take_the_lock_then_press
        bar(Progress("Recognizing speech", 0.5))
        cli.CTRL_C.check()  # where the work polls its token after reporting progress
        raise AssertionError("went on after Ctrl-C")
    finally:
        TqdmDefaultWriteLock.acquire = take_the_lock
        go.set()
        worker.join()
        bar.close()


cli.COMMANDS["formats"] = formats
sys.argv[1:] = ["formats"]
runpy.run_module("aligner", run_name="__main__", alter_sys=True)
"""


def test_ctrl_c_while_the_bar_draws_cancels_and_does_not_hang(tmp_path):
    """Ctrl-C landing just after the bar's tqdm took its write lock left that lock held; the recognizer's worker
    threads, each making a tqdm, waited for it, and the main thread waited for them: the command hung after
    "Recognizing speech" (found by the Ctrl-C test timing out on a machine at load 20)."""
    (tmp_path / "ctrl_c_while_drawing.py").write_text(CTRL_C_WHILE_DRAWING, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "-m", "ctrl_c_while_drawing"], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)]),
                            "ALIGNER_PROGRESS": "1"})
    assert r.returncode == 130, r.stderr
    assert "cancelled; nothing was written" in r.stderr and "Traceback" not in r.stderr


def test_python_dash_m_works():
    r = subprocess.run([sys.executable, "-m", "aligner", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("aligner ")


def test_gap_and_not_heard_options_reach_the_export_options():
    from aligner.cli import _export_options, build_parser

    args = build_parser().parse_args(["export", "talk.alignproj", "-o", "x.srt", "--min-gap", "80",
                                      "--not-heard", "pause"])
    options = _export_options(args)
    assert options.min_gap == 0.08 and options.not_heard == "pause"
    assert _export_options(build_parser().parse_args(["export", "t.alignproj", "-o", "x.srt"])).not_heard == "omit"


def test_ctrl_c_that_a_library_turns_into_its_own_error_or_swallows_still_cancels(monkeypatch, capsys):
    """Ctrl-C half a second into a run landed in an import that raised ImportError from it (a traceback, exit 1),
    or that swallowed it (the run went on and wrote its files): the token Ctrl-C sets decides."""
    from aligner import cli
    from aligner.progress import CancelToken

    def converted(args):
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt as e:
            raise ImportError("partially initialized module") from e

    def swallowed(args):
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            pass
        cli.CTRL_C.check()  # where the work polls its token, and before anything is written
        raise AssertionError("went on after Ctrl-C")

    previous = signal.getsignal(signal.SIGINT)
    try:
        for command in (converted, swallowed):
            monkeypatch.setattr(cli, "CTRL_C", CancelToken())
            monkeypatch.setitem(cli.COMMANDS, "formats", command)
            assert cli.main(["formats"]) == cli.EXIT_CANCELLED
            assert "cancelled; nothing was written" in capsys.readouterr().err
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_while_the_files_are_written_finishes_them_and_says_what_was_written(tmp_path, monkeypatch, capsys):
    """Pressed between two outputs, Ctrl-C left the first written and said "cancelled; nothing was written"; from
    the first file on the command finishes, and a press before it still cancels with nothing written."""
    from aligner import cli, formats
    from aligner.document import Document, Segment
    from aligner.progress import CancelToken
    from aligner.project import save_project

    doc = Document(segments=[Segment("And so, my fellow Americans.", 0.3, 6.9)], audio_duration=11.0)
    save_project(doc, str(tmp_path / "talk.alignproj"))
    write_document = formats.write_document

    def press_after_each_file(*args, **kwargs):
        write_document(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(formats, "write_document", press_after_each_file)
    monkeypatch.setattr(cli, "CTRL_C", CancelToken())
    previous = signal.getsignal(signal.SIGINT)
    try:
        status = cli.main(["export", str(tmp_path / "talk.alignproj"), "-o", str(tmp_path / "talk.srt"),
                           "-o", str(tmp_path / "talk.vtt")])
        assert status == cli.EXIT_OK
        assert (tmp_path / "talk.srt").exists() and (tmp_path / "talk.vtt").exists()
        assert "Wrote " in capsys.readouterr().err

        monkeypatch.setattr(cli, "CTRL_C", CancelToken())
        cli.CTRL_C.cancel()  # pressed while the project loaded
        assert cli.main(["export", str(tmp_path / "talk.alignproj"), "-o", str(tmp_path / "again.srt")]) \
            == cli.EXIT_CANCELLED
        assert "cancelled; nothing was written" in capsys.readouterr().err
        assert not (tmp_path / "again.srt").exists()
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_that_python_cannot_raise_prints_no_traceback_and_other_errors_still_do(monkeypatch):
    """Ctrl-C in a callback Python cannot raise from (an import's lock being dropped, a __del__) is not reported as
    "Exception ignored ... Traceback" once the run is cancelled; any other such error still is."""
    import signal

    from aligner import cli
    from aligner.progress import CancelToken

    class RaisesWhenDropped:
        def __init__(self, error):
            self.error = error

        def __del__(self):
            raise self.error

    reported = []
    previous = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: reported.append(unraisable.exc_value))
    monkeypatch.setattr(cli, "CTRL_C", CancelToken())
    try:
        cli._listen_for_ctrl_c()  # wraps the hook in place (Python's own prints the traceback)
        RaisesWhenDropped(KeyboardInterrupt())
        assert [type(e) for e in reported] == [KeyboardInterrupt]  # no Ctrl-C pressed: nothing to hide
        cli.CTRL_C.cancel()
        RaisesWhenDropped(KeyboardInterrupt())
        assert len(reported) == 1
        RaisesWhenDropped(ValueError("a real fault"))
        assert [str(e) for e in reported[1:]] == ["a real fault"]
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_stereo_talk_with_one_channel_upside_down_is_aligned_and_the_user_is_told(talk, tmp_path, capsys):
    """Mixed to mono the pair's voice cancels; the aligner hears their difference and says so (the file is kept)."""
    import numpy as np

    from aligner.audio import load_audio
    from aligner.audio.encode import write_audio

    d, truth = talk
    voice = load_audio(str(d / "talk.wav")).samples.astype(np.float32) / 32768
    hiss = np.random.default_rng(5).normal(0, 0.002, (len(voice), 2))  # each capsule's own noise
    pair = tmp_path / "pair.wav"
    write_audio(pair, (np.stack([voice, -0.9 * voice], axis=1) + hiss).astype(np.float32), 16000)
    out = tmp_path / "pair.json"
    assert main(["align", str(pair), str(d / "transcript.txt"), "-o", str(out)]) == 0
    assert "wired upside down" in capsys.readouterr().err
    for s, t in zip(json.loads(out.read_text(encoding="utf-8"))["segments"], truth):
        assert abs(s["start"] - t.start) <= 0.25 and abs(s["end"] - t.end) <= 0.25, (s, t)


def test_a_film_mix_is_aligned_on_its_dialogue_channel_and_the_user_is_told(talk, tmp_path, capsys):
    """A 5.1 file (L R C LFE Ls Rs): the talk in the centre, ambience everywhere else.  The aligner hears the
    centre, says which channel it listened to, and the boundaries are right."""
    import numpy as np

    from aligner.audio import load_audio
    from aligner.audio.encode import write_audio

    d, truth = talk
    voice = load_audio(str(d / "talk.wav")).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(6)
    n, level = len(voice), float(np.sqrt(np.mean(voice[np.abs(voice) > 0.01] ** 2)))

    def ambience(db: float) -> np.ndarray:  # noise falling 3 dB an octave, ``db`` under the voice
        f = np.fft.rfftfreq(n, 1 / 16000)
        x = np.fft.irfft(np.fft.rfft(rng.normal(size=n)) / np.sqrt(np.maximum(f, 20.0)), n)
        return x / np.sqrt(np.mean(x ** 2)) * level * 10 ** (-db / 20)

    chans = [0.15 * voice + ambience(10), 0.15 * voice + ambience(10), voice + ambience(45), ambience(20),
             ambience(12), ambience(12)]
    film = tmp_path / "film.wav"
    write_audio(film, np.stack(chans, axis=1).astype(np.float32), 16000)
    out = tmp_path / "film.json"
    assert main(["align", str(film), str(d / "transcript.txt"), "-o", str(out)]) == 0
    assert "the aligner listened to channel 3 (front centre), where the voice is" in capsys.readouterr().err
    for s, t in zip(json.loads(out.read_text(encoding="utf-8"))["segments"], truth):
        assert abs(s["start"] - t.start) <= 0.25 and abs(s["end"] - t.end) <= 0.25, (s, t)
