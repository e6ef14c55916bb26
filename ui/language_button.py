"""The talk's language in the status bar, and a menu to align it in another one.

Shows the document's language ("French") with the engine's reason as tooltip.
Choosing another language asks the align controller to re-align the whole
talk in it; the result, language included, is one undo step.  No alignment
logic lives here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from aligner.language import LANGUAGE_NAMES, language_name

#: Offered first in the menu; the rest of Whisper's languages follow under "More".
COMMON = ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ar", "he")


class LanguageButton(QToolButton):
    #: a Whisper language code the person chose
    languageChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("languageButton")
        self.setPopupMode(QToolButton.InstantPopup)
        self.setAutoRaise(True)
        menu = QMenu(self)
        for code in COMMON:
            menu.addAction(self._action(code, menu))
        more = menu.addMenu("More")
        for code in sorted(set(LANGUAGE_NAMES) - set(COMMON), key=language_name):
            more.addAction(self._action(code, more))
        self.setMenu(menu)
        self.show_language(None)

    def _action(self, code: str, parent) -> QAction:
        act = QAction(f"{language_name(code)} ({code})", parent)
        act.setData(code)
        act.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
        return act

    def show_language(self, code, reason: str = "") -> None:
        """Show ``code``'s language (nothing aligned yet: "Language: auto")."""
        self.code = code
        self.setText(f"Language: {language_name(code)}" if code else "Language: auto")
        tip = reason or ("Detected from the transcript (or the audio) when you align." if not code else "")
        self.setToolTip((tip + "\n" if tip else "") + "Click to align the talk in another language.")
