"""What recognition spends its CPU on, window by window (issue 10: "the floor").

    .venv/bin/python benchmarks/recognition_floor.py                    # long_60min
    .venv/bin/python benchmarks/recognition_floor.py --case long_mix --seconds 600

Runs the engine as the CLI does (same blocks, VAD, listening again) but with
one transcription at a time (``threads=1``: one CTranslate2 worker), and with
the phone pass off, so that every CPU second of the process belongs to one
recognition call and can be charged to it.  The CTranslate2 model, the mel
front end and Silero VAD are wrapped in timers (this script only; the engine
is not changed), and the tables say:

* how many 30-s encoder windows the first pass runs, how much speech each holds
  (VAD chunks packed up to 30 s), and how many windows listening again encodes;
* the CPU seconds of the encoder, greedy decoding, sampled fallback decoding,
  word timestamps (cross-attention alignment), the mel front end and VAD.

CPU is the process's (``time.process_time``) around each call: the calls run
one at a time, so nothing else is counted in them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent))

import cases  # noqa: E402

BOOK: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])  #: part -> [calls, CPU s]
PHASE = ["first pass"]
WINDOWS: dict[str, list[float]] = defaultdict(list)  #: phase -> seconds of speech per encoded window
VAD_SPEECH: list[float] = []
ENCODED_AGAIN: list[int] = []  #: one entry per 30-s window listening again encodes
AGAIN_SECONDS: list[float] = []  #: length of each window listened to again


def _charge(part: str, fn, *a, **k):
    t = time.process_time()
    try:
        return fn(*a, **k)
    finally:
        entry = BOOK[f"{PHASE[0]}: {part}"]
        entry[0] += 1
        entry[1] += time.process_time() - t


class _TimedCT2:
    """The CTranslate2 Whisper model with each call charged to a part."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if name == "encode":
            return lambda features, *a, **k: _charge(f"encoder ({features.shape[0]} window)", attr, features, *a, **k)
        if name == "generate":
            def generate(*a, **k):
                sampled = k.get("sampling_topk", 1) != 1 and k.get("sampling_temperature", 1.0) > 0
                return _charge("decoding, sampled fallback" if sampled else "decoding, greedy", attr, *a, **k)
            return generate
        if name == "align":
            return lambda *a, **k: _charge("word timestamps (cross-attention)", attr, *a, **k)
        if name == "detect_language":
            return lambda *a, **k: _charge("language detection", attr, *a, **k)
        return attr


