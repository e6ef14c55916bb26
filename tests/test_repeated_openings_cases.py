"""The rd55_* generator (benchmarks/repeated_openings_cases.py): the catalogue and the lines that open alike.

Nothing here reads ../shared or runs a synthesizer; a case is made with ``benchmarks/cases.py rd55_...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cases  # noqa: E402
import repeated_openings_cases as roc  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_every_case_is_in_the_dev_run():
    assert roc.names() == list(roc.catalogue())
    assert all(n.startswith("rd55_") for n in roc.names())
    assert set(roc.names()) <= set(cases.all_case_names())


def test_every_talk_is_fast_with_several_lines_opening_alike_some_under_the_noise():
    for name, spec in roc.catalogue().items():
        (rec,) = spec.recordings
        assert 16 <= rec.sentences <= 22 and all(v.speed >= 1.3 for v in rec.voices), name
        openings = {" ".join(rec.texts[k].split()[:2]) for k in spec.repeats}
        assert len(openings) == 1 and len(spec.repeats) >= 5, name
        assert list(spec.covered) == list(range(spec.covered[0], spec.covered[-1] + 1)), name
        assert len(set(spec.repeats) & set(spec.covered)) >= 2, name
        assert any(k > spec.covered[-1] for k in spec.repeats), name  # and one after the noise


def test_opening_lines_replaces_the_opener_and_subject_and_says_a_short_line_twice():
    lines = roc.opening_lines(12, 7, "Last of all,", (1, 4), "the new manager", said_twice=("Thank you.", (3, 9)))
    assert len(lines) == 12 and lines[3] == lines[9] == "Thank you."
    for k in (1, 4):
        assert lines[k].startswith("Last of all, the new manager "), lines[k]
        assert lines[k].count(",") <= 2
