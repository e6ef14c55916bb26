"""The segment table: a QAbstractTableModel over the Document, its view and editors.

The model holds no data of its own; every cell is read from the Document on
demand, so 2,000 rows cost nothing until they scroll into view.  Edits typed
into a cell become core edits pushed on the undo stack; the Document model's
signals then refresh only the rows an edit touched (``dataChanged``), and reset
only when rows were added or removed.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QCompleter, QHeaderView, QLineEdit,
                               QStyle, QStyledItemDelegate, QTableView, QToolTip)

from aligner import edits
from aligner.document import HINT_IGNORED, LOCKED, NOT_HEARD, Segment
from aligner.language import is_rtl_text

from . import style
from .document_model import DocumentModel
from .review import segment_reason
from .timecode import format_clock, format_duration, parse_clock

COLUMNS = ("#", "Start", "End", "Dur.", "Speaker", "Text", "Conf.", "CPS")
NUM, START, END, DURATION, SPEAKER, TEXT, CONF, CPS = range(len(COLUMNS))
EDITABLE = {START, END, SPEAKER, TEXT}
#: Dropped first, in this order, when the table is too narrow for the Text column to keep half of it.
OPTIONAL_COLUMNS = (DURATION, CONF)
RIGHT = {NUM, START, END, DURATION, CONF, CPS}

_DISPLAY, _EDIT, _BACKGROUND, _FOREGROUND, _FONT, _DECORATION, _ALIGN, _TOOLTIP = (
    int(r.value) for r in (Qt.DisplayRole, Qt.EditRole, Qt.BackgroundRole, Qt.ForegroundRole, Qt.FontRole,
                           Qt.DecorationRole, Qt.TextAlignmentRole, Qt.ToolTipRole))
_ROLES = frozenset({_DISPLAY, _EDIT, _BACKGROUND, _FOREGROUND, _FONT, _DECORATION, _ALIGN, _TOOLTIP})
_RIGHT_ALIGN = int((Qt.AlignRight | Qt.AlignVCenter).value)
_LEFT_ALIGN = int((Qt.AlignLeft | Qt.AlignVCenter).value)
_PLAIN_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_EDITABLE_FLAGS = _PLAIN_FLAGS | Qt.ItemIsEditable


class SegmentTableModel(QAbstractTableModel):
    def __init__(self, doc_model: DocumentModel, cps_limit: float = 17.0):
        super().__init__()
        self.doc_model = doc_model
        self.cps_limit = cps_limit
        self.max_chars = 42  #: characters per subtitle line (Settings -> Readability)
        self.max_lines = 2  #: lines per subtitle
        self.split_long = True  #: the export cuts long segments into several cues
        self._line_cache: dict[tuple[str, int], tuple[int, int]] = {}
        self._lock_icon = style.icon("lock")
        self._italic = QFont()
        self._italic.setItalic(True)
        self._cps_brush = QBrush(style.TABLE_TINTS[NOT_HEARD])
        self._cps_pen = QBrush(style.CPS_WARN)
        self._untimed_brush = QBrush(style.UNTIMED)
        self._tint_brushes: dict[int, QBrush] = {}
        doc_model.documentReset.connect(self._reset)
        doc_model.rowsChanged.connect(self._rows_changed)
        doc_model.busyChanged.connect(lambda _: self.refresh_all())

    def set_limits(self, cps_limit: float, options=None) -> None:
        """The reading-speed and line limits the table warns about (options: aligner.formats.ExportOptions)."""
        self.cps_limit = cps_limit
        if options is not None:
            self.max_chars, self.max_lines = options.max_chars_per_line, options.max_lines_per_cue
            self.split_long = options.split_long_cues
        self._line_cache.clear()
        self.refresh_all()

    @property
    def segments(self) -> list[Segment]:
        return self.doc_model.document.segments

    # ------------------------------------------------------------------ shape
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal:
            if role == Qt.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ToolTipRole:
                return {CONF: "How sure the aligner is of this segment's timing",
                        CPS: f"Characters per second (warning above {self.cps_limit:g})",
                        DURATION: "Duration in seconds"}.get(section)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if index.column() in EDITABLE and not self.doc_model.busy:
            return _EDITABLE_FLAGS
        return _PLAIN_FLAGS

    # ------------------------------------------------------------------ cells
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        # Called ~50 times per visible row on every repaint: compare plain ints, answer unknown roles first.
        role = int(role)
        if role not in _ROLES:
            return None
        row, col = index.row(), index.column()
        segs = self.doc_model.document.segments
        if not 0 <= row < len(segs):
            return None
        seg = segs[row]
        if role == _DISPLAY or role == _EDIT:
            return self._text(seg, row, col, role == _EDIT)
        if role == _BACKGROUND:
            if col == CPS and self._cps_over(seg):
                return self._cps_brush
            tint = style.row_tint(seg)
            return None if tint is None else self._tint_brushes.setdefault(tint.rgba(), QBrush(tint))
        if role == _FOREGROUND:
            if (col == CPS and self._cps_over(seg)) or (col == TEXT and self._lines_over(seg)):
                return self._cps_pen
            if not seg.timed and col in (START, END, DURATION):
                return self._untimed_brush
            return None
        if role == _FONT:
            return self._italic if col == TEXT and not seg.timed else None
        if role == _DECORATION:
            return self._lock_icon if col == NUM and seg.has(LOCKED) else None
        if role == _ALIGN:
            return _RIGHT_ALIGN if col in RIGHT else _LEFT_ALIGN
        if role == _TOOLTIP:
            return self._tooltip(seg, col)
        return None

    def _text(self, seg: Segment, row: int, col: int, editing: bool):
        if col == NUM:
            return str(row + 1)
        if col == START:
            return format_clock(seg.start, self.doc_model.frame_rate)
        if col == END:
            return format_clock(seg.end, self.doc_model.frame_rate)
        if col == DURATION:
            return format_duration(seg.duration)
        if col == SPEAKER:
            return seg.speaker or ""
        if col == TEXT:
            return seg.text
        if col == CONF:
            return "" if seg.confidence is None else f"{seg.confidence * 100:.0f}%"
        if col == CPS:  # text the audio does not contain has no reading speed
            cps = None if seg.has(NOT_HEARD) else seg.chars_per_second()
            return "" if cps is None else f"{cps:.1f}"
        return None

    def _cps_over(self, seg: Segment) -> bool:
        cps = None if seg.has(NOT_HEARD) else seg.chars_per_second()
        return cps is not None and self.cps_limit > 0 and cps > self.cps_limit

    def _line_fit(self, seg: Segment) -> tuple[int, int]:
        """(lines the text needs at the line limit, longest word): cached per text, since paint asks often."""
        key = (seg.text, self.max_chars)
        fit = self._line_cache.get(key)
        if fit is None:
            from aligner.formats.cues import columns, greedy_line_count, text_units

            texts, glued = text_units(seg.text)
            texts, glued = (texts, glued) if texts else ([""], [False])
            fit = (greedy_line_count(texts, self.max_chars, glued), max(columns(t) for t in texts))
            if len(self._line_cache) > 20000:
                self._line_cache.clear()
            self._line_cache[key] = fit
        return fit

    def _lines_over(self, seg: Segment) -> bool:
        """The subtitle export cannot keep this text within the line limits (a word too long, or too many lines
        for one cue when long segments are not split)."""
        lines, longest = self._line_fit(seg)
        return longest > self.max_chars or (not self.split_long and lines > self.max_lines)

    def _tooltip(self, seg: Segment, col: int) -> Optional[str]:
        notes = []
        reason = segment_reason(seg)
        if reason:
            notes.append(reason.capitalize() + ".")
        if seg.has(LOCKED):
            notes.append("Locked: re-aligning keeps these times.")
        if seg.has(HINT_IGNORED) and "disagreed" not in (reason or ""):
            notes.append("An inline time in the transcript disagreed with the audio.")
        if col == CPS and self._cps_over(seg):
            notes.append(f"Reading speed above {self.cps_limit:g} characters per second.")
        if col == TEXT:
            lines, longest = self._line_fit(seg)
            if longest > self.max_chars:
                notes.append(f"A word of {longest} characters is longer than a subtitle line "
                             f"({self.max_chars}).")
            elif lines > self.max_lines:
                notes.append(f"Needs {lines} lines of {self.max_chars} characters; a subtitle holds {self.max_lines}"
                             + (": the export cuts it into several cues." if self.split_long
                                else ", and long segments are not split on export."))
        if col == TEXT and len(seg.text) > 60:
            notes.insert(0, seg.text)
        return "\n".join(notes) or None

    # ------------------------------------------------------------------ editing
    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        seg = self.segments[row]
        value = "" if value is None else str(value)
        m = self.doc_model
        if col == TEXT:
            if value.strip() == seg.text:
                return False
            return m.edit(edits.edit_text, row, value)
        if col == SPEAKER:  # typed into one row of a selection, it names the speaker of every selected row
            selected = m.selected_rows()
            rows = selected if row in selected else [row]
            if all((value.strip() or None) == self.segments[r].speaker for r in rows):
                return False
            return m.edit(edits.set_speaker, rows, value)
        if col in (START, END):
            try:
                t = parse_clock(value, m.frame_rate)
            except ValueError as e:
                m.editRefused.emit(str(e))
                return False
            if seg.timed:
                kw = {"start": t} if col == START else {"end": t}
            else:  # an unplaced segment: a typed start gets a short default length, and the other way round
                kw = {"start": t, "end": t + 2.0} if col == START else {"start": max(0.0, t - 2.0), "end": t}
            return m.edit(edits.retime, row, clamp=False, reviewed=True, **kw)
        return False

    # ------------------------------------------------------------------ refresh
    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _rows_changed(self, first: int, last: int) -> None:
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))


class TextDelegate(QStyledItemDelegate):
    """A one-line editor that keeps the text cursor where the user clicked, for "split at cursor".

    Right-to-left text (Arabic, Hebrew) is laid out right to left and aligned to the right, even
    when a line opens with a Latin word or a number (the view's own direction is left to right).
    """

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if is_rtl_text(option.text):
            option.direction = Qt.RightToLeft

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor


class SpeakerDelegate(QStyledItemDelegate):
    """The Speaker cell's editor: the talk's speakers to pick from, or a new name to type (with completion)."""

    def __init__(self, doc_model: DocumentModel, parent=None):
        super().__init__(parent)
        self.doc_model = doc_model

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("speakerEditor")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        combo.addItems(self.doc_model.document.speakers())
        combo.completer().setCaseSensitivity(Qt.CaseInsensitive)
        combo.completer().setCompletionMode(QCompleter.PopupCompletion)
        # Picking a name from the list is the whole edit: write it and close, as Enter would.
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor, index):
        editor.setEditText(index.data(Qt.EditRole) or "")
        editor.lineEdit().selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)


class SegmentTableView(QTableView):
    """The table widget: rows follow the model's current segment and selection both ways."""

    #: A row was activated by double-click on a non-editable column or Return: play it.
    playRequested = Signal(int)

    def __init__(self, doc_model: DocumentModel, table_model: SegmentTableModel, parent=None):
        super().__init__(parent)
        self.doc_model = doc_model
        self.setModel(table_model)
        self.setItemDelegateForColumn(TEXT, TextDelegate(self))
        self.setItemDelegateForColumn(SPEAKER, SpeakerDelegate(doc_model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        self._syncing = False
        hh.sectionResized.connect(self._column_resized)
        self._fit_columns()
        self.selectionModel().selectionChanged.connect(self._selection_to_model)
        self.selectionModel().currentRowChanged.connect(self._current_to_model)
        doc_model.currentChanged.connect(self._current_from_model)
        doc_model.selectionChanged.connect(self._selection_from_model)
        doc_model.documentReset.connect(lambda: self._current_from_model(doc_model.current))
        doc_model.documentReset.connect(self._fit_columns)

    # ------------------------------------------------------------------ column widths
    def _fit_columns(self) -> None:
        """Narrow columns sized to their content; the Text column keeps at least half of the table.

        Times need their hours only in talks of an hour or more.  The sizes are
        set again only when what they must hold changes (a longer talk, more
        rows), so a column the person widened stays as wide across edits.
        """
        fm = self.fontMetrics()
        duration = self.doc_model.document.audio_duration or 0.0
        time_w = fm.horizontalAdvance("0:00:00.000" if duration >= 3600 else "00:00.000") + 14
        rows = max(1, len(self.doc_model.document.segments))
        widths = {NUM: fm.horizontalAdvance("0" * len(str(rows))) + 30, START: time_w, END: time_w,
                  DURATION: fm.horizontalAdvance("00.000") + 14, SPEAKER: fm.horizontalAdvance("Speaker A") + 14,
                  CONF: fm.horizontalAdvance("Conf.") + 14, CPS: fm.horizontalAdvance("00.0") + 22}
        if widths != getattr(self, "_fitted", None):
            self._fitted = widths
            self._widths = dict(widths)
            for col, w in widths.items():
                self.setColumnWidth(col, w)
        self._drop_columns()

    def _drop_columns(self) -> None:
        """On a narrow table (small screen, side panel open) Duration and Conf. step aside for the text.

        Confidence still tints the row and shows in its tooltip; the duration is end minus start.
        """
        available = self.viewport().width()
        hidden = set()
        for col in OPTIONAL_COLUMNS:
            fixed = sum(w for c, w in self._widths.items() if c not in hidden)
            if available - fixed >= available / 2:
                break
            hidden.add(col)
        for col in OPTIONAL_COLUMNS:
            self.setColumnHidden(col, col in hidden)

    def _column_resized(self, col: int, _old: int, new: int) -> None:
        if col != TEXT and new > 0 and hasattr(self, "_widths") and not self.isColumnHidden(col):
            self._widths[col] = new  # the person's own width counts from now on

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_widths"):
            self._drop_columns()

    def viewportEvent(self, event) -> bool:
        """A Text or Speaker cell too narrow for its words shows them whole in its tooltip."""
        if event.type() == QEvent.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid() and index.column() in (TEXT, SPEAKER):
                tip = self.elided_tooltip(index)
                if tip:
                    QToolTip.showText(event.globalPos(), tip, self.viewport(), self.visualRect(index))
                    return True
        return super().viewportEvent(event)

    def elided_tooltip(self, index: QModelIndex) -> Optional[str]:
        """The cell's whole text (and the model's notes) when the column cuts it off, else None."""
        text = index.data(Qt.DisplayRole) or ""
        room = self.visualRect(index).width() - 2 * (self.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 3)
        if not text or self.fontMetrics().horizontalAdvance(text) <= room:
            return None
        notes = index.data(Qt.ToolTipRole) or ""
        return notes if notes.startswith(text) else "\n".join(p for p in (text, notes) if p)

    # ------------------------------------------------------------------ selection sync
    def _current_to_model(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self._syncing = True
            try:
                self.doc_model.set_current(current.row())
            finally:
                self._syncing = False

    def _selection_to_model(self, *_):
        if self._syncing:
            return
        rows = [i.row() for i in self.selectionModel().selectedRows()]
        self._syncing = True
        try:
            self.doc_model.set_selection(rows)
        finally:
            self._syncing = False

    def _current_from_model(self, row: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if 0 <= row < self.model().rowCount():
                idx = self.model().index(row, TEXT if self.currentIndex().column() < 0 else
                                         max(self.currentIndex().column(), 0))
                self.selectionModel().setCurrentIndex(idx, QItemSelectionModel.NoUpdate)
                if row not in [i.row() for i in self.selectionModel().selectedRows()]:
                    self.selectionModel().select(idx, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
                self.scrollTo(idx, QAbstractItemView.EnsureVisible)
        finally:
            self._syncing = False

    def _selection_from_model(self) -> None:
        if self._syncing:
            return
        rows = self.doc_model.selected_rows()
        current = {i.row() for i in self.selectionModel().selectedRows()}
        if set(rows) == current:
            return
        self._syncing = True
        try:
            sel = QItemSelection()
            last = self.model().columnCount() - 1
            for r in rows:
                sel.select(self.model().index(r, 0), self.model().index(r, last))
            self.selectionModel().select(sel, QItemSelectionModel.ClearAndSelect)
        finally:
            self._syncing = False

    # ------------------------------------------------------------------ text cursor
    def active_text_editor(self) -> Optional[QLineEdit]:
        """The open editor of the Text column, if the user is typing in one."""
        w = QApplication.focusWidget()
        if self.state() == QAbstractItemView.EditingState and isinstance(w, QLineEdit) \
                and self.currentIndex().column() == TEXT and self.viewport().isAncestorOf(w):
            return w
        return None

    def commit_open_editor(self) -> None:
        """Write what is typed in an open editor to the document (one undoable edit) and close it."""
        editor = QApplication.focusWidget()
        if self.state() == QAbstractItemView.EditingState and editor is not None \
                and self.viewport().isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QStyledItemDelegate.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.state() != QAbstractItemView.EditingState:
            idx = self.currentIndex()
            if idx.isValid():
                if idx.column() in EDITABLE:
                    self.edit(idx)
                else:
                    self.playRequested.emit(idx.row())
                return
        super().keyPressEvent(event)
