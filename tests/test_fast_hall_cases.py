"""The rd16_* dev cases' generator (benchmarks/fast_hall_cases.py): its catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import aside4_cases as a4  # noqa: E402
import fast_cases  # noqa: E402
import fast_hall_cases as fh  # noqa: E402
import room_bed_cases as rb  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_keeps_two_for_later():
    assert fh.names() == list(fh.catalogue())
    assert all(n.startswith("rd16_") for n in fh.names())
    assert set(fh.LATER) <= set(fh.names()) and len(fh.LATER) == 2
    assert fh.names("seen") + fh.names("later") == [n for n in fh.names() if n not in fh.LATER] + fh.LATER


def test_fast_talks_use_voices_rd10_did_not_and_halls_span_sizes():
    used = {(v.engine, v.name) for s in fast_cases.catalogue().values() for r in s.recordings for v in r.voices}
    fast = [s for s in fh.catalogue().values() if isinstance(s, a4.Spec)]
    halls = [s for s in fh.catalogue().values() if isinstance(s, rb.RoomBed)]
    assert fast and all(v.speed >= 1.4 for s in fast for r in s.recordings for v in r.voices)  # 230+ wpm
    assert not used & {(v.engine, v.name) for s in fast for r in s.recordings for v in r.voices}
    assert all(h.rt60 and h.drr_db is not None for h in halls)
    assert min(h.rt60 for h in halls) <= 0.7 and max(h.rt60 for h in halls) >= 2.0


def test_every_talk_has_its_own_seeds():
    specs = fh.catalogue().values()
    seeds = [s.seed for s in specs] + [x for s in specs if isinstance(s, a4.Spec)
                                      for r in s.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))
