"""Finding rows by what users type: series by name or short name, seasons by year."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.domain.errors import NotFoundError
from planner.i18n import tr

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
    wanted = name.strip().casefold()
    rows = orm.scalars(select(models.Series)).all()
    for row in rows:
        if wanted in (row.name.casefold(), row.short_name.casefold()):
            return row
    partial = [row for row in rows if wanted and wanted in row.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    known = ", ".join(sorted(row.name for row in rows)) or tr("none yet")
    raise NotFoundError(
        tr("There is no series called “{name}”. Known series: {known}.").format(
            name=name, known=known
        )
    )


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
    wanted = text.strip().casefold()
    rows = orm.scalars(select(models.Track)).all()
    for row in rows:
        names = {row.key, row.name, row.short_name, row.town, *row.aliases.splitlines()}
        if wanted in {name.casefold() for name in names if name}:
            return row
    partial = [row for row in rows if wanted and wanted in row.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    raise NotFoundError(
        tr(
            "No circuit in the library matches “{text}”. Add it first, or check the spelling."
        ).format(text=text)
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
