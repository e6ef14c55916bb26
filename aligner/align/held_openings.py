"""A line's opening that a speakerphone held down: the start goes back to where the voice rises out of the
switched-down noise (outside English).

A half-duplex speakerphone (or a gate, a noise suppressor) switches the microphone's path down while the far end
talks and opens it again only once the near voice has been heard for a while: the pause before a line goes quiet
from somewhere in its middle -- the room's noise with it -- and the line's first syllable or two arrive 20 dB
down, until the switch opens 0.1-0.3 s in and the rest of the line comes at its own level.  Against the talk's
noise the held syllable is weak (it may stand under the room's ordinary noise), and the phone pass -- en-us
phones mapped from another language -- gives it to silence: the line starts where the switch opened.  Real
espeak-ng Polish through a speakerphone under a fan (``hx_pl_espeak_duplex_creaks_wma1``, seen) started
+74..+131 ms late on five of its seven held lines while its ends were right (j110).

A listener hears the held syllable: it stands 20-40 dB over the switched-down noise it rises out of.  So the
opening is judged against *that* noise, not the talk's.  Where the pause before a line's start holds frames
switched down (:func:`.faded_tails.switched_down`: standing well under the line's own quietest sound, the noise
its words were heard over), sound that runs back from the start unbroken (a dip no longer than a stop's
closure), standing over the switched-down noise's bar (its level, its spread and ``TAIL_OVER_NOISE``, as for a
faded tail), and that rises straight out of switched-down frames, is the line's own held opening: the start
(its first word's with it) goes to the foot of that sound.  Where the pause before the line is the room's
ordinary noise right up to the start, nothing moves: the sound before the start is not held down, and the
phone pass and the pause pass judged it already.  English has its own phone pass (real en-us phones, which
hear a held syllable by its spectrum) and is left alone.
"""

from __future__ import annotations

import logging

import numpy as np

from ..document import NOT_HEARD
from .activity import HOP, Envelope
from .boundaries import _with_bounds
from .faded_tails import TAIL_OVER_NOISE, switched_down
from .placement import Placed

log = logging.getLogger(__name__)

#: The switched-down noise is measured on at least this many frames of the pause (s): a switch heard for less
#: is no switch.
DOWN_MIN = 0.05
#: A dip of at most this long (s) inside the held opening (a stop's closure) does not break it ...
OPENING_BREAK = 0.03
#: ... and the opening reaches back at most this far (s) from the start: a voice switch opens within a syllable
#: or two of the near voice (0.1-0.3 s); more sound than that over the noise is a voice of its own.
OPENING_REACH = 0.3
#: The sound's foot must touch switched-down frames: at least this many (s) of them right before it.
DOWN_BEFORE = 0.03


def held_opening(env: Envelope, start: float, end: float, before: float) -> float:
    """Where the voice of a line spanning [start, end] begins when a switch held its opening down (``before``:
    where the line before ends, or the stretch's start): the foot of the sound that runs back from ``start``
    over the switched-down noise's bar and rises out of switched-down frames -- else ``start``."""
    a, b, e = env.frame(before), env.frame(start), env.frame(end)
    if b - a < round(2 * DOWN_MIN / HOP) or e - b < 2:
        return start
    pause = env.db[a:b]
    down = switched_down(env.db[b:e], pause)
    if down.sum() < round(DOWN_MIN / HOP):
        return start
    noise = pause[down]
    level = float(np.median(noise))
    bar = level + float(np.percentile(noise, 90)) - level + TAIL_OVER_NOISE
    foot, gap = len(pause), 0
    for f in range(len(pause) - 1, max(-1, len(pause) - 1 - round(OPENING_REACH / HOP)), -1):
        if pause[f] >= bar:
            foot, gap = f, 0
        else:
            gap += 1
            if gap > round(OPENING_BREAK / HOP):
                break
    if foot == len(pause):
        return start
    touch = down[max(0, foot - round(DOWN_BEFORE / HOP)):foot]
    if len(touch) < round(DOWN_BEFORE / HOP) or not touch.all():
        return start  # the sound does not rise out of switched-down noise: not a held opening
    return (a + foot) * HOP + HOP / 2  # the onset lies inside its first loud frame: its middle


def follow_held_openings(items: list[Placed], env: Envelope, t0: float) -> int:
    """Each timed line of a stretch starting at ``t0`` whose opening a switch held down, its start (and its first
    word's) moved back to that opening's foot (:func:`held_opening`).  Returns how many starts moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        before = items[k - 1].segment.end if k and items[k - 1].segment.timed else t0
        t = held_opening(env, s.start, s.end, before)
        if t < s.start - HOP / 2:
            log.debug("held_openings %r: start %+.3f", s.text[:30], t - s.start)
            item.segment = _with_bounds(s, t, s.end)
            moved += 1
    return moved
