"""Handing freed memory back to the system.

Whisper's encoder and Silero VAD allocate and free hundreds of megabytes per
block.  glibc keeps much of what was freed in its heaps (one per thread that
allocated), so after recognizing an hour the process stayed at 840-900 MB,
400 MB above what it then used -- and the phone pass's helpers came on top of
that.  ``malloc_trim(0)`` returns the free pages of every heap (measured on a
15-minute excerpt: 578 MB resident after recognition without it, 284 MB with it).
"""

from __future__ import annotations

import ctypes
import functools
import sys


@functools.lru_cache(maxsize=1)
def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        # By name, not ctypes.util.find_library: that runs ldconfig in a child process, and a
        # fork of a 1 GB process briefly counts twice in the process tree's memory.
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
        return libc
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def give_back_freed_memory() -> bool:
    """Return freed heap memory to the system; False where the C library cannot."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
