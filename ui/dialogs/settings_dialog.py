"""File -> Settings: speech model, language, threads, readability and timing, autosave, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..actions import SPECS, ActionRegistry, keys_text, parse_keys

#: Frame rates of video people subtitle (0 = times in milliseconds, no frames).
FRAME_RATES = (0.0, 23.976, 24.0, 25.0, 29.97, 30.0, 50.0, 59.94, 60.0)

LANGUAGES = ("", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "no", "cs", "ru", "uk", "tr",
             "ja", "zh", "ko")


class SettingsDialog(QDialog):
    def __init__(self, prefs, registry: ActionRegistry, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.registry = registry
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.resize(620, 560)
        tabs = QTabWidget()
        tabs.addTab(self._alignment_tab(), "Alignment")
        tabs.addTab(self._readability_tab(), "Readability and timing")
        tabs.addTab(self._shortcuts_tab(), "Shortcuts")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    # ------------------------------------------------------------------ tabs
    def _alignment_tab(self) -> QWidget:
        p = self.prefs
        w = QWidget()
        form = QFormLayout(w)
        self.model_edit = QLineEdit(p.model or "")
        self.model_edit.setPlaceholderText("Bundled tiny.en (English, fast)")
        self.model_edit.setToolTip("A folder with a CTranslate2 Whisper model, or empty for the bundled tiny.en")
        browse = QPushButton("Folder…")
        browse.clicked.connect(self._browse_model)
        row = QHBoxLayout()
        row.addWidget(self.model_edit, 1)
        row.addWidget(browse)
        form.addRow("Speech model:", row)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setCurrentText(p.language or "")
        self.language.lineEdit().setPlaceholderText("Automatic")
        self.language.setToolTip("Empty: English for English-only models, otherwise detected from the audio")
        form.addRow("Language:", self.language)
        self.threads = QSpinBox()
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText("All cores")
        self.threads.setValue(int(p.threads or 0))
        form.addRow("CPU threads:", self.threads)
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(int(p.autosave_interval))
        form.addRow("Autosave unsaved work every:", self.autosave)
        return w

    def _readability_tab(self) -> QWidget:
        p = self.prefs
        w = QWidget()
        form = QFormLayout(w)
        self.cps = QDoubleSpinBox()
        self.cps.setRange(5.0, 60.0)
        self.cps.setDecimals(1)
        self.cps.setValue(float(p.cps_limit))
        self.cps.setToolTip("The table marks segments read faster than this in red")
        form.addRow("Warn above (characters per second):", self.cps)
        self.max_chars = QSpinBox()
        self.max_chars.setRange(10, 200)
        self.max_chars.setValue(int(p.max_chars_per_line))
        form.addRow("Characters per subtitle line:", self.max_chars)
        self.max_lines = QSpinBox()
        self.max_lines.setRange(1, 5)
        self.max_lines.setValue(int(p.max_lines_per_cue))
        form.addRow("Lines per subtitle:", self.max_lines)
        self.max_dur = QDoubleSpinBox()
        self.max_dur.setRange(1.0, 60.0)
        self.max_dur.setSuffix(" s")
        self.max_dur.setValue(float(p.max_cue_duration))
        form.addRow("Longest subtitle:", self.max_dur)
        self.min_dur = QDoubleSpinBox()
        self.min_dur.setRange(0.0, 10.0)
        self.min_dur.setSingleStep(0.1)
        self.min_dur.setSuffix(" s")
        self.min_dur.setValue(float(p.min_cue_duration))
        form.addRow("Shortest subtitle:", self.min_dur)
        self.min_gap = QSpinBox()
        self.min_gap.setRange(0, 2000)
        self.min_gap.setSingleStep(10)
        self.min_gap.setSuffix(" ms")
        self.min_gap.setValue(int(round(float(p.min_gap) * 1000)))
        self.min_gap.setToolTip("Subtitle exports and Timing → Chain keep at least this much time between two "
                                "subtitles")
        form.addRow("Gap between subtitles:", self.min_gap)
        self.not_heard = QComboBox()
        from .export_dialog import NOT_HEARD_LABELS

        for key, label in NOT_HEARD_LABELS.items():
            self.not_heard.addItem(label, key)
        self.not_heard.setCurrentIndex(max(0, self.not_heard.findData(p.not_heard)))
        form.addRow("Subtitles, text not heard:", self.not_heard)
        self.frame_rate = QComboBox()
        for fps in FRAME_RATES:
            self.frame_rate.addItem("Off (milliseconds)" if not fps else f"{fps:g} frames per second", fps)
        index = next((k for k, fps in enumerate(FRAME_RATES) if abs(fps - float(p.frame_rate or 0)) < 1e-6), 0)
        self.frame_rate.setCurrentIndex(index)
        self.frame_rate.setToolTip("Frame-accurate timing: times show as H:MM:SS:FF, and every time you set "
                                   "(drag, type, nudge) lands on a frame")
        form.addRow("Frame rate:", self.frame_rate)
        return w

    def _shortcuts_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        hint = QLabel("Double-click a key cell to change it. Several keys: separate them with “;”. "
                      "Empty: no key.")
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.keys_table = QTableWidget(len(SPECS), 2)
        self.keys_table.setHorizontalHeaderLabels(["Command", "Keys"])
        self.keys_table.verticalHeader().setVisible(False)
        self.keys_table.horizontalHeader().setStretchLastSection(True)
        for r, spec in enumerate(SPECS):
            name = QTableWidgetItem(f"{spec.group}: {spec.text.replace('&', '')}")
            name.setFlags(Qt.ItemIsEnabled)
            name.setData(Qt.UserRole, spec.id)
            self.keys_table.setItem(r, 0, name)
            self.keys_table.setItem(r, 1, QTableWidgetItem(keys_text(self.registry.keys(spec.id))))
        self.keys_table.resizeColumnToContents(0)
        reset = QPushButton("Restore default keys")
        reset.clicked.connect(self._reset_keys)
        lay.addWidget(hint)
        lay.addWidget(self.keys_table)
        lay.addWidget(reset, 0, Qt.AlignLeft)
        return w

    # ------------------------------------------------------------------ actions
    def _browse_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder of a CTranslate2 Whisper model",
                                                  self.model_edit.text())
        if folder:
            self.model_edit.setText(folder)

    def _reset_keys(self) -> None:
        for r, spec in enumerate(SPECS):
            self.keys_table.item(r, 1).setText(keys_text(spec.keys))

    def shortcut_overrides(self) -> dict[str, str]:
        """Only the keys that differ from the defaults (so new defaults reach users who never changed them)."""
        out = {}
        for r, spec in enumerate(SPECS):
            keys = parse_keys(self.keys_table.item(r, 1).text())
            normal = tuple(QKeySequence(k).toString(QKeySequence.PortableText) for k in keys)
            if normal != tuple(QKeySequence(k).toString(QKeySequence.PortableText) for k in spec.keys):
                out[spec.id] = keys_text(normal)
        return out

    def _validate(self) -> str:
        seen: dict[str, str] = {}
        for r, spec in enumerate(SPECS):
            for k in parse_keys(self.keys_table.item(r, 1).text()):
                seq = QKeySequence(k)
                text = seq.toString(QKeySequence.PortableText)
                if seq.isEmpty() or not text:
                    return f"“{k}” is not a key Aligner understands (for {spec.text.replace('&', '')})."
                if text in seen:
                    return f"{text} is used twice: for {seen[text]} and {spec.text.replace('&', '')}."
                seen[text] = spec.text.replace("&", "")
        if self.min_dur.value() > self.max_dur.value():
            return "The shortest subtitle must not be longer than the longest."
        return ""

    def _accept(self) -> None:
        problem = self._validate()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def apply(self) -> None:
        p = self.prefs
        p.model = self.model_edit.text().strip() or None
        p.language = self.language.currentText().strip() or None
        p.threads = self.threads.value()
        p.autosave_interval = float(self.autosave.value())
        p.cps_limit = self.cps.value()
        p.max_chars_per_line = self.max_chars.value()
        p.max_lines_per_cue = self.max_lines.value()
        p.max_cue_duration = self.max_dur.value()
        p.min_cue_duration = self.min_dur.value()
        p.min_gap = self.min_gap.value() / 1000.0
        p.not_heard = self.not_heard.currentData()
        p.frame_rate = float(self.frame_rate.currentData())
        p.shortcuts = self.shortcut_overrides()
        p.save()
