"""A new session's checked row, without the ORM: what every way of adding sessions shares.

:func:`session_row` checks a new session (name, kind, status, length, the start's
DST rules, the round's days) and gives its column values in the order of
:data:`SESSION_COLUMNS`. The sessions service builds ORM rows from it; an .ics
import writes the tuples as they are (:mod:`planner.services.ics_import`, which
imports neither SQLAlchemy nor the models). Kept apart from
:mod:`planner.services.sessions` so that importing it loads neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind, SessionStatus
from planner.domain.memo import memoized
from planner.domain.track_time import localize
from planner.services import validation
from planner.services.views import SESSION_FACT_COLUMNS

if TYPE_CHECKING:
    from planner.db import models


def utc_now_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    """A new row's uid (what the models' ``default=new_uid`` gives)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)  # slots: half the cost of one of an import's 20,000
class NewSession:
    """What a user types for a new session; times are wall-clock at the track."""

    name: str
    kind: SessionKind | str
    start_wall: datetime
    duration_minutes: int | None
    status: SessionStatus | str = SessionStatus.SCHEDULED
    broadcast: str = ""
    stream_url: str = ""
    notes: str = ""
    is_dst: bool | None = None
    uid: str | None = None


def checked_start(
    start_wall: datetime, zone_name: str, is_dst: bool | None
) -> tuple[datetime, bool | None]:
    """Refuse DST gaps/overlaps unless an offset is chosen; return the real wall time."""
    start_wall = start_wall.replace(second=0, microsecond=0)
    aware = localize(start_wall, zone_name, is_dst=is_dst)
    real_wall = aware.replace(tzinfo=None)
    # Only keep the choice where it matters: an ambiguous time needs it forever.
    keep = is_dst if real_wall == start_wall and is_dst is not None else None
    if keep is not None:
        try:
            localize(real_wall, zone_name)
            keep = None  # not ambiguous after all
        except ValidationError:
            pass
    return real_wall, keep


StartCheck = Callable[[datetime, str, bool | None], tuple[datetime, bool | None]]


def _session_name(name: str) -> str:
    return validation.required_text(name, "session name")


def _as_it_is(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return check


class SessionChecks:
    """The checks of a new session's single values (name, kind, status, length),
    as :func:`checked_row` runs them: the same answers and messages.

    ``SessionChecks()`` checks each distinct value once: made by one bulk import
    and dropped with it (its 20,000 sessions hold a few hundred names and a
    handful of kinds, statuses and lengths), so no answer outlives the task.
    ``remember=False`` checks every value every time (one session at a time)."""

    __slots__ = ("kind", "minutes", "name", "status")

    def __init__(self, *, remember: bool = True) -> None:
        keep = memoized if remember else _as_it_is
        self.name: Callable[[str], str] = keep(_session_name)
        self.kind: Callable[[SessionKind | str], str] = keep(validation.session_kind_value)
        self.status: Callable[[SessionStatus | str], str] = keep(validation.session_status_value)
        self.minutes: Callable[[int | None], int | None] = keep(validation.duration)


#: Every value checked as it comes (holds nothing: no memo).
_EACH_TIME = SessionChecks(remember=False)


@dataclass(frozen=True)
class RoundPlace:
    """What a new session's checks need of its round, as plain values.

    Read once per round by a bulk import instead of through the ORM row for
    every session."""

    round_id: int
    zone: str  # the round's circuit's
    first_day: date
    last_day: date

    @classmethod
    def of(cls, round_row: models.Round) -> RoundPlace:
        return cls(round_row.id, round_row.track.timezone, round_row.first_day, round_row.last_day)


#: The columns of a new session's row, in the order :func:`session_row` gives them.
SESSION_COLUMNS = (
    "uid",
    "round_id",
    *SESSION_FACT_COLUMNS,
    "revision",
    "created_utc",
    "changed_utc",
)


def session_row(
    place: RoundPlace,
    new: NewSession,
    now: datetime,
    *,
    revision: int = 1,
    check_start: StartCheck | None = None,
) -> tuple[Any, ...]:
    """The checked values of a new session, in the order of :data:`SESSION_COLUMNS`.

    Every new session is checked here (the window, the command line, a pasted
    schedule, an imported file); a bulk import keeps the tuple as its row
    instead of a dict per session."""
    return checked_row(
        place,
        new.uid,
        new.name,
        new.kind,
        new.start_wall,
        new.is_dst,
        new.duration_minutes,
        new.status,
        new.broadcast,
        new.stream_url,
        new.notes,
        now,
        revision,
        check_start or checked_start,
        _EACH_TIME,
    )


def checked_row(
    place: RoundPlace,
    uid: str | None,
    name: str,
    kind: SessionKind | str,
    start_wall: datetime,
    is_dst: bool | None,
    duration_minutes: int | None,
    status: SessionStatus | str,
    broadcast: str,
    stream_url: str,
    notes: str,
    now: datetime,
    revision: int,
    check_start: StartCheck | None,
    checks: SessionChecks,
) -> tuple[Any, ...]:
    """:func:`session_row` of a session given value by value, in the order of its
    fields: what a bulk import calls for each of its 20,000 sessions instead of
    making a :class:`NewSession` of each first (a frozen dataclass: as costly as
    the checks), with its :class:`SessionChecks` (each distinct value once). The
    same checks in the same order, the same messages. ``check_start`` None: a
    wall time known to be shown once (found plain by
    :meth:`~planner.services.track_clock.TrackClock.at`),
    kept as it is with no offset chosen, as
    :func:`~planner.services.track_clock.keep_wall` does (without its call)."""
    name = checks.name(name)
    kind = checks.kind(kind)
    status = checks.status(status)
    minutes = checks.minutes(duration_minutes)
    zone_name = place.zone
    if check_start is None:
        is_dst = None
    else:
        start_wall, is_dst = check_start(start_wall, zone_name, is_dst)
    # The round's days compared here, the check (and its message) called only for a
    # start outside them: a call per session was ~2 % of storing 20,000 (callgrind).
    if not place.first_day <= start_wall.date() <= place.last_day:
        validation.start_within_round(start_wall, place.first_day, place.last_day, name)
    return (
        uid or new_uid(),
        place.round_id,
        kind,
        name,
        start_wall,
        zone_name,
        is_dst,
        minutes,
        status,
        broadcast.strip(),
        stream_url.strip(),
        notes.strip(),
        revision,
        now,
        now,
    )
