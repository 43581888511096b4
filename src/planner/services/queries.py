"""What the views ask: a season's rounds, a weekend, sessions in a time window,
a driver's upcoming sessions, and conflicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from planner.db import models
from planner.db.database import Database
from planner.domain.kinds import SessionKind, SessionStatus
from planner.i18n import tr
from planner.services.convert import (
    entry_view,
    round_view,
    series_view,
    session_view,
    track_view,
)
from planner.services.lookup import find_driver, find_round, find_season, find_series, get_or_fail
from planner.services.views import (
    Conflict,
    DriverView,
    RoundView,
    ScheduledSession,
    TrackView,
    WeekendView,
)


def _round_query() -> Select[tuple[models.Round]]:
    return select(models.Round).options(
        selectinload(models.Round.season).selectinload(models.Season.series),
        selectinload(models.Round.season)
        .selectinload(models.Season.entries)
        .selectinload(models.Entry.crew)
        .selectinload(models.EntryDriver.driver),
        selectinload(models.Round.track).selectinload(models.Track.lap_records),
        selectinload(models.Round.sessions)
        .selectinload(models.Session.stints)
        .selectinload(models.SessionDriver.driver),
    )


def list_rounds(db: Database, season_id: int) -> list[RoundView]:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        rows = orm.scalars(
            _round_query().where(models.Round.season_id == season_id).order_by(models.Round.number)
        )
        return [round_view(row) for row in rows]


def weekend(db: Database, round_id: int) -> WeekendView:
    """A round with its sessions (by start), entries and series, for the weekend view and sheet."""
    with db.unit_of_work() as orm:
        row = orm.scalar(_round_query().where(models.Round.id == round_id))
        if row is None:
            get_or_fail(orm, models.Round, round_id, "round")
            raise AssertionError("unreachable")
        view = round_view(row)
        sessions = sorted(
            (session_view(session) for session in row.sessions),
            key=lambda session: (session.start_utc, session.id),
        )
        entries = tuple(
            entry_view(entry) for entry in row.season.entries if entry.round_id in (None, row.id)
        )
        return WeekendView(
            round=view,
            sessions=tuple(sessions),
            entries=entries,
            series=series_view(row.season.series),
        )


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions a list, a feed or a sheet is about. Empty means everything."""

    series: str | None = None  # name or short name
    year: int | None = None
    round_number: int | None = None
    driver: str | None = None  # name; only sessions this driver drives or shares
    kinds: frozenset[SessionKind] = frozenset()
    include_cancelled: bool = True
    season_ids: frozenset[int] = frozenset()


def scheduled_sessions(
    db: Database, session_filter: SessionFilter | None = None
) -> list[ScheduledSession]:
    """Sessions with their rounds, in start order, filtered by series, year, round, driver, kind."""
    wanted = session_filter or SessionFilter()
    with db.unit_of_work() as orm:
        query = _round_query().join(models.Season)
        if wanted.series is not None:
            query = query.where(models.Season.series_id == find_series(orm, wanted.series).id)
        if wanted.year is not None:
            if wanted.series is not None:
                find_season(orm, wanted.series, wanted.year)
            query = query.where(models.Season.year == wanted.year)
        if wanted.round_number is not None:
            if wanted.series is not None and wanted.year is not None:
                find_round(orm, wanted.series, wanted.year, wanted.round_number)
            query = query.where(models.Round.number == wanted.round_number)
        if wanted.season_ids:
            query = query.where(models.Round.season_id.in_(wanted.season_ids))
        driver_id = find_driver(orm, wanted.driver).id if wanted.driver else None
        return _collect(orm.scalars(query), wanted, driver_id)


