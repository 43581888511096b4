"""A change counter kept by SQLite itself: any write to a table an export reads raises it.

``input_changes`` holds one row; on a SQLite file a trigger on every insert,
update and delete of :data:`INPUT_TABLES` adds one to its ``counter``, in the
writer's own transaction (the counter falls back with a rollback, as the rows
do). Whoever writes (the window, the command line, an import, a raw SQL edit
in another tool) raises it, so ``planner export feeds`` learns "nothing an
export reads changed" from one read of the counter instead of digesting
every table (:mod:`planner.services.feed_builds`).

Only SQLite has the triggers. On PostgreSQL the quick check does not run (it
reads SQLite files only) and one row every writer updates would make two
concurrent edits wait on each other, or deadlock; the table is there, with
its row, so both stores have the same schema.

A future migration that copies an input table (Alembic's batch mode on
SQLite) drops that table's triggers with it: :func:`triggers_in_place` is
checked before the counter is trusted, and a test checks them at head.

Standard library only: the quick check imports this without SQLAlchemy.
"""

from __future__ import annotations

import sqlite3

#: Every table whose contents an export of a feed reads (``feeds.rows.fetch_raw``);
#: ``tests/ical/test_feed_builds.py`` checks this against the statements an export runs.
INPUT_TABLES = (
    "series",
    "seasons",
    "tracks",
    "rounds",
    "sessions",
    "session_drivers",
    "drivers",
    "entries",
    "entry_drivers",
    "cars",
    "teams",
    "session_results",
)

COUNTER_TABLE = "input_changes"
_EVENTS = ("insert", "update", "delete")


def trigger_name(table: str, event: str) -> str:
    return f"{COUNTER_TABLE}_{table}_{event}"


#: The triggers by name, as created (SQLite keeps this text in ``sqlite_master``).
TRIGGERS = {
    trigger_name(table, event): (
        f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event.upper()} ON {table} "
        f"BEGIN UPDATE {COUNTER_TABLE} SET counter = counter + 1; END"
    )
    for table in INPUT_TABLES
    for event in _EVENTS
}


def triggers_in_place(connection: sqlite3.Connection) -> bool:
    """Does every trigger of :data:`TRIGGERS` exist, as written, in this file?"""
    found = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return all(found.get(name) == sql for name, sql in TRIGGERS.items())


def counter(connection: sqlite3.Connection) -> int | None:
    """The counter, or None when it cannot be trusted (a trigger missing, no row)."""
    if not triggers_in_place(connection):
        return None
    row = connection.execute(f"SELECT counter FROM {COUNTER_TABLE} WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


#: Rows from which a bulk insert counts itself once instead of a trigger per row.
BULK_ROWS = 100


def bulk_insert_sql(table: str, trigger_sql: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The statements to run, in the inserting transaction, before and after a bulk
    insert into ``table`` whose insert trigger reads ``trigger_sql`` (as stored):
    the counter is raised once and the trigger dropped; after the rows the trigger
    is made again from the same text.

    A trigger costs SQLite some 11,500 instructions a row (callgrind), 180 M of
    the 4.2 G of importing a 20,000-event calendar; the schema statements cost
    far less. The schema change is part of the transaction like the rows: no
    other connection ever sees the table without its trigger, and a rollback
    restores both. The UPDATE comes first: pysqlite in its default mode opens
    a transaction only before a write, and a DROP run before it would be
    committed on its own.
    """
    return (
        (
            f"UPDATE {COUNTER_TABLE} SET counter = counter + 1",
            f"DROP TRIGGER {trigger_name(table, 'insert')}",
        ),
        (trigger_sql,),
    )
