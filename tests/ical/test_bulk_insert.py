"""A bulk of new rows written as SQL text stores what SQLAlchemy Core's insert stores
(the values SQLAlchemy writes for dates and times), in order over several statements,
and a refused bulk is worded and stores nothing. (The whole import's rows on either
store: test_ics_store_rows.py.)"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert

from planner.db import input_changes, models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import bulk_insert, catalog, rounds, tracks
from planner.services.feeds.rows import orm_runner, sqlite_runner

_COLUMNS = ("uid", "round_id", "kind", "name", "start_wall", "zone", "is_dst")
_COLUMNS += ("duration_minutes", "status", "broadcast", "stream_url", "notes", "revision")
_COLUMNS += ("created_utc", "changed_utc")

pytestmark = pytest.mark.sqlite_only  # compares the rows of SQLite files


def _planner_with_a_round(path: Path) -> tuple[Database, int]:
    db = Database.open(path)
    tracks.install_circuit_library(db)
    series = catalog.add_series(db, "GT4 Europe")
    season = catalog.add_season(db, series.id, 2023)
    hockenheim = next(t for t in tracks.list_tracks(db) if "Hockenheim" in t.name)
    added = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=hockenheim.id,
        first_day=date(2023, 10, 27),
        last_day=date(2023, 10, 29),
    )
    return db, added.id


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        connection.close()


def _sessions(round_id: int) -> list[tuple[object, ...]]:
    created = datetime(2024, 5, 1, 12, 0, 7)
    return [
        (
            "6f1d4c1e-3f55-4a63-9a43-3d3c0b0f2a51",
            round_id,
            "race",
            "Race 1",
            datetime(2023, 10, 29, 2, 30),
            "Europe/Berlin",
            True,  # shown twice: summer time kept
            40,
            "tentative",
            "TV",
            "",
            "Bäckman ” ; \\ notes",
            4,
            created,
            created,
        ),
        (
            "0b5e7d36-4f1c-4a65-8d9e-2f0a8f1c5b11",
            round_id,
            "practice",
            "Free Practice 1",
            datetime(2023, 10, 27, 9, 5),
            "Europe/Berlin",
            None,
            None,  # no length published
            "scheduled",
            "",
            "https://example.org/stream",
            "",
            1,
            created,
            datetime(2024, 5, 2, 8, 0),
        ),
    ]


def _store_both_ways(tmp_path: Path, rows_of: Any) -> dict[str, list[tuple[object, ...]]]:
    """The sessions ``rows_of(round_id)`` stored by insert_values and by Core's insert."""
    results = {}
    for way in ("text", "core"):
        path = tmp_path / f"{way}.sqlite3"
        db, round_id = _planner_with_a_round(path)
        rows = rows_of(round_id)
        try:
            with db.unit_of_work() as orm:
                if way == "core":
                    orm.execute(
                        insert(cast(Table, models.Session.__table__)),
                        [dict(zip(_COLUMNS, row, strict=True)) for row in rows],
                    )
                else:
                    returned = bulk_insert.insert_values(
                        orm_runner(orm), "sqlite", "sessions", _COLUMNS, rows, returning=("uid",)
                    )
                    assert sorted(uid for (uid,) in returned) == sorted(str(r[0]) for r in rows)
        finally:
            db.close()
        results[way] = _rows(path, "sessions")
    return results


def test_a_bulk_stores_what_the_core_insert_stores(tmp_path: Path) -> None:
    results = _store_both_ways(tmp_path, _sessions)
    assert len(results["text"]) == 2
    assert results["text"] == results["core"]


def test_a_refused_bulk_is_worded_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    db, round_id = _planner_with_a_round(path)
    try:
        twice = _sessions(round_id)[:1] * 2  # the same uid twice
        with pytest.raises(ValidationError, match="already exists"), db.unit_of_work() as orm:
            bulk_insert.insert_values(orm_runner(orm), "sqlite", "sessions", _COLUMNS, twice)
    finally:
        db.close()
    assert _rows(path, "sessions") == []


def test_a_bulk_of_several_statements_stores_the_rows_in_order_like_the_core_insert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows go in as multi-row INSERTs; split over statements (here two rows each, the
    last one short), they get the same ids in the same order as the Core insert's."""
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 2)
    template = _sessions(0)[1]

    def rows_of(round_id: int) -> list[tuple[object, ...]]:
        return [
            (
                f"0b5e7d36-4f1c-4a65-8d9e-2f0a8f1c5b{number:02d}",
                round_id,
                "practice",
                f"Free Practice {number}",
                *template[4:],
            )
            for number in range(5)
        ]

    results = _store_both_ways(tmp_path, rows_of)
    assert [row[4] for row in results["text"]] == [f"Free Practice {n}" for n in range(5)]
    assert results["text"] == results["core"]


def test_dates_and_times_are_written_as_sqlalchemy_writes_them_into_sqlite() -> None:
    from sqlalchemy import Date, DateTime
    from sqlalchemy.dialects import sqlite

    from planner.services.stored_values import sqlite_value

    dialect = sqlite.dialect()
    as_datetime = DateTime().dialect_impl(dialect).bind_processor(dialect)
    as_date = Date().dialect_impl(dialect).bind_processor(dialect)
    assert as_datetime is not None and as_date is not None
    for value in (
        datetime(2025, 3, 30, 2, 30),
        datetime(1, 1, 1),
        datetime(2025, 1, 2, 3, 4, 5, 6),
    ):
        assert sqlite_value(value) == as_datetime(value)
    for day in (date(2025, 3, 30), date(1, 1, 1)):
        assert sqlite_value(day) == as_date(day)
    assert sqlite_value(True) is True and sqlite_value(None) is None


