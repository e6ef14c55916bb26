"""Every command of the window, with its name, default keys and tip, in one table.

Menus, toolbars, the shortcuts window and the settings' shortcut editor all
read this registry, so a key shown anywhere is the key that works.  Defaults
follow Subtitle Edit / Aegisub habits where they exist; users change them in
Settings -> Shortcuts (stored by :mod:`aligner.settings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from . import style


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    keys: tuple[str, ...] = ()
    tip: str = ""
    group: str = "File"
    icon: Optional[str] = None  #: resources/icons/<icon>.svg
    std_icon: Optional[QStyle.StandardPixmap] = None
    checkable: bool = False


SP = QStyle.StandardPixmap
SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "&Open audio and transcript…", ("Ctrl+O",), "Open a talk's audio and its transcript",
               "File", "open", SP.SP_DialogOpenButton),
    ActionSpec("open_project", "Open &project…", ("Ctrl+Shift+O",), "Open a saved .alignproj project", "File",
               None, SP.SP_DirOpenIcon),
    ActionSpec("open_demo", "Open the &demo talk", (), "Open the built-in demo talk, ready to align", "File"),
    ActionSpec("save", "&Save project", ("Ctrl+S",), "Save the project (transcript, timing, audio link)", "File",
               "save", SP.SP_DialogSaveButton),
    ActionSpec("save_as", "Save project &as…", ("Ctrl+Shift+S",), "Save the project under a new name", "File"),
    ActionSpec("export", "&Export…", ("Ctrl+E",), "Write subtitles, a transcript or clips", "File", "export"),
    ActionSpec("settings", "Se&ttings…", ("Ctrl+,",), "Model, language, readability limits, shortcuts", "File",
               None, SP.SP_FileDialogDetailedView),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close Aligner", "File"),
    # Edit
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Undo the last change", "Edit", "undo"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone last", "Edit", "redo"),
    ActionSpec("find", "&Find and replace…", ("Ctrl+F", "Ctrl+H"), "Find text in segments and replace it", "Edit",
               "find"),
    ActionSpec("split", "&Split segment", ("S", "Ctrl+Return"),
               "Split at the playhead inside the segment, else at the text cursor, else in its longest pause", "Edit",
               "split"),
    ActionSpec("merge", "&Merge with next", ("M",), "Join the selected segments (or this one and the next)", "Edit",
               "merge"),
    ActionSpec("insert", "&Insert segment…", ("Insert",), "Add a segment at the playhead or after this one", "Edit"),
    ActionSpec("delete", "&Delete segment", ("Delete",), "Remove the selected segments", "Edit"),
    ActionSpec("insert_unscripted", "Insert &unscripted speech", ("U",),
               "Turn the chosen speech-not-in-transcript span into a segment", "Edit"),
    ActionSpec("rename_speaker", "Re&name speaker…", (), "Rename the selected segment's speaker everywhere", "Edit"),
    ActionSpec("lock", "&Lock / unlock", ("Ctrl+L",), "Locked segments keep their times when re-aligning", "Edit",
               "lock"),
    # Timing
    ActionSpec("select_start", "Select start boundary", ("[",), "Nudge keys move the segment's start", "Timing"),
    ActionSpec("select_end", "Select end boundary", ("]",), "Nudge keys move the segment's end", "Timing"),
    ActionSpec("nudge_left", "Nudge boundary −10 ms", ("Alt+Left",), "", "Timing"),
    ActionSpec("nudge_right", "Nudge boundary +10 ms", ("Alt+Right",), "", "Timing"),
    ActionSpec("nudge_left_big", "Nudge boundary −100 ms", ("Alt+Shift+Left",), "", "Timing"),
    ActionSpec("nudge_right_big", "Nudge boundary +100 ms", ("Alt+Shift+Right",), "", "Timing"),
    ActionSpec("chain", "&Chain to next", ("Ctrl+Shift+G",),
               "Close short pauses after the selected segments down to the minimum gap (Settings)", "Timing"),
    ActionSpec("start_to_playhead", "Set start to playhead", ("F9",), "Move the segment's start to the playhead",
               "Timing"),
    ActionSpec("end_to_playhead", "Set end to playhead", ("F10",), "Move the segment's end to the playhead",
               "Timing"),
    # Align
    ActionSpec("align", "&Align", ("Ctrl+R",), "Align the transcript to the audio (locked segments stay put)",
               "Align", "align"),
    ActionSpec("realign_selection", "Re-align &selection", ("Ctrl+Shift+R",),
               "Re-align only the time range of the selected segments", "Align"),
    ActionSpec("next_review", "&Next item to review", ("F3",), "Jump to the next unsure or unheard item", "Align",
               "review"),
    ActionSpec("prev_review", "&Previous item to review", ("Shift+F3",), "", "Align"),
    ActionSpec("mark_reviewed", "&Mark reviewed", ("F4",),
               "The selected segments were checked: they leave the review queue (again: they return)", "Align"),
    ActionSpec("cancel", "&Cancel", ("Esc",), "Stop the running job; nothing changes", "Align"),
    # Playback
    ActionSpec("play_pause", "&Play / pause", ("Space",), "Play from the playhead", "Playback", "play",
               SP.SP_MediaPlay),
    ActionSpec("play_segment", "Play &segment", ("Ctrl+Space",), "Play the selected segment", "Playback",
               "play_segment"),
    ActionSpec("loop_segment", "&Loop segment", ("L",), "Play the selected segment over and over", "Playback",
               "loop", checkable=True),
    ActionSpec("play_before", "Play 0.5 s before boundary", ("Q",), "Hear what leads into the selected boundary",
               "Playback"),
    ActionSpec("play_after", "Play 0.5 s after boundary", ("W",), "Hear what follows the selected boundary",
               "Playback"),
    ActionSpec("faster", "Faster", ("Ctrl+Up",), "Play faster (up to 2×, pitch kept)", "Playback"),
    ActionSpec("slower", "Slower", ("Ctrl+Down",), "Play slower (down to 0.5×, pitch kept)", "Playback"),
    # View
    ActionSpec("zoom_in", "Zoom &in", ("Ctrl+=", "Ctrl++"), "Show less time, more detail", "View", "zoom_in"),
    ActionSpec("zoom_out", "Zoom &out", ("Ctrl+-",), "Show more time", "View", "zoom_out"),
    ActionSpec("zoom_fit", "Show &whole talk", ("Ctrl+0",), "", "View", "zoom_fit"),
    ActionSpec("zoom_selection", "Zoom to &selection", ("Z",), "", "View"),
    ActionSpec("follow", "&Follow playhead", (), "Scroll the waveform along while playing", "View",
               checkable=True),
    ActionSpec("history", "Undo &history", ("Ctrl+Shift+H",), "Show every change and go back to any of them",
               "View", checkable=True),
    ActionSpec("unscripted_panel", "Speech &not in transcript", (), "List what the audio has that the text lacks",
               "View", checkable=True),
    ActionSpec("show_waveform", "&Waveform", (), "Show the waveform (above the spectrogram when both are shown)",
               "View", checkable=True),
    ActionSpec("show_spectrogram", "S&pectrogram", ("Ctrl+G",),
               "Show the spectrogram under the waveform (or instead of it when the waveform is off)", "View",
               checkable=True),
    ActionSpec("amplitude_in", "Amplitude zoom i&n", ("Alt+Up",),
               "Make quiet sound taller (and brighter in the spectrogram); also Ctrl+wheel", "View"),
    ActionSpec("amplitude_out", "Amplitude zoom o&ut", ("Alt+Down",), "Make loud sound fit again", "View"),
    ActionSpec("amplitude_reset", "&Reset amplitude zoom", ("Alt+0",), "The loudest part of the talk fills the height",
               "View"),
    # The time range drawn by dragging on the waveform
    ActionSpec("play_range", "Play selected &range", ("Ctrl+Shift+Space",),
               "Play the time range drawn on the waveform", "Playback"),
    ActionSpec("segment_from_range", "&New segment from range…", ("Ctrl+Shift+N",),
               "Add a segment timed to the range drawn on the waveform", "Edit"),
    ActionSpec("realign_range", "Re-align &range", ("Ctrl+Alt+R",),
               "Re-align only the segments in the range drawn on the waveform", "Align"),
    ActionSpec("clear_range", "Clear range", (), "Forget the range drawn on the waveform (a click does too)",
               "Edit"),
    # Help
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1",), "Every key and what it does", "Help"),
    ActionSpec("about", "&About Aligner", (), "", "Help"),
)

SPEC_BY_ID = {s.id: s for s in SPECS}
GROUPS = ("File", "Edit", "Timing", "Align", "Playback", "View", "Help")


def parse_keys(text: str) -> tuple[str, ...]:
    """``"S; Ctrl+Return"`` -> ("S", "Ctrl+Return") (how shortcuts are stored in settings)."""
    return tuple(k.strip() for k in (text or "").split(";") if k.strip())


def keys_text(keys: Iterable[str]) -> str:
    return "; ".join(keys)


class ActionRegistry(QObject):
    """Creates the QActions on a window and applies the user's shortcut choices."""

    def __init__(self, window, overrides: Optional[dict[str, str]] = None):
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        for spec in SPECS:
            a = QAction(spec.text, window)
            a.setObjectName(spec.id)
            if spec.icon or spec.std_icon is not None:
                a.setIcon(style.icon(spec.icon or "", spec.std_icon))
            a.setCheckable(spec.checkable)
            a.setStatusTip(spec.tip)
            a.setShortcutContext(Qt.WindowShortcut)
            window.addAction(a)
            self.actions[spec.id] = a
        self.apply_shortcuts(overrides or {})

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def keys(self, action_id: str) -> tuple[str, ...]:
        return tuple(s.toString(QKeySequence.PortableText) for s in self.actions[action_id].shortcuts())

    def apply_shortcuts(self, overrides: dict[str, str]) -> None:
        for spec in SPECS:
            keys = parse_keys(overrides[spec.id]) if spec.id in overrides else spec.keys
            a = self.actions[spec.id]
            a.setShortcuts([QKeySequence(k) for k in keys])
            tip = spec.tip or spec.text.replace("&", "")
            if keys:
                tip += f"  ({keys[0]})"
            a.setToolTip(tip)

    def conflicts(self) -> list[tuple[str, str, str]]:
        """(key, action, action) pairs bound twice (shown in the settings' shortcut editor)."""
        seen: dict[str, str] = {}
        out = []
        for spec in SPECS:
            for k in self.keys(spec.id):
                if k in seen:
                    out.append((k, seen[k], spec.id))
                else:
                    seen[k] = spec.id
        return out
