from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import NotFoundError
from planner.services import catalog, queries, rounds, sessions
from planner.services.lookup import find_track
from planner.services.sessions import NewSession


def _driver(db: Database, name: str) -> int:
    return next(driver.id for driver in catalog.list_drivers(db) if driver.name == name)


def _round_at(db: Database, series_name: str, track: str, day: date) -> int:
    series = catalog.add_series(db, series_name)
    season = catalog.add_season(db, series.id, day.year)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, track).id
    return rounds.add_round(
        db, season.id, number=1, track_id=track_id, first_day=day, last_day=day
    ).id


def _nordic_cup_clash(db: Database) -> tuple[int, int, int]:
    """A Nordic Cup round at Anderstorp on the GT4 Hockenheim weekend: Jessica in its
    race (a clash with GT4 race 1) and in its cancelled race 2; nobody in its warm-up.
    The ids of the race, race 2 and the warm-up."""
    other = _round_at(db, "Nordic Cup", "Anderstorp", date(2023, 9, 2))
    jessica = _driver(db, "Jessica Bäckman")
    clash = sessions.add_session(
        db, other, NewSession("Race", "race", datetime(2023, 9, 2, 16, 30), 45)
    )
    cancelled = sessions.add_session(
        db,
        other,
        NewSession("Race 2", "race", datetime(2023, 9, 2, 17, 0), 45, status="cancelled"),
    )
    undriven = sessions.add_session(
        db, other, NewSession("Warm-up", "warmup", datetime(2023, 9, 2, 16, 0), 60)
    )
    for session_id in (clash.id, cancelled.id):
        sessions.set_session_drivers(db, session_id, [jessica])
    return clash.id, cancelled.id, undriven.id


def test_driver_in_two_overlapping_sessions_is_a_conflict(demo_db: Database) -> None:
    other = _round_at(demo_db, "Nordic Cup", "Anderstorp", date(2023, 9, 2))
    # 16:30 Stockholm time = 14:30 UTC, while GT4 race 1 runs 14:55-15:55 UTC.
    clash = sessions.add_session(
        demo_db, other, NewSession("Race", "race", datetime(2023, 9, 2, 16, 30), 45)
    )
    sessions.set_session_drivers(demo_db, clash.id, [_driver(demo_db, "Jessica Bäckman")])
    found = queries.find_conflicts(demo_db)
    assert [conflict.kind for conflict in found] == ["driver-overlap"]
    assert "Jessica Bäckman" in found[0].message
    assert {found[0].first.session.id, found[0].second.session.id} >= {clash.id}


def test_two_family_drivers_on_track_at_different_rounds_is_a_conflict(db: Database) -> None:
    andreas = catalog.add_driver(db, "Andreas Bäckman", followed=True).id
    jessica = catalog.add_driver(db, "Jessica Bäckman", followed=True).id
    monza = _round_at(db, "Series A", "Monza", date(2024, 5, 4))
    spa = _round_at(db, "Series B", "Spa", date(2024, 5, 4))
    one = sessions.add_session(
        db, monza, NewSession("Race", "race", datetime(2024, 5, 4, 14, 0), 60)
    )
    two = sessions.add_session(
        db, spa, NewSession("Race", "race", datetime(2024, 5, 4, 14, 30), 60)
    )
    sessions.set_session_drivers(db, one.id, [andreas])
    sessions.set_session_drivers(db, two.id, [jessica])
    (conflict,) = queries.find_conflicts(db)
    assert conflict.kind == "family-overlap"


def test_back_to_back_sessions_do_not_conflict(db: Database) -> None:
    andreas = catalog.add_driver(db, "Andreas Bäckman", followed=True).id
    monza = _round_at(db, "Series A", "Monza", date(2024, 5, 4))
    first = sessions.add_session(
        db, monza, NewSession("Race 1", "race", datetime(2024, 5, 4, 10, 0), 60)
    )
    second = sessions.add_session(
        db, monza, NewSession("Race 2", "race", datetime(2024, 5, 4, 11, 0), 60)
    )
    for session in (first, second):
        sessions.set_session_drivers(db, session.id, [andreas])
    assert queries.find_conflicts(db) == []


