"""A thing struck in the pause after a line -- a typewriter's key slam, a dropped object -- is no release of the
line's last stop: the rules that take sound coming back after a dip for the word's own do not follow it.

After a line's last word the voice goes quiet; a stop's release or a final hiss after a closure comes back within
:data:`.boundaries.CLOSURE_MAX` and is the word's own, and :func:`.boundaries._past_closure` and
:func:`.quiet_last_sounds.quiet_last_sound_end` carry the end over it.  A typewriter at the back of the hall
(``ky_real_typewriter_plain_wtv``, 19-21 dB under the voice, 4.5-6 keys a second) strikes a key 0.13-0.16 s after
"... your patience." and "... with a representative.": one frame that rises 16-22 dB over the dip in every octave at
once, the platen's thud under 500 Hz with the type bar's crack over 1 kHz; both ends were carried onto it,
+10 -> +212 and -15 -> +170 ms.  Typing is no train at a steady rate (:mod:`.impact_trains` reads none: the keys
come 0.1-0.4 s apart) and one slam is no flutter (:mod:`.pulsed_sound`).

What tells the slam from the word's release is where its sound lies.  A stop's burst, an affricate's or a
fricative's hiss is air through a narrowing: noise over 1 kHz, little under 500 Hz (an 8 kHz "message"'s /dZ/ after
its closure: 14 dB over the dip in 2-4 kHz, 1 dB in the lowest octave).  The slams' onset frames stand 26-31 dB over
the dip in every octave, and 3.6-6 dB louder in the lowest (100-500 Hz) than in 2-4 kHz.  Voicing after a dip comes
as a vowel (:func:`.voice_edges.a_vowel`, read apart) and rises over frames, not at once.  A thing struck thuds
low and cracks high in the same 10 ms frame, at its onset.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import octave_levels

#: Both the lowest octave (100-500 Hz, :data:`.after_end.OCTAVES`) and the octaves over 1 kHz rise at least this much
#: (dB) over the dip before the sound, in the same frame: the key slams 16-22 dB in both; an 8 kHz /dZ/'s release
#: 3 dB in the lowest octave.
RISE_DB = 12.0
#: ... within this long (s) of the sound's first frame: an impact is loudest at its onset.
ONSET = 2 * HOP
#: The dip's level is read over at most this long (s) before the sound (its median: a closure's quiet), and the pause's
#: over as long from AFTER_GAP (s) after the sound's end (past a slam's ringing thud).
DIP_LOOK = 0.1
AFTER_GAP = 0.05
#: The dip is a pause, the line's sound stopped, only where it stands no more than this (dB) over the pause after the
#: sound in every octave: the slams' dips 0.5-1.5 dB; a key slam landing on "... forwards."'s /dz/
#: (``ky_real_sheep_typewriter_dashes``, an 8 kHz prompt) has the word's hiss 19.5 dB over the pause in 2-4 kHz under
#: it, and there the slam is no evidence that the word had ended (read as the release, as before: -18 ms).
DIP_OVER_PAUSE_DB = 6.0


def struck(audio: Audio, dip_start: float, a: float, b: float) -> bool:
    """Whether the sound [a, b] that comes back after a dip (from ``dip_start``, where the line's sound stopped) opens
    with a thing struck, in a pause (the dip no more than DIP_OVER_PAUSE_DB over the pause after the sound in any
    octave): a frame within ONSET of ``a`` standing RISE_DB over the dip's median both in the lowest octave
    and in an octave over 1 kHz, and no quieter in the lowest octave than in those (the thud as loud as the crack:
    the slams 3.6-6 dB louder under 500 Hz than in 2-4 kHz; a burst of noise as flat as white noise, 7 dB quieter
    there for the octave's narrower band, and a stop's release or a hiss quieter still)."""
    lo = max(dip_start, a - DIP_LOOK)
    if a - lo < HOP or b <= a:
        return False
    levels = octave_levels(audio, lo, b + AFTER_GAP + DIP_LOOK)
    dip = levels.db[:, levels.frames(lo, a - HOP / 2)]
    onset = levels.db[:, levels.frames(a - HOP / 2, min(b, a + ONSET) + HOP / 2)]
    pause = levels.db[:, levels.frames(b + AFTER_GAP, b + AFTER_GAP + DIP_LOOK)]
    if not dip.shape[1] or not onset.shape[1]:
        return False
    quiet = np.median(dip, axis=1)
    if pause.shape[1] and float((quiet - np.median(pause, axis=1)).max()) > DIP_OVER_PAUSE_DB:
        return False  # the line still sounds under the dip in an octave: the slam may land on its last sound
    rise = onset - quiet[:, None]
    crack = onset[2:4].max(axis=0)  # 1-2 or 2-4 kHz: heard through an 8 kHz telephone band too
    thud = (rise[0] >= RISE_DB) & (onset[0] >= crack)
    return bool((thud & (rise[2:4] >= RISE_DB).any(axis=0)).any())


#: The sound that came back after the dip rises at least this much (dB) over the dip in the octave it rose most in;
#: a sound struck again after it rises as much from one 10 ms frame to the next there (a drummer's hi-hat next door:
#: 13-24 dB) ...
AGAIN_RISE_DB = 8.0
#: The sound that came back is struck, not swelling, where it rose at least this share of its rise over the dip in
#: the two frames before its loudest (an octave's 20 ms window straddles a stroke's onset: the hi-hats 95-100 %; a
#: final /s/ swelling over five frames 54 %).
STRUCK_SHARE = 2 / 3
#: ... to within this much (dB) under that one's loudest there (the strokes 2-6 dB apart) ...
AGAIN_WITHIN_DB = 10.0
#: ... and no more than this over it: a louder thing after it is another thing (a skateboard's joint, 8 dB over
#: the last syllable of a slow flite voice that came back after a dip, ``ny_flite_skateboard_plain``) ...
AGAIN_LOUDER_DB = 3.0
#: ... within this long (s) after it: a beat at 100 beats a minute or faster, the next stroke 0.26-0.28 s on ...
AGAIN_LOOK = 0.6
#: ... and this long (s) before the next line's start as placed: a start put late has that line's first burst
#: before it.
AGAIN_CLEAR = 0.1


def struck_again(audio: Audio, dip_start: float, a: float, b: float, until: float) -> bool:
    """Whether the sound [a, b] that comes back after a dip (from ``dip_start``) is a thing struck and struck again
    after it, before ``until`` (the next line's start as placed): in the octave it rose most in over the dip, it
    rises :data:`AGAIN_RISE_DB` over the dip at least, :data:`STRUCK_SHARE` of that in the two frames before its
    loudest (struck, not a hiss swelling over frames), and a frame within :data:`AGAIN_LOOK` s after ``b`` (and
    :data:`AGAIN_CLEAR` s before ``until``) rises as much over the frame before it, to between
    :data:`AGAIN_WITHIN_DB` under and :data:`AGAIN_LOUDER_DB` over the sound's loudest there.  A word's last stop is released once, and the pause after it is quiet; a drummer's strokes come again and
    again, each one frame out of the pause at much the same strength.  Read as the release of "... recipient.",
    "... hold.", "... representative." and "... options.", a hi-hat 0.1-0.2 s after each (``ny_real_drums_vtt_mp4``,
    ``ny_real_long_mix_mkv``, the next stroke 0.26-0.28 s later in the same 4-7 kHz octave) carried those ends
    +2..+133 -> +209..+318 ms.  A final /s/ swells into its octave over frames (2-5 dB a frame: "... conference."
    before a hi-hat, ``ny_real_drums_page``) and is still followed."""
    stop = min(b + AGAIN_LOOK, until - AGAIN_CLEAR)
    lo = max(dip_start, a - DIP_LOOK)
    if a - lo < HOP or b <= a or stop <= b + HOP:
        return False
    levels = octave_levels(audio, lo, stop)
    dip = levels.db[:, levels.frames(lo, a - HOP / 2)]
    onset = levels.db[:, levels.frames(a - HOP / 2, min(b, a + ONSET) + HOP / 2)]
    if not dip.shape[1] or not onset.shape[1]:
        return False
    quiet = np.median(dip, axis=1)
    k = int(np.argmax(onset.max(axis=1) - quiet))
    sound = levels.db[k, levels.frames(a - 5 * HOP / 2, b)]  # from two frames before it
    top = int(np.argmax(sound))
    rise = float(sound[top] - quiet[k])
    if not top or rise < AGAIN_RISE_DB or sound[top] - sound[max(0, top - 2)] < STRUCK_SHARE * rise:
        return False  # swells into its loudest: a hiss, not a thing struck
    later = levels.db[k, levels.frames(b - HOP, stop)]
    steps = np.diff(later)
    return bool(np.any((steps >= AGAIN_RISE_DB) & (later[1:] >= sound[top] - AGAIN_WITHIN_DB)
                       & (later[1:] <= sound[top] + AGAIN_LOUDER_DB)))
