"""Unexpected exceptions become a dialog with the details folded away, and a log entry.

Python prints uncaught exceptions to a terminal nobody looks at (and PySide
swallows those raised in slots).  :func:`install` routes them, from the UI
thread and from worker threads alike, to one queued signal on the UI thread,
which shows :func:`ui.dialogs.messages.show_exception` and writes the
traceback to the log file.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from typing import Callable, Optional

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("aligner.crash")


class ExceptionRelay(QObject):
    raised = Signal(object, str)

    def __init__(self, show: Callable[[BaseException, str], None]):
        super().__init__()
        self._show = show
        self._showing = False
        self.raised.connect(self._on_raised, Qt.QueuedConnection)

    def report(self, exc: BaseException, tb_text: str) -> None:
        log.error("Unexpected exception\n%s", tb_text)
        self.raised.emit(exc, tb_text)

    def _on_raised(self, exc: BaseException, tb_text: str) -> None:
        if self._showing:  # an error inside the error dialog must not stack dialogs forever
            return
        self._showing = True
        try:
            self._show(exc, tb_text)
        finally:
            self._showing = False


_relay: Optional[ExceptionRelay] = None
_previous = None


def install(show: Callable[[BaseException, str], None]) -> ExceptionRelay:
    """Send uncaught exceptions to ``show(exc, traceback_text)`` on the UI thread."""
    global _relay, _previous
    _relay = ExceptionRelay(show)
    _previous = (sys.excepthook, threading.excepthook)

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            _relay.report(exc, text)
        except (RuntimeError, AttributeError):  # the window is gone (shutting down): the log and stderr remain
            log.error("Unexpected exception\n%s", text)
            sys.__excepthook__(exc_type, exc, tb)

    def thread_hook(args):
        if args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return _relay


def uninstall() -> None:
    global _relay, _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous
    _relay, _previous = None, None
