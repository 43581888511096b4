"""Custom item data roles shared by models, delegates and views."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the row's series/season/round/session
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # what a navigator node is: "series", "season", "round"
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3  # the series colour as "#rrggbb"
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4  # list of conflict messages (empty: none)
EDIT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 5  # the raw value an editor starts from
DRIVER_IDS_ROLE = Qt.ItemDataRole.UserRole + 6  # ids of who drives, in stint order
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 7  # True on a day header row
