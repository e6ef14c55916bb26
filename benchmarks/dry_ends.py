#!/usr/bin/env python3
"""Where a Fish Fillets NG actor's voice starts and stops, and the Fillets talks scored against a second truth there.

The Fillets talks (``aside7_languages``: ``kx_nl_fillets_*``, ``kx_cs_fillets_*``, ``rd21_*``) take each line's truth
end from the actor's take gated 40 dB under its loudest 5 ms (``aside7_languages.GATE_DB``, then
``unseen_cases.voice_span``).  The takes carry their studio's reverberation, baked in: after the voice the level
falls at a steady ~30 dB a second, from 15-20 dB under the peak down to that gate, so the truth end lies 0.4-0.6 s
into the tail, and every tool (ours, aeneas, stable-ts) ends the lines 0.2-0.8 s before it.

``--takes`` measures it, per take and against dry speech: how far before the truth end the level was last within
15/20/25/30 dB of the take's peak, on the Fillets takes and on asterisk's English prompts (dry: gated to digital
silence, no room); the Fillets' surplus is the tail.  It also gives each take's *head*: how far its truth start lies
before the voice because of a thump under 20 Hz that opens six Dutch takes (the start's gate reads a level that keeps
the DC; ``aside7_languages.without_infrasound``).  ``--rows`` scores ``language_misses.py --json`` rows of the
Fillets talks against the truth as built and against the second truth (:func:`dry_truth`): each end moved back to
where the take, without infrasound, gated at ``fillets_gated_languages.END_GATE_DB`` ends, each start on by its head
(the ``rd25_*`` talks' truth: same recordings, tail and thump gone).

    .venv/bin/python benchmarks/dry_ends.py --takes                        # every Fillets talk's takes
    .venv/bin/python benchmarks/language_misses.py --folders benchmarks/out/cases/kx_*_fillets_* --json /tmp/f.json
    .venv/bin/python benchmarks/dry_ends.py --rows /tmp/f.json             # rows against both truths
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

RATE = 16000
#: Window and hop of the level contour (s).
WIN_S, HOP_S = 0.03, 0.01
#: Gates (dB under a take's loudest 30 ms) at which the distance back from the truth end is measured.
GATES = (15.0, 20.0, 25.0, 30.0)


def level_contour(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Level (dB) of WIN_S windows every HOP_S seconds, and each window's centre (s)."""
    w, h = int(WIN_S * RATE), int(HOP_S * RATE)
    c = np.concatenate([[0.0], np.cumsum(x.astype(np.float64) ** 2)])
    starts = np.arange(0, max(1, len(x) - w + 1), h)
    return 10 * np.log10((c[starts + w] - c[starts]) / w + 1e-12), (starts + w / 2) / RATE


def last_within(x: np.ndarray, gate_db: float) -> float:
    """End (s) of the last WIN_S window within ``gate_db`` of the take's loudest."""
    db, t = level_contour(x)
    return float(t[np.flatnonzero(db > db.max() - gate_db)[-1]] + WIN_S / 2)


def tail_slope(x: np.ndarray, a: float, b: float) -> float:
    """dB a second the level falls from ``a`` to ``b`` (s): a line through the contour (0 when too short)."""
    db, t = level_contour(x)
    sel = (t >= a) & (t <= b - WIN_S / 2)
    return float(np.polyfit(t[sel], db[sel], 1)[0]) if sel.sum() >= 4 else 0.0


def behind_truth(takes: list[tuple[np.ndarray, int]]) -> dict[float, list[float]]:
    """For clean takes and their truth ends (a sample), how far (s) each gate's last window lies before the end."""
    return {g: [end / RATE - min(end / RATE, last_within(x, g)) for x, end in takes] for g in GATES}


@lru_cache(maxsize=None)
def _case_truth(case: str) -> tuple[dict, ...]:
    import cases

    return tuple(json.loads((cases.CASES_DIR / case / "truth.json").read_text(encoding="utf-8"))["segments"])


