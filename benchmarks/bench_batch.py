"""Throughput of ``aligner batch``: local workers and Ray actors on one archive of synthesized talks.

    .venv/bin/python benchmarks/bench_batch.py [--talks 10] [--cache DIR] [--configs w1,w2,ray2]

Makes ``--talks`` talks once (espeak-ng through ``tests/synth.py``; generated
sentences, lengths from about half a minute to three minutes, two voices),
with a CSV manifest, in ``--cache`` (default ``benchmarks/out/batch-talks``).
Then aligns the whole archive with each configuration, every talk redone
(``redo``), through :func:`aligner.batch.run_batch` -- the code ``aligner batch``
runs:

``w1``   one local worker process with all cores' threads (``--workers 1``)
``w2``   two local worker processes, the cores shared out (``--workers 2``)
``ray2`` two Ray actors on a local Ray cluster of two CPUs started here (``--cluster ray --workers 2``)

and prints a table: wall seconds, throughput (hours of audio per hour of the
machine), and the per-talk overhead of the way talks travel, i.e. the time
the driver waited for a talk minus the time the worker spent on it (sending
the talk, the model call's dispatch, bringing the files back).  The Ray
cluster's start-up is timed separately.  Everything goes to
``benchmarks/out/bench_batch.json`` too.  The machine is shared: the
1-minute load average is printed before and after each configuration.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from aligner.batch import BatchSettings, load_talks, run_batch  # noqa: E402
from aligner.batch.display import BatchDisplay  # noqa: E402
from talk_text import generated_sentences  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def make_archive(folder: Path, talks: int) -> Path:
    """``talks`` talks of 6 to 6 + 4*(talks-1) sentences; cached (the manifest is written last)."""
    from synth import synthesize_talk

    manifest = folder / "talks.csv"
    if manifest.exists() and len(manifest.read_text().splitlines()) == talks + 1:
        return manifest
    folder.mkdir(parents=True, exist_ok=True)
    sentences = generated_sentences(sum(6 + 4 * i for i in range(talks)), seed=11)
    rows, pos = [], 0
    for i in range(talks):
        n = 6 + 4 * i
        text = sentences[pos:pos + n]
        pos += n
        name = f"talk{i:02d}"
        synthesize_talk(text, folder / f"{name}.wav", pauses=[0.5 + 0.1 * (k % 5) for k in range(n - 1)],
                        voices=["en-us", "en-gb"] if i % 2 else ["en-gb"], seed=i)
        (folder / f"{name}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
        rows.append((f"{name}.wav", f"{name}.txt", name))
    with open(manifest, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["audio", "transcript", "name"])
        w.writerows(rows)
    return manifest


class Stopwatch(BatchDisplay):
    """Notes when the driver handed each talk out and when it got it back."""

    def __init__(self):
        super().__init__(quiet=True)
        self.handed_out: dict[str, float] = {}
        self.returned: dict[str, float] = {}

    def started(self, name: str) -> None:
        self.handed_out[name] = time.monotonic()

    def finished(self, name: str, status: str, message: str) -> None:
        self.returned[name] = time.monotonic()


def load() -> float:
    return round(os.getloadavg()[0], 2)


def run_config(key: str, talks, out_root: Path) -> dict:
    workers = {"w1": 1, "w2": 2, "ray2": 2}[key]
    cluster = "ray" if key.startswith("ray") else None
    watch = Stopwatch()
    before = load()
    t0 = time.monotonic()
    result = run_batch(talks, str(out_root / key), BatchSettings(), workers=workers, cluster=cluster, redo=True,
                       display=watch)
    wall = time.monotonic() - t0
    rows = {r["name"]: r for r in result.rows}
    bad = [r for r in result.rows if r["status"] != "ok"]
    if bad:
        raise SystemExit(f"{key}: {len(bad)} talk(s) did not align: {bad[0]['message']}")
    audio = sum(r["audio_seconds"] for r in result.rows)
    overheads = [watch.returned[n] - watch.handed_out[n] - rows[n]["wall_seconds"] for n in rows]
    return {"config": key, "workers": workers, "cluster": cluster, "wall_s": round(wall, 2),
            "audio_s": round(audio, 1), "throughput": round(audio / wall, 2),
            "talk_wall_s": {n: rows[n]["wall_seconds"] for n in rows},
            "overhead_median_s": round(statistics.median(overheads), 3),
            "overhead_max_s": round(max(overheads), 3), "load_before": before, "load_after": load()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--talks", type=int, default=10)
    ap.add_argument("--cache", type=Path, default=OUT / "batch-talks")
    ap.add_argument("--configs", default="w1,w2,ray2")
    args = ap.parse_args()
    manifest = make_archive(args.cache, args.talks)
    talks = load_talks(str(manifest))
    out_root = OUT / "batch-results"
    results, ray_start = [], None
    for key in args.configs.split(","):
        if key.startswith("ray"):
            import ray

            t0 = time.monotonic()
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}})
            ray_start = round(time.monotonic() - t0, 2)
        try:
            results.append(run_config(key, talks, out_root))
        finally:
            if key.startswith("ray"):
                ray.shutdown()
        print(f"{key}: {results[-1]['wall_s']} s", file=sys.stderr)
    audio_min = results[0]["audio_s"] / 60
    print(f"\n{len(talks)} talks, {audio_min:.1f} min of audio; {os.cpu_count()} cores"
          + (f"; Ray cluster start-up {ray_start} s (not in the walls)" if ray_start is not None else "") + "\n")
    print("| configuration | wall s | hours of audio per machine-hour | per-talk overhead, median / max s "
          "| load before / after |")
    print("|---|---|---|---|---|")
    label = {"w1": "`--workers 1` (1 process, 2 threads)", "w2": "`--workers 2` (2 processes, 1 thread each)",
             "ray2": "`--cluster ray --workers 2` (2 actors, 1 CPU each)"}
    for r in results:
        print(f"| {label[r['config']]} | {r['wall_s']} | {r['throughput']} | {r['overhead_median_s']} / "
              f"{r['overhead_max_s']} | {r['load_before']} / {r['load_after']} |")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_batch.json").write_text(json.dumps({"ray_start_s": ray_start, "results": results}, indent=1))


if __name__ == "__main__":
    main()
