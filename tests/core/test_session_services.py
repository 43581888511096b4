from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import (
    AmbiguousTimeError,
    ConflictError,
    NonExistentTimeError,
    NotFoundError,
    ValidationError,
)
from planner.services import catalog, queries, rounds, sessions
from planner.services.lookup import find_track
from planner.services.sessions import NewSession
from planner.services.views import RoundView


@pytest.fixture
def spring_round(db: Database) -> RoundView:
    series = catalog.add_series(db, "Test Cup")
    season = catalog.add_season(db, series.id, 2023)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    return rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id,
        first_day=date(2023, 3, 24),
        last_day=date(2023, 3, 26),
    )


def _count_sessions(db: Database, round_id: int) -> int:
    return len(queries.weekend(db, round_id).sessions)


def test_start_in_the_spring_gap_is_refused_and_nothing_is_written(
    db: Database, spring_round: RoundView
) -> None:
    with pytest.raises(NonExistentTimeError, match="02:30"):
        sessions.add_session(
            db,
            spring_round.id,
            NewSession("Night test", "test", datetime(2023, 3, 26, 2, 30), 30),
        )
    assert _count_sessions(db, spring_round.id) == 0


def test_one_bad_session_in_a_batch_writes_none_of_them(
    db: Database, spring_round: RoundView
) -> None:
    batch = [
        NewSession("Free Practice 1", "practice", datetime(2023, 3, 25, 10, 0), 60),
        NewSession("Night test", "test", datetime(2023, 3, 26, 2, 30), 30),
    ]
    with pytest.raises(NonExistentTimeError):
        sessions.add_sessions(db, spring_round.id, batch)
    assert _count_sessions(db, spring_round.id) == 0


def test_ambiguous_start_is_refused_unless_the_offset_is_chosen(db: Database) -> None:
    series = catalog.add_series(db, "Autumn Cup")
    season = catalog.add_season(db, series.id, 2023)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    autumn = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id,
        first_day=date(2023, 10, 27),
        last_day=date(2023, 10, 29),
    )
    night = NewSession("Endurance", "race", datetime(2023, 10, 29, 2, 30), 60)
    with pytest.raises(AmbiguousTimeError):
        sessions.add_session(db, autumn.id, night)
    chosen = sessions.add_session(
        db,
        autumn.id,
        NewSession("Endurance", "race", datetime(2023, 10, 29, 2, 30), 60, is_dst=False),
    )
    assert chosen.is_dst is False
    assert chosen.start_utc.hour == 1  # 02:30 CET = 01:30 UTC


def test_editing_the_time_raises_the_revision_but_not_the_identifier(demo_db: Database) -> None:
    item = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))[0]
    before = item.session
    after = sessions.edit_session(demo_db, before.id, start_wall=datetime(2023, 9, 1, 12, 40))
    assert after.revision == before.revision + 1
    assert after.uid == before.uid


def test_editing_notes_or_links_raises_the_revision_so_a_stale_edit_is_refused(
    demo_db: Database,
) -> None:
    # Two people writing notes at once: the second, made from the old revision, must not
    # silently replace the first (issue 14); saving the same text again changes nothing.
    item = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))[0]
    seen = item.session.revision
    after = sessions.edit_session(
        demo_db, item.session.id, notes="Bring rain tyres", expected_revision=seen
    )
    assert after.revision == seen + 1
    assert after.notes == "Bring rain tyres"
    with pytest.raises(ConflictError):
        sessions.edit_session(
            demo_db, item.session.id, stream_url="https://tv.example/live", expected_revision=seen
        )
    same = sessions.edit_session(demo_db, item.session.id, notes="Bring rain tyres")
    assert same.revision == after.revision


def test_session_outside_the_round_days_is_refused(db: Database, spring_round: RoundView) -> None:
    with pytest.raises(ValidationError, match="outside the round"):
        sessions.add_session(
            db, spring_round.id, NewSession("Late", "race", datetime(2023, 3, 28, 10, 0), 60)
        )


