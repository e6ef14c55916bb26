"""User settings: defaults, round trip, damaged files set aside, recent files, folder overrides."""

from __future__ import annotations

import json
import os
from dataclasses import fields

import pytest

from aligner import settings as settings_module
from aligner.formats.options import ExportOptions
from aligner.settings import MAX_RECENT, Settings, config_dir, load_settings, save_settings, settings_path


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ALIGNER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def test_folders_follow_the_environment(private_dirs):
    assert config_dir() == str(private_dirs / "config")
    assert settings_module.state_dir() == str(private_dirs / "state")
    assert settings_module.cache_dir() == str(private_dirs / "cache")
    assert settings_path() == str(private_dirs / "config" / "settings.json")


def test_defaults_without_a_file():
    s = load_settings()
    assert s == Settings() and s.warnings == []
    assert (s.max_chars_per_line, s.max_lines_per_cue, s.max_cue_duration, s.cps_limit) == (42, 2, 7.0, 17.0)
    assert (s.clip_pad, s.clip_format, s.autosave_interval) == (0.15, "wav", 30.0)
    assert not os.path.exists(settings_path())


def test_every_field_round_trips(private_dirs):
    project = private_dirs / "talk.alignproj"
    project.write_text("{}")
    s = Settings(model="small.en", language="de", threads=2, max_chars_per_line=37, max_lines_per_cue=1,
                 max_cue_duration=5.5, min_cue_duration=0.8, split_long_cues=False, include_speakers=False,
                 txt_timestamps=True, cps_limit=21.0, clip_pad=0.3, clip_format="flac", autosave_interval=60.0,
                 shortcuts={"play": "Space", "split": "Ctrl+B"}, recent=[str(project)],
                 last_folder="/home/me", last_export_format="srt")
    save_settings(s)
    assert load_settings() == s
    assert os.listdir(config_dir()) == ["settings.json"]  # written atomically: no temp file left
    stored = json.loads(open(settings_path()).read())
    assert stored["shortcuts"] == {"play": "Space", "split": "Ctrl+B"}


def test_every_setting_is_checked_when_read():
    known = {f.name for f in fields(Settings)} - {"extra", "warnings"}
    assert set(settings_module._CHECKS) == known


def test_damaged_file_is_set_aside_with_a_warning(caplog):
    os.makedirs(config_dir())
    with open(settings_path(), "w") as fh:
        fh.write('{"cps_limit": 20, ')
    s = load_settings()
    assert s == Settings()
    assert len(s.warnings) == 1 and "damaged" in s.warnings[0] and "settings.json.damaged" in s.warnings[0]
    assert "damaged" in caplog.text
    assert open(settings_path() + ".damaged").read() == '{"cps_limit": 20, '
    assert not os.path.exists(settings_path())
    save_settings(Settings(cps_limit=20.0))  # and the next save works
    assert load_settings().cps_limit == 20.0


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"[1, 2]", b"null"])
def test_anything_but_a_json_object_is_set_aside(content):
    os.makedirs(config_dir())
    with open(settings_path(), "wb") as fh:
        fh.write(content)
    assert load_settings() == Settings()
    assert os.path.exists(settings_path() + ".damaged")


def test_a_bad_value_falls_back_alone_and_unknown_keys_survive():
    os.makedirs(config_dir())
    with open(settings_path(), "w") as fh:
        json.dump({"max_chars_per_line": "many", "cps_limit": 20, "threads": True, "clip_format": "ogg",
                   "shortcuts": {"play": 5}, "from_a_newer_version": {"x": 1}}, fh)
    s = load_settings()
    assert s.cps_limit == 20.0 and s.max_chars_per_line == 42 and s.threads == 0 and s.clip_format == "wav"
    assert s.shortcuts == {}
    assert len(s.warnings) == 4 and any("max_chars_per_line" in w for w in s.warnings)
    save_settings(s)
    assert json.loads(open(settings_path()).read())["from_a_newer_version"] == {"x": 1}


def test_recent_files_newest_first_deduplicated_capped_and_pruned(private_dirs):
    files = []
    for k in range(MAX_RECENT + 3):
        p = private_dirs / f"p{k}.alignproj"
        p.write_text("{}")
        files.append(str(p))
    s = Settings()
    for f in files:
        s.add_recent(f)
    s.add_recent(files[5])  # opened again: moves to the top, not listed twice
    pair = [str(private_dirs / "talk.wav"), str(private_dirs / "talk.txt")]
    for p in pair:
        open(p, "w").close()
    s.add_recent(pair)
    assert len(s.recent) == MAX_RECENT
    assert s.recent[:3] == [pair, files[5], files[-1]]
    save_settings(s)
    os.unlink(files[-1])
    os.unlink(pair[1])
    loaded = load_settings()
    assert loaded.recent[:2] == [files[5], files[-2]]  # entries with a missing file are dropped on reading
    assert loaded.recent_files()[0] == [files[5]]


def test_export_options_and_plain_dict_access():
    s = Settings(max_chars_per_line=30, include_speakers=False)
    # the settings keep 80 ms between subtitles (a timer's habit); a bare ExportOptions reproduces times exactly
    assert s.export_options() == ExportOptions(max_chars_per_line=30, include_speakers=False, min_gap=0.08)
    plain = dict(s)
    assert plain["max_chars_per_line"] == 30 and "warnings" not in plain and "extra" not in plain
    plain["cps_limit"] = 15
    save_settings(plain)  # the window may hand back a plain dict
    assert load_settings().cps_limit == 15.0


def test_inconsistent_cue_durations_fall_back():
    s = Settings.from_dict({"min_cue_duration": 9.0, "max_cue_duration": 7.0})
    assert (s.min_cue_duration, s.max_cue_duration) == (1.0, 7.0) and s.warnings
