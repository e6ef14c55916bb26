"""benchmarks/why_off.py lines a case's truth up with the segments the transcript reader made of it.

A truth line is the transcript's line as written; a ``- `` turn transcript's lines carry a dash the reader drops (and
a speaker's name it keeps as the speaker), so counting the written tokens against the read ones skipped every such
case ("transcript lines and segments do not line up").  No aligner runs here and nothing reads ../shared.
"""

from __future__ import annotations

import why_off
from aligner.formats import parse_transcript


def _line_up(lines: list[str]):
    doc = parse_transcript("\n".join(lines))
    return why_off._groups(lines, [s.text for s in doc.segments], doc.source_format), doc


def test_turn_dashes_line_up_with_the_segments_read():
    lines = ["- A group of farmers planned an old water pipe late in the evening.",
             "- Surprisingly, the head nurse described a proposal. It was approved at once.",
             "- For now, the committee approved the school lunch menu."]
    groups, doc = _line_up(lines)
    assert doc.source_format == "web"
    assert len(doc.segments) == 4   # the second turn is read as two sentences
    assert groups == [[0], [1, 2], [3]]


def test_speaker_names_line_up_with_the_segments_read():
    lines = ["ANNA: The board of directors approved the results of the survey.",
             "BEN: The head nurse rejected the price of electricity before the holidays."]
    groups, doc = _line_up(lines)
    assert [s.speaker for s in doc.segments] == ["ANNA", "BEN"]
    assert groups == [[0], [1]]


def test_plain_lines_still_line_up_and_a_missing_line_does_not():
    lines = ["The board approved the results.", "The head nurse rejected the price."]
    groups, doc = _line_up(lines)
    assert groups == [[0], [1]]
    assert why_off._groups(lines[:1], [s.text for s in doc.segments], doc.source_format) is None
