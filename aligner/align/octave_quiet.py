"""Quiet between two sentences, judged octave by octave under a background (issue 7: English joins under noise).

Why this exists (``rd8_*`` cases): the English join rule (:func:`.pauses.joins_into_dips`) tells a join
(sentences 0-40 ms apart, voice to voice) from a pause by the whole band's level: a pause is where the
level stays under the sound threshold, or 10 dB under the sound around, for ``MIN_PAUSE``.  Under traffic
or a fan 16-20 dB under the speech that fails both ways.  The first sentence's last sound the phone pass
left out -- the /s/ of "conference", the /n/ of "again", the vowel of "key", 150-450 ms of it on slow
speech -- sinks under the whole band's threshold, where the background's rumble sets the level; the join
reads as a pause and keeps the phone pass's early end.  And a short pause whose background swells, or
that holds a breath, can fall just short of adding up to a pause.

A listener hears both right, because masking works octave by octave (:mod:`.last_sound`): the left-out
/s/ stands 10-20 dB over the background in the octaves over 2 kHz, where a fan or traffic has little,
while in a pause every octave sits at the background's own level.  So a frame is *quiet* here when
every octave lies within :data:`OVER_BED_DB` of that octave's background, measured as a low percentile
of its level over a few seconds around (:data:`BED_SPAN`; the background of a talk whose sentences all
follow at once is still reached in their closures and joins).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, true_runs
from .after_end import BandLevels, octave_levels
from .last_sound import OVER_BED_DB

#: The background of each octave is measured this far (s) on either side of the stretch looked at.
BED_SPAN = 2.0
#: ... as this percentile of the octave's level there.
BED_PERCENTILE = 10.0
#: A frame that is not quiet between quiet ones, in runs this short (frames), is the background's flutter.
FLUTTER = 1


def quiet_stretches(audio: Audio, t0: float, t1: float) -> list[tuple[float, float]]:
    """The stretches in [t0, t1] where every octave lies within ``OVER_BED_DB`` of its background, in order."""
    measured = _with_background(audio, t0, t1)
    return [] if measured is None else quiet_runs(*measured)


def quiet_runs(bands: BandLevels, bed: np.ndarray, span: slice) -> list[tuple[float, float]]:
    """The stretches of the columns ``span`` of ``bands`` where every octave lies within ``OVER_BED_DB`` of its
    background ``bed`` (dB per octave, or per octave and column of ``span``), in order: :func:`quiet_stretches`
    for levels and a background measured by the caller."""
    # frame by frame, not smoothed: where two voices meet 10-20 ms apart, one frame is quiet in every octave
    quiet = np.all(bands.db[:, span] <= (bed if bed.ndim == 2 else bed[:, None]) + OVER_BED_DB, axis=0)
    for k in np.flatnonzero(~quiet):
        lo, hi = k - 1, k + FLUTTER
        if lo >= 0 and hi < len(quiet) and quiet[lo] and quiet[hi]:
            quiet[k] = True
    at = bands.first + span.start
    return [(float((at + k) * HOP), float((at + j) * HOP)) for k, j in true_runs(quiet)]


def loudest_over_bed(audio: Audio, t0: float, t1: float) -> float:
    """How far (dB) the loudest octave stands over its background anywhere in [t0, t1] (the background as in
    :func:`quiet_stretches`); -inf for an empty stretch."""
    measured = _with_background(audio, t0, t1)
    if measured is None:
        return float("-inf")
    bands, bed, span = measured
    return float(np.max(bands.db[:, span] - bed[:, None]))


def _with_background(audio: Audio, t0: float, t1: float) -> Optional[tuple[BandLevels, np.ndarray, slice]]:
    """The octave levels from ``BED_SPAN`` before [t0, t1] to ``BED_SPAN`` after it, each octave's background
    there (its ``BED_PERCENTILE``), and the columns of [t0, t1]; None when [t0, t1] holds no frame."""
    bands = octave_levels(audio, t0 - BED_SPAN, t1 + BED_SPAN)
    span = bands.frames(t0, t1)
    if bands.frames_held == 0 or span.stop <= span.start:
        return None
    return bands, np.percentile(bands.db, BED_PERCENTILE, axis=1), span
