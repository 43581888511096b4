"""Context menus on rounds (season table, navigator) and seasons, through real events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner.gui.main_window import SEASON_PAGE, MainWindow
from planner.gui.models import season_model
from planner.services import catalog, queries


def _gt4_season(window: MainWindow) -> int:
    return next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )


def _right_click_round_row(window: MainWindow, row: int) -> QMenu:
    table = window.season_view.table
    point = table.visualRect(window.season_model.index(row, season_model.TRACK)).center()
    table.customContextMenuRequested.emit(point)
    menu = window.round_menus.menu
    assert menu is not None and menu.isVisible()
    return menu


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_round_menu_in_the_season_table_removes_that_round(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    season_id = _gt4_season(window)
    window.open_season(season_id)
    rounds = queries.list_rounds(window.store.db, season_id)
    menu = _right_click_round_row(window, 1)
    assert _texts(menu)[:4] == ["Open Weekend", "Edit Round…", "Move Weekend…", "Apply Template…"]
    assert "Remove Round" in _texts(menu)
    window.delete_round_action.trigger()
    menu.close()
    left = [r.id for r in queries.list_rounds(window.store.db, season_id)]
    assert rounds[1].id not in left and len(left) == len(rounds) - 1
    assert window.pages.currentIndex() == SEASON_PAGE
    window.undo_action.trigger()
    assert len(queries.list_rounds(window.store.db, season_id)) == len(rounds)


def test_the_navigator_menu_offers_the_season_actions(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    season_id = _gt4_season(window)
    navigator = window.navigator
    index = navigator.model().find("season", season_id)  # type: ignore[attr-defined]
    point = navigator.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, navigator.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(navigator.viewport(), event)
    menu = window.round_menus.menu
    assert menu is not None and menu.objectName() == "SeasonMenu"
    assert "New Round…" in _texts(menu)
    assert all(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    menu.close()


def test_the_navigator_menu_on_a_round_by_keyboard(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    season_id = _gt4_season(window)
    round_id = queries.list_rounds(window.store.db, season_id)[0].id
    window.open_round(round_id)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(window.navigator.viewport(), event)
    menu = window.round_menus.menu
    assert menu is not None and menu.objectName() == "RoundMenu"
    menu.close()


def test_the_circuit_column_shows_the_circuit(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    season_id = _gt4_season(window)
    window.open_season(season_id)
    rounds = queries.list_rounds(window.store.db, season_id)
    cells = [
        window.season_model.index(row, season_model.TRACK).data() for row in range(len(rounds))
    ]
    assert cells == [r.track.short_name or r.track.name for r in rounds]
    named = [r for r in rounds if r.name]
    for r in named:
        row = rounds.index(r)
        tip = window.season_model.index(row, season_model.TRACK).data(Qt.ItemDataRole.ToolTipRole)
        assert r.name in tip
