"""Forced decoding for the benchmarks: :mod:`aligner.align.forced` over a plain array of samples.

The engine's module (moved there from here when it earned its place as the
fallback for audio Whisper hears too poorly) takes an :class:`aligner.audio.Audio`;
bench_forced.py reads WAVs into arrays.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from aligner.align.forced import WINDOW, ForcedWord, word_token_ranges  # noqa: F401  (re-exported)
from aligner.align.forced import align_words as _align_words
from aligner.audio import Audio

RATE = 16000


def align_words(model, samples: np.ndarray, t0: float, t1: float, words: Sequence[str],
                language: str) -> list[ForcedWord]:
    """Times of ``words``, said in this order within [t0, t1] of ``samples`` (16 kHz), by forced decoding."""
    if t1 - t0 > WINDOW + 1e-6:
        raise ValueError(f"a forced window is at most {WINDOW:g} s, not {t1 - t0:.1f} s")
    return _align_words(model, Audio.from_float(np.asarray(samples, dtype=np.float32)), t0, t1, words, language)
