"""Writing files so that a crash or a full disk never leaves half a file behind.

Everything Aligner writes for the user (exports, projects, clips, recovery
files) goes through :func:`atomic_write`: the bytes go to a temporary file in
the same folder, are flushed and fsync'ed, and only then renamed over the
target.  Either the old file or the complete new one exists, never a mix.

A process killed between creating the temporary file and renaming it leaves the
temporary behind (``.talk.alignproj.k3j9x0_a.tmp``).  The writer holds an OS
lock on its temporary while it writes; the lock dies with the process, so the
next save or open of the same target (:func:`remove_stale_temporaries`) can tell
a leftover from a save in progress, and removes only leftovers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from typing import Iterator, Union

from .errors import AlignerError


def _friendly(e: OSError, path: str) -> AlignerError:
    if e.errno == errno.ENOSPC:
        return AlignerError(f"The disk is full; {path} was not written. Free some space and try again.")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return AlignerError(f"No permission to write {path}. Choose another folder.")
    if e.errno == errno.ENOENT:
        return AlignerError(f"The folder for {path} does not exist.")
    return AlignerError(f"Could not write {path}: {e.strerror or e}.")


def _target_mode(path: str) -> int:
    """Permissions for the new file: the old file's, else what a plain open() would give (0666 & ~umask)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


#: Where file locks are not available (Windows), a temporary this old is taken to be a leftover.
_STALE_AGE = 3600.0


def _temporary_prefix(path: str) -> str:
    return "." + os.path.basename(path) + "."


def _try_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on ``fd``; False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; age decides instead
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_stale_temporaries(path: Union[str, os.PathLike]) -> int:
    """Delete temporaries that a killed writer of ``path`` left in its folder; returns how many.

    A temporary still locked by a live writer is left alone.  Errors are
    ignored: cleaning up must never stop a save or an open.
    """
    path = os.path.abspath(os.fspath(path))
    return _remove_stale(os.path.dirname(path), re.escape(_temporary_prefix(path)))


def remove_stale_temporaries_in(folder: Union[str, os.PathLike]) -> int:
    """Delete the temporaries killed writers left in ``folder``, whatever file they were for.

    For writers of many files into one folder (clips): one look at the folder
    instead of one per file written.
    """
    return _remove_stale(os.path.abspath(os.fspath(folder)), r"\..+\.")


def _remove_stale(folder: str, prefix_pattern: str) -> int:
    pattern = re.compile(prefix_pattern + r"[A-Za-z0-9_]{8}\.tmp$")
    try:
        names = [n for n in os.listdir(folder) if pattern.match(n)]
    except OSError:
        return 0
    removed = 0
    for name in names:
        tmp = os.path.join(folder, name)
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except OSError:
            continue
        try:
            stale = _try_lock(fd) and (os.name != "nt" or time.time() - os.fstat(fd).st_mtime > _STALE_AGE)
            if stale:
                os.unlink(tmp)
                removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def atomic_open(path: Union[str, os.PathLike], mode: str = "wb", encoding: str | None = None,
                clean: bool = True) -> Iterator:
    """Open a temporary file that replaces ``path`` only if the ``with`` block finishes.

    ``clean`` first removes what a killed earlier write of ``path`` left; a
    writer of many files into one folder cleans the folder once instead.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    if clean:
        remove_stale_temporaries(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp", dir=folder)
    except OSError as e:
        raise _friendly(e, path) from None
    try:
        _try_lock(fd)  # held until the file is closed: marks the temporary as being written
        os.fchmod(fd, _target_mode(path))
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if os.name != "nt":  # renamed while still open (and locked): never mistaken for a leftover
                os.replace(tmp, path)
        if os.name == "nt":  # Windows cannot rename an open file
            os.replace(tmp, path)
        with contextlib.suppress(OSError):  # make the rename itself durable
            dfd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise _friendly(e, path) from None
        raise


def atomic_write(path: Union[str, os.PathLike], data: Union[str, bytes], encoding: str = "utf-8") -> None:
    """Write ``data`` (text is encoded as ``encoding``) to ``path`` atomically."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_open(path, "wb") as fh:
        fh.write(payload)
