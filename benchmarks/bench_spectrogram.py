"""How the spectrogram keeps up on a 3-hour talk: background computation, UI stalls, redraw times per zoom.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_spectrogram.py [--hours 3]

Measured (never asserted in tests):

* how long the background computation of the whole talk takes, and the longest
  gap between UI timer ticks meanwhile (a stall the person would feel);
* the detail view's full redraw (waveform + spectrogram, and spectrogram alone)
  at spans from 5 seconds to the whole talk, each at fresh positions so no
  cached image is reused — what a scroll or zoom step costs;
* ``Spectrogram.columns`` alone at the same spans.

The signal is espeak-ng speech (or noise bursts without it) repeated with
varying loudness and fresh noise, built in memory.  The machine is shared; the
load average is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

SENTENCES = ["Good evening and welcome to this talk about the history of maps.",
             "Sailors later drew coastlines from what they saw on long voyages.",
             "Yet a good map still leaves out far more than it shows."]
SPANS = (5.0, 30.0, 300.0, 3600.0, None)  #: None = the whole talk


def long_signal(hours: float) -> np.ndarray:
    from synth import espeak_available, speak

    rng = np.random.default_rng(0)
    if espeak_available():
        pieces = []
        for k, s in enumerate(SENTENCES * 2):
            pieces += [speak(s, voice=("en-us", "en-gb")[k % 2]),
                       np.zeros(int(rng.uniform(0.3, 1.2) * 16000), np.float32)]
        block = np.concatenate(pieces)
    else:
        t = np.arange(60 * 16000) / 16000
        block = (rng.normal(0, 0.1, len(t)) * (np.sin(2 * np.pi * 0.3 * t) > 0)).astype(np.float32)
    total = int(hours * 3600 * 16000)
    out = np.empty(total, np.int16)
    done = 0
    while done < total:
        n = min(len(block), total - done)
        x = block[:n] * rng.uniform(0.3, 1.0) + rng.normal(0, 0.003, n)
        out[done:done + n] = np.clip(x * 32767, -32768, 32767).astype(np.int16)
        done += n
    return out


def stats(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms   max {max(values) * 1000:6.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--positions", type=int, default=12, help="fresh view positions per span")
    args = ap.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer

    from aligner.audio import Audio
    from aligner.audio.peaks import compute_peaks
    from aligner.audio.spectrogram import Spectrogram
    from aligner.document import Document, Segment
    from aligner.project import RecoveryStore
    from ui.app import create_app, create_window
    from ui.preferences import Preferences
    from ui.session import Session

    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {args.hours:g} h of audio")
    t = time.perf_counter()
    samples = long_signal(args.hours)
    audio = Audio(None, samples)
    peaks = compute_peaks(audio)
    print(f"signal and peaks built in {time.perf_counter() - t:.1f} s")

    app = create_app()
    window = create_window(Preferences(), RecoveryStore(tempfile.mkdtemp(prefix="bench-spec-")))
    window.resize(1400, 900)
    window.show()
    segs = [Segment(f"Segment {k}", k * 5.0 + 0.5, k * 5.0 + 4.0) for k in range(int(audio.duration // 5))]
    window.show_session(Session(Document(segs, audio_duration=audio.duration), audio, peaks))
    app.processEvents()
    detail, vp, panel = window.waveforms.detail, window.waveforms.viewport, window.waveforms

    # --- background computation while the UI ticks every 10 ms
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0]) / 1000.0)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    t = time.perf_counter()
    while time.perf_counter() - t < 3.0:  # the same UI loop with nothing computing: the machine's own noise
        app.processEvents()
        time.sleep(0.002)
    idle_gap, gaps[:] = max(gaps), []
    last[0] = clock.elapsed()
    t = time.perf_counter()
    window.a["show_spectrogram"].trigger()
    while not (detail.spectrogram is not None and detail.spectrogram.done):
        app.processEvents()
        time.sleep(0.002)
    compute = time.perf_counter() - t
    timer.stop()
    spec: Spectrogram = detail.spectrogram
    mem = sum(level.nbytes for level in spec.levels) / 1e6
    print(f"spectrogram of {audio.duration / 3600:.2f} h computed in the background in {compute:.1f} s "
          f"({mem:.0f} MB); longest UI tick gap meanwhile {max(gaps) * 1000:.0f} ms "
          f"(timer every 10 ms, {len(gaps)} ticks; {idle_gap * 1000:.0f} ms over 3 s with nothing computing)")

    rng = np.random.default_rng(1)
    width = detail.width()
    print(f"\ndetail view {width} x {detail.height()} px; full redraw = detail.repaint() at a fresh position")
    for label, wave, spectro in (("waveform + spectrogram", True, True), ("spectrogram only", False, True),
                                 ("waveform only", True, False)):
        panel.set_display(wave, spectro)
        print(f"  {label}")
        for span in SPANS:
            span_s = audio.duration if span is None else span
            vp.span = span_s
            vp.clamp()
            times = []
            for _ in range(args.positions):
                vp.scroll_to(float(rng.uniform(0, max(0.0, audio.duration - span_s))))
                panel.refresh_view()
                t = time.perf_counter()
                detail.repaint()
                times.append(time.perf_counter() - t)
            name = "whole talk" if span is None else f"{span_s:g} s"
            print(f"    span {name:>10}: {stats(times)}")
    print("\nSpectrogram.columns alone")
    for span in SPANS:
        span_s = audio.duration if span is None else span
        times = []
        for _ in range(args.positions):
            t0 = float(rng.uniform(0, max(0.0, audio.duration - span_s)))
            t = time.perf_counter()
            spec.columns(t0, t0 + span_s, width)
            times.append(time.perf_counter() - t)
        name = "whole talk" if span is None else f"{span_s:g} s"
        print(f"    span {name:>10}: {stats(times)}")
    window.model.mark_saved()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