def take_tails(case: str) -> list[dict]:
    """Per line of a Fillets talk: its take, how far (s) its truth end lies past the take's end gated at the voice
    (fillets_gated_languages.END_GATE_DB, infrasound out: the rd25_* truth) and the level's slope over that stretch
    (dB/s), and how far (s) its truth start lies before the voice once the take's infrasound is out (``head``: a
    thump under 20 Hz opening some Dutch takes)."""
    import aside7_languages as a7l
    import fillets_gated_languages as fg
    import unseen_cases as uc

    lang = a7l.catalogue()[case].lang
    out = []
    for s in _case_truth(case):
        if "prompt" not in s:
            out.append({"prompt": None, "tail": 0.0, "slope": 0.0, "head": 0.0})
            continue
        x = a7l.read(lang, s["prompt"])
        a, b = uc.voice_span(x)
        gated = uc.voice_span(a7l.read(lang, s["prompt"], fg.END_GATE_DB, drop_infrasound=True))
        if gated is None:  # a last sound gated apart from the voice: no single end (place_prompts skips such a take)
            out.append({"prompt": s["prompt"], "tail": 0.0, "slope": 0.0, "head": 0.0, "text": s.get("text", ""),
                        "ambiguous": True})
            continue
        c, d = gated
        out.append({"prompt": s["prompt"], "tail": max(0, b - d) / RATE, "slope": tail_slope(x, d / RATE, b / RATE),
                    "head": max(0, c - a) / RATE, "text": s.get("text", "")})
    return out


def dry_truth(case: str) -> list[dict]:
    """The case's truth segments with each end moved back to where its take gated at the voice ends, and each start
    on to where the voice begins once the take's infrasound is out."""
    tails = take_tails(case)
    out = []
    for s, tl in zip(_case_truth(case), tails):
        s = dict(s)
        if s.get("end") is not None:
            s["end"] = round(s["end"] - tl["tail"], 4)
            s["start"] = round(s["start"] + tl["head"], 4)
        out.append(s)
    return out


def fillets_talks() -> list[str]:
    """Every built-from-Fillets talk of aside7_languages (seen aside and dev twins)."""
    import aside7_languages as a7l

    return [n for n, spec in a7l.catalogue().items() if spec.real is not None]


def dry_takes(n: int = 80) -> list[tuple[np.ndarray, int]]:
    """Dry takes and their truth ends: asterisk's English prompts (gated to digital silence, no room)."""
    import fresh_cases as fc

    out = []
    for name in sorted(fc.usable_prompts())[:n]:
        x = fc.read_prompt(name, False)
        span = fc.voice_span(x)
        if span:
            out.append((x, span[1]))
    return out


def fillets_takes(case_names: list[str]) -> list[tuple[np.ndarray, int]]:
    import aside7_languages as a7l
    import unseen_cases as uc

    out = []
    for case in case_names:
        lang = a7l.catalogue()[case].lang
        for s in _case_truth(case):
            if "prompt" in s:
                x = a7l.read(lang, s["prompt"])
                out.append((x, uc.voice_span(x)[1]))
    return out


def score_rows(rows: list[dict]) -> None:
    """language_misses --json rows (error = output - truth) against the truth as built and the voice-gated one, and
    the share of ends inside the bracket between them (100 ms either side): the voice stops somewhere in there."""
    print(f"{'talk':<34}{'n':>4}{'built <=100':>12}{'end':>7}{'gated <=100':>12}{'end':>7}{'ends in bracket':>16}")
    by_case: dict[str, list[dict]] = {}
    for r in rows:
        by_case.setdefault(r["case"], []).append(r)
    pooled: dict[str, list] = {"built": [], "voice-gated": [], "bracket": []}
    share = lambda v: sum(e is not None and abs(e) <= 0.1 for e in v) / max(1, len(v))  # noqa: E731
    for case, rs in sorted(by_case.items()):
        tails = take_tails(case)
        g, d, bracket = [], [], []
        for r in rs:
            e = r["error"]
            tail = tails[r["line"]]["tail"] if r["side"] == "end" else 0.0
            head = tails[r["line"]]["head"] if r["side"] == "start" else 0.0
            g.append(e)
            d.append(None if e is None else e + tail - head)
            if r["side"] == "end":
                bracket.append(e is not None and -tail - 0.1 <= e <= 0.1)
        ends_g = [e for e, r in zip(g, rs) if r["side"] == "end" and e is not None]
        ends_d = [e for e, r in zip(d, rs) if r["side"] == "end" and e is not None]
        print(f"{case:<34}{len(rs):>4}{share(g):>11.0%} {statistics.median(ends_g) * 1000:>+6.0f}"
              f"{share(d):>11.0%} {statistics.median(ends_d) * 1000:>+6.0f}{sum(bracket) / len(bracket):>15.0%}")
        pooled["built"] += g
        pooled["voice-gated"] += d
        pooled["bracket"] += bracket
    for k in ("built", "voice-gated"):
        v = pooled[k]
        ok = [e for e in v if e is not None]
        print(f"pooled against the {k} truth: {share(v):.1%} within 100 ms of {len(v)}, "
              f"> 1 s {sum(abs(e) > 1 for e in ok) + len(v) - len(ok)}")
    print(f"ends in the bracket: {sum(pooled['bracket']) / max(1, len(pooled['bracket'])):.1%} of "
          f"{len(pooled['bracket'])}")
    stage_table([r for r in rows if r["side"] == "end"],
                lambda r: take_tails(r["case"])[r["line"]]["tail"], "the voice-gated truth")


