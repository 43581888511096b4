"""Sessions of a round: add, edit, move, delete and restore, and who drives them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind, SessionStatus
from planner.i18n import tr
from planner.services import validation
from planner.services.convert import session_snapshot, session_view
from planner.services.lookup import get_or_fail
from planner.services.revisions import claim_revision

# Re-exported: the service's names since before the checks moved out (import's use).
from planner.services.session_rows import SESSION_COLUMNS as SESSION_COLUMNS
from planner.services.session_rows import NewSession as NewSession
from planner.services.session_rows import RoundPlace as RoundPlace
from planner.services.session_rows import StartCheck as StartCheck
from planner.services.session_rows import checked_start
from planner.services.session_rows import session_row as session_row
from planner.services.session_rows import utc_now_naive as utc_now_naive
from planner.services.views import SESSION_FACT_COLUMNS, SessionSnapshot, SessionView


class _Unset:
    """Marks an argument the caller did not pass (None is a real value for is_dst)."""


UNSET = _Unset()


def new_session_values(
    round_row: models.Round, new: NewSession, *, check_start: StartCheck | None = None
) -> dict[str, Any]:
    """The checked column values of a new session of ``round_row``.

    ``check_start`` replaces the DST check of the start (a bulk import that
    knows no clock change is near passes a cheaper one); it returns the real
    wall time and the offset choice to keep.
    """
    return session_values(RoundPlace.of(round_row), new, utc_now_naive(), check_start=check_start)


def session_values(
    place: RoundPlace,
    new: NewSession,
    now: datetime,
    *,
    check_start: StartCheck | None = None,
) -> dict[str, Any]:
    """:func:`new_session_values` from plain values: the round's ``place`` and the
    creation time ``now`` (a bulk import reads both once, not once a session)."""
    row = session_row(place, new, now, check_start=check_start)
    return dict(zip(SESSION_COLUMNS, row, strict=True))


def _build(round_row: models.Round, new: NewSession) -> models.Session:
    return models.Session(**new_session_values(round_row, new))


def add_session(
    db: Database, round_id: int, new: NewSession, *, driver_ids: Sequence[int] | None = None
) -> SessionView:
    """A new session, with who drives it when given: both stored, or neither."""
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        _refuse_duplicate_name(round_row, new.name)
        row = _build(round_row, new)
        orm.add(row)
        orm.flush()
        if driver_ids is not None:
            _set_stints(orm, row, driver_ids)
        return session_view(row)


def add_sessions(
    db: Database,
    round_id: int,
    new_sessions: Sequence[NewSession],
    *,
    drivers: Sequence[Sequence[int]] | None = None,
    replace: bool = False,
) -> list[SessionView]:
    """Several sessions in one step (a weekend template): all or none.

    ``drivers`` gives who drives each new session (same order); ``replace``
    removes the round's sessions first, in the same unit of work.
    """
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        if replace:
            for stale in list(round_row.sessions):
                orm.delete(stale)
            orm.flush()
            orm.expire(round_row, ["sessions"])
        rows = []
        names: set[str] = set()
        for new in new_sessions:
            _refuse_duplicate_name(round_row, new.name)
            if new.name.strip().casefold() in names:
                raise ValidationError(
                    tr("Two new sessions are both called “{name}”.").format(name=new.name)
                )
            names.add(new.name.strip().casefold())
            rows.append(_build(round_row, new))
        orm.add_all(rows)
        orm.flush()
        for row, driver_ids in zip(rows, drivers or (), strict=False):
            if driver_ids:
                _set_stints(orm, row, driver_ids)
        return [session_view(row) for row in rows]


def _refuse_duplicate_name(
    round_row: models.Round, name: str, *, except_id: int | None = None
) -> None:
    wanted = name.strip().casefold()
    for other in round_row.sessions:
        if other.id != except_id and other.name.casefold() == wanted:
            raise ValidationError(
                tr("This round already has a session called “{name}”.").format(name=other.name)
            )


def edit_session(
    db: Database,
    session_id: int,
    *,
    name: str | None = None,
    kind: SessionKind | str | None = None,
    start_wall: datetime | None = None,
    is_dst: bool | _Unset | None = UNSET,
    duration_minutes: int | _Unset | None = UNSET,
    status: SessionStatus | str | None = None,
    broadcast: str | None = None,
    stream_url: str | None = None,
    notes: str | None = None,
    driver_ids: Sequence[int] | None = None,
    expected_revision: int | None = None,
) -> SessionView:
    """Change what is given, all in one step; the revision rises with every stored
    change (phones see it as the event's SEQUENCE, and an edit made from the old
    revision is refused, notes and links included).

    ``expected_revision``: the revision the edit was made from. When someone else has
    changed the session since, nothing is saved and :class:`ConflictError` says what
    the session is now."""
    with db.unit_of_work() as orm:
        claim_revision(orm, "session", session_id, expected_revision, refusal=_stale_session)
        row = get_or_fail(orm, models.Session, session_id, "session")
        significant = False
        if name is not None:
            cleaned = validation.required_text(name, "session name")
            _refuse_duplicate_name(row.round, cleaned, except_id=row.id)
            significant |= cleaned != row.name
            row.name = cleaned
        if kind is not None:
            new_kind = validation.session_kind(str(kind)).value
            significant |= new_kind != row.kind
            row.kind = new_kind
        if start_wall is not None or not isinstance(is_dst, _Unset):
            wanted_start = start_wall if start_wall is not None else row.start_wall
            wanted_dst = row.is_dst if isinstance(is_dst, _Unset) else is_dst
            real_start, kept_dst = checked_start(wanted_start, row.zone, wanted_dst)
            validation.start_within_round(
                real_start, row.round.first_day, row.round.last_day, row.name
            )
            significant |= real_start != row.start_wall or kept_dst != row.is_dst
            row.start_wall, row.is_dst = real_start, kept_dst
        if not isinstance(duration_minutes, _Unset):
            minutes = validation.duration(duration_minutes)
            significant |= minutes != row.duration_minutes
            row.duration_minutes = minutes
        if status is not None:
            new_status = validation.session_status(str(status)).value
            significant |= new_status != row.status
            row.status = new_status
        changed = significant
        for attribute, value in (
            ("broadcast", broadcast),
            ("stream_url", stream_url),
            ("notes", notes),
        ):
            if value is not None and value.strip() != getattr(row, attribute):
                setattr(row, attribute, value.strip())
                changed = True
        if changed:
            # Counted by the database inside the write, not from the value read before it:
            # concurrent editors must each raise the SEQUENCE phones see.
            row.revision = models.Session.revision + 1
            row.changed_utc = utc_now_naive()
        orm.flush()
        if driver_ids is not None:
            _set_stints(orm, row, driver_ids)
        return session_view(row)


def _stale_session(row: models.Session, seen: int) -> str:
    now = session_view(row)
    return tr(
        "Session {id} “{name}” was changed by someone else meanwhile: it is at revision "
        "{now} ({start} {zone}), your edit was made from revision {seen}. Nothing was "
        "saved; look at it again and repeat your change."
    ).format(
        id=row.id,
        name=row.name,
        now=row.revision,
        start=f"{now.start_wall:%Y-%m-%d %H:%M}",
        zone=row.zone,
        seen=seen,
    )


def get_session(db: Database, session_id: int) -> SessionView:
    with db.unit_of_work() as orm:
        return session_view(get_or_fail(orm, models.Session, session_id, "session"))


def delete_session(db: Database, session_id: int) -> SessionSnapshot:
    """Delete a session; the snapshot restores it (same identifier) on undo."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Session, session_id, "session")
        snapshot = session_snapshot(row)
        orm.delete(row)
        return snapshot


