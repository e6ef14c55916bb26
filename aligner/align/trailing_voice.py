"""Evidence for the review queue that a line's end was put while its voice was still going on, trailing off.

A speaker who lets a line fall away -- the voice itself drops 9-14 dB over its
last 0.5-0.9 s, the room unchanged -- leaves a last syllable that is quiet but
still voiced.  Every edge rule follows sound over a margin above the talk's
background (:meth:`.activity.Envelope.threshold`), and a voice that has fallen
that far sinks under the margin while it still speaks: the end comes out
0.2-0.3 s early, a quiet-looking pause follows, every word fits, and nothing
doubts it (the seventeenth aside set's look, ``fx_*``: five such ends 202-300 ms
early at confidence 0.89-1.00).  What shows is the sound just after the end: it
is still a voice -- periodic as a vowel is (:data:`.voice_edges.VOWEL`), where
after a right end there is noise, a room's tail or a breath -- and it still
stands over the pause's own floor (:func:`.review_evidence.pause_floor_after`), under the
line's last tenth (the level is falling, not a new sound rising).

Replayed (j120, ``benchmarks/queue_evidence.py --reasons end_in_trailing_voice``) on
finished runs: on ``rd60_*`` it flags nothing new (its far-off ends were all
held already); on ``fx_*`` three ends 202-300 ms early (``fx_real_long_mix_vob``)
and one 148 ms late; on ``ox_*`` one end 211 ms early; on ``gx_*`` one end
205 ms early, two 149-192 ms off and three within 100 ms (precision there 54.1
-> 53.7 %); on ``hx_*`` nothing.  OVER_FLOOR_DB anywhere from 0 to 6 dB flags
the same far-off ends.  The two other missed trailing ends of ``fx_*`` (238,
244 ms early) are voiced under VOWEL right after the end (0.41-0.42): left.
English only: that is where it was measured.  The boundary is not moved: how far the
fading voice runs on is for a person to hear.

Periodic sound after an end is not always the line's voice, though: a cafe's
other talkers, a bell's ring, a listener, a livestream's copy of the talk are
voiced too, fall too (they are quieter than the line) and stand over the pause's
floor.  On the runs of main (j127: ``fx_*``/``gx_*``/``hx_*``/``ox_*``, then
``sx_*``/``wx_*``/dev) this reason flagged 81 segments, 43 of them within
100 ms -- ``ox_real_suppressor_cafe`` alone 8, ``sx_real_bells_flv`` 6.  A voice
trailing off is the line's own voice going on, and a line's last syllables fall
in pitch as they fall in level (declination): after 18 of the 21 ends > 200 ms
off it flagged there the pitch was 2.6-17 semitones *under* the line's last or
within a semitone of it (the other three are doubted by other reasons too), while
after 19 of its 26 right ends it stood 3-33 semitones *over* it (another, higher
voice; a bell).  So the sound after the end must not rise over the line's last
pitch by more than RISE (:func:`_pitch_rises`).  Re-run where it mattered, no
boundary moved: flagged really > 100 ms off ``gx_*`` 46.3 -> 50.0 %, ``ox_*``
40.0 -> 43.5 %, ``hx_*`` 41.9 -> 42.6 %, ``sx_*`` 51.1 -> 52.2 %; recall unchanged
everywhere (benchmarks/README.md, j127).

A voice trailing off also only *falls*: once it is gone the pause holds its
background.  The twentieth aside set (``cx_*``) put voiced sound under the line's
last tenth, over the floor and near its pitch after right ends -- an
interpreter speaking on into every pause, a tape's print-through ghost of the
next line, a second recorder's copy carrying the last sound on by its lag -- and
the rule doubted 20 right ends there; after 11 of them the pause rises back to
the other sound's next syllable within 0.4 s (:func:`_sound_rises_back`), after
the true trailing ends of ``fx_real_long_mix_vob`` it does not (4 of 5).  Such
an end is no longer doubted: ``cx_*`` precision 45.8 -> 50.8 %, one late end
(+230 ms) lost with it, ``dx_*``/``ex_*``/``fx_*`` unchanged (benchmarks/README.md,
j145).

A voice trailing off also falls smoothly: 9-14 dB over half a second or more, so
across an early end put on it the level barely moves.  Where a line's voice
stops, the direct sound goes at once and the room's tail of it is left, a step
down (:func:`falls_at_once`).  The twenty-third aside set put such tails, voiced
and at the line's own pitch, after right ends: a panel's automatic mixer hands the
gain back to the far microphones as each line ends, and what they give is the
room ringing with the line's last vowel.  The rule doubted five right ends there
(``rx_real_long_mix_f4v``, -40 to +10 ms); three of them stand on a step of 7.8 dB
or more and are no longer doubted (j171).  (Read as :func:`.review_evidence.sound_holds_after`
reads it -- the line's last 50 ms against 50-100 ms after -- the step does not part
them: the true trailing ends of ``fx_real_long_mix_vob`` fall 10.7-11.8 dB so, on a
line falling into them, the right ends 9.5-21.)
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope
from .another_voice import median_pitch
from .review_evidence import FLOOR_GAP, pause_floor_after
from .voice_edges import VOWEL, periodicity

#: The sound read right after the end (s): long enough for a syllable's voicing, short of the next word.
AFTER = (0.0, 0.12)
#: The line's last stretch (s) the sound after the end is held against: it must lie under it (falling).
LAST = 0.1
#: The sound after the end stands at least this far (dB) over the pause's floor: over the floor's own flicker.
OVER_FLOOR_DB = 3.0
#: The sound after the end is the line's own voice only if its pitch lies no more than this many semitones over the
#: line's last LAST s: a whole tone.  A voice trailing off falls (or holds, within the tracker's percent or two);
#: another voice or a bell stands where it stands, mostly well over a speaker's falling end.
RISE = 2.0
#: A voice trailing off is the line's last sound: from where it fades on, the pause holds only its background.  Sound
#: that rises back, within REACH s after the AFTER window, more than OVER_FLOOR_DB over that window's level and holds
#: there for RISE_FRAME s (the median of its 10 ms frames) is speech going on in the pause -- an interpreter's next
#: syllable, a tape's print-through ghost of the next line, a second recorder's copy -- and the voiced sound right
#: after the end is then no sign that the line's own voice went on.  REACH is two syllables of running speech (a
#: talker says 4-5 a second), shorter than the pause after most lines; a line's own fade, 0.2-0.46 s past an early
#: end, falls through it.  RISE_FRAME is a syllable's voiced nucleus at its shortest: a mouth click or a disc's
#: crackle tick (10-30 ms) rises as high but is outvoted by the frames around it (read over 30 ms, one click in the
#: pause after a -116 ms end, ``dx_real_clicks_dashes_ast``, took its doubt away).
REACH = 0.4
RISE_FRAME = 0.06
#: A voice trailing off falls 10-30 dB a second, by syllables: between the CLIFF s before an end put on it and the
#: CLIFF s after, its level moved 2.0-5.7 dB on the true trailing ends this rule finds (``fx_real_long_mix_vob``
#: 2.0-3.6, ``cx_real_long_mix_m2ts`` 3.2-5.7; 186-337 ms early).  Where a line's voice stops, its direct sound goes
#: at once and only the room's tail of it is left: 7.8-11.7 dB on three of the five right ends a mixer's hand-back had
#: doubted (``rx_real_long_mix_f4v``; the other two 2.9 and 5.5, left doubted).  The bar sits just over the highest
#: true trailing end read, 0.3 dB over it: a thin margin, measured, not derived.
CLIFF = 0.03
CLIFF_DB = 6.0


def end_in_trailing_voice(audio: Audio, env: Envelope, start: float, end: float, after: float) -> bool:
    """Whether the segment [start, end] ends while its voice goes on, falling: the AFTER s after ``end`` are voiced
    (median periodicity at least :data:`.voice_edges.VOWEL`), lie under the line's last LAST s and stand at least
    OVER_FLOOR_DB over the floor of the pause that follows (``after``: where the next line starts), and the level
    does not drop at the end as a voice's direct sound stopping drops it (:func:`falls_at_once`)."""
    a, b = end + AFTER[0], end + AFTER[1]
    if end - start < 2 * LAST or after - FLOOR_GAP < b:
        return False  # a join: the sound after the end is the next line's
    floor = pause_floor_after(env, end, after)  # the pause's background, as the other end-after reasons read it
    if floor is None:
        return False
    level = env.power(a, b)
    if not level - floor >= OVER_FLOOR_DB or not level < env.power(end - LAST, end):
        return False
    if falls_at_once(env, end):
        return False  # the direct sound stopped there: what follows is the room's tail of the line
    if _sound_rises_back(env, level, b, after):
        return False
    periodic = periodicity(audio, a, b)
    return bool(len(periodic)) and float(np.median(periodic)) >= VOWEL and not _pitch_rises(audio, end, a, b)