def _collect(
    rows: Iterable[models.Round], wanted: SessionFilter, driver_id: int | None
) -> list[ScheduledSession]:
    result: list[ScheduledSession] = []
    track_cache: dict[int, TrackView] = {}
    for row in rows:
        track = track_cache.get(row.track_id)
        if track is None:
            track = track_cache[row.track_id] = track_view(row.track)
        view = round_view(row, track=track)
        for session in row.sessions:
            if wanted.kinds and session.kind not in wanted.kinds:
                continue
            if not wanted.include_cancelled and session.status == SessionStatus.CANCELLED:
                continue
            if driver_id is not None and all(s.driver_id != driver_id for s in session.stints):
                continue
            result.append(ScheduledSession(session=session_view(session), round=view))
    result.sort(key=lambda item: (item.session.start_utc, item.session.id))
    return result


def sessions_between(db: Database, first_day: date, last_day: date) -> list[ScheduledSession]:
    """Sessions of rounds overlapping the days (month view); exact cut is the caller's."""
    with db.unit_of_work() as orm:
        query = _round_query().where(
            models.Round.last_day >= first_day - timedelta(days=1),
            models.Round.first_day <= last_day + timedelta(days=1),
        )
        return _collect(orm.scalars(query), SessionFilter(), None)


def upcoming_sessions(
    db: Database, *, now: datetime | None = None, driver_id: int | None = None, limit: int = 10
) -> list[ScheduledSession]:
    """The next sessions (not cancelled) from ``now``; with a driver, only theirs."""
    moment = now or datetime.now(UTC)
    with db.unit_of_work() as orm:
        query = _round_query().where(models.Round.last_day >= (moment - timedelta(days=2)).date())
        items = _collect(orm.scalars(query), SessionFilter(include_cancelled=False), driver_id)
    return [item for item in items if item.session.busy_until_utc >= moment][:limit]


def followed_drivers(db: Database) -> list[DriverView]:
    from planner.services.convert import driver_view

    with db.unit_of_work() as orm:
        rows = orm.scalars(
            select(models.Driver)
            .where(models.Driver.followed.is_(True))
            .order_by(models.Driver.name)
        )
        return [driver_view(row) for row in rows]


def find_conflicts(db: Database, *, season_ids: Sequence[int] = ()) -> list[Conflict]:
    """Sessions that clash: one driver in two overlapping sessions, or two followed
    drivers on track at the same time at different rounds (the family cannot watch both)."""
    items = scheduled_sessions(
        db, SessionFilter(include_cancelled=False, season_ids=frozenset(season_ids))
    )
    conflicts: list[Conflict] = []
    active: list[ScheduledSession] = []
    for item in items:  # sorted by start: a sweep keeps only sessions still running
        start = item.session.start_utc
        active = [other for other in active if other.session.busy_until_utc > start]
        for other in active:
            conflicts.extend(_clashes(other, item))
        active.append(item)
    return conflicts


def _clashes(first: ScheduledSession, second: ScheduledSession) -> list[Conflict]:
    first_drivers = {driver.id: driver for driver in first.session.drivers}
    second_drivers = {driver.id: driver for driver in second.session.drivers}
    shared = [first_drivers[key] for key in first_drivers.keys() & second_drivers.keys()]
    found: list[Conflict] = []
    if shared:
        names = ", ".join(driver.name for driver in shared)
        found.append(
            Conflict(
                kind="driver-overlap",
                first=first,
                second=second,
                drivers=tuple(shared),
                message=tr(
                    "{drivers} would drive two sessions at once: {first} and {second}."
                ).format(drivers=names, first=_label(first), second=_label(second)),
            )
        )
    elif first.round.id != second.round.id:
        family_first = [d for d in first.session.drivers if d.followed]
        family_second = [d for d in second.session.drivers if d.followed]
        for one, other in combinations(family_first + family_second, 2):
            if one in family_first and other in family_second:
                found.append(
                    Conflict(
                        kind="family-overlap",
                        first=first,
                        second=second,
                        drivers=(one, other),
                        message=tr(
                            "{one} and {other} are on track at the same time at different "
                            "rounds: {first} and {second}."
                        ).format(
                            one=one.name,
                            other=other.name,
                            first=_label(first),
                            second=_label(second),
                        ),
                    )
                )
                break
    return found


def _label(item: ScheduledSession) -> str:
    series = item.round.series_short_name or item.round.series_name
    return f"{series} {item.round.title} · {item.session.name}"
