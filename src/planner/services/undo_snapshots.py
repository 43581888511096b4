"""The whole planner as it was before a bulk change (an .ics import that may create series,
seasons, rounds, drivers and sessions at once), put back in one step by its undo.

A planner file is snapshotted with SQLite's backup API (:mod:`planner.services.backups`).
A planner on a database server (PostgreSQL) has no file to copy: its rows are copied into
a private SQLite file, identifiers unchanged, and written back in one unit of work, so a
refused restore changes nothing and the other windows on the server hear of it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, insert, select

from planner.db.database import Database
from planner.services.backups import back_up, roll_back_to
from planner.services.store_copy import CHUNK, _continue_sequences, _tables, copy_planner


def take_snapshot(db: Database, snapshot: Path) -> None:
    """Keep the planner as it is now in the new file ``snapshot``."""
    if db.sqlite_path is not None:
        back_up(db, snapshot)
        return
    copy = Database.open(snapshot)
    try:
        copy_planner(db, copy)
    finally:
        copy.close()


def restore_snapshot(db: Database, snapshot: Path) -> None:
    """Put the planner back as it was when ``snapshot`` was taken."""
    if db.sqlite_path is not None:
        roll_back_to(db, snapshot)
        return
    copy = Database.open(snapshot, create=False)
    try:
        with copy.engine.connect() as reading, db.unit_of_work() as orm:
            for table in reversed(_tables()):
                orm.execute(delete(table))
            for table in _tables():
                result = reading.execution_options(yield_per=CHUNK).execute(select(table))
                for chunk in result.mappings().partitions(CHUNK):
                    orm.execute(insert(table), [dict(row) for row in chunk])
            if db.engine.dialect.name == "postgresql":
                _continue_sequences(orm.connection())
    finally:
        copy.close()
