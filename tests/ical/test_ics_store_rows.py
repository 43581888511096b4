"""The import stores exactly the rows the ORM-based import stored (committed dumps of
tests/fixtures/ics_store, see ics_store_scenario.py): our own export with crews, cars
and links, its re-import after edits, a foreign calendar, and that calendar again with
an event gone (cancelled: ``cancel_vanished``) and one moved."""

from __future__ import annotations

from ics_store_scenario import FOLDER, STEPS, run_steps

from planner.db.database import Database


def test_every_step_stores_the_rows_the_orm_import_stored(db: Database) -> None:
    dumps = run_steps(db)
    for step, _name, _options in STEPS:
        expected = (FOLDER / f"{step}.rows").read_text().splitlines()
        assert dumps[step] == expected, step
