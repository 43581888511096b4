"""Two people editing one session at once: one edit is stored, the others are refused
with a message, never silently overwritten. Real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.db.database import Database
from planner.services import queries, sessions
from planner.services.views import SessionView
from shared_planners import demo_planner_on, race_writers

WRITERS = 4


def _gt4_free_practice(db: Database) -> SessionView:
    found = queries.sessions_between(db, date(2023, 9, 1), date(2023, 9, 1))
    return next(item.session for item in found if item.session.name == "Free Practice 1")


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_writers_of_one_revision_store_one_edit_and_refuse_the_rest(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    target = demo_planner_on(store, request, tmp_path)
    db = Database.open(target)
    session = _gt4_free_practice(db)
    db.close()
    starts = [f"2023-09-01 1{index}:25" for index in range(WRITERS)]
    stored = race_writers(
        [
            [
                "-m",
                "planner",
                "--db",
                target,
                "edit",
                "session",
                str(session.id),
                "--expect-revision",
                str(session.revision),
                "--start",
                start,
            ]
            for start in starts
        ]
    )
    db = Database.open(target)
    after = sessions.get_session(db, session.id)
    db.close()
    assert after.revision == session.revision + 1
    assert f"{after.start_wall:%Y-%m-%d %H:%M}" == starts[stored]


def test_an_edit_from_an_old_revision_is_refused_with_both_versions(demo_db: Database) -> None:
    from planner.domain.errors import ConflictError

    session = _gt4_free_practice(demo_db)
    moved = session.start_wall.replace(minute=(session.start_wall.minute + 5) % 60)
    sessions.edit_session(demo_db, session.id, start_wall=moved, expected_revision=session.revision)
    with pytest.raises(ConflictError, match=f"revision {session.revision + 1}") as refused:
        sessions.edit_session(demo_db, session.id, name="Mine", expected_revision=session.revision)
    assert f"made from revision {session.revision}" in str(refused.value)
    assert sessions.get_session(demo_db, session.id).name == session.name
