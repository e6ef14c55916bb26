"""The main window: layout, menus, toolbar and status bar, wired to the controllers.

Nothing here edits the Document or talks to the core directly; the window
composes views (waveforms, table, panels) over one :class:`DocumentModel` and
routes actions to small controllers (files, edits, alignment, export).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QStackedWidget, QToolBar, QUndoView

from . import style
from .actions import ActionRegistry
from .align_controller import AlignController
from .autosave import Autosaver
from .dialogs import messages
from .dialogs.find_replace import FindReplaceDialog
from .dialogs.shortcuts import ShortcutsDialog
from .document_model import END, START, DocumentModel
from .edit_controller import BIG_NUDGE, SMALL_NUDGE, EditController
from .edit_helpers import boundary_time, realign_span
from .export_controller import ExportController
from .file_controller import FileController
from .player import PREVIEW, Player, speed_text
from .language_button import LanguageButton
from .progress_panel import ProgressPanel
from .recent_labels import entry_labels
from .review import review_count
from .segment_table import SegmentTableModel, SegmentTableView
from .session import Session, find_demo
from .timecode import format_clock
from .unscripted_panel import UnscriptedPanel
from .waveform_controller import WaveformController
from .waveform_panel import WaveformPanel
from .welcome import WelcomePage
from .workers import Job, JobRunner


class MainWindow(QMainWindow):
    def __init__(self, prefs, recovery_store=None, resources: Path = style.RESOURCES):
        super().__init__()
        self.prefs = prefs
        self.resources = resources
        self.setObjectName("mainWindow")
        self.setWindowTitle("Aligner")
        self.resize(1280, 820)
        self.setAcceptDrops(True)

        self.model = DocumentModel(self)
        self.player = Player(self)
        self.jobs = JobRunner(self)
        self.registry = ActionRegistry(self, prefs.shortcuts)
        self.a = self.registry.actions

        # views
        self.waveforms = WaveformPanel(self.model)
        self.table_model = SegmentTableModel(self.model, prefs.cps_limit)
        self._apply_timing_prefs()
        self.table = SegmentTableView(self.model, self.table_model)
        self.unscripted_panel = UnscriptedPanel(self.model)
        self.welcome = WelcomePage()
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.waveforms)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        # controllers
        self.files = FileController(self)
        self.editing = EditController(self)
        self.aligning = AlignController(self)
        self.exporting = ExportController(self)
        self.autosaver = Autosaver(self.model, recovery_store, prefs.autosave_interval, self.ui_state, self)
        self.find_dialog: Optional[FindReplaceDialog] = None

        self._build_docks()
        self._build_status_bar()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.waveform_tools = WaveformController(self)  # wires its own actions and right-click menus
        self.refresh_recent()
        self.welcome.set_demo_available(all(find_demo(self.resources)))
        self.update_title()
        self._update_actions()

    # ------------------------------------------------------------------ building
    def _build_docks(self) -> None:
        self.history_view = QUndoView(self.model.undo_stack)
        self.history_view.setEmptyLabel("Opened")
        self.history_dock = QDockWidget("Undo history", self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.unscripted_dock = QDockWidget("Speech not in transcript", self)
        self.unscripted_dock.setObjectName("unscriptedDock")
        self.unscripted_dock.setWidget(self.unscripted_panel)
        self.addDockWidget(Qt.RightDockWidgetArea, self.unscripted_dock)
        self.unscripted_dock.hide()

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.review_label = QLabel()
        self.review_label.setToolTip("Items worth a look (F3 jumps to the next one)")
        self.time_label = QLabel()
        self.time_label.setMinimumWidth(90)
        self.speed_label = QLabel(speed_text(1.0))
        self.speed_label.setToolTip("Playback speed (Ctrl+Up / Ctrl+Down)")
        self.progress = ProgressPanel()
        self.language_button = LanguageButton()
        sb.addWidget(self.hint, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.language_button)
        sb.addPermanentWidget(self.review_label)
        sb.addPermanentWidget(self.time_label)
        sb.addPermanentWidget(self.speed_label)

    def _build_menus(self) -> None:
        a, mb = self.a, self.menuBar()
        m = mb.addMenu("&File")
        for k in ("open", "open_project", "open_demo"):
            m.addAction(a[k])
        self.recent_menu = m.addMenu("Open &recent")
        m.addSeparator()
        for k in ("save", "save_as", "export"):
            m.addAction(a[k])
        m.addSeparator()
        m.addAction(a["settings"])
        m.addSeparator()
        m.addAction(a["quit"])
        m = mb.addMenu("&Edit")
        for k in ("undo", "redo", None, "find", None, "split", "merge", "insert", "delete", "insert_unscripted",
                  "rename_speaker", None, "lock"):
            m.addSeparator() if k is None else m.addAction(a[k])
        m.addSeparator()
        for k in ("play_range", "segment_from_range", "realign_range", "clear_range"):
            m.addAction(a[k])
        m = mb.addMenu("&Timing")
        for k in ("select_start", "select_end", None, "nudge_left", "nudge_right", "nudge_left_big",
                  "nudge_right_big", None, "start_to_playhead", "end_to_playhead", None, "chain"):
            m.addSeparator() if k is None else m.addAction(a[k])
        m = mb.addMenu("&Align")
        for k in ("align", "realign_selection", None, "next_review", "prev_review", "mark_reviewed", None, "cancel"):
            m.addSeparator() if k is None else m.addAction(a[k])
        m = mb.addMenu("&Playback")
        for k in ("play_pause", "play_segment", "loop_segment", None, "play_before", "play_after", None,
                  "faster", "slower"):
            m.addSeparator() if k is None else m.addAction(a[k])
        m = mb.addMenu("&View")
        for k in ("zoom_in", "zoom_out", "zoom_fit", "zoom_selection", None, "follow", None, "history",
                  "unscripted_panel"):
            m.addSeparator() if k is None else m.addAction(a[k])
        m.addSeparator()
        for k in ("show_waveform", "show_spectrogram", "amplitude_in", "amplitude_out", "amplitude_reset"):
            m.addAction(a[k])
        m = mb.addMenu("&Help")
        m.addAction(a["shortcuts"])
        m.addAction(a["about"])

    def _build_toolbar(self) -> None:
        tb = QToolBar("Main")
        tb.setObjectName("mainToolbar")
        tb.setIconSize(QSize(20, 20))
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonIconOnly)
        labelled = {"open": "Open", "align": "Align", "next_review": "Next to review", "play_segment": "Play segment",
                    "export": "Export"}
        for k, short in labelled.items():
            self.a[k].setIconText(short)
        for k in ("open", "save", "export", None, "undo", "redo", None, "align", "next_review", None,
                  "play_pause", "play_segment", "loop_segment", None, "split", "merge", "lock", None, "find"):
            if k is None:
                tb.addSeparator()
                continue
            tb.addAction(self.a[k])
            if k in labelled:  # the main path through the app reads as words; the rest are icons with tips
                tb.widgetForAction(self.a[k]).setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.TopToolBarArea, tb)
        self.toolbar = tb
        for k in ("zoom_out", "zoom_in", "zoom_fit"):
            self.waveforms.add_button(self.a[k])

    def _connect(self) -> None:
        a, m, p = self.a, self.model, self.player
        a["open"].triggered.connect(self.files.open_dialog)
        a["open_project"].triggered.connect(self.files.open_project_dialog)
        a["open_demo"].triggered.connect(self.files.open_demo)
        a["save"].triggered.connect(self.files.save)
        a["save_as"].triggered.connect(self.files.save_as)
        a["export"].triggered.connect(self.exporting.export_dialog)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self._undo)
        a["redo"].triggered.connect(self._redo)
        a["find"].triggered.connect(self.open_find)
        a["split"].triggered.connect(self.editing.split)
        a["merge"].triggered.connect(self.editing.merge)
        a["insert"].triggered.connect(self.editing.insert)
        a["delete"].triggered.connect(self.editing.delete)
        a["insert_unscripted"].triggered.connect(lambda: self.editing.insert_unscripted())
        a["lock"].triggered.connect(self.editing.toggle_lock)
        a["rename_speaker"].triggered.connect(self.editing.rename_speaker)
        a["select_start"].triggered.connect(lambda: self.editing.select_boundary(START))
        a["select_end"].triggered.connect(lambda: self.editing.select_boundary(END))
        a["nudge_left"].triggered.connect(lambda: self.editing.nudge(-SMALL_NUDGE))
        a["nudge_right"].triggered.connect(lambda: self.editing.nudge(SMALL_NUDGE))
        a["nudge_left_big"].triggered.connect(lambda: self.editing.nudge(-BIG_NUDGE))
        a["nudge_right_big"].triggered.connect(lambda: self.editing.nudge(BIG_NUDGE))
        a["start_to_playhead"].triggered.connect(lambda: self.editing.boundary_to_playhead(START))
        a["end_to_playhead"].triggered.connect(lambda: self.editing.boundary_to_playhead(END))
        a["align"].triggered.connect(lambda: self.aligning.align())
        a["realign_selection"].triggered.connect(self.realign_selection)
        a["next_review"].triggered.connect(lambda: self.editing.next_review())
        a["prev_review"].triggered.connect(lambda: self.editing.next_review(backwards=True))
        a["mark_reviewed"].triggered.connect(self.editing.mark_reviewed)
        a["chain"].triggered.connect(self.editing.chain)
        a["cancel"].triggered.connect(self.cancel_jobs)
        a["play_pause"].triggered.connect(p.toggle)
        a["play_segment"].triggered.connect(lambda: self.play_segment())
        a["loop_segment"].toggled.connect(self.loop_segment)
        a["play_before"].triggered.connect(lambda: self.play_boundary(before=True))
        a["play_after"].triggered.connect(lambda: self.play_boundary(before=False))
        a["faster"].triggered.connect(p.faster)
        a["slower"].triggered.connect(p.slower)
        a["zoom_in"].triggered.connect(self.waveforms.zoom_in)
        a["zoom_out"].triggered.connect(self.waveforms.zoom_out)
        a["zoom_fit"].triggered.connect(self.waveforms.fit_all)
        a["zoom_selection"].triggered.connect(self.waveforms.zoom_to_selection)
        a["follow"].setChecked(True)
        a["follow"].toggled.connect(lambda on: setattr(self.waveforms, "follow_playhead", on))
        a["history"].toggled.connect(self.history_dock.setVisible)
        self.history_dock.visibilityChanged.connect(a["history"].setChecked)
        a["unscripted_panel"].toggled.connect(self.unscripted_dock.setVisible)
        self.unscripted_dock.visibilityChanged.connect(a["unscripted_panel"].setChecked)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)

        self.welcome.openRequested.connect(self.files.open_dialog)
        self.welcome.openProjectRequested.connect(self.files.open_project_dialog)
        self.welcome.demoRequested.connect(self.files.open_demo)
        self.welcome.recentRequested.connect(self.files.open_paths)

        self.waveforms.seekRequested.connect(self._seek)
        self.waveforms.playSegmentRequested.connect(self.play_segment)
        self.table.playRequested.connect(self.play_segment)
        self.unscripted_panel.insertRequested.connect(self.editing.insert_unscripted)
        self.unscripted_panel.seekRequested.connect(self._seek)

        p.playheadChanged.connect(self._playhead_moved)
        p.playingChanged.connect(self._playing_changed)
        p.rateChanged.connect(lambda r: self.speed_label.setText(speed_text(r)))
        p.message.connect(self.say)

        m.modifiedChanged.connect(lambda _: self.update_title())
        m.editRefused.connect(lambda text: self.say(text, 8000))
        m.documentReset.connect(self._doc_changed)
        self.language_button.languageChosen.connect(self.aligning.realign_in)
        m.rowsChanged.connect(lambda *_: self._doc_changed())
        m.unscriptedChanged.connect(self._doc_changed)
        m.currentChanged.connect(lambda _: self._update_actions())
        m.selectionChanged.connect(self._update_actions)
        m.busyChanged.connect(lambda _: self._update_actions())
        m.undo_stack.canUndoChanged.connect(lambda _: self._update_actions())
        m.undo_stack.canRedoChanged.connect(lambda _: self._update_actions())
        self.progress.cancelRequested.connect(self.cancel_jobs)
        self.jobs.jobFinished.connect(self._job_finished)
        self.autosaver.failed.connect(lambda text: self.say(f"Autosave failed: {text}", 10000))

    # ------------------------------------------------------------------ session
    def show_session(self, session: Session, modified: bool = False) -> None:
        self.player.stop()
        self.a["loop_segment"].setChecked(False)
        self.model.set_document(session.document, session.audio, session.peaks, session.project_path, modified)
        self.player.set_source(session.document.audio_path_abs(
            os.path.dirname(session.project_path) if session.project_path else None), session.audio)
        self.stack.setCurrentWidget(self.splitter)
        self._apply_ui_state(session.ui_state or {})
        self.update_title()
        self._update_actions()
        doc = session.document
        if session.audio is None and session.peaks is not None:
            self.say(f"Opened {len(doc.segments)} segments; reading the audio…", 0)
        elif doc.aligned:
            self.say(f"Opened {len(doc.segments)} segments. Press F3 to review unsure items.")
        else:
            self.say(f"Opened {len(doc.segments)} segments. Press Ctrl+R to align them to the audio.")
        self.table.setFocus()
        if session.audio is not None:
            self.aligning.preload_model()

    def audio_ready(self, session: Session) -> None:
        """The decoded audio and exact peaks of the talk already on screen (opened with a preview)."""
        doc = self.model.document
        if session.document is not doc:
            return
        doc.audio_duration = session.audio.duration  # exact now; metadata, not an edit
        self.model.set_audio(session.audio, session.peaks)
        self.player.set_decoded(session.audio)
        self._update_actions()
        self.aligning.preload_model()
        self.say(f"{len(doc.segments)} segments, {session.audio.duration / 60:.1f} minutes of audio. "
                 + ("Press F3 to review unsure items." if doc.aligned else "Press Ctrl+R to align."))

    def close_session(self) -> None:
        from aligner.document import Document

        self.player.set_source(None)
        self.model.set_document(Document())
        self.stack.setCurrentWidget(self.welcome)
        self.update_title()
        self._update_actions()

    def ui_state(self) -> dict:
        return {**self.waveforms.view_state(), "current": self.model.current,
                "rate": self.player.rate, "playhead": self.player.playhead}

    def _apply_ui_state(self, state: dict) -> None:
        self.waveforms.apply_view_state(state)
        try:
            if "current" in state and 0 <= int(state["current"]) < len(self.model.document.segments):
                self.model.set_current(int(state["current"]), force=True)
            if "rate" in state:
                self.player.set_rate(float(state["rate"]))
            if "playhead" in state:
                self.player.seek(float(state["playhead"]))
        except (TypeError, ValueError):
            pass  # a damaged view state only loses the view, never the work
        self.waveforms.refresh_view()

    def update_title(self) -> None:
        doc = self.model.document
        name = None
        if self.model.project_path:
            name = os.path.basename(self.model.project_path)
        elif doc.source_path:
            name = os.path.basename(doc.source_path)
        self.setWindowTitle(f"{name}[*] — Aligner" if name else "Aligner[*]")
        self.setWindowModified(self.model.modified)

    def refresh_recent(self) -> None:
        entries = self.prefs.recent_files()
        self.welcome.set_recent(entries)
        self.recent_menu.clear()
        for paths, label in zip(entries, entry_labels(entries)):
            act = self.recent_menu.addAction(label)
            act.setToolTip("\n".join(paths))
            act.triggered.connect(lambda _=False, ps=list(paths): self.files.open_paths(ps))
        self.recent_menu.setEnabled(bool(entries))

    # ------------------------------------------------------------------ jobs
    def start_job(self, job: Job) -> None:
        """Run a job the person waits for: its progress and Cancel show in the status bar."""
        job.visible = True
        self.progress.attach(job)
        self.jobs.start(job)
        self._update_actions()

    def _job_finished(self, job: Job) -> None:
        self.progress.detach(job)
        running = [j for j in self.jobs.running if getattr(j, "visible", False)]
        if running:
            self.progress.attach(running[-1])
        self._update_actions()

    def cancel_jobs(self) -> None:
        if self.aligning.running:
            self.aligning.cancel()
        for job in self.jobs.running:
            job.cancel()
        self.progress.cancelling()

    def realign_selection(self) -> None:
        span = realign_span(self.model.document, self.model.selected_rows())
        if span is None:
            self.say("Select one or more aligned segments to re-align their stretch of the talk.")
            return
        self.aligning.align(time_range=span)

    # ------------------------------------------------------------------ playback
    def _seek(self, t: float) -> None:
        self.player.seek(t)

    def play_segment(self, row: Optional[int] = None, loop: bool = False) -> None:
        row = self.model.current if row is None or row is False else row
        segs = self.model.document.segments
        if not 0 <= row < len(segs) or not segs[row].timed:
            self.say("Select an aligned segment to play it.")
            return
        self.player.play_range(segs[row].start, segs[row].end, loop=loop)

    def loop_segment(self, on: bool) -> None:
        if on:
            self.play_segment(loop=True)
        else:
            self.player.stop()

    def play_boundary(self, before: bool) -> None:
        row = self.model.current
        if row < 0:
            self.say("Select a segment first.")
            return
        t = boundary_time(self.model.document, row, self.model.boundary)
        if t is None:
            self.say("This segment has no time yet.")
            return
        self.player.play_range(t - PREVIEW, t) if before else self.player.play_range(t, t + PREVIEW)

    def _playhead_moved(self, t: float) -> None:
        self.waveforms.set_playhead(t, playing=self.player.playing)
        self.time_label.setText(format_clock(t, self.model.frame_rate))

    def _playing_changed(self, playing: bool) -> None:
        self.a["play_pause"].setIcon(style.icon("pause" if playing else "play"))
        if not playing and self.a["loop_segment"].isChecked() and self.player.range_end is None:
            self.a["loop_segment"].blockSignals(True)
            self.a["loop_segment"].setChecked(False)
            self.a["loop_segment"].blockSignals(False)

    # ------------------------------------------------------------------ misc commands
    def _undo(self) -> None:
        self.table.commit_open_editor()
        self.model.undo_stack.undo()

    def _redo(self) -> None:
        self.model.undo_stack.redo()

    def open_find(self) -> None:
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.model, self)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()
        self.find_dialog.find_edit.selectAll()

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.prefs, self.registry, self)
        if dlg.exec() == SettingsDialog.Accepted:
            dlg.apply()
            self.apply_prefs()

    def apply_prefs(self) -> None:
        self.registry.apply_shortcuts(self.prefs.shortcuts)
        self._apply_timing_prefs()
        self.autosaver.set_interval(self.prefs.autosave_interval)
        if self.model.audio is not None:
            self.aligning.preload_model()

    def _apply_timing_prefs(self) -> None:
        """Readability limits and frame-accurate timing from Settings, for the table and every time set by hand."""
        p = self.prefs
        self.model.frame_rate = float(p.frame_rate or 0.0)
        from aligner.errors import AlignerError

        try:
            options = p.export_options()
        except AlignerError:  # inconsistent limits: the table keeps warning with the defaults
            options = None
        self.table_model.set_limits(p.cps_limit, options)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.registry, self).exec()

    def show_about(self) -> None:
        import aligner
        messages.inform(self, "About Aligner",
                        f"Aligner {aligner.__version__}\n\nPuts a talk's transcript back in time with its audio, "
                        f"using Whisper on this computer. Nothing leaves your machine.")

    def show_unscripted(self, k: int) -> None:
        self.unscripted_dock.show()
        self.model.choose_unscripted(k)

    def say(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    # ------------------------------------------------------------------ state of actions
    def _doc_changed(self) -> None:
        n = review_count(self.model.document)
        self.review_label.setText(f"{n} to review" if n else "")
        self.review_label.setStyleSheet("color: #b26a00; font-weight: 600;" if n else "")
        self.language_button.show_language(self.model.document.language, self.aligning.language_reason)
        self._update_actions()

    def _update_actions(self) -> None:
        m, a = self.model, self.a
        if not shiboken6.isValid(m.undo_stack):  # the window is being torn down
            return
        has_doc = bool(m.document.segments)
        has_audio = m.audio is not None
        busy = bool(m.busy)
        has_row = m.current >= 0
        for k in ("save", "save_as", "export", "find", "next_review", "prev_review"):
            a[k].setEnabled(has_doc)
        for k in ("split", "merge", "insert", "delete", "lock", "mark_reviewed", "chain", "nudge_left", "nudge_right", "nudge_left_big",
                  "nudge_right_big", "start_to_playhead", "end_to_playhead", "select_start", "select_end"):
            a[k].setEnabled(has_doc and has_row and not busy)
        a["insert"].setEnabled(not busy and has_doc)
        a["insert_unscripted"].setEnabled(not busy and bool(m.document.unscripted))
        a["align"].setEnabled(has_doc and has_audio and not busy)
        a["realign_selection"].setEnabled(has_doc and has_audio and not busy and has_row)
        a["cancel"].setEnabled(any(getattr(j, "visible", False) for j in self.jobs.running))
        a["undo"].setEnabled(m.undo_stack.canUndo() and not busy)
        a["redo"].setEnabled(m.undo_stack.canRedo() and not busy)
        # Playing needs only the file (QMediaPlayer reads it), not the decoded samples: a talk can be
        # listened to while a long recording still decodes (it was disabled for those seconds, and the
        # first Space of a session did nothing).
        playable = bool(self.player.source)
        for k in ("play_pause", "play_segment", "loop_segment", "play_before", "play_after", "faster", "slower"):
            a[k].setEnabled(playable)
        for k in ("zoom_in", "zoom_out", "zoom_fit", "zoom_selection"):
            a[k].setEnabled(has_audio)
        undo_text = m.undo_stack.undoText()
        a["undo"].setText(f"&Undo {undo_text}" if undo_text else "&Undo")
        redo_text = m.undo_stack.redoText()
        a["redo"].setText(f"&Redo {redo_text}" if redo_text else "&Redo")

    # ------------------------------------------------------------------ drag and drop, closing
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        # Open after the drop returns: a file dialog inside a drop event confuses some desktops.
        QTimer.singleShot(0, lambda: self.files.open_paths(paths))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.table.commit_open_editor()
        if not self.files.maybe_save():
            event.ignore()
            return
        self.jobs.cancel_all()
        self.jobs.wait(10000)
        self.aligning.shutdown()
        self.waveforms.shutdown()
        self.player.close()
        self.autosaver.discard()
        self.prefs.save()
        self.model.undo_stack.blockSignals(True)  # its teardown must not call back into half-deleted views
        event.accept()
