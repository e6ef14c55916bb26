"""The rd30_* short-lines-through-a-PA generator (benchmarks/short_pa_more_cases.py) and benchmarks/pa_ends.py's
sorting of line ends: the catalogue, without building a case.

Nothing here reads ../shared or runs a synthesizer; the cases themselves are checked by ``cases.py --check``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import echo_room_cases as er  # noqa: E402
import pa_ends  # noqa: E402
import short_pa_cases  # noqa: E402
import short_pa_more_cases as spm  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_keeps_two_aside():
    assert spm.names() == list(spm.catalogue())
    assert all(n.startswith("rd30_") for n in spm.names())
    assert set(spm.LATER) <= set(spm.names()) and len(spm.LATER) == 2
    assert not set(spm.LATER) & set(spm.names("seen"))


def test_its_lines_are_short_and_said_by_no_other_pa_case():
    lines = spm.SHORT_LINES
    assert len(lines) == len(set(lines)) and all(1 <= len(line.split()) <= 3 for line in lines)
    assert not set(lines) & (set(short_pa_cases.SHORT_LINES) | set(er.SHORT_LINES))
    said = [t for s in spm.catalogue().values() for r in s.recordings for t in r.texts]
    assert len(said) == len(set(said)) and set(said) <= set(lines)


def test_the_pas_differ_in_delay_level_band_and_hall():
    pas = [s.pa for s in spm.catalogue().values()]
    delays = [lo for p in pas for (lo, _), _ in p.copies]
    levels = [db for p in pas for _, db in p.copies]
    assert min(delays) < 0.05 and max(delays) > 0.2
    assert max(levels) >= -2.0 and min(levels) <= -11.0
    assert len({p.band for p in pas}) >= 4 and min(p.rt60 for p in pas) <= 0.6 and max(p.rt60 for p in pas) >= 1.6
    assert any(len(p.copies) == 2 for p in pas)


def test_its_voices_are_not_the_earlier_pa_talks():
    def voices(specs):
        return {v.name for s in specs for r in s.recordings for v in r.voices}

    earlier_pa = [s for s in short_pa_cases.catalogue().values() if s.pa is not None]
    earlier_pa += [s for s in er.catalogue().values() if isinstance(s, er.Echo) and s.pa is not None]
    assert not voices(spm.catalogue().values()) & voices(earlier_pa)


def test_every_talk_has_its_own_seeds():
    specs = list(spm.catalogue().values())
    seeds = [s.seed for s in specs] + [r.seed for s in specs for r in s.recordings]
    assert len(seeds) == len(set(seeds)) and all(re.fullmatch(r"63\d{3}", str(x)) for x in seeds)


def test_pa_ends_sorts_an_end_by_where_it_lies_against_the_copy():
    assert pa_ends.where(-80.0, 100.0) == "early"
    assert pa_ends.where(30.0, 100.0) == "voice"
    assert pa_ends.where(110.0, 100.0) == "copy"
    assert pa_ends.where(180.0, 100.0) == "tail"


def test_the_pair_of_steps_replay_finds_the_voice_stopping_a_delay_before_its_copy():
    import numpy as np

    db = np.full(120, -70.0)  # the pause
    db[20:50] = -20.0  # the voice
    db[50:60] = -26.0  # its copy alone, ten frames (a delay) after the voice stopped
    db[60:100] = -34.0 - 0.6 * np.arange(40)  # the copy's hall tail: 60 dB a second
    assert pa_ends.copy_step_end(db, 20, 68, 120, 10.0) in (50, 51)  # an end in the tail: back to the voice (a frame)
    db[52:56] = -18.0  # something louder than the voice's last sound inside the copy: the voice went on
    assert pa_ends.copy_step_end(db, 20, 68, 120, 10.0) is None
