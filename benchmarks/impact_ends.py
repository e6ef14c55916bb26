#!/usr/bin/env python3
"""Line ends under a train of impacts, with and without :func:`aligner.align.boundaries.end_before_impacts` (j175).

Builds its own dev talks (not the ``bx_*`` drill's): the real dev prompts (``fresh_cases.real_talk``, the dev half)
and an espeak-ng talk of generated sentences, each with trains of impacts laid from 0.2-1.5 s before some lines'
ends to 0.3-0.9 s after them (short of the next line) -- a road drill (15-19 impacts a second, through a window under 1.2-1.8 kHz), a
pneumatic hammer (28-38 a second, under 3-4 kHz), a nail gun fired in bursts (9-12 a second, broadband), 8-15 dB
under the speech -- and a low rumble (under 250 Hz, 3 dB under) over others' ends; exact truth (the voice spans).  Every
talk is aligned twice in this process (the model loaded once): as the engine is, and with the rule turned off;
prints each line's end error both ways, and the signed median and share within 100 ms per kind of line
(after impacts, after a rumble, neither).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/impact_ends.py [--out benchmarks/out/j175-impact-ends.json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

RATE = 16000


@dataclass(frozen=True)
class Train:
    """A kind of impact train: impacts a second, the band it is heard through (Hz), the thud's two resonances
    (Hz) and how long it rings (s)."""

    name: str
    rate: tuple[float, float]
    band: tuple[float, float]
    resonances: tuple[tuple[float, float], tuple[float, float]]
    ring: tuple[float, float]


TRAINS = [
    Train("drill", (15.0, 19.0), (1200.0, 1800.0), ((120.0, 250.0), (500.0, 900.0)), (0.010, 0.018)),
    Train("hammer", (28.0, 38.0), (3000.0, 4000.0), ((400.0, 700.0), (1500.0, 2500.0)), (0.004, 0.008)),
    Train("nailgun", (9.0, 12.0), (6000.0, 7500.0), ((300.0, 600.0), (2000.0, 3500.0)), (0.006, 0.012)),
]


def _low(x: np.ndarray, hi: float, lo: float = 20.0) -> np.ndarray:
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec *= (1.0 / (1.0 + (f / hi) ** 8)) * (1.0 - 1.0 / (1.0 + (f / lo) ** 8))
    return np.fft.irfft(spec, len(x))


def impacts(kind: Train, seconds: float, prng: random.Random, rng: np.random.Generator) -> np.ndarray:
    """``seconds`` of ``kind``'s impacts, each up to 5 % early or late and 10 % louder or softer."""
    rate = prng.uniform(*kind.rate)
    t = np.arange(int(0.06 * RATE)) / RATE
    (l0, l1), (h0, h1) = kind.resonances
    thud = np.exp(-t / prng.uniform(*kind.ring)) * (np.sin(2 * np.pi * prng.uniform(l0, l1) * t)
                                                     + 0.5 * np.sin(2 * np.pi * prng.uniform(h0, h1) * t))
    y = np.zeros(int(seconds * RATE) + len(t))
    at = 0.0
    while at < seconds:
        i = int(at * RATE)
        hit = thud.copy()
        hit[:32] += rng.normal(size=32) * 0.5
        y[i:i + len(t)] += hit * (1 + 0.1 * (2 * rng.random() - 1))
        at += (1 + 0.05 * (2 * rng.random() - 1)) / rate
    return _low(y[:int(seconds * RATE)], prng.uniform(*kind.band))


