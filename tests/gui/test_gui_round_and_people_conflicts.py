"""Rounds and people on a shared planner: an edit someone else overtook meanwhile shows
both versions in the conflict dialog (theirs, mine or a merge) instead of overwriting;
undo of an edit someone has since changed asks first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QPushButton,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.dialogs.conflict_dialog import THEIRS, ConflictDialog
from planner.gui.dialogs.people import PeopleDialog
from planner.gui.errors import Dialogs
from planner.gui.main_window import MainWindow
from planner.gui.models import season_model
from planner.services import catalog, people, queries, rounds
from planner.services.views import RoundView


@pytest.fixture
def window(shared_window: MainWindow) -> MainWindow:
    shared_window.open_season(_gt4_season(shared_window.store.db))
    return shared_window


def _gt4_season(db: Database) -> int:
    return next(s.id for s in catalog.list_seasons(db) if s.series_name.startswith("GT4"))


def _round(db: Database, number: int) -> RoundView:
    return next(r for r in queries.list_rounds(db, _gt4_season(db)) if r.number == number)


def _set_status_in_the_table(window: MainWindow, row: int, status: str) -> None:
    """What a user does: the status column's combo box, through the table's delegate."""
    table = window.season_view.table
    index = window.season_model.index(row, season_model.STATUS)
    delegate = table.itemDelegateForIndex(index)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(status))
    delegate.setModelData(editor, window.season_model, index)


def _answer_conflict(qtbot: QtBot, click: Callable[[ConflictDialog], QPushButton]) -> list[str]:
    """Click a button of the conflict dialog when it appears; what it showed."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        shown.extend(
            button.text() for group in dialog.choices.values() for button in group.buttons()
        )
        qtbot.mouseClick(click(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return shown


@pytest.mark.parametrize("shared_target", ["sqlite", "postgresql"], indirect=True)
def test_a_round_status_someone_else_changed_meanwhile_shows_both_and_keeps_theirs(
    qtbot: QtBot, window: MainWindow, someone_else: Database
) -> None:
    barcelona = _round(someone_else, 6)  # row 5 of the season table
    rounds.edit_round(someone_else, barcelona.id, status="cancelled")
    shown = _answer_conflict(qtbot, lambda dialog: dialog.keep_theirs_button)
    _set_status_in_the_table(window, 5, "postponed")
    assert shown == ["Cancelled", "Postponed"]
    stored = rounds.get_round(someone_else, barcelona.id)
    assert str(stored.status) == "cancelled"
    assert window.season_model.index(5, season_model.STATUS).data() == "Cancelled"
    assert window.undo_stack.count() == 0


def test_keeping_my_round_status_stores_it_from_their_revision_and_undo_asks_first(
    qtbot: QtBot, window: MainWindow, someone_else: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    barcelona = _round(someone_else, 6)
    rounds.edit_round(someone_else, barcelona.id, status="cancelled")
    _answer_conflict(qtbot, lambda dialog: dialog.keep_mine_button)
    _set_status_in_the_table(window, 5, "postponed")
    assert str(rounds.get_round(someone_else, barcelona.id).status) == "postponed"
    # Someone changes it again; my undo would replace their change, so it asks.
    rounds.edit_round(someone_else, barcelona.id, status="scheduled")
    questions: list[str] = []

    def decline(_cls: object, _parent: object, question: str, title: str = "") -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(Dialogs, "ask", classmethod(decline))
    window.undo_stack.undo()
    assert questions and "Someone else changed this after your edit" in questions[0]
    assert str(rounds.get_round(someone_else, barcelona.id).status) == "scheduled"
    assert window.undo_stack.count() == 0


def _rename_through_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    list_name: str,
    old: str,
    new: str,
    meanwhile: Callable[[], object],
) -> None:
    dialog = PeopleDialog(window.store, window.perform, _gt4_season(window.store.db), window)
    qtbot.addWidget(dialog)
    dialog.show()
    items = getattr(dialog, list_name)
    row = next(r for r in range(items.count()) if items.item(r).text().startswith(old))
    items.setCurrentRow(row)

    def type_new_name() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QInputDialog):
            QTimer.singleShot(20, type_new_name)
            return
        meanwhile()  # the other laptop saves while this one is typing
        modal.setTextValue(new)
        modal.accept()

    QTimer.singleShot(0, type_new_name)
    kind = list_name.removesuffix("_list")
    button = dialog.findChild(QPushButton, f"rename_{kind}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("shared_target", ["sqlite", "postgresql"], indirect=True)
def test_renaming_a_driver_someone_else_renamed_meanwhile_offers_both_names(
    qtbot: QtBot, window: MainWindow, someone_else: Database
) -> None:
    marcus = next(d for d in catalog.list_drivers(someone_else) if d.name == "Marcus Fluch")
    shown = _answer_conflict(qtbot, lambda dialog: dialog.keep_mine_button)
    _rename_through_the_dialog(
        qtbot,
        window,
        "driver_list",
        "Marcus Fluch",
        "Marcus Fluch Jr",
        lambda: people.rename_driver(someone_else, marcus.id, "M. Fluch"),
    )
    assert shown == ["M. Fluch", "Marcus Fluch Jr"]
    assert people.get_driver(someone_else, marcus.id).name == "Marcus Fluch Jr"
    window.undo_stack.undo()  # back to theirs, not to the name I started from
    assert people.get_driver(someone_else, marcus.id).name == "M. Fluch"


def test_a_car_renamed_meanwhile_keeps_theirs_when_chosen_field_by_field(
    qtbot: QtBot, window: MainWindow, someone_else: Database
) -> None:
    car = catalog.add_car(someone_else, model="BMW M4 GT4", number="7")
    window.store.notify_changed()

    def take_theirs_then_merge(dialog: ConflictDialog) -> QPushButton:
        dialog.choices["model"].button(THEIRS).click()
        return dialog.merge_button

    _answer_conflict(qtbot, take_theirs_then_merge)
    _rename_through_the_dialog(
        qtbot,
        window,
        "car_list",
        "#7 BMW M4 GT4",
        "BMW M4 GT4 Evo",
        lambda: people.rename_car(someone_else, car.id, "BMW M4 GT4 (2023)"),
    )
    assert people.get_car(someone_else, car.id).model == "BMW M4 GT4 (2023)"
    assert window.undo_stack.count() == 0


def test_my_own_earlier_round_edit_is_no_conflict_for_the_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The season table's rounds carry their stored revision (not the first one), so a
    status change after an earlier edit of the same round is stored without a question."""
    db = window.store.db
    barcelona = _round(db, 6)
    _set_status_in_the_table(window, 5, "postponed")
    assert rounds.get_round(db, barcelona.id).revision == barcelona.revision + 1
    conflicts = _answer_conflict(qtbot, lambda dialog: dialog.keep_theirs_button)
    _set_status_in_the_table(window, 5, "cancelled")
    qtbot.wait(100)
    assert conflicts == []
    stored = rounds.get_round(db, barcelona.id)
    assert (str(stored.status), stored.revision) == ("cancelled", barcelona.revision + 2)
