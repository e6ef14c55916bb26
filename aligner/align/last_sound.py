"""Where a line's last sound ends under a background: followed in the octave that holds it.

Why this exists (issue 7, ``rd3_*`` cases): under hold music, a murmur or babble 14-18 dB under the
speech, line ends came out 150-330 ms early.  The word's last sound -- the nasal of "again", the vowel
of "key", the /n/ before "urgent"'s /t/ -- goes on for 100-300 ms at 10-20 dB over the background *in
its own octave* (100-500 Hz for a nasal), while over the whole band it stands under the bar of "plainly
sound" :func:`.boundaries.extend_to_sound` uses (a share of the floor-to-peak range), so that rule left
it to the pause.  A careful listener hears it: masking works octave by octave.

Following that sound down to the background's level is what a room's reverberation gets wrong: the
room's tail is the voice's own sound and stands over the background too (following it put reverberant
ends 100-300 ms late).  What tells them apart is how the sound goes on *right after* the end found so
far.  When the voice stops in a room, its direct sound stops and the level falls at once by the
direct-to-reverberant ratio: over the next 50 ms it drops 8-18 dB (measured at the right ends of the
reverberant dev cases) and then decays.  A last sound the phone pass cut early goes on at its level:
the 50 ms after the end stand within 2-7 dB of the 50 ms before.  So the end moves only over sound that
*holds* its level (within :data:`HOLD_DB`), and only once that sound has held for :data:`HELD_MIN` does
it go on down to where the sound meets the background (:data:`OVER_BED_DB` over it, the margin
:meth:`.activity.Envelope.threshold` keeps too).

The measuring (octave levels, the background beside the line, following a sound over a floor) is
:mod:`.after_end`'s, shared with the two other rules that ask whether the sound after an end holds or
falls; what is here is this rule's decision.  The background is measured per octave on both sides of the
line (:func:`.after_end.background_beside`): in the pause before its start (a room's tail is caused by the
voice, so it is not there) and in the pause after its end, whichever is louder.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import LAST, background_beside, octave_levels, runs_on

#: A sound that goes on within this many dB of the line's last level holds it; a room's direct sound
#: stopping drops the level by more at once (its direct-to-reverberant ratio).
HOLD_DB = 8.0
#: Sound counts as over the background in its octave from this many dB over it.
OVER_BED_DB = 6.0
#: A last sound that held its level this long (s) is the word's, and is followed down to the background.
#: A large room's tail (RT60 0.8 s: 0.75 dB per 10 ms, after a 4-5 dB drop when the direct sound stops)
#: stays within HOLD_DB for about 50 ms ("bridge" on rd3_fest_reverb_large went 0.17 s late at 50 ms).
HELD_MIN = 0.06
#: The background before the line: this much (s) of the pause before its start, short of the start by
#: BED_GAP, after the previous line's end by BED_GAP.
BED_BEFORE = 0.5
BED_GAP = 0.05
#: The background after the line: the median level from 0.1 s after the end to 0.8 s after it (or to the
#: next line): mostly the pause's own level even when the end is 0.3 s early.  (A low percentile, under
#: the last sound not yet reached, let a bed that is louder after the line than before it -- a joined
#: recording, a swelling murmur -- pass for sound: an end went 0.16 s into the pause on rd_fest_joined.)
BED_AFTER = (0.1, 0.8)


def end_of_last_sound(audio: Audio, start: float, end: float, before: float, after: float,
                      reach: float) -> float:
    """Where the last sound of a line spanning [start, end] stops: ``end``, or later, up to ``end + reach``.

    ``before``: the end of what comes before the line (the previous line, or where the stretch begins);
    ``after``: the start of what comes after it -- the end never reaches it.  See the module docstring.
    """
    lo = max(before + BED_GAP, start - BED_BEFORE)
    levels = octave_levels(audio, min(lo, end - LAST), min(max(after, end), end + BED_AFTER[1]))
    if not levels.frames_held:
        return end
    pause_after = levels.frames(end + BED_AFTER[0], min(after - BED_GAP, end + BED_AFTER[1]))
    bed = background_beside(levels, levels.frames(lo, start - BED_GAP), pause_after)
    if bed is None:
        return end
    last = levels.frames(end - LAST, end)
    if last.stop - last.start < 2:
        return end
    over = levels.db[:, last].mean(axis=1) - bed
    band = int(np.argmax(over))  # the octave the last sound stands out in
    level = np.convolve(levels.db[band], np.ones(3) / 3, mode="same")
    held = float(levels.db[band, last].mean())
    e, stop = levels.frames(end, end).start, levels.frames(end, min(after - HOP, end + reach)).stop
    ok = runs_on(level, e, stop, max(held - HOLD_DB, bed[band] + OVER_BED_DB))
    if (ok - e) * HOP >= HELD_MIN - 1e-9:
        ok = runs_on(level, ok, stop, bed[band] + OVER_BED_DB)
    return max(end, (levels.first + ok) * HOP)
