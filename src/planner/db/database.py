"""Opening the season database: create at head, back up and upgrade, or refuse.

SQLite gets foreign keys, WAL and a busy timeout; any other SQLAlchemy URL
(PostgreSQL) is used as it is. Every user action runs in one unit of work:
all of it is stored, or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, sessionmaker
from sqlalchemy.orm import Session as OrmSession

from planner.db.models import Base
from planner.db.schema_version import MIGRATIONS_DIR, head_from_files
from planner.domain.errors import PlannerError, StorageError, ValidationError
from planner.i18n import tr

#: PostgreSQL channel every write announces itself on (planner.services.change_watch).
NOTIFY_CHANNEL = "race_planner"
_WROTE = "race_planner_wrote"


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
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

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if engine.dialect.name == "postgresql":
            _track_writes(self._sessions)

    @classmethod
    def open(cls, target: Path | str, *, create: bool = True) -> Database:
        """Open a file path or SQLAlchemy URL, migrating it to the current schema."""
        if isinstance(target, Path) or "://" not in str(target):
            path = Path(target).expanduser()
            if not path.exists() and not create:
                raise StorageError(tr("There is no planner database at {path}.").format(path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    tr("Cannot create the folder for the database {path}: {reason}").format(
                        path=path, reason=error.strerror or error
                    )
                ) from None
            engine = create_engine(f"sqlite:///{path}")
            location = str(path)
        else:
            # pre_ping: after a server restart or a dropped network, the pool's old
            # connections are replaced instead of failing the next edit.
            engine = create_engine(str(target), pool_pre_ping=True)
            location = engine.url.render_as_string(hide_password=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        database = cls(engine, location)
        database._migrate()
        return database

    def close(self) -> None:
        self.engine.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    # --- schema -----------------------------------------------------------------

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _migrate(self) -> None:
        try:
            with self.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                if self.engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA journal_mode=WAL")
                if "alembic_version" in tables:
                    stored = list(
                        connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                        .scalars()
                        .all()
                    )
                    head = head_from_files()
                    if head is not None and stored == [head]:
                        return  # the usual start: at head, no need to load Alembic
            from alembic import command

            config = _alembic_config(self.engine)
            if not tables:
                Base.metadata.create_all(self.engine)
                command.stamp(config, "head")
                return
            if "alembic_version" not in tables:
                raise StorageError(
                    tr(
                        "{location} is a database, but not one made by Race Planner. "
                        "Nothing was changed."
                    ).format(location=self.location)
                )
            current = self.current_revision()
            if current not in _known_revisions():
                raise StorageError(
                    tr(
                        "{location} was written by a newer version of Race Planner "
                        "(schema {revision}). Update the app to open it; nothing was changed."
                    ).format(location=self.location, revision=current)
                )
            if current != head_revision():
                self._back_up(current)
                command.upgrade(config, "head")
        except PlannerError:
            self.engine.dispose()
            raise
        except (DatabaseError, OperationalError) as error:
            self.engine.dispose()
            raise storage_error(error, self.location) from None

    def _back_up(self, revision: str | None) -> Path | None:
        """Copy the file before an upgrade, with SQLite's online backup (WAL-safe)."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
        source = sqlite3.connect(path)
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return backup

    # --- work -------------------------------------------------------------------

    @contextmanager
    def unit_of_work(self) -> Iterator[OrmSession]:
        """One user action: commit at the end, roll back everything on any error."""
        session = self._sessions()
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
            raise storage_error(error, self.location) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def _track_writes(sessions: sessionmaker[OrmSession]) -> None:
    """Mark the session once it flushed changes or ran an INSERT/UPDATE/DELETE."""

    def flushed(orm: OrmSession, _context: Any) -> None:
        orm.info[_WROTE] = True

    def executed(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info[_WROTE] = True

    event.listen(sessions, "after_flush", flushed)
    event.listen(sessions, "do_orm_execute", executed)


def storage_error(error: Exception, location: str) -> StorageError:
    text = str(getattr(error, "orig", error)).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            tr(
                "The database {location} is locked by another program (is Race Planner open "
                "twice?). Close the other program and try again; nothing was saved."
            ).format(location=location)
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            tr(
                "{location} is damaged or is not a Race Planner database. "
                "Nothing was changed; restore it from a backup or open another file."
            ).format(location=location)
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            tr("The database {location} is read-only; nothing was saved.").format(location=location)
        )
    if "disk" in text and "full" in text:
        return StorageError(
            tr("The disk is full; nothing was saved to {location}.").format(location=location)
        )
    return StorageError(
        tr("The database {location} could not be used: {reason}").format(
            location=location, reason=getattr(error, "orig", error)
        )
    )


def integrity_message(error: IntegrityError) -> str:
    """A rule of the schema was broken: say which, in words, not SQL."""
    text = str(error.orig).lower()
    if "unique" in text:
        return tr("That already exists: names, numbers and years must be unique where they belong.")
    if "foreign key" in text:
        return tr("That refers to something that does not exist, or is still in use.")
    if "check" in text:
        return tr("A value is out of range (durations, lengths and numbers must be positive).")
    if "not null" in text:
        return tr("A required value is missing.")
    return tr("The change breaks a rule of the database and was not saved.")