def test_zero_minute_session_is_refused(db: Database, spring_round: RoundView) -> None:
    with pytest.raises(ValidationError, match="at least one minute"):
        sessions.add_session(
            db, spring_round.id, NewSession("Blink", "race", datetime(2023, 3, 25, 10, 0), 0)
        )


def test_deleted_session_is_restored_with_the_same_identifier(demo_db: Database) -> None:
    item = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))[4]
    snapshot = sessions.delete_session(demo_db, item.session.id)
    restored = sessions.restore_session(demo_db, snapshot)
    assert restored.uid == item.session.uid
    assert [driver.name for driver in restored.drivers] == [
        driver.name for driver in item.session.drivers
    ]
    assert restored.revision > item.session.revision


def test_qualifying_takes_only_one_driver(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    qualifying = next(item.session for item in items if item.session.kind == "qualifying")
    drivers = catalog.list_drivers(demo_db)
    with pytest.raises(ValidationError, match="Only one driver"):
        sessions.set_session_drivers(demo_db, qualifying.id, [drivers[0].id, drivers[1].id])


def test_race_stints_keep_their_order(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="24H"))
    part1 = next(item.session for item in items if item.session.name == "Race – Part 1")
    crew = {driver.name: driver.id for driver in catalog.list_drivers(demo_db)}
    order = ["Marcus Fluch", "Andreas Bäckman", "Emil Sällberg", "Oliver Söderström"]
    updated = sessions.set_session_drivers(demo_db, part1.id, [crew[name] for name in order])
    assert [driver.name for driver in updated.drivers] == order


def test_moving_a_weekend_moves_dates_and_sessions_together(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    round_id = items[0].round.id
    moved = rounds.move_round(demo_db, round_id, 7)
    assert moved.first_day == date(2023, 9, 8)
    weekend = queries.weekend(demo_db, round_id)
    assert weekend.sessions[0].start_wall == datetime(2023, 9, 8, 12, 10)


def test_deleted_round_comes_back_with_its_sessions(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    round_id = items[0].round.id
    snapshot = rounds.delete_round(demo_db, round_id)
    restored = rounds.restore_round(demo_db, snapshot)
    uids = {session.uid for session in queries.weekend(demo_db, restored.id).sessions}
    assert uids == {item.session.uid for item in items}


def test_replace_round_sessions_undoes_an_added_batch(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="24H"))
    round_id = items[0].round.id
    before = sessions.round_sessions_snapshot(demo_db, round_id)
    sessions.add_sessions(
        demo_db, round_id, [NewSession("Warm-up", "warmup", datetime(2022, 5, 14, 11, 0), 20)]
    )
    sessions.replace_round_sessions(demo_db, round_id, before)
    after = sessions.round_sessions_snapshot(demo_db, round_id)
    assert [snapshot.uid for snapshot in after] == [snapshot.uid for snapshot in before]


def test_edit_with_too_many_qualifying_drivers_changes_nothing(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    qualifying = next(item.session for item in items if item.session.kind == "qualifying")
    drivers = [driver.id for driver in catalog.list_drivers(demo_db)[:2]]
    with pytest.raises(ValidationError, match="Only one driver"):
        sessions.edit_session(
            demo_db, qualifying.id, start_wall=datetime(2023, 9, 2, 11, 15), driver_ids=drivers
        )
    assert sessions.get_session(demo_db, qualifying.id) == qualifying


def test_new_session_with_an_unknown_driver_is_not_stored(
    db: Database, spring_round: RoundView
) -> None:
    with pytest.raises(NotFoundError, match="no driver with id 999"):
        sessions.add_session(
            db,
            spring_round.id,
            NewSession("Race", "race", datetime(2023, 3, 25, 14, 0), 30),
            driver_ids=[999],
        )
    assert _count_sessions(db, spring_round.id) == 0
