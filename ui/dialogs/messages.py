"""Message boxes: errors that say what happened and what to do, and yes/no questions.

Every modal message of the window goes through :func:`present`, so tests can
replace that one function and never block on a dialog.
"""

from __future__ import annotations

import errno
from typing import Optional

from PySide6.QtWidgets import QMessageBox, QWidget

from aligner.errors import AlignerError

from .titles import fit_title


def present(box: QMessageBox) -> int:
    """Show a message box modally and return the clicked standard button (patched in tests)."""
    return box.exec()


def show_error(parent: Optional[QWidget], title: str, text: str, details: Optional[str] = None,
               informative: Optional[str] = None) -> None:
    box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, parent)
    box.setObjectName("errorDialog")
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)  # Qt shows it collapsed behind "Show Details…"
    fit_title(box)
    present(box)


def show_warning(parent: Optional[QWidget], title: str, text: str) -> None:
    """Something the user should know that did not stop the work (a damaged file read in part)."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, parent)
    box.setObjectName("warningDialog")
    present(box)


def describe(exc: BaseException) -> tuple[str, str, Optional[str]]:
    """(title, message, what to do) for an exception, written for the person using Aligner."""
    if isinstance(exc, AlignerError):
        return exc.title, str(exc), None
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        if exc.errno == errno.ENOSPC:
            return "Disk full", f"The disk is full; nothing was written{where}.", "Free some space and try again."
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "No permission", f"Aligner may not use{where}.", "Choose another file or folder."
        if exc.errno == errno.ENOENT:
            return "File not found", f"There is no file{where}.", "Check the name, or choose the file again."
        return "File problem", f"A file could not be used{where}: {exc.strerror or exc}.", None
    if isinstance(exc, MemoryError):
        return "Out of memory", "The computer ran out of memory for this talk.", \
            "Close other programs, or split the recording into shorter parts."
    return "Unexpected problem", f"Aligner ran into a problem it did not expect ({type(exc).__name__}: {exc}).", \
        "Your work is autosaved. Please report this with the details below."


def show_exception(parent: Optional[QWidget], exc: BaseException, details: Optional[str] = None,
                   context: Optional[str] = None) -> None:
    title, text, todo = describe(exc)
    if context:
        text = f"{context}\n\n{text}"
    expected = isinstance(exc, (AlignerError, OSError, MemoryError))
    show_error(parent, title, text, details if not expected else None, todo)


def ask_save_changes(parent: Optional[QWidget], what: str = "this talk", action: str = "closing") -> str:
    """'save', 'discard' or 'cancel' — "Save changes to talk.alignproj before opening demo.ogg?".

    The question names the project and what is about to happen, so the person
    knows which work is at stake and why they are asked now.
    """
    box = QMessageBox(QMessageBox.Warning, f"Unsaved changes to {what}", f"Save changes to {what} before {action}?",
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setObjectName("saveChangesDialog")
    box.setInformativeText("If you don't save, your changes since the last save are lost.")
    box.setDefaultButton(QMessageBox.Save)
    fit_title(box)
    answer = present(box)
    return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")


def confirm(parent: Optional[QWidget], title: str, text: str, yes: str = "OK", name: str = "confirmDialog",
            informative: str = "") -> bool:
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Ok | QMessageBox.Cancel, parent)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    box.button(QMessageBox.Ok).setText(yes)
    fit_title(box)
    return present(box) == QMessageBox.Ok


def inform(parent: Optional[QWidget], title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, parent)
    box.setObjectName("infoDialog")
    fit_title(box)
    present(box)
