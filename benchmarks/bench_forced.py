"""Does forced decoding of the transcript's own words (forced_decoding.py) place lines better?

For each talk of bench_languages' sets, ours runs as a user would (default
install, no flags); then the multilingual ``base`` forced-decodes the
transcript's words over windows of whole lines (cut in the middle of ours' gaps
between lines, at most 30 s), and each line gets the first forced word's start
and the last forced word's end.  Compared per boundary with the truth:

* ``ours``: the engine as it is (for non-English: Whisper's heard words, placed,
  then moved into pauses by the pause pass);
* ``forced``: the forced-decoding times alone;
* ``hybrid``: ours, except where ours' boundary between two lines is not in a
  pause (less than 150 ms between them), where the forced times are taken.

    .venv/bin/python benchmarks/bench_forced.py --set dev --kinds real,tight,spoiled --langs fr,es,it,sv
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))

import bench_languages as bl  # noqa: E402

GAP = 0.15


def read(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768


def windows(spans: list[tuple[float, float]], duration: float, longest: float = 28.0) -> list[tuple[int, int, float, float]]:
    """Groups of consecutive lines (first, last index) with their window, cut mid-gap between groups."""
    out, i, n = [], 0, len(spans)
    while i < n:
        j = i
        while j + 1 < n and spans[j + 1][1] - spans[i][0] + 1.0 <= longest:
            j += 1
        lo = 0.0 if i == 0 else (spans[i - 1][1] + spans[i][0]) / 2
        hi = duration if j == n - 1 else (spans[j][1] + spans[j + 1][0]) / 2
        lo, hi = max(lo, spans[i][0] - 1.0), min(hi, spans[j][1] + 1.0)
        out.append((i, j, lo, min(hi, lo + 30.0)))
        i = j + 1
    return out


def forced_spans(model, samples, lines, spans, lang) -> list[tuple[float, float]]:
    from forced_decoding import align_words

    out = list(spans)
    for i, j, lo, hi in windows(spans, len(samples) / 16000):
        words, owner = [], []
        for k in range(i, j + 1):
            ws = lines[k].split()
            words += ws
            owner += [k] * len(ws)
        got = align_words(model, samples, lo, hi, words, lang)
        for k in range(i, j + 1):
            mine = [w for w, o in zip(got, owner) if o == k]
            out[k] = (mine[0].start, mine[-1].end)
    return out


def hybrid(ours, forced):
    out = [list(s) for s in ours]
    for k in range(len(ours) - 1):
        if ours[k + 1][0] - ours[k][1] < GAP:
            out[k][1], out[k + 1][0] = forced[k][1], forced[k + 1][0]
    return [tuple(s) for s in out]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="dev", choices=["clean", "dev", "heldout"])
    ap.add_argument("--langs", default="fr,es,it,sv")
    ap.add_argument("--kinds", default="real,tight,spoiled")
    ap.add_argument("--keep", help="folder with the talks' ours output (reused when present)")
    args = ap.parse_args(argv)
    from aligner.align.models import load_model, multilingual_model

    model = load_model(multilingual_model(), threads=2)
    pooled: dict = {}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for talk in bl.talks(args.set, args.langs.split(","), args.kinds.split(","), folder):
            ours, _, _ = bl.run_ours(talk.wav, talk.txt, folder / f"{talk.name}.ours.json", [])
            lines = [ln for ln in talk.txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
            t0 = time.perf_counter()
            forced = forced_spans(model, read(talk.wav), lines, ours, talk.lang)
            wall = time.perf_counter() - t0
            for name, spans in (("ours", ours), ("forced", forced), ("hybrid", hybrid(ours, forced))):
                e = bl.errors(spans, talk.truth)
                pooled.setdefault((f"{talk.lang} {talk.kind}", name), []).append(e)
                rows.append(bl._row(talk.name, name, bl.score([e]), wall if name == "forced" else 0.0))
    print("| language | variant | within 100 ms | median ms | start signed | end signed | worst ms | > 1 s | wall |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (what, name), errs in sorted(pooled.items()):
        print(bl._row(what, name, bl.score(errs), 0.0))
    print("\n| talk | variant | within 100 ms | median ms | start signed | end signed | worst ms | > 1 s | forced wall |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
