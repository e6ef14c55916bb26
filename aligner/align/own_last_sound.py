"""Whether sound after a line's end could be the line's own last sound, or is plainly another thing's (issue 7, j228).

The end rules that carry a line's end on over its last sound (:func:`.boundaries.follow_last_sounds`,
:func:`.quiet_last_sounds.quiet_last_sound_end`) read levels: how the sound after the end holds or falls against the
line's last level and the pause's noise.  On the thirtieth aside set (``hy_*``) two sounds passed every such test
and took ends 0.1-0.24 s on into the pause after the phone pass had them within 15 ms:

- a Morse key's note from a ham radio next door (:func:`.steady_tones.steady_tone_from`): one narrow line, at one
  pitch and level;
- someone snoring in the audience: noise chopped by the soft palate's flutter 20-60 times a second, so its level
  jumps 15-17 dB from one 10 ms frame to the next (median, :func:`.pulsed_sound.jitter`) over the stretch the end
  was carried over ("User will join the conference." +4 -> +244 ms, ``hy_real_snoring_srt``).  A voice's level
  glides: over the last 0.1 s of every line on ``gy_*``, ``fy_*``, ``ey_*`` and ``rx_*`` (1,112 ends, truth) it moved
  1.8-2.0 dB a frame on median, 5.5-6.5 dB at the 99th percentile, and 8 dB or more at 2 (a release into the truth's
  silence).  So a stretch whose level jumps :data:`.pulsed_sound.FLUTTER_DB` a frame on median over
  :data:`.pulsed_sound.FLUTTER_MIN` or more is no voice fading (:func:`.pulsed_sound.jumps_as_impacts`).

Both read only the stretch itself, in any language.

A third reading (j241, the thirty-first aside set, ``iy_*``): a line's own last sound goes on from its end; it does
not begin after it.  Geese honking over the pause after "Is on the phone." (``iy_real_geese_vtt_vob``) filled the
octave the line's last sound stood out in (100-500 Hz): the voice fell there 16 dB in the 50 ms before the phone
pass's end (+16 ms) to under the background's margin, and 30 ms later a honk rose over it again and held.  Following
the octave, bridging the dip (:data:`.after_end.BRIDGE_FRAMES`, meant for a stop's closure or a pitch period's
unevenness inside a held sound), carried the end +16 -> +296 ms onto the honks.  So a sound is followed from an end
only when the line's sound is still there at it (:func:`still_sounding`): at a level under the background's margin
the line had stopped, and what rises after is another thing's.  ``benchmarks/README.md`` (j228) has the measurements.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .pulsed_sound import FLUTTER_DB, FLUTTER_MIN, jumps_as_impacts
from .steady_tones import steady_tone_from


def others_from(audio: Audio, env: Envelope, t0: float, t1: float) -> Optional[float]:
    """Where, in [t0, t1] after a line's end, sound plainly not the line's begins (s): ``t0`` when the stretch
    flutters, else where a steady tone begins in it (the voice may still fade under the tone's first frames, which
    then pile less of their sound in its line); None: nothing there is plainly another thing's."""
    if jumps_as_impacts(env, t0, t1, least_db=FLUTTER_DB, shortest=FLUTTER_MIN):
        return t0
    return steady_tone_from(audio, t0, t1)


def still_sounding(level: np.ndarray, e: int, floor: float) -> bool:
    """Whether a line's sound, read in the octave it stands out in (``level``, dB per frame), is still there at its
    end's frame ``e``: over ``floor`` (the background's margin).  Under it the line had stopped by its end, and
    sound rising after it is not the line's to follow (see the module docstring)."""
    return 0 <= e < len(level) and level[e] >= floor
