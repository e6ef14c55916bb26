"""User settings shared by the CLI's defaults and the window, and where user files live.

Settings are one JSON object in the user's config folder (``settings.json``),
written atomically.  Reading never fails: a file that is not JSON is moved
aside (``settings.json.damaged``) with a warning and the defaults are used; a
single bad value falls back to its default; keys this version does not know
(from a newer Aligner) are kept and written back untouched.

``ALIGNER_CONFIG_DIR``, ``ALIGNER_STATE_DIR`` and ``ALIGNER_CACHE_DIR``
override the folders (tests use them so they never touch the real home).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional, Sequence, Union

from .fsutil import atomic_write

log = logging.getLogger(__name__)

APP_NAME = "aligner"
CONFIG_ENV = "ALIGNER_CONFIG_DIR"
STATE_ENV = "ALIGNER_STATE_DIR"
CACHE_ENV = "ALIGNER_CACHE_DIR"
SETTINGS_NAME = "settings.json"
MAX_RECENT = 10
CLIP_FORMATS = ("wav", "flac", "mp3")  # what aligner.clips writes (not imported: that pulls in PyAV)


def config_dir() -> str:
    """Folder for settings (``~/.config/aligner`` on Linux)."""
    import platformdirs

    return os.environ.get(CONFIG_ENV) or platformdirs.user_config_dir(APP_NAME, appauthor=False)


def state_dir() -> str:
    """Folder for state that outlives a session: autosaves (``~/.local/state/aligner`` on Linux)."""
    import platformdirs

    return os.environ.get(STATE_ENV) or platformdirs.user_state_dir(APP_NAME, appauthor=False)


def cache_dir() -> str:
    """Folder for things that can be rebuilt (``~/.cache/aligner`` on Linux)."""
    import platformdirs

    return os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir(APP_NAME, appauthor=False)


def settings_path() -> str:
    return os.path.join(config_dir(), SETTINGS_NAME)


# ------------------------------------------------------------------------------ checks per value
def _int_in(lo: int, hi: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise ValueError(f"a whole number from {lo} to {hi}")
        return v
    return check


def _number_in(lo: float, hi: float) -> Callable[[Any], float]:
    def check(v: Any) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi:
            raise ValueError(f"a number from {lo:g} to {hi:g}")
        return float(v)
    return check


def _flag(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("true or false")
    return v


def _text_or_none(v: Any) -> Optional[str]:
    if v is not None and not isinstance(v, str):
        raise ValueError("text")
    return v or None


def _one_of(*choices: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in choices:
            raise ValueError(f"one of {', '.join(choices)}")
        return v
    return check


def _shortcuts(v: Any) -> dict[str, str]:
    if not isinstance(v, dict) or not all(isinstance(k, str) and isinstance(s, str) for k, s in v.items()):
        raise ValueError("action names mapped to key sequences")
    return dict(v)


def _recent(v: Any) -> list:
    if not isinstance(v, list):
        raise ValueError("a list of files")
    out = []
    for entry in v:  # a bad entry is dropped, not the whole list
        paths = [entry] if isinstance(entry, str) else entry
        if isinstance(paths, list) and paths and all(isinstance(p, str) and p for p in paths):
            out.append(entry)
    return out


#: How many talks remember their own export folder.
MAX_EXPORT_FOLDERS = 50


def _folders(v: Any) -> dict[str, str]:
    if not isinstance(v, dict) or not all(isinstance(k, str) and isinstance(f, str) for k, f in v.items()):
        raise ValueError("talks mapped to folders")
    return dict(list(v.items())[-MAX_EXPORT_FOLDERS:])


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "model": _text_or_none,
    "language": _text_or_none,
    "threads": _int_in(0, 256),
    "max_chars_per_line": _int_in(10, 500),
    "max_lines_per_cue": _int_in(1, 20),
    "max_cue_duration": _number_in(0.1, 3600),
    "min_cue_duration": _number_in(0, 3600),
    "split_long_cues": _flag,
    "include_speakers": _flag,
    "txt_timestamps": _flag,
    "cps_limit": _number_in(1, 1000),
    "min_gap": _number_in(0, 2),
    "not_heard": _one_of("omit", "pause", "keep"),
    "frame_rate": _number_in(0, 240),
    "export_folders": _folders,
    "clip_pad": _number_in(0, 5),
    "clip_format": _one_of(*CLIP_FORMATS),
    "autosave_interval": _number_in(1, 24 * 3600),
    "shortcuts": _shortcuts,
    "recent": _recent,
    "last_folder": _text_or_none,
    "last_export_format": _text_or_none,
}


def _entry_paths(entry: Union[str, Sequence[str]]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


@dataclass
class Settings:
    """Every persisted setting, with its default.

    Also reads like a mapping (``dict(settings)`` gives the stored values) for
    code that treats settings as a plain dict.
    """

    model: Optional[str] = None  #: Whisper model name or folder; None = the bundled tiny.en
    language: Optional[str] = None  #: None = the transcript's / model's language
    threads: int = 0  #: 0 = as many as the machine has
    # Readability limits, the fields of aligner.formats.ExportOptions:
    max_chars_per_line: int = 42
    max_lines_per_cue: int = 2
    max_cue_duration: float = 7.0
    min_cue_duration: float = 1.0
    split_long_cues: bool = True
    include_speakers: bool = True
    txt_timestamps: bool = False
    cps_limit: float = 17.0  #: reading speed (characters per second) above which a segment is flagged
    min_gap: float = 0.08  #: seconds kept free between two subtitles (exports and "chain")
    not_heard: str = "omit"  #: subtitles: text the audio lacks is left out ("omit"), spread over its pause, or kept
    frame_rate: float = 0.0  #: frames per second for frame-accurate times (0 = milliseconds)
    #: talk (project or audio path) -> the folder it was last exported to
    export_folders: dict[str, str] = field(default_factory=dict)
    clip_pad: float = 0.15  #: seconds of audio kept around each exported clip
    clip_format: str = "wav"
    autosave_interval: float = 30.0  #: seconds between autosaves of unsaved work
    shortcuts: dict[str, str] = field(default_factory=dict)  #: action name -> key sequence, user changes only
    #: Most recent first; an entry is a path (a project) or a list of paths opened together (audio, transcript).
    recent: list = field(default_factory=list)
    last_folder: Optional[str] = None
    last_export_format: Optional[str] = None
    #: Stored keys this version does not know (a newer Aligner's); written back as they were.
    extra: dict = field(default_factory=dict, repr=False)
    #: What was wrong with the file when it was read (not stored).
    warnings: list[str] = field(default_factory=list, repr=False, compare=False)

    # -------------------------------------------------------------------- plain values
    def to_dict(self) -> dict[str, Any]:
        values = dict(self.extra)
        values.update({name: getattr(self, name) for name in _CHECKS})
        return values

    def keys(self) -> list[str]:
        return list(self.to_dict())

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    @classmethod
    def from_dict(cls, values: dict) -> "Settings":
        """Settings from stored values; a bad value is replaced by its default and noted in ``warnings``."""
        s = cls()
        for key, value in values.items():
            check = _CHECKS.get(key)
            if check is None:
                if key not in ("extra", "warnings"):
                    s.extra[key] = value
                continue
            try:
                setattr(s, key, check(value))
            except ValueError as e:
                s.warnings.append(f"The setting {key!r} should be {e}; using the default "
                                  f"({getattr(cls(), key)!r}).")
        if s.min_cue_duration > s.max_cue_duration:
            s.warnings.append("The shortest subtitle duration was longer than the longest; using the defaults.")
            s.min_cue_duration, s.max_cue_duration = cls.min_cue_duration, cls.max_cue_duration
        s.recent = s.recent[:MAX_RECENT]
        return s

    # -------------------------------------------------------------------- helpers
    def recent_files(self) -> list[list[str]]:
        """Recent entries whose files all still exist, newest first, each as a list of paths."""
        return [paths for paths in map(_entry_paths, self.recent) if all(os.path.exists(p) for p in paths)]

    def add_recent(self, paths: Union[str, Sequence[str]]) -> None:
        """Put a file (or files opened together) at the top of the recent list."""
        entry = [os.path.abspath(p) for p in _entry_paths(paths)]
        rest = [e for e in self.recent if [os.path.abspath(p) for p in _entry_paths(e)] != entry]
        self.recent = [entry[0] if len(entry) == 1 else entry] + rest[:MAX_RECENT - 1]

    def export_folder(self, talk: Optional[str]) -> Optional[str]:
        """The folder this talk was last exported to, if it still exists."""
        folder = self.export_folders.get(os.path.abspath(talk)) if talk else None
        return folder if folder and os.path.isdir(folder) else None

    def remember_export_folder(self, talk: Optional[str], folder: str) -> None:
        if talk:
            key = os.path.abspath(talk)
            self.export_folders.pop(key, None)
            self.export_folders[key] = os.path.abspath(folder)  # newest last: the oldest are dropped first
            self.export_folders = dict(list(self.export_folders.items())[-MAX_EXPORT_FOLDERS:])

    def export_options(self):
        """These limits as :class:`aligner.formats.ExportOptions` (raises ExportError if inconsistent)."""
        from dataclasses import fields as dc_fields

        from .formats.options import ExportOptions

        return ExportOptions(**{f.name: getattr(self, f.name) for f in dc_fields(ExportOptions)
                                if f.name in _CHECKS})


def load_settings(path: Optional[str] = None) -> Settings:
    """The user's settings; never raises for a bad file (see the module docstring).

    Recent entries whose files have gone are dropped here, on reading.
    """
    path = path or settings_path()
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        return Settings()
    except OSError as e:
        s = Settings()
        s.warnings.append(f"The settings file {path} could not be read ({e.strerror or e}); using the defaults.")
        log.warning(s.warnings[-1])
        return s
    try:
        values = json.loads(raw.decode("utf-8-sig"))
        if not isinstance(values, dict):
            raise ValueError("not a JSON object")
    except ValueError as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return _set_aside(path, str(e))
    s = Settings.from_dict(values)
    s.recent = [e for e in s.recent if all(os.path.exists(p) for p in _entry_paths(e))]
    for w in s.warnings:
        log.warning(w)
    return s


def _set_aside(path: str, reason: str) -> Settings:
    aside = path + ".damaged"
    s = Settings()
    try:
        os.replace(path, aside)
        s.warnings.append(f"The settings file was damaged ({reason}); it was moved to {aside} and the "
                          f"defaults are used.")
    except OSError:
        s.warnings.append(f"The settings file {path} is damaged ({reason}); the defaults are used.")
    log.warning(s.warnings[-1])
    return s


def save_settings(settings: Union[Settings, dict], path: Optional[str] = None) -> None:
    """Write the settings atomically (a dict is checked like a file's contents first)."""
    if not isinstance(settings, Settings):
        settings = Settings.from_dict(dict(settings))
    path = path or settings_path()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    atomic_write(path, json.dumps(settings.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
