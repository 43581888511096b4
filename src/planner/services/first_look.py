"""The first screen's data, read with the standard library's sqlite3 before SQLAlchemy.

Importing SQLAlchemy and the models takes about three times as long as
starting Qt and showing the window, so the app shows the current season from
this read-only look at the file first; the database opens on a worker thread
meanwhile and, once attached, the views reload through the services as always
(same data, same order). Nothing is ever written here.

Only a database at the current schema is read (else the look is skipped and
the window waits for the normal open, which may upgrade it). Any error means
"no first look", never a failure of the start.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from planner.db.schema_version import head_from_files
from planner.services.feeds.rows import sqlite_runner
from planner.services.season_rows import every_season
from planner.services.views import RoundView, SeasonView, SeriesView
from planner.services.weekend_rows import rounds_in_season_order

log = logging.getLogger("planner.services")


@dataclass(frozen=True)
class FirstLook:
    series: list[SeriesView]
    seasons: list[SeasonView]  # newest first, as catalog.list_seasons
    rounds: list[RoundView]  # of seasons[0], by number, as queries.list_rounds


def first_look(path: Path) -> FirstLook | None:
    """The navigator's series and seasons and the newest season's rounds, or None."""
    connection = _connect(path)
    if connection is None:
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
        log.info("no first look at %s: %s", path, error)
        return None
    finally:
        connection.close()


def every_round(path: Path) -> list[RoundView] | None:
    """Every season's rounds, as ``planner list rounds`` lists them (seasons in
    ``catalog.list_seasons`` order, each by number, as
    ``queries.list_rounds_of_seasons``), or None where there is no first look."""
    connection = _connect(path)
    if connection is None:
        return None
    try:
        if not _at_head(connection):
            return None
        run = sqlite_runner(connection)
        return rounds_in_season_order(run, [season.id for season in every_season(run)])
    except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
        log.info("no first look at %s: %s", path, error)
        return None
    finally:
        connection.close()


def _connect(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=0.2)
    except (sqlite3.Error, OSError, ValueError):
        return None


def _at_head(connection: sqlite3.Connection) -> bool:
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    head = head_from_files()
    return head is not None and versions == [head]


def _read(connection: sqlite3.Connection) -> FirstLook | None:
    if not _at_head(connection):
        return None
    series = [
        SeriesView(*row)
        for row in connection.execute(
            "SELECT id, name, short_name, colour, website, live_timing_url, stream_url "
            "FROM series ORDER BY name"
        )
    ]
    run = sqlite_runner(connection)
    seasons = every_season(run)
    rounds = rounds_in_season_order(run, [seasons[0].id]) if seasons else []
    return FirstLook(series=series, seasons=seasons, rounds=rounds)
