"""The one read of everything a feed needs: rounds, sessions, stints and cars.

Rows come straight from the sqlite3 cursor as plain tuples (Core queries
compiled once per export, no Row objects; date strings parsed with
``fromisoformat`` only when needed). Plain lists of tuples compare in C, so
an export can see in one comparison that nothing changed since the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.domain.kinds import SessionStatus
from planner.services.feeds.spec import FeedSpec


class RoundFacts(NamedTuple):
    """One round as the round query gives it (the tail of a :class:`Row`)."""

    round_id: int
    round_number: int
    round_name: str
    first_day: date | str
    last_day: date | str
    round_status: str
    season_id: int
    year: int
    series_id: int
    series_name: str
    series_short_name: str
    series_website: str
    series_live_timing_url: str
    series_stream_url: str
    track_key: str
    track_name: str
    track_short_name: str
    track_town: str
    track_country: str
    latitude: float | None
    longitude: float | None
    round_uid: str
    round_revision: int
    round_changed_utc: datetime | str
    track_zone: str


class Row(NamedTuple):
    """One session with everything its event is made of (hashable: part of the cache key)."""

    session_id: int
    uid: str
    kind: str
    name: str
    start_wall: datetime | str  # as stored: parsed only when the event is not cached
    zone: str
    is_dst: bool | None
    duration_minutes: int | None
    status: str
    broadcast: str
    stream_url: str
    notes: str
    revision: int
    changed_utc: datetime | str
    round_id: int
    round_number: int
    round_name: str
    first_day: date | str
    last_day: date | str
    round_status: str
    season_id: int
    year: int
    series_id: int
    series_name: str
    series_short_name: str
    series_website: str
    series_live_timing_url: str
    series_stream_url: str
    track_key: str
    track_name: str
    track_short_name: str
    track_town: str
    track_country: str
    latitude: float | None
    longitude: float | None
    round_uid: str
    round_revision: int
    round_changed_utc: datetime | str
    track_zone: str


class Car(NamedTuple):
    number: str
    model: str
    car_class: str
    team: str


class Entry(NamedTuple):
    season_id: int
    round_id: int | None
    car: Car
    crew: frozenset[int]


@dataclass(frozen=True)
class Selection:
    rows: list[Row]
    drivers: dict[int, tuple[tuple[int, str], ...]]  # session id -> (driver id, name) by stint
    cars: dict[int, Car | None]  # session id -> car
    keys: dict[int, tuple[object, ...]]  # session id -> what its event is made of (cache key)
    rounds: list[RoundFacts]  # every round of the feed's seasons, with or without sessions
    results: dict[int, tuple[tuple[Any, ...], ...]] = field(default_factory=dict)  # by session


def feed_season_ids(orm: OrmSession, spec: FeedSpec) -> set[int] | None:
    """The seasons a feed covers; None: every season."""
    if not spec.series_ids and not spec.season_ids:
        return None
    wanted = set(spec.season_ids)
    if spec.series_ids:
        wanted.update(
            orm.scalars(
                select(models.Season.id).where(models.Season.series_id.in_(spec.series_ids))
            )
        )
    return wanted


def as_stored(column: Any) -> Any:
    """A date/time column as the database gives it: SQLAlchemy's per-value parsing of
    SQLite's date strings is slower than ``fromisoformat``."""
    return type_coerce(column, String)


def fetch(orm: OrmSession, query: Any) -> list[tuple[Any, ...]]:
    """The rows of a Core select as plain tuples, straight from the sqlite3 cursor.

    SQLAlchemy's result rows (processors, Row objects) cost three times the
    query itself for 20,000 sessions; the selects here only read text,
    numbers and raw date strings, which need no conversion (booleans come
    back as 0/1, and are only used through ``bool()``).
    """
    connection = orm.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    driver = connection.connection.driver_connection
    if driver is None or connection.dialect.name != "sqlite":  # pragma: no cover
        return [tuple(values) for values in orm.execute(query)]
    params = compiled.params
    cursor = driver.execute(str(compiled), [params[name] for name in compiled.positiontup or ()])
    try:
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows
    finally:
        cursor.close()


