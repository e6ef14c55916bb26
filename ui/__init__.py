"""The desktop window (PySide6): views and controllers over the ``aligner`` core.

PySide6 is pinned to 6.11.3: 6.12.0's abi3 wheels return ``None`` from every Qt
method that returns nothing without adding the reference they hand out, which
on Python 3.11 (where ``None`` is not immortal) aborts the interpreter after a
few thousand calls ("none_dealloc").
"""