def test_cancelled_sessions_are_not_conflicts(demo_db: Database) -> None:
    other = _round_at(demo_db, "Nordic Cup", "Anderstorp", date(2023, 9, 2))
    clash = sessions.add_session(
        demo_db,
        other,
        NewSession("Race", "race", datetime(2023, 9, 2, 16, 30), 45, status="cancelled"),
    )
    sessions.set_session_drivers(demo_db, clash.id, [_driver(demo_db, "Jessica Bäckman")])
    assert queries.find_conflicts(demo_db) == []


def test_upcoming_sessions_of_a_driver_start_after_now(demo_db: Database) -> None:
    now = datetime(2023, 9, 2, 12, 0, tzinfo=UTC)
    upcoming = queries.upcoming_sessions(
        demo_db, now=now, driver_id=_driver(demo_db, "Andreas Bäckman"), limit=5
    )
    assert [item.session.name for item in upcoming] == ["Race 1", "Race 2"]


def test_weekend_lists_sessions_in_start_order_with_home_time(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    weekend = queries.weekend(demo_db, items[0].round.id)
    starts = [session.start_utc for session in weekend.sessions]
    assert starts == sorted(starts)
    fp1 = weekend.sessions[0]
    assert fp1.start_in("America/New_York").strftime("%H:%M") == "06:10"


def test_driver_filter_keeps_only_that_drivers_sessions(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, queries.SessionFilter(driver="Marcus Fluch"))
    assert items == []  # the #120 crew has no stints assigned in the facts
    jessica = queries.scheduled_sessions(demo_db, queries.SessionFilter(driver="Jessica Bäckman"))
    assert {item.session.name for item in jessica} == {
        "Free Practice 1",
        "Free Practice 2",
        "Race 1",
        "Race 2",
    }


def test_rounds_of_many_seasons_come_season_by_season_as_list_rounds_gives_them(
    demo_db: Database,
) -> None:

    season_ids = [season.id for season in catalog.list_seasons(demo_db)]
    assert len(season_ids) > 1
    wanted = [*reversed(season_ids), 999_999]  # any order; an unknown id is skipped
    expected = [
        item for season_id in wanted[:-1] for item in queries.list_rounds(demo_db, season_id)
    ]
    assert expected
    assert queries.list_rounds_of_seasons(demo_db, wanted) == expected
    assert queries.list_rounds_of_seasons(demo_db, []) == []


def test_sessions_and_conflicts_of_some_days_are_what_the_two_separate_reads_give(
    demo_db: Database,
) -> None:
    clash, cancelled, undriven = _nordic_cup_clash(demo_db)
    first, last = date(2023, 8, 28), date(2023, 9, 3)

    items, conflicts = queries.sessions_and_conflicts_between(demo_db, first, last)

    assert items == queries.sessions_between(demo_db, first, last)
    assert {clash, cancelled, undriven} <= {item.session.id for item in items}
    assert conflicts == queries.find_conflicts(demo_db, first_day=first, last_day=last)
    assert [conflict.kind for conflict in conflicts] == ["driver-overlap"]
    clashing = {conflicts[0].first.session.id, conflicts[0].second.session.id}
    assert clash in clashing and cancelled not in clashing


def test_a_weekend_and_its_conflicts_are_what_the_two_separate_reads_give(
    demo_db: Database,
) -> None:
    _nordic_cup_clash(demo_db)
    round_ids = [
        item.id
        for season in catalog.list_seasons(demo_db)
        for item in queries.list_rounds(demo_db, season.id)
    ]
    clashing_weekends = 0
    for round_id in round_ids:
        weekend, conflicts = queries.weekend_and_conflicts(demo_db, round_id)

        assert weekend == queries.weekend(demo_db, round_id)
        days = weekend.round.first_day, weekend.round.last_day
        assert conflicts == queries.find_conflicts(demo_db, first_day=days[0], last_day=days[1])
        clashing_weekends += bool(conflicts)
    assert clashing_weekends == 2  # the Nordic Cup round and the GT4 round it clashes with
    with pytest.raises(NotFoundError):
        queries.weekend_and_conflicts(demo_db, 999_999)


def test_one_season_is_read_by_id_as_the_season_list_shows_it(demo_db: Database) -> None:
    for season in catalog.list_seasons(demo_db):
        assert catalog.get_season(demo_db, season.id) == season
    with pytest.raises(NotFoundError):
        catalog.get_season(demo_db, 999_999)
