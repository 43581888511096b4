"""Several sessions changed at once: all or none, and the snapshot puts them back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import NonExistentTimeError, ValidationError
from planner.services import catalog, queries, rounds, sessions
from planner.services.lookup import find_track
from planner.services.sessions import NewSession
from planner.services.views import SessionView


@pytest.fixture
def spring_sessions(db: Database) -> list[SessionView]:
    series = catalog.add_series(db, "Test Cup")
    season = catalog.add_season(db, series.id, 2023)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    spring = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id,
        first_day=date(2023, 3, 24),
        last_day=date(2023, 3, 26),
    )
    return sessions.add_sessions(
        db,
        spring.id,
        [
            NewSession("Qualifying", "qualifying", datetime(2023, 3, 25, 10, 0), 30),
            NewSession("Race", "race", datetime(2023, 3, 26, 1, 0), 60),
        ],
    )


def _by_name(db: Database, round_id: int) -> dict[str, SessionView]:
    return {s.name: s for s in queries.weekend(db, round_id).sessions}


def test_shifting_two_sessions_moves_both_and_raises_their_revision(
    db: Database, spring_sessions: list[SessionView]
) -> None:
    ids = [s.id for s in spring_sessions]
    sessions.shift_sessions(db, ids, -30)
    now = _by_name(db, spring_sessions[0].round_id)
    assert now["Qualifying"].start_wall == datetime(2023, 3, 25, 9, 30)
    assert now["Race"].start_wall == datetime(2023, 3, 26, 0, 30)
    assert now["Race"].revision == spring_sessions[1].revision + 1


def test_a_shift_into_the_skipped_hour_moves_none_of_them(
    db: Database, spring_sessions: list[SessionView]
) -> None:
    ids = [s.id for s in spring_sessions]
    with pytest.raises(NonExistentTimeError):
        sessions.shift_sessions(db, ids, 90)  # the race would start at 02:30, which never is
    now = _by_name(db, spring_sessions[0].round_id)
    assert now["Qualifying"].start_wall == datetime(2023, 3, 25, 10, 0)


def test_status_and_drivers_for_many_then_put_back_from_the_snapshot(
    db: Database, spring_sessions: list[SessionView]
) -> None:
    ids = [s.id for s in spring_sessions]
    before = sessions.sessions_snapshot(db, ids)
    driver = catalog.add_driver(db, "Ada Racer")
    sessions.set_status_of_sessions(db, ids, "cancelled")
    sessions.set_drivers_of_sessions(db, ids, [driver.id])
    now = _by_name(db, spring_sessions[0].round_id)
    assert {s.status for s in now.values()} == {"cancelled"}
    assert [d.name for d in now["Race"].drivers] == ["Ada Racer"]

    sessions.put_sessions_back(db, before)
    again = _by_name(db, spring_sessions[0].round_id)
    assert {s.status for s in again.values()} == {"scheduled"}
    assert again["Race"].drivers == ()


def test_two_drivers_for_a_qualifying_among_many_changes_nothing(
    db: Database, spring_sessions: list[SessionView]
) -> None:
    ids = [s.id for s in spring_sessions]
    first = catalog.add_driver(db, "Ada Racer")
    second = catalog.add_driver(db, "Bo Racer")
    with pytest.raises(ValidationError, match="Qualifying"):
        sessions.set_drivers_of_sessions(db, ids, [first.id, second.id])
    assert all(not s.drivers for s in _by_name(db, spring_sessions[0].round_id).values())


def test_deleting_many_and_restoring_them_keeps_their_identifiers(
    db: Database, spring_sessions: list[SessionView]
) -> None:
    round_id = spring_sessions[0].round_id
    snapshots = sessions.delete_sessions(db, [s.id for s in spring_sessions])
    assert queries.weekend(db, round_id).sessions == ()
    restored = sessions.restore_sessions(db, snapshots)
    assert sorted(s.uid for s in restored) == sorted(s.uid for s in spring_sessions)
