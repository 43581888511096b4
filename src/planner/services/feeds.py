"""Calendar feeds: saved feed choices, sessions as feed events, exports and what changed.

A feed is a saved choice (:class:`FeedSpec`): which series or seasons, which
drivers (only sessions one of them drives or shares), which session kinds,
only broadcast sessions or all, an alarm, an all-day event per weekend, the
language of its texts. :func:`feed_events` turns the sessions it selects into
:class:`~planner.ical.FeedEvent` values; :func:`export_feed` writes them
atomically and says what changed since that feed's last export.

Choices written down here (ICALENDAR.md explains why they matter):

* ``UID``: ``<session uid>@race-planner``, the session's own stored
  identifier, so it never changes while the session exists, whatever is
  inserted, renumbered or renamed around it.
* ``SEQUENCE`` is ``revision - 1`` (a new session is revision 1, SEQUENCE 0);
  the revision rises with every change of time, length, status, title or
  kind. ``DTSTAMP``/``LAST-MODIFIED`` are the session's ``changed_utc``, so an
  untouched session is byte-identical in every export.
* A session whose length was never published is written with ``DTEND`` equal
  to ``DTSTART`` (a zero-length event at the start time: honest, and every
  reader shows it at the right time) and "Length not published" in the
  description. Nothing is guessed.
* The all-day weekend event's UID is ``round-<round id>@race-planner``: the
  round's database id is stable for the life of the database (renumbering or
  renaming a round keeps it), but a round imported into another database
  gets another id. Its SEQUENCE is the minute (since 2020) of the latest
  change of its sessions, so it rises whenever any of them changes (editing
  only a round's dates, which touches no session, does not raise it).
* Cancelled sessions stay in the feed (STATUS:CANCELLED, "Cancelled:" in the
  summary, no alarm) unless the feed leaves them out; a round that is
  cancelled cancels its sessions, a postponed one makes them tentative.
* ``X-RACE-PLANNER-FACTS`` (ASCII JSON: series, season, round, circuit key,
  session name, kind, drivers, broadcast, notes) lets :mod:`ics_import`
  rebuild the same sessions from our own file.

Speed (20,000 sessions; ``benchmarks/export_feeds.py``): rows come straight
from the sqlite3 cursor as plain tuples (Core queries compiled once per
export, no Row objects; date strings parsed with ``fromisoformat`` only when
needed), times from a bisect over pytz's transition table instead of
``localize``/``astimezone``, what a round's sessions share from a per-round
cache, built events from a module-level cache keyed by everything they are
made of, and their text from :data:`RENDER_CACHE` (the writer's event cache).
An export whose raw rows equal the last export's (one comparison of tuples)
reuses that export's bytes and state; the saved state of a feed is compared
as the rows read. The cyclic garbage collector is paused while an export runs
(a third of the time otherwise). The description keeps its ASCII separators:
changing them would change every event's text without a new SEQUENCE.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast
from urllib.parse import quote, urlsplit

from sqlalchemy import String, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.db.feed_models import Feed, FeedExportItem
from planner.domain.calendar_words import MONTHS_SHORT, WEEKDAYS_SHORT
from planner.domain.errors import NotFoundError, StorageError, ValidationError
from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.domain.track_time import localize, zone
from planner.i18n import Language, check_language, tr, translator
from planner.ical import (
    EventStatus,
    FeedCalendar,
    FeedEvent,
    RenderedEvent,
    cancelled_summary,
    render_calendar,
    render_single_event,
)
from planner.ical.text import no_cyclic_gc
from planner.ical.writer import clear_memos
from planner.services import validation
from planner.services.lookup import find_driver, find_series, get_or_fail

UID_DOMAIN = "race-planner"
REFRESH_INTERVAL = timedelta(hours=2)

#: Our own facts of a session, so that importing our file rebuilds the same sessions:
#: one X- property holding ASCII JSON (one short, fast-to-fold line instead of a dozen).
X_FACTS = "X-RACE-PLANNER-FACTS"
#: Keys of that JSON object.
X_SERIES = "series"
X_SERIES_SHORT = "series_short"
X_SEASON = "season"
X_ROUND = "round"
X_ROUND_NAME = "round_name"
X_ROUND_DAYS = "round_days"
X_TRACK = "track"
X_SESSION = "session"
X_KIND = "kind"
X_DRIVERS = "drivers"  # full names, one a line, in stint order
X_BROADCAST = "broadcast"
X_NOTES = "notes"
X_STREAM = "stream"
#: On the all-day weekend events (the round number): the importer skips those.
X_WEEKEND = "X-RACE-PLANNER-WEEKEND"

_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_CACHE_LIMIT = 200_000

# --- saved feeds ----------------------------------------------------------------


@dataclass(frozen=True)
class FeedSpec:
    """What a feed shows. Empty ``series_ids``, ``season_ids``, ``driver_ids`` or
    ``kinds`` mean "all"; series and seasons add up (a series means all its seasons).
    ``file_name`` empty: the name as a file name (``jessica-races.ics``)."""

    name: str
    language: Language = "en"
    series_ids: frozenset[int] = frozenset()
    season_ids: frozenset[int] = frozenset()
    driver_ids: frozenset[int] = frozenset()
    kinds: frozenset[SessionKind] = frozenset()
    alarm_minutes: int | None = None
    all_day_events: bool = False
    only_broadcast: bool = False
    include_cancelled: bool = True
    file_name: str = ""


@dataclass(frozen=True)
class FeedView:
    """A saved feed, detached. ``series``/``seasons``/``drivers``: (id, label) pairs."""

    id: int
    name: str
    language: Language
    alarm_minutes: int | None
    all_day_events: bool
    kinds: tuple[SessionKind, ...]
    only_broadcast: bool
    include_cancelled: bool
    file_name: str
    created_utc: datetime
    last_exported_utc: datetime | None
    series: tuple[tuple[int, str], ...] = ()
    seasons: tuple[tuple[int, str], ...] = ()
    drivers: tuple[tuple[int, str], ...] = ()

    @property
    def spec(self) -> FeedSpec:
        return FeedSpec(
            name=self.name,
            language=self.language,
            series_ids=frozenset(item for item, _ in self.series),
            season_ids=frozenset(item for item, _ in self.seasons),
            driver_ids=frozenset(item for item, _ in self.drivers),
            kinds=frozenset(self.kinds),
            alarm_minutes=self.alarm_minutes,
            all_day_events=self.all_day_events,
            only_broadcast=self.only_broadcast,
            include_cancelled=self.include_cancelled,
            file_name=self.file_name,
        )


def _feed_view(row: Feed) -> FeedView:
    return FeedView(
        id=row.id,
        name=row.name,
        language=check_language(row.language),
        alarm_minutes=row.alarm_minutes,
        all_day_events=row.all_day_events,
        kinds=tuple(SessionKind(kind) for kind in row.kinds.split(",") if kind),
        only_broadcast=row.only_broadcast,
        include_cancelled=row.include_cancelled,
        file_name=row.file_name,
        created_utc=row.created_utc.replace(tzinfo=UTC),
        last_exported_utc=(
            row.last_exported_utc.replace(tzinfo=UTC) if row.last_exported_utc else None
        ),
        series=tuple((series.id, series.name) for series in row.series),
        seasons=tuple((season.id, f"{season.series.name} {season.year}") for season in row.seasons),
        drivers=tuple((driver.id, driver.name) for driver in row.drivers),
    )


def default_file_name(name: str) -> str:
    from planner.services.tracks import slug

    return f"{slug(name) or 'feed'}.ics"


def _checked_file_name(spec: FeedSpec) -> str:
    file_name = spec.file_name.strip() or default_file_name(spec.name)
    if "/" in file_name or "\\" in file_name or file_name in (".", ".."):
        raise ValidationError(
            tr("“{name}” is not a file name (no folders, please).").format(name=file_name)
        )
    if not file_name.lower().endswith(".ics"):
        file_name += ".ics"
    return file_name


def _fill_feed(orm: OrmSession, row: Feed, spec: FeedSpec) -> None:
    row.name = validation.required_text(spec.name, "feed name")
    row.language = check_language(spec.language)
    if spec.alarm_minutes is not None and spec.alarm_minutes < 0:
        raise ValidationError(tr("An alarm is given in minutes before the start (0 or more)."))
    row.alarm_minutes = validation.alarm_minutes(spec.alarm_minutes)
    row.all_day_events = spec.all_day_events
    row.kinds = ",".join(sorted(validation.session_kind(str(kind)).value for kind in spec.kinds))
    row.only_broadcast = spec.only_broadcast
    row.include_cancelled = spec.include_cancelled
    row.file_name = _checked_file_name(spec)
    row.series = [
        get_or_fail(orm, models.Series, item, "series") for item in sorted(spec.series_ids)
    ]
    row.seasons = [
        get_or_fail(orm, models.Season, item, "season") for item in sorted(spec.season_ids)
    ]
    row.drivers = [
        get_or_fail(orm, models.Driver, item, "driver") for item in sorted(spec.driver_ids)
    ]


def _refuse_taken(orm: OrmSession, spec: FeedSpec, except_id: int | None = None) -> None:
    file_name = _checked_file_name(spec)
    for other in orm.scalars(select(Feed)):
        if other.id == except_id:
            continue
        if other.name.casefold() == spec.name.strip().casefold():
            raise ValidationError(
                tr("There is already a feed called “{name}”.").format(name=other.name)
            )
        if other.file_name.casefold() == file_name.casefold():
            raise ValidationError(
                tr("The feed “{name}” already writes the file {file}.").format(
                    name=other.name, file=other.file_name
                )
            )


def create_feed(db: Database, spec: FeedSpec) -> FeedView:
    with db.unit_of_work() as orm:
        _refuse_taken(orm, spec)
        row = Feed(created_utc=datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        _fill_feed(orm, row, spec)
        orm.add(row)
        orm.flush()
        return _feed_view(row)


def edit_feed(db: Database, feed_id: int, spec: FeedSpec) -> FeedView:
    """Replace a feed's choices (its export history is kept: the next export lists changes)."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, Feed, feed_id, "feed")
        _refuse_taken(orm, spec, except_id=feed_id)
        _fill_feed(orm, row, spec)
        orm.flush()
        return _feed_view(row)


