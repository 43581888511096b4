"""Rounds (race weekends) of a season: add, edit, move, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.domain.kinds import RoundStatus
from planner.i18n import tr
from planner.services import validation
from planner.services.convert import round_view, session_snapshot
from planner.services.lookup import get_or_fail
from planner.services.revisions import bump, claim_revision
from planner.services.session_rows import checked_start, utc_now_naive
from planner.services.sessions import _restore
from planner.services.views import RoundView, SessionSnapshot


@dataclass(frozen=True)
class RoundSnapshot:
    """A deleted round with its sessions, to restore on undo."""

    season_id: int
    number: int
    name: str
    track_id: int
    first_day: date
    last_day: date
    status: str
    notes: str
    sessions: tuple[SessionSnapshot, ...]
    uid: str = ""  # kept on undo: the weekend event's UID in feeds
    revision: int = 1


def add_round(
    db: Database,
    season_id: int,
    *,
    number: int | None,
    track_id: int,
    first_day: date,
    last_day: date,
    name: str = "",
    status: RoundStatus | str = RoundStatus.SCHEDULED,
    notes: str = "",
) -> RoundView:
    """A new round; ``number=None`` takes the next free number of the season."""
    validation.round_days(first_day, last_day)
    checked_status = validation.round_status(str(status))
    with db.unit_of_work() as orm:
        season = get_or_fail(orm, models.Season, season_id, "season")
        get_or_fail(orm, models.Track, track_id, "circuit")
        numbers = {row.number for row in season.rounds}
        if number is None:
            number = max(numbers, default=0) + 1
        if number <= 0:
            raise ValidationError(tr("Round numbers start at 1."))
        validation.round_number(number)
        validation.round_in_season(first_day, last_day, season.year)
        if number in numbers:
            raise ValidationError(
                tr("{series} {year} already has a round {number}.").format(
                    series=season.series.name, year=season.year, number=number
                )
            )
        row = models.Round(
            season_id=season.id,
            number=number,
            name=name.strip(),
            track_id=track_id,
            first_day=first_day,
            last_day=last_day,
            status=checked_status.value,
            notes=notes.strip(),
        )
        orm.add(row)
        orm.flush()
        orm.refresh(row)
        return round_view(row)


def get_round(db: Database, round_id: int) -> RoundView:
    with db.unit_of_work() as orm:
        return round_view(get_or_fail(orm, models.Round, round_id, "round"))


def _edited_fields(row: models.Round) -> tuple[object, ...]:
    """What ``edit_round`` may change: a change to any of them raises the revision."""
    return (
        row.number,
        row.name,
        row.first_day,
        row.last_day,
        row.status,
        row.track_id,
        row.notes,
    )


def edit_round(
    db: Database,
    round_id: int,
    *,
    number: int | None = None,
    name: str | None = None,
    track_id: int | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
    status: RoundStatus | str | None = None,
    notes: str | None = None,
    expected_revision: int | None = None,
) -> RoundView:
    """Edit a round. A new circuit keeps every session's wall time at the new track.

    ``expected_revision``: the revision the edit was made from. When someone else has
    changed the round since, nothing is saved and :class:`ConflictError` says so."""
    with db.unit_of_work() as orm:
        claim_revision(orm, "round", round_id, expected_revision)
        row = get_or_fail(orm, models.Round, round_id, "round")
        before = _edited_fields(row)
        if number is not None and number != row.number:
            if number > validation.MAX_ROUND_NUMBER:
                validation.round_number(number)
            clash = orm.scalar(
                select(models.Round).where(
                    models.Round.season_id == row.season_id, models.Round.number == number
                )
            )
            if clash is not None or number <= 0:
                raise ValidationError(
                    tr("Round {number} is taken or not a valid number.").format(number=number)
                )
            row.number = number
        if name is not None:
            row.name = name.strip()
        new_first = first_day or row.first_day
        new_last = last_day or row.last_day
        validation.round_days(new_first, new_last)
        validation.round_in_season(new_first, new_last, row.season.year)
        for session in row.sessions:
            validation.start_within_round(session.start_wall, new_first, new_last, session.name)
        row.first_day, row.last_day = new_first, new_last
        if status is not None:
            new_status = validation.round_status(str(status)).value
            if new_status != row.status:
                row.status = new_status
                _touch_sessions(row, significant=True)
        if notes is not None:
            row.notes = notes.strip()
        if track_id is not None and track_id != row.track_id:
            track = get_or_fail(orm, models.Track, track_id, "circuit")
            for session in row.sessions:
                real_start, kept_dst = checked_start(
                    session.start_wall, track.timezone, session.is_dst
                )
                session.start_wall, session.zone, session.is_dst = (
                    real_start,
                    track.timezone,
                    kept_dst,
                )
            row.track_id = track.id
            orm.flush()
            orm.refresh(row)
            _touch_sessions(row, significant=True)
        after = _edited_fields(row)
        if after != before:
            # Notes too: they are not in the feeds, but an edit made from the revision
            # before them must not replace them unseen.
            # Number, name and days are in every session's description too.
            if after[:4] != before[:4]:
                _touch_sessions(row, significant=True)
            _touch_round(row)
        orm.flush()
        orm.refresh(row)
        return round_view(row)


def _touch_round(row: models.Round) -> None:
    """A real change of the weekend: its feed event's SEQUENCE and DTSTAMP follow."""
    bump(row)
    row.changed_utc = utc_now_naive()


