"""A train of impacts after a line's end -- a road drill, a pneumatic hammer, a nail gun at work -- is no voice going
on: the end goes back to where the sound *between* the impacts stops.

Why this exists (issue 7, j175; ``bx_real_drill_srt``, ``bx_real_long_mix_mkv``): a jackhammer outside the window,
20-24 impacts a second 9-14 dB under the speech, was still at work when a line ended.  The phone pass ended the
lines within 0-31 ms of the truth, and the rules after it that follow a line's last sound on
(:func:`.boundaries.extend_to_sound`: sound over its bar, unbroken; :mod:`.last_sound`: sound holding the line's
last level in its octave) followed the impacts instead, as far as they may reach (the last word's length): ends
0.24-0.75 s late.  To those rules the train is sound that goes on at the voice's level with no gap longer than
they bridge (each impact's thud rings for 8-15 ms, the next one comes 40-55 ms later), and its thuds, damped
resonances at a few hundred Hz, read as voiced (so :mod:`.carried_ends` did not doubt the end either).

What no voice does: its level swings by 20-30 dB at one steady rate, 10-40 times a second, every cycle alike -- an
impact, silence, the next impact.  A voice's level moves at its syllables' rate (3-8 a second, each unlike the
last) and its pitch pulses (70-400 a second) are smoothed away in a 5 ms window; a line's last sound fades.  So
the stretch an end was carried over is read at 2.5 ms steps (5 ms windows, pre-emphasised so that a rumble under
it -- thunder, traffic -- does not fill the silences between the impacts), and where its level repeats itself
strongly one period later (:data:`REPEAT_MIN`; each step's level counted at most :data:`CLIP_DB` from the median, so
that the line's own loud rest at the start of the stretch does not outweigh the train) and is the opposite at its
trough within the period (:data:`SWING_MIN`, the silence between two impacts against an impact: half a period on for
a drill, a quarter for a sewing machine whose feed dog knocks between its needle's clicks, j234), over at least
:data:`IMPACTS_MIN` periods, it is a train of impacts (:func:`impact_period`).

The line's own sound may still lie under the first impacts (a phone pass that ended the line early).  What tells
it is the silence between the impacts: a voice fills it, the drill does not.  The sound between the impacts is the
level's running minimum over one period (centred); the end goes to where that falls to the silences' own level
(the median of the running minimum over the train's later half) plus :data:`OVER_SILENCE_DB`, and on to where the
level itself falls there within the window's half period (:func:`voice_under_impacts_end`).  Never past where the
rules had carried it, never before the phone pass's end.

Measured at the truth of the dev talks (``rx_*``, ``tx_*``, ``jx_*``, ``cx_*``, ``dx_*``, ``rd1*``-``rd6*``,
``rd_*``, ``syn_*``, ``trap*``: 1,806 ends; 0.4 s after each end, its line's last 0.3 s, 0.1 s before to 0.3 s
after it, the 0.4 s before each start): a train was found only in the drill talks (``rd67_*``), in ``rd68_*``'s
three talks with an espresso machine (a period of 60 ms) and in one window inside a line's voice; on
``bx_*`` only in its drill talks.  The espresso machine's was its vibratory pump, a stroke on every cycle of the
50 Hz mains, read at three times its period (j189): a level that cycles faster than any impact train is no train
(:func:`_cycle`).  The end rules' results: benchmarks/README.md (j175), ``benchmarks/impact_ends.py``.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio

#: The level is read in windows of this length (s), ...
WINDOW = 0.005
#: ... at steps of this length (s).
STEP = 0.0025
#: A pre-emphasis (y[n] = x[n] - PRE * x[n-1]): 20 dB less at 100 Hz than at 2 kHz, so a rumble under 300 Hz
#: does not fill the silences between impacts.
PRE = 0.95
#: An impact train's period (s): 10-40 impacts a second (a jackhammer 15-30, a rivet gun up to 40).  A voice's
#: syllables come slower, its pitch pulses faster.
PERIOD = (0.025, 0.1)
#: At least this many periods must lie in the stretch read.
IMPACTS_MIN = 4
#: The level (mean removed) correlates with itself one period later at least this much (normalised, 1 = the same):
#: 0.55-0.98 over the drill's stretches after a line's end on ``bx_*`` ...
REPEAT_MIN = 0.5
#: ... and the correlation at one period stands this much over the correlation at half a period (where an impact
#: meets the silence between two): 0.9-1.7 there, about 0 under a voice.
SWING_MIN = 0.8
#: A machine strikes twice a cycle where its level half a period on stands this much (autocorrelation) over its
#: trough within the period: the sewing machine's knock, 0.64-0.91 on ``iy_*``'s stitching; a cricket's
#: single pulses 0.01 (the half period is the trough).
SECOND_STRIKE = 0.3
#: Each step's level counts at most this many dB from the stretch's median: the line's own loud last syllable at
#: the start of the stretch (a phone pass that ended the line early) does not outweigh the train after it.
CLIP_DB = 12.0
#: The line's own sound lies between the impacts where the running minimum stands this many dB over the
#: silences' own level: a 5 ms window's level in a quiet room wavers by 1-2 dB, and a line's last sound sinks to
#: within a few dB of it before it stops (6 dB put ends 15-140 ms early on the drill's and impact_ends' lines, 3 dB
#: 0-70 ms, from phone ends 0-140 ms early).
OVER_SILENCE_DB = 3.0


def step_levels(audio: Audio, a: float, b: float) -> np.ndarray:
    """The level (dB) of the pre-emphasised signal in WINDOW-long windows every STEP from ``a`` to ``b``."""
    sr = audio.sample_rate
    i0, i1 = max(1, int(a * sr)), min(len(audio.samples), int(b * sr))
    x = audio.samples[i0 - 1:i1].astype(np.float64) / 32768.0
    x = x[1:] - PRE * x[:-1]
    h, w = max(1, int(round(STEP * sr))), max(2, int(round(WINDOW * sr)))
    n = (len(x) - w) // h + 1
    if n <= 0:
        return np.zeros(0)
    power = np.array([np.mean(x[k * h:k * h + w] ** 2) for k in range(n)])
    return 10.0 * np.log10(power + 1e-10)


def impact_period(levels: np.ndarray) -> Optional[float]:
    """The period (s) of a train of impacts filling ``levels`` (:func:`step_levels`), or None: the level repeats
    itself strongly a period later (REPEAT_MIN) and swings against itself half a period later (SWING_MIN), over at
    least IMPACTS_MIN periods; of several such periods, the one that swings most (a multiple of the true period
    repeats as well, but not against itself half-way).  Where none swings so, the same read against the level's
    trough within the period (:func:`_cycle`): a machine that strikes twice a cycle."""
    lo, hi = int(round(PERIOD[0] / STEP)), min(int(round(PERIOD[1] / STEP)), len(levels) // IMPACTS_MIN)
    if hi <= lo:
        return None
    ac = level_autocorrelation(levels, hi + 1)
    if ac is None:
        return None
    if any(_cycle(ac, k) >= SWING_MIN for k in range(2, lo)):
        return None  # the level's own cycle is faster than any impact train's: a motor on the mains, an engine
    # a train that swings against itself half a period on is read there, as before (a drill's, j175); only where none
    # does, against its trough within the period (a machine striking twice a cycle, j234)
    for to_trough in (False, True):
        best, swing = None, SWING_MIN
        for k in range(lo, hi + 1):
            cycle = _cycle(ac, k, to_trough)
            if cycle >= swing:
                best, swing = k, cycle
        if best is not None:
            return best * STEP
    return None


def level_autocorrelation(levels: np.ndarray, longest: int) -> Optional[np.ndarray]:
    """The autocorrelation (normalised, 1 at lag 0) of ``levels`` (:func:`step_levels`) at lags 0 to ``longest`` steps,
    each level counted at most CLIP_DB from their median; None for a level that does not vary."""
    middle = float(np.median(levels))
    y = np.clip(levels, middle - CLIP_DB, middle + CLIP_DB)
    y = y - y.mean()
    n = len(y)
    ac = np.array([np.dot(y[:n - k], y[k:]) / (n - k) for k in range(min(longest, n - 1) + 1)])
    return ac / ac[0] if len(ac) and ac[0] > 0 else None


def _cycle(ac: np.ndarray, k: int, to_trough: bool = False) -> float:
    """How strongly a level with autocorrelation ``ac`` cycles with a period of ``k`` steps: its swing (the
    correlation at ``k`` over the one at half of ``k``; ``to_trough``: over its lowest within the period) where it
    repeats itself at ``k`` (a peak of at least REPEAT_MIN), else 0.

    A machine's cycle can strike twice: a sewing machine's needle clicks and, half a stroke later, its feed dog
    knocks, a third as loud (``iy_*``, j234).  Half a period later its level meets that knock, not the silence, and
    swung 0.35-0.55 against itself there; against the silence between a click and a knock, a quarter period on, it
    swung 1.0-1.45 -- as a drill's single impacts do at half.  A voice's level has no such trough to repeat out
    of: it repeats a period later only where it holds (:data:`REPEAT_MIN` at a peak is what a train needs first).
    The trough is read only where a second strike is there half-way (:data:`SECOND_STRIKE`); without one it lies a
    step beside the half period and only tipped a cricket's pulses over the bar (``ey_real_long_mix_ts``: 0.79 at
    the half, 0.80 at the trough; an end taken back -34 -> -149 ms).

    A period's odd multiples swing as well: half of three or five periods is an impact against the silence between
    two.  So a level that cycles faster than any impact train (PERIOD) -- an espresso machine's vibratory pump, a
    stroke on every cycle of the 50 Hz mains, 20 ms apart -- was read as a train of impacts at three or five times
    its period (60 or 100 ms), and ends were taken back to where the sound between those "impacts" stops, into the
    line's own last sound (``ix_real_long_mix_mka``: "Something is terribly wrong." -53 -> -206 ms).  Its cycle
    is found at its own period first, and :func:`impact_period` then finds no train."""
    if ac[k] < REPEAT_MIN or ac[k] < ac[k - 1] or ac[k] < ac[k + 1]:
        return 0.0
    if not to_trough:
        return float(ac[k] - ac[k // 2])
    trough = float(ac[1:k].min())
    if ac[k // 2] - trough < SECOND_STRIKE:
        return 0.0  # nothing strikes half-way: the half-period reading is the one (a trough a step off is no news)
    return float(ac[k] - trough)


def voice_under_impacts_end(audio: Audio, end: float, carried: float, limit: Optional[float] = None) -> Optional[float]:
    """Where an end carried from ``end`` (the phone pass's) to ``carried`` should lie when what it was carried over
    is a train of impacts: where the sound between the impacts falls to the silences' level; None when the stretch
    is no train of impacts (the rules' end stands).  A stretch too short to hold IMPACTS_MIN of the slowest
    impacts is read on past ``carried``, up to ``limit`` (the next line's start): the train goes on past where
    the rules stopped."""
    read = max(carried, end + IMPACTS_MIN * PERIOD[1])
    levels = step_levels(audio, end, read if limit is None else max(carried, min(read, limit)))
    period = impact_period(levels)
    if period is None:
        return None
    return min(carried, end + steps_to_silence(levels, period) * STEP)


def steps_to_silence(levels: np.ndarray, period: float) -> int:
    """How many steps into ``levels`` (:func:`step_levels`, from a line's end into a train of impacts or pulses
    ``period`` s apart) the line's own sound lies: to where the sound between the impacts falls to the silences' level
    (the median of its running minimum over the later half) plus OVER_SILENCE_DB, and on to where the level itself
    falls there within the following half period."""
    half = max(1, int(round(period / STEP))) // 2
    # the level between the impacts: the quietest step within half a period either side
    between = np.array([levels[max(0, j - half):j + half + 1].min() for j in range(len(levels))])
    silence = float(np.median(between[len(between) // 2:]))
    over = np.flatnonzero(between < silence + OVER_SILENCE_DB)
    first = int(over[0]) if len(over) else len(between)
    # the window that first holds a silence reaches half a period past its centre: the voice stops where the level
    # itself first falls to the silences', within that half period
    last = min(len(levels), first + half)
    while first < last and levels[first] >= silence + OVER_SILENCE_DB:
        first += 1
    return first
