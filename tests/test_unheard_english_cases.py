"""The rd51_* generator (benchmarks/unheard_english_cases.py): the catalogue and the alarm, without building a case.

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

import barely_heard_cases  # noqa: E402
import unheard_english_cases as uec  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_all_dev_with_its_own_seeds_and_voices():
    specs = uec.catalogue()
    assert uec.names() == list(specs) and all(n.startswith("rd51_") for n in specs)
    assert all(s.which == "dev" for s in specs.values())
    seeds = [s.seed for s in specs.values()] + [x for s in specs.values() for r in s.recordings
                                                for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds)) and all(re.fullmatch(r"51\d{3}", str(x)) for x in seeds)
    rd27 = {(v.engine, v.name) for s in barely_heard_cases.catalogue().values() for r in s.recordings
            for v in r.voices if v.engine == "espeak"}
    ours = {(v.engine, v.name) for s in specs.values() for r in s.recordings for v in r.voices}
    assert not ours & rd27  # espeak-ng variants rd27 did not use (flite and festival have few English voices)
    kinds = {o.kind for s in specs.values() for o in s.over}
    assert {"alarm", "mumble"} <= kinds


def test_the_alarm_beeps_half_a_second_on_half_off_at_unit_level_while_it_sounds():
    rate = uec.RATE
    x = uec.alarm(3 * rate)
    on = np.abs(x[: rate // 2]).max() > 0 and not np.abs(x[int(0.55 * rate): int(0.95 * rate)]).any()
    assert on
    assert abs(np.sqrt(np.mean(x[: rate // 2] ** 2)) - 1.0) < 0.01
