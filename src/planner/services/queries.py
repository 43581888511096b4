"""What the views ask: a season's rounds, a weekend, sessions in a time window,
a driver's upcoming sessions, and conflicts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.domain.kinds import SessionKind, SessionStatus
from planner.i18n import tr
from planner.services import validation
from planner.services.convert import series_view
from planner.services.feeds.rows import orm_runner
from planner.services.lookup import (
    find_driver,
    find_round,
    find_season,
    find_series,
    get_or_fail,
    storable,
)
from planner.services.season_rows import season_row
from planner.services.view_rows import entry_views, round_views, session_views
from planner.services.views import (
    Conflict,
    DriverView,
    RoundView,
    ScheduledSession,
    SessionView,
    WeekendView,
)
from planner.services.weekend_rows import rounds_between, rounds_in_season_order, weekend_rows


def list_rounds(db: Database, season_id: int) -> list[RoundView]:
    with db.unit_of_work() as orm:
        if not storable(season_id) or season_row(orm_runner(orm), season_id) is None:
            get_or_fail(orm, models.Season, season_id, "season")  # its message
        return rounds_in_season_order(orm_runner(orm), [season_id])


def list_rounds_of_seasons(db: Database, season_ids: Sequence[int]) -> list[RoundView]:
    """The rounds of these seasons, season by season in the order given, by number.

    One pass for many seasons (``planner list rounds`` read them season by
    season: 20 passes of 7 statements for the archive). Unknown ids are skipped.
    """
    with db.unit_of_work() as orm:
        return rounds_in_season_order(orm_runner(orm), season_ids)


def weekend(db: Database, round_id: int) -> WeekendView:
    """A round with its sessions (by start), entries and series, for the weekend view and sheet."""
    with db.unit_of_work() as orm:
        found = round_views(orm, models.Round.id == round_id)
        if not found:
            get_or_fail(orm, models.Round, round_id, "round")
            raise AssertionError("unreachable")
        view = found[0]
        sessions = sorted(
            session_views(orm, [round_id]).get(round_id, []),
            key=lambda session: (session.start_utc, session.id),
        )
        return WeekendView(
            round=view,
            sessions=tuple(sessions),
            entries=tuple(entry_views(orm, view.season_id, round_id)),
            series=series_view(get_or_fail(orm, models.Series, view.series_id, "series")),
        )


def weekend_and_conflicts(db: Database, round_id: int) -> tuple[WeekendView, list[Conflict]]:
    """``weekend`` and ``find_conflicts`` of its days, from one read (the weekend view).

    The conflicts of the weekend's days are those among the rounds overlapping
    them (a day of margin each side); the weekend's own round is one of them, so
    its round and sessions come from that read too: seven SQL statements
    (``services.weekend_rows``) instead of ``weekend``'s and ``find_conflicts``' 17.
    """
    with db.unit_of_work() as orm:
        read = weekend_rows(orm_runner(orm), round_id)
        if read is None:
            get_or_fail(orm, models.Round, round_id, "round")
            raise AssertionError("unreachable")
    weekend = WeekendView(
        round=read.round,
        sessions=tuple(
            sorted(
                read.sessions.get(round_id, []),
                key=lambda session: (session.start_utc, session.id),
            )
        ),
        entries=read.entries,
        series=read.series,
    )
    driven = [
        ScheduledSession(session=session, round=found)
        for found in read.rounds
        for session in read.sessions.get(found.id, ())
        if _can_clash(session)
    ]
    driven.sort(key=lambda item: (item.session.start_utc, item.session.id))
    return weekend, _conflicts_among(driven)


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
        where: list[ColumnElement[bool]] = []
        if wanted.series is not None:
            where.append(models.Season.series_id == find_series(orm, wanted.series).id)
        if wanted.year is not None:
            if wanted.series is not None:
                find_season(orm, wanted.series, wanted.year)
            where.append(models.Season.year == wanted.year)
        if wanted.round_number is not None:
            if wanted.series is not None and wanted.year is not None:
                find_round(orm, wanted.series, wanted.year, wanted.round_number)
            where.append(models.Round.number == wanted.round_number)
        if wanted.season_ids:
            where.append(models.Round.season_id.in_(sorted(wanted.season_ids)))
        if wanted.first_day is not None:
            where.append(models.Round.last_day >= wanted.first_day - timedelta(days=1))
        if wanted.last_day is not None:
            where.append(models.Round.first_day <= wanted.last_day + timedelta(days=1))
        driver_id = find_driver(orm, wanted.driver).id if wanted.driver else None
        return _collect(orm, where, wanted, driver_id, driven_only=driven_only)


def _collect(
    orm: OrmSession,
    where: Sequence[ColumnElement[bool]],
    wanted: SessionFilter,
    driver_id: int | None,
    *,
    driven_only: bool = False,
) -> list[ScheduledSession]:
    """The sessions of the rounds matching ``where`` that ``wanted`` keeps, by start."""
    rounds = round_views(orm, *where)
    sessions = session_views(orm, [view.id for view in rounds], driven_only=driven_only)
    return _kept(rounds, sessions, wanted, driver_id)


def _kept(
    rounds: Sequence[RoundView],
    sessions: Mapping[int, Sequence[SessionView]],
    wanted: SessionFilter,
    driver_id: int | None,
) -> list[ScheduledSession]:
    """The rounds' sessions that ``wanted`` keeps, by start."""
    result: list[ScheduledSession] = []
    for view in rounds:
        for session in sessions.get(view.id, ()):
            if wanted.kinds and session.kind not in wanted.kinds:
                continue
            if not wanted.include_cancelled and session.status == SessionStatus.CANCELLED:
                continue
            if driver_id is not None and all(d.id != driver_id for d in session.drivers):
                continue
            result.append(ScheduledSession(session=session, round=view))
    result.sort(key=lambda item: (item.session.start_utc, item.session.id))
    return result


