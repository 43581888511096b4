"""A planner's SQLite file seen from outside: inspected read-only, written all-or-nothing.

Before Race Planner changes a single byte of a file it looks at it through a
read-only connection: a foreign database, one from a newer version or a
damaged one is refused exactly as it was found (not even switched to WAL).

Creating the schema and upgrading it run on a separate engine on which the
planner, not pysqlite, opens the transaction (``BEGIN IMMEDIATE``): pysqlite's
own transaction handling leaves DDL (``CREATE TABLE``) outside any transaction,
so a full disk or a kill half-way left half a schema behind. SQLite's DDL is
transactional; with the ``BEGIN`` ours, a creation or an upgrade is stored
whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLite stores 64-bit signed integers; anything beyond is no id or number of ours.
SQLITE_MAX_INTEGER = 2**63 - 1
# Below this much free space SQLite reports "disk I/O error" where it means "disk full".
LOW_DISK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class FileState:
    """What a read-only look at an existing file found."""

    tables: frozenset[str]
    versions: tuple[str, ...]  # the rows of alembic_version, as stored
    open_uri: str  # how to open it read-only (immutable where the folder is read-only)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def inspect_read_only(path: Path) -> FileState:
    """Tables and recorded schema versions of ``path``, without writing anything.

    A WAL file on read-only storage whose ``-shm`` file is gone cannot be opened
    ``mode=ro``; then it is opened as immutable (nothing can change it there).
    Raises ``sqlite3.DatabaseError`` for a file that is not a database.
    """
    last_error: sqlite3.Error | None = None
    for immutable in (False, True):
        uri = read_only_uri(path, immutable=immutable)
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=5)
        except sqlite3.OperationalError as error:
            last_error = error
            continue
        try:
            tables = frozenset(
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            versions: tuple[str, ...] = ()
            if "alembic_version" in tables:
                versions = tuple(
                    str(row[0])
                    for row in connection.execute("SELECT version_num FROM alembic_version")
                )
            return FileState(tables=tables, versions=versions, open_uri=uri)
        except sqlite3.OperationalError as error:
            if "unable to open" not in str(error) or immutable:
                raise
            last_error = error
        finally:
            connection.close()
    assert last_error is not None
    raise last_error


def is_writable(path: Path) -> bool:
    """Can SQLite write ``path`` (and its -wal/-shm companions beside it)?"""
    folder = path.parent if str(path.parent) else Path()
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def disk_is_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_BYTES
    except OSError:
        return False


def transactional_engine(path: Path) -> Engine:
    """An engine on which DDL runs inside a real transaction the planner opens.

    Foreign keys are off while the schema changes (SQLite's batch migrations copy
    and drop tables; with them on, a drop would cascade); the upgrade checks
    ``foreign_key_check`` itself before it commits.
    """
    from sqlalchemy import create_engine, event  # the checks above run without it
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite never opens a transaction itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def remove_with_companions(path: Path) -> None:
    """Delete a file SQLite made and its journal/WAL companions, as far as possible."""
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)
