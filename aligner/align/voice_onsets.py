"""Evidence for the review queue that a line starts in sound that is not its voice's onset: its opening stands well
under its own voice, and the sound just before it is as loud.

A voice begins with an onset: from a pause, or from the fading end of the line
before, the level rises into the first syllable, which stands near the voice's
level.  Where another voice talks over the pauses (crosstalk, a second talker
under the first, laughter running into the next line), the phone pass can put a
line's first word on that other voice's last syllable, a few tenths of a second
before its own: the word fits (a "Please" or an "A" fits a syllable of anyone's),
Whisper heard it near there, and a pause lies before the other voice, so nothing
else doubts the start.  What the level says is different.  The line's first
tenths stand well under its own voice -- the other voice is further away or
quieter -- and do not rise over the sound right before the start, which is that
same other voice.  A right start does one or the other: it opens near its voice's
level (at a tight join the sound before it may be as loud: the line before), or
it opens quietly (a weak "The", a breathy "For") out of a quieter pause.

Measured over the lead's whole development run (``results-l12dev``, 2,298 truth
segments) and the eighth aside set's look (``results-yxend``, 180): of the 70
starts within 100 ms whose opening stands OPENING_UNDER_DB or more under their
voice, none rose less than 4.3 dB over the sound before them (median 20.6 dB; the
lowest a babble, a breath, music); of the 33 starts more than 200 ms early with
such an opening, 17 rose less than ONSET_RISE_DB, 5 of them sent to review by
nothing else (0.23-0.90 s early under crosstalk, laughter, a voice under the
line; any threshold from 2 to 4 dB finds the same five and doubts no start within
100 ms).  See benchmarks/README.md (j62).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .activity import HOP, Envelope, power_db

#: The line's opening (s) whose level is measured: its first syllable, or the start of it.
OPENING = 0.15
#: The sound before the start whose level is measured: from BEFORE_LOOK s before it (never before the line before
#: ends) to BEFORE_SKIP s before it (a 10 ms frame at the start may hold the onset), at least BEFORE_MIN s of it.
BEFORE_LOOK = 0.2
BEFORE_SKIP = 0.02
BEFORE_MIN = 0.05
#: An opening this much (dB) under the voice's level is weak: a quiet first word, or sound not the voice's.
OPENING_UNDER_DB = 10.0
#: A weak opening that rises less than this (dB; 3 dB: the power doubles) over the sound before it has no onset.
ONSET_RISE_DB = 3.0


def opening_levels(env: Envelope, start: float, end: float, before: float) -> Optional[tuple[float, float]]:
    """(how far, dB, the line's opening stands under its voice's level, how far it rises over the sound just
    before its start) for a line spanning [start, end] (``before``: where the line before it ends), or None when
    there is too little of either to measure."""
    a, b = env.frame(start), env.frame(end)
    o = env.frame(min(end, start + OPENING))
    p, q = env.frame(max(before, start - BEFORE_LOOK)), env.frame(start - BEFORE_SKIP)
    if b - a < 2 or o <= a or q - p < round(BEFORE_MIN / HOP):
        return None
    voice = env.voice_level(start, end)
    opening = power_db(env.db[a:o])
    return voice - opening, opening - power_db(env.db[p:q])


def start_without_onset(env: Envelope, start: float, end: float, before: float) -> bool:
    """Whether a line spanning [start, end] opens at least OPENING_UNDER_DB under its voice's level and rises
    less than ONSET_RISE_DB over the sound before its start (``before``: where the line before it ends): it
    starts in sound that goes on from before it -- another voice's -- not at its own onset."""
    levels = opening_levels(env, start, end, before)
    return levels is not None and levels[0] >= OPENING_UNDER_DB and levels[1] < ONSET_RISE_DB
