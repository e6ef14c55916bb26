"""Dialog titles that are read whole.

A window manager elides a title that does not fit the title bar, and Qt sizes
a dialog (a message box above all) to its contents, not to its title: "Save
changes to the-long-talk-name.alignproj…" ended as "Save chan…".  Every dialog
of the window is made at least as wide as its title needs, with room for the
title bar's icon and buttons.  The title measured is the one the title bar shows:
Qt appends " — Aligner" (the application's display name) to it, and window
managers draw it in bold ("Restore unsaved work?" was still cut under Openbox
when only the bare title was measured).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

#: Pixels a title bar spends besides the title: window icon, minimise/maximise/close buttons, margins.
TITLE_BAR_EXTRA = 160


#: What Qt puts between a window's title and the application's display name (QPlatformWindow::formatWindowTitle).
TITLE_SEPARATOR = " \u2014 "


def shown_title(widget: QWidget) -> str:
    """The title as the title bar shows it: with " — <display name>" appended, as Qt does."""
    title, app = widget.windowTitle(), QGuiApplication.applicationDisplayName()
    if not app or title.endswith(app):
        return title or app
    return f"{title}{TITLE_SEPARATOR}{app}" if title else app


def title_width(widget: QWidget) -> int:
    """The width ``widget`` needs for its whole window title to show, in the bold type of a title bar.

    Never more than the screen is wide: a wider dialog would not fit, and its title is elided anyway.
    """
    bold = QFont(widget.font())
    bold.setBold(True)
    need = QFontMetrics(bold).horizontalAdvance(shown_title(widget)) + TITLE_BAR_EXTRA
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return min(need, screen.availableGeometry().width()) if screen is not None else need


def fit_title(widget: QWidget) -> None:
    """Make ``widget`` (a dialog or message box) wide enough for its window title."""
    need = title_width(widget)
    if isinstance(widget, QMessageBox):
        # A message box resizes itself to its text and ignores a minimum width; a spacer in its grid holds.
        layout = widget.layout()
        if isinstance(layout, QGridLayout):
            layout.addItem(QSpacerItem(need, 0, QSizePolicy.Minimum, QSizePolicy.Expanding),
                           layout.rowCount(), 0, 1, layout.columnCount())
        return
    widget.setMinimumWidth(max(widget.minimumWidth(), need))
