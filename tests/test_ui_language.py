"""The window and other languages: the status bar's language, re-aligning in another one, RTL rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from aligner.document import Document, Segment
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.gui]

FRENCH = [
    "Bonsoir à tous et bienvenue à cette conférence sur les oiseaux de mer.",
    "Ce soir, nous allons voir comment les goélands trouvent leur nourriture.",
    "Merci de votre attention et bonne fin de soirée.",
]
TIMEOUT = 240_000


def test_arabic_rows_are_laid_out_right_to_left(window):
    doc = Document([Segment("مرحبا بكم في المحاضرة.", start=0.0, end=1.0),
                    Segment("GPS يساعد الطيور؟", start=1.0, end=2.0),
                    Segment("Hello again.", start=2.0, end=3.0)], language="ar", audio_duration=3.0)
    window.model.set_document(doc)
    from ui.segment_table import TEXT

    delegate = window.table.itemDelegateForColumn(TEXT)
    directions = []
    for row in range(3):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, window.table_model.index(row, TEXT))
        directions.append(option.direction)
    # the line opening with Latin "GPS" is Arabic all the same; the English line stays left to right
    assert directions == [Qt.RightToLeft, Qt.RightToLeft, Qt.LeftToRight]
    assert window.language_button.text() == "Language: Arabic"


@pytest.mark.slow
@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng to make test speech")
def test_status_bar_language_and_realigning_in_another_one_is_one_undo_step(qtbot, window, dialogs, tmp_path):
    audio = tmp_path / "fr.wav"
    synthesize_talk(FRENCH, audio, pauses=[0.7, 0.5], voices=["fr-fr"])
    transcript = tmp_path / "fr.txt"
    transcript.write_text("\n".join(FRENCH) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([str(audio), str(transcript)])
    assert window.language_button.text() == "Language: auto"

    with qtbot.waitSignal(window.aligning.finished, timeout=TIMEOUT) as blocker:
        window.a["align"].trigger()
    assert blocker.args[0] == "done", dialogs.boxes
    doc = window.model.document
    assert doc.language == "fr" and window.language_button.text() == "Language: French"
    assert "detected from the transcript text" in window.language_button.toolTip()
    french = list(doc.segments)
    steps = window.model.undo_stack.count()

    # The person picks Italian in the status bar: the talk is aligned again in Italian (the dialog asking
    # whether to keep a doubtful result is answered "keep"), as one undo step that includes the language.
    with qtbot.waitSignal(window.aligning.finished, timeout=TIMEOUT) as blocker:
        window.language_button.languageChosen.emit("it")
    assert blocker.args[0] == "done", dialogs.boxes
    assert doc.language == "it" and window.language_button.text() == "Language: Italian"
    assert "Language: Italian (it), as chosen" in window.language_button.toolTip()
    assert window.model.undo_stack.count() == steps + 1

    window.model.undo_stack.undo()
    assert doc.language == "fr" and doc.segments == french
    assert window.language_button.text() == "Language: French"
