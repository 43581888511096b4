"""The schedule import dialog: paste, live preview, correct, import, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.schedule_import_command import ImportScheduleCommand
from planner.gui.schedule_import_dialog import ScheduleImportDialog, ScheduleRowsModel
from planner.services import catalog, queries, rounds
from planner.services.lookup import find_round, find_track
from planner.services.schedule_import import ImportResult

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "schedules"


def round_id_of(db: Database, series: str, year: int, number: int) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, series, year, number).id


def session_names(db: Database, round_id: int) -> list[str]:
    return [session.name for session in queries.weekend(db, round_id).sessions]


def open_dialog(qtbot: QtBot, db: Database, round_id: int) -> ScheduleImportDialog:
    dialog = ScheduleImportDialog(db, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def paste(qtbot: QtBot, dialog: ScheduleImportDialog, text: str) -> None:
    dialog.text_edit.setPlainText(text)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.preview_pending, timeout=3000)


def cell(dialog: ScheduleImportDialog, row: int, column: int) -> str:
    return str(dialog.rows_model.index(row, column).data())


def test_paste_preview_import_and_undo(qtbot: QtBot, demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    dialog = open_dialog(qtbot, demo_db, round_id)
    assert not dialog.import_button.isEnabled()
    text = (SAMPLES / "series-timetable-with-end-times-en.txt").read_text(encoding="utf-8")

    paste(qtbot, dialog, text + "\nBring ear plugs!\n")

    model = dialog.rows_model
    assert model.rowCount() == 6
    assert cell(dialog, 0, ScheduleRowsModel.TRACK_START) == "10:35"
    assert cell(dialog, 0, ScheduleRowsModel.NAME) == "Free Practice 1"
    assert cell(dialog, 0, ScheduleRowsModel.ACTION) == "Add"
    assert dialog.issues_list.count() == 1
    assert "Line 16" in dialog.issues_list.item(0).text()
    assert "Bring ear plugs!" in dialog.issues_list.item(0).text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    result = dialog.import_result
    assert isinstance(result, ImportResult) and signal.args == [result]
    assert result.added == 6
    assert session_names(demo_db, round_id)[0] == "Free Practice 1"

    stack = QUndoStack()
    stack.push(ImportScheduleCommand.already_applied(demo_db, result))
    assert len(session_names(demo_db, round_id)) == 6  # the push did not import again
    stack.undo()
    assert session_names(demo_db, round_id) == []
    stack.redo()
    assert len(session_names(demo_db, round_id)) == 6


def test_the_command_imports_on_push_and_keeps_identities_on_redo(
    qtbot: QtBot, demo_db: Database
) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    dialog = open_dialog(qtbot, demo_db, round_id)
    paste(qtbot, dialog, (SAMPLES / "series-timetable-with-end-times-en.txt").read_text())
    assert dialog.preview is not None
    changes: list[str] = []
    command = ImportScheduleCommand(
        demo_db, round_id, dialog.preview.rows, on_change=lambda: changes.append("x")
    )
    stack = QUndoStack()

    stack.push(command)
    uids = [session.uid for session in queries.weekend(demo_db, round_id).sessions]
    stack.undo()
    stack.redo()

    assert [session.uid for session in queries.weekend(demo_db, round_id).sessions] == uids
    assert "6 added" in command.text()
    assert len(changes) == 3


def test_the_demo_round_shows_unchanged_and_import_stays_disabled(
    qtbot: QtBot, demo_db: Database
) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 5)
    dialog = open_dialog(qtbot, demo_db, round_id)

    paste(qtbot, dialog, (SAMPLES / "gt4-hockenheim-press-release-en.txt").read_text())

    actions = {cell(dialog, row, ScheduleRowsModel.ACTION) for row in range(6)}
    assert actions == {"Unchanged"}
    assert not dialog.import_button.isEnabled()
    assert "CEST" in dialog.zone_box.itemText(0)


def test_correcting_cells_and_leaving_a_row_out(qtbot: QtBot, demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 5)
    dialog = open_dialog(qtbot, demo_db, round_id)
    paste(qtbot, dialog, (SAMPLES / "gt4-hockenheim-press-release-en.txt").read_text())
    model = dialog.rows_model

    assert model.setData(model.index(4, ScheduleRowsModel.TRACK_START), QTime(17, 5))
    assert cell(dialog, 4, ScheduleRowsModel.ACTION) == "Update: time"
    assert model.setData(model.index(0, ScheduleRowsModel.END), 45)
    assert model.setData(model.index(1, ScheduleRowsModel.KIND), "test")
    assert model.setData(
        model.index(5, ScheduleRowsModel.INCLUDE),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert cell(dialog, 5, ScheduleRowsModel.ACTION) == "Left out"
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()

    by_name = {s.name: s for s in queries.weekend(demo_db, round_id).sessions}
    assert by_name["Race 1"].start_wall.strftime("%H:%M") == "17:05"
    assert by_name["Free Practice 1"].duration_minutes == 45
    assert by_name["Free Practice 2"].kind.value == "test"


def test_swedish_time_for_dubai_shows_both_clocks_and_the_zone_choice_applies(
    qtbot: QtBot, db: Database
) -> None:
    series = catalog.add_series(db, "24H Series", short_name="24H")
    season = catalog.add_season(db, series.id, 2024)
    with db.unit_of_work() as orm:
        dubai = find_track(orm, "Dubai Autodrome").id
    round_id = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=dubai,
        first_day=date(2024, 1, 11),
        last_day=date(2024, 1, 13),
    ).id
    dialog = open_dialog(qtbot, db, round_id)

    paste(qtbot, dialog, (SAMPLES / "dubai-24h-schedule-swedish-time-en.txt").read_text())

    assert cell(dialog, 0, ScheduleRowsModel.TRACK_START) == "13:00"
    assert cell(dialog, 0, ScheduleRowsModel.WRITTEN_START) == "10:00"
    assert not dialog.table.isColumnHidden(ScheduleRowsModel.WRITTEN_START)

    dialog.zone_box.choose("track")
    qtbot.waitUntil(lambda: cell(dialog, 0, ScheduleRowsModel.TRACK_START) == "10:00")
    assert dialog.table.isColumnHidden(ScheduleRowsModel.WRITTEN_START)

    # Picked from the list with an arrow key (the combo's activated)...
    with qtbot.waitSignal(dialog.zone_box.choice_changed, timeout=2000):
        qtbot.keyClick(dialog.zone_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: cell(dialog, 0, ScheduleRowsModel.TRACK_START) != "10:00")
    # ... or typed and confirmed with Return (the line edit's editingFinished).
    zone_edit = dialog.zone_box.lineEdit()
    assert zone_edit is not None
    zone_edit.selectAll()
    qtbot.keyClicks(zone_edit, "Asia/Tokyo")
    qtbot.keyClick(zone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(dialog, 0, ScheduleRowsModel.TRACK_START) == "05:00")


def test_a_dst_gap_row_is_flagged_and_blocks_the_import(qtbot: QtBot, db: Database) -> None:
    series = catalog.add_series(db, "Spring Cup")
    season = catalog.add_season(db, series.id, 2023)
    with db.unit_of_work() as orm:
        hockenheim = find_track(orm, "Hockenheim").id
    round_id = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=hockenheim,
        first_day=date(2023, 3, 25),
        last_day=date(2023, 3, 26),
    ).id
    dialog = open_dialog(qtbot, db, round_id)

    paste(qtbot, dialog, "Sunday 26 March 2023\n02:30 Warm-up (15 min)\n10:00 Race (60 min)\n")

    assert cell(dialog, 0, ScheduleRowsModel.ACTION) == "Check this row"
    assert "does not exist" in dialog.issues_list.item(0).text()
    assert not dialog.import_button.isEnabled()

    model = dialog.rows_model
    model.setData(model.index(0, ScheduleRowsModel.TRACK_START), QTime(3, 30))
    assert dialog.import_button.isEnabled()
    assert dialog.issues_list.count() == 0


def test_opening_a_windows_1252_text_file(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    round_id = round_id_of(demo_db, "STCC", 2022, 1)
    dialog = open_dialog(qtbot, demo_db, round_id)
    text = (SAMPLES / "stcc-ljungbyhed-pressmeddelande-sv.txt").read_text(encoding="utf-8")
    file = tmp_path / "pressmeddelande.txt"
    file.write_bytes(text.replace("–", "-").encode("cp1252"))

    dialog.open_text_file(file)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.preview_pending)

    assert "Lördag 4 juni" in dialog.text_edit.toPlainText()
    assert dialog.rows_model.rowCount() == 8
    assert "Biljetter" in dialog.issues_list.item(0).text()


def test_the_zone_choices_follow_a_language_change(qtbot: QtBot, demo_db: Database) -> None:
    from planner.gui.translations import Translations

    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    dialog = open_dialog(qtbot, demo_db, round_id)
    english = [dialog.zone_box.itemText(index) for index in range(4)]
    Translations().switch("sv")
    try:
        qtbot.waitUntil(lambda: dialog.zone_box.itemText(2) != english[2], timeout=3000)
        swedish = [dialog.zone_box.itemText(index) for index in range(4)]
    finally:
        Translations().switch("en")
    assert swedish[0] == "Upptäckt i texten"
    assert swedish[1].startswith("Bantid (")
    assert swedish[2] == "Svensk tid (Europe/Stockholm)"
    qtbot.waitUntil(lambda: dialog.zone_box.itemText(2) == english[2], timeout=3000)
    assert [dialog.zone_box.itemText(index) for index in range(4)] == english
