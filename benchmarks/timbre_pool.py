#!/usr/bin/env python3
"""Does the sound a rule carried a line's end over have the line's own timbre?  (j133's measurement: it does not
tell a listener's interjection or a chair's creak from the line's own last sound; benchmarks/README.md.)

Reads ``language_misses.py --json`` rows and/or ``rule_trace.py --out`` rows (every line end, its signed error after
each stage) and the talks' audio.  For every end some stage moved later -- from the earliest stage's end (the phone
pass on: placement's is Whisper's) to the final end, at least ``--carried`` s -- it compares the spectral envelope
(MFCCs without c0, i.e. without the level; mel bands 100-``--hi`` Hz, 3800 by default: the narrowest band any talk
has) of the stretch carried over (its frames ``--over`` dB over the pause's noise) with the line's own frames
(within 25 dB of its loudest), normalised by how much the line's own frames vary:

    z     median over the carried frames of their distance to the mean of the line's last ``--look`` s (per
          coefficient in the line's own standard deviations, RMS over coefficients), over the same median for the
          line's frames themselves
    z90   the same with the carried frames' 75th percentile
    nn    median over the carried frames of the distance to the nearest line frame, over the line frames' own
          leave-one-out nearest-neighbour median
    blk   the carried stretch's mean envelope against the whole line cut into blocks of as many loud frames (half
          overlapping): its distance to the blocks' mean in the blocks' own standard deviations, over the 90th
          percentile of the blocks' own distances
    bmax  the same over the farthest block's: over 1, the stretch stands outside every stretch of the line's own
    level the carried frames' median level (dB) against the line's loud frames' (printed per end, not summed up)
    flat  spectral flatness (the mel bands' geometric over arithmetic mean: a sound without formant peaks is
          flatter), the carried frames' median over the line's
    rise  not timbre, continuity: how far (dB) the carried stretch's level climbs again over the lowest it fell to
          before inside it (a fading last sound only falls; another sound starts on its own)

and prints them for the carried-on ends (final error > ``--late``) and the right ones (|error| <= ``--right``), with
quantiles, the AUC (how often a carried-on end scores over a right one) and the 2x2 at 1 (the line's own spread).
``--from-truth``: for a carried-on end, only the stretch after the true end (what a perfect rule must call foreign).

    .venv/bin/python benchmarks/language_misses.py --folders CASE_FOLDER... --json benchmarks/out/pool.json
    .venv/bin/python benchmarks/rule_trace.py hx_real_creaks_wma1 --out benchmarks/out/trace-en.json
    .venv/bin/python benchmarks/timbre_pool.py benchmarks/out/pool.json benchmarks/out/trace-en.json --from-truth
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aligner.audio import load_audio  # noqa: E402

RATE = 16000
#: the line's last voiced stretch read for z/nn (s), and how far over the pause's noise a carried frame stands (dB)
LINE_LOOK, OVER = 1.0, 6.0
#: 25 ms windows every 10 ms; 24 mel bands, 13 cepstra (c0, the level, left out)
WIN, HOPN = 400, 160
N_MEL, N_CEP = 24, 13
LO, HI = 100.0, 3800.0


def mel(f):
    return 2595 * np.log10(1 + f / 700)


def filterbank() -> np.ndarray:
    pts = 700 * (10 ** (np.linspace(mel(LO), mel(HI), N_MEL + 2) / 2595) - 1)
    bins = np.fft.rfftfreq(512, 1 / RATE)
    fb = np.zeros((N_MEL, len(bins)))
    for m in range(N_MEL):
        a, c, b = pts[m], pts[m + 1], pts[m + 2]
        fb[m] = np.clip(np.minimum((bins - a) / (c - a), (b - bins) / (b - c)), 0, None)
    return fb


FB = filterbank()
DCT = np.cos(np.pi / N_MEL * (np.arange(N_MEL) + 0.5)[None, :] * np.arange(N_CEP)[:, None])


def frames(x: np.ndarray, t0: float, t1: float, flatness: bool = False):
    """(MFCC without c0, level dB) per 10 ms frame of [t0, t1); with ``flatness`` also each frame's spectral
    flatness over the mel bands (geometric over arithmetic mean: 1 for white noise, near 0 for a few peaks)."""
    a, b = int(t0 * RATE), int(t1 * RATE)
    seg = x[max(0, a - WIN // 2):b + WIN // 2]
    n = max(0, (len(seg) - WIN) // HOPN + 1)
    if n == 0:
        return (np.zeros((0, N_CEP - 1)), np.zeros(0)) + ((np.zeros(0),) if flatness else ())
    idx = np.arange(WIN)[None, :] + HOPN * np.arange(n)[:, None]
    fr = seg[idx] * np.hanning(WIN)
    spec = np.abs(np.fft.rfft(fr, 512)) ** 2
    melp = np.log(spec @ FB.T + 1e-10)
    cep = melp @ DCT.T
    db = 10 * np.log10(spec.sum(1) + 1e-12)
    if flatness:
        flat = np.exp(melp.mean(1)) / np.exp(melp).mean(1)
        return cep[:, 1:], db, flat
    return cep[:, 1:], db


def scores(x: np.ndarray, line_t0: float, e0: float, e1: float, next_t: float):
    """The measures of the stretch [e0, e1) carried onto a line that began at ``line_t0`` (the pause's noise read
    from e1 to ``next_t``); None where the line has too little sound before e0, only ``n`` where the stretch has
    fewer than 3 frames over the noise."""
    cl, dl, fl = frames(x, max(line_t0, e0 - LINE_LOOK), e0, flatness=True)
    if len(dl) < 10:
        return None
    keep = dl > dl.max() - 25
    cl, fl = cl[keep], fl[keep]
    _, dp = frames(x, e1, max(e1 + 0.05, next_t))
    noise = np.percentile(dp, 30) if len(dp) > 5 else dl.min()
    ca, da, fa = frames(x, e0, e1, flatness=True)
    over = da > noise + OVER
    if over.sum() < 3:
        return {"n": int(over.sum())}
    ca, fa = ca[over], fa[over]
    mu, sd = cl.mean(0), cl.std(0) + 1e-6
    zl = np.sqrt((((cl - mu) / sd) ** 2).mean(1))
    za = np.sqrt((((ca - mu) / sd) ** 2).mean(1))
    def dist(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.sqrt((((a[:, None, :] - b[None, :, :]) / sd) ** 2).mean(2))
    dll = dist(cl, cl)
    np.fill_diagonal(dll, np.inf)
    nnl = dll.min(1)
    nna = dist(ca, cl).min(1)
    # block level: the carried stretch's mean envelope against the line's own blocks of as many loud frames
    cw, dw = frames(x, line_t0, e0)
    cw = cw[dw > dl.max() - 25]
    m = int(over.sum())
    blocks = np.array([cw[i:i + m].mean(0) for i in range(0, len(cw) - m + 1, max(1, m // 2))])
    blk = float("nan")
    bmax = float("nan")
    if len(blocks) >= 4:
        bm, bs = blocks.mean(0), blocks.std(0) + 1e-6
        dB = np.sqrt((((blocks - bm) / bs) ** 2).mean(1))
        dA = float(np.sqrt((((ca.mean(0) - bm) / bs) ** 2).mean()))
        blk = dA / float(np.percentile(dB, 90))
        bmax = dA / float(dB.max())
    return {"n": int(over.sum()), "blk": blk, "bmax": bmax, "z": float(np.median(za) / np.median(zl)),
            "nn": float(np.median(nna) / np.median(nnl)),
            "z90": float(np.percentile(za, 75) / np.median(zl)),
            "flat": float(np.median(fa) / np.median(fl)),
            "level": float(np.median(da[over]) - np.median(dl[keep])),
            "rise": rise_again(da)}


def rise_again(db: np.ndarray) -> float:
    """How far (dB) the level rises again over the lowest it fell to before, inside a carried stretch (levels per
    frame, smoothed over 30 ms): a fading last sound only falls, another sound starting on its own rises."""
    if len(db) < 3:
        return float("nan")
    sm = np.convolve(db, np.ones(3) / 3, mode="valid")
    return float(np.max(sm - np.minimum.accumulate(sm)))


def from_trace(trace: list[dict]) -> list[dict]:
    """rule_trace.py's rows (per line, each stage's signed errors) as language_misses.py's end rows; the stages
    from the phone pass on (the placement's are Whisper's)."""
    out = []
    by_case: dict[str, list[dict]] = {}
    for r in trace:
        by_case.setdefault(r["case"], []).append(r)
    for case, rs in by_case.items():
        rs.sort(key=lambda r: r["truth"][0])
        for k, r in enumerate(rs):
            fin = r["errors"].get("final")
            if not fin or fin[1] is None:
                continue
            after = False
            stages = {}
            for name, e in r["errors"].items():
                after = after or name == "phone"
                if after and name != "final" and e[1] is not None:
                    stages[name] = e[1]
            out.append({"case": case, "line": r["i"], "side": "end", "error": fin[1], "stages": stages,
                        "truth": r["truth"], "next_start": rs[k + 1]["truth"][0] if k + 1 < len(rs) else None})
    return out


def main():
    global LINE_LOOK, OVER, FB, HI
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=Path, nargs="+", help="language_misses.py --json and/or rule_trace.py --out files")
    ap.add_argument("--cases", type=Path, default=HERE / "out" / "cases")
    ap.add_argument("--carried", type=float, default=0.04)
    ap.add_argument("--late", type=float, default=0.1)
    ap.add_argument("--right", type=float, default=0.05)
    ap.add_argument("--from-truth", action="store_true", help="late ends: the stretch after the true end only")
    ap.add_argument("--hi", type=float, default=3800.0, help="the mel bands' top (Hz)")
    ap.add_argument("--look", type=float, default=1.0)
    ap.add_argument("--over", type=float, default=6.0)
    args = ap.parse_args()
    LINE_LOOK, OVER = args.look, args.over
    if args.hi != HI:
        HI = args.hi
        FB = filterbank()
    rows = []
    for path in args.rows:
        got = json.loads(path.read_text())
        rows += from_trace(got) if got and "errors" in got[0] else got
    audio = {}
    out = {"late": [], "right": []}
    for r in rows:
        if r["side"] != "end" or r["error"] is None:
            continue
        if "truth" in r:  # rule_trace.py's rows, converted: (start, end) and the next line's start
            t = {"start": r["truth"][0], "end": r["truth"][1]}
            truth = None
        else:
            truth = json.loads((args.cases / r["case"] / "truth.json").read_text())["segments"]
            t = truth[r["line"]]
        final = t["end"] + r["error"]
        st = {k: v for k, v in r["stages"].items() if v is not None}
        e0 = t["end"] + min([v for k, v in st.items() if k != "place"] + [r["error"]])
        if args.from_truth and r["error"] > args.late:
            e0 = max(e0, t["end"])
        which = "late" if r["error"] > args.late else "right" if abs(r["error"]) <= args.right else None
        if which is None or final - e0 < args.carried:
            continue
        if r["case"] not in audio:
            audio[r["case"]] = load_audio(str(args.cases / r["case"] / "audio.wav")).float32()
        if truth is None:
            nxt = r["next_start"] if r["next_start"] is not None else final + 0.5
        else:
            nxt = truth[r["line"] + 1]["start"] if r["line"] + 1 < len(truth) else final + 0.5
        sc = scores(audio[r["case"]], t["start"], e0, final, nxt)
        stg = " ".join(f"{k[:4]} {v * 1000:+.0f}" for k, v in st.items())
        print(f"{which:<5} {r['case']:<40} {r['line']:>2} err {r['error'] * 1000:+5.0f} carried {(final - e0) * 1000:4.0f}"
              f" | {stg} | {sc}")
        if sc and "z" in sc:
            out[which].append(sc)
    for k in ("z", "nn", "z90", "blk", "bmax", "flat", "rise"):
        for w in ("late", "right"):
            v = [s[k] for s in out[w] if np.isfinite(s[k])]
            if v:
                print(f"{k:<4} {w:<5} n={len(v):>3} quantiles 0/25/50/75/100:",
                      " ".join(f"{q:.2f}" for q in np.percentile(v, [0, 25, 50, 75, 100])))
        lv = [s[k] for s in out["late"] if np.isfinite(s[k])]
        rv = [s[k] for s in out["right"] if np.isfinite(s[k])]
        auc = np.mean([(a > b) + 0.5 * (a == b) for a in lv for b in rv]) if lv and rv else float("nan")
        print(f"{k:<4} AUC (late over right) {auc:.2f}")
        print(f"{k:<4} 2x2 at 1 (the line's own spread): late {sum(v > 1 for v in lv)} over / {sum(v <= 1 for v in lv)}"
              f" under; right {sum(v > 1 for v in rv)} over / {sum(v <= 1 for v in rv)} under")
        if rv:
            r90 = np.percentile(rv, 90)
            print(f"{k:<4} late over the right ends' 90th percentile ({r90:.2f}): {sum(v > r90 for v in lv)} of {len(lv)}")


if __name__ == "__main__":
    main()
