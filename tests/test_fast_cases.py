"""The fast-speech dev cases' generator (benchmarks/fast_cases.py): its catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import fast_cases as fc  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_is_all_dev():
    assert fc.names() == list(fc.catalogue())
    assert all(n.startswith("rd10_") and s.which == "dev" for n, s in fc.catalogue().items())
    assert set(fc.LATER) <= set(fc.names()) and len(fc.LATER) == 2


def test_every_talk_is_fast_and_has_its_own_seeds():
    specs = fc.catalogue().values()
    for s in specs:
        if s.real is not None:
            assert s.real.tempo >= 1.3
        else:
            assert all(v.speed >= 1.38 for r in s.recordings for v in r.voices)  # 230 wpm; flite stretched 0.72
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [x for s in specs for r in s.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))


def test_espeak_rates_are_words_a_minute():
    assert abs(fc.wpm(330) - 2.0) < 1e-12
