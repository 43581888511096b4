"""The rounds of one season, as a table: no., dates, track, status, who races."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from planner.gui.labels import date_range_text, round_status_label
from planner.gui.models.roles import (
    ACCESSIBLE_TEXT_ROLE,
    DISPLAY_ROLE,
    EDIT_VALUE_ROLE,
    ID_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    fill_answered_roles,
    fill_roles,
)
from planner.i18n import current_language
from planner.services.views import RoundView

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, DATES, TRACK, PLACE, STATUS, DRIVERS, SESSIONS = range(7)

# The roles a cell answers; views ask for many more (colours, check state...),
# all None. Painting and sizing a season ask each cell for a dozen roles.
_ANSWERED_ROLES = frozenset(
    {
        ID_ROLE,
        EDIT_VALUE_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


class SeasonModel(QAbstractTableModel):
    """Rows are rounds keyed by id; a status edit goes to ``on_status_edit``."""

    def __init__(self, on_status_edit: Callable[[RoundView, str], bool] | None = None) -> None:
        super().__init__()
        self._rounds: list[RoundView] = []
        self._on_status_edit = on_status_edit
        # Answers by cell (row, column), then role, until the next reset: sizing the
        # columns to their contents and painting ask every cell for every role.
        self._answers: dict[tuple[int, int], dict[int, Any]] = {}

    def set_rounds(self, rounds: list[RoundView]) -> None:
        self.beginResetModel()
        self._rounds = list(rounds)
        self._answers = {}
        self.endResetModel()

    def round_at(self, row: int) -> RoundView:
        return self._rounds[row]

    def row_of(self, round_id: int) -> int:
        for row, item in enumerate(self._rounds):
            if item.id == round_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("SeasonModel", "No."),
            QCoreApplication.translate("SeasonModel", "Dates"),
            QCoreApplication.translate("SeasonModel", "Circuit"),
            QCoreApplication.translate("SeasonModel", "Place"),
            QCoreApplication.translate("SeasonModel", "Status"),
            QCoreApplication.translate("SeasonModel", "Who races"),
            QCoreApplication.translate("SeasonModel", "Sessions"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == STATUS and self._on_status_edit is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cached(index, role)

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        if not index.isValid():
            fill_roles(self._data, index, roles)
            return
        fill_answered_roles(self._cell_answers(index), lambda role: self._data(index, role), roles)

    def _cached(self, index: AnyIndex, role: int) -> Any:
        if not index.isValid():
            return None
        answers = self._cell_answers(index)
        try:
            return answers[role]
        except KeyError:
            answer = answers[role] = self._data(index, role)
            return answer

    def _cell_answers(self, index: AnyIndex) -> dict[int, Any]:
        cell = (index.row(), index.column())
        answers = self._answers.get(cell)
        if answers is None:
            answers = self._answers[cell] = {}
        return answers

    def _data(self, index: AnyIndex, role: int) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        item = self._rounds[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            if column == NUMBER:
                return str(item.number)
            if column == DATES:
                return date_range_text(item.first_day, item.last_day)
            if column == TRACK:  # the circuit, not the round's own name
                return item.track.short_name or item.track.name
            if column == PLACE:
                country = item.track.country_in(current_language())
                return ", ".join(p for p in (item.track.town, country) if p)
            if column == STATUS:
                return round_status_label(item.status)
            if column == DRIVERS:
                return driver_names(item)
            if column == SESSIONS:
                return str(item.session_count) if item.session_count else "–"
        if role == TOOLTIP_ROLE:
            if column == TRACK:  # the full circuit name, and the round's own name
                return f"{item.name} · {item.track.name}" if item.name else item.track.name
            if column == DRIVERS:
                return ", ".join(driver.name for driver in item.drivers)
        if role == EDIT_VALUE_ROLE and column == STATUS:
            return str(item.status)
        if role == TEXT_ALIGNMENT_ROLE and column in (NUMBER, SESSIONS):
            return _CENTRED
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != STATUS
            or self._on_status_edit is None
        ):
            return False
        item = self._rounds[index.row()]
        if str(value) == str(item.status):
            return False
        return self._on_status_edit(item, str(value))


def driver_names(item: RoundView) -> str:
    """First names where they tell the drivers apart (the family reads "Andreas, Jessica")."""
    first_names = [driver.first_name for driver in item.drivers]
    if len(set(first_names)) == len(first_names):
        return ", ".join(first_names)
    return ", ".join(driver.name for driver in item.drivers)