def delete_feed(db: Database, feed_id: int) -> FeedView:
    """Delete a feed; returns what it was (``create_feed(db, view.spec)`` brings it back)."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, Feed, feed_id, "feed")
        view = _feed_view(row)
        orm.delete(row)
        return view


def list_feeds(db: Database) -> list[FeedView]:
    with db.unit_of_work() as orm:
        return [_feed_view(row) for row in orm.scalars(select(Feed).order_by(Feed.name))]


def get_feed(db: Database, feed_id: int) -> FeedView:
    with db.unit_of_work() as orm:
        return _feed_view(get_or_fail(orm, Feed, feed_id, "feed"))


def find_feed(db: Database, name: str) -> FeedView:
    with db.unit_of_work() as orm:
        wanted = name.strip().casefold()
        rows = list(orm.scalars(select(Feed).order_by(Feed.name)))
        for row in rows:
            if wanted in (row.name.casefold(), row.file_name.casefold()):
                return _feed_view(row)
        known = ", ".join(row.name for row in rows) or tr("none yet")
        raise NotFoundError(
            tr("There is no feed called “{name}”. Saved feeds: {known}.").format(
                name=name, known=known
            )
        )


def resolve_choice(
    db: Database,
    *,
    series: str | None = None,
    year: int | None = None,
    drivers: Sequence[str] = (),
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """(series ids, season ids, driver ids) for what a user types.

    ``series`` alone: that series; ``series`` and ``year``: that season;
    ``year`` alone: the seasons of that year of every series.
    """
    with db.unit_of_work() as orm:
        series_ids: set[int] = set()
        season_ids: set[int] = set()
        if series is not None:
            series_row = find_series(orm, series)
            if year is None:
                series_ids.add(series_row.id)
            else:
                season = orm.scalar(
                    select(models.Season).where(
                        models.Season.series_id == series_row.id, models.Season.year == year
                    )
                )
                if season is None:
                    raise NotFoundError(
                        tr("{series} has no season {year}.").format(
                            series=series_row.name, year=year
                        )
                    )
                season_ids.add(season.id)
        elif year is not None:
            season_ids.update(
                orm.scalars(select(models.Season.id).where(models.Season.year == year))
            )
            if not season_ids:
                raise NotFoundError(tr("No series has a season {year}.").format(year=year))
        driver_ids = {find_driver(orm, name).id for name in drivers if name.strip()}
        return frozenset(series_ids), frozenset(season_ids), frozenset(driver_ids)


def parse_kinds(text: str) -> frozenset[SessionKind]:
    """'qualifying,race' -> the kinds; a clear error for an unknown word."""
    return frozenset(
        validation.session_kind(word.strip()) for word in text.split(",") if word.strip()
    )


# --- reading the sessions of a feed ---------------------------------------------


class _Row(NamedTuple):
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


class _Car(NamedTuple):
    number: str
    model: str
    car_class: str
    team: str


class _Entry(NamedTuple):
    season_id: int
    round_id: int | None
    car: _Car
    crew: frozenset[int]


@dataclass(frozen=True)
class _Selection:
    rows: list[_Row]
    drivers: dict[int, tuple[tuple[int, str], ...]]  # session id -> (driver id, name) by stint
    cars: dict[int, _Car | None]  # session id -> car
    keys: dict[int, tuple[object, ...]]  # session id -> what its event is made of (cache key)


def _season_ids(orm: OrmSession, spec: FeedSpec) -> set[int] | None:
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


def _raw(column: Any) -> Any:
    """A date/time column as the database gives it: SQLAlchemy's per-value parsing of
    SQLite's date strings is slower than ``fromisoformat`` (see :func:`_row`)."""
    return type_coerce(column, String)


