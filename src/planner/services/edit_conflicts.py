"""When someone else changed a session, round, driver, team or car since an edit was made
from it: what differs, field by field, and what to store for "keep mine" or a merge.
No Qt, no dialogs.

Each kind is read and edited through one service call with the revision check; an
edit's values are that service's keywords (``name``, ``start_wall``, ``status``, …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from planner.db.database import Database

KINDS = ("session", "round", "driver", "team", "car")

#: Fields that travel together: a session's start time and its DST choice are one value.
_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "session": {"start_wall": ("start_wall", "is_dst")},
}


def field_value(view: Any, key: str) -> Any:
    """A view's value of an edit keyword (``driver_ids``: who drives, in order)."""
    if key == "driver_ids":
        return [driver.id for driver in view.drivers]
    if key == "track_id":
        return view.track.id
    return getattr(view, key)


def read(db: Database, kind: str, item_id: int) -> Any:
    """What is stored now: the kind's view (with its ``revision``)."""
    from planner.services import people, rounds, sessions

    readers: dict[str, Callable[[Database, int], Any]] = {
        "session": sessions.get_session,
        "round": rounds.get_round,
        "driver": people.get_driver,
        "team": people.get_team,
        "car": people.get_car,
    }
    return readers[kind](db, item_id)


def edit(
    db: Database, kind: str, item_id: int, values: dict[str, Any], expected_revision: int | None
) -> Any:
    """Store ``values`` in one service call, refused with ConflictError when the item is no
    longer at ``expected_revision``; returns the stored view."""
    from planner.services import catalog, people, rounds, sessions

    if kind == "session":
        return sessions.edit_session(db, item_id, **values, expected_revision=expected_revision)
    if kind == "round":
        return rounds.edit_round(db, item_id, **values, expected_revision=expected_revision)
    if kind == "driver":
        if set(values) == {"name"}:  # a rename refuses a name another driver has
            return people.rename_driver(
                db, item_id, values["name"], expected_revision=expected_revision
            )
        return catalog.edit_driver(db, item_id, **values, expected_revision=expected_revision)
    if kind == "team":
        return people.rename_team(db, item_id, values["name"], expected_revision=expected_revision)
    if kind == "car":
        return people.rename_car(db, item_id, values["model"], expected_revision=expected_revision)
    raise KeyError(kind)


def _title(kind: str, view: Any) -> str:
    if kind == "round":
        return str(view.title)
    if kind == "car":
        return str(view.label)
    return str(view.name)


@dataclass(frozen=True)
class FieldConflict:
    field: str  # "name", "start_wall", … (the edit service's keyword)
    theirs: Any  # what is stored now
    mine: Any  # what my edit wanted


@dataclass(frozen=True)
class EditConflict:
    """Both versions of what one edit changes of a session, round, driver, team or car."""

    kind: str  # one of KINDS
    item_id: int
    name: str  # its name as stored now
    their_revision: int
    fields: tuple[FieldConflict, ...]  # the fields my edit touches, theirs and mine
    stored: dict[str, Any]  # their values of those fields and the fields they travel with
    #: How a value that is an id reads to people: (field, value) → name (a circuit's).
    value_names: dict[tuple[str, Any], str] = dataclass_field(default_factory=dict)


def find_conflict(db: Database, kind: str, item_id: int, mine: dict[str, Any]) -> EditConflict:
    """Both versions of the fields ``mine`` (edit keywords) changes."""
    theirs = read(db, kind, item_id)
    groups = _GROUPS.get(kind, {})
    travelling = {member for key in mine for member in groups.get(key, ()) if member != key}
    fields = tuple(
        FieldConflict(key, field_value(theirs, key), value)
        for key, value in mine.items()
        if key not in travelling
    )
    stored = {
        member: field_value(theirs, member) for key in mine for member in groups.get(key, (key,))
    }
    return EditConflict(
        kind,
        item_id,
        _title(kind, theirs),
        theirs.revision,
        fields,
        stored,
        _value_names(db, fields),
    )


def _value_names(db: Database, fields: tuple[FieldConflict, ...]) -> dict[tuple[str, Any], str]:
    from planner.services.tracks import get_track

    track_ids = {
        value
        for conflict in fields
        if conflict.field == "track_id"
        for value in (conflict.theirs, conflict.mine)
    }
    return {("track_id", track_id): get_track(db, track_id).name for track_id in track_ids}


def session_conflict(db: Database, session_id: int, mine: dict[str, Any]) -> EditConflict:
    return find_conflict(db, "session", session_id, mine)


def their_values(conflict: EditConflict, keys: list[str]) -> dict[str, Any]:
    """The stored values of ``keys`` (with the fields that travel with them): what an
    undo of "keep mine" goes back to."""
    groups = _GROUPS.get(conflict.kind, {})
    return {member: conflict.stored[member] for key in keys for member in groups.get(key, (key,))}


def chosen_values(kind: str, mine: dict[str, Any], keep_mine: set[str]) -> dict[str, Any]:
    """My values of the fields I chose to keep (with the fields that travel with them)."""
    groups = _GROUPS.get(kind, {})
    return {
        member: mine[member]
        for key in keep_mine
        for member in groups.get(key, (key,))
        if member in mine
    }
