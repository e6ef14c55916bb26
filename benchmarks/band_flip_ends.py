#!/usr/bin/env python3
"""Line ends in a video call that switches between wide and narrow band: which band each end is heard in, and what
is left of an early end's tail after the band.  (j137, issue 7)

``aside19_cases.band_flips`` passes a talk through a call whose codec switches between wideband (50-7000 Hz) and
narrowband (300-3400 Hz) every 1.5-6 s, inside lines as often as not; its truth note lists the narrow stretches.
The truth is each line's clean voice span, measured before the band.  A narrow band takes from a line's tail what
lies under 300 Hz (a final nasal's murmur, the voicing of a final /d/, /z/) and over 3.4 kHz (a final /s/, /sh/,
the burst of a /t/), so this asks two things of a scored run:

* per talk, the ends split by the band at the truth end, and by whether the band switches inside the line
  (within 50/100/200 ms, signed median);
* per end more than 100 ms early, what the audio holds between the output's end and the truth's, each octave
  (:data:`aligner.align.after_end.OCTAVES`) against the background of the pause after the line *in the same band*
  (or the pause before it; octaves whose background lies under :data:`SILENT_DB`, a band the filter emptied, are
  left out): ``at the background`` (nothing there :data:`OVER_DB` over it: the truth runs past what the band
  left), ``sound after a dip`` (sound over it again after a quiet of :data:`DIP` s or more: a mid-word /s/ the
  band emptied, a stop's closure), or ``touching`` (sound over it that runs on from the output's end);
* with ``--heard`` (the aside19 talks only), each line's *heard* end: the talk's voice rebuilt (its prompts or
  espeak-ng sentences in place, its tremor) and passed through the same band switches, the rest of the talk
  (noise, the throat, clicks) the recording less that voice (one gain: the talk's headroom), and the line's end
  the last frame where the voice stands :data:`OVER_DB` over the rest in some octave, both read with the
  engine's ``octave_levels`` (the rest's level a median over +-:data:`NOISE_SPAN` frames, the voice's over 3).
  The run's ends are then scored against both truths.

    .venv/bin/python benchmarks/band_flip_ends.py dx_real_flips_clicks_vtt dx_real_long_mix_ast \\
        --results /work/wt-end25/benchmarks/out/results-end25

Reads the cases' ``truth.json``/``audio.wav`` and the run's ``ours/CASE.score.json``; runs no aligner.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import aside10_cases as a10  # noqa: E402
import aside19_cases as a19  # noqa: E402
from aligner.align.activity import HOP  # noqa: E402
from aligner.align.after_end import octave_levels  # noqa: E402
from aligner.audio import Audio  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402

CASES_DIR = HERE / "out" / "cases"
#: a tail frame is sound when some octave stands this far (dB) over the background (last_sound.OVER_BED_DB)
OVER_DB = 6.0
#: a quiet this long (s) between the output's end and the sound after it is a dip, not a flicker of one frame
DIP = 0.05
#: an octave whose background lies under this (dB, octave_levels' scale) is one the band filter emptied
SILENT_DB = -95.0
EARLY = 0.1
#: the noise's level at a frame: its median over this many frames either side (a murmur flickers)
NOISE_SPAN = 10


def narrow_spans(truth: dict) -> list[tuple[float, float]]:
    """The narrow-band stretches (s) the truth's note lists (aside19_cases.band_flips), or [] for no band flips."""
    m = re.search(r"narrow at ([0-9., -]+) s", truth.get("notes", ""))
    if not m:
        return []
    return [tuple(map(float, x.split("-"))) for x in m.group(1).split(", ")]


def band_at(spans, t: float) -> str:
    return "narrow" if any(a <= t <= b for a, b in spans) else "wide"


def _background(audio, spans, band: str, t0: float, t1: float):
    """Each octave's median level over the frames of [t0, t1] heard in ``band``, or None (under 8 frames)."""
    if t1 - t0 < 8 * HOP:
        return None
    lv = octave_levels(audio, t0, t1)
    keep = [i for i in range(lv.db.shape[1]) if band_at(spans, (lv.first + i) * HOP) == band]
    return np.median(lv.db[:, keep], axis=1) if len(keep) >= 8 else None


