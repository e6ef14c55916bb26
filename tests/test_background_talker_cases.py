"""The rd50_* generator (benchmarks/background_talker_cases.py): the catalogue and the hall, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import background_talker_cases as btc  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_dev_only_talkers_and_tails():
    assert btc.names() == list(btc.catalogue())
    assert all(n.startswith("rd50_") for n in btc.names())
    specs = list(btc.catalogue().values())
    assert all(s.main.which == "dev" for s in specs)
    assert any(s.other.rt60 for s in specs) and any(not s.other.rt60 for s in specs)
    assert len({s.main.seed for s in specs}) == len(specs)


def test_the_hall_keeps_the_direct_sound_and_decays_by_60_db_over_its_rt60():
    x = np.zeros(100)
    x[0] = 1.0
    y = btc.hall(x, 0.8, seed=1)
    assert y[0] == 1.0 and len(y) == 100 + int(0.8 * btc.RATE) - 1
    early = np.sqrt(np.mean(y[1:800] ** 2))
    late = np.sqrt(np.mean(y[int(0.7 * btc.RATE):int(0.8 * btc.RATE)] ** 2))
    assert 20 * np.log10(early / late) > 40
