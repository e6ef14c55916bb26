"""A line Whisper heard the first half of, word for word, was spoken: it is not taken out as unspoken.

Whisper's words and the sound are made up here (no model): what is tested is how placement
(aligner.align.segment_placement) reads them.
"""

from __future__ import annotations

from placing import noisy_envelope

from aligner.align.recognize import HeardWord
from aligner.align.segment_placement import place_stretch
from aligner.align.stretches import Stretch
from aligner.document import NOT_HEARD, Document, Segment

LINES = ["The committee met in the hall on a cold night.",
         "According to the minutes, the board of directors delayed the winter timetable at the end of the year.",
         "The board of directors tested a report about air quality after a long debate."]
# the first line 0.5-3.0 s; the fast second 4.0-6.4 s; the slow third 7.8-18.6 s
SOUND = [(0.5, 3.0), (4.0, 6.4), (7.8, 18.6)]


def _heard(second: list[tuple[str, float, float]]) -> list[HeardWord]:
    first = [("The", 0.5, 0.7), ("committee", 0.7, 1.2), ("met", 1.2, 1.4), ("in", 1.4, 1.5), ("the", 1.5, 1.6),
             ("hall", 1.6, 2.0), ("on", 2.0, 2.1), ("a", 2.1, 2.2), ("cold", 2.2, 2.5), ("night.", 2.5, 3.0)]
    third = [("the", 7.8, 8.1), ("board", 8.1, 8.7), ("of", 8.7, 9.1), ("directors", 9.1, 9.9),
             ("tested", 10.2, 11.5), ("a", 11.5, 11.9), ("report", 11.9, 12.9), ("about", 12.9, 13.7),
             ("air", 13.7, 14.3), ("quality", 14.3, 15.1), ("after", 15.2, 16.7), ("a", 16.7, 16.8),
             ("long", 16.8, 17.7), ("debate.", 17.7, 18.6)]
    return [HeardWord(t, a, b, 0.9) for t, a, b in first + second + third]


def _place(second: list[tuple[str, float, float]]):
    doc = Document([Segment(t) for t in LINES])
    env = noisy_envelope(SOUND, 20.0, seed=7)
    return place_stretch(doc, Stretch([0, 1, 2], 0.0, 20.0), _heard(second), env).items


def test_a_fast_line_heard_only_for_its_first_seven_words_is_placed_on_them():
    """ny_festival_drums_trumpet_dashes: the fast line heard as "According to minutes, the board of directors,"
    (its last ten words not at all) was called unspoken and squeezed into 0.2 s before its own sound; the next
    line's "The board of directors" then took the heard run, its start 3.1 s early."""
    second = [("According", 4.0, 4.25), ("to", 4.25, 4.4), ("minutes,", 4.4, 4.7), ("the", 4.7, 4.85),
              ("board", 4.85, 5.0), ("of", 5.0, 5.1), ("directors,", 5.1, 6.4)]
    items = _place(second)
    middle, last = items[1].segment, items[2].segment
    assert NOT_HEARD not in middle.flags
    assert abs(middle.start - 4.0) < 0.05, middle
    assert middle.end > 5.5, middle  # its unheard words after its heard ones, not squeezed before them
    assert abs(last.start - 7.8) < 0.05, last


def test_a_line_with_only_a_stray_phrase_heard_is_still_unspoken():
    """Three words in a row ("the board of") are what a line never said can catch from a neighbour: not enough."""
    second = [("the", 4.7, 4.85), ("board", 4.85, 5.0), ("of", 5.0, 5.1)]
    items = _place(second)
    assert NOT_HEARD in items[1].segment.flags
