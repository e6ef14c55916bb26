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
its words were heard over), sound that runs back from the start unbroken (a held syllable runs on; a creak's
clicks fall back to the noise between them), standing over the switched-down noise's bar (its level, its spread
and ``TAIL_OVER_NOISE``, as for a faded tail), and that rises straight out of switched-down frames -- noise seen
stepping down from the room's own level within the pause, as a switch does (:func:`_switched_before`) -- is the
line's own held opening: the start (its first word's with it) goes to the foot of that sound.  Where the pause
before the line is the room's ordinary noise right up to the start, nothing moves: the sound before the start is
not held down, and the phone pass and the pause pass judged it already.  A creak or a cough right before a held
line, as continuous as a syllable and held down with it, is taken for the opening (``hx_pl_*``'s first line: a
start 0.13 s early onto a creak); nothing in the level tells them apart.  English (its own en-us phones,
:func:`.boundaries.extend_to_sound`) is left as it was: not measured under a switch here.
"""

from __future__ import annotations

import logging

import numpy as np

from ..document import NOT_HEARD
from .activity import HOP, Envelope
from .boundaries import with_start
from .faded_tails import TAIL_OVER_NOISE, switched_down
from .placement import Placed

log = logging.getLogger(__name__)

#: The switched-down noise the held sound rises out of, and the room's noise before the switch took it down, are
#: each at least this long (s): a switch holds the path down for a while; frames that merely drop out here and
#: there (8-bit audio rounding a quiet room to digital silence) are no switch.
DOWN_MIN = 0.05
#: A dip of at most this long (s, one frame) inside the held opening does not break it: a held syllable's sound
#: runs on, while a chair's creak or a run of clicks falls back to the noise between its clicks (a creak into a
#: line's start, ``rd58_pl_espeak_duplex_creaks_wma1``: with three frames bridged its start went 80 ms early onto
#: it).  A stop's closure inside the opening then ends it there: the start moves less, never onto other sound ...
OPENING_BREAK = 0.01
#: ... and the opening reaches back at most this far (s) from the start: a voice switch opens within a syllable
#: or two of the near voice (0.1-0.3 s); more sound than that over the noise is a voice of its own.
OPENING_REACH = 0.3
#: A switch takes the path down within this long (s; a speakerphone's 10-20 ms), where a room's tail decays a few
#: dB in as long.
SWITCH_STEP = 0.02


def held_opening(env: Envelope, start: float, end: float, before: float, quiet: float) -> float:
    """Where the voice of a line spanning [start, end] begins when a switch held its opening down (``before``:
    where the line before ends, or the stretch's start): the foot of the sound that runs back from ``start``
    over the switched-down noise's bar and rises out of switched-down frames -- else ``start``.  ``quiet``: the
    talk's quiet tenth (dB, its frames' 10th percentile: the room's noise, heard in most pauses); switched-down
    noise stands TAIL_OVER_NOISE under it."""
    a, b, e = env.frame(before), env.frame(start), env.frame(end)
    if b - a < round(2 * DOWN_MIN / HOP) or e - b < 2:
        return start
    pause = env.db[a:b]
    down = switched_down(env.db[b:e], pause)
    if down.sum() < round(DOWN_MIN / HOP) or float(np.median(pause[down])) > quiet - TAIL_OVER_NOISE:
        return start  # no switch: the pause's quiet frames are the room's own noise (a line's gaps filled by
        #               a bell or its own reverberation stand over it), not noise taken under it
    # the bar a faded tail meets (:mod:`.faded_tails`): the noise's level plus its spread (its 90th percentile)
    bar = float(np.percentile(pause[down], 90)) + TAIL_OVER_NOISE
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
    if not _switched_before(pause, down, foot, env.db[b:e]):
        return start  # the sound does not rise out of noise a switch took down: not a held opening
    return (a + foot) * HOP + HOP / 2  # the onset lies inside its first loud frame: its middle


def _switched_before(pause: np.ndarray, down: np.ndarray, foot: int, line: np.ndarray) -> bool:
    """Whether the pause's frames (``pause``, dB; ``down``: switched down, :func:`.faded_tails.switched_down`) right
    before frame ``foot`` are noise a switch took down: a run of at least DOWN_MIN switched-down frames, begun where
    the pause's noise stepped down from the room's ordinary noise (at least DOWN_MIN of it, not switched down) by
    TAIL_OVER_NOISE or more within SWITCH_STEP.  Noise merely quieter than the line's own quietest sound is not
    enough: a far voice in a reverberant room fills its words' gaps with its own tail, and the room's plain noise
    before it reads as switched down (``ox_nl_espeak_two_speakers_question_u8``: a start moved 0.11 s early onto
    it).  And the noise before the step is the noise the line is heard over (``line``: its frames; no more than
    TAIL_OVER_NOISE over its second half's quietest, as :func:`.faded_tails.switched_down` reads it): the fall
    of the line before's last sound into the room's noise is no switch (``sx_nl_espeak_bells_rm``: a line ended
    0.27 s early, its fading tail read as the room's noise over the step, and a bell's stroke before the next
    line as its held opening, a start 0.1 s early)."""
    n, step = round(DOWN_MIN / HOP), max(1, round(SWITCH_STEP / HOP))
    s0 = foot
    while s0 > 0 and down[s0 - 1]:
        s0 -= 1
    if foot - s0 < n or s0 < n or down[s0 - n:s0].any():
        return False
    if float(np.median(pause[s0 - n:s0])) > float(line[len(line) // 2:].min()) + TAIL_OVER_NOISE:
        return False  # louder than the line's own noise: the line before's sound, not the room's
    return float(np.mean(pause[s0 - step:s0]) - np.mean(pause[s0:s0 + step])) >= TAIL_OVER_NOISE


def follow_held_openings(items: list[Placed], env: Envelope, t0: float) -> int:
    """Each timed line of a stretch starting at ``t0`` whose opening a switch held down, its start (and its first
    word's) moved back to that opening's foot (:func:`held_opening`).  Returns how many starts moved."""
    moved = 0
    quiet = float(np.percentile(env.db, 10)) if len(env.db) else 0.0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        before = items[k - 1].segment.end if k and items[k - 1].segment.timed else t0
        t = held_opening(env, s.start, s.end, before, quiet)
        if t < s.start - HOP / 2:
            log.debug("held_openings %r: start %+.3f", s.text[:30], t - s.start)
            item.segment = with_start(s, t)  # its first spoken word with it; a cue before it: at the start
            moved += 1
    return moved
