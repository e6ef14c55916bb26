"""The plan's stretches and how they are listened to: a lock must not change what Whisper hears."""

from __future__ import annotations

from aligner.align.api import AlignOptions
from aligner.align.stretches import LISTEN_ACROSS, fixed_neighbours, listening_intervals, listening_spans, plan
from aligner.document import LOCKED, Document, Segment


def _talk(locked_at: list[tuple[int, float, float]], n: int = 6) -> Document:
    segs = [Segment(text=f"line {k}") for k in range(n)]
    for k, start, end in locked_at:
        segs[k] = Segment(text=f"line {k}", start=start, end=end, flags=frozenset({LOCKED}))
    return Document(segs)


def test_the_stretches_around_a_short_lock_are_heard_as_one_span_with_the_locked_line():
    doc = _talk([(2, 20.0, 22.0)])
    stretches = plan(doc, AlignOptions(), 60.0)
    assert [st.indices for st in stretches] == [[0, 1], [3, 4, 5]]
    spans = listening_spans(stretches)
    assert spans[0] is spans[1]  # one hearing serves both
    assert (spans[0].indices, spans[0].t0, spans[0].t1) == ([0, 1, 2, 3, 4, 5], 0.0, 60.0)
    assert listening_intervals(stretches) == [(0.0, 60.0)]


def test_a_long_fixed_span_keeps_the_stretches_apart():
    doc = _talk([(2, 10.0, 10.0 + LISTEN_ACROSS + 5.0)])
    stretches = plan(doc, AlignOptions(), 200.0)
    spans = listening_spans(stretches)
    assert [(s.indices, s.t0, s.t1) for s in spans] == [([0, 1], 0.0, 10.0), ([3, 4, 5], 75.0, 200.0)]
    assert listening_intervals(stretches) == [(0.0, 10.0), (75.0, 200.0)]


def test_a_stretch_too_short_to_hear_joins_nothing_and_cuts_nothing():
    doc = _talk([(1, 10.0, 12.0), (3, 12.1, 14.0)])  # line 2 has 0.1 s between two locks
    stretches = plan(doc, AlignOptions(), 40.0)
    spans = listening_spans(stretches)
    assert [(s.indices, s.t0, s.t1) for s in spans] == [([0, 1, 2, 3, 4, 5], 0.0, 40.0), ([2], 12.0, 12.1),
                                                       ([0, 1, 2, 3, 4, 5], 0.0, 40.0)]
    assert spans[0] is spans[2]
    assert listening_intervals(stretches) == [(0.0, 40.0)]


def test_each_stretch_knows_the_fixed_lines_around_it():
    doc = _talk([(2, 20.0, 22.0), (4, 30.0, 31.0)])
    stretches = plan(doc, AlignOptions(), 60.0)
    assert [st.indices for st in stretches] == [[0, 1], [3], [5]]
    assert [tuple(None if s is None else s.text for s in fixed_neighbours(doc, st)) for st in stretches] == \
        [(None, "line 2"), ("line 2", "line 4"), ("line 4", None)]
