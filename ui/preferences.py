"""The window's view of the persisted settings (model, language, limits, shortcuts, recent files).

Storage is :mod:`aligner.settings` (shared with the CLI); this class gives the
window attribute access with the right types and defaults, and the recent-files
list logic.  Tests point the settings at a temporary folder through the
environment variables aligner.settings reads (see tests/conftest.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Optional

MAX_RECENT = 10


@dataclass
class Preferences:
    model: Optional[str] = None
    language: Optional[str] = None
    threads: int = 0
    max_chars_per_line: int = 42
    max_lines_per_cue: int = 2
    max_cue_duration: float = 7.0
    min_cue_duration: float = 1.0
    split_long_cues: bool = True
    include_speakers: bool = True
    txt_timestamps: bool = False
    cps_limit: float = 17.0
    autosave_interval: float = 30.0
    shortcuts: dict = field(default_factory=dict)
    recent: list = field(default_factory=list)
    last_folder: Optional[str] = None
    last_export_format: Optional[str] = None

    # ------------------------------------------------------------------ persistence
    @classmethod
    def load(cls) -> "Preferences":
        raw = _load_raw()
        prefs = cls()
        for f in fields(cls):
            if f.name in raw and raw[f.name] is not None:
                try:
                    setattr(prefs, f.name, _coerce(getattr(prefs, f.name), raw[f.name]))
                except (TypeError, ValueError):
                    pass  # a damaged value falls back to its default
        return prefs

    def save(self) -> None:
        _save_raw({f.name: getattr(self, f.name) for f in fields(self)})

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[list[str]]:
        """Recent entries whose files still exist, newest first (each: [project] or [audio, transcript])."""
        out = []
        for entry in self.recent:
            paths = [entry] if isinstance(entry, str) else list(entry)
            if paths and all(os.path.exists(p) for p in paths):
                out.append(paths)
        return out

    def add_recent(self, paths: list[str]) -> None:
        paths = [os.path.abspath(p) for p in paths]
        rest = [e for e in self.recent if ([e] if isinstance(e, str) else list(e)) != paths]
        self.recent = [paths] + rest[:MAX_RECENT - 1]


def _coerce(default, value):
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, int):
        return int(value)
    if isinstance(default, float):
        return float(value)
    if isinstance(default, dict):
        return dict(value)
    if isinstance(default, list):
        return list(value)
    return None if value in ("", None) else str(value)


def _load_raw() -> dict:
    from aligner import settings

    return dict(settings.load_settings())


def _save_raw(values: dict) -> None:
    from aligner import settings

    settings.save_settings(values)