def restore_session(db: Database, snapshot: SessionSnapshot) -> SessionView:
    """Bring back a deleted session with its identifier; its revision rises (a change)."""
    with db.unit_of_work() as orm:
        row = _restore(orm, snapshot)
        orm.flush()
        return session_view(row)


def _restore(orm: OrmSession, snapshot: SessionSnapshot) -> models.Session:
    row = models.Session(
        uid=snapshot.uid,
        round_id=snapshot.round_id,
        kind=snapshot.kind,
        name=snapshot.name,
        start_wall=snapshot.start_wall,
        zone=snapshot.zone,
        is_dst=snapshot.is_dst,
        duration_minutes=snapshot.duration_minutes,
        status=snapshot.status,
        broadcast=snapshot.broadcast,
        stream_url=snapshot.stream_url,
        notes=snapshot.notes,
        revision=snapshot.revision + 1,
        created_utc=snapshot.created_utc,
        changed_utc=utc_now_naive(),
    )
    row.stints = [
        models.SessionDriver(driver_id=stint.driver_id, stint_order=stint.stint_order)
        for stint in snapshot.stints
    ]
    orm.add(row)
    return row


def set_session_drivers(db: Database, session_id: int, driver_ids: Sequence[int]) -> SessionView:
    """Who drives: the one driver of a qualifying, or a race's stints in order."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Session, session_id, "session")
        _set_stints(orm, row, driver_ids)
        return session_view(row)


def _set_stints(orm: OrmSession, row: models.Session, driver_ids: Sequence[int]) -> None:
    if row.kind == SessionKind.QUALIFYING and len(driver_ids) > 1:
        raise ValidationError(
            tr("Only one driver drives a qualifying session; “{name}” got {count}.").format(
                name=row.name, count=len(driver_ids)
            )
        )
    for driver_id in driver_ids:
        get_or_fail(orm, models.Driver, driver_id, "driver")
    row.stints.clear()
    orm.flush()
    row.stints.extend(
        models.SessionDriver(driver_id=driver_id, stint_order=order)
        for order, driver_id in enumerate(driver_ids, start=1)
    )
    row.changed_utc = utc_now_naive()
    orm.flush()
    orm.refresh(row)


def round_sessions_snapshot(db: Database, round_id: int) -> tuple[SessionSnapshot, ...]:
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        return tuple(session_snapshot(row) for row in round_row.sessions)


def replace_round_sessions(
    db: Database, round_id: int, snapshots: Sequence[SessionSnapshot]
) -> list[SessionView]:
    """Put a round's sessions back as they were (undo of an import or a template)."""
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        wanted = {snapshot.uid: snapshot for snapshot in snapshots}
        for stale in list(round_row.sessions):
            if stale.uid not in wanted:
                orm.delete(stale)
        orm.flush()
        existing = {
            stored.uid: stored
            for stored in orm.scalars(
                select(models.Session).where(models.Session.round_id == round_id)
            )
        }
        result: list[models.Session] = []
        for snapshot in snapshots:
            row = existing.get(snapshot.uid)
            if row is None:
                row = _restore(orm, snapshot)
            elif session_snapshot(row) != snapshot:
                _overwrite(orm, row, snapshot)
            result.append(row)
        orm.flush()
        return [session_view(session) for session in result]


