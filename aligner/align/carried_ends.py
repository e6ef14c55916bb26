"""Evidence for the review queue from the phone pass's own end: a line's end carried on past it further than a
word's last sound lasts.

The phone pass ends a line where its last word's phones end.  Under a background,
or on a drawn-out last vowel, it may leave the word's weak rest -- a fading vowel, a
nasal, a final /s/ -- to the pause, and the rules that come after it follow that
sound on (:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`): a correction,
and mostly a right one.  But that rest is short.  A last sound goes on 100-300 ms
past the phone the model ends its word with (:mod:`.last_sound`, measured under
hold music, a murmur and babble; a drawn-out "sooner" 0.23 s, ``extend_to_sound``).
Sound that those rules followed for longer than that is not the word's rest: it is
a room's tail or the background going on at the voice's level -- a speaker who
walked away from the microphone, a dark room -- and the end was carried down it.
Every word fits, a quiet pause follows where the end now lies, and nothing else
doubts it.

Measured (benchmarks/README.md, j97) on ``why_off.py``'s record of where the phone pass
ended each line.  Of the ends carried more than 0.15 s past it, most were right (63 of 98
within 100 ms on the half the rule was read on: ``sx_*``, ``rd53_*`` ``rd38_*`` ``rd6_*``
``rd8_*`` ``rd50_*``); of those carried more than LAST_SOUND_RUN, 6 of 14 were more than
200 ms late there (the four right ones carried 0.30-0.32 s), and 5 of 5 on the half it
was checked on untouched (``wx_*``, ``trap_*``, ``rd32_*``, ``rd13_*``).  Only ends: the
rules that follow a sound on carry ends, not starts.  English only: that is where it
was measured (other languages' ends are carried by :mod:`.faded_tails` too).

What was followed tells the two apart where the audio is at hand: a room's tail,
a background, a radio's burst or a horn carry no voice, while a word's rest the
phone model misjudged is voice: periodic as a vowel or a nasal is.  A cassette
played without its Dolby B decoder lifts every quiet sound's highs by up to 10 dB;
on ``rx_real_dolby_srt`` the phone pass ended
two lines on "message" 0.32-0.33 s early (``benchmarks/rule_trace.py``), the rules
after it followed the rest of the word on to the right end (within 6 ms), and the
stretch followed was periodic at 0.54-0.58 on median.  The ends carried late down a
two-way radio's bursts on ``tx_real_long_mix_wmv`` (+292 to +435 ms) lie on sound
periodic at 0.15-0.18 from their true end on.  So a carried stretch voiced as a
vowel is (median periodicity at least :data:`.voice_edges.VOWEL`, the measure
:mod:`.late_ends` reads tails with) is the line's own rest, and the end is not
doubted (j171).

Periodic is not voiced where the sound comes in impacts.  A road drill outside a
window (20-24 impacts a second, each ringing) reads periodic at 0.50-0.65 on median,
as a vowel does, and on ``bx_real_drill_srt`` the rules after the phone pass carried
"They have been carried away by monkeys." 0.68 s on from the phone pass's end (right,
within 1 ms) into the drill's burst: +679 ms, reported at 0.88.  What no voice does is
what a creak's clicks do (:mod:`.creaking_ends`): the level jumps from one 10 ms frame
to the next as each impact comes and goes -- 7.4-8.5 dB on median over the drill
alone, 1.3-2.0 over the line's voice with or without the drill under it.  So the
stretch followed is the line's voice only where it does not jump as impacts do
(:func:`.pulsed_sound.jumps_as_impacts`: at least 4 dB a frame on median, and twice
the line's own, the bar that tells a creak from a voice).  With the second alone,
the Dolby talk's "Or 9 to save this message." (its rest, a closure and the /zh/
after it, 2.1 dB against the prompt's smooth 1.0) was doubted though right (j178).

A carry shorter than LAST_SOUND_RUN is doubted too where it crossed a pause: where the stretch followed holds a
quiet at the pause's own noise longer than a stop's closure (:func:`end_carried_over_a_pause`), the sound it ends on
is a separate one -- a tap's drip, a ball's bounce -- not the word's release or hiss (j221).

And a carry shorter than LAST_SOUND_RUN is doubted where what it followed comes in impacts
(:func:`end_carried_onto_impacts`): a word's rest glides, or dips once for a closure, however long it is, while a
snore's flutter on each in-breath, a frog's croak (a train of pulses) or a radio's bursts jump 7-17 dB from one 10 ms
frame to the next.  Measured (j232) on ``why_off.py``'s record of the thirtieth aside set (``hy_*``, seen): of the 49
ends carried more than 0.1 s past the phone pass's end, the 11 carried along sound that jumps as impacts do
(:func:`.pulsed_sound.jumps_as_impacts` against the line's own frames) all ended late, 9 of them 125-272 ms (a snore
+184 and +244 ms, croaks and a radio's bursts on the long talk) and two +99/+100 ms; 7 were carried less than
LAST_SOUND_RUN, 4 of them with nothing else doubting them (the snore's two, +229 and +100 ms on the long talk); none of
the 38 others jumps so (the nearest, a right end +42 ms carried over croaks, 3.9 dB a frame).

A carry shorter than LAST_SOUND_RUN past the phone pass's end is doubted too where, with the phone pass's own move of
the last word, it takes the end more than LAST_SOUND_RUN past where Whisper heard that word end
(:func:`end_carried_past_hearing`): two readers of the line's sound, one by words and one by phones, ended it early
and the rules after them carried it further than a last sound runs past either.  Whisper's word ends run early on
real speech and the phone pass rightly moves them out, but by the word's own rest; what both left and the rules then
followed on is a background at the voice's level (a drummer's groove, a dryer, a trumpet).  Measured (j270) on
``why_off.py``'s records of five aside sets (``iy_*`` .. ``ny_*``, seen): of the 20 ends carried more than
LONGEST_CLOSURE past the phone pass's end and more than LAST_SOUND_RUN past Whisper's, 19 ended more than 100 ms off
(16 more than 200 ms), 4 of them unflagged at confidence 0.98-1.00 (+209, +318, +338 and +717 ms); the one right
end among them (+1 ms) was doubted already.  The margin is thin below it: right ends carried 0.27-0.29 s past
Whisper's end (+6 to +20 ms off, and one +89) were not counted.  Read on every English set, that alone newly doubted
right ends too (``ny_real_trumpet_dashes`` +5 ms, carried 0.2 s past the phone pass after Whisper's second listen
ended it 0.3 s early; two on ``tx_*``, one on ``jx_*``): the rules had followed the line's own rest.  So, as for a
carry past LAST_SOUND_RUN, the stretch followed must not be the line's voice (:func:`voice_followed`): of the 20, the
trumpet line's and the right +1 ms end's stretches are voice, and so are four far-off ends' (three doubted already,
one, ``iy_real_geese_vtt_vob`` +318 ms at 1.00, left unflagged).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope, true_runs
from .fading_ends import NOISE_TOP
from .another_voice import median_pitch
from .confidence import per_spoken_word
from .gliding_pitch import ABOVE_OWN, MIN_VOICED, OWN_SHARE, at_own_pitch
from .matching import HEARD_AS_WRITTEN
from .placement import Placed
from .pulsed_sound import jumps_as_impacts
from .quiet_last_sounds import OVER_NOISE_DB, quiet_frames
from .review_evidence import pause_levels_after
from .voice_edges import VOWEL, periodicity

#: How far (s) a word's last sound runs on past the phone the model ends it with: 100-300 ms (:mod:`.last_sound`).
LAST_SOUND_RUN = 0.3
#: The longest quiet (s) inside a word's end that is still its own: a final stop's closure before its release, or
#: the dip before a final hiss, lasts 50-100 ms in read English; quieter for longer, the voice had stopped.
LONGEST_CLOSURE = 0.1


def end_carried_past_phones(item: Placed, audio: Optional[Audio] = None, env: Optional[Envelope] = None) -> bool:
    """Whether the segment's end lies more than LAST_SOUND_RUN after where the phone pass ended it
    (``item.phone_end``; None: the phone pass did not place it, and nothing is said) along sound that is not the
    voice: with ``audio``, the stretch followed is not voiced as a vowel is, or comes in impacts
    (:func:`voice_followed`; ``env``: the recording's envelope, made from ``audio`` when not given)."""
    s = item.segment
    if item.phone_end is None or not s.timed or s.end - item.phone_end <= LAST_SOUND_RUN:
        return False
    if audio is None:
        return True
    return not voice_followed(audio, env if env is not None else Envelope(audio), s.start, item.phone_end, s.end)


def voice_followed(audio: Audio, env: Envelope, start: float, phone_end: float, end: float) -> bool:
    """Whether the stretch an end was carried along, from where the phone pass ended the line (begun at ``start``)
    to ``end``, is the line's own voice going on: voiced as a vowel is (median periodicity at least
    :data:`.voice_edges.VOWEL`) and gliding as the line does, not jumping frame to frame as impacts do
    (:func:`.pulsed_sound.jumps_as_impacts` of its :func:`.pulsed_sound.jitter` against the line's), and not
    standing well over the line's own pitch, as another voiced sound may (:func:`pitch_carried_on`: a bird, a second
    voice in the mix; j236)."""
    periodic = periodicity(audio, phone_end, end)
    if not len(periodic) or float(np.median(periodic)) < VOWEL:
        return False
    if jumps_as_impacts(env, phone_end, end, own=(start, phone_end)):
        return False
    return pitch_carried_on(audio, start, phone_end, end)


def pitch_carried_on(audio: Audio, start: float, phone_end: float, end: float) -> bool:
    """Whether the pitch of [``phone_end``, ``end``] (where the phone pass ended the line begun at ``start``, and
    where its end now lies) may be the line's voice going on: at least :data:`.gliding_pitch.OWN_SHARE` of its voiced
    frames under :data:`.gliding_pitch.ABOVE_OWN` times the line's own pitch (:func:`.another_voice.median_pitch` of
    [``start``, ``phone_end``]; :func:`.gliding_pitch.at_own_pitch`).  True where too little of either is voiced to
    read (fewer than :data:`.gliding_pitch.MIN_VOICED` frames after the phone pass's end)."""
    own = median_pitch(audio, start, phone_end)
    return own is None or at_own_pitch(audio, phone_end, end, own, within=(0.0, ABOVE_OWN), share=OWN_SHARE,
                                       of_voiced=True, fewest_voiced=MIN_VOICED)


def end_carried_over_a_pause(item: Placed, env: Envelope, hi: float) -> bool:
    """Whether the segment's end was carried on from where the phone pass ended it (``item.phone_end``; None: nothing
    is said) across a quiet longer than a stop's closure (:data:`LONGEST_CLOSURE`) onto sound after it: the carried
    stretch holds frames at the pause's own noise -- no more than :data:`.quiet_last_sounds.OVER_NOISE_DB` over the
    top of the pause after the end (:func:`.quiet_last_sounds.quiet_frames`, read as
    :func:`.quiet_last_sounds.quiet_last_sound_end` reads it; ``hi``: where the next line starts) -- for that long,
    with sound after them.

    The rules after the phone pass follow a line's last sound on, and let it come back once after a dip no longer
    than a closure may be at the most (:data:`.boundaries.CLOSURE_MAX`, 0.2 s): a word's release or hiss.  A sound
    that comes 0.15-0.2 s after the voice stopped passes that bar whatever it is.  Measured (j221) on
    ``why_off.py``'s record of the phone pass's ends on six dev sets (bx, ix, ax, ey, fy, gy: 138 ends carried more
    than 0.1 s past it): of the 8 carried across such a quiet, 6 ended more than 100 ms off (a dripping tap's plinks
    +197..+224 ms at confidence 1.00, a ping-pong ball +205 ms, a printer's clatter +256 ms, a flite line followed
    onto a drip and still 258 ms early), the two right ones already doubted for other reasons; the ends carried
    rightly across a closure crossed 10-40 ms of quiet, and most crossed none (a fading vowel or nasal followed
    down).
    """
    s = item.segment
    if item.phone_end is None or not s.timed or s.end - item.phone_end <= LONGEST_CLOSURE:
        return False
    pause = pause_levels_after(env, s.end, hi)
    if pause is None:
        return False
    noise_top = float(np.percentile(pause[quiet_frames(pause)], NOISE_TOP))
    heard = env.db[env.frame(item.phone_end):env.frame(s.end)] > noise_top + OVER_NOISE_DB
    return any((b - a) * HOP >= LONGEST_CLOSURE - 1e-9 for a, b in true_runs(~heard) if b < len(heard))


def end_carried_onto_impacts(item: Placed, env: Envelope) -> bool:
    """Whether the segment's end was carried on more than LONGEST_CLOSURE from where the phone pass ended it
    (``item.phone_end``; None: nothing is said) along sound whose level jumps frame to frame as impacts do, against
    the line's own frames (:func:`.pulsed_sound.jumps_as_impacts` of :func:`.pulsed_sound.jitter`): a snore's
    flutter, a croak's pulses, a radio's bursts -- not the word's rest, which glides however long it runs."""
    s = item.segment
    if item.phone_end is None or not s.timed or s.end - item.phone_end <= LONGEST_CLOSURE:
        return False
    return jumps_as_impacts(env, item.phone_end, s.end, own=(s.start, item.phone_end))


def end_carried_past_hearing(item: Placed, audio: Optional[Audio] = None, env: Optional[Envelope] = None) -> bool:
    """Whether the segment's end was carried on more than LONGEST_CLOSURE past where the phone pass ended it
    (``item.phone_end``; None: nothing is said) and lies more than LAST_SOUND_RUN past where Whisper heard its last
    word end: where the phone pass ended that word less how far it moved the word's end (``item.moved``), for a last
    word Whisper heard as written (:data:`.matching.HEARD_AS_WRITTEN`; another, or one the phone pass did not move,
    says nothing).  Both readers ended the line earlier than the rules after them carried it, further than a word's
    last sound runs on.  With ``audio``, only where the stretch followed is not the line's voice going on
    (:func:`voice_followed`; ``env``: the recording's envelope, made from ``audio`` when not given)."""
    s = item.segment
    if item.phone_end is None or not s.timed or s.end - item.phone_end <= LONGEST_CLOSURE:
        return False
    spoken = per_spoken_word(item, tuple(zip(item.hows, item.moved or (None,) * len(item.hows))))
    if not spoken:
        return False
    how, moved = spoken[-1]
    if how not in HEARD_AS_WRITTEN or moved is None:
        return False
    if s.end - (item.phone_end - moved[1]) <= LAST_SOUND_RUN:
        return False
    return audio is None or not voice_followed(audio, env if env is not None else Envelope(audio), s.start,
                                               item.phone_end, s.end)
