"""How the engine's own work grows with the transcript: placement, matching, rescue and refinement.

Recognition is replaced by what a perfect recognizer would hear (the
transcript's words, evenly timed over the audio, with every 40th word missed
and one sentence in 50 never said), so that a three-hour transcript can be
measured in a minute instead of Whisper's quarter of an hour; the audio is
quiet noise of the right length.  Prints seconds per stage for each size; a
linear engine keeps seconds per 1,000 characters flat.

    python benchmarks/bench_long_transcript.py 50000 100000 200000
    python benchmarks/bench_long_transcript.py --heard 0.05 200000   # text mostly not in the audio
"""

from __future__ import annotations

import random
import sys
import time

import numpy as np

import aligner.align.engine as engine
from aligner.align import AlignOptions, align
from aligner.align.recognize import HeardWord
from aligner.audio import Audio
from aligner.document import Document, Segment

SENTENCES = [
    "So what we found, after years of looking, is that sleep is not optional at all.",
    "Every animal we have studied sleeps in some way, even the ones that swim all night.",
    "The brain uses the night to sort what it learned during the day.",
    "Without it, memory fails first and then the mood goes.",
    "We measured this in more than two hundred volunteers over three winters.",
]
CHARS_PER_SECOND = 15.0


def talk(chars: int, seed: int = 0) -> tuple[Document, float]:
    rng = random.Random(seed)
    segs, total = [], 0
    while total < chars:
        s = rng.choice(SENTENCES)
        segs.append(Segment(s))
        total += len(s) + 1
    return Document(segs), total / CHARS_PER_SECOND


def fake_recognize(doc: Document, duration: float, heard_share: float, seed: int = 0):
    rng = random.Random(seed)
    spoken = [s for s in doc.segments if rng.random() > 0.02]
    words = [w for s in spoken for w in s.text.split()]
    step = duration / max(1, len(words))
    heard = [HeardWord(w.strip(".,").lower(), k * step, k * step + 0.8 * step, 0.9)
             for k, w in enumerate(words) if k % 40 and rng.random() < heard_share]

    def recognize(model, audio, env, intervals, language, progress, cancel=None, prompt=None):
        progress(1.0)
        return [w for w in heard if any(a <= w.start < b for a, b in intervals)], "en"

    return recognize


def main(sizes: list[int], heard_share: float = 1.0) -> None:
    for chars in sizes:
        doc, duration = talk(chars)
        engine.recognize = fake_recognize(doc, duration, heard_share)
        engine.recognize_again = lambda model, audio, env, windows, language, cancel=None: []
        rng = np.random.default_rng(0)
        audio = Audio(None, (rng.normal(0, 300, int(duration * 16000))).astype(np.int16))
        t0 = time.perf_counter()
        result = align(doc, audio, AlignOptions(refine=False))
        total = time.perf_counter() - t0
        stages = {k: round(v, 1) for k, v in result.stats["seconds"].items()}
        print(f"{chars:>8,} chars, {duration / 3600:.2f} h audio: {total:6.1f} s "
              f"({1000 * total / chars:.3f} s per 1,000 chars) {stages}", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    share = 1.0
    if args[:1] == ["--heard"]:
        share, args = float(args[1]), args[2:]
    main([int(a) for a in args] or [50_000, 100_000, 200_000], share)
