"""Writing files so that a crash or a full disk never leaves half a file behind.

Everything Aligner writes for the user (exports, projects, clips, recovery
files) goes through :func:`atomic_write`: the bytes go to a temporary file in
the same folder, are flushed and fsync'ed, and only then renamed over the
target.  Either the old file or the complete new one exists, never a mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
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


@contextlib.contextmanager
def atomic_open(path: Union[str, os.PathLike], mode: str = "wb", encoding: str | None = None) -> Iterator:
    """Open a temporary file that replaces ``path`` only if the ``with`` block finishes."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    except OSError as e:
        raise _friendly(e, path) from None
    try:
        os.fchmod(fd, _target_mode(path))
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
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