def _touch_sessions(row: models.Round, *, significant: bool) -> None:
    now = utc_now_naive()
    for session in row.sessions:
        if significant:
            session.revision = models.Session.revision + 1
        session.changed_utc = now


def _checked_move(days: int) -> timedelta:
    if abs(days) > 800:  # more than a season either way; also keeps timedelta in range
        raise ValidationError(
            tr("Moving a round by {days} days would take it out of its season.").format(days=days)
        )
    return timedelta(days=days)


def move_round(db: Database, round_id: int, days: int) -> RoundView:
    """Move a whole weekend by whole days: dates and every session's wall time."""
    if days == 0:
        return get_round(db, round_id)
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Round, round_id, "round")
        delta = _checked_move(days)
        validation.round_in_season(row.first_day + delta, row.last_day + delta, row.season.year)
        row.first_day += delta
        row.last_day += delta
        for session in row.sessions:
            session.start_wall, session.is_dst = checked_start(
                session.start_wall + delta, session.zone, session.is_dst
            )
        _touch_sessions(row, significant=True)
        _touch_round(row)
        orm.flush()
        return round_view(row)


def delete_round(db: Database, round_id: int) -> RoundSnapshot:
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Round, round_id, "round")
        snapshot = RoundSnapshot(
            season_id=row.season_id,
            number=row.number,
            name=row.name,
            track_id=row.track_id,
            first_day=row.first_day,
            last_day=row.last_day,
            status=row.status,
            notes=row.notes,
            sessions=tuple(session_snapshot(session) for session in row.sessions),
            uid=row.uid,
            revision=row.revision,
        )
        orm.delete(row)
        return snapshot


def restore_round(db: Database, snapshot: RoundSnapshot) -> RoundView:
    with db.unit_of_work() as orm:
        row = models.Round(
            season_id=snapshot.season_id,
            number=snapshot.number,
            name=snapshot.name,
            track_id=snapshot.track_id,
            first_day=snapshot.first_day,
            last_day=snapshot.last_day,
            status=snapshot.status,
            notes=snapshot.notes,
        )
        if snapshot.uid:
            # Back under its own UID, with a higher SEQUENCE than before the delete.
            row.uid = snapshot.uid
            row.revision = snapshot.revision + 1
        orm.add(row)
        orm.flush()
        for session in snapshot.sessions:
            _restore(orm, SessionSnapshot(**{**session.__dict__, "round_id": row.id}))
        orm.flush()
        orm.refresh(row)
        return round_view(row)
