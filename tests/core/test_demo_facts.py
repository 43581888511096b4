from __future__ import annotations

from datetime import UTC, datetime

from planner.db.database import Database
from planner.services import catalog, queries
from planner.services.queries import SessionFilter


def _gt4_round5(db: Database) -> list[queries.ScheduledSession]:
    return queries.scheduled_sessions(
        db, SessionFilter(series="GT4 European Series", year=2023, round_number=5)
    )


def test_gt4_round5_has_six_sessions_with_qualifyings_apart(demo_db: Database) -> None:
    names = [item.session.name for item in _gt4_round5(demo_db)]
    assert names == [
        "Free Practice 1",
        "Free Practice 2",
        "Qualifying 1",
        "Qualifying 2",
        "Race 1",
        "Race 2",
    ]


def test_free_practice_1_is_1210_berlin_and_1010_utc(demo_db: Database) -> None:
    fp1 = _gt4_round5(demo_db)[0].session
    assert fp1.start_wall == datetime(2023, 9, 1, 12, 10)
    assert fp1.zone == "Europe/Berlin"
    assert fp1.start_utc == datetime(2023, 9, 1, 10, 10, tzinfo=UTC)


def test_race_1_is_driven_by_both_siblings(demo_db: Database) -> None:
    race1 = next(item.session for item in _gt4_round5(demo_db) if item.session.name == "Race 1")
    assert race1.start_wall == datetime(2023, 9, 2, 16, 55)
    assert {driver.name for driver in race1.drivers} == {"Andreas Bäckman", "Jessica Bäckman"}


def test_12h_race_is_two_six_hour_parts_on_two_days(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, SessionFilter(series="24H Series", year=2022))
    parts = [item.session for item in items if item.session.kind == "race"]
    assert [part.name for part in parts] == ["Race – Part 1", "Race – Part 2"]
    assert [part.duration_minutes for part in parts] == [360, 360]
    assert [part.start_wall.day for part in parts] == [14, 15]


def test_12h_practice_length_is_left_empty_not_invented(demo_db: Database) -> None:
    items = queries.scheduled_sessions(demo_db, SessionFilter(series="24H", year=2022))
    practice = next(item.session for item in items if item.session.kind == "practice")
    assert practice.duration_minutes is None
    assert practice.end_utc is None


def test_car_120_has_a_crew_of_four(demo_db: Database) -> None:
    season = next(s for s in catalog.list_seasons(demo_db) if s.series_name == "24H Series")
    (entry,) = catalog.list_entries(demo_db, season.id)
    assert entry.car.number == "120"
    assert [driver.name for driver in entry.crew] == [
        "Andreas Bäckman",
        "Oliver Söderström",
        "Emil Sällberg",
        "Marcus Fluch",
    ]


def test_demo_has_the_four_seasons_of_the_facts(demo_db: Database) -> None:
    titles = {season.title for season in catalog.list_seasons(demo_db)}
    assert titles == {
        "GT4 European Series 2023",
        "24H Series 2022",
        "Scandinavian Touring Car Championship 2022",
        "ADAC TCR Germany 2022",
    }


def test_hockenheim_facts_come_from_the_library(demo_db: Database) -> None:
    weekend = queries.weekend(demo_db, _gt4_round5(demo_db)[0].round.id)
    track = weekend.round.track
    assert track.length_km == 4.574
    assert track.corners == 16
    assert track.lap_records[0].lap_time_text == "1:47.095"
    assert track.timezone == "Europe/Berlin"
