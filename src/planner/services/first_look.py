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
from datetime import date
from pathlib import Path

from planner.db.schema_version import head_from_files
from planner.domain.kinds import RoundStatus
from planner.services.views import (
    TRACK_COLUMNS,
    DriverView,
    LapRecordView,
    RoundView,
    SeasonView,
    SeriesView,
    TrackView,
    track_view_from_row,
)

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
        return [item for season in _seasons(connection) for item in _rounds(connection, season)]
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
    seasons = _seasons(connection)
    rounds = _rounds(connection, seasons[0]) if seasons else []
    return FirstLook(series=series, seasons=seasons, rounds=rounds)


def _seasons(connection: sqlite3.Connection) -> list[SeasonView]:
    return [
        SeasonView(*row)
        for row in connection.execute(
            "SELECT seasons.id, seasons.series_id, series.name, series.short_name, "
            "series.colour, seasons.year, seasons.notes, "
            "(SELECT count(rounds.id) FROM rounds WHERE rounds.season_id = seasons.id) "
            "FROM seasons JOIN series ON series.id = seasons.series_id "
            "ORDER BY seasons.year DESC, series.name"
        )
    ]


def _rounds(connection: sqlite3.Connection, season: SeasonView) -> list[RoundView]:
    crews: list[tuple[int | None, DriverView]] = [
        (entry_round, DriverView(driver_id, name, nationality, bool(followed), revision))
        for entry_round, driver_id, name, nationality, followed, revision in connection.execute(
            "SELECT entries.round_id, drivers.id, drivers.name, drivers.nationality, "
            "drivers.followed, drivers.revision FROM entries "
            "JOIN entry_drivers ON entry_drivers.entry_id = entries.id "
            "JOIN drivers ON drivers.id = entry_drivers.driver_id "
            "WHERE entries.season_id = ? ORDER BY entries.id, entry_drivers.position",
            (season.id,),
        )
    ]
    rows = connection.execute(
        "SELECT rounds.id, rounds.number, rounds.name, rounds.first_day, rounds.last_day, "
        "rounds.status, rounds.notes, rounds.track_id, rounds.revision, "
        "(SELECT count(sessions.id) FROM sessions WHERE sessions.round_id = rounds.id) "
        "FROM rounds WHERE rounds.season_id = ? ORDER BY rounds.number",
        (season.id,),
    ).fetchall()
    tracks = _tracks(connection, {row[7] for row in rows})
    result = []
    for round_id, number, name, first, last, status, notes, track_id, revision, count in rows:
        drivers: dict[int, DriverView] = {}
        for entry_round, driver in crews:
            if entry_round in (None, round_id):
                drivers.setdefault(driver.id, driver)
        result.append(
            RoundView(
                id=round_id,
                season_id=season.id,
                series_id=season.series_id,
                series_name=season.series_name,
                series_short_name=season.series_short_name,
                series_colour=season.series_colour,
                year=season.year,
                number=number,
                name=name,
                track=tracks[track_id],
                first_day=date.fromisoformat(first),
                last_day=date.fromisoformat(last),
                status=RoundStatus(status),
                notes=notes,
                drivers=tuple(drivers.values()),
                session_count=count,
                revision=revision,
            )
        )
    return result


def _tracks(connection: sqlite3.Connection, track_ids: set[int]) -> dict[int, TrackView]:
    if not track_ids:
        return {}
    marks = ", ".join("?" * len(track_ids))
    ids = sorted(track_ids)
    records: dict[int, list[LapRecordView]] = {}
    for track_id, record_id, car_class, lap_time_ms, holder, year in connection.execute(
        "SELECT track_id, id, car_class, lap_time_ms, holder, year FROM lap_records "
        f"WHERE track_id IN ({marks}) ORDER BY id",
        ids,
    ):
        records.setdefault(track_id, []).append(
            LapRecordView(record_id, car_class, lap_time_ms, holder, year)
        )
    found = {}
    for row in connection.execute(
        f"SELECT {', '.join(TRACK_COLUMNS)} FROM tracks WHERE id IN ({marks})", ids
    ):
        found[row[0]] = track_view_from_row(row, records.get(row[0], ()))
    return found
