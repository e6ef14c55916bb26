"""Whether voiced sound an end was carried along is the line's own voice going on: a voice's pitch glides from one
10 ms frame to the next and falls into a line's end; another voiced sound under it -- a goose's honk, a bird, a
second voice in the mix -- makes the pitch read there jump, or stand well over the line's own.

:func:`.carried_ends.voice_followed` excuses an end carried more than a word's last sound lasts past the phone pass's
end (:func:`.carried_ends.end_carried_past_phones`) where the stretch followed is periodic as a vowel is and does not
jump in level as impacts do: the line's own rest, which the phone model gave to the pause.  A honk, a coo or a
croak is periodic as a vowel is too (0.5-0.9 on median).  What such a sound does not do is carry the line's pitch on.
At a line's end the voice falls (declination: the prompt voices of the real talks fall to 0.6-0.7 of their median on
their last syllable) and each frame's pitch lies within a few per cent of the last; the tracker
(:func:`.another_voice.pitch_track`) on a goose's honks over a line's end reads 116-485 Hz in turn.

Measured (j236) on ``benchmarks/rule_trace.py``'s record of the thirty-first set (``iy_*``, English, seen): of the
five ends carried more than :data:`.carried_ends.LAST_SOUND_RUN` past the phone pass's end, all five ended 207-717 ms
late, and three of them passed ``voice_followed`` -- two at confidence 0.98-1.00 ("Is on the phone." +318 ms,
carried onto geese; "Press 1 to switch to record mode ..." +717 ms, carried along a sound at 1.6 times the prompt
voice's pitch).  Over the 18 right ends carried 0.1-0.3 s along the line's rest there, the stretch's pitch stood at
0.31-1.02 of the line's median (0.59-0.73 on most) -- never over it by more than a semitone.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .another_voice import median_pitch, pitch_track

#: A pitch step (octaves) between two voiced 10 ms frames further than this is a jump: a voice glides by a few per
#: cent a frame (a tenth of an octave is 7 %).  A step within this of a whole octave is the tracker's slip to twice
#: or half the period, which it makes on a voice too (a voice's pitch read at half on a creaky frame), not a jump.
JUMP = 0.1
#: A stretch whose voiced frame pairs jump this often or more carries no one voice's pitch.
JUMPY_SHARE = 0.25
#: ... read over at least this many voiced frames (a share of two or three pairs is one frame's chance).
MIN_VOICED = 6
#: A stretch whose median pitch stands this many times over the line's own is no line's end falling away.
ABOVE_OWN = 1.4


def jump_share(f0: np.ndarray) -> Optional[float]:
    """The share of consecutive voiced frames of ``f0`` (Hz, NaN: unvoiced) whose pitch steps more than JUMP octaves,
    an octave slip not counted; None with fewer than MIN_VOICED voiced frames."""
    voiced = f0[np.isfinite(f0)]
    if len(voiced) < MIN_VOICED:
        return None
    step = np.abs(np.log2(voiced[1:] / voiced[:-1]))
    step = np.minimum(step, np.abs(step - 1.0))  # an octave slip is the tracker's, not a jump
    return float(np.mean(step > JUMP))


def pitch_carried_on(audio: Audio, start: float, phone_end: float, end: float) -> bool:
    """Whether the pitch of [``phone_end``, ``end``] (where the phone pass ended the line begun at ``start``, and
    where its end now lies) is the line's voice going on: it does not jump on JUMPY_SHARE of its voiced frame pairs
    or more, and its median does not stand ABOVE_OWN times over the line's own (:func:`.another_voice.median_pitch`
    of [``start``, ``phone_end``]).  True where too little of either is voiced to read."""
    _, f0 = pitch_track(audio.samples, audio.sample_rate, phone_end, end)
    share = jump_share(f0)
    if share is None:
        return True
    if share >= JUMPY_SHARE:
        return False
    own = median_pitch(audio, start, phone_end)
    return own is None or float(np.nanmedian(f0)) < ABOVE_OWN * own
