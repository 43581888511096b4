"""Custom item data roles shared by models, delegates and views."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the row's series/season/round/session
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # what a navigator node is: "series", "season", "round"
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3  # the series colour as "#rrggbb"
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4  # list of conflict messages (empty: none)
EDIT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 5  # the raw value an editor starts from
DRIVER_IDS_ROLE = Qt.ItemDataRole.UserRole + 6  # ids of who drives, in stint order
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 7  # True on a day header row

# Qt's own roles as names of this module: ``Qt.ItemDataRole.DisplayRole`` is an enum
# attribute looked up through two classes (~0.6 µs), and painting or sizing a table
# asks a model's data thousands of times (profile of a round switch, issue 19).
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
DECORATION_ROLE = Qt.ItemDataRole.DecorationRole
EDIT_ROLE = Qt.ItemDataRole.EditRole
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole
FONT_ROLE = Qt.ItemDataRole.FontRole
TEXT_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
ACCESSIBLE_TEXT_ROLE = Qt.ItemDataRole.AccessibleTextRole


def fill_roles(
    data: Callable[[QModelIndex | QPersistentModelIndex, int], Any],
    index: QModelIndex | QPersistentModelIndex,
    roles: QModelRoleDataSpan | QModelRoleData,
) -> None:
    """A model's ``multiData``: Qt's delegates ask for a dozen roles per cell at once;
    answering them in one call from C++ instead of one call each saves most of the
    cost of sizing and painting a table from Python."""
    wanted = [roles] if isinstance(roles, QModelRoleData) else cast(Iterable[Any], roles)
    for role_data in wanted:
        role_data.setData(data(index, role_data.role()))


def fill_answered_roles(
    answers: dict[int, Any],
    compute: Callable[[int], Any],
    roles: QModelRoleDataSpan | QModelRoleData,
) -> None:
    """``fill_roles`` for a model that keeps each cell's answers by role until its next
    reset: ``answers`` is the cell's, ``compute`` gives a missing one (and it is kept)."""
    wanted = [roles] if isinstance(roles, QModelRoleData) else cast(Iterable[Any], roles)
    for role_data in wanted:
        role = role_data.role()
        try:
            answer = answers[role]
        except KeyError:
            answer = answers[role] = compute(role)
        role_data.setData(answer)
