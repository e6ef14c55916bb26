"""Evidence for the review queue from a second recorder's drifting copy: an end carried on no further than the copy
plays.

Where a camera's own microphone is mixed in under the lavalier with its clock running slow
(:mod:`.drifting_copy`), the copy of a line's voice plays on for the copy's lag after the voice stops.  The rules that
follow a word's last sound on past the phone pass's end (:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`, the
joins) hear that copy as the line's own sound and carry the end down it: on ``cx_real_long_mix_m2ts`` 17 of the 18
late ends had a right phone-pass end and were carried +100..+536 ms as the lag grew from 45 to 320 ms (j144).  Every
word fits, a quiet pause follows, and nothing else doubts such an end (j145).

The copy is the word's own sound, later and weaker: where it plays, a carry cannot be told from the word's rest by
its level or its band.  What the signal does say is how far the copy *can* carry an end: no further than its lag
(past it the voice's copy has stopped too).  So an end is doubted where it was carried past the phone pass's end by
at least :data:`CARRY_MIN` and no further than the copy's lag there (+ :data:`SLACK`): the whole carry lies where
the copy could be what was followed.  Carried further, the carry is not the copy's (a room's tail; past
:data:`.carried_ends.LAST_SOUND_RUN` :mod:`.carried_ends` doubts it).  Only ends: a copy plays after the voice, it
carries nothing before a start.  English only: :mod:`.carried_ends`' phone-pass end and the follow rules are read on
English talks (and measured there).
"""

from __future__ import annotations

from typing import Optional

from .drifting_copy import CopyLags
from .placement import Placed

#: A carry shorter than this (s) leaves the end less than the review queue's measure of an end worth a look (100 ms,
#: issue 7) past the phone pass's, even where all of it is the copy's: no doubt worth raising.  (So a copy that lags
#: under CARRY_MIN - SLACK, as all but one of the drift talks' copies do, 40-77 ms, raises none.)
CARRY_MIN = 0.1
#: The phone pass ends a word within a frame or two of where its voice stops (10 ms frames), and the copy's onset is
#: spread over a few ms by the camera's room: a carry this much (s) past the lag may still be the copy's.
SLACK = 0.02


def end_carried_into_copy(item: Placed, copy: Optional[CopyLags]) -> bool:
    """Whether the segment's end was carried past the phone pass's end (``item.phone_end``) by at least
    :data:`CARRY_MIN` and no further than a second recorder's copy (``copy``, :func:`.drifting_copy.copy_lags`; None:
    no copy) lags there, plus :data:`SLACK`."""
    s = item.segment
    if copy is None or item.phone_end is None or not s.timed:
        return False
    lag = copy.at(s.end)
    carry = s.end - item.phone_end
    return lag is not None and CARRY_MIN <= carry <= lag + SLACK
