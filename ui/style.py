"""Colours, fonts and the style sheet: one place so the table and the waveforms agree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory, QStyleOption

from aligner.document import HINT_IGNORED, LOCKED, LOW_CONFIDENCE, NOT_HEARD, REVIEWED, Segment

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"

# Meaning -> colour.  Picked to be told apart by people with the common colour-vision deficiencies
# (blue / orange / magenta-red / purple), and always paired with a word in tooltips.
SEGMENT = QColor("#2f7fc1")
SELECTED = QColor("#1f5fa0")
LOCKED_C = QColor("#3d5a80")
LOW_CONF = QColor("#e69f00")
NOT_HEARD_C = QColor("#d0314f")
HINT_C = QColor("#8a6d00")
UNSCRIPTED = QColor("#7b4fb8")
UNTIMED = QColor("#8a8a8a")
CPS_WARN = QColor("#c62828")
PLAYHEAD = QColor("#e53935")
WAVE = QColor("#4a6d8c")
WAVE_BG = QColor("#fbfcfd")
RULER_BG = QColor("#eef1f4")

TABLE_TINTS = {
    NOT_HEARD: QColor(208, 49, 79, 48),
    LOW_CONFIDENCE: QColor(230, 159, 0, 56),
    HINT_IGNORED: QColor(138, 109, 0, 28),
}


def dealt_with(seg: Segment) -> bool:
    """A person has checked it (locked or marked reviewed): doubts about it are no longer news."""
    return seg.has(LOCKED) or seg.has(REVIEWED)


def segment_colour(seg: Segment) -> QColor:
    """The colour a segment is drawn in: its most important flag wins."""
    if seg.has(NOT_HEARD):
        return NOT_HEARD_C
    if seg.has(LOW_CONFIDENCE) and not dealt_with(seg):
        return LOW_CONF
    if seg.has(LOCKED):
        return LOCKED_C
    return SEGMENT


#: A not-heard row a person has checked: still tinted (the line is still not in the audio, and the export's
#: not-heard choice still applies to it), but paler, so the rows nobody has looked at stand out.
NOT_HEARD_CHECKED = QColor(208, 49, 79, 18)


def row_tint(seg: Segment):
    """A row's background: not heard always (a fact about the text; paler once checked); doubts only until a
    person checked it."""
    if seg.has(NOT_HEARD):
        return NOT_HEARD_CHECKED if dealt_with(seg) else TABLE_TINTS[NOT_HEARD]
    for flag in (LOW_CONFIDENCE, HINT_IGNORED):
        if seg.has(flag) and not dealt_with(seg):
            return TABLE_TINTS[flag]
    return None


def icon(name: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
    """An icon from resources/icons/<name>.svg, else a standard Qt icon."""
    path = ICONS / f"{name}.svg"
    if path.exists():
        ic = QIcon(str(path))
        app = QApplication.instance()
        if app is not None:  # the SVG engine draws disabled icons at full colour: add greyed pixmaps
            for size in (16, 20, 24, 32):
                pm = ic.pixmap(size, size)
                ic.addPixmap(app.style().generatedIconPixmap(QIcon.Disabled, pm, QStyleOption()), QIcon.Disabled)
        return ic
    if fallback is not None and QApplication.instance() is not None:
        return QApplication.style().standardIcon(fallback)
    return QIcon()


STYLE_SHEET = """
QToolBar { spacing: 4px; padding: 3px; border: none; }
QToolBar QToolButton { padding: 4px 6px; }
QStatusBar QLabel#hint { color: #555; }
QTableView { gridline-color: #e3e6ea; selection-background-color: #cfe3f7; selection-color: #111; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid #d5d9de;
                       background: #f3f5f7; font-weight: 600; }
QSplitter::handle { background: #e3e6ea; }
QLabel#stage { color: #333; }
QLabel#eta { color: #666; }
QPushButton#cancel { padding: 2px 10px; }
"""


def apply_theme(app: QApplication) -> None:
    """Fusion with a light palette everywhere: the same look on every desktop and offscreen."""
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = app.palette()
    pal.setColor(QPalette.Window, QColor("#f6f7f9"))
    pal.setColor(QPalette.Base, QColor("#ffffff"))
    pal.setColor(QPalette.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.Highlight, QColor("#cfe3f7"))
    pal.setColor(QPalette.HighlightedText, QColor("#111111"))
    pal.setColor(QPalette.ToolTipBase, QColor("#ffffe8"))
    app.setPalette(pal)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
