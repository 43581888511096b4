"""Finding rows by what users type: series by name or short name, seasons by year."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.domain.errors import NotFoundError
from planner.i18n import tr
from planner.services.name_match import series_match, track_match, track_names

Row = TypeVar("Row")


# Ids are INTEGER columns: 64-bit in SQLite but 32-bit in PostgreSQL, where a larger
# number in a query is an error ("integer out of range"), not "no such row". One limit
# for both stores: a larger id names nothing stored.
_LARGEST_STORED = 2**31 - 1


def storable(number: int) -> bool:
    return -_LARGEST_STORED - 1 <= number <= _LARGEST_STORED


def get_or_fail(orm: OrmSession, model: type[Row], row_id: int, what: str) -> Row:
    row = orm.get(model, row_id) if storable(row_id) else None
    if row is None:
        raise NotFoundError(tr("There is no {what} with id {id}.").format(what=tr(what), id=row_id))
    return row


def find_series(orm: OrmSession, name: str) -> models.Series:
    rows = orm.scalars(select(models.Series)).all()
    return series_match(rows, name, lambda row: (row.name, row.short_name))


def find_season(orm: OrmSession, series_name: str, year: int) -> models.Season:
    series = find_series(orm, series_name)
    season = None
    if storable(year):
        season = orm.scalar(
            select(models.Season).where(
                models.Season.series_id == series.id, models.Season.year == year
            )
        )
    if season is None:
        raise NotFoundError(
            tr("{series} has no season {year}.").format(series=series.name, year=year)
        )
    return season


def find_round(orm: OrmSession, series_name: str, year: int, number: int) -> models.Round:
    season = find_season(orm, series_name, year)
    row = None
    if storable(number):
        row = orm.scalar(
            select(models.Round).where(
                models.Round.season_id == season.id, models.Round.number == number
            )
        )
    if row is None:
        raise NotFoundError(
            tr("{series} {year} has no round {number}.").format(
                series=season.series.name, year=year, number=number
            )
        )
    return row


def find_track(orm: OrmSession, text: str) -> models.Track:
    """A circuit by key, name, short name, alias or town (case-insensitive)."""
    rows = orm.scalars(select(models.Track)).all()
    return track_match(
        rows,
        text,
        lambda row: track_names(
            row.key, row.name, row.short_name, row.town, row.aliases.splitlines()
        ),
        lambda row: row.name,
    )


def find_driver(orm: OrmSession, name: str) -> models.Driver:
    wanted = name.strip().casefold()
    row = orm.scalar(select(models.Driver).where(func.lower(models.Driver.name) == wanted))
    if row is not None:
        return row
    rows = orm.scalars(select(models.Driver)).all()
    partial = [
        row
        for row in rows
        if wanted and any(part.casefold() == wanted for part in row.name.split())
    ] or [row for row in rows if wanted and wanted in row.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    raise NotFoundError(tr("There is no driver called “{name}”.").format(name=name))