def tail_kind(audio, spans, segs: list[dict], i: int, out_end: float) -> str:
    """What lies between the output's end ``out_end`` and line ``i``'s truth end (see the module docstring)."""
    end = segs[i]["end"]
    band = band_at(spans, end - 0.05)
    nxt = segs[i + 1]["start"] if i + 1 < len(segs) else end + 1.0
    prev = segs[i - 1]["end"] if i else 0.0
    bed = _background(audio, spans, band, end + 0.1, min(nxt - 0.05, end + 0.8))
    if bed is None:
        bed = _background(audio, spans, band, max(prev + 0.05, segs[i]["start"] - 0.55), segs[i]["start"] - 0.05)
    if bed is None:
        return "no background in its band"
    keep = bed > SILENT_DB
    lv = octave_levels(audio, out_end - HOP, end + 2 * HOP)
    # smoothed over 3 frames as last_sound reads a level: one frame of the noise flickering over is no sound
    smooth = np.array([np.convolve(row, np.ones(3) / 3, mode="same") for row in lv.db])[:, 1:-2]
    over = (smooth[keep] - bed[keep, None]).max(axis=0)
    sound = np.flatnonzero(over >= OVER_DB)
    if not len(sound):
        return "at the background"
    quiet, longest = 0, 0
    for v in over[:sound[-1]]:
        quiet = quiet + 1 if v < OVER_DB else 0
        longest = max(longest, quiet)
    return "sound after a dip" if longest * HOP >= DIP - 1e-9 else "touching"


def heard_ends(case: str, audio, segs: list[dict]) -> Optional[list[float]]:
    """Each line's heard end (s): see the module docstring (``--heard``); None through a field recorder, whose fold
    of four tracks (each its own delay and band) is no one gain on the voice."""
    spec = a19.ready_spec(a19.catalogue, a19.missing_packages, case)
    if spec.tracks:
        return None
    made = a10._placed(spec)
    if spec.tremor:
        made = a19.tremor(made, spec.seed + 150)
    voice = a19.band_flips(made, spec.seed + 153).samples.astype(np.float64)  # the seed aside19_cases.spoil uses
    heard = audio.samples.astype(np.float64) / 32768.0
    n = min(len(heard), len(voice))
    gain = float(np.dot(heard[:n], voice[:n]) / np.dot(voice[:n], voice[:n]))
    rest = heard.copy()
    rest[:n] -= gain * voice[:n]
    # a rebuild that missed (another placement, a recorder's delays) leaves the voice in the rest: say how far over it
    over = 10 * np.log10(np.sum((gain * voice[:n]) ** 2) / np.sum(rest ** 2))
    print(f"  voice rebuilt: gain {gain:.3f}, {over:.1f} dB over the rest of the talk")

    def as_audio(x):
        return Audio(None, np.clip(x * 32768, -32768, 32767).astype(np.int16), audio.sample_rate)
    v_audio, r_audio = as_audio(gain * voice[:n]), as_audio(rest)
    ends = []
    for s in segs:
        end = s["end"]
        lv = octave_levels(v_audio, end - 0.6, end + 0.1)
        lr = octave_levels(r_audio, end - 0.6 - NOISE_SPAN * HOP, end + 0.1 + NOISE_SPAN * HOP)
        k = NOISE_SPAN
        floor = np.stack([np.median(lr.db[:, j - k:j + k + 1], axis=1) for j in range(k, lr.db.shape[1] - k)], axis=1)
        floor = floor[:, lv.first - lr.first - k:][:, :lv.db.shape[1]]  # frame for frame with the voice's
        level = np.array([np.convolve(row, np.ones(3) / 3, mode="same") for row in lv.db])
        level[:, 0], level[:, -1] = lv.db[:, 0], lv.db[:, -1]  # no zeros padded in at the edges
        over = np.flatnonzero(((level[:, :floor.shape[1]] - floor) >= OVER_DB).any(axis=0))
        ends.append((lv.first + over[-1] + 1) * HOP if len(over) else float("nan"))
    return ends


