"""File -> Export: a format from the core registry, where to write it, readability limits, and clips.

The file name typed decides the format when its extension is one Aligner
writes (a warning says so when it is not); an existing file is replaced only
after asking; each talk remembers the folder it was last exported to; and the
export can be limited to the selected segments.

Until a folder is remembered, files go next to the transcript -- except when
that folder is Aligner's own (the demo talk ships inside the program) or cannot
be written to: then the home folder is offered, not the program's files.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout)

from aligner.settings import CLIP_FORMATS

from . import messages

#: Not-heard choices as the dialog names them (keys of aligner.formats.options.NOT_HEARD_CHOICES).
NOT_HEARD_LABELS = {"omit": "Leave them out", "pause": "Show them across their pause", "keep": "Keep them as aligned"}


@dataclass
class ClipRequest:
    folder: str
    format: str
    pad: float
    indices: Optional[list[int]]  #: None = every segment
    fade: float = 0.010  #: seconds of fade in and out (0 = none)
    normalize: Optional[float] = None  #: RMS loudness (dBFS) every clip is brought to; None = as recorded


@dataclass
class ExportRequest:
    format: Optional[str]  #: a key of the core's export registry (None = chosen from the file name)
    path: Optional[str]  #: None = no document export, only clips
    options: object  #: aligner.formats.ExportOptions
    clips: Optional[ClipRequest]
    rows: Optional[list[int]] = None  #: only these segments (None = all)


def build_options(**values):
    """An ExportOptions with the given values, ignoring names this core version does not have."""
    from aligner.formats import ExportOptions

    known = {f.name for f in dataclasses.fields(ExportOptions)}
    return ExportOptions(**{k: v for k, v in values.items() if k in known})


def _ext(info) -> str:
    exts = list(getattr(info, "extensions", ()) or ())
    if not exts:
        return ""
    e = exts[0]
    return e if e.startswith(".") else "." + e


def selection_label(n: int) -> str:
    return f"Only the {n} selected segment{'s' if n != 1 else ''}"


def _not_for_exports(folder: str, own_folder: Optional[str]) -> bool:
    """Whether exports should not be offered into ``folder``: Aligner's own files, or not writable."""
    if own_folder and os.path.normcase(os.path.abspath(folder)) == os.path.normcase(os.path.abspath(own_folder)):
        return True
    return not os.access(folder or os.curdir, os.W_OK)


