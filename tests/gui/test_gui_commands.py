"""Undo commands on a bare QUndoStack: redo and undo each call one service."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.commands import (
    AddRoundCommand,
    AddSessionCommand,
    ApplyTemplateCommand,
    DeleteSessionCommand,
    EditSessionCommand,
    NewRound,
    perform,
)
from planner.gui.store import Store
from planner.services import catalog, queries, sessions
from planner.services.sessions import NewSession
from planner.services.tracks import list_tracks, search_tracks


def _season_with_round(db: Database) -> tuple[Store, int, int]:
    series = catalog.add_series(db, "TCR Germany", colour="#2e7d32")
    season = catalog.add_season(db, series.id, 2024)
    store = Store(db)
    hockenheim = search_tracks(list_tracks(db), "hock")[0]
    command = AddRoundCommand(
        store, NewRound(season.id, hockenheim.id, date(2024, 10, 18), date(2024, 10, 20)), "H"
    )
    stack = QUndoStack()
    assert perform(stack, command)
    assert command.round_id is not None
    return store, season.id, command.round_id


def test_add_round_undo_and_redo(qtbot: QtBot, db: Database) -> None:
    store, season_id, _round_id = _season_with_round(db)
    stack = QUndoStack()
    track = search_tracks(list_tracks(db), "oschers")[0]
    command = AddRoundCommand(
        store, NewRound(season_id, track.id, date(2024, 4, 26), date(2024, 4, 28)), "O"
    )
    assert perform(stack, command)
    assert len(queries.list_rounds(db, season_id)) == 2
    stack.undo()
    assert len(queries.list_rounds(db, season_id)) == 1
    stack.redo()
    assert [r.track.id for r in queries.list_rounds(db, season_id)][-1] == track.id


def test_template_undo_restores_the_sessions_before(qtbot: QtBot, db: Database) -> None:
    store, _season_id, round_id = _season_with_round(db)
    stack = QUndoStack()
    assert perform(stack, ApplyTemplateCommand(store, round_id, "tcr-germany", "TCR"))
    after = [(s.name, s.start_wall) for s in queries.weekend(db, round_id).sessions]
    assert [name for name, _ in after] == [
        "Free Practice 1",
        "Free Practice 2",
        "Qualifying 1",
        "Race 1",
        "Qualifying 2",
        "Race 2",
    ]
    assert after[4][1].date() == date(2024, 10, 20)  # qualifying 2 on Sunday
    stack.undo()
    assert queries.weekend(db, round_id).sessions == ()
    stack.redo()
    assert [(s.name, s.start_wall) for s in queries.weekend(db, round_id).sessions] == after


def test_an_edit_survives_deleting_and_restoring_its_session(qtbot: QtBot, db: Database) -> None:
    store, _season_id, round_id = _season_with_round(db)
    stack = QUndoStack()
    new = NewSession("Race 1", "race", datetime(2024, 10, 19, 15, 0), 30)
    add = AddSessionCommand(store, round_id, new)
    assert perform(stack, add)
    assert add.session_id is not None
    first_id = add.session_id
    edit = EditSessionCommand(
        store,
        first_id,
        {"start_wall": datetime(2024, 10, 19, 15, 30)},
        {"start_wall": datetime(2024, 10, 19, 15, 0), "is_dst": None},
        "Change start",
    )
    assert perform(stack, edit)
    assert perform(stack, DeleteSessionCommand(store, first_id, "Race 1"))
    stack.undo()  # the session comes back with a new id
    stack.undo()  # the edit still finds it
    (session,) = queries.weekend(db, round_id).sessions
    assert session.start_wall == datetime(2024, 10, 19, 15, 0)
    assert session.id == store.current_id("session", first_id)
    stack.undo()
    assert queries.weekend(db, round_id).sessions == ()
    stack.redo()
    stack.redo()
    assert sessions.get_session(db, store.current_id("session", first_id)).start_wall == (
        datetime(2024, 10, 19, 15, 30)
    )


def test_a_refused_command_never_reaches_the_stack(
    qtbot: QtBot, db: Database, no_dialogs: list[str]
) -> None:
    store, _season_id, round_id = _season_with_round(db)
    stack = QUndoStack()
    # 02:30 on 27 Oct 2024 is fine, but a session outside the weekend is refused.
    new = NewSession("Test", "test", datetime(2024, 11, 1, 10, 0), 30)
    assert not perform(stack, AddSessionCommand(store, round_id, new))
    assert stack.count() == 0
    assert len(no_dialogs) == 1
