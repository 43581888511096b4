"""Notice that someone else changed the planner, without Qt and without polling tables.

SQLite: ``PRAGMA data_version`` on the watcher's own connection changes whenever
another connection (another window, the command line, a cron job) commits.
PostgreSQL: every unit of work that wrote something sends ``NOTIFY race_planner``
in its own transaction (see :mod:`planner.db.database`); the watcher ``LISTEN``s on
a dedicated connection. ``check()`` is cheap and meant to be called every second
or so from a worker thread; a lost connection raises :class:`StorageError` and the
next ``check()`` tries to connect again, so the caller learns both the failure and
the recovery.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from typing import Any, Protocol

from planner.db.database import NOTIFY_CHANNEL, Database
from planner.domain.errors import StorageError
from planner.i18n import tr


class ChangeWatcher(Protocol):
    def check(self) -> bool:
        """True when the data changed since the last check (the first check: False)."""
        ...

    def close(self) -> None: ...


def watch(db: Database) -> ChangeWatcher:
    """The right watcher for the store ``db`` lives in."""
    if db.engine.dialect.name == "sqlite":
        path = db.sqlite_path
        if path is None:
            raise StorageError(tr("An in-memory planner cannot be watched for changes."))
        return SqliteWatcher(str(path), db.location)
    if db.engine.dialect.name == "postgresql":
        url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresWatcher(url, db.location)
    raise StorageError(
        tr("Changes in a {kind} database cannot be watched.").format(kind=db.engine.dialect.name)
    )


def _lost(location: str, error: BaseException) -> StorageError:
    return StorageError(
        tr("The connection to the planner {location} is lost: {reason}").format(
            location=location, reason=str(error).strip() or type(error).__name__
        )
    )


class SqliteWatcher:
    def __init__(self, path: str, location: str) -> None:
        self.path = path
        self.location = location
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def check(self) -> bool:
        try:
            if self._connection is None:
                self._connection = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                )
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as error:
            self.close()
            raise _lost(self.location, error) from None
        version = int(row[0])
        changed = self._version is not None and version != self._version
        self._version = version
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class PostgresWatcher:
    def __init__(self, url: str, location: str) -> None:
        self.url = url
        self.location = location
        self._connection: Any = None
        self._heard = False

    def _connect(self) -> None:
        import psycopg

        connection = psycopg.connect(self.url, autocommit=True, connect_timeout=3)
        connection.add_notify_handler(self._hear)
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        self._connection = connection

    def _hear(self, _notify: Any) -> None:
        self._heard = True

    def check(self) -> bool:
        import psycopg

        try:
            reconnected = self._connection is None
            if reconnected:
                self._connect()
            # A round trip delivers the notifications that arrived meanwhile (and finds a
            # dead connection at once rather than at the next edit).
            self._connection.execute("SELECT 1")
        except psycopg.Error as error:
            self.close()
            raise _lost(self.location, error) from None
        heard, self._heard = self._heard, False
        return heard

    def close(self) -> None:
        if self._connection is not None:
            with suppress(Exception):  # closing a dead connection may fail; it is gone
                self._connection.close()
            self._connection = None
