"""A "pause" the phone pass's HMM put between two words, that sounds as loud as the words: the next word's onset.

pocketsphinx's silence model is trained on pauses and room noise, and the front end subtracts what it takes for
the noise.  A slow voice holding a sonorant -- festival ``slt_hts`` at x0.43 saying "the | young", "last | week",
"new | manager" -- sounds steady for 140-300 ms, and the search gave that steady stretch to ``<sil>``: the next
word started 210-340 ms late, though the "pause" stood at the level of the words on either side of it (within
0-4 dB of the louder one), where real pauses inside a line stand 8-40 dB under, most of them 15 dB or more (the
fourteen festival talks of the seen sets: 263 gaps between two words read, benchmarks/README.md; a megaphone's
horn lifted one real pause to 2 dB under, before an /s/).  A word that opens on a vowel,
a glide, a liquid or a nasal can start as loud as that; a stop's closure or a fricative cannot hold a
voice-level stretch before the word's own sound, and there the gap is left to the rules that read it
(``tighten_edge``, :mod:`.hissed_gaps`).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from .pronounce import VOWELS

#: Phones a word can open with at its full level: vowels, glides, liquids, nasals (ARPAbet, stress stripped).
SONORANTS = VOWELS | frozenset("Y W L R M N NG".split())
#: The gap's median level within this of the louder word's: the words' own sound, not a pause.
WITHIN_DB = 6.0
#: Longer gaps are left alone: a slow voice's held sonorant lasted 150-500 ms.
LONGEST_GAP = 0.5


def _median_db(times: np.ndarray, db: np.ndarray, a: float, b: float) -> Optional[float]:
    inside = db[np.searchsorted(times, a):np.searchsorted(times, b)]
    return float(np.median(inside)) if len(inside) else None


def gap_sounds_as_words(times: np.ndarray, db: np.ndarray, before: tuple[float, float], gap: tuple[float, float],
                        after: tuple[float, float], next_phones: Sequence[str]) -> bool:
    """The gap between the word spanning ``before`` and the one spanning ``after`` is the latter's onset.

    ``times``, ``db``: the chunk's fine envelope (:func:`.phone_edges.fine_db`, read once per chunk);
    ``next_phones``: the phones of the word after the gap.
    """
    if not next_phones or next_phones[0].rstrip("012") not in SONORANTS:
        return False
    if not 0.0 < gap[1] - gap[0] <= LONGEST_GAP:
        return False
    levels = [_median_db(times, db, *span) for span in (before, gap, after)]
    if any(level is None for level in levels):
        return False
    left, here, right = levels
    return here >= max(left, right) - WITHIN_DB
