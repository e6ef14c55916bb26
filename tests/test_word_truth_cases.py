"""The rd35_* word-truth generator (benchmarks/word_truth_cases.py): the catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import synth_cases  # noqa: E402
import word_truth_cases as wt  # noqa: E402


def test_every_case_is_rd35_and_the_two_run_once_are_among_them():
    assert wt.names() == list(wt.catalogue()) and all(n.startswith("rd35_") for n in wt.names())
    assert set(wt.RUN_ONCE_AT_THE_END) <= set(wt.names()) and len(wt.RUN_ONCE_AT_THE_END) == 2


def test_only_voices_that_time_their_own_words():
    """flite and festival say where each word lies; an espeak-ng voice would leave its words untimed."""
    engines = {v.engine for recs, _ in wt.catalogue().values() for r in recs for v in r.voices}
    assert engines == {"flite", "festival"}


def test_speeds_and_backgrounds_vary():
    recs = [r for rs, _ in wt.catalogue().values() for r in rs]
    speeds = [v.speed for r in recs for v in r.voices]
    assert min(speeds) <= 0.8 and max(speeds) >= 1.3
    assert len({r.noise for r in recs if r.snr_db is not None}) >= 5 and any(r.snr_db is None for r in recs)
    assert any(r.phone for r in recs) and any(r.rt60 for r in recs)


def test_seeds_are_its_own():
    recs = [r for rs, _ in wt.catalogue().values() for r in rs]
    seeds, texts = [r.seed for r in recs], [r.text_seed for r in recs]
    assert len(seeds) == len(set(seeds)) and all(re.fullmatch(r"35\d{3}", str(s)) for s in seeds)
    assert len(texts) == len(set(texts)) and all(re.fullmatch(r"36\d{3}", str(s)) for s in texts)
    others = {r.seed for _, rs, _ in synth_cases.CATALOGUE.values() for r in rs}
    others |= {r.text_seed for _, rs, _ in synth_cases.CATALOGUE.values() for r in rs}
    assert not (set(seeds) | set(texts)) & others
