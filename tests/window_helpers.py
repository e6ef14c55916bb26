"""Small helpers the window tests share: read a segment, drag with the mouse, make timed words.

Fixtures live in conftest.py; these are plain functions the tests import
(pytest advises against importing conftest itself).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from aligner.document import Segment, Word
from aligner.text import split_words

#: The talk a window test shows unless its module overrides the ``talk_sentences`` fixture.
TALK_SENTENCES = ["The first sentence is short.", "Then a second one follows with a few more words in it.",
                  "A third one ends the talk."]


def seg(window, i: int) -> Segment:
    """Segment ``i`` of the document the window shows now."""
    return window.model.document.segments[i]


def drag(qtbot, widget, x0: float, x1: float, modifier=Qt.NoModifier, button=Qt.LeftButton) -> None:
    """Press at x0, move through the middle to x1 and release, at half the widget's height."""
    y = widget.height() // 2
    qtbot.mousePress(widget, button, modifier, QPoint(int(round(x0)), y))
    qtbot.mouseMove(widget, QPoint(int(round((x0 + x1) / 2)), y))
    qtbot.mouseMove(widget, QPoint(int(round(x1)), y))
    qtbot.mouseRelease(widget, button, modifier, QPoint(int(round(x1)), y))


def with_words(text: str, start: float, end: float, fill: float = 1.0, **kw) -> Segment:
    """A segment whose words share its time evenly; each word takes ``fill`` of its share
    (below 1 leaves a pause after every word).  ``kw`` goes to Segment (speaker, flags, ...)."""
    spans = split_words(text)
    step = (end - start) / len(spans)
    words = tuple(Word(s.text, start + k * step, start + (k + fill) * step, 0.9, cue=s.cue)
                  for k, s in enumerate(spans))
    return Segment(text, start, end, words=words, confidence=kw.pop("confidence", 0.9), **kw)
