"""A season's standings after a round, the published table pasted in, and the points system."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.results import format_points
from planner.gui.commands import ServiceCommand
from planner.gui.errors import report_planner_error
from planner.gui.results_commands import SetPointsSystemCommand, SetPublishedTableCommand
from planner.gui.store import Store
from planner.services.points import PointsScale, parse_points_list, points_system
from planner.services.standings import PublishedRow, read_published_table, standings


class StandingsDialog(QDialog):
    def __init__(
        self,
        store: Store,
        perform: Callable[[ServiceCommand], bool],
        season_id: int,
        after_round: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StandingsDialog")
        self.store = store
        self.perform = perform
        self.season_id = season_id
        self.pasted: tuple[PublishedRow, ...] = ()

        first = standings(store.db, season_id, after_round)
        self.setWindowTitle(self.tr("Standings — {season}").format(season=first.season.title))
        self.after_round = QSpinBox()
        self.after_round.setRange(1, max(1, first.rounds_total))
        self.after_round.setValue(first.after_round or after_round or 1)
        self.after_round.setPrefix(self.tr("after round "))
        self.rounds_label = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pos."),
                self.tr("Driver"),
                self.tr("Nat."),
                self.tr("Points"),
                self.tr("Gap"),
                self.tr("From"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(
            self.tr("Paste the published table, one driver a line: 1. Name SWE 44p")
        )
        self.paste_status = QLabel()
        self.use_paste = QPushButton(self.tr("Use as Published Table"))
        self.use_paste.setEnabled(False)
        paste_box = QGroupBox(self.tr("Published table for the rest of the field"))
        paste_layout = QVBoxLayout(paste_box)
        paste_layout.addWidget(self.paste)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_status, 1)
        paste_row.addWidget(self.use_paste)
        paste_layout.addLayout(paste_row)

        scale = points_system(store.db, season_id)
        self.race_points = QLineEdit(scale.race_text)
        self.qualifying_points = QLineEdit(scale.qualifying_text)
        self.by_class = QCheckBox(self.tr("Positions in class score"))
        self.by_class.setChecked(scale.by_class)
        self.pole_points = QDoubleSpinBox()
        self.pole_points.setDecimals(1)
        self.pole_points.setValue(scale.pole)
        self.fastest_lap_points = QDoubleSpinBox()
        self.fastest_lap_points.setDecimals(1)
        self.fastest_lap_points.setValue(scale.fastest_lap)
        self.rounds_planned = QSpinBox()
        self.rounds_planned.setRange(0, 99)
        self.rounds_planned.setSpecialValueText(self.tr("as entered"))
        self.rounds_planned.setValue(scale.rounds_planned or 0)
        self.save_points = QPushButton(self.tr("Save Points System"))
        self._scale_name, self._scale_notes = scale.name, scale.notes
        points_box = QGroupBox(self.tr("Points system"))
        form = QFormLayout(points_box)
        form.addRow(self.tr("Race (1st, 2nd, …)"), self.race_points)
        form.addRow(self.tr("Qualifying (1st, 2nd, …)"), self.qualifying_points)
        form.addRow("", self.by_class)
        form.addRow(self.tr("Pole bonus"), self.pole_points)
        form.addRow(self.tr("Fastest lap bonus"), self.fastest_lap_points)
        form.addRow(self.tr("Rounds in the season"), self.rounds_planned)
        form.addRow("", self.save_points)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.after_round)
        top.addWidget(self.rounds_label, 1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(paste_box, 1)
        right.addWidget(points_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self.after_round.valueChanged.connect(lambda _value: self.reload())
        self.paste.textChanged.connect(self._read_paste)
        self.use_paste.clicked.connect(self.use_pasted_table)
        self.save_points.clicked.connect(self.save_points_system)
        store.changed.connect(self.reload)
        self.resize(980, 560)
        self.reload()

    def reload(self) -> None:
        try:
            table = standings(self.store.db, self.season_id, self.after_round.value())
        except PlannerError as error:
            report_planner_error(self, error)
            return
        self.rounds_label.setText(
            self.tr("after {done} of {total} rounds").format(
                done=self.after_round.value(), total=table.rounds_total
            )
        )
        self.table.setRowCount(len(table.rows))
        sources = {"computed": self.tr("our results"), "published": self.tr("published table")}
        for row_number, row in enumerate(table.rows):
            cells = [
                str(row.position),
                row.driver,
                row.nationality,
                format_points(row.points),
                "" if row.gap == 0 else f"−{format_points(row.gap)}",
                sources[row.source],
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row_number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _read_paste(self) -> None:
        rows, unread = read_published_table(self.paste.toPlainText())
        self.pasted = rows
        self.use_paste.setEnabled(bool(rows))
        text = self.tr("{count} rows read").format(count=len(rows))
        if unread:
            text += " · " + self.tr("{count} lines not read: {lines}").format(
                count=len(unread), lines=", ".join(str(line.line_number) for line in unread)
            )
        self.paste_status.setText(text)

    def use_pasted_table(self) -> None:
        if self.pasted and self.perform(
            SetPublishedTableCommand(
                self.store, self.season_id, self.after_round.value(), self.pasted
            )
        ):
            self.paste.clear()

    def save_points_system(self) -> None:
        try:
            scale = PointsScale(
                name=self._scale_name,
                race=parse_points_list(self.race_points.text(), "race points"),
                qualifying=parse_points_list(self.qualifying_points.text(), "qualifying points"),
                by_class=self.by_class.isChecked(),
                pole=self.pole_points.value(),
                fastest_lap=self.fastest_lap_points.value(),
                rounds_planned=self.rounds_planned.value() or None,
                notes=self._scale_notes,
            )
        except PlannerError as error:
            report_planner_error(self, error)
            return
        self.perform(SetPointsSystemCommand(self.store, self.season_id, replace(scale)))

    def done(self, result: int) -> None:
        self.store.changed.disconnect(self.reload)
        super().done(result)
