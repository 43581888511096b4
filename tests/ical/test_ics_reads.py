"""The import's reads (hand-written SQL) give what the ORM gives: every circuit with its
lap records, every series' names, and which uids are stored (on SQLite and, with
RACE_PLANNER_TEST_STORE=postgresql, on a server through SQLAlchemy's text())."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, ics_import, ics_reads, tracks
from planner.services.convert import track_view
from planner.services.feeds.rows import (
    IN_BATCH,
    Parameters,
    in_batches,
    orm_runner,
    sqlite_runner,
)
from planner.services.tracks import LapRecordInput, TrackInput

_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Race 1\r\n"
    b"DTSTART:20250601T120000Z\r\nDTEND:20250601T130000Z\r\nLOCATION:Hockenheimring\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_circuits_series_and_stored_uids_read_as_the_orm_reads_them(db: Database) -> None:
    tracks.add_track(
        db,
        TrackInput(
            key="test-ring",
            name="Test Ring",
            timezone="Europe/Stockholm",
            aliases=("Testbanan", "Ring of Tests"),
            latitude=59.3,
            longitude=18.1,
            lap_records=(
                LapRecordInput(car_class="GT4", lap_time="1:31.234", holder="A", year=2023),
                LapRecordInput(car_class="F3", lap_time="1:20.000"),
            ),
        ),
    )
    catalog.add_series(db, "GT4 Europe", short_name="GT4")
    catalog.add_series(db, "Cup")
    ics_import.import_ics(db, _ICS, source_name="c.ics", series="Cup", year=2025)
    stored = ics_import.session_uid_for(ics_import.read_calendar(_ICS, source_name="c.ics")[0])
    with db.unit_of_work() as orm:
        run = orm_runner(orm)
        by_orm = sorted(
            (track_view(row) for row in orm.scalars(select(models.Track))),
            key=lambda view: view.id,
        )
        circuits = ics_reads.library_circuits(run)
        assert circuits == by_orm
        assert any(len(view.lap_records) == 2 for view in circuits)
        assert sorted(ics_reads.series_names(run)) == sorted(
            (row.name, row.short_name) for row in orm.scalars(select(models.Series))
        )
        asked = [f"not-stored-{number}" for number in range(IN_BATCH + 5)]
        assert ics_reads.stored_uids(run, [*asked, stored, stored]) == {stored}
        assert ics_reads.stored_uids(run, []) == set()


def test_values_are_asked_about_a_batch_at_a_time_with_the_query_s_other_parameters() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE numbers (n INTEGER, odd INTEGER)")
    connection.executemany("INSERT INTO numbers VALUES (?, ?)", [(n, n % 2) for n in range(10)])
    asked: list[str] = []
    sqlite = sqlite_runner(connection)

    def run(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
        asked.append(sql)
        return sqlite(sql, parameters)

    sql = "SELECT n FROM numbers WHERE n IN {values} AND odd = :odd"
    rows = in_batches(run, sql, [1, 2, 3, 5, 8, 9, 40], {"odd": 1}, batch=3)
    assert sorted(rows) == [(1,), (3,), (5,), (9,)]
    assert len(asked) == 3  # 3 + 3 + 1 values
    assert in_batches(run, sql, [], {"odd": 1}) == []
    assert len(asked) == 3  # no values, no query


def test_stored_uids_are_read_whole_or_asked_about_whichever_asks_less() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE sessions (uid TEXT)")
    asked: list[str] = []
    sqlite = sqlite_runner(connection)

    def run(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
        asked.append(sql)
        return sqlite(sql, parameters)

    assert ics_reads.stored_uids(run, ["a", "b"]) == set()
    assert asked == ["SELECT count(*) FROM sessions"]  # an empty planner: nothing to read
    connection.executemany("INSERT INTO sessions VALUES (?)", [("a",), ("b",), ("c",)])
    asked.clear()
    assert ics_reads.stored_uids(run, ["a", "x", "y", "z", "a"]) == {"a"}
    assert asked[-1] == "SELECT uid FROM sessions"  # 3 stored, 4 asked about: read them all
    asked.clear()
    assert ics_reads.stored_uids(run, ["c", "x"]) == {"c"}
    assert "WHERE uid IN" in asked[-1]  # 3 stored, 2 asked about: asked about those
