"""A peer aligner is handed the talk's text, not a subtitle file's cue numbers and timestamps.

stable-ts and aeneas align plain lines; a TextGrid case handed to them as it stood
had ``xmin = 0`` aligned as words (stable-ts 0 % within 100 ms), which said nothing
about stable-ts.  Plain and web-style text must reach them unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from peer_text import peer_transcript  # noqa: E402

SRT = """1
00:00:01,000 --> 00:00:03,500
Good morning, and thank you
for coming.

2
00:00:04,000 --> 00:00:06,000
Today I want to tell you a story.
"""

LABELS = "0.553\t5.290\tPress 1 to call this number.\n6.000\t7.500\tPress 0 for help.\n"


def test_subtitles_become_one_line_of_text_per_cue(tmp_path):
    src = tmp_path / "transcript.txt"
    src.write_text(SRT, encoding="utf-8")
    out = peer_transcript(src, tmp_path / "peers", "case")
    assert out != src
    assert out.read_text(encoding="utf-8").splitlines() == [
        "Good morning, and thank you for coming.", "Today I want to tell you a story."]


def test_audacity_labels_lose_their_times(tmp_path):
    src = tmp_path / "transcript.txt"
    src.write_text(LABELS, encoding="utf-8")
    lines = peer_transcript(src, tmp_path / "peers", "case").read_text(encoding="utf-8").splitlines()
    assert lines == ["Press 1 to call this number.", "Press 0 for help."]


def test_plain_and_dashed_text_is_handed_over_as_it_stands(tmp_path):
    for text in ("One sentence here. Another one there.\nA second line.\n",
                 "- Thanks for having me.. 00:00:04,120 I want to start with a question..\n- Sure.\n"):
        src = tmp_path / "transcript.txt"
        src.write_text(text, encoding="utf-8")
        assert peer_transcript(src, tmp_path / "peers", "case") == src
