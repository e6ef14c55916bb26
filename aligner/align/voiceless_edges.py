"""Sound at the edge of a run of sound that holds no voice for longer than a line's unvoiced consonants is not
the line's: the pause pass's pause runs over it.

The pause pass (:mod:`.pauses`) reads runs of sound off the energy envelope, bridging dips shorter than a stop's
closure, and starts a line where the run after a pause begins.  A machine's clatter in the pause -- an office
laser printer's bursts, 20-80 ms each, 20-60 ms apart, as loud as a quiet syllable -- is bridged into one run with
the next line's first word: ``ax_da_espeak_printer``'s "Den gamle printer bliver hentet på fredag." began 1.06 s
early, on the printer, where the pause pass took the only dip left (0.15 s, just after the line before) for the
pause; the energy pass before it had put the start within 20 ms of the voice.

What tells the clatter from a first syllable is voicing (:mod:`.voice_edges`): a line begins and ends with at most
a cluster of unvoiced consonants, its first voiced frame at most :data:`.voice_edges.START_UNVOICED` after its
start and its last at most :data:`.voice_edges.END_UNVOICED` before its end (measured there over 1,219 right
development edges); a printer, typing or a rustle repeat themselves at no voice's pitch.  Where a run's first
voiced stretch lies further in than that, the run begins where the unbroken sound holding that voice begins (the
consonants right before the vowel, never across a dip: the clatter's bursts are dips apart); its end likewise.
A run with no voice at all (whispering, a run of noise alone) is left as it is: there is no voice to measure from,
and so is a voiced background (babble, music), where every frame is voiced.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import Envelope, true_runs
from .voice_edges import END_UNVOICED, HOP, PERIODIC, START_UNVOICED, WINDOW, periodicity

#: A voice holds its pitch at least this long (s) at a time, a vowel's or a nasal's nucleus; a frame of a clatter
#: or a hiss may happen to repeat itself once (``ax_da_espeak_printer``'s printer: single frames at 0.31-0.36).
VOICED_RUN = 0.03
#: A stop's closure inside a consonant cluster lasts at most this long (s), a slow voice's too (festival at x0.6:
#: 0.12 s); a printer's bursts are 20-60 ms apart, but there are many of them (see :func:`_cluster_edge`).
CLOSURE = 0.15
#: Sound over the threshold for less than this (s) is a flicker of the noise, no burst: a printer's shortest burst
#: lasts 20 ms.
FLICKER = 0.02


def without_voiceless_edges(audio: Audio, env: Envelope, runs: Sequence[tuple[float, float]],
                            thr: float) -> list[tuple[float, float]]:
    """``runs`` (stretches of sound over ``thr`` dB, in order) with the voiceless sound at their edges taken out
    where it lasts longer than a line's unvoiced consonants (see the module's docstring)."""
    out = []
    for a, b in runs:
        voiced = _voiced_span(audio, env, a, b, thr)
        if voiced is not None:
            first, last = voiced
            if first - a > START_UNVOICED:
                a = _cluster_edge(env, first, a, thr, step=-1)
            if b - last > END_UNVOICED:
                b = _cluster_edge(env, last, b, thr, step=1)
        out.append((a, b))
    return out


def _cluster_edge(env: Envelope, t: float, limit: float, thr: float, step: int) -> float:
    """The run's edge ``limit`` where the voiceless sound between the voice at ``t`` and it is one consonant
    cluster -- sound, one stop's closure (a dip of at most :data:`CLOSURE`) and one more stretch of sound: a slow
    voice's final "-ts" (``tx_festival_horn_dashes``, festival at x0.6 through a megaphone: "residents." 0.39 s
    from its last voiced frame, its /t/ closure a 0.12 s dip) or an opening "st-" -- else the edge of the unbroken
    sound holding ``t`` (:func:`_unbroken_edge`): a clatter is burst after burst."""
    edge = _unbroken_edge(env, t, limit, thr, step)
    lo, hi = sorted((env.frame(edge), env.frame(limit)))
    over = env.db[lo:min(hi, len(env.db))] > thr  # the frames between the unbroken sound and the run's edge
    if step < 0:
        over = over[::-1]  # read from the voice outwards
    bursts = [(a, b) for a, b in true_runs(over) if (b - a) * HOP >= FLICKER]  # a lone frame over is a flicker
    if len(bursts) == 1 and bursts[0][0] * HOP <= CLOSURE:
        return limit
    return edge


def _voiced_span(audio: Audio, env: Envelope, a: float, b: float, thr: float) -> Optional[tuple[float, float]]:
    """(start of the first, end of the last) stretch of sound in [a, b] voiced for at least :data:`VOICED_RUN`, or
    None when none is."""
    periodic = periodicity(audio, a, b)
    if not len(periodic):
        return None
    centres = a + HOP * np.arange(len(periodic)) + WINDOW / 2
    loud = env.db[np.minimum([env.frame(c) for c in centres], len(env.db) - 1)] > thr
    voiced = (periodic >= PERIODIC) & loud
    need = max(1, int(round(VOICED_RUN / HOP)))
    held = np.convolve(voiced.astype(int), np.ones(need, dtype=int), mode="valid") >= need  # need frames in a row
    starts = np.flatnonzero(held)
    if not len(starts):
        return None
    return float(centres[starts[0]]), float(centres[starts[-1] + need - 1])


def _unbroken_edge(env: Envelope, t: float, limit: float, thr: float, step: int) -> float:
    """From ``t`` (inside the voice) towards ``limit`` (``step`` -1: back, to a start; +1: on, to an end), the edge
    of the unbroken sound over ``thr`` that holds ``t``: where the first frame under it lies."""
    f, stop = min(env.frame(t), len(env.db) - 1), env.frame(limit)
    while (f + step >= stop if step < 0 else f + step <= stop) and 0 <= f + step < len(env.db) \
            and env.db[f + step] > thr:
        f += step
    return max(limit, f * HOP) if step < 0 else min(limit, (f + 1) * HOP)
