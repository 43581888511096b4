"""The one read of everything a feed needs: rounds, sessions, stints, cars and results.

Each query is one hand-written SQL text, run as it is by whoever holds the
database: the standard library's ``sqlite3`` on a file (an export that never
imports SQLAlchemy, :mod:`.file_export`), the ``sqlite3`` connection under an
ORM session, or SQLAlchemy's connection on a server (:func:`orm_runner`).
Rows are plain tuples as the database gives them (SQLite's date strings are
parsed with ``fromisoformat`` only when needed); plain lists of tuples
compare in C, so an export can see in one comparison that nothing changed
since the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from planner.domain.kinds import SessionStatus

# The runners, re-exported: they live in planner.services.sql_runner, which an
# import (needing them, not these rows) imports alone.
from planner.services.sql_runner import IN_BATCH as IN_BATCH
from planner.services.sql_runner import Parameters as Parameters
from planner.services.sql_runner import Runner as Runner
from planner.services.sql_runner import in_batches as in_batches
from planner.services.sql_runner import in_list as in_list
from planner.services.sql_runner import orm_runner as orm_runner
from planner.services.sql_runner import sqlite_runner as sqlite_runner
from planner.services.sql_runner import text_runner as text_runner

if TYPE_CHECKING:
    from planner.services.feeds.choices import FeedSpec


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


#: A :class:`Row` starts with its session's own fields (``session_id`` to ``changed_utc``),
#: as :data:`SESSIONS_SQL` gives them; its round's follow (``round_id`` on).
SESSION_FIELDS = 14
#: Their types, in order (what ``row[:SESSION_FIELDS]`` holds).
SessionHead = tuple[
    int, str, str, str, datetime | str, str, bool | None, int | None, str, str, str, str, int,
    datetime | str,
]  # fmt: skip


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
    #: round id -> its :meth:`ExportCache.round_token` (what a round's memos are kept on)
    round_tokens: dict[int, int] = field(default_factory=dict)


#: A round with its season, series and circuit: the tail of a :class:`Row`.
ROUNDS_SQL = (
    "SELECT rounds.id, rounds.number, rounds.name, rounds.first_day, rounds.last_day, "
    "rounds.status, rounds.season_id, seasons.year, series.id, series.name, "
    "series.short_name, series.website, series.live_timing_url, series.stream_url, "
    "tracks.key, tracks.name, tracks.short_name, tracks.town, tracks.country, "
    "tracks.latitude, tracks.longitude, rounds.uid, rounds.revision, rounds.changed_utc, "
    "tracks.timezone "
    "FROM rounds JOIN seasons ON rounds.season_id = seasons.id "
    "JOIN series ON seasons.series_id = series.id "
    "JOIN tracks ON rounds.track_id = tracks.id"
)
#: A session: the head of a :class:`Row`, then its round's id.
SESSIONS_SQL = (
    "SELECT sessions.id, sessions.uid, sessions.kind, sessions.name, sessions.start_wall, "
    "sessions.zone, sessions.is_dst, sessions.duration_minutes, sessions.status, "
    "sessions.broadcast, sessions.stream_url, sessions.notes, sessions.revision, "
    "sessions.changed_utc, sessions.round_id "
    "FROM sessions"
)
STINTS_SQL = (
    "SELECT session_drivers.session_id, drivers.id, drivers.name "
    "FROM session_drivers JOIN drivers ON session_drivers.driver_id = drivers.id"
)
STINTS_ORDER = " ORDER BY session_drivers.session_id, session_drivers.stint_order"
ENTRIES_SQL = (
    "SELECT entries.id, entries.season_id, entries.round_id, cars.number, cars.model, "
    "cars.car_class, teams.name, entry_drivers.driver_id "
    "FROM entries JOIN cars ON entries.car_id = cars.id "
    "LEFT OUTER JOIN teams ON cars.team_id = teams.id "
    "LEFT OUTER JOIN entry_drivers ON entry_drivers.entry_id = entries.id "
    "WHERE entries.season_id IN {seasons} "
    "ORDER BY entries.id, entry_drivers.driver_id"
)
RESULTS_SQL = (
    "SELECT session_results.session_id, cars.number, cars.model, cars.car_class, "
    "session_results.status, session_results.position, session_results.class_position, "
    "session_results.reason, session_results.pole, session_results.fastest_lap, "
    "session_results.best_lap_ms "
    "FROM session_results JOIN entries ON session_results.entry_id = entries.id "
    "JOIN cars ON entries.car_id = cars.id "
    "ORDER BY session_results.session_id, cars.number, session_results.id"
)
SERIES_SEASONS_SQL = "SELECT seasons.id FROM seasons WHERE seasons.series_id IN {series}"


def feed_season_ids(run: Runner, spec: FeedSpec) -> set[int] | None:
    """The seasons a feed covers; None: every season."""
    if not spec.series_ids and not spec.season_ids:
        return None
    wanted = set(spec.season_ids)
    if spec.series_ids:
        series, parameters = in_list("series", sorted(spec.series_ids))
        wanted.update(row[0] for row in run(SERIES_SEASONS_SQL.format(series=series), parameters))
    return wanted


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


def fetch_raw(run: Runner, spec: FeedSpec, session_ids: Iterable[int] | None = None) -> Raw:
    """Everything the feed ``spec`` is made of (or only the sessions ``session_ids``)."""
    # Two queries (the sessions; their rounds with season, series and circuit) instead
    # of one wide join: a fifth of the values to turn into Python objects.
    seasons = feed_season_ids(run, spec)
    round_sql = ROUNDS_SQL
    parameters: dict[str, object] = {}
    if seasons is not None:
        wanted, parameters = in_list("season", sorted(seasons))
        round_sql += f" WHERE rounds.season_id IN {wanted}"
    rounds = run(round_sql, parameters)
    conditions: list[str] = []
    parameters = {}
    if session_ids is not None:
        wanted, parameters = in_list("session", list(session_ids))
        conditions.append(f"sessions.id IN {wanted}")
    elif seasons is not None:
        wanted, parameters = in_list("round", [values[0] for values in rounds])
        conditions.append(f"sessions.round_id IN {wanted}")
    if spec.kinds:
        kinds, kind_parameters = in_list("kind", sorted(kind.value for kind in spec.kinds))
        conditions.append(f"sessions.kind IN {kinds}")
        parameters.update(kind_parameters)
    if not spec.include_cancelled:
        conditions.append("sessions.status != :cancelled")
        parameters["cancelled"] = SessionStatus.CANCELLED.value
    if spec.only_broadcast:
        conditions.append("length(trim(sessions.broadcast)) > 0")
    sessions = run(_where(SESSIONS_SQL, conditions), parameters)

    stint_sql = STINTS_SQL
    parameters = {}
    if session_ids is not None:
        wanted, parameters = in_list("session", [values[0] for values in sessions])
        stint_sql += f" WHERE session_drivers.session_id IN {wanted}"
    stint_rows = run(stint_sql + STINTS_ORDER, parameters)
    # The cars of the seasons of these sessions (a superset of what the
    # driver filter keeps: only the kept sessions' seasons are looked at).
    season_of_round = {values[0]: values[6] for values in rounds}
    season_ids = {
        season_of_round[values[-1]] for values in sessions if values[-1] in season_of_round
    }
    entries: list[tuple[Any, ...]] = []
    if season_ids:
        wanted, parameters = in_list("season", sorted(season_ids))
        entries = run(ENTRIES_SQL.format(seasons=wanted), parameters)
    return Raw(
        rounds, sessions, stints=stint_rows, entries=entries, results=_results(run, sessions)
    )


def _where(sql: str, conditions: Sequence[str]) -> str:
    return f"{sql} WHERE {' AND '.join(conditions)}" if conditions else sql


def _results(run: Runner, sessions: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Entered results of these sessions with their car (a finished session's event says
    how it went). Few rows: one query over the results table."""
    wanted = {values[0] for values in sessions}
    return [values for values in run(RESULTS_SQL, {}) if values[0] in wanted]


