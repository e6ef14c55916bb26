"""Walk the desktop window end to end as a person would, with real sound: a check tool, not a unit test.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb PYTHONPATH=. \\
        .venv/bin/python benchmarks/gui_walk.py OUTDIR

Makes its own talk (espeak-ng sentence by sentence, exact truth, see ``tests/synth.py``) whose transcript
disagrees with the speech (a sentence written but never said, one said but not written, a word substituted),
opens Aligner's real ``MainWindow`` and drives it through its widgets: the file dialogs, toolbar buttons,
keys, mouse drags on the waveform, double-clicks in the table, the export dialog, message boxes.  Playback is
recorded from a PulseAudio null sink and compared with the audio file.  A crash is a child process killed
with SIGKILL after an edit; the reopened window must offer the edit back.

Prints one table row per step (OK / FAIL / SKIP and what was seen) and writes screenshots and the recordings
to OUTDIR.  Exit status 1 when a step failed.  A step that cannot be checked here (no espeak-ng, no
PulseAudio) says SKIP with the reason: it is never faked.

The walk does not call controller internals where a person would click; it reads the window's state (the
document, the status bar, widgets) to check what happened.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import wave
from pathlib import Path
from typing import Callable, Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

#: What the voice says.  The transcript leaves out SAID_ONLY, adds WRITTEN_ONLY and changes one word.
SPOKEN = [
    "Good morning, and thank you all for coming to this short talk.",
    "Today I want to tell you about the old lighthouse on the northern coast.",
    "It was built more than two hundred years ago by local fishermen.",
    "The keeper lived there alone with a small brown dog.",
    "Every night he climbed the long stairs to light the great lamp.",
    "Thank you for listening, and enjoy the rest of your day.",
]
SAID_ONLY = 2  #: index in SPOKEN of the sentence the transcript lacks
SUBSTITUTED = (3, "dog", "horse")  #: (index in SPOKEN, spoken word, written word)
WRITTEN_ONLY = "Visitors can buy their tickets at the harbour office on weekdays."
WRITTEN_ONLY_AFTER = 3  #: written after this SPOKEN sentence
SINK = "walk"
RATE = 16000


# ----------------------------------------------------------------------------------------------- the talk
def make_talk(folder: Path):
    """(audio path, transcript path, truth per spoken sentence, transcript lines, truth row per line or None)."""
    from synth import synthesize_talk

    audio = folder / "talk.wav"
    truth = synthesize_talk(SPOKEN, audio, pauses=0.9, lead_in=0.8, tail=1.0)
    lines, rows = [], []
    for k, text in enumerate(SPOKEN):
        if k == SAID_ONLY:
            continue
        if k == SUBSTITUTED[0]:
            text = text.replace(SUBSTITUTED[1], SUBSTITUTED[2])
        lines.append(text)
        rows.append(k)
        if k == WRITTEN_ONLY_AFTER:
            lines.append(WRITTEN_ONLY)
            rows.append(None)
    transcript = folder / "talk.txt"
    transcript.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return audio, transcript, truth, lines, rows


# ----------------------------------------------------------------------------------------------- Qt helpers
def qwait(ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def wait_until(cond: Callable[[], bool], timeout: float, step_ms: int = 25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        qwait(step_ms)
    return bool(cond())


def click(widget, pos=None, button=None, modifier=None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, button or Qt.LeftButton, modifier or Qt.NoModifier,
                     pos if pos is not None else widget.rect().center())


def double_click(widget, pos) -> None:
    """Press, release, then the double-click event, as a mouse sends them (QTest's mouseDClick alone skips the
    first press, and an item view opens its editor only on the item it saw pressed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, pos)
    QTest.mouseDClick(widget, Qt.LeftButton, Qt.NoModifier, pos)
    qwait(150)


def key(widget, k, modifier=None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, k, modifier or Qt.NoModifier)


def toolbar_button(window, name: str):
    return window.toolbar.widgetForAction(window.a[name])


