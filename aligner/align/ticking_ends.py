"""A kettle's first bubbles after a line's end are no voice going on: the end goes back to where the sound *between*
the ticks stops.

Why this exists (issue 7, j200; the twenty-fifth aside set, ``ix_real_kettle_srt``, ``ix_nl_espeak_kettle_exciter``):
a kettle heating on the stove, before it whistles, rumbles under 600 Hz and ticks with its first bubbles: broadband
clicks a few milliseconds long, 10-40 a second at random, 20 dB over the rumble between them once the rumble is
pre-emphasised away.  The phone pass carried two English and two Dutch ends 105-292 ms into them, and the rule that
follows a line's last sound in its octave (:mod:`.last_sound`) carried three on (to +150..+265 ms; one Dutch end from
-4 to +216 ms): to the acoustic model a click is a consonant's burst, and to the octave follower clicks that come
within its bridge of 3 frames hold the line's last level.

What no voice does is fall silent between its sounds every few milliseconds.  A voice's sound is continuous while
it lasts -- a vowel, a nasal, a fricative's hiss, a stop's aspirated release -- and at its end it falls once.  The
ticks are the other way round: silence, broken by clicks shorter than :data:`SPAN`.  So the stretch an end was
carried over is read in 5 ms windows at 2.5 ms steps, pre-emphasised (:func:`.impact_trains.step_levels`: the rumble
under 300 Hz does not fill the silences), and the sound that lasts at each step is the quietest level over the
:data:`SPAN` before it: a tick does not last that long, a voice does.  Where the pause after the end is such ticks
over a silence (at least :data:`TICKS_PER_S` a second, each standing :data:`TICK_DB` over it and back within
:data:`SPAN` -- a radio's roger beep and squelch tail last, and are none: :func:`_ticks` --, the silence's level
being the median of the lasting sound there), the end walks back over the steps whose lasting sound lies within
:data:`OVER_DB` of that silence, and stops at the first step that holds more: the voice's last lasting sound.  It
moves only when it walks back over at least :data:`TICKS_CROSSED` ticks (an end on the voice, or on a stop's release
with the pause quiet behind it, stays).  A stationary hiss (a steam wand) has no ticks and is left alone; so is a
pause that is silence with nothing in it.

The pause's "silence" is its lasting sound, and that is a silence only where the end's own floor is no quieter
(j212; the twenty-eighth aside set, ``fy_real_long_mix_mkv``): a mosquito circling closer to the microphone after
a line's end fills the pause with a whine that rises 10 dB in half a second, and camera shutters clicking 4 times a
second over it are ticks.  The 8 kHz prompt's last sounds, pre-emphasised, lay 7-9 dB *under* that whine, so
"within OVER_DB of the silence" walked back over them into the line's loud vowels: "Has left the conference." -196
-> -666 ms, "You are now unmuted." -38 -> -186 ms.  The walk crosses only steps at the silence's level, neither more
than :data:`OVER_DB` over it nor more than :data:`UNDER_DB` under it.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import true_runs
from .impact_trains import STEP, WINDOW, step_levels

#: How far back from the end (s) the ticks are read: the longest the rules carried an end into them (0.29 s) and
#: some.
LOOK_BACK = 0.6
#: How far into the pause after the end (s) the ticks and the silence between them are measured (never past the
#: next line's start) ...
PAUSE = 0.5
#: ... and at least this much of it (s), else nothing is measured.
PAUSE_MIN = 0.15
#: Sound lasts when it holds over this span (s): a bubble's click rings 3 ms, read in 5 ms windows at 2.5 ms steps
#: it spans 2-3 steps; a voice's last sound -- a stop's aspirated release too -- lasts longer.
SPAN = 0.025
#: A step whose level stands this many dB over the silence between the ticks is a tick (the kettle's: 18-22 dB).
TICK_DB = 12.0
#: The pause after the end ticks when it holds at least this many ticks a second (the kettle's first bubbles:
#: 4-40) ...
TICKS_PER_S = 4.0
#: ... and lies at the silence between them (its level within OVER_DB of it) at least this share of the time: first
#: bubbles are sparse (the kettle's pauses: 70-90 %), a machine's steady pulsing -- an espresso pump's strokes on
#: every cycle of the mains -- is not, and a voice's own quiet sounds under it are left to the rules that read it.
QUIET_SHARE = 0.6
#: A step whose lasting sound stands more than this many dB over the silence holds the voice (the silence between
#: the ticks wavers 2-3 dB; the kettle talks' last sounds stand 6-15 dB over it).
OVER_DB = 4.0
#: The end moves only when it walks back over at least this many ticks.
TICKS_CROSSED = 2
#: A step whose lasting sound lies more than this many dB *under* the pause's silence is no part of that silence
#: (which wavers 2-3 dB): the floor the end stands on is quieter than the pause, so what fills the pause is a lasting
#: sound that came in after it -- a mosquito circling closer --, and the walk back stops there (the line's quiet
#: last sound under the whine: 7-9 dB under it).
UNDER_DB = 6.0


def _ticks(levels: np.ndarray, silence: float, span: int) -> int:
    """How many ticks ``levels`` holds: sound out of the ``silence`` (over it by more than :data:`OVER_DB`) that
    stands :data:`TICK_DB` over it and falls back within ``span`` steps -- a click, not a sound that lasts.  A sound
    that lasts is no tick however its level wavers: after a Swedish line on a two-way radio the roger beep (120 ms)
    filled the pause's middle and so set its "silence", and the squelch tail after it (170 ms of noise) stood 12-16 dB
    over that as two runs, which counted as ticks took the line's creaky last syllable for clicks between them
    (``tx_sv_espeak_ptt`` "... Bottenhavet." +3 -> -232 ms)."""
    return sum(b - a < span and levels[a:b].max() > silence + TICK_DB
               for a, b in true_runs(levels > silence + OVER_DB))


def end_before_ticks(audio: Audio, start: float, end: float, after: float) -> Optional[float]:
    """Where a line spanning [``start``, ``end``] stops when its end was carried over ticks (a kettle's first
    bubbles), or None when the pause after it does not tick or the end lies on the voice.  ``after``: the start of
    what comes after the line (the pause is read up to it).  See the module docstring."""
    a = max(start, end - LOOK_BACK)
    b = min(after, end + PAUSE)
    if b - end < PAUSE_MIN:
        return None
    levels = step_levels(audio, a, b)
    span = max(1, int(round(SPAN / STEP)))
    e = min(len(levels), int(round((end - a) / STEP)))
    if len(levels) - e < span or e < span:
        return None
    # the sound that lasts at each step: the quietest level over the span before it
    lasting = np.array([levels[max(0, j - span + 1):j + 1].min() for j in range(len(levels))])
    silence = float(np.median(lasting[e:]))
    pause = levels[e:]
    if (_ticks(pause, silence, span) < TICKS_PER_S * len(pause) * STEP
            or np.mean(pause <= silence + OVER_DB) < QUIET_SHARE):
        return None
    k = e
    while k > 0 and silence - UNDER_DB <= lasting[k - 1] <= silence + OVER_DB:
        k -= 1
    if k == 0 or _ticks(levels[k:e], silence, span) < TICKS_CROSSED:
        return None
    return max(start, a + (k - 1) * STEP + WINDOW)
