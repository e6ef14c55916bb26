"""A line's end left in a short dip inside its last word goes on to where the word's last syllable ends: the line's
own voice comes back after the dip, at the pitch it left off at, and then falls quiet.

Why this exists (issue 7, the thirty-sixth aside set's ``oy_real_long_mix_3gp``): "Press 8 to forward the message to
another user." (an 8 kHz telephone prompt, a woodpecker drumming under it) -- the phone pass fitted all of "user"
(/y uw z er/) into its first 320 ms and ended the line in the /z/, which the prompt's voice let go voiceless for 60 ms;
after it the voice came back at the very pitch it had left off at (216 Hz), its fundamental 41-48 dB over its floor,
and glided down to 131 Hz over the falling "-er" for 300 ms more.  The end stayed 401 ms early: :func:`.boundaries.
extend_to_sound` follows only sound that runs on unbroken from the end (or a release after a closure, never a vowel:
:func:`.boundaries._past_closure`), and the last-sound rules follow a fading tail, not a syllable.

What tells the line's own syllable from the next voice's is the pitch: a voice takes up, after a consonant's dip, the
pitch it left off at; another voice -- or the same speaker's next sentence after a breath -- starts where its own
contour starts.  So the end goes on only where the line's voice stood whole up to the end (its fundamental
:data:`.thin_voices.OWN_DB` over its floor within :data:`CUT` s of it, and at the line's own strength there,
:data:`CUT_UNDER_LINE_DB`: the end cut the voice off, it did not find it fading), the dip lasts no longer than a
consonant (:data:`DIP`), the voice comes back whole at that pitch (:func:`.thin_voices.at_pitch`) in every frame but
one for :data:`BACK` s, that pitch is one the line speaks at (:data:`RANGE`) and no machine's in the pause before it,
and the sound then falls under the edge rules' margin well before the next line (:data:`PAUSE`), within a syllable's
length (:data:`SYLLABLE`) of the end.  Replayed on every English set's outputs (``aside21`` .. ``aside36``) it moves
five ends, all early by 150-660 ms, and no other; on the thirty-seventh set it also carried a right end into a hum
at the voice's pitch, 25 dB under it, until the cut's strength was asked.

English lines (:func:`.engine._refine`, after the rules that move ends back off others' sound), not where a
loudspeaker's copy carries the voice a delay later (its copy comes back at the voice's pitch too).
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .boundaries import heard_lines, with_end
from .placement import Placed
from .thin_voices import OWN_DB, _background_pitch, at_pitch, fundamental_over_floor
from .voice_edges import HOP

log = logging.getLogger(__name__)

#: The line's voice stood whole this close (s) to the end, and no further past it: the end cut the voice off, where
#: a fading voice's end lies past its last whole frame already (a vowel's fundamental sinks through OWN_DB 10-30 ms
#: before its sound does) and a voice running on whole past it is the rules' before this (a room's mode ringing on
#: at the voice's pitch, ``tx_real_modes_dashes``).  A stray whole frame inside the dip, bridged to the voice before
#: it (:data:`SLIP`), lies 30 ms past the end ("user.").
CUT = 0.05
#: A dip inside a word lasts no longer (s) than a consonant's: a devoiced /z/ or /v/ (the prompt's "user": 60 ms), a
#: stop's closure (40-120 ms); a breath between two sentences lasts 200 ms and more.
DIP = 0.12
#: The voice, back at its pitch, stands whole for this long (s) at least, every frame but one: a syllable's vowel, not
#: a frame or two of another voice's contour crossing that pitch, nor a machine's pitch read in two frames of five
#: (a sewing machine's motor at the voice's 137 Hz past "... your call.", ``iy_real_sewing_plain_mov``: +379 ms).
BACK = 0.06
#: A run of the voice heard whole goes on over this many frames that fail (the pitch tracker's slips, a stray
#: whole frame inside a dip joined to the voice before it); a dip is longer.
SLIP = 3
#: The pitch at the cut lies within this many octaves of the line's median pitch: a falling last syllable starts
#: within half an octave or so of it ("user." at 216 Hz, "calling." at 140, the lines' medians 200-208 Hz); a mains
#: hum or a drum's ring at 50 Hz under a 200 Hz voice lies two octaves down.
RANGE = 1.0
#: A last syllable ends within this long (s) of the dip's start: "-er" drawn out and falling, 400 ms.
SYLLABLE = 0.5
#: The sound after the syllable falls quiet this long (s) at least before the next line starts: a pause between lines,
#: where the same speaker's next sentence, placed late, would run straight on.
PAUSE = 0.15
#: Past the syllable's last whole frame its sound fades under the margin within this long (s), or the end goes to
#: that frame: a background above the margin (a choir, a fan) would otherwise carry it.
TAIL = 0.15
#: The voice the end cut off stood within this many dB of the line's own (the median fundamental over its floor of the
#: line's whole frames) in its last whole frames: a consonant cuts a voice at strength -- the five ends this rule
#: mends on aside21 .. aside36 were cut 2-10 dB under their lines' medians -- where a voice that faded out on its own
#: leaves whatever stands at its pitch under it: someone humming beside the microphone, a note at 145 Hz 25 dB under
#: a 200 Hz voice (``py_real_humming_vtt_avi``, +182 ms), is no voice cut off.
CUT_UNDER_LINE_DB = 15.0


def resumed_end(audio: Audio, env: Envelope, start: float, end: float, limit: float) -> Optional[float]:
    """Where the line [start, end] ends when its voice, cut off at ``end``, comes back after a short dip at the pitch
    it left off at and then falls quiet before ``limit`` (the next line's start less :data:`PAUSE`); None otherwise."""
    reach = min(limit, end + SYLLABLE)
    if reach - end < DIP + BACK:
        return None
    threshold = env.threshold(start, end)
    a, b = env.frame(end), env.frame(reach)
    if np.count_nonzero(env.db[a:b] >= threshold) * HOP < BACK:
        return None  # no sound after the end to come back to
    centres, f0, over = fundamental_over_floor(audio, max(start, end - 0.2), reach)
    runs = _runs(np.flatnonzero(~np.isnan(over) & (over >= OWN_DB)))
    cut = next((k for k, r in enumerate(runs) if centres[r[0]] <= end <= centres[r[-1]] + CUT), None)
    if cut is None or centres[runs[cut][-1]] > end + CUT:
        return None  # the voice was not whole up to the end (the end found it fading), or it runs on past it
    left = runs[cut]
    n = int(round(BACK / HOP))
    run = next((r for r in runs[cut + 1:] if np.count_nonzero(r < r[0] + n) >= n - 1), None)
    if run is None or centres[run[0]] - centres[left[-1]] > DIP:
        return None  # no voice back within a consonant's dip (a stray frame or two inside the dip is no syllable)
    pitch = float(np.median(f0[left[-3:]]))
    if not at_pitch(f0[run[:1]], pitch)[0]:
        return None  # back at another pitch: another voice's, or the next sentence's contour
    if not _own_voice(audio, start, end, pitch, float(np.median(over[left[-3:]]))):
        return None  # the "voice" at the cut is not the line's: another pitch, far under it, or the pause's
    last = float(centres[run[-1]])
    fa, fb = env.frame(last), env.frame(min(reach, last + TAIL))
    quiet = np.flatnonzero(env.db[fa:fb] < threshold)
    if fb >= env.frame(reach) and not len(quiet):
        return None  # never falls quiet before the next line: the voice runs on into it
    return (fa + int(quiet[0])) * HOP if len(quiet) else last + HOP / 2


def _own_voice(audio: Audio, start: float, end: float, pitch: float, level: float) -> bool:
    """Whether the voice the end cut off -- at ``pitch`` (Hz), its fundamental ``level`` dB over its floor -- is the
    line's own: within :data:`RANGE` octaves of the median pitch of the line's [start, end] frames heard whole and
    within :data:`CUT_UNDER_LINE_DB` of their median level, and the pause before the line not periodic at it
    (:func:`.thin_voices._background_pitch`, a machine's).  A mains hum at 50 Hz past "... your patience." (+167,
    ``ny_real_long_mix_mkv``), a drum's ring gliding down to 50 Hz past "... been removed." (+213,
    ``ny_real_drums_page``), someone humming on the voice's pitch 25 dB under it (+182, ``py_real_humming_vtt_avi``)."""
    _, f0, over = fundamental_over_floor(audio, start, end)
    whole = ~np.isnan(over) & (over >= OWN_DB)
    if not np.any(whole) or abs(np.log2(pitch / float(np.median(f0[whole])))) > RANGE:
        return False
    if level < float(np.median(over[whole])) - CUT_UNDER_LINE_DB:
        return False
    return not _background_pitch(audio, start, pitch)


def _runs(frames: np.ndarray) -> list[np.ndarray]:
    """The frame indices split into runs, a slip of up to :data:`SLIP` frames in the pitch tracker bridged."""
    if not len(frames):
        return []
    return np.split(frames, np.flatnonzero(np.diff(frames) > SLIP + 1) + 1)


def follow_resumed_voice(items: list[Placed], audio: Audio, env: Envelope, t1: float) -> int:
    """Each timed, heard line's end carried past a short dip inside its last word to where the line's voice, back at
    its pitch, falls quiet (:func:`resumed_end`), its last word with it; never within :data:`PAUSE` of the next line
    (or of ``t1``, the stretch's end).  Returns how many ends moved."""
    moved = 0
    starts = [it.segment.start if it.segment.timed else None for it in items]
    index = {id(it): k for k, it in enumerate(items)}
    for item, _ in heard_lines(items):
        s = item.segment
        limit = next((t for t in starts[index[id(item)] + 1:] if t is not None), t1) - PAUSE
        end = resumed_end(audio, env, s.start, s.end, limit)
        if end is not None and end > s.end + HOP:
            log.debug("resumed_voice %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved
