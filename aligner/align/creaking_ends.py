"""Evidence for the review queue that a line's end was carried on over a creak: its last tenths jitter in level
frame to frame as clicks do, and its last word is drawn out for the talk.

A chair or a floorboard creaking across the end of a line is a train of clicks
(the wood sticks and slips, tens to hundreds of times a second).  Its clicks
repeat about as fast as a voice's pulses, so the frames read as voiced (median
periodicity 0.56-0.67 on the creaks measured) and the rules that follow a last
sound on (:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`) and the phone
pass's last phone take it for the word's last sound; every word fits, a quiet
pause follows the end, and nothing else doubts it.  What no voice does: its
level jumps from one 10 ms frame to the next by several dB, as each click comes
and goes, where a voice's level glides (a vowel's envelope moves about 1-2 dB a
frame).  And the last word that swallowed the creak comes out long for the talk
(:func:`.clipped_ends.typical_last_word`: the talk's own last words, per phone).

Measured (j111) over the English ends of ``hx_*`` (seen), ``sx_*``, ``wx_*``, ``ox_*``,
``rd38_*``, ``rd53_*``, ``rd54_*``, ``rd57_*`` (1,182 within 100 ms): the last tenths
jitter twice as much as their line for 52 right ends (a final stop's release, a key
click, a rough codec), and the last word is 1.25 times the talk's typical one for
281 (phrase-final lengthening): neither alone is evidence.  Two more things make a
creak: it lies under the voice (a voice's own rough last syllable -- a codec's packet
loss, a cassette's dropouts: three right ends on ``wx_*`` -- is said at its level),
and its clicks come at a steady rate, so they read as voiced (a typist's keys under a
right end, ``rd38_real_typing6_rain``, read 0.23).  All four together: on ``hx_*``
7 ends, 6 of them 263-482 ms late (two at 0.79-0.80 before, the rest already in the
queue) and one 67 ms (already in it); on ``sx_*`` one, 487 ms late (0.96 before); on
``ox_*`` one right end, already in the queue; nothing else.  Only
ends: the creak was found following the line's last sound on.  English only:
that is where it was measured and where the talk's last words are timed by the
phone pass.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import Envelope
from .clipped_ends import last_word_per_phone
from .pulsed_sound import jumps_as_impacts
from .voice_edges import VOWEL, periodicity

#: The stretch before an end that is read (s), leaving out the last END_SKIP s (the frame holding the end may
#: already hold the pause).
JITTER_LOOK = 0.3
END_SKIP = 0.02
#: A creak lies under the voice: the mean level (dB) of the last JITTER_LOOK s at least this far under the line's voice
#: (:meth:`.activity.Envelope.voice_level`).  A voice's own last syllable, however rough (a codec's
#: packet loss, a cassette's dropouts), is said at its level.
CREAK_UNDER_VOICE_DB = 10.0
#: A last word at least this many times the talk's typical last word (per phone) swallowed sound that is not its
#: own.  clipped_ends.SHORT_LAST_WORD reads the other side (0.75: cut short).
LONG_LAST_WORD = 1.25


def last_word_long(segment: Segment, per_phone: float) -> bool:
    """Whether the segment's last spoken word lasts at least LONG_LAST_WORD times ``per_phone`` a phone."""
    own = last_word_per_phone(segment)
    return own is not None and own >= LONG_LAST_WORD * per_phone


def end_on_creak(audio: Audio, env: Envelope, segment: Segment, per_phone: Optional[float]) -> bool:
    """Whether the segment's end was carried on over a creak's clicks: its last JITTER_LOOK s (up to END_SKIP s
    before the end) jitter at least :data:`.pulsed_sound.CLICK_JITTER` times as much as the whole line does
    (:func:`.pulsed_sound.jumps_as_impacts` with no floor; the line's at least :data:`.pulsed_sound.MIN_OWN_JITTER`),
    lie CREAK_UNDER_VOICE_DB under its voice, and repeat at a pitch (median periodicity at least
    :data:`.voice_edges.VOWEL`: clicks at a steady rate, not a key's or the rain's single ones), and its last word is
    long for the talk (:func:`last_word_long`; ``per_phone``: :func:`.clipped_ends.typical_last_word`,
    None: nothing is said)."""
    if per_phone is None or not segment.timed or segment.end - segment.start < 2 * JITTER_LOOK:
        return False
    if not last_word_long(segment, per_phone):
        return False
    t0, t1 = segment.end - JITTER_LOOK - END_SKIP, segment.end - END_SKIP
    if not jumps_as_impacts(env, t0, t1, own=(segment.start, segment.end), least_db=0.0):
        return False
    if env.voice_level(segment.start, segment.end) - float(np.mean(env.db[env.frame(t0):env.frame(t1)])) \
            < CREAK_UNDER_VOICE_DB:
        return False
    periodic = periodicity(audio, t0, t1)
    return bool(len(periodic)) and float(np.median(periodic)) >= VOWEL
