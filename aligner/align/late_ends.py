"""Evidence for the review queue that a line's end was carried on past its voice: down a fading tail with no
pitch in it, or along a steady tone.

Every rule that places an end follows sound: the phone pass gives a word's last
phone whatever sound follows it if that fits its model better than silence, and
the rules after it (:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`) follow
a last sound on down to the pause.  Two kinds of sound after a voice stops are
followed so, and every word still fits, a quiet pause follows the end, nothing
else doubts it:

* **a fading tail** -- a far microphone's room, a phone's noise suppressor letting
  its residue die away, a hall: after the voice stops the level falls as a
  straight line in dB (the test of :func:`.after_end.room_tail_from`) for 0.2-0.6 s,
  and the end is put where that line meets the background.  A voice's own last
  sound does not do that *without pitch*: a vowel or a nasal fading out stays
  periodic, and a final fricative or a stop's release is over in 100-200 ms.
  Measured (j103) on the fourteenth aside set (``ox_*``, seen) and ``rd57_*``: of
  the ends whose last DECAY_INTO_END s fall so with no voice in them, 5 of 5 were
  209-536 ms late (a far microphone's question, a noise suppressor's residue);
  ends falling so with a voice in them (asterisk's prompts fade out on a vowel)
  were right.  Checked on sets not read while writing it (``sx_*``, ``rd53_*``,
  ``rd54_*``, ``rd38_*``): of 19 ends it newly doubts, 15 are 121-258 ms late (a
  speaker walking away from the microphone: the room carries the end on).
* **a steady tone** -- a PA's feedback howl rings on at one pitch and one level
  (a limiter holds it) after the voice that set it off; the phone pass takes it
  for the last vowel.  A voice's vowel moves in pitch and level within a quarter
  of a second; a howl's level stays within TONE_SPREAD_DB.

Only ends: a tail follows the voice, and a howl builds up *during* the voice; the
same steady-tone test on starts doubted right starts of real telephone prompts
(a monotone first vowel, 9 of 9 within 30 ms on ``ox_*``/``rd57_*``).
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import HOP, Envelope
from .after_end import DECAY_SPREAD, ROOM_DECAY
from .voice_edges import VOWEL, periodicity

#: The stretch before an end that is read (s), leaving out the last END_SKIP s (the frame holding the end may
#: already hold the background).
LOOK = 0.25
END_SKIP = 0.02
#: An end whose last this-many seconds (at least; up to MAX_DECAY) fall as a room's tail does, ending within
#: DECAY_REACH s of it, was carried down a tail.  0.2 s: longer than a final fricative or a stop's release lasts.
DECAY_INTO_END = 0.2
MAX_DECAY = 0.6
DECAY_REACH = 0.04
#: A tail lies this far (dB) under the voice (:meth:`.activity.Envelope.voice_level`).  A voice's own last sound
#: fading out on a line (asterisk's prompts fade on their last vowel) starts within it; a room's or a suppressor's
#: tail, the voice's direct sound gone, under it.  10 dB finds the same far-off ends on the fourteenth set and
#: rd57_* (20 dB one fewer).
TAIL_UNDER_VOICE_DB = 15.0
#: A steady tone: frames this periodic on median (a howl reads 0.86-0.95; a voice's last vowel under
#: 0.8 on most ends) ...
TONE_PERIODIC = 0.85
#: ... whose level (dB per 10 ms frame) spreads less than this (standard deviation) over LOOK s.
TONE_SPREAD_DB = 1.0


def fades_into_end(env: Envelope, start: float, end: float) -> float:
    """How long (s) the longest stretch inside [start, end] lasts that falls as a room's tail does (a straight line
    in dB at a room's decay rate, :data:`.after_end.ROOM_DECAY`, within :data:`.after_end.DECAY_SPREAD` of it: the
    test of :func:`.after_end.room_tail_from`) and ends within DECAY_REACH s of ``end``; 0.0 when none of at least
    DECAY_INTO_END does.  Every candidate stretch's line is fitted at once, from running sums (a loop of
    least-squares fits cost 95 ms a line)."""
    e, s = env.frame(end), env.frame(start)
    shortest, longest = round(DECAY_INTO_END / HOP), round(MAX_DECAY / HOP)
    stops = np.arange(e, e - round(DECAY_REACH / HOP) - 1, -2)[:, None]
    n = np.arange(shortest, longest + 1)[None, :]
    first = stops - n
    inside = (first >= s) & (stops <= len(env.db))
    if not inside.any():
        return 0.0
    lo = max(0, int(first.min()))  # only the frames the stretches read
    y = env.db[lo:e].astype(np.float64)
    j = np.arange(len(y), dtype=np.float64)
    s1, s2, sj = (np.concatenate([[0.0], np.cumsum(v)]) for v in (y, y * y, j * y))
    a, b = np.clip(first - lo, 0, len(y)), np.clip(stops - lo, 0, len(y))
    sy, syy = s1[b] - s1[a], s2[b] - s2[a]
    sxy = (sj[b] - sj[a]) - a * sy  # x counted from each stretch's first frame
    sx, sxx = n * (n - 1) / 2.0, (n - 1) * n * (2 * n - 1) / 6.0
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    at = (sy - slope * sx) / n
    spread = np.sqrt(np.maximum(syy - at * sy - slope * sxy, 0.0) / n)
    fits = inside & (-slope >= ROOM_DECAY[0]) & (-slope <= ROOM_DECAY[1]) & (spread <= DECAY_SPREAD)
    return float(np.max(np.where(fits, n, 0))) * HOP


def under_voice_before_end(env: Envelope, start: float, end: float) -> float:
    """How long (s) the segment [start, end] runs on after its last frame within TAIL_UNDER_VOICE_DB of its voice
    (:meth:`.activity.Envelope.voice_level`): the stretch a tail would fill."""
    a, b = env.frame(start), env.frame(end)
    levels = env.db[a:b]
    if len(levels) < 2:
        return 0.0
    loud = np.flatnonzero(levels >= env.voice_level(start, end) - TAIL_UNDER_VOICE_DB)
    return (len(levels) - 1 - int(loud[-1])) * HOP


def typical_run_on(env: Envelope, segments: Iterable[Segment]) -> float:
    """How far (s) the talk's lines run on under their voice as a rule: the median of
    :func:`under_voice_before_end` over its timed lines at least 2 LOOK s long (0.0 when there are none).

    Where a line's own voice fades out as this recording renders it, every line
    runs on under it alike: a panel's automatic mixer hands the gain back to the
    far microphones as a talker's level falls, so each line's last syllable comes
    out of the room, 15-40 dB under the voice and without pitch, for 0.2-0.3 s
    before the pause (``rx_real_long_mix_f4v``: the median line ran on 0.21 s,
    and 11 right ends, -14 to +97 ms, fell as a tail into their end).  That
    run-on is the talk's, not one end's carried down a tail; an end carried on
    runs on that far and then down the tail besides."""
    runs = [under_voice_before_end(env, s.start, s.end) for s in segments
            if s.timed and s.end - s.start >= 2 * LOOK]
    return float(np.median(runs)) if runs else 0.0


def end_in_decay(audio: Audio, env: Envelope, start: float, end: float, run_on: float = 0.0) -> bool:
    """Whether the segment [start, end] ends at the bottom of a fading tail with no voice in it: its last
    DECAY_INTO_END s or more fall as a room's tail does (:func:`fades_into_end`), lie TAIL_UNDER_VOICE_DB under
    its voice (:func:`under_voice_before_end`) for DECAY_INTO_END s longer than the talk's lines do as a rule
    (``run_on``: :func:`typical_run_on`; a run-on every line has is how this recording ends a voice, not a tail
    one end was carried down), and its last LOOK s are not voiced as a vowel is (median periodicity under
    :data:`.voice_edges.VOWEL`)."""
    if end - start < 2 * LOOK or under_voice_before_end(env, start, end) - run_on < DECAY_INTO_END:
        return False
    if fades_into_end(env, start, end) < DECAY_INTO_END:
        return False
    periodic = periodicity(audio, end - LOOK - END_SKIP, end - END_SKIP)
    return bool(len(periodic)) and float(np.median(periodic)) < VOWEL


def end_on_steady_tone(audio: Audio, env: Envelope, start: float, end: float) -> bool:
    """Whether the segment's last LOOK s are a steady tone: periodic (median at least TONE_PERIODIC) at a level
    that barely moves (standard deviation under TONE_SPREAD_DB) -- a feedback howl, not a vowel."""
    if end - start < 2 * LOOK:
        return False
    levels = env.db[env.frame(end - LOOK):env.frame(end - END_SKIP)]
    if len(levels) < 5 or float(np.std(levels)) >= TONE_SPREAD_DB:
        return False  # a level that moves is no howl: its pitch need not be read
    periodic = periodicity(audio, end - LOOK - END_SKIP, end - END_SKIP)
    return bool(len(periodic)) and float(np.median(periodic)) >= TONE_PERIODIC
