"""Results per session and entry: set, clear, and read a round's results with points.

A result belongs to an entry (a car with its crew) in one session; a shared
car has one result, credited to every driver of the crew. ``set_results``
is one unit of work for any number of results and returns what each one
was before, so the GUI's undo and an import's undo are one call each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.db.result_models import SessionResult
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus, format_points
from planner.i18n import tr
from planner.services.convert import entry_view, round_view, session_view
from planner.services.lookup import find_driver, get_or_fail
from planner.services.points import PointsScale, ScoredPlace, points_scored, scale_in
from planner.services.result_words import ResultValues as ResultValues  # re-exported
from planner.services.result_words import describe_result as describe_result  # re-exported
from planner.services.views import EntryView, RoundView, SessionView


@dataclass(frozen=True)
class ResultChange:
    """One result to store (``values``) or to clear (``values`` None)."""

    session_id: int
    entry_id: int
    values: ResultValues | None


@dataclass(frozen=True)
class ResultView:
    session_id: int
    entry_id: int
    values: ResultValues
    points: float  # scored: typed, or from the season's points system

    @property
    def points_text(self) -> str:
        return format_points(self.points)


@dataclass(frozen=True)
class RoundResults:
    """A round's sessions, entries and every result entered, with the season's points system."""

    round: RoundView
    sessions: tuple[SessionView, ...]
    entries: tuple[EntryView, ...]
    results: dict[tuple[int, int], ResultView] = field(default_factory=dict)
    scale: PointsScale = field(default_factory=PointsScale)

    def result(self, session_id: int, entry_id: int) -> ResultView | None:
        return self.results.get((session_id, entry_id))

    def entry_points(self, entry_id: int) -> float:
        return sum(view.points for (_, entry), view in self.results.items() if entry == entry_id)


def checked_values(values: ResultValues, session_name: str) -> ResultValues:
    """The values cleaned, or a message naming the session and the rule broken."""
    for label, number in (
        (tr("position"), values.position),
        (tr("class position"), values.class_position),
    ):
        if number is not None and number <= 0:
            raise ValidationError(
                tr("A {what} is 1 or more; “{session}” got {number}.").format(
                    what=label, session=session_name, number=number
                )
            )
    if values.status in (ResultStatus.DNS, ResultStatus.DSQ) and (
        values.position is not None or values.class_position is not None
    ):
        raise ValidationError(
            tr(
                "A car that did not start or was disqualified has no position (“{session}”)."
            ).format(session=session_name)
        )
    if values.laps is not None and values.laps < 0:
        raise ValidationError(
            tr("Laps cannot be negative (“{session}”).").format(session=session_name)
        )
    if values.points is not None and values.points < 0:
        raise ValidationError(
            tr("Points cannot be negative (“{session}”).").format(session=session_name)
        )
    return ResultValues(
        status=values.status,
        position=values.position,
        class_position=values.class_position,
        reason=values.reason.strip(),
        pole=values.pole,
        fastest_lap=values.fastest_lap,
        best_lap_ms=values.best_lap_ms,
        laps=values.laps,
        points=values.points,
        notes=values.notes.strip(),
    )


def result_values(row: SessionResult) -> ResultValues:
    return ResultValues(
        status=ResultStatus(row.status),
        position=row.position,
        class_position=row.class_position,
        reason=row.reason,
        pole=row.pole,
        fastest_lap=row.fastest_lap,
        best_lap_ms=row.best_lap_ms,
        laps=row.laps,
        points=row.points,
        notes=row.notes,
    )


def scored_points(scale: PointsScale, kind: SessionKind | str, values: ResultValues) -> float:
    return points_scored(
        scale,
        ScoredPlace(
            kind=SessionKind(kind),
            status=values.status,
            position=values.position,
            class_position=values.class_position,
            pole=values.pole,
            fastest_lap=values.fastest_lap,
            typed_points=values.points,
        ),
    )


def round_entries(round_row: models.Round) -> list[models.Entry]:
    """The cars racing a round: its own entries and the whole season's."""
    return [entry for entry in round_row.season.entries if entry.round_id in (None, round_row.id)]


def set_results(db: Database, changes: Sequence[ResultChange]) -> tuple[ResultChange, ...]:
    """Store or clear several results in one step; returns the changes that undo it."""
    with db.unit_of_work() as orm:
        return tuple(_apply(orm, change) for change in changes)


def set_result(
    db: Database, session_id: int, entry_id: int, values: ResultValues | None
) -> ResultChange:
    """Store (or, with None, clear) one result; returns the change that undoes it."""
    return set_results(db, [ResultChange(session_id, entry_id, values)])[0]


