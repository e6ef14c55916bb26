"""Freed heap memory goes back to the system after a block (glibc keeps it otherwise)."""

from __future__ import annotations

import subprocess
import sys

import pytest

_PROGRAM = r"""
import ctypes, ctypes.util, sys
from aligner.memory import give_back_freed_memory

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

blocks = []
for _ in range(4000):  # 250 MB in 64 KB pieces: below the size glibc maps on its own, so it stays in the heap
    p = libc.malloc(65536)
    ctypes.memset(p, 1, 65536)
    blocks.append(p)
for p in blocks[:-1]:  # the last one stays: the heap cannot simply shrink from its end
    libc.free(p)
freed = rss_mb()
give_back_freed_memory()
print(freed, rss_mb())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_memory_is_given_back():
    out = subprocess.run([sys.executable, "-c", _PROGRAM], capture_output=True, text=True, check=True).stdout
    before, after = map(float, out.split())
    assert before > 200  # glibc kept the freed pieces
    assert after < before - 150


def test_finding_the_c_library_starts_no_process(monkeypatch):
    """A child forked from a process holding a gigabyte shows that gigabyte again in the tree's memory."""
    import subprocess as sp

    from aligner import memory

    started = []
    monkeypatch.setattr(sp.Popen, "__init__", lambda self, *a, **k: started.append(a) or (_ for _ in ()).throw(
        OSError("no process may be started")))
    memory._libc.cache_clear()
    memory.give_back_freed_memory()
    assert started == []
