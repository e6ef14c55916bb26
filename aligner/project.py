"""Project files (``.alignproj``) and the autosave store that survives a crash.

A project is one JSON file: a format marker and version, the Document with
every edit (:func:`aligner.serialize.document_to_dict`), and a free-form ``ui``
dict the window uses to come back to the same view.  The audio is referred to
by path — relative when it sits beside or below the project's folder, so a
folder holding both can be moved or shared, absolute otherwise.

Saving is atomic (:mod:`aligner.fsutil`): a crash or a full disk mid-save
leaves the previous file as it was.  Loading never writes; a file that is
damaged, not a project, or from a newer Aligner raises :class:`ProjectError`
saying which.  A project whose audio has gone still opens, and says so
(:attr:`Project.audio_missing`), so the window can ask where it went.

:class:`RecoveryStore` keeps the window's autosaves.  Each window session
holds an OS lock on its own lock file while it runs; the lock dies with the
process, so "left over and unlocked" means the session ended without closing
cleanly (a crash), while "locked" means another running window owns it — its
autosave is never offered for recovery.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import math
import os
import re
import socket
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Optional

from .document import Document
from .errors import AlignerError, ProjectError
from .fsutil import atomic_write, remove_stale_temporaries
from .serialize import document_from_dict, document_to_dict

log = logging.getLogger(__name__)

PROJECT_EXTENSION = ".alignproj"
PROJECT_FORMAT = "aligner-project"
PROJECT_VERSION = 1


@dataclass
class Project:
    """A loaded project: the Document (paths made absolute), the window's state, where it came from."""

    document: Document
    path: Optional[str] = None  #: the project file (for a recovered autosave: the project it belonged to, if any)
    ui_state: dict = field(default_factory=dict)
    saved_at: Optional[_dt.datetime] = None

    @property
    def audio_path(self) -> Optional[str]:
        return self.document.audio_path

    @property
    def audio_missing(self) -> bool:
        """True when the project names an audio file that is not there any more."""
        return bool(self.document.audio_path) and not os.path.isfile(self.document.audio_path)


# ------------------------------------------------------------------------------ paths
def _stored_path(path: Optional[str], base_dir: Optional[str]) -> Optional[str]:
    """How a file path is written into a project: relative (with /) when at or below ``base_dir``."""
    if not path:
        return path
    path = os.path.abspath(path)
    if base_dir is not None:
        try:
            rel = os.path.relpath(path, base_dir)
        except ValueError:  # another drive on Windows
            return path
        if rel != os.pardir and not rel.startswith(os.pardir + os.sep):
            return PurePosixPath(*rel.split(os.sep)).as_posix()
    return path


def _loaded_path(path: Any, base_dir: Optional[str]) -> Optional[str]:
    if path is None or path == "":
        return None
    if not isinstance(path, str):
        raise ValueError(f"a file path is {type(path).__name__}, not text")
    if os.path.isabs(path) or base_dir is None:
        return os.path.normpath(path)
    return os.path.normpath(os.path.join(base_dir, *path.split("/")))


def _now() -> _dt.datetime:
    return _dt.datetime.now().astimezone().replace(microsecond=0)


# ------------------------------------------------------------------------------ to / from JSON
def project_to_dict(doc: Document, base_dir: Optional[str] = None, ui_state: Optional[dict] = None) -> dict:
    """The JSON object of a project; file paths relative to ``base_dir`` where they can be."""
    data = document_to_dict(doc)
    data["audio"]["path"] = _stored_path(doc.audio_path, base_dir)
    data["source"]["path"] = _stored_path(doc.source_path, base_dir)
    return {
        "format": PROJECT_FORMAT,
        "version": PROJECT_VERSION,
        "saved_at": _now().isoformat(),
        "document": data,
        "ui": dict(ui_state or {}),
    }


def _check_strings(data: dict) -> None:
    """The few type checks :func:`document_from_dict` leaves out (it would turn a list into text)."""
    for seg in data["segments"]:
        if not isinstance(seg, dict) or not isinstance(seg.get("text"), str):
            raise ValueError("a segment has no text")
        if seg.get("speaker") is not None and not isinstance(seg["speaker"], str):
            raise ValueError("a speaker name is not text")
        if not all(isinstance(f, str) for f in seg.get("flags") or ()):
            raise ValueError("a segment flag is not text")
        for w in seg.get("words") or ():
            if not isinstance(w, dict) or not isinstance(w.get("word", w.get("text")), str):
                raise ValueError("a word is not text")


