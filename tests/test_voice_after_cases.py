"""The voice-after-the-line dev cases' generator (benchmarks/voice_after_cases.py): its catalogue, and where it lays
the second talker, without running a synthesizer.

Nothing here reads ../shared; the cases themselves are checked by ``voice_after_cases.py --check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import voice_after_cases as va  # noqa: E402
from synth_cases import RATE, Made, Voice  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_is_all_dev_and_keeps_two_out():
    assert va.names() == list(va.catalogue()) == va.NAMES
    assert all(n.startswith("rd34_") and s.main.which == "dev" and not s.main.crosstalk
               for n, s in va.catalogue().items())
    assert set(va.LATER) <= set(va.names()) and len(va.LATER) == 2
    assert va.names("seen") == [n for n in va.NAMES if n not in va.LATER] and va.names("later") == va.LATER


def test_the_second_talkers_differ_in_engine_and_level_and_every_talk_has_its_own_seeds():
    specs = list(va.catalogue().values())
    assert {s.after.engine for s in specs} == {"espeak", "flite", "festival"}
    assert min(s.under_db for s in specs) <= 5 and max(s.under_db for s in specs) >= 14
    seeds = [s.main.seed for s in specs] + [s.main.real.seed for s in specs if s.main.real] + \
        [x for s in specs for r in s.main.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))


def test_a_phrase_begins_near_every_lines_end_and_the_truth_does_not_move(monkeypatch):
    """A tone stands for the synthesizer: each line's end is followed (OFFSET) by the other voice, and the
    segments -- the truth -- are the talk's own."""
    monkeypatch.setattr(va.sc, "say", lambda text, voice: np.ones(int(0.5 * RATE), np.float32))
    segments = [{"text": "One.", "start": 1.0, "end": 2.0}, {"text": "Two.", "start": 4.0, "end": 5.0}]
    quiet = Made(np.zeros(8 * RATE, np.float32), segments, [], [])
    monkeypatch.setattr(va.a4, "speech_rms", lambda made: 1.0)
    laid = va.lay_after_each_end(quiet, Voice("espeak", "en-us", 1.0), 6.0, seed=3)
    assert laid.segments == segments
    for s in segments:
        lo, hi = int((s["end"] + va.OFFSET[0]) * RATE), int((s["end"] + va.OFFSET[1]) * RATE)
        first = np.flatnonzero(laid.samples)[np.flatnonzero(laid.samples) >= lo][0]
        assert lo <= first <= hi
    assert not laid.samples[:int((1.0 + 1.0 + va.OFFSET[0]) * RATE) - 1].any()
