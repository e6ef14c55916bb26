#!/usr/bin/env python3
"""Is a radio talk's truth end where a careful listener puts it?  Where each real prompt's clean take, narrowed to
the radio's band, last stands over the channel's hiss, against the truth's end and ours (j187).

A ``tx_*``/``rd65_*`` talk relayed by a two-way radio (``aside22_cases.two_way_radio``) plays each line in 300-3000 Hz
over the channel's hiss, flat over that band, ``hiss_db`` under the band-limited speech (the case's notes say how
far).  A real prompt's truth end is where the clean take last stands within 50 dB of its loudest 5 ms
(``unseen_cases.voice_span``): the fading last sound goes on under that hiss.  But masking works band by band: a
listener hears the fade while one critical band of it stands over the hiss in that band.  This measures, per line,
the last 20 ms window (5 ms steps) in which some third of an octave of the clean take -- band-limited by the
generator's own filter, at the level the case gives it -- holds more than the hiss does there (``audible``, ms from
the truth's end; negative = before it), and our end (``ours``) against both.

    .venv/bin/python benchmarks/radio_tails.py benchmarks/out/results-TAG --cases tx_real_ptt_plain_3gp

Only real prompts (a truth segment naming its prompt) through the radio (the notes name "two-way radio"); the
speech level is the band-limited takes' RMS over their voice spans, as the generator measures it.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import aside18_cases as a18  # noqa: E402
import tail_depth  # noqa: E402
from unseen_cases import english_reader, prompt_audio  # noqa: E402

RATE = 16000
WINDOW, STEP = 320, 80  #: 20 ms windows, 5 ms apart
THIRDS = [300.0 * 2 ** (k / 3) for k in range(11)]  #: third-octave edges over the radio's 300-3000 Hz


def hiss_under(notes: str) -> float | None:
    """How far (dB) the channel's hiss lies under the speech, from a case's notes; None: no radio."""
    m = re.search(r"two-way radio.*?hiss (\d+) dB under", notes)
    return float(m.group(1)) if m else None


def band_powers(x: np.ndarray) -> np.ndarray:
    """Each third octave's power in a Hann-windowed 20 ms piece."""
    p = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return np.array([p[(f >= lo) & (f < hi)].sum() for lo, hi in zip(THIRDS[:-1], THIRDS[1:])])


def hiss_powers(rms: float, seed: int = 0) -> np.ndarray:
    """The hiss's mean third-octave powers in a 20 ms window: white noise narrowed as the generator narrows it."""
    h = a18._band(np.random.default_rng(seed).normal(size=RATE * 10), 300.0, 3000.0)
    h *= rms / np.sqrt(np.mean(h ** 2))
    return np.mean([band_powers(h[i:i + WINDOW]) for i in range(0, len(h) - WINDOW, WINDOW)], axis=0)


def audible_end_ms(take: np.ndarray, end: int, start: int, hiss: np.ndarray) -> float:
    """ms from ``end`` (sample) to the end of the last window in which a third octave of ``take`` tops the hiss."""
    for i in range(min(len(take), end + 6 * WINDOW), start + WINDOW, -STEP):
        if np.any(band_powers(take[i - WINDOW:i]) > hiss):
            return (i - end) / RATE * 1000
    return float("nan")


def measure(source: Path, names: set[str] | None) -> list[dict]:
    """One row per real line through the radio in the run's cases."""
    rows = []
    by_case: dict[str, list] = {}
    for case, t_end, p_end in tail_depth.ends_of(source):
        if not names or case in names:
            by_case.setdefault(case, []).append((t_end, p_end))
    for case, ends in sorted(by_case.items()):
        truth = json.loads((tail_depth.CASES / case / "truth.json").read_text(encoding="utf-8"))
        under = hiss_under(truth.get("notes", ""))
        segs = [s for s in truth["segments"] if s.get("prompt")]
        if under is None or not segs:
            continue
        takes = {}
        for s in segs:
            x, span = prompt_audio(english_reader, s["prompt"], s.get("band") == "g722")
            if span is not None:
                takes[s["prompt"]] = (a18._band(x.astype(np.float64), 300.0, 3000.0), span)
        speech = np.sqrt(np.mean(np.concatenate([v[a:b] for v, (a, b) in takes.values()]) ** 2))
        hiss = hiss_powers(speech * 10 ** (-under / 20))
        for t_end, p_end in ends:
            seg = min(segs, key=lambda s: abs(s["end"] - t_end))
            if abs(seg["end"] - t_end) > 1e-3 or seg["prompt"] not in takes:
                continue
            v, (a, b) = takes[seg["prompt"]]
            rows.append({"case": case, "text": seg["text"], "audible": audible_end_ms(v, b, a, hiss),
                         "ours": (p_end - t_end) * 1000})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="a run.py result folder")
    ap.add_argument("--cases", nargs="*")
    ap.add_argument("--rows", action="store_true", help="print every line")
    a = ap.parse_args()
    rows = measure(a.source, set(a.cases) if a.cases else None)
    for case in sorted({r["case"] for r in rows}):
        rs = [r for r in rows if r["case"] == case]
        if a.rows:
            for r in rs:
                print(f"  audible {r['audible']:+5.0f}  ours {r['ours']:+5.0f}  {r['text'][:60]}")
        med = lambda k: statistics.median(r[k] for r in rs)  # noqa: E731
        print(f"{case}: {len(rs)} lines; the voice heard over the hiss until {med('audible'):+.0f} ms of the truth's "
              f"end (median; {sum(r['audible'] < -100 for r in rs)} lines > 100 ms before it); ours {med('ours'):+.0f} ms; "
              f"ours within 100 ms of the truth {sum(abs(r['ours']) <= 100 for r in rs)}, of the audible end "
              f"{sum(abs(r['ours'] - r['audible']) <= 100 for r in rs)}")


if __name__ == "__main__":
    main()