def falls_at_once(env: Envelope, end: float) -> bool:
    """Whether the level drops at ``end`` by at least CLIFF_DB from the CLIFF s before it to the CLIFF s after it
    (mean powers): the line's direct sound stopped there, and what follows is the room's tail of it."""
    return env.power(end - CLIFF, end) - env.power(end, end + CLIFF) >= CLIFF_DB


def _sound_rises_back(env: Envelope, level: float, t: float, after: float) -> bool:
    """Whether the sound in the REACH s from ``t`` (the end of the AFTER window, whose level is ``level``; up to
    FLOOR_GAP before ``after``, where the next line starts) rises back more than OVER_FLOOR_DB over ``level`` and
    holds there for RISE_FRAME s (the median of its frames: a click does not hold): the pause goes on speaking, so
    what followed the end was not the line's last sound fading (``cx_*``: an interpreter in every pause,
    print-through, a camera's copy; benchmarks/README.md, j145)."""
    a, b = env.frame(t), env.frame(min(after - FLOOR_GAP, t + REACH))
    width = max(1, int(round(RISE_FRAME / HOP)))
    if b - a < width:
        return False
    db = env.db[a:b].astype(np.float64)
    held = np.median(np.lib.stride_tricks.sliding_window_view(db, width), axis=1)
    return bool(float(held.max()) - level > OVER_FLOOR_DB)


def _pitch_rises(audio: Audio, end: float, a: float, b: float) -> bool:
    """Whether the voiced sound in [a, b] after the line's end stands more than RISE semitones over the line's own
    pitch over its last LAST s (medians of :func:`.another_voice.pitch_track`), where the level it must lie under is
    read too: a higher voice or a ring, not the line's voice trailing off.  False where either has no pitch to read
    (nothing is known: the sound is read as before).  (Read against the whole line's median pitch instead, it let
    go of four ends 100-184 ms late that it had flagged, and kept five right mfa_acoustic_corpus ends less.)"""
    own = median_pitch(audio, end - LAST, end)
    then = median_pitch(audio, a, b)
    return own is not None and then is not None and 12.0 * np.log2(then / own) > RISE
