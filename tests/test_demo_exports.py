"""The demo talk, as a new user meets it: its page conventions and its subtitle exports (issue 8).

Opened, aligned (the real engine, 10-20 s) and exported through the window
with the export dialog's defaults: no ".." sentence end, no zero-length cue,
no cue faster than 40 characters per second.
"""

from __future__ import annotations

import re

import pysubs2
import pytest

pytestmark = pytest.mark.gui

#: Two periods that are not part of an ellipsis.
DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
MAX_CPS = 40.0
TIMEOUT = 300_000  # ms: the first alignment starts the engine process and loads the model


def open_demo(qtbot, window):
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        window.a["open_demo"].trigger()
    return window.model.document


def export(window, key, path):
    """What File -> Export writes with the dialog's defaults for format ``key``."""
    from ui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(window.model.document, window.prefs, [], window)
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData(key))
    dlg.path_edit.setText(str(path))
    assert window.exporting.run(dlg.request(), check=False)
    dlg.deleteLater()
    return path.read_text(encoding="utf-8")


def test_the_demo_shows_single_full_stops_and_writes_its_page_back(qtbot, window, tmp_path):
    """Leak 4: the page's ".." is shown and exported as ".", and restored when the page is written back."""
    from ui.segment_table import TEXT

    doc = open_demo(qtbot, window)
    table = window.table_model
    shown = [table.data(table.index(r, TEXT)) for r in range(table.rowCount())]
    assert shown[0] == "Welcome back to the show." and not any(DOUBLE_PERIOD.search(t) for t in shown)
    page = export(window, "web", tmp_path / "page.txt")
    original = open(doc.source_path, encoding="utf-8").read()
    assert page == original  # not aligned yet: every stamp as it was, every ".." back
    assert not DOUBLE_PERIOD.search(export(window, "txt", tmp_path / "talk.txt"))


@pytest.mark.slow
def test_the_aligned_demos_subtitles_and_text_are_readable(qtbot, window, dialogs, tmp_path):
    doc = open_demo(qtbot, window)
    with qtbot.waitSignal(window.aligning.finished, timeout=TIMEOUT) as blocker:
        window.a["align"].trigger()
    assert blocker.args[0] == "done", dialogs.boxes
    assert doc.aligned
    texts = {key: export(window, key, tmp_path / f"demo.{key}") for key in ("srt", "vtt", "txt")}
    for key, text in texts.items():
        assert not DOUBLE_PERIOD.search(text), (key, DOUBLE_PERIOD.search(text))
    for key in ("srt", "vtt"):
        subs = pysubs2.SSAFile.from_string(texts[key], format_=key)
        assert len(subs) >= 20
        for ev in subs:
            duration = (ev.end - ev.start) / 1000
            assert duration > 0, (key, ev)
            cps = len(" ".join(ev.plaintext.split())) / duration
            assert cps <= MAX_CPS, (key, ev.plaintext, f"{cps:.0f} characters per second")
        assert "summarised" not in texts[key]  # the not-heard stage direction stays out of subtitles
    assert "summarised" in texts["txt"]
    web = export(window, "web", tmp_path / "page.txt")
    assert web.count("..") >= 15 and "00:00:" in web  # the page's own shape, with fresh times
