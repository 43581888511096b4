"""Context menus for rounds (season table, navigator) and the navigator's seasons.

They show the window's own actions, so each entry keeps its shortcut, its
enabled state and its undo behaviour; the round under the pointer becomes the
window's current round first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


class RoundMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last one shown (tests trigger its actions)

    def build_round_menu(self, round_id: int) -> QMenu:
        window = self.window
        window.choose_round(round_id)
        menu = QMenu(window)
        menu.setObjectName("RoundMenu")
        open_action = menu.addAction(self.tr("&Open Weekend"))
        open_action.setObjectName("open")
        open_action.triggered.connect(lambda: window.open_round(round_id))
        menu.addSeparator()
        for action in (
            window.edit_round_action,
            window.move_weekend_action,
            window.apply_template_action,
            window.add_session_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        for action in (window.print_action, window.export_pdf_action, window.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(window.delete_round_action)
        return menu

    def build_season_menu(self, season_id: int) -> QMenu:
        window = self.window
        window.choose_season(season_id)
        menu = QMenu(window)
        menu.setObjectName("SeasonMenu")
        open_action = menu.addAction(self.tr("&Open Season"))
        open_action.setObjectName("open")
        open_action.triggered.connect(lambda: window.open_season(season_id))
        menu.addSeparator()
        for action in (window.new_round_action, window.export_action, window.people_action):
            menu.addAction(action)
        return menu

    def build_series_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName("SeriesMenu")
        menu.addAction(self.window.new_season_action)
        return menu

    def show_round_menu(self, round_id: int, global_pos: QPoint) -> None:
        self.menu = self.build_round_menu(round_id)
        self.menu.popup(global_pos)

    def show_navigator_menu(self, kind: str, item_id: int, global_pos: QPoint) -> None:
        if kind == "round":
            self.menu = self.build_round_menu(item_id)
        elif kind == "season":
            self.menu = self.build_season_menu(item_id)
        else:
            self.menu = self.build_series_menu()
        self.menu.popup(global_pos)