def _instrument(model) -> None:
    import faster_whisper.transcribe as fwt

    from aligner.align import fallback_sampling

    own = fallback_sampling._SamplesOnItsOwnReplica.generate

    def sampled_on_replica(self, *a, **k):  # listening again samples on a replica (its load included)
        if k.get("sampling_topk", 1) == 1 or k.get("sampling_temperature", 1.0) <= 0:
            return own(self, *a, **k)
        return _charge("decoding, sampled fallback (replica load included)", own, self, *a, **k)
    fallback_sampling._SamplesOnItsOwnReplica.generate = sampled_on_replica

    model.model = _TimedCT2(model.model)
    fe = model.feature_extractor

    class _TimedFE:
        def __getattr__(self, name):
            return getattr(fe, name)

        def __call__(self, *a, **k):
            return _charge("mel front end", fe, *a, **k)
    model.feature_extractor = _TimedFE()
    words = model.add_word_timestamps
    model.add_word_timestamps = lambda *a, **k: _charge("word timestamps, all (the cross-attention row included)", words, *a, **k)
    vad, collect = fwt.get_speech_timestamps, fwt.collect_chunks

    def timed_vad(audio, *a, **k):
        out = _charge("Silero VAD", vad, audio, *a, **k)
        VAD_SPEECH.append(sum(c["end"] - c["start"] for c in out) / 16000)
        return out

    def timed_collect(audio, chunks, *a, **k):
        out = collect(audio, chunks, *a, **k)
        WINDOWS[PHASE[0]].extend(m["duration"] for m in out[1])
        return out
    fwt.get_speech_timestamps, fwt.collect_chunks = timed_vad, timed_collect
    encode = model.encode

    def timed_encode(features):  # listening again encodes its seek windows one by one through here
        if PHASE[0] != "first pass":
            ENCODED_AGAIN.append(1)
        return encode(features)
    model.encode = timed_encode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", default="long_60min")
    ap.add_argument("--seconds", type=float, default=0.0, help="only the first N seconds (0: all)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from aligner.align import engine, listen_again
    from aligner.align.api import AlignOptions, align
    from aligner.align.models import load_model, resolve_model
    from aligner.audio import load_audio
    from aligner.document import Document
    from aligner.formats import read_transcript

    case = cases.CASES_DIR / a.case
    audio = load_audio(str(case / "audio.wav"))
    doc: Document = read_transcript(str(case / "transcript.txt"))
    if a.seconds:
        truth = json.loads((case / "truth.json").read_text())
        keep = sum(1 for s in truth["segments"] if s["end"] is not None and s["end"] <= a.seconds)
        from dataclasses import replace
        audio = replace(audio, samples=audio.samples[: int(a.seconds * audio.sample_rate)])
        doc = replace(doc, segments=doc.segments[:keep])
    model = load_model(resolve_model(None), "cpu", "int8", 1)
    _instrument(model)
    again = listen_again.recognize_again

    def timed_again(model, audio, env, windows, *args, **kw):
        AGAIN_SECONDS.extend(b - a for a, b in windows)
        PHASE[0] = "listen again"
        try:
            return _charge("all of it", again, model, audio, env, windows, *args, **kw)
        finally:
            PHASE[0] = "first pass"
    listen_again.recognize_again = timed_again
    recognize = engine.recognize
    engine.recognize = lambda *args, **kw: _charge("all of it", recognize, *args, **kw)

    t0 = time.process_time()
    align(doc, audio, AlignOptions(threads=1, refine=False))
    total = time.process_time() - t0
    dur = audio.duration

    print(f"\n{a.case}: {dur:.0f} s of audio, {len(doc.segments)} segments; whole run without the phone pass "
          f"{total:.1f} CPU s (one worker); load average {os.getloadavg()[0]:.1f}\n")
    for phase, w in WINDOWS.items():
        if w:
            print(f"{phase}: {len(w)} encoder windows of 30 s, speech per window: median {statistics.median(w):.1f} s, "
                  f"mean {statistics.mean(w):.1f} s, sum {sum(w):.0f} s; "
                  f"{sum(1 for x in w if x < 15)} hold < 15 s")
    if VAD_SPEECH:
        print(f"VAD kept {sum(VAD_SPEECH):.0f} s of {dur:.0f} s as speech ({len(VAD_SPEECH)} VAD calls); "
              f"the least windows that could hold it: {int(-(-sum(VAD_SPEECH) // 30))}")
    print("\n| part | calls | CPU s | CPU s per hour of audio |\n|---|---:|---:|---:|")
    for part, (n, cpu) in sorted(BOOK.items(), key=lambda kv: (kv[0].split(":")[0] != "first pass", -kv[1][1])):
        print(f"| {part} | {n} | {cpu:.2f} | {cpu * 3600 / dur:.1f} |")
    print(f"\nlistened again: {len(AGAIN_SECONDS)} windows, {sum(AGAIN_SECONDS):.0f} s of audio (at most "
          f"{max(AGAIN_SECONDS, default=0):.1f} s each), {len(ENCODED_AGAIN)} encoder windows of 30 s")
    if a.json:
        a.json.write_text(json.dumps({"book": BOOK, "windows": WINDOWS, "vad_speech": VAD_SPEECH, "again_seconds": AGAIN_SECONDS, "encoded_again": len(ENCODED_AGAIN), "total": total,
                                      "duration": dur}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
