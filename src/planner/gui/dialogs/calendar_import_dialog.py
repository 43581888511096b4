"""Season → Paste Season Calendar: rounds, dates and circuits read from pasted text.

Every row shows the round number, the days, the place as written and the
circuit it matched; a row whose place matches no circuit gets one picked from
the library in its row. The services read and settle the rows; this dialog only
shows them and passes the user's corrections back (``edit_calendar_row``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from planner.gui.forms import child, load_form
from planner.gui.labels import date_range_text

if TYPE_CHECKING:
    from planner.db.database import Database
    from planner.services.schedule_import import CalendarPreview, CalendarRow

INCLUDE, NUMBER, DAYS, WRITTEN, CIRCUIT, ACTION = range(6)


class CalendarImportDialog(QDialog):
    """Layout and texts: ``ui/calendar_import.ui``; here the rows read and their pickers."""

    def __init__(
        self, db: Database, season_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.season_id = season_id
        self.preview: CalendarPreview | None = None
        self._showing = False
        load_form(self, "calendar_import")
        self.setWindowTitle(self.windowTitle().format(season=title))
        self.text = child(self, QPlainTextEdit, "text")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._debounce.start)
        self.table = child(self, QTableWidget, "table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CIRCUIT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CIRCUIT, 330)
        self.summary = child(self, QLabel, "summary")
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        buttons = child(self, QDialogButtonBox, "buttons")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept_if_ready)
        child(self, QSplitter, "splitter").setSizes([200, 380])
        self.refresh()

    def refresh(self) -> None:
        from planner.services.schedule_import import preview_calendar

        self._debounce.stop()
        text = self.text.toPlainText()
        self.preview = preview_calendar(self.db, self.season_id, text) if text.strip() else None
        self._show()

    def rows(self) -> tuple[CalendarRow, ...]:
        return self.preview.rows if self.preview is not None else ()

    def pick_circuit(self, index: int, track_id: int) -> None:
        from planner.services.schedule_import import edit_calendar_row

        assert self.preview is not None
        self.preview = edit_calendar_row(self.preview, index, track_id=track_id)
        self._show()

    def set_included(self, index: int, include: bool) -> None:
        from planner.services.schedule_import import edit_calendar_row

        assert self.preview is not None
        self.preview = edit_calendar_row(self.preview, index, include=include)
        self._show()

    def _show(self) -> None:
        self._showing = True
        try:
            self._fill_table()
        finally:
            self._showing = False
        preview = self.preview
        if preview is None:
            self.summary.setText(self.tr("Paste a calendar to see its rounds."))
            self.import_button.setEnabled(False)
            return
        problems = preview.problems
        new = sum(1 for row in preview.to_import if row.existing_round_id is None)
        updated = len(preview.to_import) - new
        if problems:
            text = self.tr("Pick a circuit or untick the rows marked in red ({count}).").format(
                count=len(problems)
            )
        elif not preview.rows:
            text = self.tr("No round could be read from this text.")
        else:
            text = self.tr("{new} new rounds, {updated} rounds updated.").format(
                new=new, updated=updated
            )
        if preview.unread:
            text += " " + self.tr("Lines not read: {lines}").format(
                lines="; ".join(f"“{line.text}”" for line in preview.unread[:5])
            )
        self.summary.setText(text)
        self.import_button.setEnabled(bool(preview.to_import) and not problems)

    def _fill_table(self) -> None:
        preview = self.preview
        rows = preview.rows if preview is not None else ()
        self.table.setRowCount(len(rows))
        if preview is None:
            return
        tracks = sorted(preview.tracks, key=lambda track: track.name.casefold())
        for index, row in enumerate(rows):
            include = QCheckBox(self.table)
            include.setChecked(row.include)
            include.toggled.connect(lambda on, i=index: self.set_included(i, on))
            self.table.setCellWidget(index, INCLUDE, include)
            self.table.setItem(index, NUMBER, QTableWidgetItem(str(row.number)))
            self.table.setItem(
                index, DAYS, QTableWidgetItem(date_range_text(row.first_day, row.last_day))
            )
            written = row.place + (f", {row.country}" if row.country else "")
            self.table.setItem(index, WRITTEN, QTableWidgetItem(written))
            picker = QComboBox(self.table)
            picker.setEditable(True)
            picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            picker.addItem(self.tr("Choose a circuit…"), 0)
            for track in tracks:
                picker.addItem(f"{track.name} ({track.country})", track.id)
            completer = QCompleter(picker.model(), picker)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            picker.setCompleter(completer)
            picker.setCurrentIndex(max(picker.findData(row.track_id or 0), 0))
            picker.setAccessibleName(
                self.tr("Circuit for round {number}").format(number=row.number)
            )
            picker.currentIndexChanged.connect(
                lambda _position, i=index, box=picker: self._picked(i, box)
            )
            self.table.setCellWidget(index, CIRCUIT, picker)
            action = QTableWidgetItem(self._action_text(row))
            if row.include and row.problem:
                action.setForeground(QBrush(QColor("#a40000")))
                action.setToolTip(row.problem)
            self.table.setItem(index, ACTION, action)
        self.table.resizeRowsToContents()

    def _picked(self, index: int, box: QComboBox) -> None:
        if self._showing:
            return
        track_id = int(box.currentData() or 0)
        if track_id:
            QTimer.singleShot(0, lambda: self.pick_circuit(index, track_id))

    def _action_text(self, row: CalendarRow) -> str:
        if not row.include:
            return self.tr("Left out")
        if row.problem:
            # The full message is the cell's tooltip; the cell says what to do.
            return self.tr("No circuit matches: pick one") if row.track_id is None else row.problem
        if row.action == "unchanged":
            return self.tr("Unchanged")
        if row.existing_round_id is None:
            return self.tr("New round")
        words = {"dates": self.tr("dates"), "circuit": self.tr("circuit")}
        return self.tr("Update: {changes}").format(
            changes=", ".join(words.get(change, change) for change in row.changes)
        )

    def _accept_if_ready(self) -> None:
        if self.preview is not None and self.preview.to_import and not self.preview.problems:
            self.accept()
