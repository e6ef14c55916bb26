"""The second-voice dev cases' generator (benchmarks/second_voice_cases.py): its catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import second_voice_cases as sv  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_is_all_dev():
    assert sv.names() == list(sv.catalogue())
    assert all(n.startswith("rd23_") and s.main.which == "dev" and not s.main.crosstalk
               for n, s in sv.catalogue().items())
    assert set(sv.LATER) <= set(sv.names()) and len(sv.LATER) == 2


def test_the_other_voices_differ_in_kind_source_and_level():
    specs = sv.catalogue().values()
    levels = [t.under_db for s in specs for t in s.talkers] + [s.babble[1] for s in specs if s.babble] + \
        [s.real_talker for s in specs if s.real_talker is not None] + [s.at_edges[1] for s in specs if s.at_edges]
    assert min(levels) <= 6 and max(levels) >= 20 and all(6 <= x <= 20 for x in levels)
    babbles = [len(s.babble[0]) for s in specs if s.babble]
    assert min(babbles) == 3 and max(babbles) == 8
    engines = {t.voice.engine for s in specs for t in s.talkers} | {v.engine for s in specs if s.babble
                                                                    for v in s.babble[0]}
    engines |= {s.at_edges[0].engine for s in specs if s.at_edges}
    assert engines == {"espeak", "flite", "festival"}
    assert any(s.real_talker is not None for s in specs) and sum(1 for s in specs if s.at_edges) == 2


def test_every_talk_has_its_own_seeds():
    specs = [s.main for s in sv.catalogue().values()]
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [x for s in specs for r in s.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))
