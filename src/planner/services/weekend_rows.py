"""The weekend view's read as hand-written SQL: a round, its sessions, entries and
series, and the rounds overlapping its days (for the conflicts beside it); the same
statements give the month and week views their days' rounds and sessions and the
season view its rounds.

Each statement is one SQL text run by a :data:`~planner.services.feeds.rows.Runner`:
on a SQLite file straight on its ``sqlite3`` connection, on a server through
SQLAlchemy's ``text()`` (:func:`~planner.services.feeds.rows.orm_runner`). A round
switch on the 20,000-session archive spent half of this read in SQLAlchemy
building, compiling and caching its eleven ``select()`` statements and turning
their rows into result rows; here it is seven statements of plain tuples (the
rounds come with their season, series, circuit and session count; the crews of
the seasons' entries serve both the rounds' drivers and the entries' crews).
The views are the ones ``view_rows`` builds: ``tests/core/test_weekend_rows.py``
and ``queries.weekend_and_conflicts``' tests compare them on the demo seasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from planner.domain.kinds import RoundStatus
from planner.services.feeds.rows import Runner, in_list
from planner.services.stored_values import as_date
from planner.services.views import (
    SESSION_VIEW_COLUMNS,
    TRACK_COLUMNS,
    DriverView,
    EntryView,
    LapRecordView,
    RoundView,
    SeriesView,
    SessionView,
    entry_view_from_row,
    session_view_from_row,
    track_view_from_row,
)

_ROUND_DAYS = "SELECT first_day, last_day FROM rounds WHERE id = :round_id"
# Rounds with their season, series, circuit and session count, as ``view_rows.round_views``
# gives them; {where} chooses them.
_ROUNDS_WHERE = (
    "SELECT rounds.id, rounds.season_id, seasons.series_id, series.name, series.short_name, "
    "series.colour, seasons.year, rounds.number, rounds.name, rounds.first_day, "
    "rounds.last_day, rounds.status, rounds.notes, rounds.revision, "
    "(SELECT count(sessions.id) FROM sessions WHERE sessions.round_id = rounds.id), "
    "series.website, series.live_timing_url, series.stream_url, "
    + ", ".join(f"tracks.{column}" for column in TRACK_COLUMNS)
    + " FROM rounds JOIN seasons ON seasons.id = rounds.season_id "
    "JOIN series ON series.id = seasons.series_id "
    "JOIN tracks ON tracks.id = rounds.track_id "
    "WHERE {where} ORDER BY rounds.number, rounds.id"
)
# Rounds overlapping the days :from_day..:to_day, by number.
_ROUNDS = _ROUNDS_WHERE.format(where="rounds.last_day >= :from_day AND rounds.first_day <= :to_day")
_LAP_RECORDS = (
    "SELECT track_id, id, car_class, lap_time_ms, holder, year FROM lap_records "
    "WHERE track_id IN {tracks} ORDER BY id"
)
# The seasons' entries' drivers, in entry and crew order.
_CREWS = (
    "SELECT entries.season_id, entries.round_id, entries.id, drivers.id, drivers.name, "
    "drivers.nationality, drivers.followed, drivers.revision FROM entries "
    "JOIN entry_drivers ON entry_drivers.entry_id = entries.id "
    "JOIN drivers ON drivers.id = entry_drivers.driver_id "
    "WHERE entries.season_id IN {seasons} ORDER BY entries.id, entry_drivers.position"
)
# The season's whole-season entries and the round's own, with their cars and teams.
_ENTRIES = (
    "SELECT entries.id, entries.season_id, entries.round_id, cars.id, cars.team_id, "
    "teams.name, cars.number, cars.model, cars.car_class, cars.revision FROM entries "
    "JOIN cars ON cars.id = entries.car_id LEFT OUTER JOIN teams ON teams.id = cars.team_id "
    "WHERE entries.season_id = :season_id "
    "AND (entries.round_id IS NULL OR entries.round_id = :round_id) ORDER BY entries.id"
)
_SESSIONS = (
    f"SELECT {', '.join(SESSION_VIEW_COLUMNS)} FROM sessions "
    "WHERE round_id IN {rounds} ORDER BY start_wall, id"
)
_STINTS = (
    "SELECT session_drivers.session_id, drivers.id, drivers.name, drivers.nationality, "
    "drivers.followed, drivers.revision FROM session_drivers "
    "JOIN drivers ON drivers.id = session_drivers.driver_id "
    "JOIN sessions ON sessions.id = session_drivers.session_id "
    "WHERE sessions.round_id IN {rounds} "
    "ORDER BY session_drivers.session_id, session_drivers.stint_order"
)


@dataclass(frozen=True)
class WeekendRows:
    """A round with what its weekend view shows, and the rounds overlapping its days."""

    round: RoundView
    series: SeriesView
    entries: tuple[EntryView, ...]
    rounds: list[RoundView]  # overlapping the round's days (a day of margin each side), by number
    sessions: dict[int, list[SessionView]]  # of those rounds, by round, in (start wall, id) order


def weekend_rows(run: Runner, round_id: int) -> WeekendRows | None:
    """The round ``round_id`` and its neighbours in days; None if there is no such round."""
    days = run(_ROUND_DAYS, {"round_id": round_id})
    if not days:
        return None
    first_day, last_day = days[0]
    rows = run(
        _ROUNDS,
        {"from_day": _shifted(first_day, -1), "to_day": _shifted(last_day, 1)},
    )
    round_ids = [row[0] for row in rows]
    crews = _crews(run, {row[1] for row in rows})
    rounds = _round_views(run, rows, crews)
    weekend = rounds[round_ids.index(round_id)]
    series_row = rows[round_ids.index(round_id)]
    return WeekendRows(
        round=weekend,
        series=SeriesView(
            weekend.series_id,
            weekend.series_name,
            weekend.series_short_name,
            weekend.series_colour,
            series_row[15],
            series_row[16],
            series_row[17],
        ),
        entries=_entries(run, weekend.season_id, round_id, crews),
        rounds=rounds,
        sessions=_sessions(run, round_ids),
    )


def rounds_between(
    run: Runner, first_day: date, last_day: date
) -> tuple[list[RoundView], dict[int, list[SessionView]]]:
    """The rounds overlapping these days (a day of margin each side, for time zones),
    by number, and their sessions by round in (start wall, id) order: what a month
    or week view shows, as ``view_rows``' round and session views give them."""
    rows = run(
        _ROUNDS,
        {
            "from_day": (first_day - timedelta(days=1)).isoformat(),
            "to_day": (last_day + timedelta(days=1)).isoformat(),
        },
    )
    rounds = _round_views(run, rows, _crews(run, {row[1] for row in rows}))
    return rounds, _sessions(run, [row[0] for row in rows])


