"""Many new rows of one table in one executemany, with the values SQLAlchemy would store.

One definition of the statement: SQLAlchemy Core's ``insert(table)``. On a
SQLite file it is compiled once to SQLite's SQL text and run with plain tuples
by the standard library's ``sqlite3`` connection under the ORM session, in
the same transaction; each column's value goes through that column type's own
bind processor (a ``DateTime`` becomes the text SQLAlchemy writes), so the
rows are stored exactly as a Core insert stores them. What this skips is
SQLAlchemy's per-row parameter handling of an executemany, most of the cost of
storing a 20,000-session import. Any other database (PostgreSQL) runs the Core
insert itself. ``tests/ical/test_bulk_insert.py`` checks that both give the
same rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from sqlalchemy import Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession

Row = Sequence[object]


def insert_rows(
    orm: OrmSession,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Row],
    *,
    core: bool = False,
) -> None:
    """INSERT ``rows`` (values in the order of ``columns``) into ``table``.

    ``core``: run SQLAlchemy's Core insert even on SQLite (what a server gets;
    the tests compare both ways on one file)."""
    if not rows:
        return
    connection = orm.connection()
    dialect = connection.dialect
    if core or dialect.name != "sqlite":
        orm.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(columns):
        raise ValueError(f"{table.name}: the statement binds {order}, the rows hold {columns}")
    by_column = dict(zip(columns, zip(*rows, strict=True), strict=True))  # transposed, in C
    prepared: list[Sequence[object]] = []
    for name in order:
        processor = table.columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        given = by_column[name]
        if processor is None:
            prepared.append(given)
        else:  # once per distinct value: a bulk's rows share their creation time
            stored = {value: processor(value) for value in set(given)}
            prepared.append([stored[value] for value in given])
    values = list(zip(*prepared, strict=True))
    raw = connection.connection.driver_connection
    assert raw is not None
    sql = str(compiled)
    try:
        raw.executemany(sql, values)
    except sqlite3.Error as error:  # as SQLAlchemy raises it: the unit of work words it
        raise DBAPIError.instance(sql, None, error, sqlite3.Error) from None
