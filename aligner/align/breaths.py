"""Breaths and clicks in a pause are part of the pause, not the next sentence's first sound.

A speaker draws breath just before a sentence: a short puff of noise that ends 50-300 ms
before the voice, loud enough to rise over the sound threshold of a quiet recording.  The
pause pass (:mod:`.pauses`) puts a boundary where the sound after a pause begins, and so
began such sentences on the breath, 130-330 ms early (dev French talks over a telephone line
and at several speaking rates, espeak-ng with breaths before a third of the sentences: five
starts the energy had put within 0.15 s of the voice); a click in a pause, or the click at
the head of a prompt file, does the same.  Whisper's words give no help there (it hears the
word, not where its sound begins).

What tells a breath from a sentence's first syllable is its level: on the dev language talks
the runs of sound alone in a pause (breaths, clicks) peaked 14-31 dB under the loudest frame
of the sound beside them, while a first syllable cut off from the rest of its sentence by a
stop's closure peaked within 4.5 dB of it.  So a run of sound no longer than ``BREATH_LONGEST``
that peaks ``BREATH_UNDER`` or more under every neighbouring run's peak is taken out of the
sound: the pause runs across it.
"""

from __future__ import annotations

from typing import Sequence

from .activity import Envelope

#: A breath or a click is no longer than this (s); a word or a phrase may be as quiet, but is longer.
BREATH_LONGEST = 0.5
#: ... and peaks at least this far (dB) under the loudest frame of the sound on either side of it.
BREATH_UNDER = 10.0


def without_breaths(env: Envelope, runs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``runs`` (stretches of sound, in order) less the breaths and clicks among them."""
    peaks = [_loudest(env, a, b) for a, b in runs]
    out = []
    for k, (a, b) in enumerate(runs):
        beside = [peaks[j] for j in (k - 1, k + 1) if 0 <= j < len(runs)]
        if b - a <= BREATH_LONGEST and beside and all(p - peaks[k] >= BREATH_UNDER for p in beside):
            continue
        out.append((a, b))
    return out


def _loudest(env: Envelope, a: float, b: float) -> float:
    f0, f1 = env.frame(a), env.frame(b)
    return float(env.db[f0:max(f1, f0 + 1)].max()) if f0 < len(env.db) else -100.0