def _fetch(orm: OrmSession, query: Any) -> list[tuple[Any, ...]]:
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


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@cache
def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


#: Round facts (round, season, series, circuit) -> a small number that stays the same
#: while they do: part of the event cache key, so a session's key is cheap to hash.
_ROUND_TOKENS: dict[tuple[object, ...], int] = {}


_NEXT_TOKEN = itertools.count(1)


def _round_token(facts: tuple[object, ...]) -> int:
    # Never reused (not even after clearing): cached events and round parts are
    # keyed by tokens, and a reused one would bring back another round's text.
    token = _ROUND_TOKENS.get(facts)
    if token is None:
        if len(_ROUND_TOKENS) > _CACHE_LIMIT:
            _ROUND_TOKENS.clear()
        token = _ROUND_TOKENS[facts] = next(_NEXT_TOKEN)
    return token


class _Raw(NamedTuple):
    """Everything a feed's events are made of, as the database gives it.

    Plain lists of tuples: comparing two of them is cheap (C), so an export
    whose data did not change since the last one can reuse that one's bytes.
    """

    rounds: list[tuple[Any, ...]]
    sessions: list[tuple[Any, ...]]
    stints: list[tuple[Any, ...]]
    entries: list[tuple[Any, ...]]


def _fetch_raw(orm: OrmSession, spec: FeedSpec, session_ids: Iterable[int] | None = None) -> _Raw:
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
            _raw(r.first_day),
            _raw(r.last_day),
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
        )
        .join(season, r.season_id == season.id)
        .join(series, season.series_id == series.id)
        .join(track, r.track_id == track.id)
    )
    seasons = _season_ids(orm, spec)
    if seasons is not None:
        round_query = round_query.where(r.season_id.in_(seasons))
    rounds = _fetch(orm, round_query)
    query = select(
        s.id,
        s.uid,
        s.kind,
        s.name,
        _raw(s.start_wall),
        s.zone,
        s.is_dst,
        s.duration_minutes,
        s.status,
        s.broadcast,
        s.stream_url,
        s.notes,
        s.revision,
        _raw(s.changed_utc),
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
    sessions = _fetch(orm, query)

    stints = select(models.SessionDriver.session_id, models.Driver.id, models.Driver.name).join(
        models.Driver, models.SessionDriver.driver_id == models.Driver.id
    )
    if session_ids is not None:
        stints = stints.where(
            models.SessionDriver.session_id.in_([values[0] for values in sessions])
        )
    stint_rows = _fetch(
        orm, stints.order_by(models.SessionDriver.session_id, models.SessionDriver.stint_order)
    )
    # The cars of the seasons of these sessions (a superset of what the
    # driver filter keeps: only the kept sessions' seasons are looked at).
    season_of_round = {values[0]: values[6] for values in rounds}
    season_ids = {season_of_round.get(values[-1]) for values in sessions} - {None}
    entries: list[tuple[Any, ...]] = []
    if season_ids:
        entries = _fetch(
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
    return _Raw(rounds, sessions, stints=stint_rows, entries=entries)


def _selection(raw: _Raw, spec: FeedSpec) -> _Selection:
    round_facts = {values[0]: values for values in raw.rounds}
    tokens = {round_id: _round_token(facts) for round_id, facts in round_facts.items()}
    # Kept as the database gives them (strings hash fast: rows are cache keys).
    rows: list[_Row] = []
    keys: dict[int, tuple[object, ...]] = {}
    make = _Row._make
    for values in raw.sessions:
        facts = round_facts.get(values[-1])
        if facts is None:
            continue
        rows.append(make(values[:-1] + facts))
        keys[values[0]] = (values, tokens[values[-1]])
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
    return _Selection(rows=rows, drivers=frozen, cars=_cars(raw.entries, rows, frozen), keys=keys)


def _select(
    orm: OrmSession, spec: FeedSpec, session_ids: Iterable[int] | None = None
) -> _Selection:
    return _selection(_fetch_raw(orm, spec, session_ids), spec)


def _cars(
    entry_rows: Sequence[tuple[Any, ...]],
    rows: list[_Row],
    drivers: Mapping[int, tuple[tuple[int, str], ...]],
) -> dict[int, _Car | None]:
    """The car of each session: the entry whose crew drives it, else the season's only entry."""
    season_ids = {row.season_id for row in rows}
    if not season_ids:
        return {}
    crews: dict[int, set[int]] = {}
    entries: dict[int, tuple[int, int | None, _Car]] = {}
    for entry_id, season_id, round_id, number, model, car_class, team, driver_id in entry_rows:
        if season_id not in season_ids:
            continue
        entries[entry_id] = (season_id, round_id, _Car(number, model, car_class, team or ""))
        if driver_id is not None:
            crews.setdefault(entry_id, set()).add(driver_id)
    by_season: dict[int, list[_Entry]] = {}
    for entry_id, (season_id, round_id, car) in entries.items():
        by_season.setdefault(season_id, []).append(
            _Entry(season_id, round_id, car, frozenset(crews.get(entry_id, ())))
        )
    cars: dict[int, _Car | None] = {}
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


# --- sessions as events -----------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    language: Language
    alarm_minutes: int | None
    home_zone: str | None


#: Built events, per feed options, keyed by everything an event is made of.
_EVENT_CACHE: dict[_Options, dict[tuple[object, ...], tuple[FeedEvent, datetime]]] = {}
#: Rendered VEVENT text of events, kept between exports (see render_calendar).
RENDER_CACHE: dict[FeedEvent, RenderedEvent] = {}


def clear_caches() -> None:
    """Forget cached events and their text (memory; tests that time a cold export)."""
    _EVENT_CACHE.clear()
    RENDER_CACHE.clear()
    _ROUND_PARTS.clear()
    _STAMPS.clear()
    _DAY_TEXTS.clear()
    _HOUR_MINUTES.clear()
    _JSON_TEXTS.clear()
    _LAST_EXPORTS.clear()
    _STATE_ROWS.clear()
    clear_memos()


def _bounded(cache: MutableMapping[Any, Any]) -> None:
    if len(cache) > _CACHE_LIMIT:
        cache.clear()


def _first_names(drivers: tuple[tuple[int, str], ...]) -> list[str]:
    names: list[str] = []
    for _id, name in drivers:
        first = name.split()[0] if name.split() else name
        if first not in names:
            names.append(first)
    return names


_EPOCH = datetime(1970, 1, 1)
_DAY_SECONDS = 86_400.0


@dataclass(frozen=True)
class _ZoneClock:
    """A zone's offsets and abbreviations from pytz's transition table, for bisecting.

    ``datetime.astimezone`` and ``localize`` with pytz are the biggest cost of
    building 20,000 events; one bisect gives the same answer.
    """

    starts: tuple[float, ...]  # POSIX seconds at which each offset begins
    offsets: tuple[float, ...]  # UTC offset in seconds from then on
    names: tuple[str, ...]  # abbreviation (CEST) from then on

    def at(self, instant: float) -> tuple[float, str]:
        index = bisect_right(self.starts, instant) - 1
        return self.offsets[index], self.names[index]


@cache
def _zone_clock(zone_name: str) -> _ZoneClock:
    tz = zone(zone_name)
    times: list[datetime] = getattr(tz, "_utc_transition_times", [])
    infos: list[tuple[timedelta, timedelta, str]] = getattr(tz, "_transition_info", [])
    if not times:
        sample = datetime(2000, 1, 1, tzinfo=UTC).astimezone(tz)
        offset = (sample.utcoffset() or timedelta(0)).total_seconds()
        return _ZoneClock((float("-inf"),), (offset,), (sample.tzname() or "",))
    starts = [float("-inf")]
    starts.extend(moment.replace(tzinfo=UTC).timestamp() for moment in times[1:])
    return _ZoneClock(
        tuple(starts),
        tuple(info[0].total_seconds() for info in infos),
        tuple(info[2] for info in infos),
    )


def _utc_instant(wall: datetime, zone_name: str, is_dst: bool | None) -> float:
    """POSIX seconds of a stored wall time at the track (same answer as ``localize``)."""
    clock = _zone_clock(zone_name)
    naive = (wall - _EPOCH).total_seconds()
    starts = clock.starts
    before = bisect_right(starts, naive - _DAY_SECONDS)
    if before == bisect_right(starts, naive + _DAY_SECONDS):
        # No change of offset within a day either side (offsets are under a day):
        # one offset fits, the one in force, as the probes below would find.
        return naive - clock.offsets[before - 1]
    fitting: list[float] = []
    for probe in (naive - _DAY_SECONDS, naive, naive + _DAY_SECONDS):
        offset = clock.at(probe)[0]
        if offset not in fitting and clock.at(naive - offset)[0] == offset:
            fitting.append(offset)
    if len(fitting) == 1:
        return naive - fitting[0]
    # A time shown twice (or a gap, which stored sessions never hold): ask pytz.
    return localize(wall, zone_name, is_dst=is_dst).timestamp()


def _local(instant: float, zone_name: str) -> tuple[datetime, str]:
    offset, name = _zone_clock(zone_name).at(instant)
    return _EPOCH + timedelta(seconds=instant + offset), name


def _clock_text(moment: datetime, language: Language) -> str:
    return (
        f"{WEEKDAYS_SHORT[language][moment.weekday()]} {moment.day} "
        f"{MONTHS_SHORT[language][moment.month - 1]} {moment.year} "
        f"{moment.hour:02d}:{moment.minute:02d}"
    )


#: (language, days since 1970) -> "Sat 1 Feb 2020"; (seconds of the day) -> "08:17".
_DAY_TEXTS: dict[tuple[Language, int], str] = {}
_HOUR_MINUTES: dict[int, str] = {}
_ORDINAL_1970 = date(1970, 1, 1).toordinal()


def _wall_parts(instant: float, zone_name: str, language: Language) -> tuple[int, str, str, str]:
    """(local day number, "Sat 1 Feb 2020", "08:17", "CET") of an instant at a zone.

    The same text as :func:`_clock_text` of :func:`_local`, from two small caches
    instead of a datetime per call.
    """
    offset, name = _zone_clock(zone_name).at(instant)
    local = instant + offset
    days = int(local // _DAY_SECONDS)
    seconds = int(local - days * _DAY_SECONDS)
    day_text = _DAY_TEXTS.get((language, days))
    if day_text is None:
        day = date.fromordinal(_ORDINAL_1970 + days)
        day_text = _DAY_TEXTS[language, days] = (
            f"{WEEKDAYS_SHORT[language][day.weekday()]} {day.day} "
            f"{MONTHS_SHORT[language][day.month - 1]} {day.year}"
        )
    minute = seconds // 60
    clock = _HOUR_MINUTES.get(minute)
    if clock is None:
        clock = _HOUR_MINUTES[minute] = f"{minute // 60:02d}:{minute % 60:02d}"
    return days, day_text, clock, name


def _span_text(start: float, end: float | None, zone_name: str, language: Language) -> str:
    start_day, day_text, clock, name = _wall_parts(start, zone_name, language)
    text = f"{day_text} {clock}"
    if end is not None and end != start:
        end_day, end_day_text, end_clock, _name = _wall_parts(end, zone_name, language)
        if end_day == start_day:
            text += f"-{end_clock}"
        else:
            text += f" - {end_day_text} {end_clock}"
    return f"{text} {name}"


def _status(row: _Row) -> EventStatus:
    if row.status == SessionStatus.CANCELLED or row.round_status == RoundStatus.CANCELLED:
        return "CANCELLED"
    if row.status == SessionStatus.TENTATIVE or row.round_status == RoundStatus.POSTPONED:
        return "TENTATIVE"
    return "CONFIRMED"


def _location(row: _Row) -> str:
    parts = [row.track_name]
    for part in (row.track_town, row.track_country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(part for part in parts if part)


@cache
def _kind_words(language: Language) -> dict[str, str]:
    tr = translator(language)
    return {
        "practice": tr("Practice"),
        "qualifying": tr("Qualifying"),
        "race": tr("Race"),
        "warmup": tr("Warm-up"),
        "test": tr("Test"),
        "other": tr("Other"),
    }


def _kind_word(kind: str, language: Language) -> str:
    return _kind_words(language).get(kind, kind)


@cache
def _labels(language: Language) -> dict[str, str]:
    """The translated templates of an event's description, looked up once per language."""
    tr = translator(language)
    texts = (
        "Round {number}", "Drivers: {names}", "Driver: {name}", "Car: {car}",
        "Track time: {time}", "Home time ({zone}): {time}", "Length not published.",
        "Time not confirmed yet.", "This session is cancelled.", "Broadcast: {text}",
        "Stream: {url}", "Live timing: {url}", "Website: {url}", "Notes: {notes}",
    )  # fmt: skip
    return {text: tr(text) for text in texts}


class _RoundParts(NamedTuple):
    """What every session of a round shares in its event (per language)."""

    heading: str  # first description line
    place: str  # first words of the summary
    location: str
    geo: tuple[float, float] | None
    series_label: str  # first category
    default_url: str | None
    stream_line: str  # description line for the series' stream ("" if none)
    tail_lines: str  # live timing and website lines, each after a newline
    facts_head: str  # the JSON facts up to the session's own ones (no closing brace)
    facts_round_name: str  # the round name's JSON member, if any


#: (language, round token) -> its parts; tokens are never reused, so entries never go stale.
_ROUND_PARTS: dict[tuple[Language, int], _RoundParts] = {}


def _round_parts(row: _Row, token: int, language: Language) -> _RoundParts:
    found = _ROUND_PARTS.get((language, token))
    if found is not None:
        return found
    if len(_ROUND_PARTS) > _CACHE_LIMIT:
        _ROUND_PARTS.clear()
    labels = _labels(language)
    title = row.round_name or row.track_name
    heading = (
        f"{row.series_name} {row.year} - "
        + labels["Round {number}"].format(number=row.round_number)
        + f" - {title}"
    )
    tail = "".join(
        "\n" + labels[label].format(url=url)
        for label, url in (
            ("Live timing: {url}", row.series_live_timing_url),
            ("Website: {url}", row.series_website),
        )
        if url
    )
    facts = {
        X_SERIES: row.series_name,
        X_SERIES_SHORT: row.series_short_name,
        X_SEASON: str(row.year),
        X_ROUND: str(row.round_number),
        X_ROUND_DAYS: f"{_as_date(row.first_day).isoformat()}/{_as_date(row.last_day).isoformat()}",
        X_TRACK: row.track_key,
    }
    parts = _RoundParts(
        heading=heading,
        place=row.track_short_name or row.track_town or row.track_name,
        location=_location(row),
        geo=(
            (row.latitude, row.longitude)
            if row.latitude is not None and row.longitude is not None
            else None
        ),
        series_label=row.series_short_name or row.series_name,
        default_url=row.series_stream_url or row.series_live_timing_url or None,
        stream_line=(
            labels["Stream: {url}"].format(url=row.series_stream_url)
            if row.series_stream_url
            else ""
        ),
        tail_lines=tail,
        facts_head=json.dumps(facts)[:-1],
        facts_round_name=(
            f', "{X_ROUND_NAME}": {json.dumps(row.round_name)}' if row.round_name else ""
        ),
    )
    _ROUND_PARTS[language, token] = parts
    return parts


def _summary(row: _Row, drivers: tuple[tuple[int, str], ...], place: str | None = None) -> str:
    summary = f"{place or row.track_short_name or row.track_town or row.track_name} · {row.name}"
    if drivers:
        names = _first_names(drivers)
        if names:
            summary += " — " + ", ".join(names)
    return summary


def _description(
    row: _Row,
    drivers: tuple[tuple[int, str], ...],
    car: _Car | None,
    start: float,
    end: float | None,
    options: _Options,
    parts: _RoundParts,
) -> str:
    """The description; ASCII separators, as always written (changing them would
    change every event's text without a new SEQUENCE)."""
    labels = _labels(options.language)
    lines = [parts.heading]
    if drivers:
        if len(drivers) > 1:
            stints = " → ".join(name.split()[0] if name.split() else name for _id, name in drivers)
            lines.append(labels["Drivers: {names}"].format(names=stints))
        elif _first_names(drivers):
            lines.append(labels["Driver: {name}"].format(name=drivers[0][1]))
    if car is not None:
        car_parts = [f"#{car.number} {car.model}" if car.number else car.model]
        car_parts.extend(part for part in (car.car_class, car.team) if part)
        lines.append(labels["Car: {car}"].format(car=", ".join(car_parts)))
    lines.append(
        labels["Track time: {time}"].format(time=_span_text(start, end, row.zone, options.language))
    )
    if options.home_zone:
        lines.append(
            labels["Home time ({zone}): {time}"].format(
                zone=options.home_zone,
                time=_span_text(start, end, options.home_zone, options.language),
            )
        )
    if end is None:
        lines.append(labels["Length not published."])
    status = _status(row)
    if status == "TENTATIVE":
        lines.append(labels["Time not confirmed yet."])
    elif status == "CANCELLED":
        lines.append(labels["This session is cancelled."])
    if row.broadcast:
        lines.append(labels["Broadcast: {text}"].format(text=row.broadcast))
    if row.stream_url:
        lines.append(labels["Stream: {url}"].format(url=row.stream_url))
    elif parts.stream_line:
        lines.append(parts.stream_line)
    text = "\n".join(lines) + parts.tail_lines
    if row.notes:
        text += "\n" + labels["Notes: {notes}"].format(notes=row.notes)
    return text


def _x_props(
    row: _Row, drivers: tuple[tuple[int, str], ...], parts: _RoundParts
) -> tuple[tuple[str, str], ...]:
    """Our facts as ASCII JSON, exactly ``json.dumps`` of the dict (series, season,
    round, round days, track, session, kind, then round name, drivers, broadcast,
    notes, stream when given), put together from the round's cached part."""
    dumps = _json_text
    facts = [parts.facts_head, _SESSION_KEY, dumps(row.name), _KIND_KEY, dumps(row.kind)]
    facts.append(parts.facts_round_name)
    if drivers:
        facts.append(f', "{X_DRIVERS}": ' + dumps("\n".join(name for _id, name in drivers)))
    optional = ((X_BROADCAST, row.broadcast), (X_NOTES, row.notes), (X_STREAM, row.stream_url))
    for key, value in optional:
        if value:
            facts.append(f', "{key}": ' + dumps(value))
    facts.append("}")
    return ((X_FACTS, "".join(facts)),)


_SESSION_KEY = f', "{X_SESSION}": '
_KIND_KEY = f', "{X_KIND}": '
#: Texts as JSON strings: session names, kinds and notes repeat from event to event.
_JSON_TEXTS: dict[str, str] = {}


def _json_text(text: str) -> str:
    found = _JSON_TEXTS.get(text)
    if found is None:
        if len(_JSON_TEXTS) > _CACHE_LIMIT:
            _JSON_TEXTS.clear()
        found = _JSON_TEXTS[text] = json.dumps(text)
    return found


def _session_event(
    selection: _Selection, row: _Row, options: _Options
) -> tuple[FeedEvent, datetime]:
    """(event, UTC start) of one session; cached on everything it is made of."""
    cache = _EVENT_CACHE.get(options)
    if cache is None:
        cache = _EVENT_CACHE[options] = {}
    drivers = selection.drivers.get(row.session_id, ())
    car = selection.cars.get(row.session_id)
    session_key = selection.keys[row.session_id]
    key = (session_key, drivers, car)
    found = cache.get(key)
    if found is not None:
        return found
    parts = _round_parts(row, cast(int, session_key[1]), options.language)
    is_dst = None if row.is_dst is None else bool(row.is_dst)
    instant = _utc_instant(_as_datetime(row.start_wall), row.zone, is_dst)
    start = datetime.fromtimestamp(instant, UTC)
    if row.duration_minutes is None:
        end = start
        end_instant = None
    else:
        end = start + timedelta(minutes=row.duration_minutes)
        end_instant = instant + row.duration_minutes * 60
    stamp = _stamp(row.changed_utc)
    status = _status(row)
    summary = _summary(row, drivers, parts.place)
    if status == "CANCELLED":
        summary = cancelled_summary(summary, options.language)
    event = FeedEvent(
        uid=f"{row.uid}@{UID_DOMAIN}",
        sequence=max(row.revision - 1, 0),
        dtstamp=stamp,
        last_modified=stamp,
        summary=summary,
        start=start,
        end=end,
        tzid=row.zone,
        description=_description(row, drivers, car, instant, end_instant, options, parts),
        location=parts.location,
        geo=parts.geo,
        url=row.stream_url or parts.default_url,
        categories=(parts.series_label, _kind_word(row.kind, options.language)),
        status=status,
        alarm_minutes_before=options.alarm_minutes,
        x_props=_x_props(row, drivers, parts),
    )
    result = (event, start)
    cache[key] = result
    return result


#: Stored change times -> aware UTC datetimes (sessions created together share one).
_STAMPS: dict[object, datetime] = {}


def _stamp(value: object) -> datetime:
    found = _STAMPS.get(value)
    if found is None:
        if len(_STAMPS) > _CACHE_LIMIT:
            _STAMPS.clear()
        found = _STAMPS[value] = _as_datetime(value).replace(tzinfo=UTC)
    return found


def _weekend_events(rows: list[_Row], language: Language) -> list[FeedEvent]:
    """One all-day event per round that has sessions in the feed."""
    tr = translator(language)
    by_round: dict[int, list[_Row]] = {}
    for row in rows:
        by_round.setdefault(row.round_id, []).append(row)
    events = []
    for round_id, round_rows in by_round.items():
        first = round_rows[0]
        latest = max(_as_datetime(row.changed_utc) for row in round_rows).replace(tzinfo=UTC)
        status: EventStatus = "CONFIRMED"
        if first.round_status == RoundStatus.CANCELLED:
            status = "CANCELLED"
        elif first.round_status == RoundStatus.POSTPONED:
            status = "TENTATIVE"
        title = first.round_name or first.track_short_name or first.track_name
        summary = f"{first.series_short_name or first.series_name} · {title}"
        if status == "CANCELLED":
            summary = cancelled_summary(summary, language)
        description = (
            f"{first.series_name} {first.year} - "
            + tr("Round {number}").format(number=first.round_number)
            + f" - {first.round_name or first.track_name}"
        )
        events.append(
            FeedEvent(
                uid=f"round-{round_id}@{UID_DOMAIN}",
                sequence=max(int((latest - _SEQUENCE_EPOCH).total_seconds() // 60), 0),
                dtstamp=latest,
                last_modified=latest,
                summary=summary,
                start=_as_date(first.first_day),
                end=_as_date(first.last_day) + timedelta(days=1),
                tzid=first.zone,
                description=description,
                location=_location(first),
                geo=(
                    (first.latitude, first.longitude)
                    if first.latitude is not None and first.longitude is not None
                    else None
                ),
                categories=(first.series_short_name or first.series_name, tr("Race weekend")),
                status=status,
                all_day=True,
                x_props=((X_WEEKEND, str(first.round_number)),),
            )
        )
    return events


@dataclass(frozen=True)
class _Built:
    calendar: FeedCalendar
    session_events: tuple[tuple[str, FeedEvent, datetime, int], ...]  # uid, event, UTC start, rev


def _options(spec: FeedSpec, home_zone: str | None) -> _Options:
    language = check_language(spec.language)
    if home_zone:
        zone(home_zone)
    return _Options(language, spec.alarm_minutes, home_zone or None)


def _fetch_feed(db: Database, spec: FeedSpec) -> _Raw:
    with db.unit_of_work() as orm:
        return _fetch_raw(orm, spec)


def _build(db: Database, spec: FeedSpec, home_zone: str | None, raw: _Raw | None = None) -> _Built:
    options = _options(spec, home_zone)
    language = options.language
    selection = _selection(raw if raw is not None else _fetch_feed(db, spec), spec)
    if sum(len(cache) for cache in _EVENT_CACHE.values()) > _CACHE_LIMIT:
        _EVENT_CACHE.clear()
    session_events = []
    for row in selection.rows:
        event, start_utc = _session_event(selection, row, options)
        session_events.append((row.uid, event, start_utc, row.revision))
    session_events.sort(key=itemgetter(2, 0))
    events = [event for _uid, event, _start, _rev in session_events]
    if spec.all_day_events:
        events = _weekend_events(selection.rows, language) + events
    tr = translator(language)
    calendar = FeedCalendar(
        name=spec.name,
        events=tuple(events),
        description=tr(
            "Race Planner: {name}. Times are in each track's time zone; "
            "Google refreshes subscribed calendars only every 8–24 hours."
        ).format(name=spec.name),
        refresh_interval=REFRESH_INTERVAL,
        language=language,
        timezone=home_zone or None,
    )
    return _Built(calendar, tuple(session_events))


class _Export(NamedTuple):
    """The last export of one choice: what it was made of, its bytes, its sessions' state."""

    raw: _Raw
    built: _Built
    data: bytes
    state: dict[str, _State]


#: (spec, home zone) -> its last export. An export whose data equals the last
#: one's (one comparison of plain tuples) reuses its bytes and state instead
#: of building, rendering and encoding 20,000 events again.
_LAST_EXPORTS: dict[tuple[FeedSpec, str | None], _Export] = {}
_LAST_EXPORTS_KEPT = 4


def _exported(db: Database, spec: FeedSpec, home_zone: str | None) -> _Export:
    _options(spec, home_zone)  # the same errors as a build, before any cache
    raw = _fetch_feed(db, spec)
    key = (spec, home_zone or None)
    last = _LAST_EXPORTS.get(key)
    if last is not None and last.raw == raw:
        return last
    built = _build(db, spec, home_zone, raw)
    data = render_calendar(built.calendar, event_cache=RENDER_CACHE)
    _bounded(RENDER_CACHE)
    state = {
        uid: _State(revision, event.summary, start_utc.replace(tzinfo=None), event.status)
        for uid, event, start_utc, revision in built.session_events
    }
    _LAST_EXPORTS.pop(key, None)
    while len(_LAST_EXPORTS) >= _LAST_EXPORTS_KEPT:
        del _LAST_EXPORTS[next(iter(_LAST_EXPORTS))]
    export = _LAST_EXPORTS[key] = _Export(raw, built, data, state)
    return export


FeedChoice = int | FeedSpec


def _spec_of(db: Database, feed: FeedChoice) -> tuple[FeedSpec, int | None]:
    if isinstance(feed, FeedSpec):
        return feed, None
    return get_feed(db, feed).spec, feed


def feed_events(db: Database, feed: FeedChoice, *, home_zone: str | None = None) -> FeedCalendar:
    """The calendar of a saved feed (by id) or of an ad-hoc :class:`FeedSpec`."""
    spec, _feed_id = _spec_of(db, feed)
    return _build(db, spec, home_zone).calendar


# --- what changed ----------------------------------------------------------------

ChangeKind = Literal["added", "moved", "cancelled", "renamed", "restored", "removed"]


@dataclass(frozen=True)
class FeedChange:
    """One difference from the last export. ``old_*`` are None for an added session."""

    kind: ChangeKind
    uid: str
    summary: str
    start_utc: datetime | None
    old_summary: str | None = None
    old_start_utc: datetime | None = None


@dataclass(frozen=True)
class FeedExport:
    """What an export did. ``first_export``: no earlier export to compare with
    (every session is "added"). ``written`` False: the file already had these bytes."""

    feed_name: str
    path: Path
    file_name: str
    event_count: int
    changes: tuple[FeedChange, ...] = field(default=())
    first_export: bool = False
    written: bool = True

    def changes_of(self, kind: ChangeKind) -> tuple[FeedChange, ...]:
        return tuple(change for change in self.changes if change.kind == kind)


class _State(NamedTuple):
    revision: int
    summary: str
    start_utc: datetime  # naive UTC, as stored
    status: str


def _changes(old: Mapping[str, _State], new: Mapping[str, _State]) -> list[FeedChange]:
    changes: list[FeedChange] = []
    for uid, now in new.items():
        before = old.get(uid)
        start = now.start_utc.replace(tzinfo=UTC)
        if before is None:
            changes.append(FeedChange("added", uid, now.summary, start))
            continue
        if before == now:
            continue
        old_start = before.start_utc.replace(tzinfo=UTC)
        if now.status == "CANCELLED" and before.status != "CANCELLED":
            changes.append(
                FeedChange("cancelled", uid, now.summary, start, before.summary, old_start)
            )
            continue
        if before.status == "CANCELLED" and now.status != "CANCELLED":
            changes.append(
                FeedChange("restored", uid, now.summary, start, before.summary, old_start)
            )
        if now.start_utc != before.start_utc:
            changes.append(FeedChange("moved", uid, now.summary, start, before.summary, old_start))
        elif now.summary != before.summary and before.status == now.status:
            changes.append(
                FeedChange("renamed", uid, now.summary, start, before.summary, old_start)
            )
    for uid, before in old.items():
        if uid not in new:
            old_start = before.start_utc.replace(tzinfo=UTC)
            changes.append(
                FeedChange("removed", uid, before.summary, None, before.summary, old_start)
            )
    changes.sort(key=lambda change: change.start_utc or change.old_start_utc or _SEQUENCE_EPOCH)
    return changes


def _store_state(
    db: Database, feed_id: int, old: Mapping[str, _State], new: Mapping[str, _State]
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    gone: list[str] = []
    added: list[dict[str, object]] = []
    changed: list[tuple[str, _State]] = []
    if old != new:
        gone = [uid for uid in old if uid not in new]
        added = [
            {"feed_id": feed_id, "session_uid": uid, "exported_utc": now, **state._asdict()}
            for uid, state in new.items()
            if uid not in old
        ]
        changed = [(uid, state) for uid, state in new.items() if uid in old and old[uid] != state]
    with db.unit_of_work() as orm:
        for start in range(0, len(gone), 500):
            orm.execute(
                delete(FeedExportItem).where(
                    FeedExportItem.feed_id == feed_id,
                    FeedExportItem.session_uid.in_(gone[start : start + 500]),
                )
            )
        if added:
            orm.execute(insert(FeedExportItem), added)
        for uid, state in changed:
            orm.execute(
                update(FeedExportItem)
                .where(FeedExportItem.feed_id == feed_id, FeedExportItem.session_uid == uid)
                .values(exported_utc=now, **state._asdict())
            )
        orm.execute(update(Feed).where(Feed.id == feed_id).values(last_exported_utc=now))


#: feed id -> (state rows as last read, the state they meant): an unchanged
#: state (the common case) is then compared as plain tuples, not parsed again.
_STATE_ROWS: dict[int, tuple[list[tuple[Any, ...]], dict[str, _State]]] = {}


def _load_state(
    db: Database, feed_id: int
) -> tuple[dict[str, _State], bool, list[tuple[Any, ...]]]:
    with db.unit_of_work() as orm:
        feed = get_or_fail(orm, Feed, feed_id, "feed")
        exported_before = feed.last_exported_utc is not None
        rows = _fetch(
            orm,
            select(
                FeedExportItem.session_uid,
                FeedExportItem.revision,
                FeedExportItem.summary,
                _raw(FeedExportItem.start_utc),
                FeedExportItem.status,
            )
            .where(FeedExportItem.feed_id == feed_id)
            .order_by(FeedExportItem.session_uid),
        )
    known = _STATE_ROWS.get(feed_id)
    if known is not None and known[0] == rows:
        return known[1], exported_before, rows
    state = {
        uid: _State(revision, summary, _as_datetime(start), status)
        for uid, revision, summary, start, status in rows
    }
    return state, exported_before, rows


# --- writing files ---------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` in one step (temp file in the same folder, then
    ``os.replace``): a phone never downloads half a feed. False if it already held ``data``."""
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            Path(temporary).chmod(0o644)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageError(
            tr("Cannot write {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    return True


def export_feed(
    db: Database, feed: FeedChoice, path: Path | str, *, home_zone: str | None = None
) -> FeedExport:
    """Write a saved feed (by id) or an ad-hoc spec to ``path`` and say what changed.

    For a saved feed the sessions as written are remembered, so the next
    export lists what was added, moved, cancelled, renamed or removed since.
    An ad-hoc spec has no history: its result lists no changes.
    """
    spec, feed_id = _spec_of(db, feed)
    with no_cyclic_gc():
        return _export_feed(db, spec, feed_id, path, home_zone)


def _export_feed(
    db: Database, spec: FeedSpec, feed_id: int | None, path: Path | str, home_zone: str | None
) -> FeedExport:
    export = _exported(db, spec, home_zone)
    count = len(export.built.session_events)
    target = Path(path)
    written = write_atomically(target, export.data)
    if feed_id is None:
        return FeedExport(spec.name, target, target.name, count, written=written)
    old, exported_before, state_rows = _load_state(db, feed_id)
    new = export.state
    unchanged = old == new
    changes = [] if unchanged else _changes(old, new)
    _store_state(db, feed_id, old, new)
    # The stored rows stay as read when nothing changed; else read them afresh next time.
    if unchanged:
        _STATE_ROWS[feed_id] = (state_rows, new)
    else:
        _STATE_ROWS.pop(feed_id, None)
    return FeedExport(
        spec.name,
        target,
        target.name,
        count,
        changes=tuple(changes),
        first_export=not exported_before,
        written=written,
    )


def export_all_feeds(
    db: Database, folder: Path | str, *, home_zone: str | None = None
) -> list[FeedExport]:
    """Every saved feed into ``folder`` (e.g. a cloud-synced one), each under its file name."""
    target = Path(folder)
    return [
        export_feed(db, feed.id, target / feed.file_name, home_zone=home_zone)
        for feed in list_feeds(db)
    ]


def published_urls(base_url: str, file_name: str) -> tuple[str, str]:
    """(``webcal://...``, ``https://...``) of a feed published under ``base_url``.

    webcal opens the subscribe dialog on Apple and desktop apps; the https
    form is for copy-paste (Google "From URL"). A base without a scheme is
    taken as https; an http base stays http.
    """
    base = base_url.strip()
    if not base:
        raise ValidationError(tr("Give the public address of the feed folder."))
    if "://" not in base:
        base = f"https://{base}"
    parts = urlsplit(base)
    scheme = parts.scheme.lower()
    if scheme == "webcal":
        scheme = "https"
    if scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(tr("“{url}” is not a web address (https://…).").format(url=base_url))
    rest = f"{parts.netloc}{parts.path.rstrip('/')}/{quote(file_name)}"
    return f"webcal://{rest}", f"{scheme}://{rest}"


def single_event_file(
    db: Database,
    session_id: int,
    path: Path | str,
    *,
    language: Language = "en",
    home_zone: str | None = None,
) -> FeedEvent:
    """A one-event .ics of a session, to share a last-minute change (no calendar name)."""
    language = check_language(language)
    options = _Options(language, None, home_zone or None)
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Session, session_id, "session")
        selection = _select(orm, FeedSpec(name="event", language=language), [session_id])
    row = selection.rows[0]
    event, _start = _session_event(selection, row, options)
    write_atomically(Path(path), render_single_event(event, language=language))
    return event
