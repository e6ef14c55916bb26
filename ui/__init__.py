"""The desktop window (PySide6): views and controllers over the ``aligner`` core.

Importing this package first applies :func:`_keep_none_alive`, a guard against
a reference-counting bug of the PySide6 version the project pins (see there).
"""

import sys


def _keep_none_alive() -> None:
    """Make ``None`` immortal on Python 3.11, as Python 3.12+ does by itself.

    PySide6/shiboken6 6.12.0 (abi3 wheels) return ``None`` from every Qt method
    that returns nothing without adding the reference it hands out; that is
    harmless on Python 3.12+, where ``None`` is immortal, but on 3.11 each call
    (``update()``, ``setText()``, ``fillRect()`` ...) lowers None's count by one
    and after some thousands of calls the interpreter aborts with "none_dealloc"
    (measured: ``QWidget.update()`` x 1000 -> refcount(None) - 1000).  Adding a
    very large count once keeps it from ever reaching zero; all other reference
    counting is unaffected.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60


_keep_none_alive()
