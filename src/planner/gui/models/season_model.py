"""The rounds of one season, as a table: no., dates, track, status, who races."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
)
from planner.gui.views.column_widths import Cell
from planner.i18n import current_language
from planner.services.views import RoundView

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, DATES, TRACK, PLACE, STATUS, DRIVERS, SESSIONS = range(7)
COLUMN_COUNT = 7

_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
# Flags made once: combining Qt's flags is Python enum work, and painting a season
# asks for them for every cell (QAbstractTableModel's own: selectable, enabled, no
# children).
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

# Roles a table view asks of every cell it paints or sizes that this model never
# answers: prepared as None so that painting finds every answer in the cell's dict.
_UNANSWERED: dict[int, Any] = {
    int(Qt.ItemDataRole.DecorationRole): None,
    int(Qt.ItemDataRole.FontRole): None,
    int(Qt.ItemDataRole.BackgroundRole): None,
    int(Qt.ItemDataRole.ForegroundRole): None,
    int(Qt.ItemDataRole.CheckStateRole): None,
    int(Qt.ItemDataRole.SizeHintRole): None,
    TEXT_ALIGNMENT_ROLE: None,
    TOOLTIP_ROLE: None,
    EDIT_VALUE_ROLE: None,
}


def _no_answer(_role: int) -> Any:
    """What a cell answers to a role not prepared (a view asks for many: all None)."""
    return None


class SeasonModel(QAbstractTableModel):
    """Rows are rounds keyed by id; a status edit goes to ``on_status_edit``."""

    def __init__(self, on_status_edit: Callable[[RoundView, str], bool] | None = None) -> None:
        super().__init__()
        self._rounds: list[RoundView] = []
        self._on_status_edit = on_status_edit
        # Each cell's answers by role (row, then column), made once per load: sizing
        # the columns and painting ask every cell for a dozen roles, from C++ through
        # ``multiData``; the model only changes by a reset.
        self._cells: list[list[dict[int, Any]]] = []

    def set_rounds(self, rounds: list[RoundView]) -> None:
        self.beginResetModel()
        self._rounds = list(rounds)
        language = current_language()
        self._cells = [_prepared_row(item, language) for item in self._rounds]
        self.endResetModel()

    def round_at(self, row: int) -> RoundView:
        return self._rounds[row]

    def row_of(self, round_id: int) -> int:
        for row, item in enumerate(self._rounds):
            if item.id == round_id:
                return row
        return -1

    def column_cells(self, column: int) -> Iterator[Cell]:
        """The cells of a column with what sizing needs (text, no font, no icon),
        without going through ``data()``: only the first cell of each text, the others
        size alike (and each needs an index made)."""
        seen: set[str] = set()
        for row, cells in enumerate(self._cells):
            text = cells[column][DISPLAY_ROLE]
            if text and text not in seen:
                seen.add(text)
                yield Cell(self.createIndex(row, column), text, None, False)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

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
        if not index.isValid():
            return _NO_FLAGS
        if index.column() == STATUS and self._on_status_edit is not None:
            return _EDITABLE_FLAGS
        return _FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._answers(index).get(role)

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        fill_answered_roles(self._answers(index), _no_answer, roles)

    def _answers(self, index: AnyIndex) -> dict[int, Any]:
        """The cell's answers by role; an empty dict outside the model (all None)."""
        row, column = index.row(), index.column()
        if 0 <= row < len(self._cells) and 0 <= column < COLUMN_COUNT and index.isValid():
            return self._cells[row][column]
        return {}

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


def _prepared_row(item: RoundView, language: str) -> list[dict[int, Any]]:
    """A round's cells, each with every role the view asks answered: its text (shown
    and read aloud), its alignment, tooltip and edit value, and None for the rest."""
    country = item.track.country_in(language)
    texts = (
        str(item.number),
        date_range_text(item.first_day, item.last_day),
        item.track.short_name or item.track.name,  # the circuit, not the round's own name
        ", ".join(p for p in (item.track.town, country) if p),
        round_status_label(item.status),
        driver_names(item),
        str(item.session_count) if item.session_count else "–",
    )
    cells = [
        {**_UNANSWERED, ID_ROLE: item.id, DISPLAY_ROLE: text, ACCESSIBLE_TEXT_ROLE: text}
        for text in texts
    ]
    cells[NUMBER][TEXT_ALIGNMENT_ROLE] = _CENTRED
    cells[SESSIONS][TEXT_ALIGNMENT_ROLE] = _CENTRED
    # The full circuit name, and the round's own name.
    cells[TRACK][TOOLTIP_ROLE] = (
        f"{item.name} · {item.track.name}" if item.name else item.track.name
    )
    cells[DRIVERS][TOOLTIP_ROLE] = ", ".join(driver.name for driver in item.drivers)
    cells[STATUS][EDIT_VALUE_ROLE] = str(item.status)
    return cells
