"""Round and session views read as plain rows, not as ORM objects.

The views only show data, so they need no identity map, no change tracking and
no relationship loaders. A profile of a month step on the 20,000-session
archive spent ~40 % in SQLAlchemy's ORM (building objects, one selectin load
per relationship); a switch to the weekend view and the season view the same.
Here each view is built from a handful of column queries (rounds with their
season and series; session counts; crews; tracks; lap records; sessions;
stints), with the same values, order and types as ``convert.round_view`` and
``convert.session_view`` give from ORM rows (tested equal on the demo seasons).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.domain.kinds import RoundStatus
from planner.services.views import (
    SESSION_VIEW_COLUMNS,
    TRACK_COLUMNS,
    DriverView,
    EntryView,
    LapRecordView,
    RoundView,
    SessionView,
    TrackView,
    entry_view_from_row,
    session_view_from_row,
    track_view_from_row,
)


def round_views(orm: OrmSession, *where: ColumnElement[bool]) -> list[RoundView]:
    """Rounds matching ``where`` (on rounds, seasons or series), by number."""
    rows = orm.execute(
        select(
            models.Round.id,
            models.Round.season_id,
            models.Season.series_id,
            models.Series.name,
            models.Series.short_name,
            models.Series.colour,
            models.Season.year,
            models.Round.number,
            models.Round.name,
            models.Round.track_id,
            models.Round.first_day,
            models.Round.last_day,
            models.Round.status,
            models.Round.notes,
            models.Round.revision,
        )
        .join(models.Season, models.Season.id == models.Round.season_id)
        .join(models.Series, models.Series.id == models.Season.series_id)
        .where(*where)
        .order_by(models.Round.number, models.Round.id)
    ).all()
    if not rows:
        return []
    round_ids = [row[0] for row in rows]
    counts = _session_counts(orm, round_ids)
    crews = _crews(orm, {row[1] for row in rows})
    tracks = track_views(orm, {row[9] for row in rows})
    result = []
    for (
        round_id,
        season_id,
        series_id,
        series_name,
        series_short_name,
        series_colour,
        year,
        number,
        name,
        track_id,
        first_day,
        last_day,
        status,
        notes,
        revision,
    ) in rows:
        drivers: dict[int, DriverView] = {}
        for entry_round, driver in crews.get(season_id, ()):
            if entry_round is None or entry_round == round_id:
                drivers.setdefault(driver.id, driver)
        result.append(
            RoundView(
                id=round_id,
                season_id=season_id,
                series_id=series_id,
                series_name=series_name,
                series_short_name=series_short_name,
                series_colour=series_colour,
                year=year,
                number=number,
                name=name,
                track=tracks[track_id],
                first_day=first_day,
                last_day=last_day,
                status=RoundStatus(status),
                notes=notes,
                drivers=tuple(drivers.values()),
                session_count=counts.get(round_id, 0),
                revision=revision,
            )
        )
    return result


def session_views(
    orm: OrmSession, round_ids: Collection[int], *, driven_only: bool = False
) -> dict[int, list[SessionView]]:
    """The sessions of these rounds by round, each in (start, id) order.

    ``driven_only``: only sessions with drivers (all that conflicts are about).
    """
    if not round_ids:
        return {}
    found: dict[int, list[SessionView]] = {}
    chosen = models.Session.round_id.in_(sorted(round_ids))
    for view in _sessions(orm, chosen, driven_only=driven_only):
        found.setdefault(view.round_id, []).append(view)
    return found


def sessions_with_ids(orm: OrmSession, session_ids: Collection[int]) -> list[SessionView]:
    """These sessions (those that exist), in (start, id) order."""
    if not session_ids:
        return []
    return _sessions(orm, models.Session.id.in_(sorted(session_ids)))


def _sessions(
    orm: OrmSession, chosen: ColumnElement[bool], *, driven_only: bool = False
) -> list[SessionView]:
    stints: dict[int, list[DriverView]] = {}
    for session_id, driver_id, name, nationality, followed, revision in orm.execute(
        select(
            models.SessionDriver.session_id,
            models.Driver.id,
            models.Driver.name,
            models.Driver.nationality,
            models.Driver.followed,
            models.Driver.revision,
        )
        .join(models.Driver, models.Driver.id == models.SessionDriver.driver_id)
        .join(models.Session, models.Session.id == models.SessionDriver.session_id)
        .where(chosen)
        .order_by(models.SessionDriver.session_id, models.SessionDriver.stint_order)
    ).tuples():
        stints.setdefault(session_id, []).append(
            DriverView(driver_id, name, nationality, followed, revision)
        )
    query = select(*(getattr(models.Session, column) for column in SESSION_VIEW_COLUMNS)).where(
        chosen
    )
    if driven_only:
        query = query.where(models.Session.stints.any())
    return [
        session_view_from_row(row, stints.get(row[0], ()))
        for row in orm.execute(query.order_by(models.Session.start_wall, models.Session.id))
    ]


def track_views(orm: OrmSession, track_ids: Collection[int]) -> dict[int, TrackView]:
    if not track_ids:
        return {}
    ids = sorted(track_ids)
    records: dict[int, list[LapRecordView]] = {}
    for track_id, record_id, car_class, lap_time_ms, holder, year in orm.execute(
        select(
            models.LapRecord.track_id,
            models.LapRecord.id,
            models.LapRecord.car_class,
            models.LapRecord.lap_time_ms,
            models.LapRecord.holder,
            models.LapRecord.year,
        )
        .where(models.LapRecord.track_id.in_(ids))
        .order_by(models.LapRecord.id)
    ).tuples():
        records.setdefault(track_id, []).append(
            LapRecordView(
                id=record_id, car_class=car_class, lap_time_ms=lap_time_ms, holder=holder, year=year
            )
        )
    found: dict[int, TrackView] = {}
    for row in orm.execute(
        select(*(getattr(models.Track, column) for column in TRACK_COLUMNS)).where(
            models.Track.id.in_(ids)
        )
    ).tuples():
        found[row[0]] = track_view_from_row(row, records.get(row[0], ()))
    return found


def _session_counts(orm: OrmSession, round_ids: Sequence[int]) -> dict[int, int]:
    return dict(
        orm.execute(
            select(models.Session.round_id, func.count(models.Session.id))
            .where(models.Session.round_id.in_(round_ids))
            .group_by(models.Session.round_id)
        )
        .tuples()
        .all()
    )


def _crews(
    orm: OrmSession, season_ids: Collection[int]
) -> dict[int, list[tuple[int | None, DriverView]]]:
    """Per season, its entries' drivers in entry and crew order, with the entry's round."""
    found: dict[int, list[tuple[int | None, DriverView]]] = {}
    for season_id, entry_round, driver_id, name, nationality, followed, revision in orm.execute(
        select(
            models.Entry.season_id,
            models.Entry.round_id,
            models.Driver.id,
            models.Driver.name,
            models.Driver.nationality,
            models.Driver.followed,
            models.Driver.revision,
        )
        .join(models.EntryDriver, models.EntryDriver.entry_id == models.Entry.id)
        .join(models.Driver, models.Driver.id == models.EntryDriver.driver_id)
        .where(models.Entry.season_id.in_(sorted(season_ids)))
        .order_by(models.Entry.id, models.EntryDriver.position)
    ).tuples():
        found.setdefault(season_id, []).append(
            (
                entry_round,
                DriverView(driver_id, name, nationality, followed, revision),
            )
        )
    return found


def entry_views(orm: OrmSession, season_id: int, round_id: int) -> list[EntryView]:
    """The season's whole-season entries and this round's own, by id, with their cars
    and crews (in crew order): what ``convert.entry_view`` gives from ORM rows, from
    two column queries (the ORM's joined and selectin loads were a quarter of a
    weekend's read)."""
    rows = orm.execute(
        select(
            models.Entry.id,
            models.Entry.season_id,
            models.Entry.round_id,
            models.Car.id,
            models.Car.team_id,
            models.Team.name,
            models.Car.number,
            models.Car.model,
            models.Car.car_class,
            models.Car.revision,
        )
        .join(models.Car, models.Car.id == models.Entry.car_id)
        .outerjoin(models.Team, models.Team.id == models.Car.team_id)
        .where(
            models.Entry.season_id == season_id,
            or_(models.Entry.round_id.is_(None), models.Entry.round_id == round_id),
        )
        .order_by(models.Entry.id)
    ).all()
    if not rows:
        return []
    crews: dict[int, list[DriverView]] = {}
    for entry_id, driver_id, name, nationality, followed, revision in orm.execute(
        select(
            models.EntryDriver.entry_id,
            models.Driver.id,
            models.Driver.name,
            models.Driver.nationality,
            models.Driver.followed,
            models.Driver.revision,
        )
        .join(models.Driver, models.Driver.id == models.EntryDriver.driver_id)
        .where(models.EntryDriver.entry_id.in_([row[0] for row in rows]))
        .order_by(models.EntryDriver.entry_id, models.EntryDriver.position)
    ).tuples():
        crews.setdefault(entry_id, []).append(
            DriverView(
                id=driver_id,
                name=name,
                nationality=nationality,
                followed=followed,
                revision=revision,
            )
        )
    return [entry_view_from_row(row, crews.get(row[0], ())) for row in rows]
