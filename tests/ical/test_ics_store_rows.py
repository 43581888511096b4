"""The import stores exactly the rows the ORM-based import stored (committed dumps of
tests/fixtures/ics_store, see ics_store_scenario.py): our own export with crews, cars
and links, its re-import after edits, a foreign calendar, and that calendar again with
an event gone (cancelled: ``cancel_vanished``) and one moved. The same SQL texts give
the same rows in the ORM's unit of work (on either store) and on a file through the
standard library's ``sqlite3`` alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ics_store_scenario import FOLDER, STEPS, run_steps

from planner.db.database import Database
from planner.db.file_unit import file_unit_of_work
from planner.services import ics_import
from planner.services.feeds.rows import sqlite_runner


def _expected(step: str) -> list[str]:
    return (FOLDER / f"{step}.rows").read_text().splitlines()


def test_every_step_stores_the_rows_the_orm_import_stored(db: Database) -> None:
    dumps = run_steps(db)
    for step, _name, _options in STEPS:
        assert dumps[step] == _expected(step), step


def _through_sqlite3(db: Database, path: Path, options: dict[str, Any]) -> object:
    """The import in a ``sqlite3`` unit of work on the file (no SQLAlchemy)."""
    assert db.sqlite_path is not None
    with file_unit_of_work(db.sqlite_path) as connection:
        return ics_import.import_ics_with(
            sqlite_runner(connection),
            "sqlite",
            path.read_bytes(),
            source_name=path.name,
            **options,
        )


@pytest.mark.sqlite_only
def test_on_a_file_through_sqlite3_alone_every_step_stores_the_same_rows(db: Database) -> None:
    dumps = run_steps(db, _through_sqlite3)
    for step, _name, _options in STEPS:
        assert dumps[step] == _expected(step), step
