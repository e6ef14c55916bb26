"""How the sound after a line end goes on (aligner.align.after_end): the measurements three rules share."""

from __future__ import annotations

import numpy as np

from aligner.align.after_end import BandLevels, background_beside, last_and_after, runs_on


def test_runs_on_bridges_short_dips_only():
    """A sound is followed over dips of up to BRIDGE_FRAMES (a pitch period, a stop's closure), not longer ones;
    last_sound and faded_tails both follow with it."""
    level = np.array([10, 10, 0, 0, 0, 10, 0, 0, 0, 0, 10], float)
    assert runs_on(level, 0, len(level), 5.0) == 6  # three quiet frames bridged, four not
    assert runs_on(level, 2, len(level), 5.0) == 6
    assert runs_on(level, 0, len(level), 5.0, bridge=2) == 2


def test_the_background_is_the_louder_pause_and_needs_enough_frames():
    """The background beside a line is the louder pause (a murmur swelling after the line is not its sound),
    from at least BED_MIN_FRAMES; the level of a stretch is its mean power (a loud moment counts as loud)."""
    db = np.array([[0.0] * 6 + [30.0] * 4 + [6.0] * 6])
    levels = BandLevels(100, db)  # frame 100 is column 0
    assert levels.frames(1.0, 1.06) == slice(0, 6)
    assert background_beside(levels, slice(0, 6), slice(10, 16))[0] == 6.0
    assert background_beside(levels, slice(0, 4), slice(10, 14)) is None
    last, later = last_and_after(levels, 1.10, (0.0, 0.06))
    assert abs(last[0] - 10 * np.log10((10 ** 0 + 4 * 10 ** 3) / 5)) < 1e-9 and later[0] == 6.0
