"""Opening the season database: create at head, back up and upgrade, or refuse.

SQLite gets foreign keys, WAL and a busy timeout; any other SQLAlchemy URL
(PostgreSQL) is used as it is. Every user action runs in one unit of work:
all of it is stored, or none.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, sessionmaker
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.pool import NullPool

from planner.db.models import Base
from planner.db.schema_version import MIGRATIONS_DIR, head_from_files
from planner.db.sqlite_file import (
    FileState,
    disk_is_nearly_full,
    inspect_read_only,
    is_writable,
    read_only_uri,
    remove_with_companions,
    transactional_engine,
)
from planner.db.storage_messages import integrity_message, storage_error
from planner.domain.errors import PlannerError, StorageError, ValidationError
from planner.i18n import tr

__all__ = [
    "NOTIFY_CHANNEL",
    "Database",
    "head_revision",
    "integrity_message",
    "mark_written",
    "storage_error",
]

#: PostgreSQL channel every write announces itself on (planner.services.change_watch).
NOTIFY_CHANNEL = "race_planner"
_WROTE = "race_planner_wrote"


def _alembic_config(engine: Engine, connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    if connection is not None:
        config.attributes["connection"] = connection  # run inside the caller's transaction
    return config


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """One open season database. ``unit_of_work()`` is the only way to touch it."""

    def __init__(
        self,
        engine: Engine,
        location: str,
        *,
        path: Path | None = None,
        read_only: bool = False,
    ) -> None:
        self.engine = engine
        self.location = location
        self.read_only = read_only
        self._path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._open_units = threading.local()
        if engine.dialect.name == "postgresql":
            _track_writes(self._sessions)

    @classmethod
    def open(cls, target: Path | str, *, create: bool = True) -> Database:
        """Open a file path or SQLAlchemy URL, migrating it to the current schema.

        With ``create=False`` a missing or empty file is an error instead of a
        new planner. A file on read-only storage opens read-only (``read_only``).
        """
        if isinstance(target, Path) or "://" not in str(target):
            return cls._open_file(Path(target).expanduser(), create=create)
        # pre_ping: after a server restart or a dropped network, the pool's old
        # connections are replaced instead of failing the next edit.
        engine = create_engine(str(target), pool_pre_ping=True)
        # Named without its password: the location is shown and kept in recent lists.
        location = engine.url._replace(password=None).render_as_string(hide_password=False)
        database = cls(engine, location)
        database._migrate_server()
        return database

    @classmethod
    def _open_file(cls, path: Path, *, create: bool) -> Database:
        location = str(path)
        state: FileState | None = None
        if path.is_dir():
            raise StorageError(tr("{path} is a folder, not a planner database.").format(path=path))
        if not path.exists():
            if not create:
                raise StorageError(tr("There is no planner database at {path}.").format(path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    tr("Cannot create the folder for the database {path}: {reason}").format(
                        path=path, reason=error.strerror or error
                    )
                ) from None
        else:
            if not create and path.stat().st_size == 0:
                raise StorageError(
                    tr(
                        "{path} is an empty file, not a planner database. Nothing was changed."
                    ).format(path=path)
                )
            try:
                state = inspect_read_only(path)
            except sqlite3.Error as error:
                raise storage_error(error, location, path=path) from None
        writable = is_writable(path)
        if state is None or not state.tables:
            if not writable:
                raise StorageError(
                    tr(
                        "{location} is on read-only storage: a new planner cannot be created there."
                    ).format(location=location)
                )
            _create_schema(path, location, new_file=state is None)
        else:
            version = _recognised_version(state, location)
            if version != head_from_files() and version != head_revision():
                if not writable:
                    raise StorageError(
                        tr(
                            "{location} was written by an older version of Race Planner and "
                            "must be upgraded, but it is on read-only storage. Copy it to a "
                            "writable folder; nothing was changed."
                        ).format(location=location)
                    )
                _upgrade_schema(path, location, version)
        if not writable:
            assert state is not None
            uri = state.open_uri
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                poolclass=NullPool,
            )
            event.listen(engine, "connect", _set_sqlite_pragmas)
            return cls(engine, location, path=path, read_only=True)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_sqlite_pragmas)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        except (DatabaseError, OperationalError) as error:
            engine.dispose()
            raise storage_error(error, location, path=path) from None
        return cls(engine, location, path=path)

    def close(self) -> None:
        self.engine.dispose()

    def release_thread_connections(self) -> None:
        """After work on a worker thread while the window is open. SQLite's connections
        were made on that thread: they are closed, the GUI thread makes its own. A
        server's pooled connections serve any thread and stay: disposing of the pool
        would leave a connection the GUI thread has checked out open and orphaned."""
        if self.engine.dialect.name == "sqlite":
            self.engine.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        if self._path is not None:
            return self._path
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    # --- schema -----------------------------------------------------------------

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _migrate_server(self) -> None:
        """A database server (PostgreSQL): DDL is transactional there as it is."""
        try:
            with self.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                versions: tuple[str, ...] = ()
                if "alembic_version" in tables:
                    versions = tuple(
                        connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                        .scalars()
                        .all()
                    )
            from alembic import command

            config = _alembic_config(self.engine)
            if not tables:
                with self.engine.begin() as connection:
                    Base.metadata.create_all(connection)
                    command.stamp(_alembic_config(self.engine, connection), "head")
                return
            state = FileState(tables=frozenset(tables), versions=versions, open_uri="")
            if _recognised_version(state, self.location) != head_revision():
                command.upgrade(config, "head")
        except PlannerError:
            self.engine.dispose()
            raise
        except (DatabaseError, OperationalError) as error:
            self.engine.dispose()
            raise storage_error(error, self.location) from None

    # --- work -------------------------------------------------------------------

    @contextmanager
    def unit_of_work(self) -> Iterator[OrmSession]:
        """One user action: commit at the end, roll back everything on any error.

        Inside an open unit of work (same thread), a service's own unit of work
        joins it: ``with db.unit_of_work(): service_a(db); service_b(db)`` stores
        both or neither. An error inside fails the whole outer unit.
        """
        outer: OrmSession | None = getattr(self._open_units, "session", None)
        if outer is not None:
            yield outer
            return
        session = self._sessions()
        self._open_units.session = session
        try:
            yield session
            session.flush()  # what commit would flush, so the check below sees it
            if session.info.get(_WROTE):
                # In the same transaction: listeners hear of it only if it is committed.
                session.execute(text(f"NOTIFY {NOTIFY_CHANNEL}"))
            session.commit()
        except IntegrityError as error:
            session.rollback()
            raise ValidationError(integrity_message(error)) from None
        except (OperationalError, DatabaseError) as error:
            session.rollback()
            raise storage_error(error, self.location, path=self.sqlite_path) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            self._open_units.session = None
            session.close()


def _recognised_version(state: FileState, location: str) -> str:
    """The one schema version of a Race Planner file; refuse anything else untouched."""
    if "alembic_version" not in state.tables:
        raise StorageError(
            tr(
                "{location} is a database, but not one made by Race Planner. Nothing was changed."
            ).format(location=location)
        )
    if len(state.versions) != 1:
        raise StorageError(
            tr(
                "{location} records {count} schema versions ({versions}) where Race Planner "
                "writes exactly one; it is damaged or was changed by another program. "
                "Nothing was changed."
            ).format(
                location=location,
                count=len(state.versions),
                versions=", ".join(state.versions) or "—",
            )
        )
    version = state.versions[0]
    if version != head_from_files() and version not in _known_revisions():
        raise StorageError(
            tr(
                "{location} was written by a newer version of Race Planner "
                "(schema {revision}). Update the app to open it; nothing was changed."
            ).format(location=location, revision=version)
        )
    return version


def _create_schema(path: Path, location: str, *, new_file: bool) -> None:
    """Every table and the version stamp in one transaction; a file we made and could
    not fill is removed again, so the next try starts clean."""
    from alembic import command

    engine = transactional_engine(path)
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            command.stamp(_alembic_config(engine, connection), "head")
    except (DatabaseError, OperationalError, sqlite3.Error, OSError) as error:
        engine.dispose()
        if new_file:
            remove_with_companions(path)
        raise storage_error(error, location, path=path) from None
    finally:
        engine.dispose()


def _upgrade_schema(path: Path, location: str, version: str) -> None:
    """Back up, then upgrade every step in one transaction: the new schema, or the old
    file exactly as it was (and then no backup is left behind)."""
    from alembic import command

    backup = _back_up(path, location, version)
    engine = transactional_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(engine, connection), "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError(
                    tr("The upgrade would break {count} links between rows.").format(
                        count=len(broken)
                    )
                )
    except (PlannerError, DatabaseError, OperationalError, sqlite3.Error, OSError) as error:
        engine.dispose()
        reason = (
            error if isinstance(error, PlannerError) else storage_error(error, location, path=path)
        )
        try:
            unchanged = inspect_read_only(path).versions == (version,)
        except sqlite3.Error:
            unchanged = False
        if unchanged:
            remove_with_companions(backup)
            raise StorageError(
                tr(
                    "{location} could not be upgraded to this version of Race Planner; it was "
                    "left exactly as it was. {reason}"
                ).format(location=location, reason=reason)
            ) from None
        raise StorageError(
            tr(
                "{location} could not be upgraded: {reason} A copy from before the upgrade "
                "is {backup}."
            ).format(location=location, reason=reason, backup=backup)
        ) from None
    finally:
        engine.dispose()


def _back_up(path: Path, location: str, revision: str) -> Path:
    """Copy the file before an upgrade, with SQLite's online backup (WAL-safe).

    A backup that cannot be written completely stops the upgrade before anything
    changes; the partial copy is removed.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    try:
        source = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            target = sqlite3.connect(backup)
            try:
                source.backup(target)
                (check,) = target.execute("PRAGMA quick_check").fetchone()
                if check != "ok":
                    raise sqlite3.DatabaseError(check)
            finally:
                target.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        remove_with_companions(backup)
        raise StorageError(
            tr(
                "Before upgrading {location} Race Planner writes a backup, and {backup} could "
                "not be written: {reason}. Nothing was changed."
            ).format(location=location, backup=backup, reason=_reason(error, path))
        ) from None
    return backup


def _reason(error: BaseException, path: Path | None) -> str:
    text = str(getattr(error, "orig", error))
    lowered = text.lower()
    if (
        ("disk" in lowered and "full" in lowered)
        or "no space" in lowered
        or ("disk i/o" in lowered and path is not None and disk_is_nearly_full(path))
    ):
        return tr("the disk is full")
    return text


def mark_written(orm: OrmSession) -> None:
    """Tell the unit of work that ``orm``'s transaction wrote: SQL texts run on its
    connection (:func:`planner.services.feeds.rows.orm_runner`) pass neither the
    ORM's flush nor its execute events, and listeners must still hear of the change
    (PostgreSQL's ``NOTIFY`` at commit; a SQLite file has no notifications)."""
    if orm.get_bind().dialect.name == "postgresql":  # where _track_writes listens
        orm.info[_WROTE] = True


def _track_writes(sessions: sessionmaker[OrmSession]) -> None:
    """Mark the session once it flushed changes or ran an INSERT/UPDATE/DELETE."""

    def flushed(orm: OrmSession, _context: Any) -> None:
        orm.info[_WROTE] = True

    def executed(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info[_WROTE] = True

    event.listen(sessions, "after_flush", flushed)
    event.listen(sessions, "do_orm_execute", executed)