def sessions_between(db: Database, first_day: date, last_day: date) -> list[ScheduledSession]:
    """Sessions of rounds overlapping the days (month view); exact cut is the caller's."""
    with db.unit_of_work() as orm:
        rounds, sessions = rounds_between(orm_runner(orm), first_day, last_day)
    return _kept(rounds, sessions, SessionFilter(), None)


def upcoming_sessions(
    db: Database, *, now: datetime | None = None, driver_id: int | None = None, limit: int = 10
) -> list[ScheduledSession]:
    """The next sessions (not cancelled) from ``now``; with a driver, only theirs."""
    moment = now or datetime.now(UTC)
    with db.unit_of_work() as orm:
        where = [models.Round.last_day >= (moment - timedelta(days=2)).date()]
        items = _collect(orm, where, SessionFilter(include_cancelled=False), driver_id)
    return [item for item in items if item.session.busy_until_utc >= moment][:limit]


def month_anchor(db: Database, *, now: datetime | None = None) -> ScheduledSession | None:
    """The next session from ``now`` (running ones count), else the latest one, else None.

    Reads only the rounds near the answer, not the archive.
    """
    moment = now or datetime.now(UTC)
    with db.unit_of_work() as orm:
        where = [models.Round.last_day >= (moment - timedelta(days=2)).date()]
        coming = [
            item
            for item in _collect(orm, where, SessionFilter(), None)
            if item.session.busy_until_utc >= moment
        ]
        if coming:
            return coming[0]
        latest = orm.scalar(select(func.max(models.Round.last_day)))
        if latest is None:
            return None
        where = [models.Round.last_day >= latest - timedelta(days=2)]
        items = _collect(orm, where, SessionFilter(), None)
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
    return items, _conflicts_among([item for item in items if _can_clash(item.session)])


def _can_clash(session: SessionView) -> bool:
    """Driven and not cancelled: a session nobody drives, or that will not run, clashes
    with nothing (``find_conflicts`` reads only those)."""
    return bool(session.drivers) and session.status != SessionStatus.CANCELLED


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