def _share(errs, within) -> float:
    return 100.0 * sum(abs(e) <= within for e in errs) / len(errs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--results", type=Path, required=True, help="a run.py results folder (holding ours/)")
    ap.add_argument("--heard", action="store_true", help="also score the ends against the voice heard through the band")
    a = ap.parse_args()
    kinds: Counter = Counter()
    for case in a.cases:
        truth = json.loads((CASES_DIR / case / "truth.json").read_text(encoding="utf-8"))
        spans = narrow_spans(truth)
        if not spans:
            print(f"{case}: no band flips in its truth note")
            continue
        segs = truth["segments"]
        score = a.results / "ours" / f"{case}.score.json"
        if not score.exists():
            print(f"{case}: no {score}")
            continue
        scored = json.loads(score.read_text(encoding="utf-8"))["per_segment"]
        edges = [e for span in spans for e in span]
        groups: dict = {}
        early = []
        for i, p in enumerate(scored):
            if p.get("err_end") is None:
                continue
            s = segs[i]
            inside = any(s["start"] + 0.05 < e < s["end"] - 0.05 for e in edges)
            key = (band_at(spans, s["end"] - 0.05), "switch inside" if inside else "one band")
            groups.setdefault(key, []).append(p["err_end"])
            if p["err_end"] < -EARLY:
                early.append((i, p))
        print(case)
        for key, errs in sorted(groups.items()):
            print(f"  ends {key[0]:6s} {key[1]:13s} n={len(errs):3d}  within 50/100/200 "
                  f"{_share(errs, .05):3.0f}/{_share(errs, .1):3.0f}/{_share(errs, .2):3.0f} %  "
                  f"median {1000 * statistics.median(errs):+5.0f} ms")
        audio = load_audio(str(CASES_DIR / case / "audio.wav")) if early or a.heard else None
        heard = heard_ends(case, audio, segs) if a.heard else None
        if a.heard and heard is None:
            print("  no heard ends through a field recorder's fold")
        if heard is not None:
            for b in ("narrow", "wide"):
                rows = [(p["err_end"], p["pred_end"] - heard[i]) for i, p in enumerate(scored)
                        if p.get("err_end") is not None and band_at(spans, segs[i]["end"] - 0.05) == b
                        and not np.isnan(heard[i])]
                if not rows:
                    continue
                short = sum(heard[i] < segs[i]["end"] - EARLY for i, p in enumerate(scored)
                            if p.get("err_end") is not None and band_at(spans, segs[i]["end"] - 0.05) == b)
                vs_truth, vs_heard = [r[0] for r in rows], [r[1] for r in rows]
                print(f"  ends {b:6s} n={len(rows):3d}  against the truth "
                      f"{_share(vs_truth, .05):3.0f}/{_share(vs_truth, .1):3.0f}/{_share(vs_truth, .2):3.0f} % "
                      f"{1000 * statistics.median(vs_truth):+5.0f} ms | against the heard end "
                      f"{_share(vs_heard, .05):3.0f}/{_share(vs_heard, .1):3.0f}/{_share(vs_heard, .2):3.0f} % "
                      f"{1000 * statistics.median(vs_heard):+5.0f} ms | heard end > 100 ms before the truth's: {short}")
        for i, p in early:
            kind = tail_kind(audio, spans, segs, i, p["pred_end"])
            kinds[(band_at(spans, segs[i]["end"] - 0.05), kind)] += 1
            against = f"heard {1000 * (p['pred_end'] - heard[i]):+5.0f} ms  " if heard is not None else ""
            print(f"  #{i:<3d} end {1000 * p['err_end']:+5.0f} ms  {against}{band_at(spans, segs[i]['end'] - 0.05):6s} "
                  f"{kind:26s} {segs[i]['text'][-32:]!r}")
    if kinds:
        print("early ends (> 100 ms) by the band at the truth end and what lies after the output's end:")
        for (band, kind), n in sorted(kinds.items()):
            print(f"  {band:6s} {kind:26s} {n}")


if __name__ == "__main__":
    main()
