"""The cross-talk dev cases' generator (benchmarks/crosstalk_cases.py): its catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import crosstalk_cases as xc  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_is_all_dev():
    assert xc.names() == list(xc.catalogue())
    assert all(n.startswith("rd14_") and s.main.which == "dev" and not s.main.crosstalk
               for n, s in xc.catalogue().items())
    assert set(xc.LATER) <= set(xc.names()) and len(xc.LATER) == 2


def test_the_second_talkers_differ_in_source_language_level_and_how_often_they_talk():
    talkers = [s.talker for s in xc.catalogue().values()]
    assert all(10 <= t.under_db <= 18 for t in talkers)
    assert {t.voice.engine for t in talkers} == {"espeak", "flite", "festival"}
    assert {t.gaps for t in talkers} == {xc.CONTINUOUS, xc.SPARSE}
    assert {t.language for t in talkers} > {"en"} and {t.dulled for t in talkers} == {True, False}


def test_every_talk_has_its_own_seeds():
    specs = [s.main for s in xc.catalogue().values()]
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [x for s in specs for r in s.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))