def _overwrite(orm: OrmSession, row: models.Session, snapshot: SessionSnapshot) -> None:
    """Make a stored session equal to its snapshot again; a real change raises the revision."""
    significant = (
        row.name,
        row.kind,
        row.start_wall,
        row.is_dst,
        row.duration_minutes,
        row.status,
    ) != (
        snapshot.name,
        snapshot.kind,
        snapshot.start_wall,
        snapshot.is_dst,
        snapshot.duration_minutes,
        snapshot.status,
    )
    for attribute in SESSION_FACT_COLUMNS:
        setattr(row, attribute, getattr(snapshot, attribute))
    row.stints.clear()
    orm.flush()
    row.stints.extend(
        models.SessionDriver(driver_id=stint.driver_id, stint_order=stint.stint_order)
        for stint in snapshot.stints
    )
    if significant:
        row.revision = models.Session.revision + 1
    row.changed_utc = utc_now_naive()


# --- several sessions at once (multi-select): each function is one unit of work ---------


def _rows(orm: OrmSession, session_ids: Sequence[int]) -> list[models.Session]:
    return [get_or_fail(orm, models.Session, session_id, "session") for session_id in session_ids]


def sessions_snapshot(db: Database, session_ids: Sequence[int]) -> tuple[SessionSnapshot, ...]:
    """How these sessions are now, to put them back on undo."""
    with db.unit_of_work() as orm:
        return tuple(session_snapshot(row) for row in _rows(orm, session_ids))


