from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from planner.db.database import Database, _alembic_config, head_revision
from planner.db.models import Base
from planner.domain.errors import StorageError, ValidationError
from planner.services import catalog

FIRST_REVISION = "0001"


def test_new_database_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "new.sqlite3")
    assert database.current_revision() == head_revision()
    database.close()


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    command.upgrade(_alembic_config(engine), "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_database_of_the_first_schema_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), FIRST_REVISION)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO series (name, short_name, colour, website, live_timing_url, "
                "stream_url) VALUES ('Old Cup', '', '#123456', '', '', '')"
            )
        )
    engine.dispose()
    database = Database.open(path)
    assert database.current_revision() == head_revision()
    assert [series.name for series in catalog.list_series(database)] == ["Old Cup"]
    database.close()
    if head_revision() != FIRST_REVISION:
        assert list(tmp_path.glob("old.sqlite3.before-upgrade-*"))


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Database.open(path)
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: tyres, fuel\n" * 200)
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert str(path) in str(caught.value)
    assert path.read_text().startswith("shopping list")


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match="not one made by Race Planner"):
        Database.open(path)


def test_locked_database_gets_a_clear_message_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    database = Database.open(path)
    catalog.add_series(database, "Kept Cup")
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    database.engine.dispose()
    from sqlalchemy import event

    @event.listens_for(database.engine, "connect")
    def _short_timeout(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    try:
        with pytest.raises(StorageError, match="locked"):
            catalog.add_series(database, "Lost Cup")
    finally:
        blocker.rollback()
        blocker.close()
    assert [series.name for series in catalog.list_series(database)] == ["Kept Cup"]
    database.close()


def test_schema_refuses_a_negative_circuit_length(db: Database) -> None:
    with pytest.raises(ValidationError, match="out of range"), db.unit_of_work() as orm:
        orm.execute(text("UPDATE tracks SET length_m = -5 WHERE key = 'hockenheimring'"))


def test_schema_refuses_a_session_in_a_missing_round(db: Database) -> None:
    with pytest.raises(ValidationError, match="does not exist"), db.unit_of_work() as orm:
        orm.execute(
            text(
                "INSERT INTO sessions (uid, round_id, kind, name, start_wall, zone, "
                "duration_minutes, status, broadcast, stream_url, notes, revision, created_utc, "
                "changed_utc) VALUES ('x', 999, 'race', 'Race', '2023-01-01 10:00:00', 'UTC', "
                "60, 'scheduled', '', '', '', 1, '2023-01-01', '2023-01-01')"
            )
        )


def test_two_seasons_of_one_year_in_a_series_are_refused(db: Database) -> None:
    series = catalog.add_series(db, "Cup")
    catalog.add_season(db, series.id, 2024)
    with pytest.raises(ValidationError, match="already has a season 2024"):
        catalog.add_season(db, series.id, 2024)
