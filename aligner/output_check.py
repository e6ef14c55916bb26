"""Before the long work starts: every output can be written, none is an input, none is named twice.

An alignment takes minutes; finding out afterwards that the output folder is
read-only, or that ``--project talk.wav`` is about to replace the recording
with JSON, wastes the work or destroys the input.  :func:`check_outputs` looks
at every output location first and refuses with one sentence that names the
file and says what to do.  Writing can still fail later (the disk fills up
meanwhile); :func:`written_so_far` words that case.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from typing import Optional, Sequence

from .errors import ExportError


def _same_file(a: str, b: str) -> bool:
    """True when the two paths name one file (also through links, or with different spellings)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def folder_problem(folder: str) -> Optional[str]:
    """Why nothing can be written into ``folder`` (missing, not a folder, read-only, full), else None.

    It tries: a temporary file is made and removed again, which is the only
    test that agrees with what writing will meet (permissions, read-only
    disks, quotas, a full disk).
    """
    if not os.path.exists(folder):
        return f"The folder {folder} does not exist; create it or choose another output."
    if not os.path.isdir(folder):
        return f"{folder} is a file, not a folder."
    try:
        fd, probe = tempfile.mkstemp(prefix=".aligner-write-test.", dir=folder)
    except OSError as e:
        if e.errno == errno.ENOSPC:
            return f"The disk holding {folder} is full. Free some space or choose another folder."
        if e.errno == errno.EROFS:
            return f"The folder {folder} is on a read-only disk. Choose another folder."
        return f"No permission to write in the folder {folder}. Choose another folder."
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return None


def check_outputs(outputs: Sequence[str], inputs: Sequence[str] = (), folders: Sequence[str] = ()) -> None:
    """Refuse (:class:`ExportError`) outputs that cannot or must not be written.

    ``outputs`` are files to be written, ``folders`` folders to be filled (made
    when missing, if their parent can be written), ``inputs`` the files the
    work reads, which no output may replace.
    """
    seen: list[str] = []
    for out in list(outputs) + list(folders):
        for inp in inputs:
            if inp and _same_file(out, inp):
                raise ExportError(f"The output {out} is one of the input files; writing it would destroy "
                                   f"{os.path.basename(inp)}. Choose another name for the output.")
        for other in seen:
            if _same_file(out, other):
                raise ExportError(f"{out} is named as an output twice; each output needs its own file.")
        seen.append(out)
    for out in outputs:
        if os.path.isdir(out):
            raise ExportError(f"{out} is a folder; give a file name for the output "
                              f"(e.g. {os.path.join(out, 'talk.srt')}).")
        problem = folder_problem(os.path.dirname(os.path.abspath(out)))
        if problem:
            raise ExportError(problem)
    for folder in folders:
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise ExportError(f"{folder} is a file, not a folder. Choose a folder for the clips (a new name "
                               f"is made into one).")
        where = folder if os.path.isdir(folder) else os.path.dirname(os.path.abspath(folder))
        problem = folder_problem(where)
        if problem:
            raise ExportError(problem)


def written_so_far(written: Sequence[str], failed: str, not_written: Sequence[str], reason: str) -> str:
    """The message for a write that failed after others succeeded: what is there and what is not."""
    parts = [f"{failed} could not be written: {reason.rstrip('.')}."]
    if written:
        parts.append(f"Already written: {', '.join(written)}.")
    rest = [p for p in not_written if p != failed]
    if rest:
        parts.append(f"Not written: {', '.join(rest)}.")
    return " ".join(parts)