def as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@cache
def as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class Raw(NamedTuple):
    """Everything a feed's events are made of, as the database gives it.

    Plain lists of tuples: comparing two of them is cheap (C), so an export
    whose data did not change since the last one can reuse that one's bytes.
    """

    rounds: list[tuple[Any, ...]]
    sessions: list[tuple[Any, ...]]
    stints: list[tuple[Any, ...]]
    entries: list[tuple[Any, ...]]
    results: list[tuple[Any, ...]] = []  # noqa: RUF012 (a NamedTuple default, never mutated)


def fetch_raw(orm: OrmSession, spec: FeedSpec, session_ids: Iterable[int] | None = None) -> Raw:
    s, r, season, series, track = (
        models.Session,
        models.Round,
        models.Season,
        models.Series,
        models.Track,
    )
    # Two queries (the sessions; their rounds with season, series and circuit) instead
    # of one wide join: a fifth of the values to turn into Python objects.
    round_query = (
        select(
            r.id,
            r.number,
            r.name,
            as_stored(r.first_day),
            as_stored(r.last_day),
            r.status,
            r.season_id,
            season.year,
            series.id,
            series.name,
            series.short_name,
            series.website,
            series.live_timing_url,
            series.stream_url,
            track.key,
            track.name,
            track.short_name,
            track.town,
            track.country,
            track.latitude,
            track.longitude,
            r.uid,
            r.revision,
            as_stored(r.changed_utc),
            track.timezone,
        )
        .join(season, r.season_id == season.id)
        .join(series, season.series_id == series.id)
        .join(track, r.track_id == track.id)
    )
    seasons = feed_season_ids(orm, spec)
    if seasons is not None:
        round_query = round_query.where(r.season_id.in_(seasons))
    rounds = fetch(orm, round_query)
    query = select(
        s.id,
        s.uid,
        s.kind,
        s.name,
        as_stored(s.start_wall),
        s.zone,
        s.is_dst,
        s.duration_minutes,
        s.status,
        s.broadcast,
        s.stream_url,
        s.notes,
        s.revision,
        as_stored(s.changed_utc),
        s.round_id,
    )
    if session_ids is not None:
        query = query.where(s.id.in_(list(session_ids)))
    elif seasons is not None:
        query = query.where(s.round_id.in_([values[0] for values in rounds]))
    if spec.kinds:
        query = query.where(s.kind.in_([kind.value for kind in spec.kinds]))
    if not spec.include_cancelled:
        query = query.where(s.status != SessionStatus.CANCELLED.value)
    if spec.only_broadcast:
        query = query.where(func.length(func.trim(s.broadcast)) > 0)
    sessions = fetch(orm, query)

    stints = select(models.SessionDriver.session_id, models.Driver.id, models.Driver.name).join(
        models.Driver, models.SessionDriver.driver_id == models.Driver.id
    )
    if session_ids is not None:
        stints = stints.where(
            models.SessionDriver.session_id.in_([values[0] for values in sessions])
        )
    stint_rows = fetch(
        orm, stints.order_by(models.SessionDriver.session_id, models.SessionDriver.stint_order)
    )
    # The cars of the seasons of these sessions (a superset of what the
    # driver filter keeps: only the kept sessions' seasons are looked at).
    season_of_round = {values[0]: values[6] for values in rounds}
    season_ids = {season_of_round.get(values[-1]) for values in sessions} - {None}
    entries: list[tuple[Any, ...]] = []
    if season_ids:
        entries = fetch(
            orm,
            select(
                models.Entry.id,
                models.Entry.season_id,
                models.Entry.round_id,
                models.Car.number,
                models.Car.model,
                models.Car.car_class,
                models.Team.name,
                models.EntryDriver.driver_id,
            )
            .join(models.Car, models.Entry.car_id == models.Car.id)
            .outerjoin(models.Team, models.Car.team_id == models.Team.id)
            .outerjoin(models.EntryDriver, models.EntryDriver.entry_id == models.Entry.id)
            .where(models.Entry.season_id.in_(sorted(season_ids)))
            .order_by(models.Entry.id, models.EntryDriver.driver_id),
        )
    return Raw(
        rounds, sessions, stints=stint_rows, entries=entries, results=_results(orm, sessions)
    )


