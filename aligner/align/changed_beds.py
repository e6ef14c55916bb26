"""The background a line's end falls to when the background changed during the line: the pause's after it.

Why this exists (issue 7, j252, ``ly_real_dishwasher_srt``): :func:`.after_end.background_beside` reads the
background beside a line as the louder of the pause before it and the pause after it, because a murmur swells and
sinks by 5-10 dB within a second and the quieter side would let a swell pass for the line's own sound.  A machine
does not swell: it changes phase.  A dishwasher through the wall went from its wash (broadband, 18-21 dB under the
voice) to its drain or fill during a prompt, and in the octave of the line's last sound the pause before the line
stood 15-20 dB over the pause after it (100-500 Hz: -69.7 before, -88.8 dB after "... temporary greeting.").  Read
as the background at the end, the louder side put the bar the fading nasal had to stand over 20 dB too high: the
end stayed where the phone pass had cut it, 128-201 ms early (and where it was read in the 500-1000 Hz octave
instead of the nasal's own, "... start over." -139 ms).  The phone pass cuts there because the wash fills the
octaves over 500 Hz, where the fading last sound sinks under it first; the acoustic model hears noise.

A machine's background can pulse as well: the dishwasher's pump alternated 17 dB frame by frame in the 100-500 Hz
octave, and the median of those frames read the background 14 dB under its power and let the end run 121 ms on
into the pulses.  The pauses are compared, and the one after the end read, as the rule reads the last sound: each
band's level smoothed over three frames (:func:`.last_sound.last_sound_at`).

So where, in a band, even the quiet frames of the pause before the line (:data:`QUIET_PERCENTILE`) stand over the
pause after it by more than a murmur swells (:data:`CHANGED_DB`), the background changed during the line, and the end
falls to the pause's after it, which it borders.  The quiet frames, because sounds that come and go in the pause
before -- a rocket's bang and whistle, a busker's waltz putting its bass note on the first beat of a bar -- raise
its median by as much (17-20 dB in the 100-500 Hz octave of ``ly_real_fireworks_page`` and
``ly_real_accordion_plain_bwf``) while their quiet frames stand at the level of the pause after; read as a change,
the lowered bar let two ends follow a rocket and a note on into the pause (+100 -> +359, -22 -> +118 ms).  A
machine's wash does not go away between its sounds: its quietest tenth stood 14 dB over the drain after the line.  A background louder *after* the line is left to the louder-side reading (a murmur swelling after the end,
a sound coming into the pause: :func:`.quiet_last_sounds.another_sound_from` bounds that one).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .after_end import BED_MIN_FRAMES, BandLevels, background_beside

#: The pause before a line stands this many dB over the pause after it in a band: more than a murmur swells and
#: sinks within a second (5-10 dB, :func:`.after_end.background_beside`), so the background changed.
CHANGED_DB = 12.0
#: ... and even the pause before's quiet frames (this percentile of them) stand that far over the pause after: the
#: background was there all through the pause before, not a sound passing in it (a rocket's bang, a waltz's bass).
QUIET_PERCENTILE = 10.0


def background_at_end(levels: BandLevels, before: slice, after: slice) -> Optional[np.ndarray]:
    """Per band, the background a line's end falls to: :func:`.after_end.background_beside`'s louder side, except
    in a band where even the quiet frames of the pause before the line stand more than :data:`CHANGED_DB` over the
    pause after it -- there the pause's after the end, read as the rule reads the last sound (smoothed over three
    frames) (see the module docstring).  None when neither pause is long enough to measure."""
    bed = background_beside(levels, before, after)
    if bed is None or min(before.stop - before.start, after.stop - after.start) < BED_MIN_FRAMES:
        return bed
    smooth = np.array([np.convolve(row, np.ones(3) / 3, mode="same") for row in levels.db])
    quietest = np.percentile(smooth[:, before], QUIET_PERCENTILE, axis=1)
    then = np.median(smooth[:, after], axis=1)
    return np.where(quietest > then + CHANGED_DB, then, bed)