def _apply(orm: OrmSession, change: ResultChange) -> ResultChange:
    session = get_or_fail(orm, models.Session, change.session_id, "session")
    entry = get_or_fail(orm, models.Entry, change.entry_id, "entry")
    if entry not in round_entries(session.round):
        raise ValidationError(
            tr("That car is not entered in the round of “{session}”.").format(session=session.name)
        )
    row = orm.scalar(
        select(SessionResult).where(
            SessionResult.session_id == session.id, SessionResult.entry_id == entry.id
        )
    )
    before = ResultChange(session.id, entry.id, None if row is None else result_values(row))
    if change.values is None or change.values.is_empty:
        if row is not None:
            orm.delete(row)
            _result_changed(session)
            orm.flush()
        return before
    values = checked_values(change.values, session.name)
    if row is None:
        row = SessionResult(session_id=session.id, entry_id=entry.id)
        orm.add(row)
    row.status = values.status.value
    row.position = values.position
    row.class_position = values.class_position
    row.reason = values.reason
    row.pole = values.pole
    row.fastest_lap = values.fastest_lap
    row.best_lap_ms = values.best_lap_ms
    row.laps = values.laps
    row.points = values.points
    row.notes = values.notes
    if before.values != values:
        _result_changed(session)
    orm.flush()
    return before


def _result_changed(session: models.Session) -> None:
    """A result is part of what a session's calendar event says (its description): its
    revision rises, so phones get the event again (SEQUENCE) and exports rebuild it."""
    session.revision = models.Session.revision + 1
    session.changed_utc = datetime.now(UTC).replace(tzinfo=None)


def round_results(db: Database, round_id: int) -> RoundResults:
    with db.unit_of_work() as orm:
        return round_results_in(orm, get_or_fail(orm, models.Round, round_id, "round"))


def round_results_in(orm: OrmSession, round_row: models.Round) -> RoundResults:
    scale = scale_in(orm, round_row.season_id)
    sessions = sorted(
        (session_view(session) for session in round_row.sessions),
        key=lambda session: (session.start_utc, session.id),
    )
    kinds = {session.id: session.kind for session in sessions}
    rows = orm.scalars(select(SessionResult).where(SessionResult.session_id.in_(list(kinds)))).all()
    results = {
        (row.session_id, row.entry_id): ResultView(
            session_id=row.session_id,
            entry_id=row.entry_id,
            values=result_values(row),
            points=scored_points(scale, kinds[row.session_id], result_values(row)),
        )
        for row in rows
    }
    return RoundResults(
        round=round_view(round_row),
        sessions=tuple(sessions),
        entries=tuple(entry_view(entry) for entry in round_entries(round_row)),
        results=results,
        scale=scale,
    )


def find_session_in_round(orm: OrmSession, round_row: models.Round, name: str) -> models.Session:
    wanted = name.strip().casefold()
    for session in round_row.sessions:
        if session.name.casefold() == wanted:
            return session
    known = ", ".join(session.name for session in round_row.sessions) or tr("none yet")
    raise NotFoundError(
        tr("Round {number} has no session called “{name}”. Its sessions: {known}.").format(
            number=round_row.number, name=name, known=known
        )
    )


def entry_of_driver(orm: OrmSession, round_row: models.Round, driver_name: str) -> models.Entry:
    """The car a driver races in a round (the crew it belongs to)."""
    driver = find_driver(orm, driver_name)
    for entry in round_entries(round_row):
        if any(member.driver_id == driver.id for member in entry.crew):
            return entry
    raise NotFoundError(
        tr("{driver} is in no car's crew in round {number}.").format(
            driver=driver.name, number=round_row.number
        )
    )


def entry_of_car(orm: OrmSession, round_row: models.Round, number: str) -> models.Entry:
    wanted = number.strip().lstrip("#")
    for entry in round_entries(round_row):
        if wanted and entry.car.number == wanted:
            return entry
    raise NotFoundError(
        tr("No car number {number} is entered in round {round}.").format(
            number=wanted, round=round_row.number
        )
    )


def points_by_round(db: Database, round_ids: Sequence[int]) -> dict[int, tuple[float, ...]]:
    """Each round's points per car that has results there (for the season overview)."""
    found: dict[int, tuple[float, ...]] = {}
    with db.unit_of_work() as orm:
        for round_id in round_ids:
            data = round_results_in(orm, get_or_fail(orm, models.Round, round_id, "round"))
            scored = tuple(
                data.entry_points(entry.id)
                for entry in data.entries
                if any(key[1] == entry.id for key in data.results)
            )
            if scored:
                found[round_id] = scored
    return found
