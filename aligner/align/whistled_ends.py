"""A kettle's whistle after a line's end is no voice going on: the end goes back to where the sound besides the
whistle's line stops.

Why this exists (issue 7, j190; the twenty-fifth aside set, ``ix_real_kettle_srt``, ``ix_real_long_mix_mka``): a
kettle whistling on the stove (1.9-2.2 kHz and rising, trembling, 12-13 dB under the speech) filled the pauses
after three lines up to the next line.  The phone pass carried "Waiting to speak with a representative." 0.69 s
into it and "Your message is too short." 0.63 s, both to where the next line began, and the rule that follows a
line's last sound in its octave (:mod:`.last_sound`) carried "Press 7 to undelete this message." from +5 to
+130 ms along it.  To the phone pass's acoustic model a steady line with little under it is no silence, and to
the octave follower it is sound that holds the line's last level.

What no voice does is put all its sound above 1 kHz into one narrow line with next to nothing under it: the frame
test :mod:`.whistles` reads birdsong with (its run bridged over :data:`GAP` frames that fail it: the kettle's
tremble and its bubbles' ticks break it now and then).  But a whistle over the voice hides the voice's quieter last sounds
from that test: under the kettle, the "-ge" of "message" and the /v/ of "representative" are whistle frames too
(their low band hardly rises; the line piles most of the high band).  What they add is sound *besides* the line:
a fricative's noise around it, a voiced consonant's low harmonics, 6-10 dB over what the whistle leaves there in
the pause (the pause's bed, and the line's own trembling spread).  So the end walks back over the frames at its
tail that are the whistle alone -- a whistle frame whose sound besides its line (smoothed over
:data:`SMOOTH` frames) stands within :data:`REST_DB` of that sound's median over the whistle's frames from the
line's tail on into the pause -- and stops at the first frame that is not.  An end whose last frame is no whistle
stays where it is; so does one with too little of the whistle to measure its rest (:data:`LEAST_FRAMES`).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .whistles import whistle_and_rest

#: How far back from the end (s) the whistle's frames are read: the longest the phone pass carried an end (0.69 s)
#: and some.
LOOK_BACK = 1.0
#: How far into the pause after the end (s) the whistle's rest is measured (never past the next line's start).
PAUSE = 0.5
#: A frame whose sound besides the line stands more than this (dB) over the whistle's rest holds more than the
#: whistle (the voice under it: 6-10 dB over the rest on the kettle's lines; the pause's bed wavers 3-5 dB).
REST_DB = 5.0
#: Frames the sound besides the line is averaged over (in dB): one 10 ms frame wavers with the bed's ticks.
SMOOTH = 3
#: A whistle's run goes on over this many frames that fail the frame test (its tremble, a bubble's tick).
GAP = 3
#: Fewer whistle frames than this at and after the line's tail are too few to measure the whistle's rest.
LEAST_FRAMES = 10


def end_before_whistle(audio: Audio, start: float, end: float, after: float) -> Optional[float]:
    """Where a line spanning [``start``, ``end``] stops under a whistle carried on past it, or None when its end
    lies on no whistle alone.  ``after``: the start of what comes after the line (the pause's whistle is read up
    to it).  See the module docstring."""
    a = max(start, end - LOOK_BACK)
    b = max(end, min(after, end + PAUSE))
    whistle, rest = whistle_and_rest(audio, a, b)
    e = min(len(whistle), int(round((end - a) / HOP)))
    if after - end < GAP * HOP:  # carried onto the next line: its first frames are its voice, not the whistle
        while e > 0 and not whistle[e - 1] and whistle[max(0, e - 1 - GAP):e].any():
            e -= 1
    if e < 1 or not whistle[e - 1]:
        return None
    tail = e  # the first frame of the whistle's run at the end, bridged over its short breaks
    while tail > 0 and whistle[max(0, tail - 1 - GAP):tail].any():
        tail -= 1
    while not whistle[tail]:
        tail += 1
    alone = np.flatnonzero(whistle[tail:]) + tail
    if len(alone) < LEAST_FRAMES:
        return None
    half = SMOOTH // 2
    smooth = np.convolve(np.pad(rest[:e], half, mode="edge"), np.ones(SMOOTH) / SMOOTH, mode="valid")
    bar = float(np.median(rest[alone])) + REST_DB
    k = e
    while k > tail and smooth[k - 1] <= bar:
        k -= 1
    if k >= e:
        return None
    return max(start, a + k * HOP)
