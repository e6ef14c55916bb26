"""Whether a talk's line ends ring on in a room: its direct sound stops at once, the room's field rings after it.

Why this exists (issue 7, the twenty-third aside set's panel mixer, ``rx_*automix*``): at a panel's table each
talker speaks into a microphone of their own, close up, and every microphone hears the room's diffuse field too.
When a line ends its direct sound stops, and the level falls at once by the direct-to-reverberant ratio (8-18 dB
within 20 ms at a close microphone); then the room's field rings on, 20-120 ms more than 8 dB over the pause, and
an automatic mixer handing the gain back to the far microphones (their own noise, their own view of the room)
keeps it from falling as a straight line.  The rules that carry an end past the phone pass's read that ring as
the line's: :func:`.quiet_last_sounds.quiet_last_sound_end` followed it down to the pause's noise (the flite
talk's ends +4..+18 -> +141..+175 ms), :func:`.last_sound.followed_end` followed a held stretch of it on down (a
real prompt's end -4 -> +124 ms).  Both are kept out of a hall already (:func:`.last_sound.in_a_hall`), but a close
microphone is no hall: its tail is not a straight fall from where the voice stopped (the gain hand-back bends it)
and its voice falls 19-22 dB in 50 ms, faster than :data:`.steepest_fall.ROOM_FALL_MAX` lets a hall's.

What gives the close-miked room away is the two at once, at the line's end: a *step* (the level falls at least
:data:`STEP_DB` within :data:`STEP_OVER` -- a voice trailing off falls by a few dB per 10 ms, as does a fade
under a bed) and *after the step* sound that goes on over the pause's own noise for :data:`RING_MIN` without
rising (a dry voice's step lands in the pause: a murmur 16 dB under the voice, a quiet room).  One end does not
tell (a final stop's closure is a step; a breath may follow it), so, as a hall is, the room is the talk's: it
rings after at least :data:`RING_SHARE` of the ends where a step could be read (:func:`ends_ring`).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..document import Segment
from .activity import HOP, Envelope
from .after_end import ends_and_next_starts
from .quiet_last_sounds import OVER_NOISE_DB, pause_top

#: The direct sound stopping drops the level by at least this much (dB): a close microphone's direct-to-reverberant
#: ratio (8-18 dB), :data:`.last_sound.HOLD_DB`'s reading of a room's drop.
STEP_DB = 8.0
#: ... within this long (s): two 10 ms frames.
STEP_OVER = 0.02
#: The step is looked for this far (s) either side of the line's end as placed (the phone pass ends within a frame
#: or two of where the voice stopped, or just past it, on the ring).
STEP_NEAR = 0.05
#: A room's field rings on over the pause's noise (its top plus :data:`.quiet_last_sounds.OVER_NOISE_DB`) for at
#: least this long (s) after the step; a dry voice's step reaches the pause within a frame or two.
RING_MIN = 0.05
#: A talk's ends ring when at least this share of those with a step ring on ...
RING_SHARE = 2 / 3
#: ... and at least this many ends had a step.
RING_MIN_ENDS = 4


def step_at(env: Envelope, end: float) -> Optional[int]:
    """The frame at which the level falls by :data:`STEP_DB` or more over :data:`STEP_OVER` near ``end`` (the
    steepest such fall within :data:`STEP_NEAR`), or None when the line does not stop at once there."""
    over = round(STEP_OVER / HOP)
    a, b = max(env.frame(end - STEP_NEAR), over), min(env.frame(end + STEP_NEAR) + 1, len(env.db))
    if b <= a:
        return None
    falls = env.db[a - over:b - over] - env.db[a:b]
    k = int(np.argmax(falls))
    return a + k if falls[k] >= STEP_DB else None


def rings_after(env: Envelope, end: float, after: float) -> Optional[bool]:
    """Whether the sound after a line's end (``end``; ``after``: where the next line starts) rings on as a room's
    field after its direct sound stopped: True, False (stopped into the pause), or None when it cannot be told (no
    step near the end, a pause too short to read its noise or to ring in)."""
    step = step_at(env, end)
    top = pause_top(env, end, after)
    ring = round(RING_MIN / HOP)
    if step is None or top is None or step + ring > env.frame(after):
        return None
    rung = env.db[step:step + ring]
    return bool(np.all(rung > top + OVER_NOISE_DB) and np.all(rung <= env.db[step - 1]))


def ends_ring(env: Envelope, ends: Sequence[tuple[float, float]]) -> bool:
    """Whether a talk's line ends ring on in a room (see the module docstring): ``ends`` are (end, where the next
    line starts) of its lines."""
    told = [r for r in (rings_after(env, end, after) for end, after in ends) if r is not None]
    return len(told) >= RING_MIN_ENDS and sum(told) >= RING_SHARE * len(told)


def ring_on_at(env: Envelope, ends: Sequence[Optional[tuple[float, float]]]) -> list[bool]:
    """Which of a stretch's line ends (``ends``: (end, where the next line starts), or None for a line not to
    read) stop at once into a room's ringing field: those that ring (:func:`rings_after`) in a talk whose ends
    ring (:func:`ends_ring`).  Any other end is left to the rules that follow a fading voice: the phone pass may
    have cut the line inside its last word, where the level dips at a stop but the voice comes back over it."""
    read = [e for e in ends if e is not None]
    if not ends_ring(env, read):
        return [False] * len(ends)
    return [e is not None and rings_after(env, *e) is True for e in ends]


def ringing_line_ends(env: Envelope, segments: Sequence[Segment]) -> frozenset[float]:
    """The ends of a talk's timed lines that stop at once into a room's ringing field (:func:`ring_on_at`, read over
    the whole talk in time order, each end with where the next line starts): the review queue's reading of what
    follows an end.  What rings there stands over the pause's noise 50-200 ms after every such end, as a cut word's
    weak rest would, so :func:`.clipped_ends.end_cut_short` took right ends for ends cut short: a panel's room
    (``rx_flite_automix_plain``, ``rd66_flite_automix_chime_page``), a wireless microphone's compander whose hiss
    dies away over 100-180 ms after each line (``jx_festival_wireless_surgical_dashes``).  An end cut inside its last
    word has no step there (the voice goes on) and is not among these."""
    ends = ends_and_next_starts(segments, env.duration)
    return frozenset(end for (end, _), rung in zip(ends, ring_on_at(env, ends)) if rung)