def rounds_of_seasons(run: Runner, season_ids: Sequence[int]) -> list[RoundView]:
    """The rounds of these seasons, by number (the season view, ``planner list rounds``)."""
    seasons, parameters = in_list("s", sorted(set(season_ids)))
    rows = run(_ROUNDS_WHERE.format(where=f"rounds.season_id IN {seasons}"), parameters)
    return _round_views(run, rows, _crews(run, {row[1] for row in rows}))


def rounds_in_season_order(run: Runner, season_ids: Sequence[int]) -> list[RoundView]:
    """The rounds of these seasons, season by season in the order given, each by number
    (``planner list rounds``). Unknown ids are skipped."""
    if not season_ids:
        return []
    views = rounds_of_seasons(run, season_ids)
    place = {season_id: index for index, season_id in enumerate(season_ids)}
    views.sort(key=lambda view: place[view.season_id])  # stable: by number within a season
    return views


def _round_views(run: Runner, rows: list[tuple[Any, ...]], crews: _Crews) -> list[RoundView]:
    tracks, track_parameters = in_list("t", sorted({row[18] for row in rows}))
    records: dict[int, list[LapRecordView]] = {}
    for track_id, record_id, car_class, lap_time_ms, holder, year in run(
        _LAP_RECORDS.format(tracks=tracks), track_parameters
    ):
        records.setdefault(track_id, []).append(
            LapRecordView(record_id, car_class, lap_time_ms, holder, year)
        )
    return [_round_view(row, crews, records) for row in rows]


def _shifted(day: object, days: int) -> object:
    """``day`` moved by ``days``, as the database gave it (a date, or SQLite's ISO text):
    a parameter of the type the column compares with on either database."""
    moved = as_date(day) + timedelta(days=days)
    return moved if isinstance(day, date) else moved.isoformat()


#: Per season, its entries' (entry id, entry's round, driver) in entry and crew order.
_Crews = dict[int, list[tuple[int, int | None, DriverView]]]


def _crews(run: Runner, season_ids: set[int]) -> _Crews:
    seasons, parameters = in_list("s", sorted(season_ids))
    found: _Crews = {}
    for season_id, entry_round, entry_id, driver_id, name, nationality, followed, revision in run(
        _CREWS.format(seasons=seasons), parameters
    ):
        found.setdefault(season_id, []).append(
            (
                entry_id,
                entry_round,
                DriverView(driver_id, name, nationality, bool(followed), revision),
            )
        )
    return found


def _round_view(
    row: Sequence[Any], crews: _Crews, records: dict[int, list[LapRecordView]]
) -> RoundView:
    round_id, season_id = row[0], row[1]
    drivers: dict[int, DriverView] = {}
    for _entry, entry_round, driver in crews.get(season_id, ()):
        if entry_round is None or entry_round == round_id:
            drivers.setdefault(driver.id, driver)
    track = row[18:]
    return RoundView(
        id=round_id,
        season_id=season_id,
        series_id=row[2],
        series_name=row[3],
        series_short_name=row[4],
        series_colour=row[5],
        year=row[6],
        number=row[7],
        name=row[8],
        track=track_view_from_row(track, records.get(track[0], ())),
        first_day=as_date(row[9]),
        last_day=as_date(row[10]),
        status=RoundStatus(row[11]),
        notes=row[12],
        drivers=tuple(drivers.values()),
        session_count=row[14],
        revision=row[13],
    )


def _entries(run: Runner, season_id: int, round_id: int, crews: _Crews) -> tuple[EntryView, ...]:
    by_entry: dict[int, list[DriverView]] = {}
    for entry_id, _round, driver in crews.get(season_id, ()):
        by_entry.setdefault(entry_id, []).append(driver)
    return tuple(
        entry_view_from_row(row, by_entry.get(row[0], ()))
        for row in run(_ENTRIES, {"season_id": season_id, "round_id": round_id})
    )


def _sessions(run: Runner, round_ids: list[int]) -> dict[int, list[SessionView]]:
    rounds, parameters = in_list("r", sorted(round_ids))
    stints: dict[int, list[DriverView]] = {}
    for session_id, driver_id, name, nationality, followed, revision in run(
        _STINTS.format(rounds=rounds), parameters
    ):
        stints.setdefault(session_id, []).append(
            DriverView(driver_id, name, nationality, bool(followed), revision)
        )
    found: dict[int, list[SessionView]] = {}
    for row in run(_SESSIONS.format(rounds=rounds), parameters):
        found.setdefault(row[2], []).append(session_view_from_row(row, stints.get(row[0], ())))
    return found
