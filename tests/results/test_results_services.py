"""Results, points and standings through the services, on the demo seasons."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus
from planner.services import result_import, results, rounds, sessions, standings
from planner.services.lookup import find_round, find_season, find_track
from planner.services.sessions import NewSession

GT4_ANDREAS = (
    "Qualifying 1: 1st place\n"
    "Qualifying 2: DNS. Due to technical problems.\n"
    "Race 1: 2nd place\n"
    "Race 2: 4th place\n"
)
GT4_ROUND_6_SWEDISH = "Resultat från helgen:\nRace 1: 3:e plats\nRace 2: Bröt – motorstopp\n"


def _round_id(db: Database, series: str, year: int, number: int) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, series, year, number).id


def _season_id(db: Database, series: str, year: int) -> int:
    with db.unit_of_work() as orm:
        return find_season(orm, series, year).id


def _barcelona_races(db: Database) -> int:
    round_id = _round_id(db, "GT4 Europe", 2023, 6)
    sessions.add_sessions(
        db,
        round_id,
        [
            NewSession("Race 1", SessionKind.RACE, datetime(2023, 9, 30, 16, 0), 60),
            NewSession("Race 2", SessionKind.RACE, datetime(2023, 10, 1, 11, 30), 60),
        ],
    )
    return round_id


def _standing(table: standings.Standings, name: str) -> standings.StandingRow:
    return next(row for row in table.rows if row.driver == name)


def test_a_shared_cars_results_score_for_both_drivers_round_after_round(
    demo_db: Database,
) -> None:
    hockenheim = _round_id(demo_db, "GT4 Europe", 2023, 5)
    preview = result_import.preview_results(demo_db, hockenheim, "Andreas", GT4_ANDREAS)
    assert [row.session_name for row in preview.importable] == [
        "Qualifying 1",
        "Qualifying 2",
        "Race 1",
        "Race 2",
    ]
    result_import.apply_results(demo_db, preview)
    barcelona = _barcelona_races(demo_db)
    swedish = result_import.preview_results(demo_db, barcelona, "Jessica", GT4_ROUND_6_SWEDISH)
    result_import.apply_results(demo_db, swedish)

    weekend = results.round_results(demo_db, hockenheim)
    by_name = {session.name: session.id for session in weekend.sessions}
    (entry,) = weekend.entries
    dns = weekend.result(by_name["Qualifying 2"], entry.id)
    assert dns is not None
    assert (dns.values.status, dns.values.position, dns.values.reason, dns.points) == (
        ResultStatus.DNS,
        None,
        "Due to technical problems",
        0.0,
    )
    pole = weekend.result(by_name["Qualifying 1"], entry.id)
    assert pole is not None and pole.values.pole and pole.points == 1.0
    assert weekend.entry_points(entry.id) == 1 + 18 + 12

    season_id = _season_id(demo_db, "GT4 Europe", 2023)
    after_5 = standings.standings(demo_db, season_id, 5)
    after_6 = standings.standings(demo_db, season_id)
    assert (after_5.after_round, after_5.rounds_total) == (5, 6)
    assert [(row.driver, row.points, row.source) for row in after_5.rows] == [
        ("Andreas Bäckman", 31.0, "computed"),
        ("Jessica Bäckman", 31.0, "computed"),
    ]
    assert after_6.after_round == 6
    assert _standing(after_6, "Jessica Bäckman").points == 31 + 15
    dnf = results.round_results(demo_db, barcelona)
    race_2 = next(session for session in dnf.sessions if session.name == "Race 2")
    stored = dnf.result(race_2.id, dnf.entries[0].id)
    assert stored is not None
    assert (stored.values.status, stored.values.reason) == (ResultStatus.DNF, "motorstopp")


def test_a_published_table_fills_the_rest_of_the_field_with_gaps_to_the_leader(
    demo_db: Database,
) -> None:
    hockenheim = _round_id(demo_db, "GT4 Europe", 2023, 5)
    result_import.apply_results(
        demo_db, result_import.preview_results(demo_db, hockenheim, "Jessica", GT4_ANDREAS)
    )
    season_id = _season_id(demo_db, "GT4 Europe", 2023)
    table, unread = standings.read_published_table(
        "1: Martin Andersen (DKK), 65 p.\n2. Jessica Bäckman SWE 44p\n3. Anna Berg NOR 20p\n"
    )
    assert unread == ()
    standings.set_published_table(demo_db, season_id, 5, table)

    after_5 = standings.standings(demo_db, season_id, 5)
    assert [
        (row.position, row.driver, row.nationality, row.points, row.gap, row.source)
        for row in after_5.rows
    ] == [
        (1, "Martin Andersen", "DKK", 65.0, 0.0, "published"),
        (2, "Andreas Bäckman", "SWE", 31.0, 34.0, "computed"),
        (2, "Jessica Bäckman", "SWE", 31.0, 34.0, "computed"),
        (4, "Anna Berg", "NOR", 20.0, 45.0, "published"),
    ]


def test_the_12h_crew_of_four_each_get_the_class_points_of_car_120(demo_db: Database) -> None:
    season_id = _season_id(demo_db, "24H", 2022)
    table = standings.standings(demo_db, season_id)
    assert (table.after_round, table.rounds_total) == (4, 7)
    assert {row.driver for row in table.rows} == {
        "Andreas Bäckman",
        "Oliver Söderström",
        "Emil Sällberg",
        "Marcus Fluch",
    }
    assert {row.points for row in table.rows} == {32.0}  # 3rd in class: 32 points


def test_setting_a_result_returns_what_undoes_it(demo_db: Database) -> None:
    round_id = _round_id(demo_db, "24H", 2022, 4)
    weekend = results.round_results(demo_db, round_id)
    qualifying = next(s for s in weekend.sessions if s.name == "Qualifying")
    entry_id = weekend.entries[0].id
    before = weekend.result(qualifying.id, entry_id)
    assert before is not None and before.values.class_position == 1

    undo = results.set_result(
        demo_db,
        qualifying.id,
        entry_id,
        results.ResultValues(status=ResultStatus.DNS, reason="Engine change"),
    )
    changed = results.round_results(demo_db, round_id).result(qualifying.id, entry_id)
    assert changed is not None and changed.values.status == ResultStatus.DNS
    results.set_results(demo_db, [undo])
    assert results.round_results(demo_db, round_id).result(qualifying.id, entry_id) == before


def test_a_dns_with_a_position_is_refused_and_nothing_is_stored(demo_db: Database) -> None:
    round_id = _round_id(demo_db, "GT4 Europe", 2023, 5)
    weekend = results.round_results(demo_db, round_id)
    first, second = weekend.sessions[:2]
    entry_id = weekend.entries[0].id
    with pytest.raises(ValidationError, match="no position"):
        results.set_results(
            demo_db,
            [
                results.ResultChange(first.id, entry_id, results.ResultValues(position=4)),
                results.ResultChange(
                    second.id,
                    entry_id,
                    results.ResultValues(status=ResultStatus.DNS, position=3),
                ),
            ],
        )
    assert results.round_results(demo_db, round_id).results == {}


def test_an_ambiguous_session_name_is_a_problem_of_its_line(demo_db: Database) -> None:
    round_id = _round_id(demo_db, "GT4 Europe", 2023, 5)
    preview = result_import.preview_results(demo_db, round_id, "Andreas", "Fri träning: 2:a")
    (row,) = preview.rows
    assert row.session_id is None
    assert "Free Practice 1, Free Practice 2" in row.problem
    assert preview.importable == ()


def test_a_race_in_two_parts_is_scored_at_its_finish(db: Database) -> None:
    from planner.services import catalog

    driver = catalog.add_driver(db, "Andreas Bäckman")
    series = catalog.add_series(db, "24H Series")
    season = catalog.add_season(db, series.id, 2022)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    round_ = rounds.add_round(
        db,
        season.id,
        number=4,
        track_id=track_id,
        first_day=date(2022, 5, 13),
        last_day=date(2022, 5, 15),
    )
    car = catalog.add_car(db, model="Audi RS 3 LMS TCR", number="120", car_class="TCR")
    catalog.add_entry(db, season_id=season.id, car_id=car.id, driver_ids=[driver.id])
    sessions.add_sessions(
        db,
        round_.id,
        [
            NewSession("Race – Part 1", SessionKind.RACE, datetime(2022, 5, 14, 13, 55), 360),
            NewSession("Race – Part 2", SessionKind.RACE, datetime(2022, 5, 15, 14, 5), 360),
        ],
    )
    whole = result_import.preview_results(db, round_.id, "Andreas", "Race 1 (12 hours): 3rd")
    part = result_import.preview_results(db, round_.id, "Andreas", "Race – Del 1: 5:e plats")
    assert [row.session_name for row in whole.importable] == ["Race – Part 2"]
    assert [row.session_name for row in part.importable] == ["Race – Part 1"]
