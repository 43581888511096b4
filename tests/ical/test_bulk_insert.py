"""A bulk of new sessions is stored the same through sqlite3 on a file as through
SQLAlchemy's Core insert (what a database server gets), and an import stores the
same rows either way."""

from __future__ import annotations

import functools
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, select

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import bulk_insert, catalog, ics_import, rounds, tracks

_COLUMNS = ("uid", "round_id", "kind", "name", "start_wall", "zone", "is_dst")
_COLUMNS += ("duration_minutes", "status", "broadcast", "stream_url", "notes", "revision")
_COLUMNS += ("created_utc", "changed_utc")

pytestmark = pytest.mark.sqlite_only  # the two ways exist on a SQLite file only

_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20250101T000000Z\r\n"
    b"DTSTART:20251026T003000Z\r\nDTEND:20251026T013000Z\r\n"
    b"SUMMARY:Qualifying\r\nLOCATION:Circuit Zandvoort\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTAMP:20250101T000000Z\r\n"
    b"DTSTART:20251026T013000Z\r\nSEQUENCE:3\r\nSTATUS:TENTATIVE\r\n"
    b"SUMMARY:Race 1\r\nDESCRIPTION:Live on TV\r\nLOCATION:Circuit Zandvoort\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:c@example.org\r\nDTSTAMP:20250101T000000Z\r\n"
    b"DTSTART:20251025T120000Z\r\nDURATION:PT40M\r\n"
    b"SUMMARY:Race 1\r\nLOCATION:Circuit Zandvoort\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


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


def test_a_bulk_stores_what_the_core_insert_stores(tmp_path: Path) -> None:
    results = {}
    for way in ("sqlite3", "core"):
        path = tmp_path / f"{way}.sqlite3"
        db, round_id = _planner_with_a_round(path)
        try:
            with db.unit_of_work() as orm:
                bulk_insert.insert_rows(
                    orm,
                    cast(Table, models.Session.__table__),
                    _COLUMNS,
                    _sessions(round_id),
                    core=way == "core",
                )
                ids = list(orm.scalars(select(models.Session.id).order_by(models.Session.id)))
                bulk_insert.insert_rows(
                    orm,
                    cast(Table, models.SessionDriver.__table__),
                    ("session_id", "stint_order", "driver_id"),
                    [],
                )
            with db.unit_of_work() as orm:
                stored = orm.scalars(select(models.Session).order_by(models.Session.id)).all()
                read_back = [tuple(getattr(row, column) for column in _COLUMNS) for row in stored]
        finally:
            db.close()
        assert len(ids) == 2
        assert read_back == _sessions(round_id)  # the ORM reads back what was given
        results[way] = _rows(path, "sessions")
    assert results["sqlite3"] == results["core"]


def test_a_refused_bulk_is_worded_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    db, round_id = _planner_with_a_round(path)
    try:
        twice = _sessions(round_id)[:1] * 2  # the same uid twice
        with pytest.raises(ValidationError, match="already exists"), db.unit_of_work() as orm:
            bulk_insert.insert_rows(orm, cast(Table, models.Session.__table__), _COLUMNS, twice)
    finally:
        db.close()
    assert _rows(path, "sessions") == []


def test_an_import_stores_the_same_rows_through_sqlite3_and_through_sqlalchemy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole .ics import (a time shown twice, a tentative one, a repeated name),
    once as it runs on a file and once with every bulk forced through SQLAlchemy."""
    stored = {}
    for way in ("sqlite3", "core"):
        if way == "core":
            monkeypatch.setattr(
                ics_import, "insert_rows", functools.partial(bulk_insert.insert_rows, core=True)
            )
        path = tmp_path / f"{way}.sqlite3"
        db = Database.open(path)
        try:
            tracks.install_circuit_library(db)
            report = ics_import.import_ics(
                db, _ICS, source_name="cal.ics", series="Published calendar", year=2025
            )
        finally:
            db.close()
        assert len(report.added) == 3
        stored[way] = [
            row[:-2]
            for row in _rows(path, "sessions")  # all but the creation/change times
        ]
    assert stored["sqlite3"] == stored["core"]
    names = sorted(str(row[4]) for row in stored["sqlite3"])
    assert names == ["Qualifying", "Race 1", "Race 1 (2)"]


def test_a_bulk_of_several_statements_stores_the_rows_in_order_like_the_core_insert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows go in as multi-row INSERTs; split over statements (here two rows each, the
    last one short), they get the same ids in the same order as the Core insert's."""
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 2)
    template = _sessions(0)[1]
    results = {}
    for way in ("sqlite3", "core"):
        path = tmp_path / f"{way}.sqlite3"
        db, round_id = _planner_with_a_round(path)
        rows = [
            (
                f"0b5e7d36-4f1c-4a65-8d9e-2f0a8f1c5b{number:02d}",
                round_id,
                "practice",
                f"Free Practice {number}",
                *template[4:],
            )
            for number in range(5)
        ]
        try:
            with db.unit_of_work() as orm:
                bulk_insert.insert_rows(
                    orm,
                    cast(Table, models.Session.__table__),
                    _COLUMNS,
                    rows,
                    core=way == "core",
                )
        finally:
            db.close()
        results[way] = _rows(path, "sessions")
    assert [row[4] for row in results["sqlite3"]] == [f"Free Practice {n}" for n in range(5)]
    assert results["sqlite3"] == results["core"]


def test_a_statement_binds_no_more_values_than_sqlite_allows() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        assert bulk_insert.rows_per_statement(connection, 15) == bulk_insert.ROWS_PER_STATEMENT
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # SQLite before 3.32
        assert bulk_insert.rows_per_statement(connection, 15) == 66
        assert bulk_insert.rows_per_statement(connection, 2000) == 1
    finally:
        connection.close()
