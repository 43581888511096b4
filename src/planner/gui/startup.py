"""Opening the planner database at start: create it with the demo on first start,
or start over with an empty planner. Runs on a worker thread; no widgets here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.database import Database


@dataclass
class OpenedDatabase:
    db: Database
    path: Path | None  # None: a shared planner on a database server (a URL)
    created_demo: bool


def open_database(path: Path) -> OpenedDatabase:
    """Open ``path``; if there is no file yet, create it with the circuit library and
    the demo seasons (the first start). New circuits of a newer app version come
    after the window shows its data: ``update_circuits``."""
    from planner.db.database import Database

    first_start = not path.exists()
    db = Database.open(path)
    if first_start:
        from planner.demo import build_demo

        build_demo(db)
    db.engine.dispose()  # connections were made on this thread; the GUI thread makes its own
    return OpenedDatabase(db=db, path=path, created_demo=first_start)


def open_shared(url: str) -> OpenedDatabase:
    """Open a shared planner on a database server (created and migrated if empty; no
    demo seasons there: others may be about to fill it)."""
    from planner.db.database import Database
    from planner.services.shared_connection import connect_url

    db = Database.open(connect_url(url))
    db.engine.dispose()
    return OpenedDatabase(db=db, path=None, created_demo=False)


def update_circuits(db: Database) -> int:
    """Add the bundled circuits an older database lacks (worker thread, after the start)."""
    from planner.services.tracks import install_circuit_library

    added = 0 if db.read_only else install_circuit_library(db)
    db.engine.dispose()
    return added


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the database (and its WAL files) with a timestamp; returns the new name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.demo-{stamp}{path.suffix}")
    path.rename(target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.rename(target.with_name(target.name + extra))
    return target


def start_empty(path: Path) -> OpenedDatabase:
    """Move the demo file aside and open an empty planner with only the circuit library."""
    from planner.db.database import Database
    from planner.services.tracks import install_circuit_library

    if path.exists():
        move_aside(path)
    db = Database.open(path)
    install_circuit_library(db)
    db.engine.dispose()
    return OpenedDatabase(db=db, path=path, created_demo=False)
