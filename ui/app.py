"""Starting the window: ``aligner`` with no arguments, ``aligner --demo``, or ``aligner AUDIO TRANSCRIPT``.

Sets up the QApplication and its look, the log file, the hook that turns any
unexpected exception into a dialog, offers to restore work a crash left behind,
and opens whatever the command line named.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from . import crash, style
from .dialogs import messages
from .dialogs.recovery import RecoveryDialog
from .main_window import MainWindow
from .preferences import Preferences

log = logging.getLogger("aligner.ui")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aligner", description="Open the Aligner window.")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo talk, ready to align")
    parser.add_argument("paths", nargs="*", help="an audio file and its transcript, or an .alignproj project")
    return parser.parse_args(argv)


def log_path() -> Optional[Path]:
    from aligner.settings import state_dir

    folder = Path(state_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / "aligner.log"


def setup_logging() -> None:
    path = log_path()
    if path is None:
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def recovery_store():
    """Where autosaves go (the user's state folder)."""
    from aligner.project import RecoveryStore

    return RecoveryStore()


def offer_recovery(window: MainWindow, store) -> bool:
    """After a crash: ask whether to restore what the autosave kept. True when something was restored."""
    if store is None:
        return False
    try:
        entries = list(store.pending())
    except Exception as e:  # noqa: BLE001 - a broken recovery folder must not stop the window from opening
        log.warning("could not list recovery files: %s", e)
        return False
    if not entries:
        return False
    dlg = RecoveryDialog(entries, window)
    present_dialog(dlg)
    if dlg.choice == RecoveryDialog.DISCARD:
        for e in entries:
            store.discard(_entry_key(e))
        return False
    if dlg.choice != RecoveryDialog.RESTORE or dlg.selected() is None:
        return False
    entry = dlg.selected()
    try:
        recovered = store.load(entry)
    except Exception as e:  # noqa: BLE001 - shown to the user
        messages.show_exception(window, e, context="The autosaved work could not be restored.")
        return False
    store.discard(_entry_key(entry))
    window.files.restore(recovered.document, recovered.path, recovered.ui_state)
    return True


def _entry_key(entry) -> str:
    return entry.key


def present_dialog(dlg) -> int:
    """Run a modal dialog (patched in tests)."""
    return dlg.exec()


def create_app(argv: Optional[list[str]] = None) -> QApplication:
    app = QApplication.instance() or QApplication(["aligner"] + list(argv or []))
    app.setApplicationName("Aligner")
    app.setOrganizationName("Aligner")
    app.setApplicationDisplayName("Aligner")
    app.setWindowIcon(style.icon("app"))
    style.apply_theme(app)
    return app


def create_window(prefs: Optional[Preferences] = None, store=None) -> MainWindow:
    window = MainWindow(prefs or Preferences.load(), store)
    crash.install(lambda exc, tb: messages.show_exception(window, exc, tb))
    return window


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    setup_logging()
    app = create_app()
    store = recovery_store()
    window = create_window(store=store)
    window.show()

    def start() -> None:
        window.aligning.preload_model()
        restored = offer_recovery(window, store)
        if restored:
            return
        if args.demo:
            window.files.open_demo()
        elif args.paths:
            window.files.open_paths([os.path.abspath(p) for p in args.paths])

    QTimer.singleShot(0, start)
    code = app.exec()
    crash.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())
