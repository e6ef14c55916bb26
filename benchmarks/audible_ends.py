#!/usr/bin/env python3
"""How much of an espeak-ng sentence's truth lies under the line's noise: line ends a listener can hear.

The espeak-ng talks' truth (synth_cases.make_recording) is each sentence's clean samples, first to last
sample over 0.01 (-40 dBFS).  espeak-ng ends many sentences with a faint exhale-like residue 30-45 dB under
the voice's peak for 100-120 ms after the voice stops ("grande.", "mucho.", "domande."); over a telephone line
with hum at 14-16 dB SNR that residue lies under the hum in every octave, so no listener -- and no rule on the
audio -- can place the end there.  This rebuilds a talk's speech and its noise apart (the same recording made
again without the noise: the speech, breaths and line are drawn first, so they are the same samples) and finds,
per sentence, its *audible* end: the last 10 ms frame in which the speech stands over the noise in some octave
(``after_end.OCTAVES``, the project's masking bands), and its audible start likewise.  It then scores the
boundaries of ``language_misses.py --json`` rows against both truths.

    .venv/bin/python benchmarks/language_misses.py --langs de,es,it,sv --kinds phone --json /tmp/phone.json
    .venv/bin/python benchmarks/audible_ends.py /tmp/phone.json

Only for the espeak-ng kinds made by ``synth_cases.make_recording`` (``phone``, ``phone2``, ``rate``,
``breathy``, ``synthtight``, ``synthtight2``, ``spoiled``); dev only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import language_cases as lc  # noqa: E402
import synth_cases as sc  # noqa: E402

#: A frame is heard when the speech's power in some octave is this far (dB) over the noise's there (the margin
#: last_sound.OVER_BED_DB keeps: a residue at 0-3 dB in its octave flickers in and out of the noise).
OVER_NOISE_DB = 6.0


def recording_of(name: str) -> sc.Recording:
    """The synth_cases.Recording a dev language case is made from (by the same settings as language_cases)."""
    kind, lang = name.split("_")[:2]
    captured = {}
    real = sc.make_recording

    def capture(rec):
        captured["rec"] = rec
        return real(rec)

    sc.make_recording = capture
    try:
        [case] = [c for c in lc.cases("dev", [lang], [kind]) if c.name == name]
    finally:
        sc.make_recording = real
    return captured["rec"], case


def octave_power(x: np.ndarray) -> np.ndarray:
    """Per 10 ms frame (20 ms Hann window, as after_end.octave_levels), each octave's power; shape (bands, frames)."""
    from aligner.align.after_end import OCTAVES
    n, hop = 320, 160
    frames = len(x) // hop
    pad = np.concatenate([np.zeros(hop // 2), x.astype(np.float64), np.zeros(n)])
    idx = np.arange(frames)[:, None] * hop + np.arange(n)[None, :]
    spec = np.abs(np.fft.rfft(pad[idx] * np.hanning(n), axis=1)) ** 2
    freqs = np.fft.rfftfreq(n, 1 / sc.RATE)
    return np.stack([spec[:, (freqs >= lo) & (freqs < hi)].sum(axis=1) for lo, hi in OCTAVES])


def audible_spans(name: str) -> list[tuple[float, float]]:
    """Per sentence, (first, last) time its speech stands over the noise in some octave."""
    rec, case = recording_of(name)
    quiet = sc.make_recording(dataclasses.replace(rec, snr_db=None)).samples
    speech = quiet.astype(np.float64)
    noise = case.samples.astype(np.float64) - speech
    heard = (10 * np.log10(octave_power(speech) + 1e-20) - 10 * np.log10(octave_power(noise) + 1e-20)
             >= OVER_NOISE_DB).any(axis=0)
    spans = []
    for s in case.segments:
        a, b = int(round(s["start"] / 0.01)), int(round(s["end"] / 0.01))
        on = np.flatnonzero(heard[a:b])
        spans.append((s["start"], s["end"]) if not len(on) else ((a + on[0]) * 0.01, (a + on[-1] + 1) * 0.01))
    return spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=Path, help="language_misses.py --json output")
    args = ap.parse_args()
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    spans: dict[str, list] = {}
    groups: dict[str, list] = {}
    for r in rows:
        if r["error"] is None:
            continue
        if r["case"] not in spans:
            spans[r["case"]] = audible_spans(r["case"])
            truth = recording_of(r["case"])[1].segments
            spans[r["case"] + "/truth"] = [(s["start"], s["end"]) for s in truth]
        t = spans[r["case"] + "/truth"][r["line"]]
        h = spans[r["case"]][r["line"]]
        col = 0 if r["side"] == "start" else 1
        got = t[col] + r["error"]
        audible_error = got - h[col]
        groups.setdefault(r["case"].rsplit("_", 1)[0], []).append((r, audible_error, h[col] - t[col]))
    print(f"{'talks':<22}{'n':>4}{'truth<=100':>11}{'audible<=100':>13}{'ends truth/aud':>17}{'unheard tail ms':>17}")
    for name, g in sorted(groups.items()) + [("pooled", [x for g in groups.values() for x in g])]:
        n = len(g)
        within = sum(abs(r["error"]) <= 0.1 for r, _, _ in g) / n
        audible = sum(abs(e) <= 0.1 for _, e, _ in g) / n
        ends = [r["error"] for r, _, _ in g if r["side"] == "end"]
        aends = [e for r, e, _ in g if r["side"] == "end"]
        tail = [-d for r, _, d in g if r["side"] == "end"]
        print(f"{name:<22}{n:>4}{within:>10.0%}{audible:>12.0%}   {statistics.median(ends) * 1000:+5.0f} / "
              f"{statistics.median(aends) * 1000:+4.0f}   median {statistics.median(tail) * 1000:3.0f}, "
              f"max {max(tail) * 1000:3.0f}")
    for name, g in sorted(groups.items()):
        for r, e, d in g:
            if abs(r["error"]) > 0.1:
                print(f"  {r['case']} line {r['line']} {r['side']}: truth {r['error'] * 1000:+.0f} ms, "
                      f"audible {e * 1000:+.0f} ms (the truth's last {-d * 1000:.0f} ms under the noise)"
                      if r["side"] == "end" else
                      f"  {r['case']} line {r['line']} {r['side']}: truth {r['error'] * 1000:+.0f} ms, "
                      f"audible {e * 1000:+.0f} ms")


if __name__ == "__main__":
    main()
