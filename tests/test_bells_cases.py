"""The rd52_* generator (benchmarks/bells_cases.py): the catalogue, and the bells laid over made-up lines.

Nothing here reads ../shared or runs a synthesizer; a case is made with ``benchmarks/cases.py rd52_...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import bells_cases  # noqa: E402
import cases  # noqa: E402
from synth_cases import RATE, Made  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_every_case_is_in_the_dev_run():
    assert bells_cases.names() == list(bells_cases.catalogue())
    assert all(n.startswith("rd52_") for n in bells_cases.names())
    assert set(bells_cases.names()) <= set(cases.all_case_names())


def test_every_talk_is_fast_and_has_bells_over_three_to_five_consecutive_lines_in_its_middle_or_peals():
    for name, spec in bells_cases.catalogue().items():
        (rec,) = spec.recordings
        assert 16 <= rec.sentences <= 20 and all(v.speed >= 1.3 for v in rec.voices), name
        assert 10 <= spec.bells_db <= 14, name
        if spec.peals:  # the aside's way: peals spread over the talk, a web page for a transcript
            assert not spec.bells and spec.transcript == "page", name
            continue
        lines = spec.bells
        assert 3 <= len(lines) <= 5 and list(lines) == list(range(lines[0], lines[-1] + 1)), name
        assert 3 <= lines[0] and lines[-1] <= rec.sentences - 4, name


def test_the_bells_ring_over_their_lines_only_and_leave_the_truth_alone():
    n = 30 * RATE
    x = np.zeros(n, np.float32)
    segs = []
    for k in range(6):
        a, b = 1.0 + 4.5 * k, 4.5 + 4.5 * k
        x[int(a * RATE):int(b * RATE)] = 0.1 * np.sin(np.arange(int(b * RATE) - int(a * RATE)) * 0.3)
        segs.append({"text": f"line {k}", "start": a, "end": b})
    made = bells_cases.bells_over(Made(x, segs, [], None), (2, 3), seed=7, under_db=10.0)
    assert made.segments == segs
    extra = made.samples - x
    assert not np.any(extra[:int((segs[2]["start"] - 0.31) * RATE)])  # nothing before the bells' first stroke
    assert np.any(extra[int(segs[2]["start"] * RATE):int(segs[3]["end"] * RATE)])
    assert "over lines [2, 3]" in made.notes[-1]
