"""How the sound after a line end goes on (aligner.align.after_end): the measurements three rules share."""

from __future__ import annotations

import numpy as np

from aligner.align.after_end import background_beside, BandLevels, last_and_after, room_tail_from, runs_on


def test_a_rooms_tail_falls_as_a_line_and_a_held_sound_does_not():
    """From where a voice stops, a hall's tail falls in dB as a straight line at the room's rate (RT60 0.9 s:
    0.67 dB per 10 ms) down to the background; a held last sound keeps its level, uneven, then stops."""
    rng = np.random.default_rng(1)
    tail = 30.0 - 0.67 * np.arange(40) + rng.normal(0, 0.7, 40)
    assert room_tail_from(tail, 0, 40) == 0
    held = np.concatenate([30.0 + rng.normal(0, 1.5, 20), 30.0 - 8.0 * np.arange(1, 5)])
    assert room_tail_from(held, 0, len(held)) is None
    # the voice holds for 100 ms, then the room's tail: the tail is found to begin within 50 ms before the voice stopped
    both = np.concatenate([30.0 + rng.normal(0, 1.5, 10), 29.0 - 0.67 * np.arange(40)])
    assert 5 <= room_tail_from(both, 0, len(both)) <= 10
    # a fall much faster than any hall's (a fade over a syllable) is not a room's tail
    assert room_tail_from(30.0 - 2.5 * np.arange(20), 0, 20) is None


def test_runs_on_bridges_short_dips_only():
    level = np.array([10, 10, 0, 0, 0, 10, 0, 0, 0, 0, 10], float)
    assert runs_on(level, 0, len(level), 5.0) == 6  # three quiet frames bridged, four not
    assert runs_on(level, 2, len(level), 5.0) == 6
    assert runs_on(level, 0, len(level), 5.0, bridge=2) == 2


def test_the_background_is_the_louder_pause_and_needs_enough_frames():
    db = np.array([[0.0] * 6 + [30.0] * 4 + [6.0] * 6])
    levels = BandLevels(100, db)  # frame 100 is column 0
    assert levels.frames(1.0, 1.06) == slice(0, 6)
    assert background_beside(levels, slice(0, 6), slice(10, 16))[0] == 6.0
    assert background_beside(levels, slice(0, 4), slice(10, 14)) is None
    last, later = last_and_after(levels, 1.10, (0.0, 0.06))
    assert abs(last[0] - 10 * np.log10((10 ** 0 + 4 * 10 ** 3) / 5)) < 1e-9 and later[0] == 6.0
