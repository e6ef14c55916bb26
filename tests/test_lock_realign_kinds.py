"""benchmarks/lock_realign.py's boundaries by kind: a lock's neighbours apart from the rest (no case, no model)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import lock_realign  # noqa: E402

from aligner.document import Segment  # noqa: E402


def test_the_boundaries_beside_a_fixed_line_are_counted_apart_from_the_rest():
    truth = {(0, 0): (0.0, 1.0), (1, 1): (1.2, 2.0), (2, 2): (2.1, 3.0), (3, 3): (3.2, 4.0)}
    before = [Segment("a", 0.0, 1.0), Segment("b", 1.2, 2.0), Segment("c", 2.1, 3.0), Segment("d", 3.2, 4.0)]
    after = [Segment("a", 0.0, 1.0), Segment("b", 1.5, 2.0), Segment("c", 2.1, 3.0), Segment("d", 3.2, 3.9)]
    o = lock_realign.Outcome("x", "lock-own", [0, 2], before, after, truth, {0: before[0], 2: before[2]})
    kinds = lock_realign.measure(o)["kinds"]
    assert kinds["start after a fixed line"] == {"n": 2, "worse": 1, "better": 0}  # b's start 0.3 s late; d's kept
    assert kinds["end before a fixed line"] == {"n": 1, "worse": 0, "better": 0}  # b's end
    assert kinds["elsewhere"] == {"n": 1, "worse": 1, "better": 0}  # d's end 0.1 s early
    table = lock_realign.kinds_table([lock_realign.measure(o)])
    assert "| lock-own | start after a fixed line | 2 | 1 | 0 |" in table
