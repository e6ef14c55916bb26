"""From key press to sound, in the real window: Space and Ctrl+Space under Xvfb with a PulseAudio null sink.

    .venv/bin/python benchmarks/bench_playback.py [--minutes 30]

Needs Xvfb, xdotool, pulseaudio, pactl and parec (Debian: xvfb xdotool pulseaudio pulseaudio-utils).
It starts a private X display and a private PulseAudio server (its own runtime folder, nothing of the
user's is touched), with a null sink as the only output and no suspend-on-idle; the sink's monitor is
recorded with parec from before each key press.  The window opens the demo talk repeated to
``--minutes`` (benchmarks/bench_ui.py makes it) and is driven with xdotool as a person would.

For each press it reports when the playhead's audio was heard after the key (the recording's envelope
is matched against the decoded talk: the delay and the speed that fit best) and how long the sound
lasted.  The recording's clock is its sample count, anchored by the earliest chunk arrival, so the
recorder's own scheduling does not add to the delay.  Rows:

* Space right after the talk appears, while its audio still decodes;
* Space with the audio decoded, at 1.0x, 1.5x and 0.75x.

(A played segment's span was checked by hand the same way: Ctrl+Space on the aligned demo's segment 5,
2.375 s long, sounded 2.41 s at 1x, 1.53 s at 1.5x and 3.10 s at 0.75x.)

The machine is shared; the load average is printed with each row.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TOOLS = ("Xvfb", "xdotool", "pulseaudio", "pactl", "parec")
FRAME = 160  # 10 ms at 16 kHz

#: Runs inside the window's process: logs show/decoded times and obeys requests written to a file.
WINDOW = textwrap.dedent('''
    import os, sys, time
    def run():
        log = open(os.environ["BENCH_LOG"], "a", buffering=1)
        request = os.environ["BENCH_REQUEST"]
        import ui.main_window as mw
        from PySide6.QtCore import QTimer
        shown, ready = mw.MainWindow.show_session, mw.MainWindow.audio_ready
        def show_session(self, *a, **k):
            shown(self, *a, **k)
            log.write(f"{time.time():.4f} shown\\n")
            if not hasattr(self, "_bench_timer"):
                def poll():
                    if not os.path.exists(request):
                        return
                    words = open(request).read().split()
                    os.unlink(request)
                    self.player.stop()
                    if words[0] == "seek":
                        self.player.seek(float(words[1]))
                    elif words[0] == "rate":
                        self.player.set_rate(float(words[1]))
                    elif words[0] == "select":
                        self.model.set_current(int(words[1]))
                    log.write(f"{time.time():.4f} did {' '.join(words)}\\n")
                self._bench_timer = QTimer(self)
                self._bench_timer.timeout.connect(poll)
                self._bench_timer.start(50)
        def audio_ready(self, *a, **k):
            ready(self, *a, **k)
            log.write(f"{time.time():.4f} decoded\\n")
        mw.MainWindow.show_session, mw.MainWindow.audio_ready = show_session, audio_ready
        from ui.app import main
        sys.exit(main(sys.argv[1:]))
    if __name__ == "__main__":
        run()
''')


class Bench:
    def __init__(self, work: Path, talk: Path, text: Path):
        self.work = work
        self.log = work / "window.log"
        self.request = work / "request"
        self.env = dict(os.environ, DISPLAY=":97", XDG_RUNTIME_DIR=str(work / "run"),
                        PULSE_RUNTIME_PATH=str(work / "run" / "pulse"), PULSE_STATE_PATH=str(work / "pulse-state"),
                        QT_QPA_PLATFORM="xcb", ALIGNER_CONFIG_DIR=str(work / "config"),
                        ALIGNER_STATE_DIR=str(work / "state"), BENCH_LOG=str(work / "window.log"),
                        BENCH_REQUEST=str(work / "request"), PYTHONPATH=str(ROOT))
        (work / "run").mkdir(mode=0o700)
        self.procs: list[subprocess.Popen] = []
        self.talk, self.text = talk, text
        with wave.open(str(self._reference_wav(talk))) as w:
            self.reference = self._envelope(np.frombuffer(w.readframes(w.getnframes()), np.int16))

    def _reference_wav(self, talk: Path) -> Path:
        from aligner.audio import load_audio

        out = self.work / "reference.wav"
        audio = load_audio(str(talk))
        with wave.open(str(out), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(audio.samples.tobytes())
        return out

    @staticmethod
    def _envelope(x: np.ndarray) -> np.ndarray:
        x = x.astype(np.float32)
        n = len(x) // FRAME
        return np.log(np.sqrt((x[:n * FRAME].reshape(n, FRAME) ** 2).mean(1)) + 30)

    def run(self, *cmd, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(cmd, env=self.env, check=True, capture_output=True, text=True, **kw)

    def start(self) -> None:
        self.procs.append(subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                           env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        self.run("pulseaudio", "-D", "--exit-idle-time=-1", "-n", "--load=module-native-protocol-unix",
                 "--load=module-null-sink sink_name=bench")
        self.run("pactl", "set-default-sink", "bench")
        self.window = subprocess.Popen([sys.executable, "-c", WINDOW, str(self.talk), str(self.text)],
                                       env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(self.window)

    def stop(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["pulseaudio", "--kill"], env=self.env, capture_output=True)

    def wait_for(self, word: str, timeout: float = 300) -> float:
        end = time.time() + timeout
        while time.time() < end:
            if self.log.exists():
                for line in self.log.read_text().splitlines():
                    t, what = line.split(" ", 1)
                    if what == word:
                        return float(t)
            time.sleep(0.05)
        raise TimeoutError(word)

    def ask(self, words: str) -> None:
        self.request.write_text(words)
        end = time.time() + 10
        while self.request.exists() and time.time() < end:
            time.sleep(0.02)
        time.sleep(0.2)

    def press(self, key: str, seconds: float) -> dict:
        """Record the sink, press ``key``, record ``seconds`` more; when and how the sound came."""
        win = self.run("xdotool", "search", "--onlyvisible", "--name", "Aligner").stdout.split()[0]
        self.run("xdotool", "windowfocus", "--sync", win)  # no window manager runs: focus, not activate
        rec = subprocess.Popen(["parec", "-d", "bench.monitor", "--raw", "--format=s16le", "--channels=1",
                                "--rate=16000", "--latency-msec=5"], env=self.env, stdout=subprocess.PIPE)
        chunks, arrivals = [], []
        first = rec.stdout.read(FRAME * 2)  # the recording runs before the key
        t_first = time.time()
        chunks.append(first)
        arrivals.append((t_first, len(first) // 2))
        key_at = None
        total = len(first) // 2
        while True:
            if key_at is None and time.time() - t_first > 0.5:
                key_at = time.time()
                subprocess.Popen(["xdotool", "key", key], env=self.env)
            data = rec.stdout.read(FRAME * 2)
            now = time.time()
            total += len(data) // 2
            chunks.append(data)
            arrivals.append((now, total))
            if key_at is not None and now - key_at > seconds:
                break
        rec.terminate()
        x = np.frombuffer(b"".join(chunks), np.int16)
        zero = min(t - n / 16000 for t, n in arrivals)  # the wall time of the first recorded sample
        return {"key": key_at - zero, "key_wall": key_at, "envelope": self._envelope(x)}

    def heard(self, take: dict, playhead: float) -> tuple[float, float, float, float]:
        """(delay after the key, speed, envelope correlation, seconds of sound) for audio from ``playhead``."""
        env = take["envelope"]
        k0 = int(round(take["key"] * 100))
        env = env[k0:]
        loud = np.flatnonzero(env > np.log(30) + 0.7)
        if not len(loud):
            return float("nan"), float("nan"), float("nan"), 0.0
        best = (-2.0, 1.0, 0)
        n = min(len(env), int(loud[0]) + 400)
        for rate in np.round(np.arange(0.5, 2.01, 0.05), 2):
            for d in range(0, min(300, len(env) - 100)):
                w = np.arange(d, n)
                si = (playhead * 100 + (w - d) * rate).astype(int)
                ok = si < len(self.reference)
                if ok.sum() < 100:
                    continue
                c = float(np.corrcoef(env[w[ok]], self.reference[si[ok]])[0, 1])
                if c > best[0]:
                    best = (c, rate, d)
        return best[2] / 100, best[1], best[0], (loud[-1] - loud[0]) / 100


def heard_text(delay: float, speed: float, fit: float) -> tuple[str, str, str]:
    if delay != delay:  # NaN: nothing was heard
        return "no sound", "-", "-"
    return f"{delay * 1000:.0f} ms", f"{speed:.2f}x", f"{fit:.2f}"


def row(*cells) -> None:
    print("  ".join(str(c).ljust(w) for c, w in zip(cells, (52, 15, 6, 5, 9, 5))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30, help="long enough that Space comes while it decodes")
    args = parser.parse_args()
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print(f"This benchmark needs {', '.join(missing)} (Debian: xvfb xdotool pulseaudio pulseaudio-utils).")
        return 1
    from bench_ui import long_demo_talk

    talk, text = long_demo_talk(args.minutes)
    work = Path(tempfile.mkdtemp(prefix="aligner-bench-play-"))
    bench = Bench(work, talk, text)
    playhead = 14.7  # the demo's "Good question." starts here (and every 80 s after)
    try:
        bench.start()
        shown = bench.wait_for("shown", 120)
        bench.ask(f"seek {playhead}")
        print(f"The window with {talk.name} ({args.minutes:.0f} min), a null sink recorded from before each key.")
        row("press", "heard after key", "speed", "fit", "sound for", "load")
        take = bench.press("space", 3.0)
        delay, speed, fit, lasted = bench.heard(take, playhead)
        during = bench.wait_for("decoded", 600) > take["key_wall"]
        row(f"Space {take['key_wall'] - shown:.1f} s after the talk appeared"
            + (" (still decoding)" if during else ""), *heard_text(delay, speed, fit),
            f"{lasted:.2f} s", f"{os.getloadavg()[0]:.1f}")
        for rate in (1.0, 1.5, 0.75):
            bench.ask(f"rate {rate}")
            bench.ask(f"seek {playhead}")
            take = bench.press("space", 3.0)
            delay, speed, fit, lasted = bench.heard(take, playhead)
            row(f"Space at {rate}x", *heard_text(delay, speed, fit), f"{lasted:.2f} s", f"{os.getloadavg()[0]:.1f}")
    finally:
        bench.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
