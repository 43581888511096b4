"""What the views ask: a season's rounds, a weekend, sessions in a time window,
a driver's upcoming sessions, and conflicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload, selectinload

from planner.db import models
from planner.db.database import Database
from planner.domain.kinds import SessionKind, SessionStatus
from planner.i18n import tr
from planner.services import validation
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


def _round_query(*, driven_only: bool = False) -> Select[tuple[models.Round]]:
    """Rounds with everything a view shows. ``driven_only``: of the sessions, only
    those with drivers (all that conflicts are about); counts then come apart."""
    sessions = (
        models.Round.sessions.and_(models.Session.stints.any())
        if driven_only
        else models.Round.sessions
    )
    # Many-to-one (season, series, track) joined into the main query: fewer round trips.
    return select(models.Round).options(
        joinedload(models.Round.season).joinedload(models.Season.series),
        joinedload(models.Round.season)
        .selectinload(models.Season.entries)
        .selectinload(models.Entry.crew)
        .selectinload(models.EntryDriver.driver),
        joinedload(models.Round.track).selectinload(models.Track.lap_records),
        selectinload(sessions)
        .selectinload(models.Session.stints)
        .selectinload(models.SessionDriver.driver),
    )


def _session_counts(orm: OrmSession, round_ids: Sequence[int]) -> dict[int, int]:
    if not round_ids:
        return {}
    return dict(
        orm.execute(
            select(models.Session.round_id, func.count(models.Session.id))
            .where(models.Session.round_id.in_(round_ids))
            .group_by(models.Session.round_id)
        )
        .tuples()
        .all()
    )


def _round_list_query() -> Select[tuple[models.Round]]:
    """Rounds with what a list of rounds shows; the sessions are counted, not loaded."""
    # Many-to-one (season, series, track) joined into the main query: a season
    # switch reads the rounds twice (navigator and page); each round trip is
    # ~4 ms of SQLAlchemy statement work here.
    return select(models.Round).options(
        joinedload(models.Round.season).joinedload(models.Season.series),
        joinedload(models.Round.season)
        .selectinload(models.Season.entries)
        .selectinload(models.Entry.crew)
        .selectinload(models.EntryDriver.driver),
        joinedload(models.Round.track).selectinload(models.Track.lap_records),
    )


def list_rounds(db: Database, season_id: int) -> list[RoundView]:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        return _rounds_of_seasons(orm, [season_id])


def list_rounds_of_seasons(db: Database, season_ids: Sequence[int]) -> list[RoundView]:
    """The rounds of these seasons, season by season in the order given, by number.

    One pass for many seasons (``planner list rounds`` read them season by
    season: 20 passes of 7 statements for the archive). Unknown ids are skipped.
    """
    with db.unit_of_work() as orm:
        return _rounds_of_seasons(orm, season_ids)


def _rounds_of_seasons(orm: OrmSession, season_ids: Sequence[int]) -> list[RoundView]:
    if not season_ids:
        return []
    counts: dict[int, int] = dict(
        orm.execute(
            select(models.Session.round_id, func.count(models.Session.id))
            .join(models.Round)
            .where(models.Round.season_id.in_(season_ids))
            .group_by(models.Session.round_id)
        )
        .tuples()
        .all()
    )
    rows = orm.scalars(
        _round_list_query()
        .where(models.Round.season_id.in_(season_ids))
        .order_by(models.Round.number)
    )
    place = {season_id: index for index, season_id in enumerate(season_ids)}
    views = [round_view(row, session_count=counts.get(row.id, 0)) for row in rows]
    views.sort(key=lambda view: place[view.season_id])  # stable: by number within a season
    return views


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
    # Rounds overlapping these days (a day of margin each side for time zones).
    first_day: date | None = None
    last_day: date | None = None


def scheduled_sessions(
    db: Database, session_filter: SessionFilter | None = None
) -> list[ScheduledSession]:
    """Sessions with their rounds, in start order, filtered by series, year, round, driver, kind."""
    return _scheduled(db, session_filter or SessionFilter())


def _scheduled(
    db: Database, wanted: SessionFilter, *, driven_only: bool = False
) -> list[ScheduledSession]:
    if wanted.year is not None:
        validation.season_year(wanted.year)
    if wanted.round_number is not None:
        validation.round_number(wanted.round_number)
    with db.unit_of_work() as orm:
        query = _round_query(driven_only=driven_only).join(models.Season)
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
        if wanted.first_day is not None:
            query = query.where(models.Round.last_day >= wanted.first_day - timedelta(days=1))
        if wanted.last_day is not None:
            query = query.where(models.Round.first_day <= wanted.last_day + timedelta(days=1))
        driver_id = find_driver(orm, wanted.driver).id if wanted.driver else None
        if not driven_only:
            return _collect(orm.scalars(query), wanted, driver_id)
        rows = list(orm.scalars(query))
        counts = _session_counts(orm, [row.id for row in rows])
        return _collect(rows, wanted, driver_id, counts)


def _collect(
    rows: Iterable[models.Round],
    wanted: SessionFilter,
    driver_id: int | None,
    session_counts: Mapping[int, int] | None = None,
) -> list[ScheduledSession]:
    result: list[ScheduledSession] = []
    track_cache: dict[int, TrackView] = {}
    for row in rows:
        track = track_cache.get(row.track_id)
        if track is None:
            track = track_cache[row.track_id] = track_view(row.track)
        count = None if session_counts is None else session_counts.get(row.id, 0)
        view = round_view(row, track=track, session_count=count)
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


def month_anchor(db: Database, *, now: datetime | None = None) -> ScheduledSession | None:
    """The next session from ``now`` (running ones count), else the latest one, else None.

    Reads only the rounds near the answer, not the archive.
    """
    moment = now or datetime.now(UTC)
    with db.unit_of_work() as orm:
        query = _round_query().where(models.Round.last_day >= (moment - timedelta(days=2)).date())
        coming = [
            item
            for item in _collect(orm.scalars(query), SessionFilter(), None)
            if item.session.busy_until_utc >= moment
        ]
        if coming:
            return coming[0]
        latest = orm.scalar(select(func.max(models.Round.last_day)))
        if latest is None:
            return None
        query = _round_query().where(models.Round.last_day >= latest - timedelta(days=2))
        items = _collect(orm.scalars(query), SessionFilter(), None)
        return items[-1] if items else None


def followed_drivers(db: Database) -> list[DriverView]:
    from planner.services.convert import driver_view

    with db.unit_of_work() as orm:
        rows = orm.scalars(
            select(models.Driver)
            .where(models.Driver.followed.is_(True))
            .order_by(models.Driver.name)
        )
        return [driver_view(row) for row in rows]


def find_conflicts(
    db: Database,
    *,
    season_ids: Sequence[int] = (),
    first_day: date | None = None,
    last_day: date | None = None,
) -> list[Conflict]:
    """Sessions that clash: one driver in two overlapping sessions, or two followed
    drivers on track at the same time at different rounds (the family cannot watch both).

    ``first_day``/``last_day``: only among rounds overlapping those days (a view
    shows a weekend or a month, not the archive); every clash of a session in
    those days is found, since what clashes with it runs at the same time.
    """
    # A session nobody drives clashes with nothing: only driven sessions are read.
    items = _scheduled(
        db,
        SessionFilter(
            include_cancelled=False,
            season_ids=frozenset(season_ids),
            first_day=first_day,
            last_day=last_day,
        ),
        driven_only=True,
    )
    return _conflicts_among(items)


def sessions_and_conflicts_between(
    db: Database, first_day: date, last_day: date
) -> tuple[list[ScheduledSession], list[Conflict]]:
    """``sessions_between`` and ``find_conflicts`` of the same days, from one read.

    Both read the rounds overlapping the days (a day of margin each side); the
    conflicts are those among the driven, not cancelled sessions of that read,
    so a month or week view reads its rounds once instead of twice.
    """
    items = sessions_between(db, first_day, last_day)
    driven = [
        item
        for item in items
        if item.session.drivers and item.session.status != SessionStatus.CANCELLED
    ]
    return items, _conflicts_among(driven)


def _conflicts_among(items: Sequence[ScheduledSession]) -> list[Conflict]:
    """Clashes among sessions sorted by start (a sweep keeps only those still running)."""
    conflicts: list[Conflict] = []
    active: list[tuple[datetime, ScheduledSession]] = []
    for item in items:  # sorted by start: a sweep keeps only sessions still running
        times = item.session.times
        start = times.utc_start
        active = [(until, other) for until, other in active if until > start]
        for _until, other in active:
            conflicts.extend(_clashes(other, item))
        active.append((times.utc_end or start, item))
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
