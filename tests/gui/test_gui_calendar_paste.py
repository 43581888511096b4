"""Season → Paste Season Calendar: rounds, dates and circuits from pasted text,
unmatched places picked from the library, imported as one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from modal import when_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.calendar_import_dialog import ACTION, CIRCUIT, CalendarImportDialog
from planner.gui.main_window import MainWindow
from planner.services import queries

CALENDAR = (
    Path(__file__).parents[1] / "fixtures" / "schedules" / "gt4-calendar-2023-en.txt"
).read_text(encoding="utf-8") + "November 4th-5th - Nowhere Ring, Atlantis\n"


def test_a_pasted_calendar_becomes_rounds_after_picking_the_unknown_circuit(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    window = empty_window
    season_id = window.create_season(None, 2023, "GT4 European Series", "GT4")
    assert season_id is not None
    assert window.features.paste_calendar_action in window.season_menu.actions()

    def fill(dialog: CalendarImportDialog) -> None:
        dialog.text.setPlainText(CALENDAR)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 7, timeout=5000)
        assert dialog.table.item(0, ACTION).text() == "New round"
        assert not dialog.import_button.isEnabled()
        assert "Pick a circuit" in dialog.summary.text()
        picker = dialog.table.cellWidget(6, CIRCUIT)
        assert isinstance(picker, QComboBox)
        assert picker.currentText() == "Choose a circuit…"
        picker.setCurrentIndex(picker.findText("Anderstorp", Qt.MatchFlag.MatchStartsWith))
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
        assert dialog.summary.text() == "7 new rounds, 0 rounds updated."
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    seen = when_shown(CalendarImportDialog, fill)
    window.features.paste_calendar_action.trigger()
    assert seen
    rounds = queries.list_rounds(window.store.db, season_id)
    assert [(r.number, r.first_day) for r in rounds][:2] == [
        (1, date(2023, 4, 22)),
        (2, date(2023, 6, 2)),
    ]
    assert rounds[-1].track.name.startswith("Anderstorp")
    assert rounds[-1].last_day == date(2023, 11, 5)
    assert window.undo_action.text() == "&Undo Import calendar into GT4 European Series 2023"
    window.undo_action.trigger()
    assert queries.list_rounds(window.store.db, season_id) == []
    window.redo_action.trigger()
    assert len(queries.list_rounds(window.store.db, season_id)) == 7


def test_an_untick_leaves_a_round_out(qtbot: QtBot, empty_window: MainWindow) -> None:
    window = empty_window
    season_id = window.create_season(None, 2023, "GT4 European Series", "GT4")
    assert season_id is not None

    def fill(dialog: CalendarImportDialog) -> None:
        dialog.text.setPlainText(CALENDAR)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 7, timeout=5000)
        box = dialog.table.cellWidget(6, 0)
        assert isinstance(box, QCheckBox)
        box.setChecked(False)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
        assert dialog.table.item(6, ACTION).text() == "Left out"
        dialog.import_button.click()

    seen = when_shown(CalendarImportDialog, fill)
    window.features.paste_calendar_action.trigger()
    assert seen
    assert len(queries.list_rounds(window.store.db, season_id)) == 6
