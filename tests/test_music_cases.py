"""The rd41_* music generator (benchmarks/music_cases.py): the catalogue and the ducking, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import aside6_cases as a6  # noqa: E402
import music_cases  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_keeps_two_aside():
    assert music_cases.names() == list(music_cases.catalogue())
    assert all(n.startswith("rd41_") for n in music_cases.names())
    assert set(music_cases.LATER) <= set(music_cases.names()) and len(music_cases.LATER) == 2
    assert not set(music_cases.LATER) & set(music_cases.names("seen"))


def test_every_talk_has_music_from_the_dev_track_only_and_is_dev():
    specs = music_cases.catalogue()
    for name, spec in specs.items():
        assert spec.which == "dev"
        assert (spec.music is not None) != (name in music_cases.DUCKED), name  # a bed, or music between lines
        if spec.music:
            assert spec.music[0] in a6.TRACKS["dev"] and spec.music[0] not in a6.TRACKS["aside"]
    levels = [s.music[1] for s in specs.values() if s.music]
    assert min(levels) <= 8 and max(levels) >= 14 and len(set(levels)) >= 4


def test_every_talk_has_its_own_seeds():
    specs = list(music_cases.catalogue().values())
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [r.seed for s in specs for r in s.recordings]
    assert len(seeds) == len(set(seeds)) and all(re.fullmatch(r"41\d{3}", str(x)) for x in seeds)


def test_ducked_music_is_up_in_the_pauses_and_down_under_a_line_after_its_first_moment():
    rate = music_cases.RATE
    segments = [{"start": 1.0, "end": 2.0}, {"start": 3.5, "end": 4.0}]
    gain = music_cases.ducking_gain(segments, int(5.0 * rate), 4.0, 20.0)
    db = 20 * np.log10(gain)
    at = lambda t: db[int(t * rate)]  # noqa: E731
    assert abs(at(0.5) + 4.0) < 1e-9 and abs(at(3.0) + 4.0) < 1e-9  # a pause: up (log10's last bit is the CPU's)
    assert abs(at(1.02) + 4.0) < 1e-9  # the line's first moment: the ducking has not begun
    assert abs(at(1.5) + 20.0) < 1e-9 and abs(at(2.2) + 20.0) < 1e-9  # under the line, and held after it
    assert -20.0 < at(2.5) < -4.0  # coming back
    assert abs(at(4.8) + 4.0) < 1e-9
