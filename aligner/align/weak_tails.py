"""Evidence for the review queue: a line that ends on a long stretch of sound far weaker than its voice.

A line's last syllable falls from the voice's level into the pause quickly: a
vowel dies away, a final nasal or fricative is weaker than the vowels but is
over in a syllable's time.  Sound standing more than :data:`WEAK_DB` under the
line's voice for longer than :data:`WEAK_TAIL` at its end is not the voice any
more: it is what the voice left behind -- a room's or a hall's tail, a speaker
walking away whose reverberation outlasts the direct sound -- or the background
(traffic, a fan, rain), and the end was followed into it by the rules that carry
a line's end down its fading last sound (:mod:`.last_sound`,
:func:`.boundaries.extend_to_sound`).  Every word fits, a quiet pause follows,
so nothing else doubts such an end; it may lie earlier.

Measured on the nineteenth round's baseline (``results-m22base``, main's engine
at ac07241, 968 truth segments of the trap, rd6/8/14/27/38/48-53 and mfa
families; benchmarks/README.md, j93): of the 807 ends within 100 ms, 95 % end on
at most 0.18 s of such sound and 15 (2 %) on more than WEAK_TAIL; of the 29 ends
more than 200 ms late, 6 (21 %) on more than WEAK_TAIL.  On four families not looked
at before (rooms, halls, babble, slap-back: ``rd7_*``, ``rd13_*``, ``rd32_*``,
``rd37_*``) it sent 5 of the 7 segments more than 200 ms off that nothing else
flagged to review (ends 0.2-0.6 s late in rooms), and 7 within 100 ms.  The level of the voice is the line's loud frames' (its
:data:`VOICE_PERCENTILE`-th percentile), so the rule reads the line against
itself and not against the talk: a far speaker's quiet line is judged by its
own loudness.  Only the end is read: a line's start on weak sound is a stop's
closure or a soft onset, and its doubts are read elsewhere
(:mod:`.voice_onsets`, :func:`.confidence.silent_start`).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .activity import HOP, Envelope

#: Sound more than this (dB) under the line's voice is not its voice's own.
WEAK_DB = 15.0
#: A line whose last this many seconds (or more) are all that weak ends in sound that is not its voice.
WEAK_TAIL = 0.2
#: The line's voice: this percentile of its 10 ms frames' levels (its loud frames, not its pauses).
VOICE_PERCENTILE = 90
#: Lines shorter than this (s) are not read: too few frames to say where their voice is.
SHORTEST = 0.3


def weak_tail(env: Envelope, start: float, end: float) -> Optional[float]:
    """How long (s) the line [start, end] runs on after its last frame within WEAK_DB of its voice; None for a
    line shorter than SHORTEST."""
    a, b = env.frame(start), min(env.frame(end), len(env.db))
    if (b - a) * HOP < SHORTEST - 1e-9:
        return None
    db = env.db[a:b]
    voice = float(np.percentile(db, VOICE_PERCENTILE))
    loud = np.flatnonzero(db >= voice - WEAK_DB)
    return float((b - (a + loud[-1] + 1)) * HOP) if len(loud) else None


def ends_in_weak_sound(env: Envelope, start: float, end: float) -> bool:
    """Whether the line [start, end] ends on more than WEAK_TAIL s of sound WEAK_DB under its voice."""
    tail = weak_tail(env, start, end)
    return tail is not None and tail > WEAK_TAIL + 1e-9
