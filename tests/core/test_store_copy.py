"""A planner copied between stores keeps every row and every identifier: from a laptop's
SQLite file to a PostgreSQL server the test starts, and back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli.main import main
from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import catalog, feeds, queries
from planner.services.feeds import FeedSpec
from planner.services.store_copy import copy_planner
from postgres_server import PostgresServer


def _identity(db: Database) -> dict[str, object]:
    """What must survive a copy: every session's id, UID, revision and wall-clock start,
    every round, driver and saved feed."""
    with db.unit_of_work() as orm:
        sessions = sorted(
            (row.id, row.uid, row.revision, row.start_wall, row.name)
            for row in orm.scalars(select(models.Session))
        )
        rounds = sorted((row.id, row.number, row.name) for row in orm.scalars(select(models.Round)))
        drivers = sorted((row.id, row.name) for row in orm.scalars(select(models.Driver)))
    return {
        "sessions": sessions,
        "rounds": rounds,
        "drivers": drivers,
        "feeds": [(feed.id, feed.name, feed.file_name) for feed in feeds.list_feeds(db)],
    }


def _feed_uids(db: Database) -> set[str]:
    return {event.uid for event in feeds.feed_events(db, feeds.list_feeds(db)[0].id).events}


def test_sqlite_to_postgresql_and_back_keeps_every_identifier(
    demo_db: Database, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    feeds.create_feed(demo_db, FeedSpec(name="Family", language="en"))
    before = _identity(demo_db)
    uids = _feed_uids(demo_db)
    shared = Database.open(postgres_server.new_database())
    report = copy_planner(demo_db, shared)
    assert report.count("sessions") == len(before["sessions"])  # type: ignore[arg-type]
    assert _identity(shared) == before
    assert _feed_uids(shared) == uids
    # the server hands out new ids after the copied ones
    season = catalog.list_seasons(shared)[0]
    added = catalog.add_season(shared, season.series_id, 2031)
    assert added.id > max(item.id for item in catalog.list_seasons(demo_db))
    catalog.delete_season(shared, added.id)
    back = Database.open(tmp_path / "back.sqlite3")
    copy_planner(shared, back)
    assert _identity(back) == before
    assert [item.title for item in catalog.list_seasons(back)] == [
        item.title for item in catalog.list_seasons(demo_db)
    ]
    shared.close()
    back.close()


def test_a_target_that_holds_a_planner_is_refused_untouched(
    demo_db: Database, tmp_path: Path
) -> None:
    other = Database.open(tmp_path / "other.sqlite3")
    catalog.add_series(other, name="Family karting")
    with pytest.raises(ValidationError, match="already holds a planner"):
        copy_planner(demo_db, other)
    assert [series.name for series in catalog.list_series(other)] == ["Family karting"]
    other.close()


def test_cli_copies_a_file_to_a_server_and_lists_it_there(
    demo_db: Database,
    postgres_server: PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = demo_db.sqlite_path
    if source is None:
        pytest.skip("the demo of this run is not a file")
    target = postgres_server.new_database()
    assert main(["copy", "--from", str(source), "--to", target]) == 0
    out = capsys.readouterr().out
    assert "every identifier kept" in out
    assert (
        main(["--db", target, "list", "rounds", "--series", "GT4 Europe", "--season", "2023"]) == 0
    )
    listed = capsys.readouterr().out
    assert "Hockenheim" in listed
    rounds = queries.list_rounds(demo_db, catalog.list_seasons(demo_db)[0].id)
    assert len(rounds) >= 1
    # the source file is only read
    with sqlite3.connect(source) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_copying_a_planner_onto_itself_is_refused(demo_db: Database) -> None:
    with pytest.raises(ValidationError, match="onto itself"):
        copy_planner(demo_db, demo_db)
