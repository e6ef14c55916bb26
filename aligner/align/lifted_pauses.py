"""Whether a talk's pauses were lifted by a compressor's make-up gain: the room just after a line is quieter than
later in the same pause.

Why this exists (issue 7, ``jx_real_fm_page``, ``jx_real_long_mix_mov``, ``rd64_real_fm_aec_page_mov``,
``jx_espeak_visor_fm_avi``): a broadcast processor compresses the voice (3:1) and brings everything under its
compression point up by its make-up gain (8-12 dB), the room's noise through every pause as well.  A line then stands
only 20-30 dB over the pause, and :func:`.phone_edges.tighten_edge` -- which moves a word's start onto the envelope
only where the word stands ``EDGE_MIN_RANGE`` (30 dB) over its silence, because over a louder background a weak first
sound may be buried -- left the HMM's wide starts (30-40 ms early) in place: the FM talks' starts' signed medians were
-15..-33 ms against +2..+6 on the set's other real talks.  But under a compressor a weak first sound is not buried:
the gain is the pause's until the voice grows loud (its attack reacts to level, a few ms), so the first sound is
lifted with the pause and keeps the height over the room it was spoken with; only the loud part was turned down.

What gives the make-up gain away is its release: at a line's end the gain is still the voice's (held down), and it
comes back up over the release (0.1-0.3 s), so the room in the trough right after a line is quieter than anywhere
later in the same pause -- which a noise that is merely there never is (it only adds: the voice's own tail or a
hall's makes the moment after the end louder, not quieter).  Measured per pause (pauses of 0.6 s and more; the
quietest 20 ms from 0.1 s before the line's end to 0.2 s after it -- the trough, wherever the end was placed --
against the quietest 20 ms from 0.3 s after the end to the next line), the talk's median stood at 2.4-11.6 dB on the
eight FM-chain talks (English, French, Spanish, Swedish; real, espeak, flite; the truth's lines and the same moved
+-0.15 s at random, as Whisper's are) and at -5.3..+0.7 dB on every other talk measured: steady noise
(``syn_noise15``, ``syn_w_noise``, ``rd_fest_noise``), murmurs, babble, cafes, rain, typing, a clock, music, a second
talker in the pauses (the quietest moment of the pause is the room between that voice's syllables), halls, an echo
canceller, and a gain control too slow to let go within a pause (``rd24_flite_agc_slow``).  The gain-pumping talks
whose gain lets go within the pause read 1.0-8.3 dB (``rd24_real_agc_deep`` 1.0-1.7, ``rd19_real_agc_fast`` 6.5-8.3,
``rd24_espeak_agc_quick`` 4.6-5.8): a gain control lifts a weak first sound with the pause in the same way.
:data:`LIFT_MIN_DB` lies between.  On ``jx_real_fm_page`` with Whisper's own lines it reads 3.1 dB.

Only starts follow from it: at an end the gain is still the voice's, the last sound is heard at it, and the pause it
fades into rises over the release -- there the guard stays.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from .activity import Envelope

#: Pauses (s) between lines long enough for the release to have run out before the next line.
PAUSE_MIN = 0.6
#: Around a line's end (s from it, as placed: Whisper's ends are off by a tenth of a second or two) lies the trough
#: where the gain is still the voice's and the voice has stopped.
JUST_AFTER = (-0.1, 0.2)
#: From this long (s) after the end the release (0.1-0.3 s) has brought the gain up ...
RELEASED = 0.3
#: ... up to this long before the next line (its start may be placed a little late).
BEFORE_NEXT = 0.08
#: The levels compared are of 20 ms: two 10 ms frames, averaged in power.
SMOOTH = 2
#: How far (dB) the quietest moment later in the pause must stand over the trough after the end, in the talk's
#: median pause: over the at most 0.7 dB by which noises that merely add differ between the two (the later stretch
#: is the longer, so its quietest moment is, if anything, the lower), and under the 2.4 dB of the least-lifted FM
#: talk (see the docstring).
LIFT_MIN_DB = 1.5
#: Fewest pauses the talk is judged on.
PAUSES_MIN = 4


def _smoothed(db: np.ndarray) -> np.ndarray:
    if len(db) < SMOOTH:
        return db
    power = np.convolve(10.0 ** (db.astype(np.float64) / 10.0), np.ones(SMOOTH) / SMOOTH, mode="valid")
    return 10.0 * np.log10(power + 1e-12)


def pause_lift(env: Envelope, end: float, start: float) -> Optional[float]:
    """How far (dB) the quietest moment of the pause [end, start] between two lines, once a release is over, stands
    over the trough around ``end`` (see :data:`JUST_AFTER`, :data:`RELEASED`); None for a pause too short to tell.
    The levels are of 20 ms (:data:`SMOOTH`): a single frame's dip in a noise is no trough."""
    if start - end < PAUSE_MIN:
        return None
    early = _smoothed(env.db[env.frame(end + JUST_AFTER[0]):env.frame(end + JUST_AFTER[1])])
    late = _smoothed(env.db[env.frame(end + RELEASED):env.frame(start - BEFORE_NEXT)])
    if not len(early) or len(late) < 5:
        return None
    return float(np.min(late) - np.min(early))


def talk_lift(env: Envelope, spans: Sequence[tuple[float, float]]) -> Optional[float]:
    """The median of :func:`pause_lift` over the pauses between the lines ``spans`` ((start, end), in any order), or
    None with fewer than :data:`PAUSES_MIN` pauses to tell by."""
    spans = sorted(spans)
    lifts = [x for x in (pause_lift(env, a_end, b_start) for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
             if x is not None]
    return float(np.median(lifts)) if len(lifts) >= PAUSES_MIN else None


def pauses_lifted(env: Envelope, spans: Sequence[tuple[float, float]]) -> bool:
    """Whether the pauses between the lines ``spans`` were lifted by a make-up gain that lets go after each line:
    the talk's median pause (:func:`talk_lift`) rises :data:`LIFT_MIN_DB` or more."""
    lift = talk_lift(env, spans)
    return lift is not None and lift >= LIFT_MIN_DB
