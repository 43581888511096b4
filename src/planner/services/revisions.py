"""Edits that name the revision they were made from: refused, not silently stored, when
someone else changed the same session, round, driver, team or car meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.domain.errors import ConflictError
from planner.i18n import tr
from planner.services.lookup import get_or_fail

#: The tables whose rows carry a revision an edit can name, by kind.
REVISED: dict[str, Any] = {
    "session": models.Session,
    "round": models.Round,
    "driver": models.Driver,
    "team": models.Team,
    "car": models.Car,
}


def claim_revision(
    orm: OrmSession,
    kind: str,
    item_id: int,
    expected: int | None,
    *,
    refusal: Callable[[Any, int], str] | None = None,
) -> None:
    """Lock the row for this unit of work if it is still at ``expected`` (None: no check).

    ``refusal(row, expected)``: the message when it is not (default: what it is and
    the two revisions).

    One conditional UPDATE, so two writers cannot both pass the check: on PostgreSQL the
    second waits for the first's row lock and then finds the revision moved; SQLite lets
    one writer at a time."""
    if expected is None:
        return
    model = REVISED[kind]
    claimed = orm.execute(
        update(model)
        .where(model.id == item_id, model.revision == expected)
        .values(revision=model.revision)
    )
    if claimed.rowcount:  # type: ignore[attr-defined]
        return
    row = get_or_fail(orm, model, item_id, kind)
    if refusal is not None:
        raise ConflictError(refusal(row, expected))
    raise ConflictError(
        tr(
            "{what} was changed by someone else meanwhile: it is at revision {now}, your "
            "edit was made from revision {seen}. Nothing was saved; look at it again and "
            "repeat your change."
        ).format(what=_described(kind, row), now=row.revision, seen=expected)
    )


def bump(row: Any) -> None:
    """A stored change: the revision rises, counted by the database inside the write so
    two writers each raise it."""
    row.revision = type(row).revision + 1


def _described(kind: str, row: Any) -> str:
    if kind == "round":
        return tr("Round {number} “{name}”").format(
            number=row.number, name=row.name or row.track.name
        )
    if kind == "driver":
        return tr("The driver “{name}”").format(name=row.name)
    if kind == "team":
        return tr("The team “{name}”").format(name=row.name)
    return tr("The car “{name}”").format(name=row.model)
