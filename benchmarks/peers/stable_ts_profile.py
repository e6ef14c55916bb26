"""Where stable-ts's ``align()`` spends its CPU (run in benchmarks/.venv-peers; issue 10's floor).

    benchmarks/.venv-peers/bin/python benchmarks/peers/stable_ts_profile.py AUDIO.wav TRANSCRIPT.txt --model DIR

Runs stable-ts as ``stable_ts_runner.py`` does (tiny.en int8, 2 threads,
``original_split=True``) with the CTranslate2 model and the mel front end
wrapped in timers, and prints the process CPU per part: start-up (imports),
model load, encoder windows, forced alignment of the text (cross-attention,
``model.align``), mel front end, and the rest (stable-ts's own Python: text
handling, silence suppression, its loudness-based VAD).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

T0 = time.process_time()
BOOK: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])


def charge(part, fn, *a, **k):
    t = time.process_time()
    try:
        return fn(*a, **k)
    finally:
        BOOK[part][0] += 1
        BOOK[part][1] += time.process_time() - t


class Timed:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if name in ("encode", "align", "generate", "detect_language"):
            return lambda *a, **k: charge(f"CTranslate2 {name}", attr, *a, **k)
        return attr


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("audio")
    ap.add_argument("transcript")
    ap.add_argument("--model", required=True)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    import numpy as np
    import stable_whisper
    from stable_ts_runner import read_wav_16k_mono

    BOOK["start-up (imports)"] = [1, time.process_time() - T0]
    t = time.process_time()
    model = stable_whisper.load_faster_whisper(a.model, device="cpu", compute_type="int8", cpu_threads=a.threads)
    BOOK["load model"] = [1, time.process_time() - t]
    model.model = Timed(model.model)
    fe = model.feature_extractor

    class TimedFE:
        def __getattr__(self, name):
            return getattr(fe, name)

        def __call__(self, *x, **k):
            return charge("mel front end", fe, *x, **k)
    model.feature_extractor = TimedFE()
    audio = read_wav_16k_mono(a.audio)
    lines = [ln.strip() for ln in open(a.transcript, encoding="utf-8").read().splitlines() if ln.strip()]
    t = time.process_time()
    model.align(audio, "\n".join(lines), language="en", original_split=True, verbose=None)
    BOOK["align() in all"] = [1, time.process_time() - t]
    total = time.process_time() - T0
    dur = len(audio) / 16000
    print(f"stable-ts align(): {dur:.0f} s of audio, whole process {total:.1f} CPU s\n")
    print("| part | calls | CPU s |\n|---|---:|---:|")
    for part, (n, cpu) in BOOK.items():
        print(f"| {part} | {n} | {cpu:.2f} |")
    inner = sum(v[1] for k, v in BOOK.items() if k.startswith("CTranslate2") or k == "mel front end")
    print(f"| align(): stable-ts's own Python (the rest) | | {BOOK['align() in all'][1] - inner:.2f} |")
    del np
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
