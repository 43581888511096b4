"""One user action on a SQLite file through the standard library's ``sqlite3``.

:meth:`planner.db.database.Database.unit_of_work` without SQLAlchemy, for work
that runs hand-written SQL texts (the same texts a server runs through
SQLAlchemy's connection) and need not load SQLAlchemy and the models at all.
It keeps the ORM unit's promises on a file: the connection has foreign keys
on, keeps the file in write-ahead logging and waits up to five seconds for a
lock; everything is committed at the end or rolled back on any error; and a
refusal reads exactly as the ORM's
(:mod:`planner.db.storage_messages`): a broken rule of the schema is a
ValidationError, a locked, damaged, read-only or full database a
StorageError. A file has no change notifications (those are PostgreSQL's
``NOTIFY``); the revisions are columns the statements write.

The write lock is taken at the start (``BEGIN IMMEDIATE``): work that reads
before it writes can then not fail half-way on another program's lock.
There is no joining of an open unit: the caller holds the connection and
passes it on. ``tests/core/test_file_unit.py`` checks it against the ORM's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.db.storage_messages import integrity_message, storage_error
from planner.domain.errors import ValidationError

#: Seconds a unit waits for another program's lock (the ORM's ``busy_timeout=5000``).
LOCK_TIMEOUT = 5.0


@contextmanager
def file_unit_of_work(
    path: Path, location: str | None = None, *, timeout: float = LOCK_TIMEOUT
) -> Iterator[sqlite3.Connection]:
    """A connection to the planner file ``path`` in a write transaction: committed at
    the end of the ``with``, rolled back on any error. ``location``: how messages
    name the database (default: the path, as ``Database.open`` names a file)."""
    where = str(path) if location is None else location
    try:
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise storage_error(error, where, path=path) from None
    try:
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA journal_mode=WAL")  # as every open of a planner file
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise storage_error(error, where, path=path) from None
        try:
            yield connection
            connection.execute("COMMIT")
        except sqlite3.IntegrityError as error:
            connection.rollback()
            raise ValidationError(integrity_message(error)) from None
        except sqlite3.Error as error:
            connection.rollback()
            raise storage_error(error, where, path=path) from None
        except BaseException:
            connection.rollback()
            raise
    finally:
        connection.close()