def _results(orm: OrmSession, sessions: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Entered results of these sessions with their car (a finished session's event says
    how it went). Few rows: one query over the results table."""
    from planner.db.result_models import SessionResult

    wanted = {values[0] for values in sessions}
    found = fetch(
        orm,
        select(
            SessionResult.session_id,
            models.Car.number,
            models.Car.model,
            models.Car.car_class,
            SessionResult.status,
            SessionResult.position,
            SessionResult.class_position,
            SessionResult.reason,
            SessionResult.pole,
            SessionResult.fastest_lap,
            SessionResult.best_lap_ms,
        )
        .join(models.Entry, SessionResult.entry_id == models.Entry.id)
        .join(models.Car, models.Entry.car_id == models.Car.id)
        .order_by(SessionResult.session_id, models.Car.number, SessionResult.id),
    )
    return [values for values in found if values[0] in wanted]


def select_sessions(
    raw: Raw, spec: FeedSpec, round_token: Callable[[tuple[Any, ...]], int]
) -> Selection:
    """The sessions a feed keeps, with their drivers and cars.

    ``round_token`` gives a small number per distinct round facts (see
    :meth:`ExportCache.round_token`): part of each session's cache key.
    """
    round_facts = {values[0]: values for values in raw.rounds}
    tokens = {round_id: round_token(facts) for round_id, facts in round_facts.items()}
    # Kept as the database gives them (strings hash fast: rows are cache keys).
    rows: list[Row] = []
    keys: dict[int, tuple[object, ...]] = {}
    make = Row._make
    results: dict[int, list[tuple[Any, ...]]] = {}
    for values in raw.results:
        results.setdefault(values[0], []).append(values[1:])
    frozen_results = {key: tuple(value) for key, value in results.items()}
    for values in raw.sessions:
        facts = round_facts.get(values[-1])
        if facts is None:
            continue
        rows.append(make(values[:-1] + facts))
        keys[values[0]] = (values, tokens[values[-1]], frozen_results.get(values[0], ()))
    drivers: dict[int, list[tuple[int, str]]] = {}
    for session_id, driver_id, driver_name in raw.stints:
        drivers.setdefault(session_id, []).append((driver_id, driver_name))
    frozen = {key: tuple(value) for key, value in drivers.items()}
    if spec.driver_ids:
        rows = [
            row
            for row in rows
            if any(driver_id in spec.driver_ids for driver_id, _ in frozen.get(row.session_id, ()))
        ]
    return Selection(
        rows=rows,
        drivers=frozen,
        cars=cars_of(raw.entries, rows, frozen),
        keys=keys,
        rounds=[RoundFacts._make(values) for values in raw.rounds],
        results=frozen_results,
    )


def cars_of(
    entry_rows: Sequence[tuple[Any, ...]],
    rows: list[Row],
    drivers: Mapping[int, tuple[tuple[int, str], ...]],
) -> dict[int, Car | None]:
    """The car of each session: the entry whose crew drives it, else the season's only entry."""
    season_ids = {row.season_id for row in rows}
    if not season_ids:
        return {}
    crews: dict[int, set[int]] = {}
    entries: dict[int, tuple[int, int | None, Car]] = {}
    for entry_id, season_id, round_id, number, model, car_class, team, driver_id in entry_rows:
        if season_id not in season_ids:
            continue
        entries[entry_id] = (season_id, round_id, Car(number, model, car_class, team or ""))
        if driver_id is not None:
            crews.setdefault(entry_id, set()).add(driver_id)
    by_season: dict[int, list[Entry]] = {}
    for entry_id, (season_id, round_id, car) in entries.items():
        by_season.setdefault(season_id, []).append(
            Entry(season_id, round_id, car, frozenset(crews.get(entry_id, ())))
        )
    cars: dict[int, Car | None] = {}
    for row in rows:
        candidates = [
            entry
            for entry in by_season.get(row.season_id, ())
            if entry.round_id in (None, row.round_id)
        ]
        driving = {driver_id for driver_id, _ in drivers.get(row.session_id, ())}
        chosen = [entry for entry in candidates if entry.crew & driving] if driving else []
        if not chosen and len(candidates) == 1:
            chosen = candidates
        cars[row.session_id] = chosen[0].car if len(chosen) == 1 else None
    return cars
