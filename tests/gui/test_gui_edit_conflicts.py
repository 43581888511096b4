"""Two people edit the same session: the window never overwrites the other's change
silently. It shows both versions and stores theirs, mine, or a field-by-field merge;
undo of an edit someone has since changed asks first."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.commands import EditSessionCommand
from planner.gui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog
from planner.gui.errors import Dialogs
from planner.gui.main_window import MainWindow
from planner.gui.models.weekend_model import NAME, START
from planner.services import catalog, queries, sessions
from planner.services.edit_conflicts import EditConflict, session_conflict
from planner.services.views import SessionView


@pytest.fixture
def window(shared_window: MainWindow, no_dialogs: list[str]) -> MainWindow:
    season = next(
        s for s in catalog.list_seasons(shared_window.store.db) if s.series_name.startswith("GT4")
    )
    shared_window.open_round(
        next(r.id for r in queries.list_rounds(shared_window.store.db, season.id) if r.number == 5)
    )
    return shared_window


def _shown(window: MainWindow, name: str) -> SessionView:
    return next(s for s in window.weekend_model.all_sessions() if s.name == name)


def _stored(db: Database, session_id: int) -> SessionView:
    return sessions.get_session(db, session_id)


def _rename(window: MainWindow, session: SessionView, new: str) -> bool:
    model = window.weekend_model
    return model.setData(model.index_of(session.id, NAME), new)


def _choose(monkeypatch: pytest.MonkeyPatch, keep_mine: set[str]) -> list[EditConflict]:
    seen: list[EditConflict] = []

    def answer(_cls: object, _parent: object, conflict: EditConflict) -> set[str]:
        seen.append(conflict)
        return keep_mine

    monkeypatch.setattr(Dialogs, "resolve_conflict", classmethod(answer))
    return seen


@pytest.mark.parametrize("shared_target", ["sqlite", "postgresql"], indirect=True)
def test_keeping_theirs_stores_nothing_of_mine_and_shows_theirs(
    window: MainWindow, someone_else: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = _shown(window, "Free Practice 1")
    sessions.edit_session(someone_else, practice.id, start_wall=datetime(2023, 9, 1, 10, 0))
    seen = _choose(monkeypatch, set())
    model = window.weekend_model
    moved = QDateTime.fromString("2023-09-01T09:45", Qt.DateFormat.ISODate)
    assert not model.setData(model.index_of(practice.id, START), moved)
    [conflict] = seen
    [field] = conflict.fields
    assert (field.field, field.theirs, field.mine) == (
        "start_wall",
        datetime(2023, 9, 1, 10, 0),
        datetime(2023, 9, 1, 9, 45),
    )
    assert _stored(someone_else, practice.id).start_wall == datetime(2023, 9, 1, 10, 0)
    assert _shown(window, "Free Practice 1").start_wall == datetime(2023, 9, 1, 10, 0)
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize("shared_target", ["sqlite", "postgresql"], indirect=True)
def test_keeping_mine_redoes_the_edit_from_their_revision_and_undo_goes_back_to_theirs(
    window: MainWindow, someone_else: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = _shown(window, "Free Practice 1")
    sessions.edit_session(someone_else, practice.id, name="FP1 (theirs)")
    _choose(monkeypatch, {"name"})
    assert _rename(window, practice, "FP1 (mine)")
    stored = _stored(someone_else, practice.id)
    assert stored.name == "FP1 (mine)"
    assert stored.revision == practice.revision + 2  # theirs, then mine on top
    window.undo_stack.undo()
    assert _stored(someone_else, practice.id).name == "FP1 (theirs)"


def test_the_conflict_dialog_keeps_mine_when_its_button_is_clicked(
    qtbot: QtBot, window: MainWindow, someone_else: Database
) -> None:
    practice = _shown(window, "Free Practice 1")
    sessions.edit_session(someone_else, practice.id, name="FP1 (theirs)")
    dialogs: list[ConflictDialog] = []

    def click_keep_mine() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        dialogs.append(dialog)
        buttons = dialog.findChildren(type(dialog.keep_mine_button))
        texts = [button.text().replace("&", "") for button in buttons]
        assert "Keep Theirs" in texts and "Keep Mine" in texts
        qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_keep_mine)
    assert _rename(window, practice, "FP1 (mine)")
    assert dialogs, "the dialog was shown"
    assert _stored(someone_else, practice.id).name == "FP1 (mine)"


def test_merging_takes_each_field_from_the_version_chosen(
    qtbot: QtBot, window: MainWindow, someone_else: Database
) -> None:
    practice = _shown(window, "Free Practice 1")
    sessions.edit_session(
        someone_else, practice.id, name="FP1 (theirs)", notes="Tyres from the truck"
    )
    mine = {"name": "FP1 (mine)", "notes": "Bring the wets"}
    dialog = ConflictDialog(session_conflict(someone_else, practice.id, mine), window)
    qtbot.addWidget(dialog)
    dialog.choices["name"].button(THEIRS).click()
    assert dialog.choices["notes"].button(MINE).isChecked()

    def merge() -> None:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, merge)
    dialog.exec()
    assert dialog.keep_mine() == {"notes"}
    # the same through the window's undo command
    chosen = dialog.keep_mine()

    def answer(_cls: object, _parent: object, _conflict: EditConflict) -> set[str]:
        return chosen

    original = Dialogs.resolve_conflict
    Dialogs.resolve_conflict = classmethod(answer)  # type: ignore[method-assign,assignment]
    try:
        assert window.perform(
            EditSessionCommand(
                window.store,
                practice.id,
                mine,
                {"name": practice.name, "notes": practice.notes},
                "Edit",
                practice.revision,
            )
        )
    finally:
        Dialogs.resolve_conflict = original  # type: ignore[method-assign]
    stored = _stored(someone_else, practice.id)
    assert (stored.name, stored.notes) == ("FP1 (theirs)", "Bring the wets")


@pytest.mark.parametrize("undo_anyway", [True, False])
def test_undo_of_an_edit_someone_has_since_changed_asks_first(
    window: MainWindow,
    someone_else: Database,
    monkeypatch: pytest.MonkeyPatch,
    undo_anyway: bool,
) -> None:
    practice = _shown(window, "Free Practice 1")
    assert _rename(window, practice, "FP1 (mine)")
    sessions.edit_session(someone_else, practice.id, name="FP1 (theirs, later)")
    questions: list[str] = []

    def ask(_cls: object, _parent: object, question: str, title: str = "") -> bool:
        questions.append(question)
        return undo_anyway

    monkeypatch.setattr(Dialogs, "ask", classmethod(ask))
    window.undo_stack.undo()
    assert questions and "Someone else changed this session" in questions[0]
    expected = "Free Practice 1" if undo_anyway else "FP1 (theirs, later)"
    assert _stored(someone_else, practice.id).name == expected
    if not undo_anyway:
        assert window.undo_stack.count() == 0  # the step is gone, not waiting to redo
