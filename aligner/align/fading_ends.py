"""A line's end carried down its fading last sound until that sound sinks into the pause's noise.

Every edge rule that ends a phone-aligned line (:func:`.phone_edges.tighten_edge`,
:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`) puts the end where the line's sound last
stands a margin *over* the background -- 6 dB or more, so that the noise's own flicker is never
taken for the word -- and at the leading edge of that window.  A real voice does not stop there:
its last sound fades, some 0.5-1 dB per ms through its last 10-20 dB (a vowel, a nasal, an /l/, a
/z/), and the stretch between "a margin over the noise" and "in the noise" is 8-15 ms of voice a
listener still hears.  Measured on the real telephone prompts (``ox_*``, ``hx_*``; truth: where the
clean prompt's voice stops): ends a median 15 ms early, on every rule that set them and after every
kind of last phone, the clean prompt 35 dB under its peak where we ended it and the case's noise 40
dB under (``benchmarks/tail_depth.py``).  A synthesized voice stops within a few ms, so its ends
barely move.

So from the end, the fine envelope (5 ms windows every 1 ms) is followed while it falls, to the
first window no louder than the pause's noise gets by itself (:func:`noise_top`: the noise's own
flicker counted as noise, read where the pause is quietest); the end goes to that window's
centre.  Not where the end stands less than :data:`RISE` dB over that noise (nothing fades there),
nor where anything rises on the way (a click, a creak, a breath, the next word: more than
:data:`RISE` dB over the level at the end), nor where it falls slower than a voice fades
(:data:`MIN_FADE`: a room's reverberation, left to the rules that judge rooms), nor past
:data:`FADE_REACH`, nor into the next line's room.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .activity import HOP
from .after_end import ROOM_DECAY
from .phone_edges import fine_db

#: The pause's noise level: this percentile of its fine windows (its median would leave the upper half of the
#: noise's own flicker to be read as voice).
NOISE_TOP = 90.0
#: ... read over the pause's quietest stretch this long (s)
STEADY = 0.1
#: The pause is read from this long (s) after the end (the fade kept out) to this long before the next line, at
#: most PAUSE_LOOK long; a pause shorter than MIN_PAUSE (s) is left alone (no noise to read between the lines).
PAUSE_MARGIN = 0.05
PAUSE_LOOK = 0.4
MIN_PAUSE = 0.15
#: A voice's fade reaches the noise within this long (s): 40 dB at its slowest 0.5 dB per ms.  A longer fall is a
#: room's tail or a held sound, which other rules judge.
FADE_REACH = 0.08
#: A voice's fade falls at least this fast (dB per s) on its way into the noise: twice the fastest room tail the
#: rules model (:data:`.after_end.ROOM_DECAY`, RT60 0.5 s; a room's tail also drops at once as the direct sound
#: stops, then falls at its rate).  Measured after the ends the edge rules gave: the real prompts' fades fall
#: 0.3-0.7 dB per ms into the noise, a room of RT60 0.5 s (``rd53_real_walking_twice_drier``) 0.1-0.17.
MIN_FADE = 2 * ROOM_DECAY[1] / HOP
#: Sound rising more than this (dB) over the level at the end, on the way down, is something else than the fade.
RISE = 3.0


def noise_top(pause: np.ndarray) -> float:
    """How loud the pause's noise gets by itself (dB): the :data:`NOISE_TOP` percentile of its fine windows
    (``pause``, 1 ms apart) over its quietest :data:`STEADY` seconds -- where it has settled, past a room's tail
    or a fade that runs into the pause, which are not the noise."""
    n = min(len(pause), int(round(STEADY * 1000)))
    run = np.convolve(pause, np.ones(n) / n, mode="valid")
    k = int(np.argmin(run))
    return float(np.percentile(pause[k:k + n], NOISE_TOP))


def faded_end(samples: np.ndarray, end: float, room_end: float) -> Optional[float]:
    """Where the sound fading at ``end`` sinks into the pause's noise (s), or None: no pause to read between ``end``
    and ``room_end`` (the next line's start), sound rising on the way, or no fall to the noise within reach.

    ``samples``: the talk at 16 kHz."""
    if room_end - end < MIN_PAUSE:
        return None
    _, pause = fine_db(samples, end + PAUSE_MARGIN, min(room_end - PAUSE_MARGIN, end + PAUSE_LOOK))
    if not len(pause):
        return None
    noise = noise_top(pause)
    times, db = fine_db(samples, end, min(room_end - PAUSE_MARGIN, end + FADE_REACH))
    if not len(db) or db[0] < noise + RISE:
        return None  # no fade to follow: the end is in (or at the flicker of) the noise already
    down = np.flatnonzero(db <= noise)
    if not len(down):
        return None
    first = int(down[0])
    if float(db[:first + 1].max()) > float(db[0]) + RISE:
        return None
    if times[first] - end > (float(db[0]) - noise) / MIN_FADE:
        return None  # falls as a room's tail does, not as a voice fades
    return round(float(times[first]), 3) if times[first] > end else None