class ExportDialog(QDialog):
    def __init__(self, doc, prefs, selected_rows: list[int], parent=None, talk: Optional[str] = None,
                 known_as: Sequence[str] = (), own_folder: Optional[str] = None):
        super().__init__(parent)
        from aligner.formats import export_formats

        self.setWindowTitle("Export")
        self.setObjectName("exportDialog")
        self.setMinimumWidth(560)
        self.doc = doc
        self.prefs = prefs
        self.selected_rows = selected_rows
        self.talk = talk  #: the project or audio this export belongs to (its folder is remembered)
        self._typing = False
        self.formats = list(export_formats())
        keys = {f.key for f in self.formats}
        if doc.source_format in keys:  # writing back into the transcript's own format keeps its layout
            src = next(f for f in self.formats if f.key == doc.source_format)
            self.formats.insert(0, type(src)("original", f"Same as the transcript ({src.name})", src.extensions,
                                             "Write the corrected times back into the transcript's own format."))
        base = os.path.splitext(doc.source_path or doc.audio_path or os.path.join(os.path.expanduser("~"), "talk"))[0]
        # The folder remembered under the talk's current name, else under a name it had before (its transcript
        # before it was saved as a project).
        folder = next((f for f in map(prefs.export_folder, [talk, *known_as]) if f), None) \
            if hasattr(prefs, "export_folder") else None
        if folder:
            base = os.path.join(folder, os.path.basename(base))
        elif _not_for_exports(os.path.dirname(base), own_folder):
            base = os.path.join(os.path.expanduser("~"), os.path.basename(base))
        self._base = base

        # --- what and where
        self.format_combo = QComboBox()
        for info in self.formats:
            self.format_combo.addItem(info.name, info.key)
            self.format_combo.setItemData(self.format_combo.count() - 1, info.description, 3)  # tooltip role
        last = prefs.last_export_format
        if last and self.format_combo.findData(last) >= 0:
            self.format_combo.setCurrentIndex(self.format_combo.findData(last))
        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(self._path_typed)
        self.format_note = QLabel()
        self.format_note.setObjectName("hint")
        self.format_note.setWordWrap(True)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.write_doc = QCheckBox("Write the transcript")
        self.write_doc.setChecked(True)
        what = QFormLayout()
        what.addRow(self.write_doc)
        what.addRow("Format:", self.format_combo)
        what.addRow("File:", path_row)
        what.addRow(self.format_note)
        self.only_selected = QCheckBox(selection_label(len(selected_rows)))
        self.only_selected.setEnabled(0 < len(selected_rows) < len(doc.segments))
        self.only_selected.setToolTip("Write (and cut clips of) only the segments selected in the table")
        what.addRow(self.only_selected)

        # --- readability
        self.max_chars = QSpinBox()
        self.max_chars.setRange(10, 200)
        self.max_chars.setValue(int(prefs.max_chars_per_line))
        self.max_lines = QSpinBox()
        self.max_lines.setRange(1, 5)
        self.max_lines.setValue(int(prefs.max_lines_per_cue))
        self.max_dur = QDoubleSpinBox()
        self.max_dur.setRange(1.0, 60.0)
        self.max_dur.setSuffix(" s")
        self.max_dur.setValue(float(prefs.max_cue_duration))
        self.min_dur = QDoubleSpinBox()
        self.min_dur.setRange(0.0, 10.0)
        self.min_dur.setSuffix(" s")
        self.min_dur.setSingleStep(0.1)
        self.min_dur.setValue(float(prefs.min_cue_duration))
        self.split_long = QCheckBox("Split long segments into several cues")
        self.split_long.setChecked(bool(prefs.split_long_cues))
        self.speakers = QCheckBox("Include speaker names")
        self.speakers.setChecked(bool(prefs.include_speakers))
        self.txt_stamps = QCheckBox("Timestamps in plain-text output")
        self.txt_stamps.setChecked(bool(prefs.txt_timestamps))
        self.min_gap = QSpinBox()
        self.min_gap.setRange(0, 2000)
        self.min_gap.setSingleStep(10)
        self.min_gap.setSuffix(" ms")
        self.min_gap.setValue(int(round(getattr(prefs, "min_gap", 0.0) * 1000)))
        self.not_heard = QComboBox()
        for key, label in NOT_HEARD_LABELS.items():
            self.not_heard.addItem(label, key)
        self.not_heard.setCurrentIndex(max(0, self.not_heard.findData(getattr(prefs, "not_heard", "omit"))))
        self.not_heard.setToolTip("Text the audio does not contain (a stage direction, a summary) would flash by "
                                  "in the short span alignment gives it")
        read = QGroupBox("Subtitle readability")
        rf = QFormLayout(read)
        rf.addRow("Characters per line:", self.max_chars)
        rf.addRow("Lines per cue:", self.max_lines)
        rf.addRow("Longest cue:", self.max_dur)
        rf.addRow("Shortest cue:", self.min_dur)
        rf.addRow("Gap between cues:", self.min_gap)
        rf.addRow("Text not heard:", self.not_heard)
        rf.addRow(self.split_long)
        rf.addRow(self.speakers)
        rf.addRow(self.txt_stamps)

        # --- clips
        self.clips = QGroupBox("Also export an audio clip per segment")
        self.clips.setCheckable(True)
        self.clips.setChecked(False)
        self.clip_folder = QLineEdit(base + "_clips")
        clip_browse = QPushButton("Browse…")
        clip_browse.clicked.connect(self._browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.clip_folder, 1)
        folder_row.addWidget(clip_browse)
        self.clip_format = QComboBox()
        self.clip_format.addItems(CLIP_FORMATS)
        self.clip_format.setCurrentText(prefs.clip_format)
        self.clip_pad = QSpinBox()
        self.clip_pad.setRange(0, 2000)
        self.clip_pad.setSingleStep(50)
        self.clip_pad.setSuffix(" ms")
        self.clip_pad.setValue(int(round(prefs.clip_pad * 1000)))
        cf = QFormLayout(self.clips)
        cf.addRow("Folder:", folder_row)
        cf.addRow("Audio format:", self.clip_format)
        cf.addRow("Padding:", self.clip_pad)
        self.clip_fade = QCheckBox("Fade in and out over 10 ms (no click at the cuts)")
        self.clip_fade.setChecked(True)
        self.clip_normalize = QCheckBox("Same loudness for every clip:")
        self.clip_loudness = QDoubleSpinBox()
        self.clip_loudness.setRange(-60.0, -1.0)
        self.clip_loudness.setSuffix(" dBFS")
        self.clip_loudness.setValue(-23.0)
        self.clip_loudness.setEnabled(False)
        self.clip_normalize.toggled.connect(self.clip_loudness.setEnabled)
        cf.addRow(self.clip_fade)
        cf.addRow(self.clip_normalize, self.clip_loudness)

        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Export")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(what)
        lay.addWidget(read)
        lay.addWidget(self.clips)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _info(self):
        key = self.format_combo.currentData()
        return next((f for f in self.formats if f.key == key), None)

    def _format_changed(self) -> None:
        info = self._info()
        if info is None or self._typing:
            return
        ext = _ext(info)
        if info.key == "original" and self.doc.source_path:
            ext = os.path.splitext(self.doc.source_path)[1]
            path = os.path.splitext(self.doc.source_path)[0] + ".aligned" + ext
            if self._base != os.path.splitext(self.doc.source_path or "")[0]:
                path = os.path.join(os.path.dirname(self._base), os.path.basename(path))
        else:
            current = self.path_edit.text().strip()
            path = (os.path.splitext(current)[0] if current else self._base) + ext
        self.path_edit.setText(path)
        self.format_note.clear()

    def _path_typed(self, text: str) -> None:
        """The extension typed decides the format; an extension Aligner does not write gets a warning."""
        from aligner.formats.registry import export_key_for_extension, extension

        ext = extension(text.strip()) if text.strip() else ""
        info = self._info()
        if not ext or info is None:
            self.format_note.setText("No extension: the format chosen above decides it." if text.strip() else "")
            return
        if ext in {e.lower() for e in info.extensions}:
            self.format_note.clear()
            return
        key = export_key_for_extension(ext)
        index = self.format_combo.findData(key) if key else -1
        if index >= 0:
            self._typing = True
            try:
                self.format_combo.setCurrentIndex(index)
            finally:
                self._typing = False
            self.format_note.setText(f"“{ext}” is written as {self.format_combo.currentText()}.")
        else:
            self.format_note.setText(f"Aligner does not know “{ext}”: the file will hold {info.name}. "
                                     f"Change the extension, or keep it on purpose.")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path_edit.text())
        if path:
            self.path_edit.setText(path)
            self._path_typed(path)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the clips", self.clip_folder.text())
        if folder:
            self.clip_folder.setText(folder)

    def _accept(self) -> None:
        if not self.write_doc.isChecked() and not self.clips.isChecked():
            self.error.setText("Choose something to export: the transcript, clips, or both.")
            return
        if self.write_doc.isChecked() and not self.path_edit.text().strip():
            self.error.setText("Choose a file to write.")
            return
        if self.clips.isChecked() and not self.clip_folder.text().strip():
            self.error.setText("Choose a folder for the clips.")
            return
        path = self.path_edit.text().strip()
        if self.write_doc.isChecked():
            if not os.path.splitext(path)[1] and self._info() is not None:
                path += _ext(self._info())
                self.path_edit.setText(path)
            if os.path.isdir(path):
                self.error.setText(f"{path} is a folder; type a file name.")
                return
            if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
                self.error.setText(f"The folder {os.path.dirname(os.path.abspath(path))} does not exist.")
                return
            if os.path.exists(path) and not messages.confirm(
                    self, "Replace the file?", f"{os.path.basename(path)} already exists in "
                    f"{os.path.dirname(os.path.abspath(path))}. Replace it?", yes="Replace",
                    name="overwriteDialog"):
                return
        self.accept()

    def request(self) -> ExportRequest:
        options = build_options(max_chars_per_line=self.max_chars.value(), max_lines_per_cue=self.max_lines.value(),
                                max_cue_duration=self.max_dur.value(), min_cue_duration=self.min_dur.value(),
                                split_long_cues=self.split_long.isChecked(),
                                include_speakers=self.speakers.isChecked(), txt_timestamps=self.txt_stamps.isChecked(),
                                min_gap=self.min_gap.value() / 1000.0, not_heard=self.not_heard.currentData())
        rows = list(self.selected_rows) if self.only_selected.isChecked() and self.only_selected.isEnabled() \
            else None
        clips = None
        if self.clips.isChecked():
            clips = ClipRequest(self.clip_folder.text().strip(), self.clip_format.currentText(),
                                self.clip_pad.value() / 1000.0, rows,
                                0.010 if self.clip_fade.isChecked() else 0.0,
                                self.clip_loudness.value() if self.clip_normalize.isChecked() else None)
        return ExportRequest(self.format_combo.currentData(),
                             self.path_edit.text().strip() if self.write_doc.isChecked() else None, options, clips,
                             rows)

    def remember(self) -> None:
        """Keep the choices for next time (the readability limits are settings too)."""
        p = self.prefs
        p.last_export_format = self.format_combo.currentData()
        p.max_chars_per_line = self.max_chars.value()
        p.max_lines_per_cue = self.max_lines.value()
        p.max_cue_duration = self.max_dur.value()
        p.min_cue_duration = self.min_dur.value()
        p.split_long_cues = self.split_long.isChecked()
        p.include_speakers = self.speakers.isChecked()
        p.txt_timestamps = self.txt_stamps.isChecked()
        p.min_gap = self.min_gap.value() / 1000.0
        p.not_heard = self.not_heard.currentData()
        if self.write_doc.isChecked() and self.path_edit.text().strip():
            p.remember_export_folder(self.talk, os.path.dirname(os.path.abspath(self.path_edit.text().strip())))
        if self.clips.isChecked():
            p.clip_format = self.clip_format.currentText()
            p.clip_pad = self.clip_pad.value() / 1000.0
        p.save()
