"""Evidence for the review queue that a line's end was not put where its sound stops: right after it, the sound
holds as a voice does and stands out of the following pause's own noise.

Each rule that follows a line's last sound reads it against a level set once for
the whole talk or for that rule's kind of sound (a margin over the background
that counts as sound, :meth:`.activity.Envelope.threshold`; a fixed 12 dB over
the pause's floor, :func:`.review_evidence.sound_over_pause_floor`).  A line's
weak end -- its last 0.1-0.3 s, 4-10 dB over a quiet pause's background: a fading
vowel, a final /s/, a prompt's own breath or tail -- sits under all of them.  The
end then comes out anywhere along it: early on its loud part, or late, on down a
faint tail past where the voice stopped.  A quiet pause follows, every word fits,
and nothing else doubts the end.  Of the 9 ends more than 200 ms off that the
queue missed in the seen sets (j125, ``benchmarks/queue_evidence.py`` on the
runs of ``fx_*``, ``gx_*``, ``hx_*``, ``ox_*``, ``rd60_*``), 7 are real prompts
(truth: each file's voice down to 50 dB under its peak) whose end lies somewhere
along such a weak stretch, under a murmur or pink noise.

What such an end shows is what the pause after it says about the sound right
after it: that sound falls less than a room's tail does
(:func:`.review_evidence.sound_holds_after`) and stands over the pause's
background by more than the background itself swings -- NOISE_SIGMAS standard
deviations of the pause's 10 ms levels.  A threshold read from the pause, not
from the talk: over a steady hiss or pink noise (the pause's levels swinging by
1-2 dB) a weak tail stands out by a few dB; under babble the pause's own levels
swing by 3-4 dB and the same sound says nothing (``rd7_real_reverb_babble12``: an
end 287 ms early, 5.6 dB over the pause, which swings by 3.7).  The direction is not told: the sound may be the
line's own (the end may lie later) or a sound the end was carried into (earlier);
either way the end is not where the sound stops, and a person should listen.

Measured (j125) by replay on runs of main at 0f8dd5a (``queue_evidence.py
--reasons end_before_sound_stops --given`` the other reasons ``--by-set``; every
set seen, every figure dev; ``benchmarks/README.md``): on ``fx_*``, where the
rule's shape was chosen, the > 200 ms off ends flagged go 22 -> 25 of 26 (two
206-275 ms late, carried down a faint tail under a murmur; one 244 ms early, on a
prompt's weak last sound) and the queue's precision 58.3 -> 62.1 % (six new
flags, all more than 100 ms off); on ``gx_*`` three new flags, all 110-166 ms
off (precision 38.0 -> 40.5 %); on ``hx_*`` three right ends under a murmur
(41.9 -> 40.0 %); on ``rd13_*`` one right end in a hall; nothing on ``rd59_*``,
``rd7_*``.  Any NOISE_SIGMAS from 2 to 3.5 finds the same far-off ends.  English
only: that is where it was measured.  The boundary is not moved: where the sound
stops, and whether it is the line's, is for a person to hear.
"""

from __future__ import annotations

import numpy as np

from .activity import Envelope
from .after_end import last_and_after, pause_noise, whole_band
from .review_evidence import HOLD_LOOK, pause_levels_after, sound_holds_after

#: The sound after the end stands out of the pause's noise when it lies this many standard deviations of the
#: pause's 10 ms levels over the pause's background: the conventional bound a noise's own swings stay under.
NOISE_SIGMAS = 3.0
#: ... and at least this far (dB): over a pause whose levels barely move (digital silence, a steady hum), a
#: sound a fraction of a dB over it is the floor's flicker, not sound.
MIN_OVER_DB = 3.0


def end_before_sound_stops(env: Envelope, end: float, after: float) -> bool:
    """Whether the sound HOLD_LOOK s after ``end`` holds as a voice does (:func:`.review_evidence.sound_holds_after`)
    and stands at least NOISE_SIGMAS standard deviations of the pause's levels (MIN_OVER_DB at least) over the
    background of the pause that follows (:func:`.review_evidence.pause_levels_after`; ``after``: where the next
    line starts).  False where no pause long enough to measure follows."""
    pause = pause_levels_after(env, end, after)
    if pause is None or not sound_holds_after(env, end):
        return False
    levels = last_and_after(whole_band(env), end, HOLD_LOOK)
    if levels is None:
        return False
    floor, _ = pause_noise(pause)
    margin = max(MIN_OVER_DB, NOISE_SIGMAS * float(np.std(pause)))
    return float(levels[1][0]) - floor >= margin
