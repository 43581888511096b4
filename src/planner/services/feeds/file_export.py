"""An ad-hoc feed written straight from a SQLite file, without SQLAlchemy.

``planner export ics`` on a file: importing SQLAlchemy and the models takes
about as long as building and writing the whole 20,000-session archive, and
the export needs none of the ORM. It reads the same SQL texts as every other
export (:mod:`.rows`) with the standard library's ``sqlite3``, in one
read-only transaction, and builds the calendar the same way (:func:`.build`).

Only a file at the current schema is read this way; anything else (no file,
an older or newer schema, a file that cannot be read) answers None and the
caller goes the normal way, which upgrades, refuses or explains.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.db.schema_version import file_is_at_head
from planner.ical.text import no_cyclic_gc
from planner.services.feeds.build import options_of, render_once
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.choices import FeedSpec
from planner.services.feeds.files import write_atomically
from planner.services.feeds.rows import Raw, fetch_raw, sqlite_runner


def export_file(
    database: Path, spec: FeedSpec, path: Path, *, home_zone: str | None = None
) -> int | None:
    """Write the feed ``spec`` of the SQLite file ``database`` to ``path``, as
    :func:`~planner.services.feeds.export_feed` would; the number of sessions written,
    or None: not read here (export the normal way)."""
    options = options_of(spec, home_zone)  # a bad zone: the same error, before reading
    # Reading makes some 20,000 tuples: without the pause, the collector would walk
    # them again and again as they come, for no cycle.
    with no_cyclic_gc():
        raw = _read(database, spec)
        if raw is None:
            return None
        cache = ExportCache(remember=False)
        with cache.lock:
            data, count = render_once(raw, spec, options, cache)
        # Dropped while the collector is still paused: its first pass after the pause
        # would otherwise walk every row and memo of the export before they are freed.
        del raw, cache
    write_atomically(path, data)
    return count


def _read(database: Path, spec: FeedSpec) -> Raw | None:
    if not database.is_file():
        return None
    try:
        uri = f"{database.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    except (sqlite3.Error, OSError, ValueError) as error:
        _not_read(database, error)
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every query
        if not file_is_at_head(connection):
            return None
        return fetch_raw(sqlite_runner(connection), spec)
    except sqlite3.Error as error:
        _not_read(database, error)
        return None
    finally:
        connection.close()


def _not_read(database: Path, error: Exception) -> None:
    # Imported here: logging (and the traceback module it imports) is a tenth of the
    # modules this export imports, and only a file that cannot be read needs it.
    import logging

    logging.getLogger("planner.services").info("no direct export from %s: %s", database, error)