def rumble(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A low rumble swelling in and out (under 250 Hz), as far thunder or a lorry idling outside."""
    n = int(seconds * RATE)
    y = _low(rng.standard_normal(n), 250.0)
    return y * np.sin(np.linspace(0, np.pi, n)) ** 0.5


def spoil(samples: np.ndarray, segs: list[dict], seed: int) -> tuple[np.ndarray, list[str]]:
    """Impacts over the end of every other line (from the second; from 0.2-1.5 s before it to 0.3-0.9 s after it,
    short of the next line: the burst stops within the reach of the rules that follow a last sound), a rumble over
    every fourth line's end (from the third); each line's kind in ``kinds``."""
    prng, rng = random.Random(seed), np.random.default_rng(seed)
    x = samples.astype(np.float64).copy()
    speech = float(np.sqrt(np.mean(np.concatenate([x[int(s["start"] * RATE):int(s["end"] * RATE)]
                                                   for s in segs]) ** 2)))
    kinds = ["none"] * len(segs)
    for k, s in enumerate(segs[:-1]):
        nxt = segs[k + 1]["start"]
        if k % 2 == 1:
            kind = TRAINS[(k // 2) % len(TRAINS)]
            a = s["end"] - prng.uniform(0.2, min(1.5, s["end"] - s["start"]))
            b = min(nxt - 0.1, s["end"] + prng.uniform(0.3, 0.9))
            y = impacts(kind, b - a, prng, rng)
            under = prng.uniform(8.0, 15.0)
            kinds[k] = kind.name
        elif k % 4 == 2:
            a, b = s["end"] - prng.uniform(0.5, 1.5), s["end"] + prng.uniform(0.6, 1.2)
            y, under = rumble(b - a, rng), 3.0
            kinds[k] = "rumble"
        else:
            continue
        i = int(a * RATE)
        y = y[:len(x) - i]
        x[i:i + len(y)] += y / (np.sqrt(np.mean(y ** 2)) + 1e-12) * speech * 10 ** (-under / 20)
    return x, kinds


def talks() -> list[tuple[str, np.ndarray, list[dict]]]:
    """(name, samples at 16 kHz in [-1, 1], truth segments) of the dev talks, before spoiling."""
    import fresh_cases
    import talk_text
    from tests.synth import synthesize_talk
    out = []
    for seed in (175101, 175102):
        made = fresh_cases.real_talk(fresh_cases.RealTalk("dev", seed, 12, gap=(0.5, 1.4), snr_db=38.0))
        out.append((f"real_{seed}", np.asarray(made.samples, np.float64), made.segments))
    import tempfile
    from aligner.audio import load_audio
    with tempfile.TemporaryDirectory() as tmp:
        sentences = talk_text.generated_sentences(12, seed=175103)
        truth = synthesize_talk(sentences, Path(tmp) / "t.wav", pauses=0.8, voices=("en-us", "en-gb"), seed=3)
        audio = load_audio(str(Path(tmp) / "t.wav"))
        out.append(("espeak_175103", audio.samples.astype(np.float64) / 32768.0,
                    [{"text": t.text, "start": t.start, "end": t.end} for t in truth]))
    return out


def align_ends(samples: np.ndarray, segs: list[dict], model, rule: bool) -> list[float]:
    """Each line's end as the engine puts it (``rule``: with end_before_impacts; else with it turned off)."""
    from aligner.align import AlignOptions, align, boundaries
    from aligner.audio.decode import Audio
    from aligner.document import Document, Segment
    audio = Audio(None, (np.clip(samples, -1, 1) * 32767).astype(np.int16), RATE)
    doc = Document(segments=[Segment(s["text"]) for s in segs])
    keep = boundaries.end_before_impacts
    if not rule:
        boundaries.end_before_impacts = lambda items, audio, ends, t0, t1: 0
    try:
        result = align(doc, audio, AlignOptions(model=model))
    finally:
        boundaries.end_before_impacts = keep
    if len(result.segments) != len(segs):
        raise SystemExit(f"{len(result.segments)} segments for {len(segs)} lines")
    return [s.end if s.end is not None else float("nan") for s in result.segments]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=None, help="also write every line's numbers here (JSON)")
    ap.add_argument("--model", default=None)
    a = ap.parse_args()
    import aligner
    print(f"engine: aligner from {Path(aligner.__file__).parent}")
    rows = []
    for n, (name, samples, segs) in enumerate(talks()):
        x, kinds = spoil(samples, segs, 175200 + n)
        on, off = (align_ends(x, segs, a.model, r) for r in (True, False))
        for s, kind, e1, e0 in zip(segs, kinds, on, off):
            rows.append({"talk": name, "text": s["text"], "kind": kind, "end": s["end"],
                         "with": round(e1 - s["end"], 4), "without": round(e0 - s["end"], 4)})
            if abs(e1 - e0) > 0.005 or kind != "none":
                print(f"{name} {kind:8s} without {1000 * (e0 - s['end']):+6.0f} ms  with {1000 * (e1 - s['end']):+6.0f}"
                      f" ms  {s['text'][:50]!r}")
    print("\nkind      lines  signed median without/with (ms)  within 100 ms without/with")
    for kind in ["drill", "hammer", "nailgun", "rumble", "none"]:
        got = [r for r in rows if r["kind"] == kind]
        if got:
            med = [1000 * statistics.median(r[k] for r in got) for k in ("without", "with")]
            share = [100 * sum(abs(r[k]) <= 0.1 for r in got) / len(got) for k in ("without", "with")]
            print(f"{kind:9s} {len(got):5d}  {med[0]:+6.0f} / {med[1]:+6.0f}"
                  f"                     {share[0]:5.1f} / {share[1]:5.1f} %")
    if a.out:
        Path(a.out).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