def test_a_column_of_date_times_is_written_as_each_value_alone_would_be() -> None:
    from planner.services.stored_values import sqlite_value

    starts = [
        datetime(2025, 3, 30, 2, 30),
        datetime(1, 1, 1),
        datetime(2025, 1, 2, 3, 4, 5, 6),
        datetime(2025, 3, 30, 2, 30),
        datetime(2025, 1, 2, 3, 4, 5),
        datetime(2025, 3, 30, 2, 30, tzinfo=UTC),
    ]
    rows = [(index, start, "x") for index, start in enumerate(starts)]
    stored = list(zip(*bulk_insert._sqlite_columns(rows)[0], strict=True))
    assert stored == [(index, sqlite_value(start), "x") for index, start in enumerate(starts)]


def test_values_shared_by_every_row_are_bound_once_and_stored_in_every_row() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (n INTEGER, same TEXT, flag, part TEXT, one INTEGER)")
    statements: list[tuple[str, int]] = []

    def run(sql: str, parameters: Any) -> list[tuple[Any, ...]]:
        statements.append((sql, len(parameters)))
        return connection.execute(sql, parameters).fetchall()

    count = bulk_insert.ROWS_PER_STATEMENT + 2  # a full statement and one of two rows
    rows = [(n, "same", 1 if n % 2 else True, "a" if n < 10 else "b", 1) for n in range(count)]
    bulk_insert.insert_values(run, "sqlite", "t", ["n", "same", "flag", "part", "one"], rows)
    stored = connection.execute("SELECT n, same, flag, part, one FROM t ORDER BY rowid")
    assert list(stored) == rows  # in their order (True is stored as SQLite's 1, == True)
    full, last = statements
    head = "INSERT INTO t (n, flag, part, same, one) SELECT column1, column2, column3, ?, ? FROM"
    assert full[0].startswith(head + " (VALUES (?, ?, ?), (?, ?, ?)")
    assert full[1] == 2 + 3 * bulk_insert.ROWS_PER_STATEMENT  # "same" and 1 bound once
    assert last == (head + " (VALUES (?, ?, ?), (?, ?, ?))", 2 + 3 * 2)


def test_a_single_row_or_rows_all_alike_are_listed_as_they_are() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (a TEXT, b INTEGER)")
    statements: list[str] = []

    def run(sql: str, parameters: Any) -> list[tuple[Any, ...]]:
        statements.append(sql)
        return connection.execute(sql, parameters).fetchall()

    bulk_insert.insert_values(run, "sqlite", "t", ["a", "b"], [("x", 1)])
    bulk_insert.insert_values(run, "sqlite", "t", ["a", "b"], [("y", 2), ("y", 2)])
    assert statements == [
        "INSERT INTO t (a, b) VALUES (?, ?)",
        "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)",
    ]
    assert connection.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == [
        ("x", 1),
        ("y", 2),
        ("y", 2),
    ]


# --- the change counter (planner.db.input_changes) ----------------------------------


def _many_sessions(round_id: int, count: int) -> list[tuple[object, ...]]:
    template = _sessions(0)[1]
    return [
        (
            f"0b5e7d36-4f1c-4a65-8d9e-{number:012d}",
            round_id,
            "practice",
            f"FP {number}",
            *template[4:],
        )
        for number in range(count)
    ]


def _counter(path: Path) -> int | None:
    connection = sqlite3.connect(path)
    try:
        return input_changes.counter(connection)
    finally:
        connection.close()


def test_a_bulk_raises_the_change_counter_once_and_keeps_its_trigger(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    db, round_id = _planner_with_a_round(path)
    before = _counter(path)
    try:
        with db.unit_of_work() as orm:
            rows = _many_sessions(round_id, input_changes.BULK_ROWS)
            bulk_insert.insert_values(orm_runner(orm), "sqlite", "sessions", _COLUMNS, rows)
    finally:
        db.close()
    assert before is not None and _counter(path) == before + 1  # checks every trigger
    assert len(_rows(path, "sessions")) == input_changes.BULK_ROWS


def test_a_bulk_that_fails_halfway_leaves_its_trigger_and_counts_the_rows_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caller catches the error and commits what the first statements stored."""
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 2)
    monkeypatch.setattr(input_changes, "BULK_ROWS", 2)
    path = tmp_path / "planner.sqlite3"
    db, round_id = _planner_with_a_round(path)
    db.close()
    before = _counter(path)
    rows = _many_sessions(round_id, 3)
    rows.append(rows[0])  # the second statement repeats a uid
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.IntegrityError):
            bulk_insert.insert_values(
                sqlite_runner(connection), "sqlite", "sessions", _COLUMNS, rows
            )
        connection.execute("COMMIT")
    finally:
        connection.close()
    assert len(_rows(path, "sessions")) == 2
    assert before is not None and _counter(path) == before + 1


def test_a_bulk_on_a_connection_that_opens_its_transaction_itself_commits_nothing_alone(
    tmp_path: Path,
) -> None:
    """pysqlite's default mode opens a transaction only before a write: the trigger's
    drop never runs outside the bulk's transaction, and a rollback undoes it all."""
    path = tmp_path / "planner.sqlite3"
    db, round_id = _planner_with_a_round(path)
    db.close()
    before = _counter(path)
    connection = sqlite3.connect(path)  # isolation_level "": pysqlite's default
    try:
        rows = _many_sessions(round_id, input_changes.BULK_ROWS)
        bulk_insert.insert_values(sqlite_runner(connection), "sqlite", "sessions", _COLUMNS, rows)
        assert connection.in_transaction
        connection.rollback()
    finally:
        connection.close()
    assert _rows(path, "sessions") == []
    assert _counter(path) == before
