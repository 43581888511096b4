"""The results mode of a weekend: one row per session and car, a column per result field.

Rows are keyed by (session id, entry id); the values come from
``services.results.round_results``. An edit builds the row's new values and
hands them to ``perform`` as one undoable command; the model reloads when
the store says the data changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.results import STATUS_ABBREVIATIONS, ResultStatus, parse_lap_time, result_status
from planner.gui.commands import ServiceCommand
from planner.gui.errors import report_planner_error
from planner.gui.results_commands import SetResultsCommand
from planner.gui.store import Store
from planner.services.views import EntryView, SessionView, format_lap_time

if TYPE_CHECKING:  # services.results imports SQLAlchemy: not before the first paint (issue 7)
    from planner.services.results import ResultValues, ResultView, RoundResults

Index = QModelIndex | QPersistentModelIndex


class ResultColumn(IntEnum):
    SESSION = 0
    CAR = 1
    POSITION = 2
    CLASS_POSITION = 3
    STATUS = 4
    REASON = 5
    POINTS = 6
    POLE = 7
    FASTEST_LAP = 8
    BEST_LAP = 9
    LAPS = 10
    NOTES = 11


_EDITABLE = set(ResultColumn) - {ResultColumn.SESSION, ResultColumn.CAR}
_CHECKABLE = {ResultColumn.POLE, ResultColumn.FASTEST_LAP}


def _headers() -> dict[ResultColumn, str]:
    return {
        ResultColumn.SESSION: QCoreApplication.translate("ResultsModel", "Session"),
        ResultColumn.CAR: QCoreApplication.translate("ResultsModel", "Car"),
        ResultColumn.POSITION: QCoreApplication.translate("ResultsModel", "Position"),
        ResultColumn.CLASS_POSITION: QCoreApplication.translate("ResultsModel", "In class"),
        ResultColumn.STATUS: QCoreApplication.translate("ResultsModel", "Status"),
        ResultColumn.REASON: QCoreApplication.translate("ResultsModel", "Reason"),
        ResultColumn.POLE: QCoreApplication.translate("ResultsModel", "Pole"),
        ResultColumn.FASTEST_LAP: QCoreApplication.translate("ResultsModel", "Fastest lap"),
        ResultColumn.BEST_LAP: QCoreApplication.translate("ResultsModel", "Best lap"),
        ResultColumn.LAPS: QCoreApplication.translate("ResultsModel", "Laps"),
        ResultColumn.POINTS: QCoreApplication.translate("ResultsModel", "Points"),
        ResultColumn.NOTES: QCoreApplication.translate("ResultsModel", "Notes"),
    }


def status_label(status: ResultStatus) -> str:
    if status == ResultStatus.CLASSIFIED:
        return QCoreApplication.translate("ResultsModel", "Classified")
    return STATUS_ABBREVIATIONS[status]


class ResultsModel(QAbstractTableModel):
    def __init__(
        self, store: Store, perform: Callable[[ServiceCommand], bool], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.perform = perform
        self.data_: RoundResults | None = None
        self.rows: list[tuple[SessionView, EntryView]] = []

    # --- loading ----------------------------------------------------------------------

    def show_round(self, data: RoundResults) -> None:
        """Show a round; the same rows again only repaint, so the cursor stays where it is."""
        rows = [(session, entry) for session in data.sessions for entry in data.entries]
        same_rows = [(s.id, e.id) for s, e in rows] == [(s.id, e.id) for s, e in self.rows]
        if same_rows and self.data_ is not None and self.rows:
            self.data_, self.rows = data, rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(ResultColumn) - 1)
            )
            return
        self.beginResetModel()
        self.data_ = data
        self.rows = rows
        self.endResetModel()

    def reload(self) -> None:
        from planner.domain.errors import NotFoundError
        from planner.services.results import round_results

        if self.data_ is None or not self.store.is_open:
            return
        try:
            self.show_round(round_results(self.store.db, self.data_.round.id))
        except NotFoundError:
            self.beginResetModel()
            self.data_, self.rows = None, []
            self.endResetModel()

    def result_at(self, row: int) -> ResultView | None:
        if self.data_ is None:
            return None
        session, entry = self.rows[row]
        return self.data_.result(session.id, entry.id)

    def row_of(self, session_name: str, entry_id: int | None = None) -> int:
        for row, (session, entry) in enumerate(self.rows):
            if session.name == session_name and entry_id in (None, entry.id):
                return row
        raise KeyError(session_name)

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ResultColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[ResultColumn(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = ResultColumn(index.column())
        if column in _CHECKABLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in _EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        session, entry = self.rows[index.row()]
        column = ResultColumn(index.column())
        result = self.data_.result(session.id, entry.id)
        values = result.values if result is not None else None
        if role == Qt.ItemDataRole.CheckStateRole and column in _CHECKABLE:
            on = values is not None and (
                values.pole if column == ResultColumn.POLE else values.fastest_lap
            )
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ResultColumn.POSITION,
            ResultColumn.CLASS_POSITION,
            ResultColumn.LAPS,
            ResultColumn.POINTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ResultColumn.POINTS and result:
            return (
                QCoreApplication.translate("ResultsModel", "Typed points")
                if result.values.points is not None
                else QCoreApplication.translate("ResultsModel", "From the points system")
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == ResultColumn.SESSION:
            start = session.start_wall
            day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{session.name}  ·  {day} {start:%H:%M}"
        if column == ResultColumn.CAR:
            return entry.car.label
        if values is None:
            return ""
        return self._text(column, values, result)

    def _text(self, column: ResultColumn, values: ResultValues, result: ResultView | None) -> str:
        if column == ResultColumn.POSITION:
            return "" if values.position is None else str(values.position)
        if column == ResultColumn.CLASS_POSITION:
            return "" if values.class_position is None else str(values.class_position)
        if column == ResultColumn.STATUS:
            return status_label(values.status)
        if column == ResultColumn.REASON:
            return values.reason
        if column == ResultColumn.BEST_LAP:
            return "" if values.best_lap_ms is None else format_lap_time(values.best_lap_ms)
        if column == ResultColumn.LAPS:
            return "" if values.laps is None else str(values.laps)
        if column == ResultColumn.POINTS:
            return "" if result is None else result.points_text
        if column == ResultColumn.NOTES:
            return values.notes
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.data_ is None:
            return False
        session, entry = self.rows[index.row()]
        column = ResultColumn(index.column())
        result = self.data_.result(session.id, entry.id)
        from planner.services.results import ResultChange, ResultValues

        current = result.values if result is not None else ResultValues()
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column in _CHECKABLE:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                new = (
                    replace(current, pole=checked)
                    if column == ResultColumn.POLE
                    else replace(current, fastest_lap=checked)
                )
            elif role == Qt.ItemDataRole.EditRole and column in _EDITABLE:
                new = self._edited(column, current, str(value or "").strip())
            else:
                return False
        except PlannerError as error:
            report_planner_error(None, error)
            return False
        if new == current:
            return False
        text = QCoreApplication.translate("ResultsModel", "Result of {session}").format(
            session=session.name
        )
        return self.perform(
            SetResultsCommand(self.store, [ResultChange(session.id, entry.id, new)], text)
        )

    def _edited(self, column: ResultColumn, current: ResultValues, text: str) -> ResultValues:
        if column == ResultColumn.POSITION:
            position = _whole_number(text, QCoreApplication.translate("ResultsModel", "position"))
            status = current.status
            if position is not None and status in (ResultStatus.DNS, ResultStatus.DSQ):
                status = (
                    ResultStatus.CLASSIFIED
                )  # typing a place over a DNS means it was classified
            return replace(current, position=position, status=status)
        if column == ResultColumn.CLASS_POSITION:
            position = _whole_number(
                text, QCoreApplication.translate("ResultsModel", "class position")
            )
            status = current.status
            if position is not None and status in (ResultStatus.DNS, ResultStatus.DSQ):
                status = ResultStatus.CLASSIFIED
            return replace(current, class_position=position, status=status)
        if column == ResultColumn.STATUS:
            status = ResultStatus.CLASSIFIED if not text else _status_from_text(text)
            if status in (ResultStatus.DNS, ResultStatus.DSQ):
                return replace(current, status=status, position=None, class_position=None)
            return replace(current, status=status)
        if column == ResultColumn.REASON:
            return replace(current, reason=text)
        if column == ResultColumn.BEST_LAP:
            return replace(current, best_lap_ms=parse_lap_time(text) if text else None)
        if column == ResultColumn.LAPS:
            return replace(
                current,
                laps=_whole_number(
                    text, QCoreApplication.translate("ResultsModel", "laps"), allow_zero=True
                ),
            )
        if column == ResultColumn.POINTS:
            return replace(current, points=_points(text))
        if column == ResultColumn.NOTES:
            return replace(current, notes=text)
        return current


def _status_from_text(text: str) -> ResultStatus:
    if text.casefold() == QCoreApplication.translate("ResultsModel", "Classified").casefold():
        return ResultStatus.CLASSIFIED
    return result_status(text)


def _whole_number(text: str, what: str, *, allow_zero: bool = False) -> int | None:
    if not text:
        return None
    cleaned = text.rstrip(".").removeprefix("P").removeprefix("p")
    if not cleaned.isdigit() or (int(cleaned) == 0 and not allow_zero):
        raise ValidationError(
            QCoreApplication.translate(
                "ResultsModel", "“{text}” is not a {what}: type a whole number such as 3."
            ).format(text=text, what=what)
        )
    return int(cleaned)


def _points(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = -1.0
    if value < 0:
        raise ValidationError(
            QCoreApplication.translate(
                "ResultsModel",
                "“{text}” is not a number of points; leave it empty to use the points system.",
            ).format(text=text)
        )
    return value
