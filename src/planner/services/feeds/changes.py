"""What changed since a feed's last export, and the record it is compared with.

The record (``feed_export_items``) keeps, per session a feed wrote, its
revision, summary, UTC start, status, kind and length. An export compares
the sessions it writes with it and lists what was added, moved, cancelled,
restored, renamed, lengthened or shortened, re-kinded, made tentative or
confirmed, or removed; the record is then replaced in one unit of work,
only after the file was written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from planner.services.feeds.rows import orm_runner
from planner.services.stored_values import as_datetime

if TYPE_CHECKING:
    from planner.db.database import Database
    from planner.services.feeds.cache import ExportCache

ChangeKind = Literal[
    "added",
    "moved",
    "cancelled",
    "restored",
    "renamed",
    "length",
    "kind",
    "tentative",
    "confirmed",
    "removed",
]

_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FeedChange:
    """One difference from the last export. ``old_*`` are None for an added session.

    ``detail``/``old_detail``: for "length" the minutes ("" when not
    published), for "kind" the session kinds (``race``).
    """

    kind: ChangeKind
    uid: str
    summary: str
    start_utc: datetime | None
    old_summary: str | None = None
    old_start_utc: datetime | None = None
    detail: str | None = None
    old_detail: str | None = None


class State(NamedTuple):
    """One session as a feed wrote it (a row of the change record)."""

    revision: int
    summary: str
    start_utc: datetime  # naive UTC, as stored
    status: str
    kind: str | None  # None: recorded before kinds were
    duration_minutes: int | None


def _minutes(value: int | None) -> str:
    return "" if value is None else str(value)


def _differences(before: State, now: State) -> list[tuple[ChangeKind, str | None, str | None]]:
    """What differs between two records of one session: (kind, detail, old detail)."""
    found: list[tuple[ChangeKind, str | None, str | None]] = []
    if now.status == "CANCELLED" and before.status != "CANCELLED":
        return [("cancelled", None, None)]
    if before.status == "CANCELLED" and now.status != "CANCELLED":
        found.append(("restored", None, None))
    elif before.status != now.status:
        found.append(("tentative" if now.status == "TENTATIVE" else "confirmed", None, None))
    if now.start_utc != before.start_utc:
        found.append(("moved", None, None))
    elif now.summary != before.summary and before.status == now.status:
        found.append(("renamed", None, None))
    if before.kind is not None:  # recorded with kind and length: compare them
        if now.kind != before.kind:
            found.append(("kind", now.kind, before.kind))
        if now.duration_minutes != before.duration_minutes:
            found.append(
                ("length", _minutes(now.duration_minutes), _minutes(before.duration_minutes))
            )
    return found


def diff(old: Mapping[str, State], new: Mapping[str, State]) -> list[FeedChange]:
    """The changes from ``old`` to ``new``, in time order."""
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
        changes.extend(
            FeedChange(kind, uid, now.summary, start, before.summary, old_start, detail, old_detail)
            for kind, detail, old_detail in _differences(before, now)
        )
    for uid, before in old.items():
        if uid not in new:
            old_start = before.start_utc.replace(tzinfo=UTC)
            changes.append(
                FeedChange("removed", uid, before.summary, None, before.summary, old_start)
            )
    changes.sort(key=lambda change: change.start_utc or change.old_start_utc or _EPOCH)
    return changes


def store(
    db: Database,
    feed_id: int,
    old: Mapping[str, State],
    new: Mapping[str, State],
    build: Mapping[str, object] | None = None,
) -> None:
    """Replace a feed's record by ``new`` (one unit of work: all or nothing), and what
    it was built from by ``build`` (a ``feed_builds`` row; None: unknown)."""
    from sqlalchemy import delete, insert, update

    from planner.db.feed_models import Feed, FeedBuild, FeedExportItem

    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    gone: list[str] = []
    added: list[dict[str, object]] = []
    changed: list[tuple[str, State]] = []
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
        orm.execute(delete(FeedBuild).where(FeedBuild.feed_id == feed_id))
        if build is not None:
            orm.execute(insert(FeedBuild), [{**build, "feed_id": feed_id}])


_RECORD_SQL = (
    "SELECT session_uid, revision, summary, start_utc, status, kind, duration_minutes "
    "FROM feed_export_items WHERE feed_id = :feed_id ORDER BY session_uid"
)


def load(
    db: Database, feed_id: int, cache: ExportCache
) -> tuple[dict[str, State], bool, list[tuple[Any, ...]]]:
    """(record, exported before?, its rows as read); rows equal to the cache's are not parsed."""
    from planner.db.feed_models import Feed
    from planner.services.lookup import get_or_fail

    with db.unit_of_work() as orm:
        feed = get_or_fail(orm, Feed, feed_id, "feed")
        exported_before = feed.last_exported_utc is not None
        rows = orm_runner(orm)(_RECORD_SQL, {"feed_id": feed_id})
    known = cache.state_rows.get(feed_id)
    if known is not None and known[0] == rows:
        return known[1], exported_before, rows
    state = {
        uid: State(revision, summary, as_datetime(start), status, kind, minutes)
        for uid, revision, summary, start, status, kind, minutes in rows
    }
    return state, exported_before, rows
