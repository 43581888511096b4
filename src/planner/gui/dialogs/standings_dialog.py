"""A season's standings after a round, the published table pasted in, and the points system."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.results import format_points
from planner.gui.commands import ServiceCommand
from planner.gui.errors import report_planner_error
from planner.gui.forms import child, load_form
from planner.gui.results_commands import SetPointsSystemCommand, SetPublishedTableCommand
from planner.gui.store import Store
from planner.services.points import PointsScale, parse_points_list, points_system
from planner.services.standings import PublishedRow, read_published_table, standings


class StandingsDialog(QDialog):
    """Layout and texts: ``ui/standings.ui``; here the season's table, the paste and points."""

    def __init__(
        self,
        store: Store,
        perform: Callable[[ServiceCommand], bool],
        season_id: int,
        after_round: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form(self, "standings")
        self.store = store
        self.perform = perform
        self.season_id = season_id
        self.pasted: tuple[PublishedRow, ...] = ()

        first = standings(store.db, season_id, after_round)
        self.setWindowTitle(self.tr("Standings — {season}").format(season=first.season.title))
        self.after_round = child(self, QSpinBox, "after_round")
        self.after_round.setMaximum(max(1, first.rounds_total))
        self.after_round.setValue(first.after_round or after_round or 1)
        self.rounds_label = child(self, QLabel, "rounds_label")
        self.table = child(self, QTableWidget, "table")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.paste = child(self, QPlainTextEdit, "paste")
        self.paste_status = child(self, QLabel, "paste_status")
        self.use_paste = child(self, QPushButton, "use_paste")

        scale = points_system(store.db, season_id)
        self.race_points = child(self, QLineEdit, "race_points")
        self.race_points.setText(scale.race_text)
        self.qualifying_points = child(self, QLineEdit, "qualifying_points")
        self.qualifying_points.setText(scale.qualifying_text)
        self.by_class = child(self, QCheckBox, "by_class")
        self.by_class.setChecked(scale.by_class)
        self.pole_points = child(self, QDoubleSpinBox, "pole_points")
        self.pole_points.setValue(scale.pole)
        self.fastest_lap_points = child(self, QDoubleSpinBox, "fastest_lap_points")
        self.fastest_lap_points.setValue(scale.fastest_lap)
        self.rounds_planned = child(self, QSpinBox, "rounds_planned")
        self.rounds_planned.setValue(scale.rounds_planned or 0)
        self.save_points = child(self, QPushButton, "save_points")
        self._scale_name, self._scale_notes = scale.name, scale.notes

        self.after_round.valueChanged.connect(lambda _value: self.reload())
        self.paste.textChanged.connect(self._read_paste)
        self.use_paste.clicked.connect(self.use_pasted_table)
        self.save_points.clicked.connect(self.save_points_system)
        store.changed.connect(self.reload)
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
