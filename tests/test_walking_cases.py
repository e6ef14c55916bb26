"""The rd53_* generator (benchmarks/walking_cases.py): the catalogue and the walk, without building a case.

Nothing here reads ../shared or runs a synthesizer; a case is made with ``benchmarks/cases.py rd53_...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import aside12_cases  # noqa: E402
import cases  # noqa: E402
import walking_cases  # noqa: E402
from synth_cases import RATE, Made  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_every_case_is_in_the_dev_run_or_waits_for_packages():
    specs = walking_cases.catalogue()
    assert walking_cases.names() == list(specs)
    assert all(n.startswith("rd53_") and s.which == "dev" and s.walk for n, s in specs.items())
    assert set(walking_cases.names()) == set(cases.WALKING_DEV)
    # more than one room and more than one pace
    assert len({(s.rt60, s.drr_1m) for s in specs.values()}) >= 3
    assert len({s.trips for s in specs.values()}) >= 3


def _talk(n: int) -> Made:
    segs = [{"start": 1.0 + 2.0 * k, "end": 2.2 + 2.0 * k, "text": f"line {k}"} for k in range(n)]
    return Made(np.zeros(int((2.0 * n + 1.0) * RATE), np.float32), segs, [], [])


def test_the_pace_out_and_back_twice_or_out_and_stays_and_the_default_walk_is_the_aside_sets():
    made = _talk(9)
    once = aside12_cases.distances(made, 7)
    assert once == aside12_cases.distances(made, 7, trips=1.0)
    twice = aside12_cases.distances(made, 7, trips=2.0)
    out = aside12_cases.distances(made, 7, trips=0.5)
    assert max(once[3:6]) > 2.0 and once[-1] < 1.0  # far in the middle, back at the end
    assert twice[4] < 1.0 and twice[2] > 2.0  # back by the middle
    assert out[-1] > 2.5  # never comes back