def select_sessions(
    raw: Raw,
    spec: FeedSpec,
    round_token: Callable[[tuple[Any, ...]], int],
    *,
    keyed: bool = True,
) -> Selection:
    """The sessions a feed keeps, with their drivers and cars.

    ``round_token`` gives a small number per distinct round facts (see
    :meth:`ExportCache.round_token`): part of each session's cache key. ``keyed``
    False: no cache keys (``keys`` empty: an export that keeps no event, whose
    rounds are told apart by ``round_tokens`` alone).
    """
    round_facts = {values[0]: values for values in raw.rounds}
    tokens = {round_id: round_token(facts) for round_id, facts in round_facts.items()}
    # A session's values end with its round's id, as its round's begin: a Row is the
    # one followed by the rest of the other (one tuple a session instead of three).
    round_tails = {round_id: facts[1:] for round_id, facts in round_facts.items()}
    # Kept as the database gives them (strings hash fast: rows are cache keys).
    rows: list[Row] = []
    keys: dict[int, tuple[object, ...]] = {}
    new = tuple.__new__  # Row._make without its Python-level call per session
    results: dict[int, list[tuple[Any, ...]]] = {}
    for values in raw.results:
        results.setdefault(values[0], []).append(values[1:])
    frozen_results = {key: tuple(value) for key, value in results.items()}
    if keyed:
        for values in raw.sessions:
            tail = round_tails.get(values[-1])
            if tail is None:
                continue
            rows.append(new(Row, values + tail))
            keys[values[0]] = (values, tokens[values[-1]], frozen_results.get(values[0], ()))
    else:
        append = rows.append
        for values in raw.sessions:
            tail = round_tails.get(values[-1])
            if tail is not None:
                append(new(Row, values + tail))
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
        round_tokens=tokens,
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
    # Sessions of a round with the same drivers get the same car: decided once.
    decided: dict[tuple[int, int, tuple[tuple[int, str], ...]], Car | None] = {}
    for row in rows:
        stints = drivers.get(row.session_id, ())
        key = (row.season_id, row.round_id, stints)
        if key not in decided:
            candidates = [
                entry
                for entry in by_season.get(row.season_id, ())
                if entry.round_id in (None, row.round_id)
            ]
            driving = {driver_id for driver_id, _ in stints}
            chosen = [entry for entry in candidates if entry.crew & driving] if driving else []
            if not chosen and len(candidates) == 1:
                chosen = candidates
            decided[key] = chosen[0].car if len(chosen) == 1 else None
        cars[row.session_id] = decided[key]
    return cars
