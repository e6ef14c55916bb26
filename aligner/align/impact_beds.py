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
jumps as impacts do (:func:`.pulsed_sound.jumps_as_impacts`) for 4 right ends on ``bx_*`` (the
drill 6.1-9.2 dB a frame, the long talk's mixed background 4.2-4.9, the lines' own
1.6-1.9) and for none elsewhere; twice the line's own alone, without
(:data:`.pulsed_sound.IMPACT_JITTER_DB`), also took an interpreter's voice in a booth's pauses for impacts
(3.3-3.6 dB, ``cx_real_booth_vtt``).  Where the impacts begin only after the line
(the drill starting under it), the end may have been carried into them, and it is
still doubted: two of those ends on ``bx_*`` were +179 and +69 ms late.  English
only: that is where it was measured.
"""

from __future__ import annotations

from .activity import Envelope
from .pulsed_sound import jumps_as_impacts

#: How much of the pause is read on each side (s): the creak's reading (:data:`.creaking_ends.JITTER_LOOK`) ...
LOOK = 0.3
#: ... kept this far (s) off the line's edges and the neighbours' (the edge's own frame).
GAP = 0.02


def impacts_around(env: Envelope, start: float, end: float, lo: float, hi: float) -> bool:
    """Whether the sound in the LOOK s after the line's ``end`` and in the LOOK s before its ``start`` (``lo`` /
    ``hi``: where the neighbours end and start) both jump in level frame to frame as impacts do
    (:func:`.pulsed_sound.jumps_as_impacts`, against the line's own frames); False where either side is too short to
    read."""
    return (jumps_as_impacts(env, end + GAP, min(end + LOOK, hi - GAP), own=(start, end))
            and jumps_as_impacts(env, max(lo + GAP, start - LOOK), start - GAP, own=(start, end)))
