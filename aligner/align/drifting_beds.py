"""Evidence against the ``end_in_noise`` doubt: a pause whose level only drifts is no bed that hides a fading end.

:func:`.review_evidence.end_fades_into_noise` doubts an end when the line's voice stands less than 20 dB over the
pauses beside it in every octave and the level in those pauses *swings* (a standard deviation of their 10 ms frames
of :data:`.review_evidence.BED_SWING_DB` or more): under a babble or a murmur, whose own syllables rise and fall by as
much as what is left of a line's fade, nobody can tell where the voice stopped.

A gain control swings a pause's level too, but another way: it drifts.  An FM station's AGC and band compressors
(``jx_*``: release 0.1-0.3 s and 2-4 s, 8-12 dB of make-up gain) turn the gain down while the voice is loud and back
up through the pause, so the room comes up 10-15 dB over the pause, smoothly, as a straight line or a bend in dB;
read as one standard deviation, that rise counts as a swing of 2-5 dB, and the lifted room as the bed the voice
stands less than 20 dB over.  Neither is a bed's: right after the end the gain is still down, and the end's fade is
heard against the room at the line's own gain.  What a bed does that a gain does not is move *fast*: a murmur's and
a babble's syllables come 4-8 a second, so their level moves within a syllable.  So the swing is read on the pause's
level less its own running mean over DRIFT s (a syllable's length: what moves slower than that is a drift, a gain's
or a swell's).  Where that fast swing stays under BED_SWING_DB, the pause's level only drifts and the doubt is not
raised.

Measured on main 1379198's outputs (replayed: confidence only, no boundary moves; benchmarks/README.md, j153): on
``jx_*`` the doubt fired on 4 ends, all within 100 ms, all under the FM chain (fast swing 0.7-1.3 dB, raw
2.0-4.7: let go); on ``cx_*`` on 3 ends 109-132 ms early under the long talk's murmur and interpreter (fast swing
2.4-3.9 dB: kept); on 20 dev talks with babble, murmur or music beds on 46 ends, 34 of them more than 100 ms off
(fast swing 1.8 dB and more: all kept).  Any DRIFT from 0.09 to 0.41 s keeps every far-off one.
"""

from __future__ import annotations

import numpy as np

from .activity import HOP, Envelope
from .review_evidence import BED_SWING_DB, bed_pauses

#: The running mean (s) the pause's level is read against: a syllable's length.  Slower than that is drift.
DRIFT = 0.15


def fast_swing(env: Envelope, a: float, b: float) -> float:
    """The standard deviation (dB) of the 10 ms levels in [a, b] less their running mean over DRIFT s."""
    y = env.db[env.frame(a):env.frame(b)].astype(np.float64)
    n = max(1, int(round(DRIFT / HOP)))
    if len(y) < n + 2:
        return float(np.std(y)) if len(y) else 0.0
    mean = np.convolve(y, np.ones(n) / n, mode="valid")
    return float(np.std(y[n // 2:n // 2 + len(mean)] - mean))


def pauses_only_drift(env: Envelope, start: float, end: float, before: float, after: float) -> bool:
    """Whether the pauses beside a segment spanning [start, end] -- those
    :func:`.review_evidence.end_fades_into_noise` reads (``before`` / ``after``: the neighbours' nearer edges) --
    swing by less than BED_SWING_DB once their drift is taken out (:func:`fast_swing`): a gain control's slow rise,
    not a bed's syllables."""
    pauses = bed_pauses(start, end, before, after)
    return bool(pauses) and max(fast_swing(env, a, b) for a, b in pauses) < BED_SWING_DB
