"""The rounds of one season, as a table: no., dates, track, status, who races.

The cells are kept by Qt (a QStandardItemModel, filled once per load) rather than
answered by Python: painting and sizing a season ask every cell for seven roles at
once and whether it is enabled, and each such call from C++ into Python cost more
than drawing the cell's text (a season switch on the 20,000-session archive spent
half of painting its table in ``multiData`` and ``flags``, issue 19). Python only
sees a status edit (``setData``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from planner.gui.labels import date_range_text, round_status_label
from planner.gui.models.roles import (
    DISPLAY_ROLE,
    EDIT_VALUE_ROLE,
    ID_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
)
from planner.gui.views.column_widths import Cell
from planner.i18n import Language, current_language
from planner.services.views import RoundView

AnyIndex = QModelIndex | QPersistentModelIndex

NUMBER, DATES, TRACK, PLACE, STATUS, DRIVERS, SESSIONS = range(7)
COLUMN_COUNT = 7

_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
# A table model's own flags (selectable, enabled, no children); the status editable
# where edits are taken. QStandardItem's default would make every cell editable.
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


class SeasonModel(QStandardItemModel):
    """Rows are rounds keyed by id; a status edit goes to ``on_status_edit``."""

    def __init__(self, on_status_edit: Callable[[RoundView, str], bool] | None = None) -> None:
        super().__init__(0, COLUMN_COUNT)
        prototype = QStandardItem()
        prototype.setFlags(_FLAGS)
        self.setItemPrototype(prototype)
        self._rounds: list[RoundView] = []
        self._texts: list[tuple[str, ...]] = []  # each round's cell texts, for sizing
        self._on_status_edit = on_status_edit
        self.retranslate()

    def retranslate(self) -> None:
        """The column titles in the UI language."""
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SeasonModel", "No."),
                QCoreApplication.translate("SeasonModel", "Dates"),
                QCoreApplication.translate("SeasonModel", "Circuit"),
                QCoreApplication.translate("SeasonModel", "Place"),
                QCoreApplication.translate("SeasonModel", "Status"),
                QCoreApplication.translate("SeasonModel", "Who races"),
                QCoreApplication.translate("SeasonModel", "Sessions"),
            ]
        )

    def set_rounds(self, rounds: list[RoundView]) -> None:
        """One reset: the views hear nothing of the rows removed and the cells set in
        between (a signal each would have them update their layout that often)."""
        language = current_language()
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._rounds = list(rounds)
            self._texts = [_texts(item, language) for item in self._rounds]
            self.setRowCount(0)
            self.setRowCount(len(self._rounds))
            # Cells are made from the prototype (its flags) as their data is set.
            index, set_item_data = self.index, self.setItemData
            for row, (item, texts) in enumerate(zip(self._rounds, self._texts, strict=True)):
                for column, roles in enumerate(_cell_roles(item, texts)):
                    set_item_data(index(row, column), roles)
            if self._on_status_edit is not None:
                for row in range(len(self._rounds)):
                    self.item(row, STATUS).setFlags(_EDITABLE_FLAGS)
            self.setVerticalHeaderLabels([""] * len(self._rounds))  # no row numbers
        finally:
            self.blockSignals(blocked)
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
        without asking the model: only the first cell of each text, the others size
        alike (and each needs an index made)."""
        seen: set[str] = set()
        for row, texts in enumerate(self._texts):
            text = texts[column]
            if text and text not in seen:
                seen.add(text)
                yield Cell(self.index(row, column), text, None, False)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A status chosen in the table goes to ``on_status_edit`` (an undo command);
        the table shows it when the season is read again."""
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


def _texts(item: RoundView, language: Language) -> tuple[str, ...]:
    """A round's cell texts, column by column."""
    country = item.track.country_in(language)
    return (
        str(item.number),
        date_range_text(item.first_day, item.last_day),
        item.track.short_name or item.track.name,  # the circuit, not the round's own name
        ", ".join(p for p in (item.track.town, country) if p),
        round_status_label(item.status),
        driver_names(item),
        str(item.session_count) if item.session_count else "–",
    )


def _cell_roles(item: RoundView, texts: tuple[str, ...]) -> list[dict[int, Any]]:
    """A round's cells by role: each its text (shown, and read aloud: Qt reads the
    text where there is no accessible text) and the round's id; alignment, tooltips
    and the status' stored value where they have one."""
    cells: list[dict[int, Any]] = [{DISPLAY_ROLE: text, ID_ROLE: item.id} for text in texts]
    cells[NUMBER][TEXT_ALIGNMENT_ROLE] = _CENTRED
    cells[SESSIONS][TEXT_ALIGNMENT_ROLE] = _CENTRED
    # The full circuit name, and the round's own name.
    cells[TRACK][TOOLTIP_ROLE] = (
        f"{item.name} · {item.track.name}" if item.name else item.track.name
    )
    cells[DRIVERS][TOOLTIP_ROLE] = ", ".join(driver.name for driver in item.drivers)
    cells[STATUS][EDIT_VALUE_ROLE] = str(item.status)
    return cells
