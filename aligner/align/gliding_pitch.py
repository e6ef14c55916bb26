"""Whether voiced sound an end was carried along is the line's own voice going on: a line's voice falls into its end,
so a voiced sound standing well over the line's own pitch there -- a bird, a second voice in the mix -- is not it.

:func:`.carried_ends.voice_followed` excuses an end carried more than a word's last sound lasts past the phone pass's
end (:func:`.carried_ends.end_carried_past_phones`) where the stretch followed is periodic as a vowel is and does not
jump in level as impacts do: the line's own rest, which the phone model gave to the pause.  Another voiced sound is
periodic as a vowel is too (0.5-0.9 on median).  What it does not do is carry the line's pitch on: at a line's end
the voice falls (declination: the real talks' prompt voices fall to 0.6-0.7 of their median on their last syllable).

Measured (j236) on ``benchmarks/rule_trace.py``'s record of the thirty-first set (``iy_*``, English, seen): of the
five ends carried more than :data:`.carried_ends.LAST_SOUND_RUN` past the phone pass's end, all five ended 207-717 ms
late, and three passed ``voice_followed``, two of them at confidence 0.98-1.00.  One, "Press 1 to switch to record
mode ..." (+717 ms), was carried along a sound at 1.59 times the prompt voice's median pitch.  Over the 18 right ends
carried 0.1-0.3 s along the line's rest there, the stretch's median pitch stood at 0.31-1.02 of the line's own (0.59-0.73
on most); on sets not looked at while building (``ey_*``, ``ax_*``, and the Dolby and drill talks the excuse was made
for) all 72 ends carried more than 0.1 s past the phone pass stood at 0.29-0.93 of it, and on ``hy_*`` the one carried
past 0.3 s at 0.66.  ABOVE_OWN lies between, more than a semitone over the highest right one.

The other two -- "Is on the phone." carried +318 ms onto a skein of geese, "You are now muted." +586 ms -- lie at
0.84-0.87 of the line's pitch: what marks them is that the pitch read there jumps from frame to frame (a goose's
honks read 116-485 Hz in turn), but a line's own creaky end does the same (``hy_real_long_mix_flv`` "... your
message." +25 ms, its last syllable's creak and /dʒ/ jumping as often), so that reading is left to
``benchmarks/carried_pitch.py``.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .another_voice import median_pitch, pitch_track

#: A stretch whose median pitch stands this many times over the line's own is no line's end falling away (nearly six
#: semitones; right ends' rests stand at most 1.02 times it, the +717 ms end's sound 1.59).
ABOVE_OWN = 1.4
#: The stretch's pitch is read over at least this many voiced 10 ms frames.
MIN_VOICED = 6


def pitch_carried_on(audio: Audio, start: float, phone_end: float, end: float) -> bool:
    """Whether the pitch of [``phone_end``, ``end``] (where the phone pass ended the line begun at ``start``, and
    where its end now lies) may be the line's voice going on: its median (over at least MIN_VOICED voiced frames)
    does not stand ABOVE_OWN times over the line's own (:func:`.another_voice.median_pitch` of [``start``,
    ``phone_end``]).  True where too little of either is voiced to read."""
    _, f0 = pitch_track(audio.samples, audio.sample_rate, phone_end, end)
    voiced = f0[np.isfinite(f0)]
    if len(voiced) < MIN_VOICED:
        return True
    own = median_pitch(audio, start, phone_end)
    return own is None or float(np.median(voiced)) < ABOVE_OWN * own
