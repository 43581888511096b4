"""A unit of work through sqlite3 on a file commits, rolls back and words every refusal
exactly as the ORM's unit of work on the same file does."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text

from planner.db.database import Database
from planner.db.file_unit import file_unit_of_work
from planner.domain.errors import PlannerError, StorageError, ValidationError

pytestmark = pytest.mark.sqlite_only  # the sqlite3 unit exists for files only

_ADD_SERIES = "INSERT INTO series (name, short_name, colour, website, live_timing_url, stream_url)"
_ADD_SERIES += " VALUES ('{name}', '', '#3465a4', '', '', '')"

#: Statements each breaking one rule of the schema (the second is refused).
_REFUSED = {
    "unique": [_ADD_SERIES.format(name="Kept Cup"), _ADD_SERIES.format(name="Kept Cup")],
    "foreign key": [
        "INSERT INTO seasons (series_id, year, notes) VALUES (999, 2025, '')",
    ],
    "check": ["UPDATE tracks SET length_m = -5"],
    "not null": ["INSERT INTO series (name) VALUES (NULL)"],
    "read-only": ["PRAGMA query_only=ON", _ADD_SERIES.format(name="Lost Cup")],
}

#: What the message of each refusal says.
_WORDS = {
    "unique": "already exists",
    "foreign key": "does not exist",
    "check": "out of range",
    "not null": "required value is missing",
    "read-only": "is read-only",
}


def _planner(path: Path) -> Database:
    db = Database.open(path)
    with db.unit_of_work() as orm:
        orm.execute(
            text(
                "INSERT INTO tracks (key, name, short_name, aliases, town, region, country, "
                "country_code, timezone, length_m, built_in) "
                "VALUES ('ring', 'Ring', '', '', '', '', 'Germany', 'DE', 'Europe/Berlin', 4000, 0)"
            )
        )
    return db


def _series(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [name for (name,) in connection.execute("SELECT name FROM series ORDER BY id")]
    finally:
        connection.close()


def _orm_refusal(db: Database, statements: list[str]) -> PlannerError:
    with pytest.raises(PlannerError) as raised, db.unit_of_work() as orm:
        for sql in statements:
            orm.execute(text(sql))
    return raised.value


def _file_refusal(path: Path, statements: list[str]) -> PlannerError:
    with pytest.raises(PlannerError) as raised, file_unit_of_work(path) as connection:
        for sql in statements:
            connection.execute(sql)
    return raised.value


@pytest.mark.parametrize("rule", sorted(_REFUSED))
def test_a_refused_unit_is_worded_as_the_orm_words_it_and_stores_nothing(
    tmp_path: Path, rule: str
) -> None:
    path = tmp_path / "planner.sqlite3"
    db = _planner(path)
    try:
        through_orm = _orm_refusal(db, _REFUSED[rule])
        through_sqlite3 = _file_refusal(path, _REFUSED[rule])
    finally:
        db.close()
    assert type(through_sqlite3) is type(through_orm)
    assert str(through_sqlite3) == str(through_orm)
    assert isinstance(through_orm, StorageError if rule == "read-only" else ValidationError)
    assert _WORDS[rule] in str(through_orm)
    assert _series(path) == []  # neither kept the first statement of the unit


def test_a_unit_stores_everything_at_its_end_or_nothing_on_any_error(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    _planner(path).close()
    with file_unit_of_work(path) as connection:
        connection.execute(_ADD_SERIES.format(name="Kept Cup"))
        connection.execute(_ADD_SERIES.format(name="Other Cup"))
    with pytest.raises(KeyError), file_unit_of_work(path) as connection:
        connection.execute(_ADD_SERIES.format(name="Lost Cup"))
        raise KeyError("any error")
    assert _series(path) == ["Kept Cup", "Other Cup"]


def test_a_locked_file_is_worded_as_the_orm_words_it(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    db = _planner(path)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _short_timeout(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        through_orm = _orm_refusal(db, [_ADD_SERIES.format(name="Lost Cup")])
        with pytest.raises(StorageError) as raised, file_unit_of_work(path, timeout=0.05):
            pass
    finally:
        blocker.rollback()
        blocker.close()
        db.close()
    assert "locked" in str(through_orm)
    assert str(raised.value) == str(through_orm)


def test_a_damaged_file_is_worded_as_opening_it_words_it(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(b"this is no database, but long enough to be read as a header " * 20)
    with pytest.raises(StorageError) as opening:
        Database.open(path)
    with pytest.raises(StorageError) as unit, file_unit_of_work(path):
        pass
    assert "damaged" in str(opening.value)
    assert str(unit.value) == str(opening.value)


def test_the_sqlite3_unit_loads_no_sqlalchemy() -> None:
    code = "import sys, planner.db.file_unit; print('sqlalchemy' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "False"
