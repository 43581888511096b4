"""When someone else changed a session since an edit was made: what differs, field by
field, and what to store for "keep mine" or a merge. No Qt, no dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.db.database import Database
from planner.services.sessions import get_session
from planner.services.views import SessionView

#: Fields that travel together: the start time and its DST choice are one value.
_GROUPS: dict[str, tuple[str, ...]] = {"start_wall": ("start_wall", "is_dst")}


def field_value(session: SessionView, key: str) -> Any:
    """A session's value of an edit_session keyword (``driver_ids``: who drives, in order)."""
    if key == "driver_ids":
        return [driver.id for driver in session.drivers]
    return getattr(session, key)


@dataclass(frozen=True)
class FieldConflict:
    field: str  # "name", "start_wall", … (edit_session's keyword)
    theirs: Any  # what is stored now
    mine: Any  # what my edit wanted


@dataclass(frozen=True)
class SessionConflict:
    session_id: int
    name: str  # the session's name as stored now
    their_revision: int
    fields: tuple[FieldConflict, ...]  # the fields my edit touches, theirs and mine
    theirs: SessionView


def session_conflict(db: Database, session_id: int, mine: dict[str, Any]) -> SessionConflict:
    """Both versions of the fields ``mine`` (edit_session keywords) changes."""
    theirs = get_session(db, session_id)
    fields = tuple(
        FieldConflict(key, field_value(theirs, key), value)
        for key, value in mine.items()
        if key not in ("is_dst",) or "start_wall" not in mine
    )
    return SessionConflict(session_id, theirs.name, theirs.revision, fields, theirs)


def their_values(conflict: SessionConflict, keys: list[str]) -> dict[str, Any]:
    """The stored values of ``keys`` (with the fields that travel with them): what an
    undo of "keep mine" goes back to."""
    values: dict[str, Any] = {}
    for key in keys:
        for member in _GROUPS.get(key, (key,)):
            values[member] = field_value(conflict.theirs, member)
    return values


def chosen_values(mine: dict[str, Any], keep_mine: set[str]) -> dict[str, Any]:
    """My values of the fields I chose to keep (with the fields that travel with them)."""
    chosen: dict[str, Any] = {}
    for key in keep_mine:
        for member in _GROUPS.get(key, (key,)):
            if member in mine:
                chosen[member] = mine[member]
    return chosen
