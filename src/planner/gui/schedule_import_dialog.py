"""Paste a published timetable, check the preview, correct it, import it into a round.

Self-contained: the dialog reads and writes through
:mod:`planner.services.schedule_import` only. After a successful import it
emits :attr:`ScheduleImportDialog.imported` with the ``ImportResult`` (also
in :attr:`ScheduleImportDialog.import_result`), for the caller to push an
:class:`~planner.gui.schedule_import_command.ImportScheduleCommand` made
with ``already_applied``.

The text is read on a worker thread (:mod:`planner.gui.workers`) a moment
after each change, so typing or pasting never waits for the reader; only the
newest reading is shown. A timetable PDF can be opened or dropped on the
dialog: its page text is read (also off the GUI thread) into the text box.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QWidget,
)

from planner.db.database import Database
from planner.domain.errors import PlannerError
from planner.domain.kinds import SessionKind
from planner.gui.forms import child, load_form
from planner.gui.workers import run_in_background
from planner.services.schedule_import import (
    ImportResult,
    RoundFrame,
    SchedulePreview,
    ScheduleRow,
    edit_schedule_row,
    preview_schedule_in_frame,
)

AnyIndex = QModelIndex | QPersistentModelIndex
PREVIEW_DELAY_MS = 250
SWEDISH_TIME = "Europe/Stockholm"
TRACK_TIME = "track"


def _time_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def _day_text(moment: datetime) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM")


# --- the preview table ------------------------------------------------------------------


class ScheduleRowsModel(QAbstractTableModel):
    """The preview's rows; name, kind, start at the track and length can be corrected."""

    INCLUDE, DAY, TRACK_START, WRITTEN_START, END, NAME, KIND, BROADCAST, ACTION = range(9)
    COLUMN_COUNT = 9

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview: SchedulePreview | None = None

    # -- content --

    @property
    def preview(self) -> SchedulePreview | None:
        return self._preview

    def set_preview(self, preview: SchedulePreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def row_at(self, row: int) -> ScheduleRow:
        assert self._preview is not None
        return self._preview.rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]

    def _headers(self) -> list[str]:
        track_zone = self._preview.frame.track_zone if self._preview else ""
        written_zone = self._preview.written_zone if self._preview else ""
        return [
            "",
            self.tr("Day"),
            self.tr("At the track\n%1").replace("%1", track_zone),
            self.tr("As written\n%1").replace("%1", written_zone),
            self.tr("End (length)"),
            self.tr("Session"),
            self.tr("Kind"),
            self.tr("Broadcast"),
            self.tr("Action"),
        ]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.INCLUDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.TRACK_START, self.END, self.NAME, self.KIND):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # -- reading --

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.INCLUDE:
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ACTION and row.problem:
            return self._style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.ACTION and row.changes_something:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _style(self) -> QStyle:
        style = QApplication.style()
        assert style is not None
        return style

    def _display(self, row: ScheduleRow, column: int) -> str:
        shown = row.track_start or row.written_start
        texts = {
            self.DAY: _day_text(shown),
            self.TRACK_START: _time_text(row.track_start) or "—",
            self.WRITTEN_START: self._written_text(row),
            self.END: self._end_text(row),
            self.NAME: row.name,
            self.KIND: self.kind_label(row.kind),
            self.BROADCAST: row.broadcast,
            self.ACTION: self.action_text(row),
        }
        return texts.get(column, "")

    def _written_text(self, row: ScheduleRow) -> str:
        if not row.written_differs and row.track_start is not None:
            return ""
        text = _time_text(row.written_start)
        if row.track_start is not None and row.track_start.date() != row.written_start.date():
            text = f"{_day_text(row.written_start)} {text}"
        return text

    def _end_text(self, row: ScheduleRow) -> str:
        if row.duration_minutes is None:
            return "—"
        length = self.length_text(row.duration_minutes)
        end = row.track_end
        if end is None or row.track_start is None:
            return length
        if end.date() != row.track_start.date():
            return f"{_day_text(end)} {end:%H:%M} ({length})"
        return f"{end:%H:%M} ({length})"

    def length_text(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if hours and rest:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
        if hours:
            return self.tr("%1 h").replace("%1", str(hours))
        return self.tr("%1 min").replace("%1", str(minutes))

    def kind_label(self, kind: SessionKind) -> str:
        return self.kind_labels()[kind]

    def kind_labels(self) -> dict[SessionKind, str]:
        return {
            SessionKind.PRACTICE: self.tr("Practice"),
            SessionKind.QUALIFYING: self.tr("Qualifying"),
            SessionKind.RACE: self.tr("Race"),
            SessionKind.WARMUP: self.tr("Warm-up"),
            SessionKind.TEST: self.tr("Test"),
            SessionKind.OTHER: self.tr("Other"),
        }

    def change_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("name"),
            "kind": self.tr("kind"),
            "time": self.tr("time"),
            "duration": self.tr("length"),
            "broadcast": self.tr("broadcast"),
            "notes": self.tr("notes"),
        }

    def action_text(self, row: ScheduleRow) -> str:
        if not row.include and row.set_aside:
            return self.tr("Left out: %1").replace("%1", row.set_aside.rstrip("."))
        if not row.include:
            return self.tr("Left out")
        if row.problem:
            return self.tr("Check this row")
        if row.action == "add":
            return self.tr("Add")
        if row.action == "update":
            labels = self.change_labels()
            changes = ", ".join(labels[change] for change in row.changes)
            return self.tr("Update: %1").replace("%1", changes)
        return self.tr("Unchanged")

    def _edit_value(self, row: ScheduleRow, column: int) -> Any:
        if column == self.TRACK_START:
            start = row.track_start or row.written_start
            return QTime(start.hour, start.minute)
        if column == self.END:
            return row.duration_minutes or 0
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return row.kind.value
        return None

    def _tooltip(self, row: ScheduleRow, column: int) -> str:
        lines = [
            self.tr("Line %1: %2")
            .replace("%1", str(row.line_number))
            .replace("%2", row.source_text)
        ]
        if row.set_aside:
            lines.append(
                self.tr("Left out by the reader: %1 Tick the row to import it.").replace(
                    "%1", row.set_aside
                )
            )
        if row.problem:
            lines.append(row.problem)
        if row.existing is not None and row.existing.name != row.written_name:
            lines.append(self.tr("The text calls it “%1”.").replace("%1", row.written_name))
        if row.notes:
            lines.append(self.tr("Notes: %1").replace("%1", row.notes))
        lines += self._replaced_texts(row)
        if column == self.WRITTEN_START:
            lines.append(self.tr("Written in %1").replace("%1", row.written_zone))
        return "\n".join(lines)

    def _replaced_texts(self, row: ScheduleRow) -> list[str]:
        """What an update overwrites, so nothing typed by hand is replaced unseen."""
        if row.existing is None:
            return []
        replaced = []
        if "broadcast" in row.changes and row.existing.broadcast:
            replaced.append(
                self.tr("Replaces the broadcast “%1”.").replace("%1", row.existing.broadcast)
            )
        if "notes" in row.changes and row.existing.notes:
            replaced.append(self.tr("Replaces the notes “%1”.").replace("%1", row.existing.notes))
        return replaced

    def _foreground(self, row: ScheduleRow, column: int) -> QColor | None:
        palette = QPalette()
        if not row.include:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == self.WRITTEN_START or (column == self.ACTION and row.action == "unchanged"):
            return palette.color(QPalette.ColorRole.PlaceholderText)
        if column == self.ACTION and row.problem:
            return palette.color(QPalette.ColorRole.LinkVisited)
        return None

    # -- editing --

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._preview is None:
            return False
        changes = self._changes_for(index.row(), index.column(), value, role)
        if changes is None:
            return False
        try:
            self._preview = edit_schedule_row(self._preview, index.row(), **changes)
        except PlannerError:
            return False
        last = self.index(self.rowCount() - 1, self.COLUMN_COUNT - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.edited.emit()
        return True

    def _changes_for(self, row: int, column: int, value: Any, role: int) -> dict[str, Any] | None:
        if column == self.INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            return {"include": Qt.CheckState(value) == Qt.CheckState.Checked}
        if role != Qt.ItemDataRole.EditRole:
            return None
        if column == self.NAME and str(value).strip():
            return {"name": str(value)}
        if column == self.KIND:
            return {"kind": SessionKind(str(value))}
        if column == self.END:
            minutes = int(value)
            return {"duration_minutes": minutes if minutes > 0 else None}
        if column == self.TRACK_START and isinstance(value, QTime):
            current = self.row_at(row)
            day = (current.track_start or current.written_start).date()
            return {"track_start": datetime.combine(day, time(value.hour(), value.minute()))}
        return None


class _RowEditors(QStyledItemDelegate):
    """Editors for the editable cells: a time, minutes, the kind from a list."""

    def __init__(self, model: ScheduleRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = index.column()
        if column == ScheduleRowsModel.TRACK_START:
            editor = QTimeEdit(parent)
            editor.setDisplayFormat("HH:mm")
            return editor
        if column == ScheduleRowsModel.END:
            minutes = QSpinBox(parent)
            minutes.setRange(0, 48 * 60)
            minutes.setSuffix(QCoreApplication.translate("ScheduleRowsModel", " min"))
            minutes.setSpecialValueText(
                QCoreApplication.translate("ScheduleRowsModel", "not known")
            )
            return minutes
        if column == ScheduleRowsModel.KIND:
            combo = QComboBox(parent)
            for kind, label in self._model.kind_labels().items():
                combo.addItem(label, kind.value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit):
            editor.setTime(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, editor.time())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


# --- the zone choice ------------------------------------------------------------------


class WrittenZoneBox(QComboBox):
    """ "Times are written in": detected, the track's time, Swedish time, UTC, or any IANA zone."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill()
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Signal to signal: a lambda holding ``self`` in a connection of its own signal
        # was freed inside its destructor, the shape that crashed Shiboken's dealloc.
        self.activated.connect(self.choice_changed)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self.choice_changed)

    def _fill(self) -> None:
        import pytz

        self.addItem(self.tr("Detected from the text"), None)
        self.addItem(self.tr("Track time"), TRACK_TIME)
        self.addItem(self.tr("Swedish time (Europe/Stockholm)"), SWEDISH_TIME)
        self.addItem(self.tr("UTC"), "UTC")
        self.insertSeparator(self.count())
        for name in pytz.common_timezones:
            if name != "UTC":
                self.addItem(name, name)

    def describe(self, frame: RoundFrame | None, preview: SchedulePreview | None) -> None:
        """Name the first two choices after what they mean for this text and track, and
        the fixed ones in the current language (this also runs on a language change)."""
        self.setItemText(2, self.tr("Swedish time (Europe/Stockholm)"))
        self.setItemText(3, self.tr("UTC"))
        detected = self.tr("Detected from the text")
        if preview is not None and preview.written_in is not None:
            detected = self.tr("Detected: “%1” (%2)").replace("%1", preview.written_in.phrase)
            detected = detected.replace("%2", self._detected_zone(preview))
        elif preview is not None:
            detected = self.tr("Detected: nothing said, so track time")
        self.setItemText(0, detected)
        track_time = self.tr("Track time")
        if frame is not None:
            track_time = self.tr("Track time (%1)").replace("%1", frame.track_zone)
        self.setItemText(1, track_time)

    def _detected_zone(self, preview: SchedulePreview) -> str:
        written = preview.written_in
        if written is None or written.zone_name is None:
            return preview.frame.track_zone
        return written.zone_name

    def chosen_zone(self) -> str | None:
        """None (trust the text), "track", or an IANA name; typed text is matched to an item."""
        typed = self.currentText().strip()
        found = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            data = self.itemData(found)
            return None if data is None else str(data)
        return typed or None

    def choose(self, zone_name: str | None) -> None:
        found = self.findData(zone_name)
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(zone_name or "")
        self.choice_changed.emit()


# --- the dialog -------------------------------------------------------------------------


class ScheduleImportDialog(QDialog):
    """Paste or open a timetable, check and correct the preview, import into the round."""

    imported = Signal(object)  # the ImportResult

    def __init__(self, db: Database, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._round_id = round_id
        self._result: ImportResult | None = None
        self._frame: RoundFrame | None = None
        self._problem_text = ""
        self._reading = 0  # number of the newest reading started; older results are dropped
        self._readings_running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._load_frame()
        self._retranslate()
        self.resize(QSize(1040, 760))

    # -- public --

    @property
    def import_result(self) -> ImportResult | None:
        return self._result

    @property
    def preview(self) -> SchedulePreview | None:
        return self.rows_model.preview

    @property
    def preview_pending(self) -> bool:
        """Whether the text or the zone changed and the preview will follow in a moment."""
        return self._timer.isActive() or self._readings_running > 0

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    # -- building --

    def _build(self) -> None:
        """Widgets and layout: ``ui/schedule_import.ui``; here their model, signals and icons."""
        load_form(self, "schedule_import", follow_language=True)
        self.title_label = child(self, QLabel, "title_label")
        title_font = self.title_label.font()  # bold in the form; larger than the system font
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_label.setFont(title_font)
        self.track_label = child(self, QLabel, "track_label")
        self.track_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.paste_label = child(self, QLabel, "paste_label")
        self.open_button = child(self, QPushButton, "open_button")
        self.open_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.open_button.clicked.connect(self._open_file)
        self.text_edit = child(self, QPlainTextEdit, "text_edit")
        self.text_edit.textChanged.connect(self._timer.start)
        # a dropped file is opened by the dialog (the form lets the dialog take drops)

        self.zone_label = child(self, QLabel, "zone_label")
        self.zone_box = child(self, WrittenZoneBox, "zone_box")
        self.zone_box.choice_changed.connect(self._timer.start)

        self.rows_model = ScheduleRowsModel(self)
        self.rows_model.edited.connect(self._update_state)
        self.table = self._make_table()
        self.preview_label = child(self, QLabel, "preview_label")

        self.issues_label = child(self, QLabel, "issues_label")
        self.issues_list = child(self, QListWidget, "issues_list")
        self.issues_list.itemActivated.connect(self._show_line)
        self.issues_list.itemClicked.connect(self._show_line)

        splitter = child(self, QSplitter, "splitter")
        for index, stretch in enumerate((3, 4, 1)):
            splitter.setStretchFactor(index, stretch)
        self.status_label = child(self, QLabel, "status_label")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        # Not a standard button: the box would rename it "OK" when the language changes.
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel_button is not None
        self.cancel_button = cancel_button
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)

    def _make_table(self) -> QTableView:
        table = child(self, QTableView, "table")
        table.setModel(self.rows_model)
        table.setItemDelegate(_RowEditors(self.rows_model, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScheduleRowsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _load_frame(self) -> None:
        from planner.services.schedule_import import round_frame

        self._frame = round_frame(self._db, self._round_id)
        self.zone_box.describe(self._frame, None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The texts made here; the form's own follow the language by themselves."""
        frame = self._frame
        if frame is not None:
            self.title_label.setText(
                self.tr("Import a schedule into %1").replace("%1", frame.title)
            )
            days = f"{_day_text(datetime.combine(frame.first_day, time()))} – " + _day_text(
                datetime.combine(frame.last_day, time())
            )
            self.track_label.setText(
                self.tr("%1 · %2 · track time %3 · %4 sessions now")
                .replace("%1", frame.track_name)
                .replace("%2", days)
                .replace("%3", frame.track_zone)
                .replace("%4", str(len(frame.existing)))
            )
        self.import_button.setText(self.tr("&Import"))
        self.zone_box.describe(frame, self.preview)
        self._update_state()

    # -- preview --

    def refresh_preview(self) -> None:
        """Read the text again (the text box and the zone choice call this after a pause).

        The round is read here; the text is read on a worker thread and the
        preview follows when it is done (:attr:`preview_pending` until then).
        """
        from planner.services.schedule_import import round_frame

        self._timer.stop()
        self._reading += 1
        reading = self._reading
        text = self.text_edit.toPlainText()
        if not text.strip():
            self._show_preview(None, "")
            return
        try:
            frame = round_frame(self._db, self._round_id)
        except PlannerError as error:
            self._show_preview(None, str(error))
            return
        written_in = self.zone_box.chosen_zone()
        self._readings_running += 1

        def read() -> SchedulePreview:
            return preview_schedule_in_frame(frame, text, written_in=written_in)

        def succeeded(preview: object) -> None:
            self._readings_running -= 1
            if reading == self._reading:
                assert isinstance(preview, SchedulePreview)
                self._show_preview(preview, "")

        def failed(error: BaseException, _details: str) -> None:
            self._readings_running -= 1
            if not isinstance(error, PlannerError):
                raise error
            if reading == self._reading:
                self._show_preview(None, str(error))

        run_in_background(read, succeeded, failed, owner=self)

    def _show_preview(self, preview: SchedulePreview | None, problem: str) -> None:
        self._problem_text = problem
        self.rows_model.set_preview(preview)
        self.zone_box.describe(self._frame, preview)
        self._update_state()

    def _update_state(self) -> None:
        preview = self.preview
        self.rows_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, ScheduleRowsModel.COLUMN_COUNT - 1
        )
        written_differs = preview is not None and any(row.written_differs for row in preview.rows)
        self.table.setColumnHidden(ScheduleRowsModel.WRITTEN_START, not written_differs)
        self._fill_issues(preview)
        self.preview_label.setText(self._preview_words(preview))
        self.status_label.setText(self._status_words(preview))
        self.import_button.setEnabled(
            preview is not None and bool(preview.to_import) and not preview.problems
        )

    def _preview_words(self, preview: SchedulePreview | None) -> str:
        if preview is None:
            return self.tr("Preview")
        counts = {"add": 0, "update": 0, "unchanged": 0}
        for row in preview.rows:
            if row.importable:
                counts[row.action] += 1
        return (
            self.tr("Preview: %1 to add, %2 to update, %3 unchanged")
            .replace("%1", str(counts["add"]))
            .replace("%2", str(counts["update"]))
            .replace("%3", str(counts["unchanged"]))
        )

    def _status_words(self, preview: SchedulePreview | None) -> str:
        if self._problem_text:
            return self._problem_text
        if preview is None:
            return self.tr("Paste a timetable to see what will be imported.")
        if not preview.rows:
            return self.tr("No session could be read from this text; the list below says why.")
        if preview.problems:
            return self.tr("Correct the rows listed below, or untick them to leave them out.")
        if not preview.to_import:
            return self.tr("The round already has all of these sessions: nothing to import.")
        return self.tr("Double-click a cell to correct it. Times are stored as track time.")

    def _fill_issues(self, preview: SchedulePreview | None) -> None:
        self.issues_list.clear()
        entries: list[tuple[int | None, str]] = []
        if preview is not None:
            entries += [
                (line.line_number, self._line_words(line.line_number, line.text, line.reason))
                for line in preview.unread
            ]
            entries += [
                (row.line_number, self._line_words(row.line_number, row.source_text, row.problem))
                for row in preview.problems
            ]
            entries += [(None, warning) for warning in preview.warnings]
        entries.sort(key=lambda entry: entry[0] if entry[0] is not None else -1)
        for line_number, words in entries:
            self._add_issue(line_number, words)
        self.issues_label.setText(
            self.tr("Lines not used and rows to check (%1)").replace("%1", str(len(entries)))
            if entries
            else self.tr("Every line was read.")
        )
        self.issues_list.setVisible(bool(entries))

    def _line_words(self, line_number: int, text: str, reason: str) -> str:
        return (
            self.tr("Line %1: “%2” — %3")
            .replace("%1", str(line_number))
            .replace("%2", text)
            .replace("%3", reason)
        )

    def _add_issue(self, line_number: int | None, words: str) -> None:
        palette = self.palette()
        item = QListWidgetItem(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), words
        )
        item.setBackground(palette.color(QPalette.ColorRole.ToolTipBase))
        item.setForeground(palette.color(QPalette.ColorRole.ToolTipText))
        item.setData(Qt.ItemDataRole.UserRole, line_number)
        item.setToolTip(words)
        self.issues_list.addItem(item)

    def _show_line(self, item: QListWidgetItem) -> None:
        """Put the cursor on the line the entry is about, to correct it in the text."""
        line_number = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(line_number, int):
            return
        block = self.text_edit.document().findBlockByLineNumber(line_number - 1)
        cursor = QTextCursor(block)
        cursor.select(QTextCursor.SelectionType.LineUnderCursor)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.setFocus()

    # -- actions --

    def _open_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a timetable"),
            str(Path.home()),
            self.tr(
                "Timetables (*.txt *.pdf);;Text files (*.txt);;PDF files (*.pdf);;All files (*)"
            ),
        )
        if path:
            self.open_text_file(Path(path))

    def open_text_file(self, path: Path) -> None:
        """Put the text of a timetable file in the text box: a text file, or a PDF's page text.

        The file is read on a worker thread; the text box follows when it is done.
        """
        from planner.services.schedule_import import text_of_file

        self._readings_running += 1

        def succeeded(result: object) -> None:
            self._readings_running -= 1
            assert isinstance(result, tuple)
            self.set_text(result[0])

        def failed(error: BaseException, _details: str) -> None:
            self._readings_running -= 1
            if isinstance(error, OSError):
                QMessageBox.warning(
                    self,
                    self.tr("Open a timetable"),
                    self.tr("%1 cannot be read: %2")
                    .replace("%1", str(path))
                    .replace("%2", error.strerror or str(error)),
                )
            elif isinstance(error, PlannerError):
                QMessageBox.warning(self, self.tr("Open a timetable"), f"{path}: {error}")
            else:
                raise error

        run_in_background(lambda: text_of_file(path.read_bytes()), succeeded, failed, owner=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_text_file(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The one local file being dropped, or None (text is pasted, not dropped)."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return Path(urls[0].toLocalFile())

    def _import(self) -> None:
        from planner.services.schedule_import import apply_schedule

        if self.preview_pending:
            return  # the preview is not the text's yet; the button follows when it is
        preview = self.preview
        if preview is None or not preview.to_import:
            return
        try:
            self._result = apply_schedule(self._db, self._round_id, preview.rows)
        except PlannerError as error:
            QMessageBox.warning(self, self.tr("Import a schedule"), str(error))
            return
        self.imported.emit(self._result)
        self.accept()
