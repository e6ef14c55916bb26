"""The rd49_* generator (benchmarks/pause_sound_cases.py): the catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; a case is made with ``benchmarks/cases.py rd49_...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cases  # noqa: E402
import pause_sound_cases  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_every_case_is_in_the_dev_run():
    assert pause_sound_cases.names() == list(pause_sound_cases.catalogue())
    assert all(n.startswith("rd49_") for n in pause_sound_cases.names())
    assert set(pause_sound_cases.names()) <= set(cases.all_case_names())


def test_every_talk_has_an_edge_word_beside_a_pause_with_a_sound_in_it_or_a_tail_heard_apart():
    for name, trap in pause_sound_cases.catalogue().items():
        tails = [line for line in trap.lines if line.tail]
        sounds = [line for line in trap.lines if line.before]
        assert tails or sounds, name
        assert all(line.tail_gap and line.tail_gap[0] >= 0.3 for line in tails), name
