"""Knowing which talks are already done, and recording a finished one so that it is.

A talk's folder holds its outputs and, written last, a stamp
(``.aligner-batch.json``) naming the inputs they were made from (size,
modification time and SHA-256 of the recording and the transcript), the
settings, the files, and the talk's report row.  A later run skips the talk when
the stamp's settings are the same, its files are all there, and each input has
the same size and either the same modification time or -- touched, copied,
restored from a backup -- the same content.  The common case costs two
``stat`` calls, so re-running an archive of a thousand talks takes seconds;
only a changed time costs reading the file.

Because the stamp is removed first and written last, a run interrupted while
writing a talk's files leaves that talk not done, and the next run redoes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import Optional

from ..fsutil import atomic_write

STAMP = ".aligner-batch.json"
STAMP_VERSION = 1


def file_identity(path: str) -> dict:
    """What identifies an input file's content: size, modification time and SHA-256."""
    st = os.stat(path)
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}


def same_input(identity: object, path: str) -> bool:
    """Whether ``path`` still holds what ``identity`` describes (cheap unless its time changed)."""
    if not isinstance(identity, dict):
        return False
    try:
        st = os.stat(path)
        if st.st_size != identity.get("size"):
            return False
        if st.st_mtime_ns == identity.get("mtime_ns"):
            return True
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest() == identity.get("sha256")
    except OSError:
        return False


def read_stamp(talk_dir: str) -> Optional[dict]:
    try:
        with open(os.path.join(talk_dir, STAMP), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == STAMP_VERSION else None


def done_row(talk_dir: str, audio: str, transcript: str, settings: dict) -> Optional[dict]:
    """The report row of a talk whose outputs are up to date, or None when it must be (re)done."""
    stamp = read_stamp(talk_dir)
    if stamp is None or stamp.get("settings") != settings:
        return None
    files = stamp.get("files")
    if not isinstance(files, list) or not all(isinstance(f, str) and os.path.isfile(os.path.join(talk_dir, f))
                                              for f in files):
        return None
    inputs = stamp.get("inputs") or {}
    if not (same_input(inputs.get("audio"), audio) and same_input(inputs.get("transcript"), transcript)):
        return None
    row = stamp.get("row")
    return row if isinstance(row, dict) else None


def commit(talk_dir: str, files: dict[str, bytes], inputs: dict, settings: dict, row: dict) -> None:
    """Write a finished talk's files (each atomically), drop ones an earlier run made that are no longer
    wanted, and write the stamp last."""
    os.makedirs(talk_dir, exist_ok=True)
    old = read_stamp(talk_dir)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(os.path.join(talk_dir, STAMP))
    for name, data in files.items():
        atomic_write(os.path.join(talk_dir, name), data)
    for name in (old or {}).get("files") or ():
        if isinstance(name, str) and name not in files and os.path.basename(name) == name:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(talk_dir, name))
    stamp = {"version": STAMP_VERSION, "settings": settings, "inputs": inputs, "files": sorted(files), "row": row}
    atomic_write(os.path.join(talk_dir, STAMP), json.dumps(stamp, indent=1) + "\n")
