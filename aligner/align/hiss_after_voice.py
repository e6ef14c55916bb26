"""A hiss that goes on after a line's voice stopped -- someone spraying deodorant beside the microphone -- is no rest
of a last word voiced to its end: an end carried along it to where it stops goes back to where the voice stopped.

Why this exists (issue 7, forty-sixth round; the thirty-ninth aside set's look, ``ry_real_aerosol_plain_mkv``): a
spray can hissing 14-18 dB under the voice (2-8 kHz, nothing under 1 kHz) through the end of "You have an incoming
call." and on for 0.45 s after it.  The phone pass ended the line 44 ms early; :func:`.boundaries.extend_to_sound`
(whole-band sound over its bar, unbroken) and :func:`.boundaries.follow_last_sounds` followed the hiss to where the
spray stopped: +456 ms (flagged, as :mod:`.carried_ends` reads such a carry).

A word's rest after the phone model's last phone is a fading vowel, a nasal, a liquid -- or, where the word ends in
a stop or a fricative, its release or its hiss.  A word whose last sound is voiced to its end (:func:`.low_thuds.
ends_in_voice`: "call", "menu", "active") has no voiceless rest: once its voice stopped -- the lowest octave (100-500
Hz), where every voiced sound stands, sank to the pause's own level -- nothing after it is the word's.  So where an
end was carried at least :data:`CARRIED_MIN` past that point (longer than a breathy vowel's offset or a stop's
closure) along sound standing :data:`OVER_PAUSE_DB` or more over the pause in the whole band (something else was
followed: the hiss, the swish of a wiper), the end goes back to where the lowest octave sank.  Sound at the pause's
own level carried over is left alone: there the rules placed the end by other evidence (a voice going on under a
cello, the octave it lives in), and the lows' level says nothing.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import octave_levels, pause_noise
from .low_thuds import PAUSE_LOOK, PAUSE_MIN, SANK_DB, ends_in_voice, last_word_start, move_ends
from .placement import Placed

#: The end was carried at least this far (s) past where the lowest octave sank: longer than a breathy vowel's offset
#: or a stop's closure (the spray's 0.45 s, teaspoon clinks after "... representative." 0.15 s).
CARRIED_MIN = 0.12
#: The sound the end was carried along stands this far (dB, median over the stretch) over the pause in the whole
#: band: the spray's 31 dB; a voice going on under a cello, carried rightly, 1 dB.
OVER_PAUSE_DB = 10.0


def end_before_hisses(items: list[Placed], audio: Audio, limit: float, language: str = "en") -> int:
    """Each end the phone pass placed (``Placed.phone_end``) of a line whose last word is voiced to its end, carried
    along a hiss that went on after the voice stopped, back to where the voice stopped (:func:`end_before_hiss`; the
    pause read up to the next line's start, or ``limit``).  After every rule that carries an end on, as
    :func:`.low_thuds.end_before_thuds`.  Returns how many ends moved."""
    return move_ends(items, limit, "end_before_hisses", lambda item, after: end_before_hiss(
        audio, item.segment.text, item.segment.start, item.segment.end, last_word_start(item.segment), after,
        language))


def end_before_hiss(audio: Audio, text: str, start: float, end: float, last_word_start: Optional[float],
                    after: float, language: str = "en") -> Optional[float]:
    """Where the line ``text`` spanning [``start``, ``end``] stops when its last word is voiced to its end and the
    end was carried along sound with nothing in the lowest octave after its voice stopped (see the module
    docstring), or None.  ``last_word_start``: where the last word was placed to begin (None: nothing moves);
    ``after``: the start of what follows the line (the pause's level is read up to it)."""
    if last_word_start is None or after - end < PAUSE_MIN or not ends_in_voice(text, language):
        return None
    levels = octave_levels(audio, max(start, last_word_start), min(after, end + PAUSE_LOOK))
    pause = levels.frames(end, after)
    if pause.stop - pause.start < int(round(PAUSE_MIN / HOP)):
        return None
    low = levels.db[0]
    sounding = low >= pause_noise(low[pause])[0] + SANK_DB
    sounding[1:-1] &= sounding[:-2] | sounding[2:]  # one frame of the noise's flicker is no sound
    e = min(levels.column(end), levels.frames_held)
    sank = e
    while sank > 0 and not sounding[sank - 1]:
        sank -= 1
    if sank == 0 or (e - sank) * HOP < CARRIED_MIN - 1e-9:
        return None
    whole = 10.0 * np.log10(np.sum(10.0 ** (levels.db / 10.0), axis=0))
    if np.median(whole[sank:e]) < pause_noise(whole[pause])[0] + OVER_PAUSE_DB:
        return None
    new_end = (sank + levels.first) * HOP
    return new_end if start < new_end < end - HOP / 2 else None
