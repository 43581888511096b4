"""The editing dialogs (rounds, sessions, drivers, people, standings, press kit, guide)
are laid out by their Qt Designer forms in ui/: their labels, buddies and
layouts exist only there, the form's buttons reach our own accept(), and the
texts read in Swedish."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.dialogs.drivers_dialog import DriversDialog
from planner.gui.dialogs.new_round import CircuitField, NewRoundDialog
from planner.gui.dialogs.people import PeopleDialog
from planner.gui.dialogs.press_kit_dialog import PressKitDialog
from planner.gui.dialogs.session_dialog import SessionDialog
from planner.gui.dialogs.standings_dialog import StandingsDialog
from planner.gui.dialogs.user_guide import UserGuideDialog, guide_path
from planner.gui.forms import child, form_path, promoted_classes
from planner.gui.main_window import MainWindow
from planner.gui.translations import Translations
from planner.gui.views.driver_picker import DriverPicker
from planner.services import catalog, queries
from planner.services.tracks import list_tracks

DRIVERS = [(1, "Jessica Bäckman"), (2, "Andreas Bäckman")]


@pytest.mark.parametrize(
    ("form", "promoted"),
    [
        ("new_round", [CircuitField]),
        ("session", [DriverPicker]),
        ("drivers", [DriverPicker]),
        ("people", [DriverPicker]),
    ],
)
def test_promoted_widgets_are_imported_as_uic_would_import_them(
    form: str, promoted: list[type[QWidget]]
) -> None:
    path = form_path(form)
    assert list(promoted_classes(path)) == promoted
    uic = Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"
    generated = subprocess.run(
        [str(uic), "-g", "python", str(path)], capture_output=True, text=True, check=True
    ).stdout
    for kind in promoted:
        assert f"from {kind.__module__} import {kind.__name__}" in generated


def test_a_promoted_widget_whose_class_is_missing_is_named(tmp_path: Path) -> None:
    form = tmp_path / "broken.ui"
    form.write_text(
        '<ui version="4.0"><class>X</class><widget class="QDialog" name="X"/>'
        "<customwidgets><customwidget><class>NoSuchPicker</class><extends>QListWidget</extends>"
        "<header>planner.gui.views.driver_picker.h</header></customwidget></customwidgets></ui>",
        encoding="utf-8",
    )
    with pytest.raises(LookupError, match=r"no widget class NoSuchPicker in planner\.gui\.views"):
        promoted_classes(form)


def _new_round(qtbot: QtBot, db: Database) -> NewRoundDialog:
    dialog = NewRoundDialog(list_tracks(db), ["gt4-european-series"], date(2023, 9, 1))
    qtbot.addWidget(dialog)
    return dialog


def test_new_round_is_laid_out_by_its_form_with_the_promoted_circuit_field(
    qtbot: QtBot, db: Database, no_dialogs: list[str]
) -> None:
    dialog = _new_round(qtbot, db)
    assert isinstance(dialog.circuit, CircuitField)
    assert child(dialog, QLabel, "circuit_label").buddy() is dialog.circuit
    assert child(dialog, QLabel, "template_label").buddy() is dialog.template
    assert isinstance(child(dialog, QFormLayout, "form"), QFormLayout)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.circuit, "hock")
    assert dialog.circuit.suggestions()[0] == "Hockenheimring"
    assert ok.isEnabled()
    assert "Hockenheim" in dialog.circuit_info.text()
    # The form's accepted() → accept() connection runs the dialog's own check.
    dialog.last_day.setDate(QDate(2023, 8, 30))
    ok.click()
    assert no_dialogs == ["The last day comes before the first day."]
    assert not dialog.result()


def test_new_round_reads_in_swedish(qtbot: QtBot, db: Database) -> None:
    Translations().switch("sv")
    try:
        dialog = _new_round(qtbot, db)
        label = child(dialog, QLabel, "circuit_label").text()
        assert label == QCoreApplication.translate("NewRoundDialog", "&Circuit:") != "&Circuit:"
        assert dialog.windowTitle() == QCoreApplication.translate("NewRoundDialog", "New Round")
        assert dialog.windowTitle() != "New Round"
        assert dialog.template.itemText(0) != "No sessions yet"
    finally:
        Translations().switch("en")


def _session(qtbot: QtBot) -> SessionDialog:
    dialog = SessionDialog(date(2023, 9, 1), date(2023, 9, 3), drivers=DRIVERS)
    qtbot.addWidget(dialog)
    return dialog


def test_session_is_laid_out_by_its_form_with_the_promoted_driver_picker(qtbot: QtBot) -> None:
    dialog = _session(qtbot)
    assert dialog.windowTitle() == "New Session"
    assert isinstance(dialog.drivers, DriverPicker)
    assert child(dialog, QLabel, "drivers_label").buddy() is dialog.drivers
    assert child(dialog, QLabel, "time_label").buddy() is dialog.time
    assert dialog.minutes.text() == "60 min"
    dialog.minutes.setValue(0)
    assert dialog.minutes.text() == "not published"
    dialog.name.setText("Qualifying")
    dialog.drivers.set_chosen([2])
    request = dialog.request()
    assert request.start_wall.isoformat() == "2023-09-01T10:00:00"
    assert request.duration_minutes is None and request.driver_ids == [2]
    assert not dialog.day.setDate(QDate(2023, 9, 5)) and dialog.day.date() == QDate(2023, 9, 3)


def test_session_reads_in_swedish(qtbot: QtBot) -> None:
    Translations().switch("sv")
    try:
        dialog = _session(qtbot)
        label = child(dialog, QLabel, "time_label").text()
        expected = QCoreApplication.translate("SessionDialog", "&Start (track time):")
        assert label == expected != "&Start (track time):"
        assert dialog.windowTitle() == QCoreApplication.translate("SessionDialog", "New Session")
        assert dialog.minutes.suffix() == QCoreApplication.translate("SessionDialog", " min")
        assert dialog.windowTitle() != "New Session"
    finally:
        Translations().switch("en")


def _drivers(qtbot: QtBot, parent: QWidget) -> DriversDialog:
    qtbot.addWidget(parent)
    return DriversDialog(DRIVERS, [2], "Race 1", parent)


def test_assign_drivers_is_laid_out_by_its_form(qtbot: QtBot) -> None:
    parent = QWidget()
    dialog = _drivers(qtbot, parent)
    assert isinstance(child(dialog, QVBoxLayout, "layout"), QVBoxLayout)
    assert dialog.caption.buddy() is dialog.picker
    assert dialog.caption.text() == "Who drives Race 1?"
    assert dialog.picker.chosen() == [2]
    child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == DriversDialog.DialogCode.Accepted


def test_assign_drivers_reads_in_swedish(qtbot: QtBot) -> None:
    Translations().switch("sv")
    try:
        parent = QWidget()
        dialog = _drivers(qtbot, parent)
        title = QCoreApplication.translate("DriversDialog", "Assign Drivers")
        assert dialog.windowTitle() == title != "Assign Drivers"
        question = QCoreApplication.translate("DriversDialog", "Who drives {what}?")
        assert dialog.caption.text() == question.format(what="Race 1") != "Who drives Race 1?"
    finally:
        Translations().switch("en")


def test_people_is_laid_out_by_its_form_a_tab_each(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    dialog = PeopleDialog(window.store, window.perform, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert titles == ["&Drivers", "&Teams", "C&ars", "C&rews"]
    # Fields beside a button have real buddies now (they showed a literal "&" before).
    assert child(dialog, QLabel, "team_name_label").buddy() is dialog.team_name
    assert child(dialog, QLabel, "car_number_label").buddy() is dialog.car_number
    assert child(dialog, QLabel, "team_name_label").text() == "New &team:"
    # Return in a name field adds; Rename… and Delete… are never the default button.
    assert child(dialog, QPushButton, "add_driver").isDefault()
    assert not child(dialog, QPushButton, "rename_driver").autoDefault()
    # No season chosen: the crews tab says so and cannot be used.
    assert not child(dialog, QWidget, "crews_page").isEnabled()
    assert dialog.crew_list.item(0).text() == "Choose a season in the navigator first."
    assert dialog.driver_list.count() > 0 and dialog.car_team.itemText(0) == "No team"


def test_people_reads_in_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    Translations().switch("sv")
    try:
        dialog = PeopleDialog(window.store, window.perform, None, window)
        qtbot.addWidget(dialog)
        title = QCoreApplication.translate("PeopleDialog", "People and Cars")
        assert dialog.windowTitle() == title != "People and Cars"
        crews = QCoreApplication.translate("PeopleDialog", "C&rews")
        assert dialog.tabs.tabText(3) == crews != "C&rews"
        rename = QCoreApplication.translate("PeopleDialog", "Re&name…")
        assert child(dialog, QPushButton, "rename_car").text() == rename != "Re&name…"
    finally:
        Translations().switch("en")


def _standings(qtbot: QtBot, window: MainWindow) -> StandingsDialog:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    dialog = StandingsDialog(window.store, window.perform, season.id, 4, window)
    qtbot.addWidget(dialog)
    return dialog


def _close(dialog: StandingsDialog) -> None:
    """The form's Close → reject() → our done(), which lets go of the store (else the
    window's teardown, closing the database, would make it reload)."""
    dialog.show()
    child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_standings_is_laid_out_by_its_form(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _standings(qtbot, demo_window)
    headers = [dialog.table.horizontalHeaderItem(column).text() for column in range(6)]
    assert headers == ["Pos.", "Driver", "Nat.", "Points", "Gap", "From"]
    assert dialog.table.verticalHeader().isHidden()
    assert child(dialog, QLabel, "pole_points_label").buddy() is dialog.pole_points
    assert dialog.windowTitle().startswith("Standings — GT4")
    assert dialog.after_round.text() == "after round 4"
    assert dialog.rounds_label.text().startswith("after 4 of ")
    assert not dialog.use_paste.isEnabled()
    dialog.rounds_planned.setValue(0)
    assert dialog.rounds_planned.text() == "as entered"
    _close(dialog)


def test_standings_reads_in_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    Translations().switch("sv")
    try:
        dialog = _standings(qtbot, demo_window)
        points = QCoreApplication.translate("StandingsDialog", "Points")
        assert dialog.table.horizontalHeaderItem(3).text() == points != "Points"
        box = QCoreApplication.translate("StandingsDialog", "Points system")
        assert child(dialog, QGroupBox, "points_box").title() == box != "Points system"
        prefix = QCoreApplication.translate("StandingsDialog", "after round ")
        assert dialog.after_round.prefix() == prefix != "after round "
        _close(dialog)
    finally:
        Translations().switch("en")


def _press_kit(qtbot: QtBot, window: MainWindow) -> PressKitDialog:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    round_id = next(r.id for r in queries.list_rounds(window.store.db, season.id))
    dialog = PressKitDialog(window.store, round_id, "en", window)
    qtbot.addWidget(dialog)
    return dialog


def test_press_kit_is_laid_out_by_its_form(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = _press_kit(qtbot, demo_window)
    assert dialog.preview.objectName() == "PressPreview" and dialog.preview.isReadOnly()
    assert child(dialog, QLabel, "zone_label").buddy() is dialog.zone
    assert dialog.copy_button.isDefault()
    assert dialog.windowTitle().startswith("Press Kit — GT4")
    assert dialog.preview.toPlainText()
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.copied.text() == "Copied: paste it into your press release."
    child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_press_kit_reads_in_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    Translations().switch("sv")
    try:
        dialog = _press_kit(qtbot, demo_window)
        times_in = QCoreApplication.translate("PressKitDialog", "Times in")
        assert child(dialog, QLabel, "zone_label").text() == times_in != "Times in"
        copy = QCoreApplication.translate("PressKitDialog", "&Copy")
        assert dialog.copy_button.text() == copy != "&Copy"
    finally:
        Translations().switch("en")


def test_user_guide_is_laid_out_by_its_form_in_both_languages(qtbot: QtBot) -> None:
    dialog = UserGuideDialog("en")
    qtbot.addWidget(dialog)
    assert isinstance(child(dialog, QVBoxLayout, "layout"), QVBoxLayout)
    assert dialog.browser.openExternalLinks()
    assert dialog.browser.source().toLocalFile() == guide_path("en")
    assert dialog.windowTitle() == "Race Planner User Guide"
    Translations().switch("sv")
    try:
        swedish = UserGuideDialog("sv")
        qtbot.addWidget(swedish)
        title = QCoreApplication.translate("UserGuideDialog", "Race Planner User Guide")
        assert swedish.windowTitle() == title != "Race Planner User Guide"
        name = QCoreApplication.translate("UserGuideDialog", "User guide")
        assert swedish.browser.accessibleName() == name != "User guide"
    finally:
        Translations().switch("en")