def project_from_dict(data: Any, name: str, base_dir: Optional[str] = None) -> Project:
    """A :class:`Project` from :func:`project_to_dict` output; ``name`` is used in error messages."""
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectError(f"{name} is not an Aligner project.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(f"{name} is damaged: its format version is missing or wrong.")
    if version > PROJECT_VERSION:
        raise ProjectError(f"{name} was saved by a newer Aligner (project format {version}; this one reads up to "
                           f"{PROJECT_VERSION}). Update Aligner to open it.")
    body = data.get("document")
    try:
        if not isinstance(body, dict) or not isinstance(body.get("segments"), list):
            raise ValueError("it holds no transcript")
        _check_strings(body)
        doc = document_from_dict(body)
        doc.audio_path = _loaded_path(doc.audio_path, base_dir)
        doc.source_path = _loaded_path(doc.source_path, base_dir)
        if doc.language is not None and not isinstance(doc.language, str):
            raise ValueError("the language is not text")
        doc.check(allow_overlap=True)
    except AlignerError as e:
        if "newer" in str(e):
            raise ProjectError(f"{name}: {e}") from None
        raise ProjectError(f"{name} is damaged and cannot be opened: {e}") from None
    except (AssertionError, AttributeError, KeyError, TypeError, ValueError) as e:
        raise ProjectError(f"{name} is damaged and cannot be opened ({e}).") from None
    ui = data.get("ui")
    saved_at = None
    if isinstance(data.get("saved_at"), str):
        try:
            saved_at = _dt.datetime.fromisoformat(data["saved_at"])
        except ValueError:
            pass
        else:
            if saved_at.tzinfo is None:  # written by hand or another tool: take it as local time
                saved_at = saved_at.astimezone()
    return Project(doc, None, dict(ui) if isinstance(ui, dict) else {}, saved_at)


def _read_json(path: str) -> Any:
    name = os.path.basename(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise ProjectError(f"The project {path} does not exist.") from None
    except IsADirectoryError:
        raise ProjectError(f"{path} is a folder, not a project file.") from None
    except OSError as e:
        raise ProjectError(f"{name} could not be read ({e.strerror or e}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectError(f"{name} is not an Aligner project (it is not a text file).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith("{"):
            raise ProjectError(f"{name} is damaged (it stops making sense at line {e.lineno}, column {e.colno}; "
                               f"was it cut short or edited by hand?). If Aligner offered to restore unsaved "
                               f"work, that copy may be intact.") from None
        raise ProjectError(f"{name} is not an Aligner project (it is not JSON).") from None


def _non_finite(obj, where: str = "") -> Optional[tuple[str, float]]:
    """The first NaN or infinity in ``obj`` (parsed JSON) and where it sits, e.g. ``source.format``."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return where or "the file", obj
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else ()
    for key, value in items:
        found = _non_finite(value, f"{where}.{key}" if where else str(key))
        if found:
            return found
    return None


def save_project(doc: Document, path: str, ui_state: Optional[dict] = None) -> None:
    """Write ``doc`` (and the window's ``ui_state``) to ``path`` atomically.

    The whole file is built in memory first, so a failure at any point leaves
    the previous file untouched and no temporary file behind.
    """
    path = os.path.abspath(path)
    data = project_to_dict(doc, os.path.dirname(path), ui_state)
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
    atomic_write(path, text + "\n")


def load_project(path: str) -> Project:
    """Read a project file.  Raises :class:`ProjectError` when it cannot be opened.

    It never writes the project; it does remove temporaries a save killed midway left beside it.
    """
    path = os.path.abspath(path)
    remove_stale_temporaries(path)
    raw = _read_json(path)
    project = project_from_dict(raw, os.path.basename(path), os.path.dirname(path))
    # Python's JSON reader takes NaN and Infinity.  Where a number belongs, the document's own checks refuse
    # them with their reason; anywhere else (a speaker, the source format) the project would open and then
    # never save again (the writer refuses them).
    found = _non_finite(raw.get("document")) if isinstance(raw, dict) else None
    if found:
        raise ProjectError(f"{os.path.basename(path)} is damaged: {found[0]} holds {found[1]}, which a project "
                           f"cannot hold (was it edited by hand?).")
    project.path = path
    return project


# ------------------------------------------------------------------------------ crash recovery
@dataclass(frozen=True)
class RecoveryEntry:
    """An autosave left behind by a session that did not close cleanly."""

    key: str  #: the session key it was saved under
    path: str  #: the recovery file
    saved_at: Optional[_dt.datetime]
    project_path: Optional[str]  #: the project the work belonged to (None if never saved)
    audio_path: Optional[str]
    segments: int  #: how many segments the document had


_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class _Lock:
    """An exclusive, non-blocking OS lock on a file, released by the OS when the process dies."""

    def __init__(self, path: str):
        self.path = path
        self._fh = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+")
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {socket.gethostname()}\n")
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the file drops the lock
            self._fh = None


def recovery_dir() -> str:
    from .settings import state_dir

    return os.path.join(state_dir(), "recovery")


class RecoveryStore:
    """Autosaves of window sessions, one JSON file per session key, in the user's state folder.

    ``save`` is called on a timer; ``discard`` when the session's work is safe
    (saved, or closed without keeping it).  At start, ``pending()`` lists what
    crashed sessions left; ``load`` opens one as a :class:`Project`.
    """

    def __init__(self, directory: Optional[str] = None):
        self.directory = os.path.abspath(directory or recovery_dir())
        self._held: dict[str, _Lock] = {}

    def _file(self, key: str, ext: str) -> str:
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise ValueError(f"a session key is letters, digits, - and _ (got {key!r})")
        return os.path.join(self.directory, key + ext)

    def save(self, session_key: str, doc: Document, project_path: Optional[str] = None,
             ui_state: Optional[dict] = None) -> str:
        """Autosave ``doc`` for this session (atomically); returns the recovery file's path."""
        path = self._file(session_key, ".json")
        if session_key not in self._held:
            try:
                os.makedirs(self.directory, exist_ok=True)
                lock = _Lock(self._file(session_key, ".lock"))
                got = lock.acquire()
            except OSError as e:
                raise AlignerError(f"Autosave could not use {self.directory} ({e.strerror or e}).") from None
            if not got:
                raise AlignerError("Another Aligner window is autosaving under the same session; "
                                   "this window's work was not autosaved.")
            self._held[session_key] = lock
        data = project_to_dict(doc, None, ui_state)
        data["recovery"] = {
            "session": session_key,
            "project_path": os.path.abspath(project_path) if project_path else None,
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        atomic_write(path, json.dumps(data, ensure_ascii=False, allow_nan=False))
        return path

    def _unlocked(self, key: str) -> bool:
        """True when no running process holds ``key``'s lock (which this call then lets go again)."""
        lock = _Lock(self._file(key, ".lock"))
        try:
            got = lock.acquire()
        except OSError:
            return False
        lock.release()
        return got

    def pending(self) -> list[RecoveryEntry]:
        """Autosaves of sessions that are no longer running, newest first."""
        try:
            names = os.listdir(self.directory)
        except OSError:
            return []
        entries = []
        for name in names:
            key, ext = os.path.splitext(name)
            if not _KEY_RE.match(key) or key in self._held:
                continue
            if ext == ".lock" and key + ".json" not in names and self._unlocked(key):
                self._remove(key, ".lock")  # a session that died before its first autosave
                continue
            if ext != ".json" or not self._unlocked(key):
                continue
            path = os.path.join(self.directory, name)
            try:
                project = self._read(path)
            except ProjectError as e:
                log.warning("ignoring a damaged recovery file: %s", e)
                continue
            entries.append(RecoveryEntry(key, path, project.saved_at, project.path, project.document.audio_path,
                                         len(project.document.segments)))
        far_past = _dt.datetime.min.replace(tzinfo=_dt.timezone.utc)
        entries.sort(key=lambda e: e.saved_at or far_past, reverse=True)
        return entries

    def _read(self, path: str) -> Project:
        data = _read_json(path)
        project = project_from_dict(data, "The autosaved work")
        info = data.get("recovery") if isinstance(data.get("recovery"), dict) else {}
        where = info.get("project_path")
        project.path = where if isinstance(where, str) and where else None
        return project

    def load(self, entry: RecoveryEntry) -> Project:
        """The autosaved work of ``entry``: document, window state, and the project it belonged to."""
        return self._read(entry.path)

    def discard(self, session_key: str) -> None:
        """Forget a session's autosave: this window's own, or one a crashed session left."""
        lock = self._held.pop(session_key, None)
        if lock is None and not os.path.exists(self._file(session_key, ".json")):
            return  # nothing saved (a left-over lock file is cleaned up by pending())
        if lock is None and not self._unlocked(session_key):
            raise AlignerError("That autosave belongs to an Aligner window that is still open.")
        self._remove(session_key, ".json")
        if lock is not None:
            lock.release()
        self._remove(session_key, ".lock")

    def close(self) -> None:
        """Let go of this process's locks, keeping the autosaves (they will be offered next time)."""
        for lock in self._held.values():
            lock.release()
        self._held.clear()

    def _remove(self, key: str, ext: str) -> None:
        try:
            os.unlink(self._file(key, ext))
        except FileNotFoundError:
            pass
