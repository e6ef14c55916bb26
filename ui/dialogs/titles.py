"""Dialog titles that are read whole.

A window manager elides a title that does not fit the title bar, and Qt sizes
a dialog (a message box above all) to its contents, not to its title: "Save
changes to the-long-talk-name.alignproj…" ended as "Save chan…".  Every dialog
of the window is made at least as wide as its title needs, with room for the
title bar's icon and buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

#: Pixels a title bar spends besides the title: window icon, minimise/maximise/close buttons, margins.
TITLE_BAR_EXTRA = 160


def title_width(widget: QWidget) -> int:
    """The width ``widget`` needs for its whole window title to show."""
    return widget.fontMetrics().horizontalAdvance(widget.windowTitle()) + TITLE_BAR_EXTRA


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