def put_sessions_back(db: Database, snapshots: Sequence[SessionSnapshot]) -> list[SessionView]:
    """Make stored sessions equal to their snapshots again (found by identifier)."""
    with db.unit_of_work() as orm:
        uids = [snapshot.uid for snapshot in snapshots]
        stored = {
            row.uid: row
            for row in orm.scalars(select(models.Session).where(models.Session.uid.in_(uids)))
        }
        result = []
        for snapshot in snapshots:
            row = stored.get(snapshot.uid)
            if row is None:
                raise ValidationError(
                    tr("The session “{name}” is no longer there.").format(name=snapshot.name)
                )
            if session_snapshot(row) != snapshot:
                _overwrite(orm, row, snapshot)
            result.append(row)
        orm.flush()
        return [session_view(row) for row in result]


def set_drivers_of_sessions(
    db: Database, session_ids: Sequence[int], driver_ids: Sequence[int]
) -> list[SessionView]:
    """The same drivers (in stint order) for every one of these sessions: all or none."""
    with db.unit_of_work() as orm:
        rows = _rows(orm, session_ids)
        for row in rows:
            _set_stints(orm, row, driver_ids)
        return [session_view(row) for row in rows]


def shift_sessions(db: Database, session_ids: Sequence[int], minutes: int) -> list[SessionView]:
    """Move these sessions by ``minutes`` of wall-clock time at the track: all or none.

    A start that lands in a clock change (a skipped or a doubled hour) or outside
    the round's days is refused with a message naming the session.
    """
    with db.unit_of_work() as orm:
        rows = _rows(orm, session_ids)
        for row in rows:
            wanted = row.start_wall + timedelta(minutes=minutes)
            real_start, kept_dst = checked_start(wanted, row.zone, None)
            validation.start_within_round(
                real_start, row.round.first_day, row.round.last_day, row.name
            )
            if real_start != row.start_wall:
                row.start_wall, row.is_dst = real_start, kept_dst
                row.revision += 1
                row.changed_utc = utc_now_naive()
        orm.flush()
        return [session_view(row) for row in rows]


def set_status_of_sessions(
    db: Database, session_ids: Sequence[int], status: SessionStatus | str
) -> list[SessionView]:
    """Scheduled, time to be confirmed or cancelled, for all these sessions at once."""
    new_status = validation.session_status(str(status)).value
    with db.unit_of_work() as orm:
        rows = _rows(orm, session_ids)
        for row in rows:
            if row.status != new_status:
                row.status = new_status
                row.revision += 1
                row.changed_utc = utc_now_naive()
        orm.flush()
        return [session_view(row) for row in rows]


def delete_sessions(db: Database, session_ids: Sequence[int]) -> tuple[SessionSnapshot, ...]:
    """Delete these sessions in one step; the snapshots bring them back on undo."""
    with db.unit_of_work() as orm:
        rows = _rows(orm, session_ids)
        snapshots = tuple(session_snapshot(row) for row in rows)
        for row in rows:
            orm.delete(row)
        return snapshots


def restore_sessions(db: Database, snapshots: Sequence[SessionSnapshot]) -> list[SessionView]:
    """Bring back deleted sessions with their identifiers, in the order given."""
    with db.unit_of_work() as orm:
        rows = [_restore(orm, snapshot) for snapshot in snapshots]
        orm.flush()
        return [session_view(row) for row in rows]
