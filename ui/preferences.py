"""The window's settings: :class:`aligner.settings.Settings` (shared with the CLI) that can save itself.

Tests point the settings at a temporary folder through the environment
variables aligner.settings reads (ALIGNER_CONFIG_DIR, ALIGNER_STATE_DIR; see
tests/conftest.py), so they never touch the real home folder.
"""

from __future__ import annotations

from dataclasses import fields

from aligner.settings import Settings, load_settings, save_settings


class Preferences(Settings):
    @classmethod
    def load(cls) -> "Preferences":
        stored = load_settings()
        return cls(**{f.name: getattr(stored, f.name) for f in fields(Settings)})

    def save(self) -> None:
        save_settings(self)
