#!/usr/bin/env python3
"""How much of each line's last sound a listener could still hear over the case's own noise, octave by octave.

``tail_depth.py`` reads the noise from the pause after a line; under a machine that swells and fades (a leaf blower
walking past, an espresso machine's stages) that pause is no measure of the noise over the line's end.  An aside
set's English talk is made from its dry voices and spoilers that only add sound, so both can be made again apart:
the dry talk (``aside10_cases._placed``) and the spoiled one (the set's ``spoil``), their difference the noise the
spoilers laid over it.  Per line it reports where the voice was last heard -- the last 20 ms window, from the truth's
end back, in which the dry voice stands at least ``--over`` dB over that noise in one octave (100-500 Hz, then
octaves to 7 kHz, as :mod:`aligner.align.after_end` reads them) -- against the truth's end and ours.  An end early
by what the noise hid is no aligner's to find; one early while the voice still stands over the noise is.

    .venv/bin/python benchmarks/heard_tails.py ix_real_long_mix_mka benchmarks/out/results-TAG [--set aside25_cases]

The rebuilt talk is the one before its container (``.mka``: the codec's own error is not in it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from aligner.align.after_end import OCTAVES  # noqa: E402

RATE = 16000
WINDOW = 320  #: 20 ms, Hann
STEP = 0.01


def dry_and_noise(name: str, set_module: str) -> tuple[np.ndarray, np.ndarray]:
    """The case's dry talk and the noise its spoilers added (spoiled minus dry)."""
    import aside10_cases as a10
    import aside_common as ac

    cases = importlib.import_module(set_module)
    spec = ac.ready_spec(cases.catalogue, cases.missing_packages, name)
    made = a10._placed(spec)
    spoiled = cases.spoil(made, spec, spec.which)
    dry = made.samples.astype(np.float64)
    return dry, spoiled.samples.astype(np.float64)[:len(dry)] - dry


def octave_power(x: np.ndarray, t: float) -> np.ndarray:
    """Power per octave of the 20 ms window centred on ``t``."""
    i = int(t * RATE)
    frame = x[max(0, i - WINDOW // 2):i + WINDOW // 2]
    frame = np.pad(frame, (0, WINDOW - len(frame))) * np.hanning(WINDOW)
    power = np.abs(np.fft.rfft(frame)) ** 2
    freqs = np.fft.rfftfreq(WINDOW, 1.0 / RATE)
    return np.array([power[(freqs >= lo) & (freqs < hi)].sum() + 1e-12 for lo, hi in OCTAVES])


def last_heard(dry: np.ndarray, noise: np.ndarray, end: float, over: float, back: float = 1.5) -> float:
    """The centre of the last window at or before ``end`` in which the voice stands ``over`` dB over the noise in
    some octave (``end - back`` when none)."""
    for k in range(int(back / STEP) + 1):
        t = end - k * STEP
        voice = octave_power(dry, t)
        if np.any(10 * np.log10(voice / octave_power(noise, t)) >= over):
            return t
    return end - back


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("case")
    ap.add_argument("results", type=Path, help="a run.py result folder (its ours/CASE.json is read)")
    ap.add_argument("--set", default="aside25_cases", help="the aside set's module that makes the case")
    ap.add_argument("--over", type=float, default=0.0, help="dB over the noise that counts as heard")
    ap.add_argument("--early", type=float, default=0.1, help="list the ends at least this early (s)")
    a = ap.parse_args()
    truth = json.loads((HERE / "out" / "cases" / a.case / "truth.json").read_text(encoding="utf-8"))["segments"]
    ours = json.loads((a.results / "ours" / f"{a.case}.json").read_text(encoding="utf-8"))["segments"]
    dry, noise = dry_and_noise(a.case, a.set)
    print("| line | text | our end | heard until | our end after the last heard |")
    print("|---|---|---|---|---|")
    for i, (t, o) in enumerate(zip(truth, ours)):
        if t.get("end") is None or o["end"] - t["end"] > -a.early:
            continue
        heard = last_heard(dry, noise, t["end"], a.over)
        print(f"| {i} | {t['text'][:40]} | {1000 * (o['end'] - t['end']):+.0f} | {1000 * (heard - t['end']):+.0f} "
              f"| {1000 * (o['end'] - heard):+.0f} |")


if __name__ == "__main__":
    main()
