"""A pause under a machine that started up during the talk: read octave by octave, against the machine's own level.

The pause pass (:mod:`.pauses`) finds pauses in the whole band's level: a stretch under the talk's loudness threshold
(:meth:`.activity.Envelope.threshold`, set between the talk's floor and its speech).  A machine switched on partway
through the talk lifts every pause after it over that threshold: an espresso machine's pump, 6 dB under the voice,
from 24.4 s to the end of a 34 s Swedish talk (``ix_sv_espeak_espresso``).  After it the pass saw one run of sound
from the line before the pump to the end of the talk, so lines placed by forcing kept the ends forcing gave them, at
the next line's start: 0.97 and 1.50 s late (lines 6 and 7), while the same lines' ends before the pump were put in
their pauses.

A listener hears those pauses plainly, because the pump and the voice differ octave by octave: in a pause every
octave lies at the pump's own level (:func:`.octave_quiet.quiet_runs`), while the voice stands 15-30 dB over it in
the octaves it lives in.  The pump's level is measured around each stretch, not over the talk (over the whole run,
the quiet before the pump set the background and no frame under the pump was quiet): the stretch is read
:data:`STEP` s at a time against each octave's low percentile over :data:`.octave_quiet.BED_SPAN` s on either side
(found: 24.49-24.96 and 28.79-30.38 s; truth 24.49-25.55 and 28.78-30.39).

A pump starting up swells for a second: its 10 Hz pulses rose 12 dB through the first pause, over the background
read around it, and the octave reading stopped at 24.96 s, 0.6 s before the next line.  What ends a pause under a
machine is a voice's onset, not the machine's swell: an octave rising more than :data:`.last_sound.OVER_BED_DB` over
its own loudest level in the :data:`SWELL_LOOK` s before (the pump's pulses rise 1-5 dB from one 0.3 s to the next;
"Säg"'s /s/ and vowel 14 and 30 dB), so the pause runs on until one does (25.55 s).

Only stretches of at least :data:`BED_PAUSE` s inside a run of sound are taken for pauses: a stop's closure or a
word break is shorter, a sentence's pause and a comma's are longer.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import BandLevels, octave_levels
from .last_sound import OVER_BED_DB
from .octave_quiet import BED_PERCENTILE, BED_SPAN, quiet_runs

#: The shortest stretch quiet in every octave inside a run of sound that is a pause (s).
BED_PAUSE = 0.3
#: A run of sound is read this many seconds at a time, each against the background around it (s).
STEP = 0.25
#: A piece of a run shorter than this (s) is no sound of its own (as :meth:`.activity.Envelope.voiced_runs` keeps
#: none shorter): the frame or two where a swelling machine crossed the loudness threshold before its quiet.
MIN_RUN = 0.04
#: A pause runs on past its quiet while no octave rises OVER_BED_DB over its loudest in this many s before (s).
SWELL_LOOK = 0.3


def split_at_bed_pauses(audio: Audio, runs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``runs`` of sound (s), each cut where a pause under a background lies inside it (see the module)."""
    out: list[tuple[float, float]] = []
    for a, b in runs:
        if b - a > 2 * BED_PAUSE:
            bands = octave_levels(audio, a - BED_SPAN, b + BED_SPAN)
            for p, q in _pauses_inside(bands, a, b):
                if p - a >= MIN_RUN:
                    out.append((a, p))
                a = max(a, _swell_end(bands, q, b))
        if b > a:
            out.append((a, b))
    return out


def _pauses_inside(bands: BandLevels, a: float, b: float) -> list[tuple[float, float]]:
    """The stretches of at least BED_PAUSE s in [a, b], ending before ``b``, quiet in every octave against the background
    around them (each STEP s of the run against the octaves' BED_PERCENTILE over BED_SPAN s on either side)."""
    span = bands.frames(a, b)
    bed = np.empty((bands.db.shape[0], span.stop - span.start))
    step = int(round(STEP / HOP))
    for k in range(0, bed.shape[1], step):
        w = a + k * HOP
        around = bands.db[:, bands.frames(w - BED_SPAN, min(b, w + STEP) + BED_SPAN)]
        bed[:, k:k + step] = np.percentile(around, BED_PERCENTILE, axis=1)[:, None]
    return [(p, q) for p, q in quiet_runs(bands, bed, span) if q - p >= BED_PAUSE and q < b]


def _swell_end(bands: BandLevels, q: float, b: float) -> float:
    """Where, from a pause's quiet ending at ``q``, an octave first rises OVER_BED_DB over its loudest level in the
    SWELL_LOOK s before it (a voice's onset, not a machine's swell); ``b`` when none does."""
    look = int(round(SWELL_LOOK / HOP))
    k, stop = bands.column(q), bands.frames(b, b).start
    while k < min(stop, bands.frames_held):
        if k >= look and np.any(bands.db[:, k] > bands.db[:, k - look:k].max(axis=1) + OVER_BED_DB):
            break
        k += 1
    return min(b, (bands.first + k) * HOP)
