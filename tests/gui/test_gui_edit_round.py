"""Season → Edit Round…: a round's number, name, circuit, days and notes from the window,
one undo step, checked against the revision it was made from."""

from __future__ import annotations

from datetime import date

import pytest
from modal import when_shown
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.dialogs.conflict_dialog import ConflictDialog
from planner.gui.dialogs.edit_round import EditRoundDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog, queries, rounds
from planner.services.tracks import list_tracks
from planner.services.views import RoundView


def _gt4_round(db: Database, number: int) -> RoundView:
    season = next(s for s in catalog.list_seasons(db) if s.series_name.startswith("GT4"))
    return next(r for r in queries.list_rounds(db, season.id) if r.number == number)


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    found = [a for a in window.season_menu.actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, [a.text() for a in window.season_menu.actions()]
    return found[0]


def _press_ok(qtbot: QtBot, dialog: EditRoundDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_editing_a_round_from_the_season_menu_stores_every_field_and_undoes_in_one_step(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    hockenheim = _gt4_round(window.store.db, 5)
    window.open_round(hockenheim.id)

    def fill(dialog: EditRoundDialog) -> None:
        assert dialog.number.value() == 5
        assert dialog.circuit.text() == "Hockenheimring"
        dialog.number.setValue(7)
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Hockenheim Finale")
        dialog.first_day.setDate(QDate(2023, 8, 31))
        dialog.notes.setPlainText("Hotel in Walldorf, two nights")
        _press_ok(qtbot, dialog)

    seen = when_shown(EditRoundDialog, fill)
    _menu_action(window, "Edit Round…").trigger()
    assert seen
    stored = rounds.get_round(window.store.db, hockenheim.id)
    assert (stored.number, stored.name, stored.first_day, stored.last_day) == (
        7,
        "Hockenheim Finale",
        date(2023, 8, 31),
        date(2023, 9, 3),
    )
    assert stored.notes == "Hotel in Walldorf, two nights"
    assert stored.revision == hockenheim.revision + 1
    assert window.undo_stack.undoText() == "Edit Hockenheim"
    assert "Hockenheim Finale" in window.weekend_view.header.title.text()

    window.undo_stack.undo()
    back = rounds.get_round(window.store.db, hockenheim.id)
    assert (back.number, back.name, back.first_day, back.notes) == (
        5,
        "",
        date(2023, 9, 1),
        hockenheim.notes,
    )
    window.undo_stack.redo()
    assert rounds.get_round(window.store.db, hockenheim.id).number == 7


def test_a_new_circuit_keeps_every_session_at_its_wall_time_there(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    hockenheim = _gt4_round(window.store.db, 5)
    before = {
        s.name: s.start_wall for s in queries.weekend(window.store.db, hockenheim.id).sessions
    }
    window.open_round(hockenheim.id)

    def move_to_brands_hatch(dialog: EditRoundDialog) -> None:
        dialog.circuit.clear()
        qtbot.keyClicks(dialog.circuit, "Brands Hatch")
        assert "Brands Hatch" in dialog.circuit_info.text()
        _press_ok(qtbot, dialog)

    when_shown(EditRoundDialog, move_to_brands_hatch)
    window.round_menus.build_round_menu(hockenheim.id)
    window.edit_round_action.trigger()
    weekend = queries.weekend(window.store.db, hockenheim.id)
    assert weekend.round.track.name.startswith("Brands Hatch")
    assert {s.name: s.start_wall for s in weekend.sessions} == before
    assert {s.zone for s in weekend.sessions} == {"Europe/London"}
    window.undo_stack.undo()
    assert queries.weekend(window.store.db, hockenheim.id).round.track.name == "Hockenheimring"


def test_days_that_leave_sessions_outside_are_refused_and_nothing_changes(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = demo_window
    hockenheim = _gt4_round(window.store.db, 5)
    window.open_round(hockenheim.id)

    def shorten(dialog: EditRoundDialog) -> None:
        dialog.last_day.setDate(QDate(2023, 9, 2))  # Race 2 is on Sunday 3 September
        _press_ok(qtbot, dialog)

    when_shown(EditRoundDialog, shorten)
    window.edit_round_action.trigger()
    assert any("Race 2" in message for message in no_dialogs), no_dialogs
    assert rounds.get_round(window.store.db, hockenheim.id) == hockenheim
    assert window.undo_stack.count() == 0


def test_a_last_day_before_the_first_keeps_the_dialog_open(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = demo_window
    hockenheim = _gt4_round(window.store.db, 5)
    dialog = EditRoundDialog(hockenheim, [hockenheim.track], window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_day.setDate(QDate(2023, 9, 5))
    dialog.last_day.setDate(QDate(2023, 9, 4))
    _press_ok(qtbot, dialog)
    assert no_dialogs == ["The last day comes before the first day."]
    assert dialog.isVisible()


@pytest.mark.parametrize("shared_target", ["sqlite", "postgresql"], indirect=True)
def test_a_circuit_change_someone_else_overtook_names_both_circuits(
    qtbot: QtBot, shared_window: MainWindow, someone_else: Database
) -> None:
    window = shared_window
    hockenheim = _gt4_round(window.store.db, 5)
    window.open_round(hockenheim.id)
    nurburgring = next(t for t in list_tracks(someone_else) if t.name.startswith("Nürburgring"))
    shown: list[str] = []

    def keep_theirs() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, keep_theirs)
            return
        shown.extend(b.text() for group in dialog.choices.values() for b in group.buttons())
        qtbot.mouseClick(dialog.keep_theirs_button, Qt.MouseButton.LeftButton)

    def to_spa(dialog: EditRoundDialog) -> None:
        # While my dialog is open, someone else moves the round to the Nürburgring.
        rounds.edit_round(someone_else, hockenheim.id, track_id=nurburgring.id)
        dialog.circuit.clear()
        qtbot.keyClicks(dialog.circuit, "Spa-Francorchamps")
        QTimer.singleShot(0, keep_theirs)
        _press_ok(qtbot, dialog)

    when_shown(EditRoundDialog, to_spa)
    window.edit_round_action.trigger()
    assert shown[0].startswith("Nürburgring") and shown[1].startswith("Circuit de Spa")
    assert rounds.get_round(someone_else, hockenheim.id).track.id == nurburgring.id
    assert window.undo_stack.count() == 0


def test_the_dialog_speaks_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.set_language("sv")
    hockenheim = _gt4_round(window.store.db, 5)
    dialog = EditRoundDialog(hockenheim, [hockenheim.track], window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Redigera omgång Hockenheim"
    assert dialog.days_hint.text().startswith("Passen behåller sina tider.")
    assert "Helg → Flytta helgen…" in dialog.days_hint.text()
    assert _menu_action(window, "Redigera omgång…") is window.edit_round_action
