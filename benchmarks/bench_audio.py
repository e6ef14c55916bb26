"""Speed and memory of the audio layer on long recordings: decoding, waveform peaks, clip export.

    .venv/bin/python benchmarks/bench_audio.py [--hours 3] [--cache DIR] [--repeat 3] [--skip-clips]

Makes long talk-like recordings once (spoken sentences from espeak-ng with
pauses, repeated with varying loudness and fresh background noise; pure noise
bursts if espeak-ng is missing) in every format worth measuring — the
multi-hour ones by repeating the encoded hour — keeps them in ``--cache``
(default: the system temp folder), and prints four tables:

1. decoding (``load_audio`` to 16 kHz mono): seconds, real-time factor, peak RSS
   of a fresh process (imports included) and, for scale, the decoded samples' size;
2. what the window does on opening a 60-minute talk: a sketch of the whole
   waveform (``sketch_peaks``), the decode with a waveform filling in
   (``PeaksBuilder``), and ``compute_peaks`` on decoded audio;
3. ``Peaks.range`` (one waveform redraw) at zoom levels from the whole hour to 50 ms;
4. clip export from the longest mp3 (time and peak RSS: memory must not grow with the talk).

Every measurement that reports memory runs in its own process.  The machine
is shared; the 1-minute load average is printed with each table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from aligner.audio.encode import AudioWriter, Encoding  # noqa: E402

BLOCK_SECONDS = 120
SENTENCES = [
    "Good evening, and thank you all for coming to tonight's lecture.",
    "We are going to talk about how sea birds find their food along the coast.",
    "Most of what we know comes from long hours of patient watching.",
    "Some gulls follow the fishing boats and wait for scraps.",
    "Others have learned to drop shells onto the rocks to break them open.",
    "The oldest herring gull on record lived for more than thirty years.",
    "Let me show you a few photographs from last summer.",
    "This one was taken at dawn, just as the tide was going out.",
]

# name -> (encoding, sample rate, channels, description)
FORMATS = {
    "mp3": ("mp3", 44100, 2, "mp3 44.1k stereo 192k"),
    "m4a": ("m4a", 48000, 2, "aac/m4a 48k stereo 192k"),
    "opus": ("opus", 48000, 1, "opus 48k mono 48k"),
    "flac": ("flac", 44100, 1, "flac 44.1k mono"),
    "wav": (Encoding("wav", "pcm_s16le"), 16000, 1, "wav 16k mono"),
}


def load_avg() -> str:
    return f"{os.getloadavg()[0]:.2f}"


# ------------------------------------------------------------------------------ test recordings
def talk_block(rate: int, seed: int = 0) -> np.ndarray:
    """BLOCK_SECONDS of talk at ``rate`` (float32 mono): sentences with pauses, or noise bursts."""
    rng = np.random.default_rng(seed)
    try:
        from synth import espeak_available, speak

        if not espeak_available():
            raise ImportError
        pieces = []
        while sum(len(p) for p in pieces) < BLOCK_SECONDS * 16000:
            for s in SENTENCES:
                pieces.append(speak(s, voice=("en-us", "en-gb")[len(pieces) % 2]))
                pieces.append(np.zeros(int(rng.uniform(0.3, 1.2) * 16000), np.float32))
        x16 = np.concatenate(pieces)[:BLOCK_SECONDS * 16000]
    except ImportError:
        t = np.arange(BLOCK_SECONDS * 16000) / 16000
        x16 = (rng.normal(0, 0.1, len(t)) * (np.sin(2 * np.pi * 0.3 * t) > 0)).astype(np.float32)
    n = BLOCK_SECONDS * rate
    return np.interp(np.arange(n) * 16000 / rate, np.arange(len(x16)), x16).astype(np.float32)


def make_recording(path: Path, kind: str, seconds: float) -> None:
    encoding, rate, channels, _ = FORMATS[kind]
    block = talk_block(rate)
    rng = np.random.default_rng(1)
    tmp = path.with_suffix(path.suffix + ".part")
    with AudioWriter(str(tmp), encoding, rate, channels) as writer:
        written = 0
        while written < seconds * rate:
            n = int(min(len(block), seconds * rate - written))
            x = block[:n] * rng.uniform(0.4, 1.0) + rng.normal(0, 0.003, n).astype(np.float32)
            if channels == 2:
                x = np.stack([x, 0.9 * x], axis=1)
            writer.write(x.astype(np.float32))
            written += n
    os.replace(tmp, path)


def repeat_recording(source: Path, path: Path, times: int) -> None:
    """``source`` played ``times`` times in a row, by copying its packets (no re-encoding: seconds, not minutes)."""
    import av

    tmp = path.with_suffix(path.suffix + ".part")
    with av.open(str(source)) as src:
        stream = src.streams.audio[0]
        span = None
        with av.open(str(tmp), "w", format=src.format.name.split(",")[0] if path.suffix != ".m4a" else "ipod") as out:
            track = out.add_stream_from_template(stream)
            for k in range(times):
                src.seek(0)
                last = 0
                for packet in src.demux(stream):
                    if packet.dts is None:
                        continue
                    shift = k * span if span else 0
                    last = max(last, packet.pts + (packet.duration or 0))
                    packet.pts += shift
                    packet.dts += shift
                    packet.stream = track
                    out.mux(packet)
                span = span or last
    os.replace(tmp, path)


def recording(cache: Path, kind: str, minutes: int) -> Path:
    """The talk recording of that length and kind; made once, long ones by repeating the 60-minute one."""
    path = cache / f"talk-{minutes}min.{kind}"
    if not path.exists():
        t0 = time.monotonic()
        print(f"  making {path.name} ...", file=sys.stderr, flush=True)
        if minutes > 60 and minutes % 60 == 0 and kind != "wav":
            repeat_recording(recording(cache, kind, 60), path, minutes // 60)
        else:
            make_recording(path, kind, minutes * 60)
        print(f"  made {path.name} in {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
    return path


# ------------------------------------------------------------------------------ child processes
def memory_mb(field: str = "VmHWM") -> float:
    """This process's peak (VmHWM) or current (VmRSS) resident memory.

    Read from /proc where there is one: ``ru_maxrss`` of a child process on
    Linux starts at its parent's size at the fork, which would credit the
    parent's memory to the child.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(task: str, args: list[str]) -> None:
    """Runs in a fresh process; prints one JSON line of measurements."""
    import av  # noqa: F401  (loaded now so the baseline includes the FFmpeg libraries)

    from aligner.audio import load_audio

    out: dict = {"baseline_mb": memory_mb("VmRSS")}
    t0 = time.perf_counter()
    if task == "load":
        audio = load_audio(args[0])
        out.update(seconds=time.perf_counter() - t0, duration=audio.duration, samples_mb=audio.samples.nbytes / 2**20)
    elif task == "clips":
        from aligner.clips import export_clips
        from aligner.document import Document, Segment

        duration, folder = float(args[1]), args[2]
        # A 4-second "sentence" every 60 s: the whole file is decoded, a fifteenth of it is written.
        segs = [Segment(f"Sentence number {k}.", k * 60.0 + 10, k * 60.0 + 14) for k in range(int(duration // 60))]
        report = export_clips(Document(segs, audio_path=args[0], audio_duration=duration), args[0], folder, "wav")
        out.update(seconds=time.perf_counter() - t0, clips=len(report.written), rate=report.sample_rate,
                   channels=report.channels)
    out["peak_mb"] = memory_mb()
    print(json.dumps(out))


def run_child(*args: str) -> dict:
    res = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0:
        raise RuntimeError(res.stderr[-2000:])
    return json.loads(res.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ tables
def table(title: str, header: list[str], rows: list[list]) -> None:
    print(f"\n### {title}  (load average {load_avg()})\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|")
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")


def decode_table(cache: Path, hours: float, repeat: int) -> None:
    long_min = int(hours * 60)
    plan = [(k, 60) for k in ("mp3", "m4a", "opus", "flac")] + [(k, long_min) for k in ("mp3", "m4a", "opus", "wav")]
    rows = []
    for kind, minutes in plan:
        path = recording(cache, kind, minutes)
        runs = [run_child("load", str(path)) for _ in range(repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        secs = statistics.median(r["seconds"] for r in runs)
        rows.append([f"{minutes} min", FORMATS[kind][3], f"{os.path.getsize(path) / 2**20:.0f}", f"{secs:.1f}",
                     f"{secs / best['duration']:.4f}", f"{best['duration'] / secs:.0f}×",
                     f"{max(r['peak_mb'] for r in runs):.0f}", f"{best['baseline_mb']:.0f}",
                     f"{best['samples_mb']:.0f}"])
    table("load_audio (decode to 16 kHz mono int16)",
          ["duration", "format", "file MB", "decode s (median)", "RTF", "speed", "peak RSS MB", "RSS after imports MB",
           "samples MB"], rows)


def window_table(cache: Path, repeat: int) -> None:
    from aligner.audio import load_audio, probe_duration
    from aligner.audio.peaks import PeaksBuilder, compute_peaks, sketch_peaks

    rows = []
    for kind in ("mp3", "m4a", "opus"):
        path = str(recording(cache, kind, 60))
        sketch_s, first_s, full_s, peaks_s, corr = [], [], [], [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            sketch = sketch_peaks(path)
            sketch_s.append(time.perf_counter() - t0)
            builder = PeaksBuilder(expected_duration=probe_duration(path))
            first = []

            def watch(chunk, b=builder, f=first, t=time.perf_counter()):
                b.add(chunk)
                if not f and b.length >= 5 * 60 * 16000:
                    b.snapshot()
                    f.append(time.perf_counter() - t)

            t0 = time.perf_counter()
            audio = load_audio(path, on_chunk=watch)
            peaks = builder.finish(audio.samples)
            full_s.append(time.perf_counter() - t0)
            first_s.append(first[0])
            t0 = time.perf_counter()
            compute_peaks(audio)
            peaks_s.append(time.perf_counter() - t0)
            a, b = sketch.range(0, peaks.duration, 1600)[1], peaks.range(0, peaks.duration, 1600)[1]
            corr.append(float(np.corrcoef(a, b)[0, 1]))
        rows.append([FORMATS[kind][3], f"{statistics.median(sketch_s):.2f}", f"{statistics.median(first_s):.2f}",
                     f"{statistics.median(full_s):.1f}", f"{statistics.median(peaks_s):.3f}",
                     f"{statistics.median(corr):.2f}"])
    table("Opening a 60-minute talk: seconds until the waveform can be drawn",
          ["format", "sketch_peaks (whole hour, rough)", "first 5 min exact (PeaksBuilder)",
           "decode + exact peaks, all", "compute_peaks on decoded audio", "sketch vs exact (corr. of maxima)"], rows)


def range_table(cache: Path) -> None:
    from aligner.audio import load_audio
    from aligner.audio.peaks import compute_peaks

    audio = load_audio(str(recording(cache, "opus", 60)))
    peaks = compute_peaks(audio)
    rng = np.random.default_rng(0)
    rows = []
    for span, width in [(3600, 1600), (3600, 3840), (600, 1600), (60, 1600), (10, 1600), (10, 3840), (1, 1600),
                        (0.05, 1600)]:
        times = []
        for _ in range(300):
            t0 = rng.uniform(0, peaks.duration - span)
            s = time.perf_counter()
            peaks.range(t0, t0 + span, width)
            times.append((time.perf_counter() - s) * 1000)
        times.sort()
        rows.append([f"{span:g} s", width, f"{span * 16000 / width:.0f}", f"{statistics.median(times):.2f}",
                     f"{times[int(0.95 * len(times))]:.2f}", f"{times[-1]:.2f}"])
    table("Peaks.range: one redraw of a waveform view (exact min/max per column; 60-minute talk)",
          ["view", "columns", "samples/column", "median ms", "p95 ms", "max ms"], rows)


def clips_table(cache: Path, hours: float) -> None:
    minutes = int(hours * 60)
    path = recording(cache, "mp3", minutes)
    with tempfile.TemporaryDirectory() as out:
        r = run_child("clips", str(path), str(minutes * 60), out)
        size = sum(os.path.getsize(os.path.join(out, n)) for n in os.listdir(out))
    table("export_clips from the original recording (wav clips)",
          ["recording", "clips", "clip format", "seconds", "× real time", "written MB", "peak RSS MB"],
          [[f"{minutes} min {FORMATS['mp3'][3]}", r["clips"], f"{r['rate']} Hz, {r['channels']} ch",
            f"{r['seconds']:.1f}", f"{minutes * 60 / r['seconds']:.0f}×", f"{size / 2**20:.0f}", f"{r['peak_mb']:.0f}"]])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hours", type=float, default=3.0, help="length of the long recordings (default 3)")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "aligner-bench-audio"),
                    help="folder for the generated recordings (kept between runs)")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per measurement (median reported)")
    ap.add_argument("--skip-clips", action="store_true")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    print(f"# bench_audio  ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, recordings in {cache})")
    decode_table(cache, args.hours, args.repeat)
    window_table(cache, args.repeat)
    range_table(cache)
    if not args.skip_clips:
        clips_table(cache, args.hours)


if __name__ == "__main__":
    main()
