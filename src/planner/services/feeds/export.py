"""Exports: a feed's calendar, its file, its change record; the parts a publisher needs.

:func:`prepare_export` builds what a feed would write now (the calendar's
bytes, each event's own one-event file, the changes since the last recorded
export) without touching any file or the record; :func:`record_export`
remembers it as exported. :func:`export_feed` is the two around an atomic
file write. A publisher (CalDAV) uses the same two around its own upload,
so a failed upload records nothing and the next run finds the same changes.

Speed (``benchmarks/export_feeds.py``): the caller's :class:`ExportCache`
keeps built events and their text; an export whose rows equal the last
export's (one comparison of tuples) reuses that export's bytes and record.
The cyclic garbage collector is paused while an export runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import PlannerError
from planner.i18n import Language, check_language
from planner.ical import FeedCalendar, FeedEvent, render_single_event
from planner.ical.text import no_cyclic_gc
from planner.services import feed_builds
from planner.services.feeds import changes
from planner.services.feeds.build import PreparedData, build, options_of
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.changes import ChangeKind, FeedChange, State
from planner.services.feeds.choices import FeedSpec
from planner.services.feeds.compose import compose_sessions
from planner.services.feeds.describe import Options
from planner.services.feeds.files import write_and_stat, write_atomically
from planner.services.feeds.rows import fetch_raw, orm_runner, select_sessions
from planner.services.feeds.spec import checked_file_name, get_feed, list_feeds
from planner.services.lookup import get_or_fail

FeedChoice = int | FeedSpec


@dataclass(frozen=True)
class FeedExport:
    """What an export did. ``first_export``: no earlier export to compare with
    (every session is "added"). ``written`` False: the file already had these bytes.
    ``error``: why this feed was not written (``export_all_feeds`` goes on with the rest)."""

    feed_name: str
    path: Path
    file_name: str
    event_count: int
    changes: tuple[FeedChange, ...] = field(default=())
    first_export: bool = False
    written: bool = True
    error: str | None = None

    def changes_of(self, kind: ChangeKind) -> tuple[FeedChange, ...]:
        return tuple(change for change in self.changes if change.kind == kind)


@dataclass(frozen=True)
class PreparedExport:
    """What a feed would publish now, and how that differs from its last recorded export."""

    spec: FeedSpec
    feed_id: int | None
    data: PreparedData
    old_state: dict[str, State]
    changes: tuple[FeedChange, ...]
    first_export: bool
    _state_rows: list[tuple[object, ...]]
    #: What it was built from (``feed_builds.inputs_digest``); None: not known.
    built_from: str | None = None

    @property
    def calendar_bytes(self) -> bytes:
        return self.data.data

    @property
    def events(self) -> tuple[FeedEvent, ...]:
        return self.data.calendar.events

    def event_files(self) -> list[tuple[str, bytes]]:
        """(UID, a one-event VCALENDAR with its VTIMEZONEs) per event, weekends included:
        what a CalDAV publisher PUTs, one resource per UID."""
        language = self.data.calendar.language
        return [(event.uid, render_single_event(event, language=language)) for event in self.events]


def _spec_of(db: Database, feed: FeedChoice) -> tuple[FeedSpec, int | None]:
    if isinstance(feed, FeedSpec):
        return feed, None
    return get_feed(db, feed).spec, feed


def _built(db: Database, spec: FeedSpec, home_zone: str | None, cache: ExportCache) -> PreparedData:
    options = options_of(spec, home_zone)
    with db.unit_of_work() as orm:
        raw = fetch_raw(orm_runner(orm), spec)
    key = (spec, home_zone or None)
    last = cache.last_exports.get(key)
    if last is not None and last.raw == raw:
        return last
    built = build(raw, spec, options, cache)
    cache.last_exports.pop(key, None)
    cache.last_exports[key] = built
    cache.bound()
    return built


def _inputs_digest(db: Database, feed_id: int, home_zone: str | None) -> str | None:
    """What a saved feed is built from, read before its rows (a change in between makes
    the digest older than the build, so the next export builds again). None on a
    database server: the quick check of ``export feeds`` reads SQLite files only."""
    with db.unit_of_work() as orm:
        connection = orm.connection()
        driver = connection.connection.driver_connection
        if connection.dialect.name != "sqlite" or driver is None:
            return None
        return feed_builds.inputs_digest(driver, feed_id, home_zone)


def prepare_export(
    db: Database,
    feed: FeedChoice,
    *,
    home_zone: str | None = None,
    cache: ExportCache | None = None,
) -> PreparedExport:
    """Build a saved feed (by id) or an ad-hoc spec and compare it with its record.

    Writes nothing. An ad-hoc spec has no record: no changes, not a first export.
    """
    cache = cache or ExportCache(remember=False)
    spec, feed_id = _spec_of(db, feed)
    with cache.lock, no_cyclic_gc():
        built_from = None if feed_id is None else _inputs_digest(db, feed_id, home_zone)
        data = _built(db, spec, home_zone, cache)
        if feed_id is None:
            return PreparedExport(spec, None, data, {}, (), False, [])
        old, exported_before, rows = changes.load(db, feed_id, cache)
        found = () if old == data.state else tuple(changes.diff(old, data.state))
        return PreparedExport(
            spec, feed_id, data, old, found, not exported_before, rows, built_from
        )


def record_export(
    db: Database,
    prepared: PreparedExport,
    cache: ExportCache | None = None,
    *,
    file_name: str | None = None,
    file_stat: os.stat_result | None = None,
) -> None:
    """Remember a prepared export as done (after its file or upload succeeded).

    ``file_name``: the file it was written to (what ``export feeds`` checks to
    know a feed unchanged without building it); None: published elsewhere.
    ``file_stat``: that file's stat as it held the bytes (None: not known; the
    quick check then hashes the file).
    """
    if prepared.feed_id is None:
        return
    new = prepared.data.state
    build: dict[str, object] | None = None
    if prepared.built_from is not None:
        data = prepared.calendar_bytes
        build = {
            "built_from": prepared.built_from,
            "file_name": file_name,
            "file_size": None if file_name is None else len(data),
            "file_digest": None if file_name is None else feed_builds.file_digest(data),
            "file_stamp": (
                None
                if file_name is None or file_stat is None
                else feed_builds.file_stamp(file_stat)
            ),
            "event_count": len(prepared.data.session_events),
        }
    changes.store(db, prepared.feed_id, prepared.old_state, new, build)
    if cache is not None:
        with cache.lock:
            # The stored rows stay as read when nothing changed; else read them afresh.
            if prepared.old_state == new:
                cache.state_rows[prepared.feed_id] = (prepared._state_rows, new)
            else:
                cache.state_rows.pop(prepared.feed_id, None)


def feed_events(
    db: Database,
    feed: FeedChoice,
    *,
    home_zone: str | None = None,
    cache: ExportCache | None = None,
) -> FeedCalendar:
    """The calendar of a saved feed (by id) or of an ad-hoc :class:`FeedSpec`."""
    return prepare_export(db, feed, home_zone=home_zone, cache=cache).data.calendar


def export_feed(
    db: Database,
    feed: FeedChoice,
    path: Path | str,
    *,
    home_zone: str | None = None,
    cache: ExportCache | None = None,
) -> FeedExport:
    """Write a saved feed (by id) or an ad-hoc spec to ``path`` and say what changed.

    For a saved feed the sessions as written are recorded (only after the
    file was written), so the next export lists what changed since.
    """
    cache = cache or ExportCache(remember=False)
    prepared = prepare_export(db, feed, home_zone=home_zone, cache=cache)
    target = Path(path)
    written, file_stat = write_and_stat(target, prepared.calendar_bytes)
    record_export(db, prepared, cache, file_name=target.name, file_stat=file_stat)
    return FeedExport(
        prepared.spec.name,
        target,
        target.name,
        len(prepared.data.session_events),
        changes=prepared.changes,
        first_export=prepared.first_export,
        written=written,
    )


def export_all_feeds(
    db: Database,
    folder: Path | str,
    *,
    home_zone: str | None = None,
    cache: ExportCache | None = None,
) -> list[FeedExport]:
    """Every saved feed into ``folder``, each under its file name.

    A feed that cannot be written (a bad stored file name, a full disk) is
    reported with its ``error`` and keeps its record as it was; the others
    are written all the same.
    """
    cache = cache or ExportCache()
    target = Path(folder)
    results: list[FeedExport] = []
    for feed in list_feeds(db):
        try:
            file_name = checked_file_name(feed.file_name, feed.name)
            results.append(
                export_feed(db, feed.id, target / file_name, home_zone=home_zone, cache=cache)
            )
        except PlannerError as error:
            results.append(
                FeedExport(feed.name, target / feed.file_name, feed.file_name, 0, error=str(error))
            )
    return results


def single_event_file(
    db: Database,
    session_id: int,
    path: Path | str,
    *,
    language: Language = "en",
    home_zone: str | None = None,
) -> FeedEvent:
    """A one-event .ics of a session, to share a last-minute change (no calendar name)."""
    language = check_language(language)
    options = Options(language, None, home_zone or None)
    cache = ExportCache()
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Session, session_id, "session")
        raw = fetch_raw(orm_runner(orm), FeedSpec(name="event", language=language), [session_id])
    selection = select_sessions(raw, FeedSpec(name="event"), cache.round_token)
    ((_uid, event, *_rest),) = compose_sessions(selection, options, cache)
    write_atomically(Path(path), render_single_event(event, language=language))
    return event
