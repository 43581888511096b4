"""Is a saved feed's file still what an export would write? Known without building it.

An export of a saved feed stores, beside its change record, a digest of
everything its events are made of (:func:`inputs_digest`: the feed's choices,
the home zone, the app and zone-data versions, the schema revision, and the
change counter SQLite keeps for every table an export reads,
:mod:`planner.db.input_changes`) and a digest and stat stamp of the file it
wrote (``feed_builds``).
``planner export feeds`` in a new process first asks :func:`unchanged_feeds`:
when every saved feed's inputs and file are as recorded, the files stay
untouched and only the export time is noted, as a full export finding
nothing changed does. Anything else (a change anywhere in those tables, a
file edited or missing, another folder, an older schema, a database URL)
goes the normal way, which builds and compares.

The counter covers whole tables, not the feed's own rows: it is the simplest
rule that is always right (an unrelated change only costs one full export).
A file is hashed only when its stat no longer says what it said as written
(:func:`file_stamp`).
Standard library only (``sqlite3``): importing SQLAlchemy and the models
takes longer than this whole check.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import pytz

import planner
from planner.db import input_changes
from planner.db.schema_version import head_from_files

#: Every table whose contents an export of a feed reads (kept with their triggers).
INPUT_TABLES = input_changes.INPUT_TABLES

#: marshal from version 3 on marks shared and interned strings, which differ from
#: process to process; version 2 writes every value the same way each time.
_MARSHAL_VERSION = 2

#: The tables that hold a feed's choices, read per feed.
_FEED_CHOICES = (
    "SELECT name, language, alarm_minutes, all_day_events, kinds, only_broadcast, "
    "include_cancelled, file_name FROM feeds WHERE id = ?",
    "SELECT series_id FROM feed_series WHERE feed_id = ? ORDER BY series_id",
    "SELECT season_id FROM feed_seasons WHERE feed_id = ? ORDER BY season_id",
    "SELECT driver_id FROM feed_drivers WHERE feed_id = ? ORDER BY driver_id",
)


def inputs_digest(
    connection: sqlite3.Connection, feed_id: int, home_zone: str | None
) -> str | None:
    """The digest of everything a saved feed's export is made of (hex); None when the
    file's change counter cannot be trusted (then no build is recorded: the quick
    check never answers for this file).

    The tables an export reads count as their change counter
    (:mod:`planner.db.input_changes`): one read instead of digesting 20,000
    sessions (measured: 610 of the 1,337 M instructions of a re-export that
    found nothing changed). The schema revision is in: a migration may copy a
    table without its triggers firing.
    """
    changes = input_changes.counter(connection)
    if changes is None:
        return None
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    choices = [connection.execute(query, (feed_id,)).fetchall() for query in _FEED_CHOICES]
    facts = (planner.__version__, pytz.VERSION, versions, changes, home_zone or "", choices)
    return hashlib.sha256(marshal.dumps(facts, _MARSHAL_VERSION)).hexdigest()


def file_stamp(stat: os.stat_result) -> str:
    """What a file's stat says of its contents: size, mtime_ns, ctime_ns and inode.

    While a file written by an export still has its stamp, the quick check trusts
    it without reading and hashing it (an 18 MB feed: 520 M instructions, two
    fifths of a re-export that found nothing changed). An edit by hand, a copy
    over it or a new file moves the modification or change time or the inode
    (the change time cannot be set back by a user); only an edit of the same
    size within the same clock tick as the export could keep all four, which
    is not a case a person or a tool makes. A stamp that differs only means
    hashing the file as before.
    """
    return f"{stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns} {stat.st_ino}"


def file_digest(data: bytes) -> str:
    """SHA-256: the CPU's own instructions hash an 18 MB feed in half blake2b's time."""
    return hashlib.sha256(data).hexdigest()


class UnchangedFeed(NamedTuple):
    """A saved feed found unchanged (reported as an export that changed nothing).

    A NamedTuple rather than a dataclass: importing ``dataclasses`` would cost
    this quick answer more than its own reads."""

    feed_name: str
    path: Path
    file_name: str
    event_count: int
    changes: tuple[()] = ()
    first_export: bool = False
    written: bool = False
    error: None = None


def unchanged_feeds(
    database: Path, folder: Path, home_zone: str | None
) -> list[UnchangedFeed] | None:
    """Every saved feed (by name), if each one's file in ``folder`` is what an export
    would write now; their export time is then noted. None: export the normal way."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(database, timeout=5.0, isolation_level=None)
    except (sqlite3.Error, OSError) as error:
        _log_no_look(database, error)
        return None
    try:
        # Holding the write lock from the first read to the note: no change slips between.
        connection.execute("BEGIN IMMEDIATE")
        found = _unchanged(connection, folder, home_zone)
        if found is None:
            connection.execute("ROLLBACK")
            return None
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        # The text SQLAlchemy stores for a DateTime in SQLite.
        connection.execute(
            "UPDATE feeds SET last_exported_utc = ?",
            (now.strftime("%Y-%m-%d %H:%M:%S.%f"),),
        )
        connection.execute("COMMIT")
        return found
    except (sqlite3.Error, OSError, ValueError) as error:
        _log_no_look(database, error)
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        return None
    finally:
        connection.close()


def _unchanged(
    connection: sqlite3.Connection, folder: Path, home_zone: str | None
) -> list[UnchangedFeed] | None:
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    head = head_from_files()
    if head is None or versions != [head]:
        return None
    feeds = connection.execute(
        "SELECT feeds.id, feeds.name, feeds.last_exported_utc, feed_builds.built_from, "
        "feed_builds.file_name, feed_builds.file_size, feed_builds.file_digest, "
        "feed_builds.file_stamp, feed_builds.event_count, feeds.file_name "
        "FROM feeds LEFT JOIN feed_builds ON feed_builds.feed_id = feeds.id ORDER BY feeds.name"
    ).fetchall()
    if not feeds:
        return None
    found: list[UnchangedFeed] = []
    stamps: list[tuple[str, int]] = []
    for (
        feed_id,
        name,
        exported,
        built_from,
        file_name,
        size,
        digest,
        stamp,
        count,
        own_name,
    ) in feeds:
        if exported is None or built_from is None or file_name is None or file_name != own_name:
            return None
        path = folder / file_name
        if not path.is_file():
            return None
        before = path.stat()
        if before.st_size != size:
            return None
        if file_stamp(before) != stamp:
            if file_digest(path.read_bytes()) != digest:
                return None
            seen = file_stamp(before)
            if file_stamp(path.stat()) == seen:  # not changed while read: trust it next time
                stamps.append((seen, feed_id))
        if inputs_digest(connection, feed_id, home_zone) != built_from:
            return None
        found.append(UnchangedFeed(name, path, file_name, count))
    connection.executemany("UPDATE feed_builds SET file_stamp = ? WHERE feed_id = ?", stamps)
    return found


def _log_no_look(database: Path, error: Exception) -> None:
    import logging  # only on this rare way: the quick answer does without it

    logging.getLogger("planner.services").info(
        "no quick look at the feeds of %s: %s", database, error
    )
