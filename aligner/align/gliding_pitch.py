"""Whether sound is at a line's own pitch (:func:`at_own_pitch`): the one reading of "is this the line's voice going on,
or another sound?" by pitch, asked by two rules with their own bars (j248 folded their two copies into it).

A voiced sound standing well over the line's own pitch at its end -- a bird, a second voice in the mix -- is not the
line's voice (:func:`.carried_ends.voice_followed`, bars :data:`ABOVE_OWN`, :data:`OWN_SHARE`, :data:`MIN_VOICED`,
j236), and the voice's murmur under a cricket's chirps or a drill's thuds is voiced at its own pitch
(:func:`.foreign_sounds.own_end`, bars :data:`.foreign_sounds.VOICE_PITCH` and :data:`.foreign_sounds.VOICE_ON`, j239).
What follows is the first rule's measurement.

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

#: A stretch whose voiced frames stand this many times over the line's own pitch (half of them at least) is no line's
#: end falling away (nearly six semitones; right ends' rests stand at most 1.02 times it, the +717 ms end's sound 1.59).
ABOVE_OWN = 1.4
#: ... where at least this share of its voiced frames stand under it (its median does).
OWN_SHARE = 0.5
#: The stretch's pitch is read over at least this many voiced 10 ms frames.
MIN_VOICED = 6


def at_own_pitch(audio: Audio, t0: float, t1: float, pitch: float, *, within: tuple[float, float], share: float,
                 of_voiced: bool = False, fewest_voiced: int = 0) -> bool:
    """Whether the sound in [t0, t1] is at a line's own pitch ``pitch`` (Hz, its median): at least ``share`` of its
    10 ms frames (:func:`.another_voice.pitch_track`) voiced between ``within[0]`` and ``within[1]`` times ``pitch``.

    ``of_voiced``: the share is of the voiced frames only -- unvoiced sound (a hiss, a release) says nothing of another
    voice -- else of all frames: a stretch that is not voiced is not the voice sounding on.  Where fewer than
    ``fewest_voiced`` frames are voiced there is too little to read, and the answer is yes; a stretch with no frame
    at all is not at the pitch."""
    from .another_voice import pitch_track  # another_voice reads the placed lines (boundaries): imported here

    _, f0 = pitch_track(audio.samples, audio.sample_rate, max(0.0, t0), min(audio.duration, t1))
    voiced = np.isfinite(f0)
    if int(voiced.sum()) < fewest_voiced:
        return True
    frames = f0[voiced] if of_voiced else f0
    if not len(frames):
        return False
    at = np.isfinite(frames) & (frames >= within[0] * pitch) & (frames <= within[1] * pitch)
    return float(at.mean()) >= share
