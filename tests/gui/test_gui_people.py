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

    dialog.tabs.setCurrentIndex(3)
    dialog.crew_car.setCurrentIndex(dialog.crew_car.findText("#7 Cupra Leon VZ TCR"))
    dialog.crew_drivers.set_chosen([ella.id])
    dialog._add_crew()
    crews = [e.crew for e in catalog.list_entries(window.store.db, season_id)]
    assert any([d.name for d in crew] == ["Ella Bäckman"] for crew in crews)
    window.undo_stack.undo()  # the crew
    window.undo_stack.undo()  # the car
    window.undo_stack.undo()  # the team
    window.undo_stack.undo()  # following
    window.undo_stack.undo()  # the driver
    assert "Ella Bäckman" not in [d.name for d in catalog.list_drivers(window.store.db)]
    assert "Family Racing" not in [t.name for t in catalog.list_teams(window.store.db)]


def _people(qtbot: QtBot, window: MainWindow) -> tuple[PeopleDialog, int]:
    season_id = next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    dialog = PeopleDialog(window.store, window.perform, season_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, season_id


def _choose(items, text_start: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(items.count()):
        if items.item(row).text().startswith(text_start):
            items.setCurrentRow(row)
            return
    raise AssertionError(text_start)


def _button(dialog: PeopleDialog, name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    return dialog.findChild(QPushButton, name)


def test_rename_a_driver_through_the_question_and_undo_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    window = demo_window
    dialog, _season = _people(qtbot, window)
    _choose(dialog.driver_list, "Marcus Fluch")
    dialog.tabs.setCurrentIndex(0)

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        assert modal.textValue() == "Marcus Fluch"
        modal.setTextValue("Marcus Fluch Jr")
        modal.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(_button(dialog, "rename_driver"), Qt.MouseButton.LeftButton)
    names = [d.name for d in catalog.list_drivers(window.store.db)]
    assert "Marcus Fluch Jr" in names and "Marcus Fluch" not in names
    window.undo_action.trigger()
    assert "Marcus Fluch" in [d.name for d in catalog.list_drivers(window.store.db)]


def test_deleting_a_driver_says_what_uses_them_and_undo_brings_it_all_back(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    from planner.services import queries

    window = demo_window
    dialog, season_id = _people(qtbot, window)
    before = [[d.name for d in e.crew] for e in catalog.list_entries(window.store.db, season_id)]
    _choose(dialog.driver_list, "Jessica Bäckman")
    qtbot.mouseClick(_button(dialog, "delete_driver"), Qt.MouseButton.LeftButton)
    assert "Crew of" in no_dialogs[-1] and "sessions" in no_dialogs[-1]
    assert "Jessica Bäckman" not in [d.name for d in catalog.list_drivers(window.store.db)]
    window.undo_action.trigger()
    after = [[d.name for d in e.crew] for e in catalog.list_entries(window.store.db, season_id)]
    assert after == before
    round_id = queries.list_rounds(window.store.db, season_id)[4].id
    race = next(
        s for s in queries.weekend(window.store.db, round_id).sessions if s.name == "Race 1"
    )
    assert "Jessica Bäckman" in [d.name for d in race.drivers]


def test_deleting_a_car_takes_its_entries_and_undo_restores_them(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = demo_window
    dialog, season_id = _people(qtbot, window)
    entries = len(catalog.list_entries(window.store.db, season_id))
    dialog.tabs.setCurrentIndex(2)
    _choose(dialog.car_list, "Aston Martin")
    qtbot.mouseClick(_button(dialog, "delete_car"), Qt.MouseButton.LeftButton)
    assert "Entered in GT4 European Series 2023" in no_dialogs[-1]
    assert len(catalog.list_entries(window.store.db, season_id)) == entries - 1
    window.undo_action.trigger()
    assert len(catalog.list_entries(window.store.db, season_id)) == entries


def test_the_crews_tab_shows_the_crew_of_the_chosen_car_and_saves_a_change(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    dialog, season_id = _people(qtbot, window)
    dialog.tabs.setCurrentIndex(3)
    dialog.crew_car.setCurrentIndex(
        dialog.crew_car.findText("Aston Martin", Qt.MatchFlag.MatchContains)
    )
    assert dialog.crew_drivers.chosen() == [
        d.id for d in catalog.list_entries(window.store.db, season_id)[0].crew
    ]
    assert dialog.crew_button.text() == "Save Crew"
    jessica = next(
        d.id for d in catalog.list_drivers(window.store.db) if d.name == "Jessica Bäckman"
    )
    dialog.crew_drivers.set_chosen([jessica])
    qtbot.mouseClick(dialog.crew_button, Qt.MouseButton.LeftButton)
    crew = catalog.list_entries(window.store.db, season_id)[0].crew
    assert [d.name for d in crew] == ["Jessica Bäckman"]
    assert window.undo_action.text().startswith("&Undo Change the crew of")
    window.undo_action.trigger()
    assert len(catalog.list_entries(window.store.db, season_id)[0].crew) == 2


def test_every_add_control_has_a_label(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QFormLayout

    dialog, _season = _people(qtbot, demo_window)
    for field in (dialog.driver_name, dialog.driver_nation, dialog.car_model, dialog.car_team):
        form = field.parentWidget().layout().findChildren(QFormLayout)[0]  # type: ignore[union-attr]
        label = form.labelForField(field)
        assert label is not None and label.text(), field.accessibleName()
    assert dialog.driver_follow.text().startswith("&Follow")
