"""A tone that holds its pitch after the phone pass's end does not say the voice stopped there: it may have rung
under the voice all along, and the voice faded on under it.

Why this exists (issue 7, j243; the thirty-second aside set, ``ky_*``): a wind-up music box (plucked steel tines,
520-880 Hz, each note ringing with its octave 0.4-0.9 s, the tune over and over, 16-20 dB under the speech) and an
organ's held 85 Hz pedal sounded under whole lines of real telephone prompts.  Where the voice fell under them, the
pitch tracker read their period instead of the voice's (a tine over the 600 Hz it searches, read at a deep
subharmonic; the pedal), held from frame to frame, and :func:`.tones_over_ends.end_before_a_tone` -- made for a
frog's croak that began as the voice stopped -- took three ends that the rules had carried to within 39-65 ms of
the voice's end back to the phone pass's early end: "... forward the message" -65 -> -239 ms, "Nobody is available
..." -39 -> -260 ms (``ky_real_musicbox_srt``), "The leader has left the conference." -47 -> -277 ms (the organ,
``ky_real_long_mix_wtv``).  The tone was no sign of where the voice stopped; it had only become louder than the
voice's fading tail.

First, the tone must ring on after the end the rules carried to: a croak that the carry followed to where it
stopped leaves the pause after it quiet, and there the tone did take over from the voice -- the end goes back as
before (without this, three ends on ``hy_*``'s frogs went 0.17-0.28 s late over croaks: the stretch carried stood
12-39 dB over the pause in every octave), while the music box and the organ sound on after the end at the level they
held over the carried stretch, in some octave besides the voice's own (:data:`GOES_ON_DB`: within 0.5-1.3 dB).
Then what tells it is the voice's own band: the octave in which the line's voice, just before the phone pass's end,
stood furthest over the sound after the end (an octave the tone fills reads little difference).  A music box's tines
leave the 100-500 Hz band to the voice (there 25-35 dB over what follows, falling smoothly to 20 ms before its true
end, then dropping at once); an organ pedal fills it, but leaves a sibilant's 4-7 kHz.  Where that band goes on
falling smoothly from the phone pass's end, standing over the sound after the end, the voice is still speaking under
the tone; it ends where the band falls to :data:`MARGIN_DB` over the sound after, drops at once (:data:`DROP_DB`: the
voice stopped and something else holds the band) or rises again (:data:`RISE_DB`: a new sound).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, power_db, power_smoothed
from .after_end import octave_levels

#: The line's voice just before the phone pass's end: this long (s).
BODY = 0.15
#: The sound after the end the rules carried to (the tone going on, the room): read this long (s) from it ...
AFTER = 0.25
#: ... at least this long (s): less does not tell the tone's level from a pluck's.
LEAST_AFTER = 0.1
#: The tone goes on after the end: in one of the octaves the stretch carried sounds in besides the voice's own
#: (within SOUNDING_DB of the loudest of them), the sound after the end stands at most GOES_ON_DB under it.
GOES_ON_DB, SOUNDING_DB = 6.0, 10.0
#: The voice's band must stand this far (dB) over the sound after, before the phone pass's end, to be read at all.
STANDS_DB = 10.0
#: The voice goes on while its band stands this far (dB) over the sound after ...
MARGIN_DB = 6.0
#: ... and does not rise this far (dB) over the least it had fallen to since the phone pass's end (a new sound).
RISE_DB = 6.0
#: ... nor drop this far (dB) within DROP_FRAMES frames: a voice fading under a tone falls by 1-2 dB a frame; one that
#: stops falls at once, and what holds the band after it is another sound (a croak that begins as the voice stops).
DROP_DB, DROP_FRAMES = 10.0, 3
#: Levels are read over this many 10 ms frames (power mean): one frame's dip between two syllables is no end.
SMOOTH = 3


def voice_goes_on_until(audio: Audio, phone_end: float, end: float, after_limit: float) -> Optional[float]:
    """Where (s) the line's own voice, read in its own band (see the module docstring), stops after ``phone_end``
    -- at most ``end`` (the voice goes on to where the rules carried it) -- or None: the sound carried over did not
    ring on after ``end`` (read up to ``after_limit``: the next line's start), no band of the voice stands over
    what follows, or nothing to read."""
    after_to = min(after_limit, end + AFTER, audio.duration)
    if after_to - end < LEAST_AFTER or end - phone_end < HOP:
        return None
    levels = octave_levels(audio, phone_end - BODY, after_to)
    body, after = levels.frames(phone_end - BODY, phone_end), levels.frames(end, after_to)
    if body.stop <= body.start or after.stop - after.start < int(LEAST_AFTER / HOP):
        return None
    after_db = np.median(levels.db[:, after], axis=1)
    stands = power_db(levels.db[:, body]) - after_db
    band = int(np.argmax(stands))
    if stands[band] < STANDS_DB:
        return None
    carried = power_db(levels.db[:, levels.frames(phone_end, end)])
    carried[band] = -np.inf
    sounding = carried >= carried.max() - SOUNDING_DB  # the octaves the carried stretch sounds in, besides the voice's
    if not np.any(sounding & (carried <= after_db + GOES_ON_DB)):
        return None  # the sound carried over stopped where the carry did: no tone rang on under the voice
    level = power_smoothed(levels.db[band], SMOOTH)
    first, last = levels.column(phone_end), levels.column(end)
    least = np.inf
    for k in range(max(0, first), min(last, len(level))):
        least = min(least, level[k])
        dropped = k >= DROP_FRAMES and level[k] < level[k - DROP_FRAMES] - DROP_DB
        if level[k] < after_db[band] + MARGIN_DB or level[k] > least + RISE_DB or dropped:
            return (levels.first + k) * HOP
    return end