def stage_table(ends: list[dict], shift, truth: str) -> None:
    """Per stage of language_misses.py's rows (place, pocketsphinx, extend, phone, final): the line ends against
    ``truth`` (each row's error plus ``shift(row)``): within 100 ms, signed median, > 100 ms early and late."""
    names = ["place", "pocketsphinx", "extend", "phone", "final"]
    print(f"line ends by stage against {truth} ({len(ends)} ends):")
    for name in names:
        v = [(r["error"] if name == "final" else r["stages"].get(name)) for r in ends]
        v = [e + shift(r) for e, r in zip(v, ends) if e is not None]
        if not v:
            continue
        n = len(v)
        print(f"  {name:<13}{n:>4}  within 100 ms {sum(abs(e) <= 0.1 for e in v) / n:6.1%}  median "
              f"{statistics.median(v) * 1000:+5.0f} ms  early {sum(e < -0.1 for e in v) / n:6.1%}  "
              f"late {sum(e > 0.1 for e in v) / n:6.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--takes", nargs="*", help="Fillets talks whose takes to measure (none: all of them)")
    ap.add_argument("--rows", type=Path, help="language_misses.py --json rows to score against both truths")
    a = ap.parse_args()
    sys.path.insert(0, str(HERE.parent))
    if a.takes is not None:
        names = a.takes or fillets_talks()
        tails, heads = [], []
        for case in names:
            for tl in take_tails(case):
                if tl["prompt"] is None:
                    continue
                if tl.get("ambiguous"):
                    print(f"{case:<32} {tl['prompt']:<28} no single end once gated at the voice (kept as built)")
                    continue
                tails.append((tl["tail"], tl["slope"]))
                heads.append(tl["head"])
                print(f"{case:<32} {tl['prompt']:<28} tail {tl['tail'] * 1000:5.0f} ms  {tl['slope']:+6.1f} dB/s  "
                      f"head {tl['head'] * 1000:4.0f} ms  {tl['text']}")
        moved = [h for h in heads if h > 0.01]
        print(f"{len(moved)} starts lie before the voice once the infrasound is out, by "
              f"{min(moved, default=0) * 1000:.0f}-{max(moved, default=0) * 1000:.0f} ms")
        q = np.percentile([t for t, _ in tails], [10, 50, 90]) * 1000
        sl = np.percentile([s for _, s in tails], [10, 50, 90])
        print(f"{len(tails)} takes: the truth end lies {q[1]:.0f} ms past the voice-gated end (median; 10-90 %: "
              f"{q[0]:.0f}-{q[2]:.0f} ms), the level falling {-sl[1]:.0f} dB/s over it (10-90 %: {-sl[2]:.0f}-"
              f"{-sl[0]:.0f})")
        for label, takes in (("Fillets", fillets_takes(names)), ("dry asterisk", dry_takes())):
            back = behind_truth(takes)
            print(f"{label} takes ({len(takes)}): truth end minus the last window within " + ", ".join(
                f"{g:g} dB: {np.median(v) * 1000:.0f} ms" for g, v in back.items()) + " (medians)")
    if a.rows:
        score_rows(json.loads(a.rows.read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
