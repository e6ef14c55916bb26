"""Evidence against two review doubts: the sound right after a line's end *rises* at once, or comes back after the voice
stopped, as a new sound begins.

Two of the review queue's doubts read the sound right after an end as the line's own voice going on past it:
:func:`.confidence.end_before_unheard_sound` (reason ``sound_after_end``) and :mod:`.sound_stops` (reason
``end_before_sound_stops``).  Both rest on :func:`.review_evidence.sound_holds_after`: 50-100 ms after the end the
level has fallen less than :data:`.review_evidence.TAIL_FALL_DB` under the line's last 50 ms -- it did not fall away
as a room's tail does, so it holds as a voice does.

A voice that goes on past an end put too early goes on at the level of the sound it was cut in (a final nasal, a
fading vowel, a /s/ under a hiss): it *holds*.  It does not jump up by as much as a tail falls -- that is a new
sound starting.  Where the level 50-100 ms after the end stands ONSET_RISE_DB or more *over* the line's last 50 ms,
what follows the end is an onset of something else, and reading it as the line's voice holding mistakes it:

* a laptop's echo canceller on a call (``jx_*``): while its double-talk detector still holds after the near end's
  line (150-300 ms), the far end's voice leaks through as a residue, 20-22 dB under the speech -- and 10-14 dB over
  the line's faded last sound, stood up further by an FM chain's band compressors; then the microphone is muted;
* an interpreter heard from the booth, or a listener, starting in the pause (``cx_*``).

The line's own next syllable also rises after an end put inside the line, at a closure (an end early by a
syllable).  Measured over the seen sets' far-off ends that these two doubts flag (``cx_*``, ``dx_*``, ``jx_*``,
main 1379198's runs): none rises more than 3.9 dB at 50-100 ms -- a cut voice goes on at the level it was cut at,
or the sound at 50-100 ms is still the closure's quiet -- except one (7.1 dB) that its words' confidence sends to
review anyway.  Six of the right ends these doubts flag there rise 8.2-14 dB (three of ``jx_real_long_mix_mov``'s,
three of ``cx_*``'s; benchmarks/README.md, j153); no far-off one leaves the queue at any bar from 4 to 12 dB.
ONSET_RISE_DB is the room-tail bound read the other way: sound within TAIL_FALL_DB either way of the line's last
level holds; beyond it, it fell away (a tail) or rose (a new onset).  Only the two doubts are excused; nothing
moves a boundary (this is read at scoring, after every edge is placed).

A new sound need not rise over the line's last sound to be new: it may begin after the voice has *stopped*
(:func:`sound_returns_after_a_stop`).  Where, within HOLD_LOOK[0] s of the end, the level falls at once to the pause's
own background (within STOP_REACH_DB of it) and STOP_FALL_DB under the line's last sound, the voice ended there;
what stands at its level 50-100 ms later came after a silence -- a Morse element from the next room, a frog's croak,
a drip, a cricket's chirp, a ping-pong ball (``hy_*``, ``gy_*``, ``ey_*``) -- and the 50-100 ms reading mistakes it
for the voice holding on.  A voice cut early does not fall to the background and come back within 50 ms: it goes on
at its level, or fades; its next syllable after a closure comes back from a dip that stays over a noisy channel's
floor (a two-way radio's hiss: 8 dB over it on ``tx_espeak_horn_ptt``).  Measured (j232) over the ends this doubt
flagged on the round's start runs of ten seen sets (hy, gy, fy, ix, tx, ey, ax, bx, rx, jx; 180 ends): 24 fall
so, 22 of them within 100 ms (Morse, croaks, drips, crickets, a tube train's clicks), one 110 ms early under
shortwave's hiss and one 169 ms late; any STOP_FALL_DB from 12 to 20 dB and STOP_REACH_DB from 4 to 6 dB excuse the
same far-off two.
"""

from __future__ import annotations

from .activity import Envelope, power_smoothed
from .after_end import last_and_after, whole_band
from .review_evidence import HOLD_LOOK, TAIL_FALL_DB, pause_floor_after

#: Sound HOLD_LOOK s after an end standing at least this much (dB) over the line's last after_end.LAST s began there:
#: the bound a holding voice stays within, the other way (:data:`.review_evidence.TAIL_FALL_DB`).
ONSET_RISE_DB = TAIL_FALL_DB
#: A voice stopped at an end where, within HOLD_LOOK[0] s after it, the level (two-frame power means: one quiet frame
#: is a pitch period's unevenness) falls at least this far (dB) under the line's last after_end.LAST s -- twice what a
#: room's tail falls at once (:data:`.review_evidence.TAIL_FALL_DB`) ...
STOP_FALL_DB = 2 * TAIL_FALL_DB
#: ... down to within this much (dB) of the background of the pause after it (:func:`.review_evidence.pause_floor_after`).
STOP_REACH_DB = 6.0
#: Frames the dip is read over, as power means: one 10 ms frame may fall between two pitch pulses.
STOP_FRAMES = 2


def sound_rises_after(env: Envelope, end: float) -> bool:
    """Whether the level HOLD_LOOK s after ``end`` stands ONSET_RISE_DB or more over the line's last
    :data:`.after_end.LAST` s (whole band, :func:`.after_end.last_and_after`): a new sound begins there, not the
    line's voice holding on (an echo canceller's far-end residue, an interpreter's or a listener's onset)."""
    levels = last_and_after(whole_band(env), end, HOLD_LOOK)
    if levels is None:
        return False
    last, later = levels
    return float(later[0] - last[0]) >= ONSET_RISE_DB


def sound_returns_after_a_stop(env: Envelope, end: float, after: float) -> bool:
    """Whether the voice stopped at ``end`` before the sound HOLD_LOOK s after it: within HOLD_LOOK[0] s the level
    (STOP_FRAMES-frame power means) falls STOP_FALL_DB or more under the line's last :data:`.after_end.LAST` s and to
    within STOP_REACH_DB of the background of the pause after it (``after``: where the next line starts).  What holds
    50-100 ms after such an end began after a silence: a new sound (a Morse element, a croak), not the line's voice
    going on."""
    levels = last_and_after(whole_band(env), end, HOLD_LOOK)
    floor = pause_floor_after(env, end, after)
    dip = env.db[env.frame(end):env.frame(end + HOLD_LOOK[0])]
    if levels is None or floor is None or len(dip) < STOP_FRAMES:
        return False
    lowest = float(power_smoothed(dip, STOP_FRAMES)[STOP_FRAMES - 1:].min())
    return float(levels[0][0]) - lowest >= STOP_FALL_DB and lowest - floor <= STOP_REACH_DB
