"""Dev words for :mod:`aligner.align.cut_short_words` (j181): "-age" words ("message", "passage", "sausage",
"village") cut short at their /s/ or /l/ -- the phone pass's squeeze -- with a background starting 40 ms after the
word: none, a rumble under 700 Hz (thunder, swelling 3 times a second, 10-20 dB under the word), a train of
impacts (a damped 400 Hz / 2.5 kHz ring every 30-55 ms, 6-14 dB under it), or a second voice ("bonjour", 6 dB
under: the end must stay).  Made in memory from espeak-ng, exact truth (the word's last audible sample); each
word is scored with the rule as it is and with "sound coming back is a voice" read as before j181.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/cut_syllable_noise.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from synth import RATE, speak  # noqa: E402

from aligner.align import cut_short_words  # noqa: E402
from aligner.align.cut_short_words import missing_syllable_end  # noqa: E402

WORDS = {"message": 5, "passage": 5, "sausage": 5, "village": 5}
PER_PHONE, SHARE, LEAD, PAUSE, AFTER = 0.08, 0.55, 0.5, 1.2, 0.04


def _cut_at_middle_quiet(word: np.ndarray) -> tuple[np.ndarray, int]:
    """The word with its middle consonant (the quietest 60 ms in its middle third, as an 8 kHz take leaves an /s/)
    taken out; the sample where the search ends it (that gap's start)."""
    n, w = len(word), int(0.06 * RATE)
    levels = [float(np.mean(word[i:i + w] ** 2)) for i in range(n // 3, 2 * n // 3 - w, 80)]
    at = n // 3 + 80 * int(np.argmin(levels))
    word = word.copy()
    word[at:at + w] = 0.0
    return word, at


def _background(kind: str, level: float, n: int, rng: np.random.Generator) -> np.ndarray:
    if kind == "rumble":
        spectrum = np.fft.rfft(rng.normal(0.0, 1.0, n))
        spectrum[np.fft.rfftfreq(n, 1 / RATE) > 700] = 0.0
        x = np.fft.irfft(spectrum, n) * (0.6 + 0.4 * np.sin(np.arange(n) / RATE * 2 * np.pi * 3))
    elif kind.startswith("drill"):
        t = np.arange(int(0.012 * RATE)) / RATE
        ring = (np.sin(2 * np.pi * 400 * t) + 0.5 * np.sin(2 * np.pi * 2500 * t)) * np.exp(-t / 0.003)
        x = np.zeros(n)
        for i in range(0, n - len(ring), int(float(kind[5:]) / 1000 * RATE)):
            x[i:i + len(ring)] += ring
    else:  # a second voice
        x = np.zeros(n)
        other = speak("bonjour", voice="fr", speed=160)
        x[:min(n, len(other))] = other[:n]
    return x * level / max(1e-9, np.abs(x).max())


def cases():
    rng = np.random.default_rng(0)
    kinds = [("none", None)] + [("rumble", d) for d in (10, 15, 20)] + \
        [(f"drill{p}", d) for p in (30, 42, 55) for d in (6, 10, 14)] + [("voice", 6)]
    for word_text, phones in WORDS.items():
        word, at = _cut_at_middle_quiet(speak(word_text, speed=140))
        for kind, under in kinds:
            audio = np.concatenate([np.zeros(int(LEAD * RATE)), word, np.zeros(int(PAUSE * RATE))])
            audio = audio + rng.normal(0.0, 0.0003, len(audio))
            truth = LEAD + len(word) / RATE
            if kind != "none":
                i = int((truth + AFTER) * RATE)
                peak = float(np.abs(word).max())
                audio[i:] += _background(kind, peak * 10 ** (-under / 20), len(audio) - i, rng)
            yield (f"{word_text} {kind} -{under or 0} dB", audio.astype(np.float32), LEAD + at / RATE, truth,
                   len(audio) / RATE, phones, kind == "voice")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json")
    args = ap.parse_args()
    rows = []
    for name, audio, dip, truth, quiet_end, phones, keep in cases():
        after = missing_syllable_end(audio, LEAD, dip, quiet_end, SHARE, PER_PHONE, phones)
        with mock.patch.object(cut_short_words, "_voice_band_comes_back", lambda *a: True), \
                mock.patch.object(cut_short_words, "_overlaps", lambda *a: True), \
                mock.patch.object(cut_short_words, "_impacts_after", lambda *a: False):
            before = missing_syllable_end(audio, LEAD, dip, quiet_end, SHARE, PER_PHONE, phones)
        want = dip if keep else truth
        rows.append(dict(case=name, truth=round(want, 3), before_ms=round((before - want) * 1000),
                         after_ms=round((after - want) * 1000)))
        print(f"{name:28s} before {rows[-1]['before_ms']:+5d} ms  after {rows[-1]['after_ms']:+5d} ms")
    for key in ("before_ms", "after_ms"):
        ok = sum(abs(r[key]) <= 30 for r in rows)
        print(f"{key[:-3]}: {ok}/{len(rows)} within 30 ms")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
