"""How fast a talk's level falls where it falls fastest: a room's reverberation bounds it.

Why this exists (issue 7, j109, ``hx_real_coughs_inside_labels``): :func:`.last_sound.in_a_hall` takes a talk
for a hall when a room's tail -- a smooth fall in dB at a room's rate, 0.25-1.2 dB per 10 ms -- follows a third
of its line ends in the last sound's octave.  Under a murmur 16 dB under a dry voice the phone pass ended 9 lines
170-320 ms early, inside a last sound that fades under the murmur at 0.3-0.5 dB per 10 ms; at those early ends 8
of 20 read as a room's tail, the talk was taken for a hall and no end was followed down (ends -144 ms on median).
One end cannot tell such a fade from a tail (j34, j107), but the talk can: a room's tail follows *every* sound
the voice stops, not only the lines' last ones, so in a room the level never falls faster than the direct sound
stopping (the direct-to-reverberant ratio, a few dB from afar) plus the room's decay.  Where a voice stops dry
-- a word's end before a pause, a stop's closure -- the level falls to the background at once.

Measured (whole band, 10 ms frames, the fall over 50 ms from the stretch's loud frames, its 99th percentile):
every talk of the dev sets the vote takes for a hall 10-15 dB (``rd6_*`` halls 10.4-15.4, ``rd13_fest_hall_rustle``
11.9, ``rd13_real_hall_tight`` 11.1, the ``rd32_*`` rooms 9.8-12.4, the walking ``rd53_*`` talks 10.2-12.2); the
dry talks under a bed 18-49 dB (the coughs talk 21.9, its 18 dB twin ``rd58_real_duplex_labels_wma1`` 22.1,
``hx_real_laughs_inside_aptx`` 28.7, clean speech 40-49), a tight small room 17.0 (``rd13_real_tight_room``).
:data:`ROOM_FALL_MAX` is the most a room let a line's end fall in 50 ms at the right ends of the reverberant dev
cases (18 dB, see :mod:`.last_sound`): a talk whose voice falls faster than that is not heard in a room whose
tail could be taken for its lines' last sounds.  A bed louder than about 16 dB under the voice caps every fall
(espeak-ng under a hiss 16 dB down: 18.0), so there the vote stands as it was: the rule only ever takes a hall
away, never makes one.  The 99th percentile, not the steepest fall: a click or a cut in the recording falls
at once too, and is not the voice.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .activity import HOP, Envelope

#: The most (dB) a room lets the level fall within :data:`FALL_OVER` when the voice stops: the direct sound's
#: drop (the direct-to-reverberant ratio) and the first of the room's decay; 8-18 dB at the right ends of the
#: reverberant dev cases (:mod:`.last_sound`).
ROOM_FALL_MAX = 18.0
#: The stretch (s) a fall is measured over.
FALL_OVER = 0.05
#: Falls are measured from frames at least this share of the way from the stretch's floor (its 10th percentile)
#: to its peak (99th): the voice, not the background's own flutter.
LOUD_SHARE = 0.5
#: The share of falls that may be faster than the room lets them (clicks, cuts): the fall read is this percentile.
FALL_PERCENTILE = 99.0
#: Fewest loud frames the fall is read from (about 3 s of speech).
MIN_LOUD_FRAMES = 300


def steepest_fall(env: Envelope, t0: float, t1: float) -> Optional[float]:
    """How far (dB) the level falls within :data:`FALL_OVER` where it falls fastest between ``t0`` and ``t1``
    (its :data:`FALL_PERCENTILE`, from the loud frames), or None when too little of it is loud to tell."""
    db = env.db[env.frame(t0):env.frame(t1)].astype(np.float64)
    k = int(round(FALL_OVER / HOP))
    if len(db) <= k:
        return None
    floor, peak = np.percentile(db, 10), np.percentile(db, 99)
    loud = db[:-k] >= floor + LOUD_SHARE * (peak - floor)
    if int(loud.sum()) < MIN_LOUD_FRAMES:
        return None
    return float(np.percentile((db[:-k] - db[k:])[loud], FALL_PERCENTILE))


def too_steep_for_a_room(env: Optional[Envelope], t0: float, t1: float) -> bool:
    """Whether the voice falls faster between ``t0`` and ``t1`` than any room lets it (:data:`ROOM_FALL_MAX`):
    then no sound after a line's end there is a room's tail."""
    fall = steepest_fall(env, t0, t1) if env is not None else None
    return fall is not None and fall > ROOM_FALL_MAX
