"""Align a transcript with stable-ts ``align()`` and write the score.py JSON shape.

Runs inside the peer venv (benchmarks/.venv-peers, made by setup_peers.sh), never
in the project's venv: stable-ts drags in torch, torchaudio and openai-whisper.

The model is the same CTranslate2 tiny.en our engine uses, loaded through
``stable_whisper.load_faster_whisper`` (int8, CPU, the given thread count), so the
comparison is between alignment methods, not models (bench_languages.py passes
the multilingual ``base`` and ``--language``, as ours uses for those talks).  The transcript is given as
one string with one line per transcript line and ``original_split=True``, so
stable-ts keeps our segment boundaries, as a user who wants line timings would.

Only the standard library and the peer venv's packages are used.

Usage: stable_ts_runner.py AUDIO.wav TRANSCRIPT.txt OUT.json --model DIR [--threads 2] [--language fr]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import wave


def read_wav_16k_mono(path: str):
    """The case WAVs are 16 kHz mono int16 (see ../shared/data/README.md); refuse anything else."""
    import numpy as np

    with wave.open(path) as w:
        if w.getframerate() != 16000 or w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise SystemExit(f"{path}: expected 16 kHz mono 16-bit PCM")
        pcm = w.readframes(w.getnframes())
    return np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("audio")
    ap.add_argument("transcript")
    ap.add_argument("out")
    ap.add_argument("--model", required=True, help="CTranslate2 Whisper folder (the bundled tiny.en)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--language", default="en", help="the talk's language (a Whisper code: en, fr, sv...)")
    a = ap.parse_args()

    t0 = time.perf_counter()
    import stable_whisper

    model = stable_whisper.load_faster_whisper(a.model, device="cpu", compute_type="int8", cpu_threads=a.threads)
    t_load = time.perf_counter() - t0

    audio = read_wav_16k_mono(a.audio)
    lines = [ln.strip() for ln in open(a.transcript, encoding="utf-8").read().splitlines() if ln.strip()]
    t1 = time.perf_counter()
    result = model.align(audio, "\n".join(lines), language=a.language, original_split=True, verbose=None)
    t_align = time.perf_counter() - t1

    segments = []
    if result is not None:
        for s in result.segments:
            segments.append({
                "start": s.start, "end": s.end, "text": s.text.strip(),
                "words": [{"start": w.start, "end": w.end, "word": w.word.strip(), "probability": w.probability}
                          for w in (s.words or [])],
            })
    out = {"tool": "stable-ts", "segments": segments,
           "timing": {"load_s": t_load, "align_s": t_align},
           "versions": {"stable-ts": stable_whisper.__version__}}
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(out, fh)
    return 0 if segments else 1


if __name__ == "__main__":
    sys.exit(main())