class Modals:
    """Answers the modal dialogs the window opens, as the person would; records every one it saw.

    A timer looks for the active modal widget (it runs inside the dialog's own event loop) and hands it to the
    first queued handler that accepts it.  An unexpected dialog is recorded and closed, so the walk never hangs.
    """

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.handlers: list[tuple[str, Callable]] = []
        self.seen: list[dict] = []
        self.timer = QTimer()
        self.timer.setInterval(60)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def expect(self, label: str, handler: Callable) -> None:
        """``handler(widget)`` returns True when it answered the dialog (False: not the one it waits for)."""
        self.handlers.append((label, handler))

    def clear(self) -> list[dict]:
        out, self.seen, self.handlers = self.seen, [], []
        return out

    def _tick(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        w = QApplication.activeModalWidget()
        if w is None or w.property("walkSeen") or not w.isVisible():  # (an id() is reused by later dialogs)
            return
        w.setProperty("walkSeen", True)
        record = {"class": type(w).__name__, "name": w.objectName(), "title": w.windowTitle()}
        if isinstance(w, QMessageBox):
            record.update(text=w.text(), informative=w.informativeText(), details=w.detailedText())
        for k, (label, handler) in enumerate(self.handlers):
            try:
                answered = handler(w)
            except Exception:  # noqa: BLE001 - a broken handler is a failed step, not a hung walk
                record["handler_error"] = traceback.format_exc()
                answered = False
            if answered:
                record["answered_by"] = label
                self.handlers.pop(k)
                break
        else:
            record["answered_by"] = "closed (unexpected)"
            w.reject() if hasattr(w, "reject") else w.close()
        self.seen.append(record)


def answer_box(button_text: str, name: Optional[str] = None) -> Callable:
    """A handler clicking the message box button whose text is ``button_text`` ("Save", "Keep it")."""
    from PySide6.QtWidgets import QMessageBox

    def handler(w) -> bool:
        if not isinstance(w, QMessageBox) or (name and w.objectName() != name):
            return False
        for b in w.buttons():
            if b.text().replace("&", "") == button_text:
                click(b)
                return True
        return False
    return handler


def answer_file_dialog(folder: str, names: list[str]) -> Callable:
    """A handler typing file names into Qt's own file dialog and pressing Enter (what a person does)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def handler(w) -> bool:
        if not isinstance(w, QFileDialog):
            return False
        edit = w.findChild(QLineEdit, "fileNameEdit")
        w.setDirectory(folder)  # the person browses to the folder
        qwait(100)
        text = names[0] if len(names) == 1 else " ".join(f'"{n}"' for n in names)
        edit.selectAll()
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key_Return)
        return True
    return handler


def screenshot(window, path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    window.grab().save(str(path))
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        screen.grabWindow(0).save(str(path.with_name(path.stem + "-screen.png")))


def rows_state(window) -> list[tuple]:
    return [(s.text, round(s.start, 4) if s.timed else None, round(s.end, 4) if s.timed else None, s.locked)
            for s in window.model.document.segments]


# ----------------------------------------------------------------------------------------------- sound
class Recorder:
    """``parec`` on the null sink's monitor, 16 kHz mono, into a raw file."""

    def __init__(self, path: Path):
        self.path = path
        self.proc: Optional[subprocess.Popen] = None

    def __enter__(self):
        self.file = open(self.path, "wb")
        self.proc = subprocess.Popen(["parec", f"--device={SINK}.monitor", "--format=s16le", f"--rate={RATE}",
                                      "--channels=1", "--latency-msec=20"], stdout=self.file)
        time.sleep(0.3)
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.file.close()

    def samples(self) -> np.ndarray:
        return np.frombuffer(self.path.read_bytes(), dtype=np.int16).astype(np.float32) / 32768


def start_pulse() -> tuple[bool, str]:
    """A PulseAudio server with a null sink ``walk`` as the default output (before Qt lists its devices)."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        return False, "pulseaudio/parec not installed"
    if subprocess.run(["pulseaudio", "--check"]).returncode != 0:
        tries = [["pulseaudio", "--start", "--exit-idle-time=-1"],
                 ["pulseaudio", "-D", "--system=false", "--exit-idle-time=-1", "--disallow-exit",
                  "--disallow-module-loading=0"]]
        for cmd in tries:
            subprocess.run(cmd, capture_output=True, timeout=20)
            if subprocess.run(["pulseaudio", "--check"]).returncode == 0:
                break
        else:
            return False, "pulseaudio would not start"
    sinks = subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True, text=True).stdout
    if f"\t{SINK}\t" not in sinks:
        subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={SINK}"], capture_output=True)
    subprocess.run(["pactl", "set-default-sink", SINK], capture_output=True)
    info = subprocess.run(["pactl", "info"], capture_output=True, text=True).stdout
    default = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Default Sink")),
                   "")
    return default == SINK, f"default sink {default!r}"


def sound_span(x: np.ndarray, rate: int = RATE) -> Optional[tuple[int, int]]:
    """First and last sample of the recording's sound (10 ms frames louder than -45 dBFS)."""
    frame = rate // 100
    n = len(x) // frame
    if n == 0:
        return None
    rms = np.sqrt(np.mean(x[:n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    loud = np.flatnonzero(20 * np.log10(rms) > -45)
    if not len(loud):
        return None
    return loud[0] * frame, (loud[-1] + 1) * frame


def envelope(x: np.ndarray, rate: int = RATE, hop_s: float = 0.01) -> np.ndarray:
    hop = int(rate * hop_s)
    n = len(x) // hop
    return np.sqrt(np.mean(x[:n * hop].reshape(n, hop) ** 2, axis=1) + 1e-12)


def best_correlation(rec: np.ndarray, ref: np.ndarray) -> tuple[float, int]:
    """Peak normalized cross-correlation of two sample arrays and its lag (samples of ``rec``)."""
    if len(rec) < len(ref):
        rec = np.concatenate([rec, np.zeros(len(ref) - len(rec), np.float32)])
    rec, ref = rec.astype(np.float64), ref.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(rec) + len(ref))))
    c = np.fft.irfft(np.fft.rfft(rec, n) * np.conj(np.fft.rfft(ref, n)), n)[:len(rec) - len(ref) + 1]
    energy = np.concatenate([[0.0], np.cumsum(rec ** 2)])
    window_energy = np.maximum(energy[len(ref):] - energy[:-len(ref)], 0.0)
    r = c / (np.sqrt(window_energy * np.sum(ref ** 2)) + 1e-6)
    k = int(np.argmax(r))
    return float(r[k]), k


def median_pitch(x: np.ndarray, rate: int = RATE) -> Optional[float]:
    """The median fundamental (Hz) over the louder half of 40 ms frames, by autocorrelation (60-400 Hz)."""
    n = int(0.04 * rate)
    frames = [x[i:i + n] for i in range(0, len(x) - n, n // 2)]
    if not frames:
        return None
    energy = np.array([np.sum(f ** 2) for f in frames])
    f0 = []
    for f in (f for f, e in zip(frames, energy) if e >= np.median(energy)):
        f = f - f.mean()
        ac = np.correlate(f, f, "full")[n - 1:]
        lo, hi = rate // 400, rate // 60
        k = lo + int(np.argmax(ac[lo:hi]))
        if ac[0] > 0 and ac[k] / ac[0] > 0.4:
            f0.append(rate / k)
    return float(np.median(f0)) if f0 else None


def envelope_correlation(rec: np.ndarray, ref: np.ndarray, stretch: float) -> float:
    """Correlation of the recording's loudness envelope with the reference's, stretched ``stretch`` times."""
    er, ef = envelope(rec), envelope(ref)
    ef = np.interp(np.arange(0, len(ef), 1 / stretch), np.arange(len(ef)), ef)
    er, ef = np.log(er), np.log(ef)
    if len(er) < len(ef):
        return 0.0
    best = -1.0
    for lag in range(0, len(er) - len(ef) + 1):
        a = er[lag:lag + len(ef)]
        best = max(best, float(np.corrcoef(a, ef)[0, 1]))
    return best


# ----------------------------------------------------------------------------------------------- the walk
class Walk:
    def __init__(self, out: Path, work: Path):
        self.out, self.work = out, work
        self.results: list[tuple[str, str, str]] = []
        self.window = None
        self.modals: Optional[Modals] = None
        self.facts: dict = {}

    def step(self, name: str, fn: Callable[[], tuple[Optional[bool], str]]) -> bool:
        print(f"... {name}", flush=True)
        t0 = time.monotonic()
        self.activate()
        try:
            ok, seen = fn()
        except Exception as e:  # noqa: BLE001 - a step that raises has failed; the walk goes on
            ok, seen = False, f"raised {type(e).__name__}: {e}"
            traceback.print_exc()
        verdict = "SKIP" if ok is None else ("OK" if ok else "FAIL")
        self.results.append((name, verdict, seen))
        print(f"    {verdict} ({time.monotonic() - t0:.1f} s): {seen}", flush=True)
        print(f"    queue after it: {self.queue()}", flush=True)
        return bool(ok)

    def queue(self) -> str:
        """The review label and each flagged row's flags: where an item leaves the queue is seen in the log."""
        w = self.window
        if w is None or w.model.document is None:
            return "-"
        flagged = [f"{i + 1}:{','.join(sorted(s.flags))}" for i, s in enumerate(w.model.document.segments) if s.flags]
        return f"{w.review_label.text()!r} {flagged}"

    def activate(self) -> bool:
        """Give the window the keyboard, as a click on its title bar would (Xvfb has no window manager to
        do it): without it no shortcut reaches the window and the table opens no editor."""
        from PySide6.QtWidgets import QApplication

        w = self.window
        if w is None:
            return False
        w.raise_()
        w.activateWindow()
        return wait_until(lambda: QApplication.activeWindow() is w, 3)

    def table(self) -> str:
        width = max(len(n) for n, _, _ in self.results)
        lines = [f"{'step'.ljust(width)}  verdict  seen", "-" * (width + 60)]
        lines += [f"{n.ljust(width)}  {v.ljust(7)}  {s}" for n, v, s in self.results]
        return "\n".join(lines)


def run_walk(out: Path) -> int:
    from synth import espeak_available

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="aligner-walk-"))
    os.environ["ALIGNER_CONFIG_DIR"] = str(work / "config")
    os.environ["ALIGNER_STATE_DIR"] = str(work / "state")
    walk = Walk(out, work)
    if not espeak_available():
        print("espeak-ng is not installed: the walk needs it to make its talk")
        return 2
    pulse_ok, pulse_note = start_pulse()
    print(f"PulseAudio: {'ready' if pulse_ok else 'NOT ready'} ({pulse_note})", flush=True)

    from aligner.settings import Settings, save_settings

    save_settings(Settings(autosave_interval=2.0))  # a person may choose 2 s in Settings; the crash step waits less

    from ui.app import create_app, create_window
    from ui.preferences import Preferences
    from aligner.project import RecoveryStore

    app = create_app()
    walk.modals = Modals()
    window = create_window(Preferences.load(), RecoveryStore())
    window.resize(1500, 900)
    window.show()
    walk.window = window
    qwait(300)

    talk_dir = work / "talk"
    talk_dir.mkdir()
    audio_path, transcript_path, truth, lines, truth_rows = make_talk(talk_dir)
    walk.facts.update(audio=audio_path, transcript=transcript_path, truth=truth, lines=lines, truth_rows=truth_rows)

    steps = [
        ("open talk through File > Open dialog", step_open),
        ("align (toolbar Align, wait for worker)", step_align),
        ("review queue / F3 / mismatch marks", step_review),
        ("status bar names the language", step_language),
        ("screenshot after aligning", step_screenshot_aligned),
        ("F3 to a flagged row, F4 marks it reviewed", step_mark_reviewed),
        ("drag a boundary on the waveform", step_drag),
        ("undo the drag (Ctrl+Z)", step_undo_drag),
        ("edit a cell's text (double-click, type)", step_edit_text),
        ("split a segment at the playhead", step_split),
        ("merge it back (toolbar Merge)", step_merge),
        ("lock rows after moving one", step_lock),
        ("re-align: locked rows keep times", step_realign_locked),
        ("undo / redo across the edits", step_undo_redo),
        ("play a segment at 1.0x (recorded)", lambda: step_play(walk, 1.0) if pulse_ok else (None, pulse_note)),
        ("play the segment at 0.5x (recorded)", lambda: step_play(walk, 0.5) if pulse_ok else (None, pulse_note)),
        ("loop the segment (recorded)", lambda: step_loop(walk) if pulse_ok else (None, pulse_note)),
        ("play / loop stop at an end inside speech", lambda: step_play_end_in_speech(walk) if pulse_ok
         else (None, pulse_note)),
        ("export SRT through the Export dialog", lambda: step_export(walk, "srt")),
        ("export JSON through the Export dialog", lambda: step_export(walk, "json")),
        ("save the project (Ctrl+S, file dialog)", step_save),
        ("crash after an edit, reopen, restore", step_crash),
        ("corrupt audio through File > Open", lambda: step_bad_open(walk, "audio")),
        ("binary transcript through File > Open", lambda: step_bad_open(walk, "transcript")),
        ("Find & Replace puts the spoken word back", step_find_replace),
        ("unscripted speech inserted as a segment", step_insert_unscripted),
        ("re-align a range drawn on the waveform", step_realign_range),
        ("screenshot at the end", step_screenshot_end),
    ]
    for name, fn in steps:
        call = fn if fn.__code__.co_argcount == 0 else (lambda f=fn: f(walk))
        walk.step(name, call)
        stray = walk.modals.clear()
        if stray:
            (out / "dialogs.jsonl").open("a").write("".join(json.dumps({"step": name, **d}) + "\n" for d in stray))

    print()
    print(walk.table())
    (out / "walk.txt").write_text(walk.table() + "\n")
    window.model.mark_saved()
    window.close()
    window.aligning.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    app.processEvents()
    return 0 if all(v != "FAIL" for _, v, _ in walk.results) else 1


# ----------------------------------------------------------------------------------------------- steps
def step_open(walk: Walk):
    w, f = walk.window, walk.facts
    walk.modals.expect("open dialog", answer_file_dialog(str(f["audio"].parent), ["talk.wav", "talk.txt"]))
    click(toolbar_button(w, "open"))
    ok = wait_until(lambda: w.model.audio is not None and not w.files.open_job, 60)
    seen = walk.modals.seen[:]
    n = len(w.model.document.segments)
    return ok and n == len(f["lines"]), f"{n} segments on screen, audio {'read' if w.model.audio else 'missing'}; " \
        f"dialogs: {[d['class'] for d in seen]}"


def step_align(walk: Walk):
    w = walk.window
    walk.modals.expect("mismatch question", answer_box("Keep it"))
    click(toolbar_button(w, "align"))
    if not wait_until(lambda: w.aligning.running, 5):
        return False, "the Align button did not start a run"
    t0 = time.monotonic()
    wait_until(lambda: not w.aligning.running, 600)
    doc = w.model.document
    timed = sum(1 for s in doc.segments if s.timed)
    f = walk.facts
    errs = []
    for seg, k in zip(doc.segments, f["truth_rows"]):
        if k is not None and seg.timed:
            errs += [seg.start - f["truth"][k].start, seg.end - f["truth"][k].end]
    within = np.mean(np.abs(errs) <= 0.1) * 100 if errs else 0
    msgs = [d.get("title") for d in walk.modals.seen]
    f["aligned"] = rows_state(w)
    return doc.aligned and timed >= len(doc.segments) - 1, \
        f"{time.monotonic() - t0:.1f} s; {timed}/{len(doc.segments)} rows timed; spoken rows' boundaries within " \
        f"100 ms of truth: {within:.0f} % (median |err| {np.median(np.abs(errs)) * 1000:.0f} ms); status: " \
        f"{w.statusBar().currentMessage()!r}; dialogs: {msgs}"


def step_review(walk: Walk):
    from PySide6.QtCore import Qt
    from aligner.document import NOT_HEARD
    from ui.review import segment_reason

    w, f = walk.window, walk.facts
    label = w.review_label.text()
    doc = w.model.document
    reasons = {i: segment_reason(s) for i, s in enumerate(doc.segments) if segment_reason(s)}
    written_row = f["lines"].index(WRITTEN_ONLY)
    subst_row = f["truth_rows"].index(SUBSTITUTED[0])
    unscripted = [(round(u.start, 2), round(u.end, 2), u.text) for u in doc.unscripted]
    said = f["truth"][SAID_ONLY]
    said_marked = any(u.start < said.end and u.end > said.start for u in doc.unscripted)
    # F3 as a person presses it, from the first row
    click(w.table.viewport(), w.table.visualRect(w.table.model().index(0, 5)).center())
    visited = []
    for _ in range(len(reasons) + len(doc.unscripted) + 1):
        key(w.table, Qt.Key_F3)
        qwait(100)
        visited.append(w.model.current)
    f3_hits_written = written_row in visited
    ok = bool(label) and written_row in reasons and said_marked and f3_hits_written
    return ok, f"label {label!r}; rows to review {reasons}; written-only row {written_row} " \
        f"{'flagged' if written_row in reasons else 'NOT flagged'} ({'not heard' if doc.segments[written_row].has(NOT_HEARD) else 'heard'}); " \
        f"substituted row {subst_row}: {reasons.get(subst_row, 'not flagged')}; unscripted spans {unscripted} " \
        f"(said-only sentence {said.start:.2f}-{said.end:.2f} {'marked' if said_marked else 'NOT marked'}); " \
        f"F3 visited rows {visited}"


def step_language(walk: Walk):
    text = walk.window.language_button.text()
    return "English" in text, f"language button {text!r}, tooltip {walk.window.language_button.toolTip()!r}"


def step_screenshot_aligned(walk: Walk):
    path = walk.out / "after-align.png"
    screenshot(walk.window, path)
    return path.exists(), str(path)


def _detail(walk: Walk):
    return walk.window.waveforms.detail


def _show_row(walk: Walk, row: int) -> None:
    """Select ``row`` by clicking its number in the table (the waveform follows the current row)."""
    t = walk.window.table
    click(t.viewport(), t.visualRect(t.model().index(row, 0)).center())
    qwait(150)


def step_drag(walk: Walk):
    w = walk.window
    row = 0
    _show_row(walk, row)
    d = _detail(walk)
    vp = d.viewport
    seg = w.model.document.segments[row]
    before = seg.end
    x0 = vp.time_to_x(before)
    nxt = w.model.document.segments[row + 1]
    room_px = (nxt.start - before) / vp.seconds_per_pixel
    dx = int(min(40, room_px / 2))
    if dx < 3:
        return False, f"no room to drag: {room_px:.1f} px to the next segment"
    from PySide6.QtTest import QTest
    from window_helpers import drag  # the press / move / release the window tests use; QTest has the same calls

    drag(QTest, d, x0, x0 + dx)
    qwait(100)
    after = w.model.document.segments[row].end
    want = before + dx * vp.seconds_per_pixel
    tol = vp.seconds_per_pixel * 1.01 + 1e-3
    walk.facts["drag"] = (row, before, after)
    return abs(after - want) <= tol, f"row {row + 1} end {before:.3f} -> {after:.3f} s (dragged {dx} px = " \
        f"{dx * vp.seconds_per_pixel * 1000:.0f} ms; {vp.seconds_per_pixel * 1000:.1f} ms per pixel); " \
        f"undo text {w.a['undo'].text()!r}"


def step_undo_drag(walk: Walk):
    from PySide6.QtCore import Qt

    w = walk.window
    row, before, after = walk.facts["drag"]
    key(w.table, Qt.Key_Z, Qt.ControlModifier)
    qwait(100)
    now = w.model.document.segments[row].end
    return abs(now - before) < 1e-6, f"end {after:.3f} -> {now:.3f} s after Ctrl+Z (was {before:.3f})"


def step_edit_text(walk: Walk):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = walk.window
    row = 1
    t = w.table
    idx = t.model().index(row, 5)
    double_click(t.viewport(), t.visualRect(idx).center())
    editor = t.active_text_editor()
    if editor is None:
        return False, f"double-click on the Text cell opened no editor (view state {t.state()})"
    new = "Today I want to tell you about the old lighthouse on the north coast."
    key(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor, new)
    key(editor, Qt.Key_Return)
    qwait(100)
    got = w.model.document.segments[row].text
    walk.facts["history"] = [("edit text", rows_state(w))]
    return got == new, f"row {row + 1} text now {got!r}; undo text {w.a['undo'].text()!r}"


def step_split(walk: Walk):
    from PySide6.QtCore import QPoint
    w = walk.window
    row = 4 if len(w.model.document.segments) > 4 else 0
    _show_row(walk, row)
    seg = w.model.document.segments[row]
    d = _detail(walk)
    mid = seg.start + (seg.end - seg.start) * 0.5
    click(d, QPoint(int(d.viewport.time_to_x(mid)), d.height() // 2))  # a click moves the playhead
    qwait(100)
    n0 = len(w.model.document.segments)
    click(toolbar_button(w, "split"))
    qwait(150)
    segs = w.model.document.segments
    walk.facts["split_row"] = row
    walk.facts.setdefault("history", []).append(("split", rows_state(w)))
    ok = len(segs) == n0 + 1 and abs(segs[row].end - w.player.playhead) < 0.02
    return ok, f"playhead {w.player.playhead:.3f} s; rows {n0} -> {len(segs)}: {segs[row].text!r} " \
        f"[{segs[row].start:.2f}-{segs[row].end:.2f}] + {segs[row + 1].text!r} [{segs[row + 1].start:.2f}-" \
        f"{segs[row + 1].end:.2f}]"


def step_merge(walk: Walk):
    w = walk.window
    row = walk.facts["split_row"]
    _show_row(walk, row)
    n0 = len(w.model.document.segments)
    click(toolbar_button(w, "merge"))
    qwait(150)
    segs = w.model.document.segments
    walk.facts["history"].append(("merge", rows_state(w)))
    want = walk.facts["lines"][row] if walk.facts["lines"][row] else ""
    return len(segs) == n0 - 1 and segs[row].text == want, \
        f"rows {n0} -> {len(segs)}; row {row + 1} {segs[row].text!r} [{segs[row].start:.2f}-{segs[row].end:.2f}]"


def step_lock(walk: Walk):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    w = walk.window
    rows = (0, 1)
    _show_row(walk, rows[0])
    # move row 1's start 60 ms later with the keyboard nudge (Timing menu), so a re-align would put it back
    seg = w.model.document.segments[rows[0]]
    d = _detail(walk)
    x = d.viewport.time_to_x(seg.start)
    QTest.mouseClick(d, Qt.LeftButton, Qt.NoModifier, QPoint(int(x), d.height() // 2))  # grabs the start
    qwait(50)
    for _ in range(6):
        key(w.table, Qt.Key_Right, Qt.AltModifier)  # Timing > Nudge boundary +10 ms
    qwait(100)
    t = w.table
    click(t.viewport(), t.visualRect(t.model().index(rows[0], 0)).center())
    click(t.viewport(), t.visualRect(t.model().index(rows[1], 0)).center(), modifier=Qt.ShiftModifier)
    qwait(100)
    click(toolbar_button(w, "lock"))
    qwait(150)
    segs = w.model.document.segments
    locked = [i for i, s in enumerate(segs) if s.locked]
    walk.facts["locked"] = {i: (segs[i].start, segs[i].end) for i in locked}
    walk.facts["history"].append(("lock", rows_state(w)))
    moved = segs[rows[0]].start - walk.facts["aligned"][rows[0]][1]
    return locked == list(rows), f"locked rows {[i + 1 for i in locked]}; row 1 start moved {moved * 1000:+.0f} ms " \
        f"by the nudge key before locking; status {w.statusBar().currentMessage()!r}"


def step_realign_locked(walk: Walk):
    w = walk.window
    walk.modals.expect("mismatch question", answer_box("Keep it"))
    click(toolbar_button(w, "align"))
    if not wait_until(lambda: w.aligning.running, 5):
        return False, "Align did not start"
    wait_until(lambda: not w.aligning.running, 600)
    segs = w.model.document.segments
    kept = {i: (round(segs[i].start, 4), round(segs[i].end, 4)) for i in walk.facts["locked"]}
    want = {i: (round(a, 4), round(b, 4)) for i, (a, b) in walk.facts["locked"].items()}
    walk.facts["history"].append(("re-align", rows_state(w)))
    return kept == want and all(segs[i].locked for i in want), f"locked {want} -> {kept}; status " \
        f"{w.statusBar().currentMessage()!r}"


def step_undo_redo(walk: Walk):
    from PySide6.QtCore import Qt

    w = walk.window
    history = walk.facts["history"]  # after: edit text, split, merge, lock, re-align (the nudges are steps too)
    final = rows_state(w)
    n = w.model.undo_stack.index()
    problems = []
    names = [w.model.undo_stack.text(i) for i in range(w.model.undo_stack.count())]
    # undo back to just after the text edit, checking each state we recorded on the way
    marks = {rows_state_key(s): name for name, s in history}
    seen = []
    for _ in range(n):
        if rows_state(w) == history[0][1]:
            break
        key(w.table, Qt.Key_Z, Qt.ControlModifier)
        qwait(60)
        seen.append(marks.get(rows_state_key(rows_state(w)), "-"))
    if rows_state(w) != history[0][1]:
        problems.append("undo never got back to the state after the text edit")
    undone = n - w.model.undo_stack.index()
    for _ in range(undone):
        key(w.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
        qwait(60)
    if rows_state(w) != final:
        problems.append("redo did not come back to the final state")
    return not problems, f"{undone} undos passed through {seen}; redo back to the end " \
        f"{'matches' if rows_state(w) == final else 'DIFFERS'}; stack: {names} {problems}"


def rows_state_key(state) -> str:
    return json.dumps(state)


def _segment_samples(walk: Walk, row: int) -> np.ndarray:
    with wave.open(str(walk.facts["audio"])) as f:
        x = np.frombuffer(f.readframes(f.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    seg = walk.window.model.document.segments[row]
    return x[int(seg.start * RATE):int(seg.end * RATE)]


def _file_samples(walk: Walk) -> np.ndarray:
    with wave.open(str(walk.facts["audio"])) as f:
        return np.frombuffer(f.readframes(f.getnframes()), dtype=np.int16).astype(np.float32) / 32768


def _played_span(x: np.ndarray, audio: np.ndarray, start: float) -> Optional[tuple[float, float]]:
    """(file time of the recording's first sound, file time of its last): the recording is placed on the file by
    correlating its opening with the file from ``start``."""
    span = sound_span(x)
    if span is None:
        return None
    head = audio[int(start * RATE):int(start * RATE) + RATE // 2]
    r, k = best_correlation(x, head)
    if r < 0.6:
        return None
    return start + (span[0] - k) / RATE, start + (span[1] - k) / RATE


def _set_rate(walk: Walk, rate: float) -> None:
    from PySide6.QtCore import Qt

    w = walk.window
    for _ in range(12):  # Playback > Slower / Faster, as often as it takes
        if abs(w.player.rate - rate) < 1e-6:
            break
        key(w.table, Qt.Key_Down if w.player.rate > rate else Qt.Key_Up, Qt.ControlModifier)
        qwait(50)


def step_play_end_in_speech(walk: Walk):
    """Move a segment's end into the middle of its speech, play it once and in a loop: what is heard must stop
    at the end (a person plays a segment to judge exactly that boundary)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from window_helpers import drag

    w = walk.window
    row = 4
    _show_row(walk, row)
    _set_rate(walk, 1.0)
    audio = _file_samples(walk)
    seg = w.model.document.segments[row]
    a, b = seg.start + (seg.end - seg.start) / 3, seg.start + 2 * (seg.end - seg.start) / 3
    cut = a + (int(np.argmax(envelope(audio[int(a * RATE):int(b * RATE)]))) + 0.5) * 0.01  # inside a loud sound
    d = _detail(walk)
    drag(QTest, d, d.viewport.time_to_x(seg.end), d.viewport.time_to_x(cut))
    qwait(100)
    seg = w.model.document.segments[row]
    if abs(seg.end - cut) > 0.02:
        return False, f"the drag to {cut:.3f} s left the end at {seg.end:.3f} s"
    with Recorder(walk.out / "play-end-in-speech.raw") as rec:
        click(toolbar_button(w, "play_segment"))
        wait_until(lambda: w.player.playing, 5)
        wait_until(lambda: not w.player.playing, seg.end - seg.start + 10)
        qwait(500)
    once = _played_span(rec.samples(), audio, seg.start)
    with Recorder(walk.out / "loop-end-in-speech.raw") as rec:
        click(toolbar_button(w, "loop_segment"))
        wait_until(lambda: w.player.playing, 5)
        qwait(int(3.4 * (seg.end - seg.start) * 1000))
        click(toolbar_button(w, "loop_segment"))
        qwait(400)
    x = rec.samples()
    head = audio[int(seg.start * RATE):int(seg.start * RATE) + RATE // 2]
    starts, rest = [], x.copy()
    for _ in range(5):
        r, k = best_correlation(rest, head)
        if r < 0.6:
            break
        starts.append(k / RATE)
        rest[max(0, k - len(head)):k + len(head)] = 0
    starts.sort()
    period = float(np.mean(np.diff(starts))) if len(starts) > 1 else None
    key(w.table, Qt.Key_Z, Qt.ControlModifier)  # the drag is undone
    qwait(100)
    length = seg.end - seg.start
    if once is None:
        return False, "the single play could not be placed on the file"
    over = once[1] - seg.end
    loop_over = None if period is None else period - length
    out = f"segment {row + 1} cut to end at {seg.end:.3f} s inside speech ({length:.2f} s): one play sounded " \
          f"{once[0]:.3f}-{once[1]:.3f} s of the file, {over * 1000:+.0f} ms past the end; looped, each pass took " \
          f"{'?' if period is None else f'{period:.3f}'} s ({'?' if loop_over is None else f'{loop_over * 1000:+.0f}'} " \
          f"ms past the end, passes at {np.round(starts, 2)} s)"
    # Not cut short, and no more past the end than the sound the output holds when playback pauses (the player
    # cannot know it; 27-96 ms were measured here, 64-111 ms before the end was timed by the clock): a pass of
    # the loop likewise.  See ui/player.py.
    ok = -0.02 <= over <= 0.1 and loop_over is not None and abs(loop_over) <= 0.1
    return ok, out


def step_play(walk: Walk, rate: float):
    w = walk.window
    row = 2
    _show_row(walk, row)
    _set_rate(walk, rate)
    seg = w.model.document.segments[row]
    length = seg.end - seg.start
    path = walk.out / f"play-{rate:g}x.raw"
    with Recorder(path) as rec:
        click(toolbar_button(w, "play_segment"))
        started = wait_until(lambda: w.player.playing, 5)
        wait_until(lambda: not w.player.playing, length / rate + 10)
        qwait(500)
    x = rec.samples()
    from synth import write_wav
    write_wav(path.with_suffix(".wav"), x)
    span = sound_span(x)
    if not started or span is None:
        return False, f"playing started: {started}; recorded {len(x) / RATE:.2f} s, sound: {span}; speed label " \
            f"{w.speed_label.text()!r}"
    heard = (span[1] - span[0]) / RATE
    ref = _segment_samples(walk, row)
    body = x[span[0]:span[1]]
    if rate == 1.0:
        r, _ = best_correlation(x, ref)
        same = f"waveform correlation with the file's span {r:.2f}"
        ok_same = r > 0.5
    else:
        r = envelope_correlation(x, ref, 1 / rate)
        same = f"loudness-envelope correlation with the file's span stretched {1 / rate:g}x {r:.2f}"
        ok_same = r > 0.6
    want = length / rate
    ok = abs(heard - want) <= 0.15 * want + 0.1 and ok_same
    if rate != 1.0:  # "pitch kept": the voice's pitch must not drop with the speed
        f_rec, f_ref = median_pitch(body), median_pitch(ref)
        kept = f_rec is not None and f_ref is not None and 0.85 < f_rec / f_ref < 1.18
        same += f"; voice pitch {f_rec or 0:.0f} Hz vs {f_ref or 0:.0f} Hz in the file " \
                f"({'kept' if kept else 'NOT kept'}; the player says pitch compensation " \
                f"{'is' if w.player.pitch_preserved() else 'is not'} available)"
        ok = ok and (kept or not w.player.pitch_preserved())
    walk.facts[f"heard_{rate}"] = heard
    return ok, f"segment {row + 1} {length:.2f} s at {w.speed_label.text()}: heard {heard:.2f} s of sound " \
        f"(want about {want:.2f}); {same}; recording {path.with_suffix('.wav').name}"


def step_loop(walk: Walk):
    w = walk.window
    row = 2
    _show_row(walk, row)
    _set_rate(walk, 1.0)
    seg = w.model.document.segments[row]
    length = seg.end - seg.start
    path = walk.out / "loop.raw"
    with Recorder(path) as rec:
        click(toolbar_button(w, "loop_segment"))
        wait_until(lambda: w.player.playing, 5)
        qwait(int((3.4 * length) * 1000))
        click(toolbar_button(w, "loop_segment"))
        qwait(400)
        still = w.player.playing
    x = rec.samples()
    ref = _segment_samples(walk, row)[:RATE]  # its first second: each pass starts with it
    # every place the segment's sound begins again: correlation peaks a segment apart
    starts = []
    rest = x.copy()
    for _ in range(5):
        r, k = best_correlation(rest, ref)
        if r < 0.6:
            break
        starts.append(k / RATE)
        rest[max(0, k - len(ref) // 2):k + len(ref)] = 0
    starts.sort()
    gaps = np.diff(starts)
    ok = len(starts) >= 3 and all(abs(g - length) < 0.25 for g in gaps) and not still
    return ok, f"segment {length:.2f} s looped for {3.4 * length:.1f} s: its sound starts at {np.round(starts, 2)} s " \
        f"of the recording (gaps {np.round(gaps, 2)}); stopped when Loop was pressed again: {not still}"


def step_export(walk: Walk, fmt: str):
    from PySide6.QtTest import QTest

    w = walk.window
    target = walk.work / f"exported.{fmt}"

    def fill(dlg) -> bool:
        if dlg.objectName() != "exportDialog":
            return False
        dlg.path_edit.setFocus()
        dlg.path_edit.selectAll()
        QTest.keyClicks(dlg.path_edit, str(target))
        qwait(50)
        from PySide6.QtWidgets import QDialogButtonBox
        box = dlg.findChild(QDialogButtonBox)
        click(box.button(QDialogButtonBox.Ok))
        return True

    walk.modals.expect("export dialog", fill)
    walk.modals.expect("export check", answer_box("Export anyway"))
    click(toolbar_button(w, "export"))
    wait_until(lambda: target.exists(), 10)
    qwait(200)
    dialogs = [(d["class"], d.get("title"), d.get("answered_by")) for d in walk.modals.seen]
    if not target.exists():
        return False, f"no file written; dialogs {dialogs}; status {w.statusBar().currentMessage()!r}"
    text = target.read_text(encoding="utf-8")
    if fmt == "srt":
        cues = [b for b in text.strip().split("\n\n") if "-->" in b]
        detail = f"{len(cues)} cues; first: {cues[0].splitlines()[1] if cues else None}"
        ok = len(cues) >= len(w.model.document.segments) - 1
    else:
        data = json.loads(text)
        items = data.get("segments", data) if isinstance(data, dict) else data
        detail = f"{len(items)} segments in JSON"
        ok = len(items) == len(w.model.document.segments)
    return ok, f"{target.name}: {detail}; dialogs {dialogs}; status {w.statusBar().currentMessage()!r}"


def step_save(walk: Walk):
    from PySide6.QtCore import Qt

    w = walk.window
    walk.modals.expect("save dialog", answer_file_dialog(str(walk.work), ["walk.alignproj"]))
    key(w.table, Qt.Key_S, Qt.ControlModifier)
    path = walk.work / "walk.alignproj"
    wait_until(lambda: path.exists() and not w.model.modified, 10)
    if path.exists():
        walk.facts["project"] = path
    return path.exists() and not w.model.modified, f"{path.name} {'written' if path.exists() else 'missing'}; " \
        f"title {w.windowTitle()!r}; modified {w.model.modified}"


def step_crash(walk: Walk):
    """A child process opens the project, edits a cell, waits for the autosave and is killed (SIGKILL);
    then ``ui.app.main`` starts again here and must offer the edit back."""
    from PySide6.QtWidgets import QApplication

    project = walk.facts.get("project")
    if not project:
        return False, "no saved project to open"
    child = subprocess.Popen([sys.executable, __file__, "--crash-child", str(project)], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    import queue
    import threading

    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in child.stdout], daemon=True).start()
    edited = None
    log_lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and edited is None:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        log_lines.append(line.rstrip())
        if line.startswith("AUTOSAVED "):
            edited = line.split(" ", 1)[1].strip()
        elif line.startswith(("DIALOG", "TIMEOUT")):
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    if edited is None:
        return False, f"the child never autosaved its edit: {log_lines[-5:]}"

    from ui import app as ui_app

    found = {}

    def restore(dlg) -> bool:
        if dlg.objectName() != "recoveryDialog":
            return False
        found["entries"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        from PySide6.QtWidgets import QPushButton
        button = next(b for b in dlg.findChildren(QPushButton) if b.text() == "Restore")
        click(button)
        return True

    walk.modals.expect("recovery dialog", restore)
    before = set(id(x) for x in QApplication.topLevelWidgets())

    def check_and_quit() -> None:
        from ui.main_window import MainWindow
        new = [x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow) and id(x) not in before]
        if new and new[0].model.document.segments and new[0].model.audio is not None:
            win = new[0]
            found["texts"] = [s.text for s in win.model.document.segments]
            found["modified"] = win.model.modified
            found["title"] = win.windowTitle()
            screenshot(win, walk.out / "restored.png")
            win.model.mark_saved()
            win.close()
            QApplication.instance().exit(0)
        elif time.monotonic() > stop_at:
            found["timeout"] = True
            for win in new:
                win.model.mark_saved()
                win.close()
            QApplication.instance().exit(0)

    from PySide6.QtCore import QTimer
    stop_at = time.monotonic() + 60
    poll = QTimer()
    poll.setInterval(200)
    poll.timeout.connect(check_and_quit)
    poll.start()
    code = ui_app.main([])  # the real start: offers the recovery, restores on Restore
    poll.stop()
    ok = edited in found.get("texts", []) and found.get("modified", False)
    return ok, f"child edited a row to {edited!r} and was killed; reopening offered {found.get('entries')}; " \
        f"restored window {found.get('title')!r} modified={found.get('modified')} holds the edit: " \
        f"{edited in found.get('texts', [])}; main() returned {code}"


def crash_child(project: str) -> int:
    """Run by the crash step in a child process: ``aligner PROJECT``, edit row 1's text, autosave, wait."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app
    from ui.main_window import MainWindow

    ui_app.create_app()  # main() takes this one over; the timers below need it to exist already
    new_text = "The keeper lived there alone with a small brown horse and a cat."
    state = {"done": False}

    def act() -> None:
        wins = [x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow)]
        if not wins or wins[0].model.audio is None or state["done"]:
            return
        w = wins[0]
        if QApplication.activeWindow() is not w:  # no window manager gives it the keyboard: a click would
            w.raise_()
            w.activateWindow()
            return
        t = w.table
        idx = t.model().index(2, 5)
        double_click(t.viewport(), t.visualRect(idx).center())
        editor = t.active_text_editor()
        if editor is None:
            print("NO EDITOR (trying again)", flush=True)
            return
        state["done"] = True
        QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(editor, new_text)
        QTest.keyClick(editor, Qt.Key_Return)
        w.autosaver.saved.connect(lambda: print(f"AUTOSAVED {new_text}", flush=True))
        print("EDITED", flush=True)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(act)
    timer.start()

    def tell_dialogs() -> None:  # a dialog in the child would wait for a person: say what it was and stop
        w = QApplication.activeModalWidget()
        if w is not None:
            print(f"DIALOG {type(w).__name__} {w.windowTitle()!r} {getattr(w, 'text', lambda: '')()!r}", flush=True)
            QApplication.instance().exit(3)

    watch = QTimer()
    watch.setInterval(500)
    watch.timeout.connect(tell_dialogs)
    watch.start()
    QTimer.singleShot(90000, lambda: (print("TIMEOUT", flush=True), QApplication.instance().exit(4)))
    return ui_app.main([project])


def step_bad_open(walk: Walk, which: str):
    from PySide6.QtCore import Qt

    w = walk.window
    folder = walk.work / f"bad-{which}"
    folder.mkdir(exist_ok=True)
    if which == "audio":
        bad = folder / "broken.wav"
        good = folder / "talk.txt"
        shutil.copy(walk.facts["transcript"], good)
        bad.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + os.urandom(4000))  # a WAV header, then noise bytes
        names = ["broken.wav", "talk.txt"]
    else:
        bad = folder / "notes.txt"
        bad.write_bytes(bytes(range(256)) * 40)
        shutil.copy(walk.facts["audio"], folder / "talk.wav")
        names = ["talk.wav", "notes.txt"]
    # open work that is not saved: one more edit (a nudge of row 3's end) before trying the bad files
    _show_row(walk, 3)
    key(w.table, Qt.Key_Right, Qt.AltModifier)
    qwait(100)
    state_before = rows_state(w)
    modified_before = w.model.modified
    walk.modals.expect("save first?", answer_box("Save"))
    walk.modals.expect("open dialog", answer_file_dialog(str(folder), names))
    walk.modals.expect("error message", lambda d: d.objectName() in ("errorDialog", "warningDialog")
                       and answer_box("OK")(d))
    click(toolbar_button(w, "open"))
    wait_until(lambda: any(d.get("name") in ("errorDialog", "warningDialog") for d in walk.modals.seen), 30)
    wait_until(lambda: not w.files.open_job, 30)
    qwait(300)
    msgs = [d for d in walk.modals.seen if d.get("name") in ("errorDialog", "warningDialog")]
    screenshot(w, walk.out / f"bad-{which}.png")
    texts = " | ".join(f"{d['title']}: {d['text']} {d.get('informative') or ''}".replace("\n", " ") for d in msgs)
    traceback_shown = any("Traceback" in (d.get("text", "") + d.get("details", "")) for d in msgs)
    stays = rows_state(w) == state_before and w.stack.currentWidget() is w.splitter
    ok = bool(msgs) and not traceback_shown and stays and "Unexpected" not in texts
    return ok, f"message: {texts or 'NONE'}; traceback shown: {traceback_shown}; work on screen kept: {stays} " \
        f"(modified before {modified_before}, after {w.model.modified}); dialogs " \
        f"{[(d['class'], d.get('title'), d.get('answered_by')) for d in walk.modals.seen]}"


def step_find_replace(walk: Walk):
    """Ctrl+F, type the written word and the spoken one, Replace all: the substituted word is corrected."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = walk.window
    spoken, written = SUBSTITUTED[1], SUBSTITUTED[2]
    key(w.table, Qt.Key_F, Qt.ControlModifier)
    if not wait_until(lambda: w.find_dialog is not None and w.find_dialog.isVisible(), 3):
        return False, "Ctrl+F opened no Find dialog"
    dlg = w.find_dialog
    QTest.keyClicks(dlg.find_edit, written)
    dlg.replace_edit.setFocus()
    QTest.keyClicks(dlg.replace_edit, spoken)
    click(dlg.replace_all_button)
    qwait(150)
    said = dlg.status.text()
    dlg.close()
    texts = [s.text for s in w.model.document.segments]
    want = SPOKEN[SUBSTITUTED[0]]
    row = next((i for i, t in enumerate(texts) if t.startswith("The keeper")), None)
    return row is not None and texts[row] == want, f"row {None if row is None else row + 1}: " \
        f"{None if row is None else texts[row]!r}; dialog said {said!r}; undo text {w.a['undo'].text()!r}"


def step_insert_unscripted(walk: Walk):
    """View > Speech not in transcript, choose the span, Insert as segment: the said-only sentence becomes a row
    in its place, with its time."""
    w = walk.window
    if not w.unscripted_dock.isVisible():
        w.a["unscripted_panel"].trigger()  # the View menu's item
        qwait(200)
    panel = w.unscripted_panel
    if panel.list.count() == 0:
        return False, "the panel lists no unscripted speech"
    item = panel.list.item(0)
    click(panel.list.viewport(), panel.list.visualItemRect(item).center())
    qwait(100)
    n0 = len(w.model.document.segments)
    click(panel.insert_button)
    qwait(200)
    segs = w.model.document.segments
    said = walk.facts["truth"][SAID_ONLY]
    new = [i for i, sg in enumerate(segs) if sg.timed and sg.start < said.end and sg.end > said.start]
    if len(segs) != n0 + 1 or not new:
        return False, f"rows {n0} -> {len(segs)}; status {w.statusBar().currentMessage()!r}"
    sg = segs[new[0]]
    in_order = all(segs[i].start <= segs[i + 1].start for i in range(len(segs) - 1) if segs[i].timed and
                   segs[i + 1].timed)
    ok = abs(sg.start - said.start) <= 0.1 and abs(sg.end - said.end) <= 0.1 and in_order
    return ok, f"row {new[0] + 1} {sg.text!r} at {sg.start:.3f}-{sg.end:.3f} s (said {said.start:.3f}-" \
        f"{said.end:.3f}); rows in time order: {in_order}; panel now lists {panel.list.count()}; review label " \
        f"{w.review_label.text()!r}"


def step_mark_reviewed(walk: Walk):
    """F3 until a flagged *row* is current, F4: it leaves the queue (F3 passes it by); Ctrl+Z puts it back."""
    from PySide6.QtCore import Qt
    from aligner.document import REVIEWED
    from ui.review import review_count, segment_reason

    w = walk.window
    doc = lambda: w.model.document  # noqa: E731 -- the document object is replaced by edits
    flagged = [i for i, s in enumerate(doc().segments) if segment_reason(s) and not s.has(REVIEWED)]
    if not flagged:
        return None, "no flagged row is left to mark (nothing to check)"
    _show_row(walk, 0)
    row = None
    for _ in range(review_count(doc()) + 1):
        key(w.table, Qt.Key_F3)
        qwait(100)
        if w.model.current in flagged and w.editing._review_pos[0] == "segment":
            row = w.model.current
            break
    if row is None:
        return False, f"F3 never reached a flagged row {flagged}"
    before = review_count(doc())
    key(w.table, Qt.Key_F4)
    qwait(150)
    marked = doc().segments[row].has(REVIEWED)
    after = review_count(doc())
    said = w.statusBar().currentMessage()
    visited = []  # what F3 showed next, as the status bar names it ("Segment 4: ..." / "Speech not in ...")
    for _ in range(after + 1):
        key(w.table, Qt.Key_F3)
        qwait(100)
        said_next = w.statusBar().currentMessage()
        for wrap in ("Back at the first item: ", "Back at the last item: "):
            said_next = said_next.removeprefix(wrap)
        visited.append(said_next.split(":")[0].split("(")[0].strip())
    key(w.table, Qt.Key_Z, Qt.ControlModifier)
    qwait(150)
    undone = not doc().segments[row].has(REVIEWED) and review_count(doc()) == before
    ok = marked and after == before - 1 and f"Segment {row + 1}" not in visited and undone
    return ok, f"row {row + 1} ({segment_reason(doc().segments[row])}): to review {before} -> {after} after F4, " \
        f"status {said!r}; F3 then showed {visited}; Ctrl+Z: " \
        f"{'back in the queue' if undone else 'NOT back'}"


def step_realign_range(walk: Walk):
    """Spoil the last line's start (dragged into its first word), draw a range over that line on the waveform,
    Ctrl+Alt+R: the start comes back to the voice, rows outside the range keep their times, Ctrl+Z undoes it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from window_helpers import drag

    w = walk.window
    segs = w.model.document.segments
    row = next((i for i, s in enumerate(segs) if s.text.startswith("Thank you for listening")), None)
    if row is None or not segs[row].timed:
        return False, "the last line is not on the timeline"
    said = walk.facts["truth"][len(SPOKEN) - 1]
    _show_row(walk, row)
    d = _detail(walk)
    vp = d.viewport
    seg = segs[row]
    x_start = vp.time_to_x(seg.start)
    spoil_px = int(round(0.35 / vp.seconds_per_pixel))
    drag(QTest, d, x_start, x_start + spoil_px)  # a start dragged 350 ms into "Thank"
    qwait(100)
    spoiled = w.model.document.segments[row]
    others = {i: (s.start, s.end) for i, s in enumerate(w.model.document.segments) if i != row and s.timed}
    # a range drawn from inside the line to past its end (a drag on the waveform away from any boundary)
    a = vp.time_to_x(spoiled.start + 0.3 * (spoiled.end - spoiled.start))
    b = vp.time_to_x(spoiled.end - 0.2 * (spoiled.end - spoiled.start))
    drag(QTest, d, a, b)
    qwait(100)
    if d.range is None:
        return False, "dragging on the waveform drew no range"
    walk.modals.expect("mismatch question", answer_box("Keep it"))
    key(w.table, Qt.Key_R, Qt.ControlModifier | Qt.AltModifier)
    if not wait_until(lambda: w.aligning.running, 5):
        return False, f"Ctrl+Alt+R did not start a re-align; status {w.statusBar().currentMessage()!r}"
    wait_until(lambda: not w.aligning.running, 600)
    now = w.model.document.segments
    fixed = now[row]
    kept = all((now[i].start, now[i].end) == t for i, t in others.items() if i < len(now))
    err_start, err_end = fixed.start - said.start, fixed.end - said.end
    undo_text = w.a["undo"].text()
    key(w.table, Qt.Key_Z, Qt.ControlModifier)
    qwait(150)
    back = abs(w.model.document.segments[row].start - spoiled.start) < 1e-6
    ok = abs(err_start) <= 0.1 and abs(err_end) <= 0.1 and kept and back
    return ok, f"row {row + 1} start spoiled {spoiled.start - said.start:+.3f} s; range " \
        f"{d.range if d.range else 'dropped'}; after Ctrl+Alt+R start {err_start * 1000:+.0f} ms, end " \
        f"{err_end * 1000:+.0f} ms from truth; other rows' times {'kept' if kept else 'MOVED'}; undo text " \
        f"{undo_text!r}; Ctrl+Z {'restores the spoiled start' if back else 'did NOT restore'}; status " \
        f"{w.statusBar().currentMessage()!r}"


def step_screenshot_end(walk: Walk):
    path = walk.out / "end.png"
    screenshot(walk.window, path)
    return path.exists(), f"{path}; review queue {walk.queue()}"


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--crash-child":
        sys.exit(crash_child(sys.argv[2]))
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(run_walk(Path(sys.argv[1]).resolve()))
