"""The dev talks under low rumbles that are not thunder (``benchmarks/rumble_cases.py``, ``rd176_*``): each rumble only
adds sound, low, for seconds, at the level its note says; no seed is one an aside set drew."""

from __future__ import annotations

import importlib
import re

import numpy as np
from made_up_talks import TEN_LINES, band_share, changed_runs, cut, level_db, speech_like

import rumble_cases as rc  # made_up_talks put benchmarks/ on the path  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402
from synth_cases import RATE  # noqa: E402


def _added(out, made) -> np.ndarray:
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    return out.samples.astype(np.float64) - made.samples.astype(np.float64)


def _loudest_under_speech(added: np.ndarray, made, run: np.ndarray) -> float:
    speech = level_db(np.concatenate([cut(made.samples, s, e) for s, e in TEN_LINES]))
    return max(level_db(added[i:i + RATE]) for i in range(run[0], max(run[0] + 1, run[-1] - RATE), RATE // 4)) - speech


def test_lorries_aircraft_and_wind_only_add_a_low_rumble_of_seconds():
    made = speech_like()
    for out, count, top, most in ((rc.lorries(made, 3, 2), 2, 300, 8.0), (rc.aircraft(made, 4), 1, 450, 6.0),
                                  (rc.wind(made, 5, 2), 2, 250, 8.0)):
        added = _added(out, made)
        runs = changed_runs(added, gap=0.5)
        assert 1 <= len(runs) <= count and out.notes[-1].count(" dB under") == count  # (two may run into one)
        assert all(len(run) / RATE > 3.0 for run in runs)  # seconds long
        assert band_share(added, 0, top) > 0.9  # under the voice's formants
        assert all(-most - 1.5 < _loudest_under_speech(added, made, run) < -1.0 for run in runs)
        assert re.search(r"at \d+\.\d s", out.notes[-1])


def test_no_seed_was_drawn_by_an_aside_set():
    earlier = [importlib.import_module(f"aside{i}_cases") for i in range(3, 25)]
    ours = catalogue_seeds(rc)
    assert len(set(ours)) == len(ours)
    assert not set(ours) & set(catalogue_seeds(*earlier))
    assert sorted(rc.catalogue()) == sorted(rc.NAMES) and all(n.startswith("rd176_") for n in rc.NAMES)
