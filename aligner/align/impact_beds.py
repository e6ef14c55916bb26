"""Impacts on both sides of a line (a road drill outside, hammering): the sound right after its end is that
background going on, not the line's voice holding on.

Several review reasons read the sound right after an end as the line's own
that the end left out: it holds as a voice does (:func:`.review_evidence.sound_holds_after`),
still falls as a trailing voice does (:mod:`.trailing_voice`), stands out of the
pause's noise (:mod:`.sound_stops`), or goes on after a last word cut short
(:mod:`.clipped_ends`).  Read by level, a train of impacts -- a road drill's 20-24
a second through a window -- holds and stands out just so: its loud frames keep
the level up.  What no voice does is what a creak's clicks do
(:mod:`.creaking_ends`): the level jumps from one 10 ms frame to the next as each
impact comes and goes.  Where that sound also fills the pause before the line,
it is the background the line was said over, and what follows the end is more of
it; the end is not doubted for it.

Measured (j178) on ``bx_*``, ``rx_*``, ``tx_*``, ``jx_*`` and ``cx_*`` as run by main 8f5c86d:
of the segments the queue held for those reasons alone, the sound on both sides
jumps as impacts do (:func:`jumps_as_impacts`) for 4 right ends on ``bx_*`` (the
drill 6.1-9.2 dB a frame, the long talk's mixed background 4.2-4.9, the lines' own
1.6-1.9) and for none elsewhere; twice the line's own alone, without
IMPACT_JITTER_DB, also took an interpreter's voice in a booth's pauses for impacts
(3.3-3.6 dB, ``cx_real_booth_vtt``).  Where the impacts begin only after the line
(the drill starting under it), the end may have been carried into them, and it is
still doubted: two of those ends on ``bx_*`` were +179 and +69 ms late.  English
only: that is where it was measured.
"""

from __future__ import annotations

from typing import Optional

from .activity import Envelope
from .creaking_ends import CLICK_JITTER, MIN_OWN_JITTER, jitter

#: Impacts jump at least this much (dB) in level from one 10 ms frame to the next, on median: a road drill's
#: 6.1-9.2 dB.  A voice glides 1-2 dB a frame, and a word's rest with a closure and its release in it 2.0-2.4
#: (``rx_real_dolby_srt``'s "message." carried on to its right end): twice a smooth prompt's own 1.0 -- the
#: bar that tells a creak from its line (:data:`.creaking_ends.CLICK_JITTER`) -- but no impact.
IMPACT_JITTER_DB = 4.0
#: How much of the pause is read on each side (s): the creak's reading (:data:`.creaking_ends.JITTER_LOOK`) ...
LOOK = 0.3
#: ... kept this far (s) off the line's edges and the neighbours' (the edge's own frame).
GAP = 0.02


def jumps_as_impacts(jitter_db: Optional[float], own: Optional[float]) -> bool:
    """Whether a stretch whose level jumps ``jitter_db`` dB a frame on median (:func:`.creaking_ends.jitter`; None:
    too short to read) comes in impacts beside a line whose own frames jump ``own`` dB: at least IMPACT_JITTER_DB,
    and at least :data:`.creaking_ends.CLICK_JITTER` times the line's (taken as at least
    :data:`.creaking_ends.MIN_OWN_JITTER`)."""
    return (jitter_db is not None and jitter_db >= IMPACT_JITTER_DB
            and jitter_db >= CLICK_JITTER * max(own or 0.0, MIN_OWN_JITTER))


def impacts_around(env: Envelope, start: float, end: float, lo: float, hi: float) -> bool:
    """Whether the sound in the LOOK s after the line's ``end`` and in the LOOK s before its ``start`` (``lo`` /
    ``hi``: where the neighbours end and start) both jump in level frame to frame as impacts do
    (:func:`jumps_as_impacts`, against the line's own frames); False where either side is too short to read."""
    own = jitter(env, start, end)
    return (jumps_as_impacts(jitter(env, end + GAP, min(end + LOOK, hi - GAP)), own)
            and jumps_as_impacts(jitter(env, max(lo + GAP, start - LOOK), start - GAP), own))
