"""Is a saved feed's file still what an export would write? Known without building it.

An export of a saved feed stores, beside its change record, a digest of
everything its events are made of (:func:`inputs_digest`: the feed's choices,
the home zone, the app and zone-data versions, and the contents of every
table an export reads) and a digest of the file it wrote (``feed_builds``).
``planner export feeds`` in a new process first asks :func:`unchanged_feeds`:
when every saved feed's inputs and file are as recorded, the files stay
untouched and only the export time is noted, as a full export finding
nothing changed does. Anything else (a change anywhere in those tables, a
file edited or missing, another folder, an older schema, a database URL)
goes the normal way, which builds and compares.

The whole tables are digested, not the feed's own rows: it is the simplest
rule that is always right (an unrelated change only costs one full export).
Standard library only (``sqlite3``): importing SQLAlchemy and the models
takes longer than this whole check.
"""

from __future__ import annotations

import hashlib
import marshal
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import pytz

import planner
from planner.db.schema_version import head_from_files

#: Every table whose contents an export of a feed reads (``feeds.rows.fetch_raw``);
#: ``tests/ical/test_feed_builds.py`` checks this against the statements an export runs.
INPUT_TABLES = (
    "series",
    "seasons",
    "tracks",
    "rounds",
    "sessions",
    "session_drivers",
    "drivers",
    "entries",
    "entry_drivers",
    "cars",
    "teams",
    "session_results",
)

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


def tables_digest(connection: sqlite3.Connection) -> bytes:
    """A digest of the contents of :data:`INPUT_TABLES`: every column of every row.

    SQLite writes each table as one text (a JSON array per row, in rowid order),
    hashed once: the row work stays in C instead of building 20,000 rows of
    Python values. Two different contents never give the same text: JSON
    strings are escaped and each row holds its id; only a REAL would be
    rounded (to 15 digits), so columns that hold one go through ``quote()``,
    which keeps every digit: the REAL columns, and any other non-text column
    in which a quick scan finds one. A change anywhere changes the digest.
    """
    digest = hashlib.sha256()
    for table in INPUT_TABLES:
        columns = connection.execute(f"PRAGMA table_info({table})").fetchall()
        exact = {name for _cid, name, kind, *_rest in columns if _affinity(kind) == "REAL"}
        others = [
            name for _cid, name, kind, *_rest in columns if _affinity(kind) not in ("REAL", "TEXT")
        ]
        if others:
            reals = " OR ".join(f"typeof(\"{name}\") = 'real'" for name in others)
            (found,) = connection.execute(
                f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {reals})"
            ).fetchone()
            if found:
                exact.update(others)
        values = ", ".join(
            f'quote("{name}")' if name in exact else f'"{name}"' for _cid, name, *_rest in columns
        )
        (text,) = connection.execute(
            f"SELECT CAST(group_concat(json_array({values}), char(10)) AS BLOB) "
            f"FROM (SELECT * FROM {table} ORDER BY rowid)"
        ).fetchone()
        digest.update(marshal.dumps((table, columns), _MARSHAL_VERSION))
        digest.update(text or b"")
    return digest.digest()


def _affinity(declared: str) -> str:
    """A column's affinity from its declared type, by SQLite's rules (section 3.1 of
    "Datatypes In SQLite"); a TEXT column stores any number given to it as text."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if "CHAR" in kind or "CLOB" in kind or "TEXT" in kind:
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if "REAL" in kind or "FLOA" in kind or "DOUB" in kind:
        return "REAL"
    return "NUMERIC"


def inputs_digest(
    connection: sqlite3.Connection,
    feed_id: int,
    home_zone: str | None,
    tables: bytes | None = None,
) -> str:
    """The digest of everything a saved feed's export is made of (hex).

    ``tables``: :func:`tables_digest`, when the caller already has it (several feeds).
    """
    digest = hashlib.sha256()
    digest.update(tables if tables is not None else tables_digest(connection))
    choices = [connection.execute(query, (feed_id,)).fetchall() for query in _FEED_CHOICES]
    facts = (planner.__version__, pytz.VERSION, home_zone or "", choices)
    digest.update(marshal.dumps(facts, _MARSHAL_VERSION))
    return digest.hexdigest()


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
        "feed_builds.event_count, feeds.file_name "
        "FROM feeds LEFT JOIN feed_builds ON feed_builds.feed_id = feeds.id ORDER BY feeds.name"
    ).fetchall()
    if not feeds:
        return None
    tables: bytes | None = None
    found: list[UnchangedFeed] = []
    for feed_id, name, exported, built_from, file_name, size, digest, count, own_name in feeds:
        if exported is None or built_from is None or file_name is None or file_name != own_name:
            return None
        path = folder / file_name
        if not path.is_file() or path.stat().st_size != size:
            return None
        if file_digest(path.read_bytes()) != digest:
            return None
        if tables is None:
            tables = tables_digest(connection)
        if inputs_digest(connection, feed_id, home_zone, tables) != built_from:
            return None
        found.append(UnchangedFeed(name, path, file_name, count))
    return found


def _log_no_look(database: Path, error: Exception) -> None:
    import logging  # only on this rare way: the quick answer does without it

    logging.getLogger("planner.services").info(
        "no quick look at the feeds of %s: %s", database, error
    )
