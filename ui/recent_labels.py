"""Names for recent files that tell apart files of the same name (Qt-free).

Recordings are often all called ``audio.wav`` or ``talk.mp3``, one per folder;
a list of bare file names then shows the same line twice.  Each file is shown
by its name plus as many of its parent folders as it takes to be told apart
from every other file in the list ("2023/audio.wav", "2024/audio.wav"), the
way editors label tabs of same-named files.
"""

from __future__ import annotations

import os
from typing import Sequence


def _parts(path: str) -> list[str]:
    """The path's components, file name last (``/a/b/c.wav`` -> ["a", "b", "c.wav"])."""
    norm = os.path.normpath(os.path.abspath(path))
    return [p for p in norm.split(os.sep) if p]


def short_names(paths: Sequence[str]) -> dict[str, str]:
    """Each path -> the shortest tail of it (file name, then its folders) that no other path shares."""
    parts = {p: _parts(p) for p in paths}
    out = {}
    for p, mine in parts.items():
        others = [q for other, q in parts.items() if other != p and os.path.abspath(other) != os.path.abspath(p)]
        n = 1
        while n < len(mine) and any(q[-n:] == mine[-n:] for q in others):
            n += 1
        out[p] = "/".join(mine[-n:]) if n < len(mine) else os.path.abspath(p)
    return out


def entry_labels(entries: Sequence[Sequence[str]]) -> list[str]:
    """One line per recent entry (a project, or audio + transcript opened together)."""
    names = short_names([p for paths in entries for p in paths])
    return [" + ".join(names[p] for p in paths) for paths in entries]
