"""A line's end carried to its last quiet sound, that sound judged against the pause's own floor (issue 7).

:func:`.boundaries.extend_to_sound` counts sound over 30 % of the way from the talk's floor to its peak over
+-5 s (:meth:`.activity.Envelope.threshold`): a bar a loud line beside the end sets.  A speaker who trails off
-- the voice itself falling 9-14 dB over a line's last 0.5-0.9 s -- ends on a sound that stands only 6-10 dB over
the pause's floor, under that bar (10.6-11.9 dB over the floor on the seventeenth aside set's real voice), often
after a dip (a stop's closure, the gap before a final /z/): the phone pass gives that last sound to the pause and
no edge rule takes it back (``benchmarks/trailing_ends.py``: the real voice's trailing ends -153 ms after the
phone pass, -113 ms at the end).  What that last sound must be told apart from is the pause that follows it, so
it is judged against that pause's floor (:func:`.review_evidence.pause_floor_after`): sound standing
:data:`OVER_FLOOR_DB` over it -- as near as :meth:`.activity.Envelope.threshold` ever comes to a background --
that runs on from the end, or comes back after a dip no longer than a stop's closure
(:data:`.boundaries.CLOSURE_MAX`), is the line's, up to where quiet follows it.

Not everything over a pause's floor is the line's; each guard is a kind the earlier rounds met:
- the sound after the end never rises over the line's own last :data:`LAST` s (a voice trailing off falls; a
  breath, a cough, a listener's "mm", the next word or a noise burst comes in at its own level);
- sound that comes back after a dip is noise (a release, a hiss), not a vowel (:func:`.voice_edges.a_vowel`: after
  a line's last syllable a vowel is another voice's, as :func:`.boundaries._past_closure` holds);
- the pause after the new end is quiet (:data:`QUIET_OVER_FLOOR_DB`) for :data:`BEYOND` s: a hum or a murmur that
  never settles reads as no end at all;
- not in a hall or through a PA (the caller): there the sound after an end is the room's tail or the loudspeakers'
  copy, which :func:`.boundaries.follow_last_sounds` and :func:`.boundaries.end_at_first_arrival` judge;
- never further than :func:`.boundaries.extend_to_sound` may reach, never into the next line's room.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope, power_db
from .review_evidence import FLOOR_GAP, pause_floor_after
from .voice_edges import a_vowel

#: Sound counts as the line's when it stands this far (dB) over the pause's floor: the nearest to a background
#: :meth:`.activity.Envelope.threshold` ever counts sound.
OVER_FLOOR_DB = 6.0
#: The pause after the new end stays under this (dB over its floor) for BEYOND s: it is the pause.
QUIET_OVER_FLOOR_DB = 3.0
BEYOND = 0.05
#: The line's last stretch (s) the sound after the end must stay under (falling, as a voice trailing off does).
LAST = 0.1
#: Dips shorter than this (s) inside a run of sound are bridged: a frame's flicker, not a pause.
BRIDGE = 0.02


def _level(env: Envelope, t0: float, t1: float) -> float:
    frames = env.db[env.frame(t0):env.frame(t1)]
    return float(power_db(frames)) if len(frames) else float("nan")


def quiet_last_sound_end(audio: Audio, env: Envelope, start: float, end: float, hi: float, reach: float,
                         closure: float) -> Optional[float]:
    """Where the line [start, end]'s last sound stops, judged against the floor of the pause after it (s), or None
    when nothing of the line's runs on past ``end``.

    ``hi``: where the next line starts (or the stretch ends); ``reach``: how far the end may move (the line's last
    word's length at least, :func:`.boundaries._room_and_reach`); ``closure``: the longest dip inside a word (a
    stop's closure)."""
    if end - start < 2 * LAST:
        return None
    floor = pause_floor_after(env, end, hi)
    if floor is None:
        return None
    thr = floor + OVER_FLOOR_DB
    limit = min(hi - FLOOR_GAP, end + reach)
    last = _level(env, end - LAST, end)
    best: Optional[float] = None
    edge = end
    for a, b in env.voiced_runs(max(start, end - LAST), limit, thr, bridge=BRIDGE, min_len=HOP):
        if b <= edge + HOP:
            continue  # ends before (or at the frame of) the end: nothing runs on
        if a > edge + HOP:  # comes back after a dip: a closure's release or hiss, never a vowel
            if a - edge > closure or a_vowel(audio, a, b):
                break
        if b >= limit - HOP or not _level(env, max(a, edge), b) < last:
            break  # cut off by the reach or the next line, or rising over the line's last sound: not its fade
        beyond = env.db[env.frame(b):env.frame(b + BEYOND)]
        if len(beyond) and float(np.mean(beyond)) < floor + QUIET_OVER_FLOOR_DB:
            best = b - HOP / 2
        edge = b
    return round(best, 3) if best is not None and best > end + HOP / 2 else None
