"""Drivers, teams, cars and crews in one dialog; driver edits are undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.people import PeopleDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog


def test_add_a_driver_follow_them_and_enter_a_crew(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    season_id = next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    dialog = PeopleDialog(window.store, window.perform, season_id, window)
    qtbot.addWidget(dialog)
    dialog.driver_name.setText("Ella Bäckman")  # QTest types ASCII only
    qtbot.keyClick(dialog.driver_name, Qt.Key.Key_Return)
    names = [d.name for d in catalog.list_drivers(window.store.db)]
    assert "Ella Bäckman" in names
    assert window.undo_action.text() == "&Undo Add driver Ella Bäckman"

    row = [dialog.driver_list.item(i).text() for i in range(dialog.driver_list.count())].index(
        "Ella Bäckman"
    )
    dialog.driver_list.item(row).setCheckState(Qt.CheckState.Checked)
    ella = next(d for d in catalog.list_drivers(window.store.db) if d.name == "Ella Bäckman")
    assert ella.followed

    qtbot.keyClicks(dialog.team_name, "Family Racing")
    qtbot.keyClick(dialog.team_name, Qt.Key.Key_Return)
    assert "Family Racing" in [t.name for t in catalog.list_teams(window.store.db)]

    qtbot.keyClicks(dialog.car_model, "Cupra Leon VZ TCR")
    dialog.car_number.setText("7")
    dialog.car_team.setCurrentIndex(dialog.car_team.findText("Family Racing"))
    dialog._add_car()
    assert "#7 Cupra Leon VZ TCR" in [c.label for c in catalog.list_cars(window.store.db)]

    dialog.crew_car.setCurrentIndex(dialog.crew_car.findText("#7 Cupra Leon VZ TCR"))
    dialog.crew_drivers.set_chosen([ella.id])
    dialog._add_crew()
    crews = [e.crew for e in catalog.list_entries(window.store.db, season_id)]
    assert any([d.name for d in crew] == ["Ella Bäckman"] for crew in crews)
    window.undo_stack.undo()  # the crew
    window.undo_stack.undo()  # following
    window.undo_stack.undo()  # the driver
    assert "Ella Bäckman" not in [d.name for d in catalog.list_drivers(window.store.db)]
