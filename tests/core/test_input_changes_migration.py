"""Migration 0008: the change counter of the tables an export reads, and a feed file's stamp."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from planner.db import input_changes
from planner.db.database import Database, _alembic_config
from store_urls import engine_url

_SERIES = (
    "INSERT INTO series (id, name, short_name, colour, website, live_timing_url, stream_url) "
    "VALUES (1, 'Cup', '', '#123456', '', '', '')"
)


def _planner_at_0007(store_target: str) -> None:
    engine = create_engine(engine_url(store_target))
    command.upgrade(_alembic_config(engine), "0007")
    with engine.begin() as connection:
        connection.execute(text(_SERIES))
    engine.dispose()


def test_upgrading_adds_the_counter_and_the_file_stamp_and_keeps_the_rows(
    store_target: str,
) -> None:
    _planner_at_0007(store_target)
    Database.open(store_target).close()  # upgrades to the head
    engine = create_engine(engine_url(store_target))
    try:
        with engine.connect() as connection:
            counted = connection.execute(text("SELECT id, counter FROM input_changes")).all()
            series = connection.execute(text("SELECT name FROM series")).scalars().all()
            columns = {column["name"] for column in inspect(connection).get_columns("feed_builds")}
            if connection.dialect.name == "postgresql":
                triggers = connection.execute(
                    text("SELECT count(*) FROM information_schema.triggers")
                ).scalar()
                assert triggers == 0  # see planner.db.input_changes: SQLite only
        assert [tuple(row) for row in counted] == [(1, 0)]
        assert series == ["Cup"]
        assert "file_stamp" in columns
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_the_upgraded_file_counts_every_write_and_can_go_back(store_target: str) -> None:
    _planner_at_0007(store_target)
    Database.open(store_target).close()
    path = Path(store_target)
    with sqlite3.connect(path) as connection:
        assert input_changes.counter(connection) == 0  # every trigger as written
        connection.execute("UPDATE series SET website = 'https://example.org'")
        assert input_changes.counter(connection) == 1
    engine = create_engine(engine_url(store_target))
    try:
        command.downgrade(_alembic_config(engine), "0007")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        kinds = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
        columns = [row[1] for row in connection.execute("PRAGMA table_info(feed_builds)")]
        website = connection.execute("SELECT website FROM series").fetchall()
    assert not [name for kind, name in kinds if kind == "trigger" or name == "input_changes"]
    assert "file_stamp" not in columns
    assert website == [("https://example.org",)]


@pytest.mark.sqlite_only
def test_every_input_table_keeps_its_triggers_at_the_head(tmp_path: Path) -> None:
    """A later migration that copies an input table (batch mode) must make its triggers
    again; without them the quick check of ``export feeds`` never answers."""
    upgraded = tmp_path / "upgraded.sqlite3"
    engine = create_engine(f"sqlite:///{upgraded}")
    try:
        command.upgrade(_alembic_config(engine), "head")
    finally:
        engine.dispose()
    created = tmp_path / "created.sqlite3"
    Database.open(created).close()
    for path in (upgraded, created):
        with sqlite3.connect(path) as connection:
            assert input_changes.triggers_in_place(connection)
            assert input_changes.counter(connection) == 0


def test_a_new_planner_has_the_counter_at_zero(store_target: str) -> None:
    Database.open(store_target).close()  # made by create_all, stamped at the head
    engine = create_engine(engine_url(store_target))
    try:
        with engine.connect() as connection:
            counted = connection.execute(text("SELECT id, counter FROM input_changes")).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in counted] == [(1, 0)]


@pytest.mark.sqlite_only
def test_builds_recorded_without_the_counter_are_forgotten_both_ways(
    store_target: str,
) -> None:
    """A build recorded from counter 5, a downgrade, edits, an upgrade, five more
    writes: the counter would say 5 again over other rows. No build survives."""
    path = Path(store_target)
    Database.open(path).close()
    build = (
        "INSERT INTO feeds (id, name, language, all_day_events, only_broadcast, "
        "include_cancelled, kinds, file_name, created_utc) "
        "VALUES (1, 'All', 'en', 0, 0, 1, '', 'all.ics', '2025-01-01 00:00:00');"
        "INSERT INTO feed_builds (feed_id, built_from, event_count) VALUES (1, 'x', 0);"
    )
    with sqlite3.connect(path) as connection:
        connection.executescript(build)
    engine = create_engine(engine_url(store_target))
    try:
        command.downgrade(_alembic_config(engine), "0007")
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT count(*) FROM feed_builds").fetchone() == (0,)
            connection.execute("INSERT INTO feed_builds (feed_id, built_from, event_count) "
                               "VALUES (1, 'y', 0)")  # fmt: skip
        command.upgrade(_alembic_config(engine), "head")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM feed_builds").fetchone() == (0,)
