#!/usr/bin/env python3
"""Line ends on a fricative after a stop ("-ts", "-ks", "-ps") in narrow-band synthesized talks, some under an
impact train (a nail gun, a pneumatic hammer, a rattling compressor) over the line's end (j177, issue 7).

On narrow-band audio the model hears no /s/ in what a telephone band or an 8 kHz voice leaves of it, and after a
stop's silent closure the HMM ended "doubts." at the vowel (``bx_flite_drill_plain``, 420 ms early).  These talks
were written to test the rule that follows such a hiss (``phone_edges.through_fricative``, ``after_stop``) away from
that talk: other words, voices and speeds, and impacts at other rates and bands laid over line ends (each an
exponentially decaying band of noise), which must not be taken for a hiss.  Truth is exact: each line is said on its
own and placed (``synth_cases.make_recording``).  Nothing is written to ``benchmarks/out/cases``; every talk is made
in memory, aligned in-process with the engine of the folder it runs from, and scored line by line:

    PYTHONPATH=$PWD .venv/bin/python benchmarks/stop_hiss_talks.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth_cases import RATE, Recording, Voice, make_recording  # noqa: E402

#: Lines ending on a stop and a fricative, and a few that do not (their ends must not move).
LINES = [
    "Nobody on the board could explain the missing facts.",
    "The builders fixed the old pipes and the leaking ducts.",
    "Every visitor to the garden gets two free tickets.",
    "The farmer counted his sheep and all of his goats.",
    "After the storm he could not find his winter boots.",
    "They will post the signed contracts by the end of the week.",
    "Our neighbours planted a row of small green plants.",
    "The students finished the last of their projects.",
    "At the end of the night the guard checked the locks.",
    "The painter cleaned every one of his brushes.",
    "Please close the window when you leave the room.",
    "The coffee in the staff kitchen tasted of old cups.",
]


def impacts(seconds: float, rate_hz: float, band: tuple[float, float], decay: float, rng: np.random.Generator
            ) -> np.ndarray:
    """An impact train: ``rate_hz`` hits a second (each 8 % early or late), each a burst of noise in ``band`` (Hz)
    dying with time constant ``decay`` (s)."""
    n = int(seconds * RATE)
    y = np.zeros(n + RATE)
    hit_n = int(min(0.2, 6 * decay) * RATE)
    t = np.arange(hit_n) / RATE
    at = 0.0
    while at < seconds:
        i = int(at * RATE)
        y[i:i + hit_n] += rng.normal(size=hit_n) * np.exp(-t / decay) * (0.8 + 0.4 * rng.random())
        at += (1 + 0.08 * (2 * rng.random() - 1)) / rate_hz
    spec = np.fft.rfft(y)
    f = np.fft.rfftfreq(len(y), 1 / RATE)
    spec[(f < band[0]) | (f > band[1])] = 0
    return np.fft.irfft(spec, len(y))[:n]


#: (name, rate a second, band Hz, decay s): a nail gun's sharp cracks, a pneumatic hammer, a compressor's rattle
TOOLS = {"nailgun": (4.0, (200.0, 3500.0), 0.004), "hammer": (14.0, (100.0, 1200.0), 0.012),
         "compressor": (45.0, (60.0, 600.0), 0.006)}

#: (name, voices, phone band, tool over line ends or None, seed)
TALKS = [
    ("kal_slow", [Voice("flite", "kal", speed=0.72)], False, None, 177001),
    ("kal_hammer", [Voice("flite", "kal", speed=0.85)], False, "hammer", 177002),
    ("rms_phone_nailgun", [Voice("flite", "rms", speed=0.8)], True, "nailgun", 177003),
    ("slt_phone", [Voice("flite", "slt", speed=0.75)], True, None, 177004),
    ("espeak_phone_compressor", [Voice("espeak", "en-us", speed=0.8)], True, "compressor", 177005),
    ("awb_phone_hammer", [Voice("flite", "awb", speed=1.0)], True, "hammer", 177006),
]


def make_talk(name, voices, phone, tool, seed):
    """The talk's samples and truth; the tool's impacts laid over every other line's end, 8-12 dB under the
    speech, from 0.4 s before it to 0.6-1.0 s after."""
    order = random.Random(seed).sample(LINES, len(LINES))[:8]
    made = make_recording(Recording(sentences=len(order), voices=voices, seed=seed, text_seed=0, texts=order,
                                    pause=(0.8, 1.4), snr_db=34, noise="pink", phone=phone, turn=4))
    x = made.samples.astype(np.float64)
    notes = list(made.notes)
    if tool:
        rate_hz, band, decay = TOOLS[tool]
        rng, prng = np.random.default_rng(seed), random.Random(seed + 1)
        speech = float(np.sqrt(np.mean(x[np.abs(x) > 0.01] ** 2)))
        for seg in made.segments[::2]:
            a, seconds = seg["end"] - 0.4, 0.4 + prng.uniform(0.6, 1.0)
            y = impacts(seconds, rate_hz, band, decay, rng)
            y *= speech * 10 ** (-prng.uniform(8, 12) / 20) / (np.sqrt(np.mean(y ** 2)) + 1e-12)
            i = int(a * RATE)
            x[i:i + len(y)] += y[:len(x) - i]
        notes.append(f"{tool} over every other line's end")
    return x.astype(np.float32), made.segments, notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--talks", nargs="*", help="only these talks (names)")
    args = ap.parse_args()
    import aligner
    from aligner.align import AlignOptions, align
    from aligner.audio.decode import Audio
    from aligner.document import Document, Segment

    print(f"engine: aligner from {Path(aligner.__file__).resolve().parent.parent}", file=sys.stderr)
    rows = []
    for name, voices, phone, tool, seed in TALKS:
        if args.talks and name not in args.talks:
            continue
        x, truth, notes = make_talk(name, voices, phone, tool, seed)
        doc = Document(segments=[Segment(text=t["text"]) for t in truth])
        result = align(doc, Audio.from_float(x), AlignOptions())
        for k, (s, t) in enumerate(zip(result.segments, truth)):
            last = t["text"].rstrip(".").split()[-1]
            under = bool(tool) and k % 2 == 0
            rows.append({"talk": name, "line": k, "last": last, "under": under,
                         "start": None if s.start is None else round((s.start - t["start"]) * 1000),
                         "end": None if s.end is None else round((s.end - t["end"]) * 1000)})
            r = rows[-1]
            print(f"{name:26s} {k:2d} {last:10s} {'under' if under else '     '} start {r['start']} end {r['end']}")
    edges = [np.inf if r[e] is None else abs(r[e]) for r in rows for e in ("start", "end")]
    placed = [r for r in rows if r["end"] is not None]
    print(f"\n{len(rows)} lines: within 100 ms {100 * np.mean(np.array(edges) <= 100):.1f} %, "
          f"signed start {np.median([r['start'] for r in placed]):+.0f} ms, "
          f"end {np.median([r['end'] for r in placed]):+.0f} ms, ends off > 100 ms or unplaced: "
          f"{sum(r['end'] is None or abs(r['end']) > 100 for r in rows)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
