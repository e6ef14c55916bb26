"""The rd33_* cafe generator (benchmarks/cafe_cases.py): the catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import aside8_cases as a8  # noqa: E402
import cafe_cases  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_keeps_two_aside():
    assert cafe_cases.names() == list(cafe_cases.catalogue())
    assert all(n.startswith("rd33_") for n in cafe_cases.names())
    assert set(cafe_cases.LATER) <= set(cafe_cases.names()) and len(cafe_cases.LATER) == 2
    assert not set(cafe_cases.LATER) & set(cafe_cases.names("seen"))


def test_every_talk_is_in_a_cafe_at_its_own_level_and_dev_only():
    specs = cafe_cases.catalogue().values()
    assert all(s.cafe > 0 and s.which == "dev" for s in specs)
    levels = [s.cafe for s in specs]
    assert min(levels) <= 6 and max(levels) >= 12 and len(set(levels)) >= 5
    assert not {s.cafe for s in a8.catalogue().values() if s.cafe} >= set(levels)  # not the rd22/yx levels only


def test_its_short_lines_are_short_and_said_by_no_other_cafe_talk():
    lines = cafe_cases.SHORT_LINES
    assert len(lines) == len(set(lines)) and all(1 <= len(line.split()) <= 3 for line in lines)
    assert not set(lines) & set(a8.SHORT_LINES)


def test_every_talk_has_its_own_seeds():
    specs = list(cafe_cases.catalogue().values())
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [r.seed for s in specs for r in s.recordings]
    assert len(seeds) == len(set(seeds)) and all(re.fullmatch(r"33\d{3}", str(x)) for x in seeds)
