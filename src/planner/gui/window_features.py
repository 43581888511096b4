"""The window's File, Weekend, View and Help additions, kept out of main_window.py.

One object creates these actions, puts them into the window's menus, keeps
their texts in the UI language and their enabled state current. The window
calls it from three places: after building its menus, from ``retranslate`` and
from ``_update_actions`` (and tells it when a database is attached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from planner.gui.database_actions import DatabaseActions

if TYPE_CHECKING:
    from pathlib import Path

    from planner.gui.main_window import MainWindow


class WindowFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.databases = DatabaseActions(window)
        self._add_to_menus()

    def _add_to_menus(self) -> None:
        window = self.window
        file_menu = window.file_menu
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.databases.new_planner_action)
        file_menu.insertAction(first, self.databases.open_action)
        file_menu.insertMenu(first, self.databases.recent_menu)
        file_menu.insertSeparator(first)
        file_menu.insertAction(window.start_empty_action, self.databases.back_up_action)
        file_menu.insertAction(window.start_empty_action, self.databases.restore_action)

    def retranslate(self) -> None:
        self.databases.retranslate()

    def update_actions(self) -> None:
        self.databases.update_actions()

    def attached(self, path: Path) -> None:
        self.databases.attached(path)
