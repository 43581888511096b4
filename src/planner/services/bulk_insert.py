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

On SQLite the rows go in as multi-row ``VALUES`` lists of up to
:data:`ROWS_PER_STATEMENT` rows, the statement's one ``(?, ...)`` group
repeated: SQLite sets up a run of the statement per execution, and for a
``CHECK (kind IN ('practice', ...))`` that means building a small temporary
table of the listed values each time. An ``executemany`` runs the statement
once a row: of the 2.17 G instructions (callgrind) of an executemany of
20,000 sessions, about 1 G opened and closed those temporary tables. With 500
rows a statement the insert takes about a third less CPU, and every
constraint is still checked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from itertools import chain

from sqlalchemy import Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession

Row = Sequence[object]

#: Rows of one multi-row INSERT on SQLite (fewer where the parameter limit is lower).
ROWS_PER_STATEMENT = 500


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
    head, _values, group = sql.rpartition(" VALUES ")  # group: the one row's "(?, ...)"
    per = rows_per_statement(raw, len(order))
    statement = ""
    try:
        for start in range(0, len(values), per):
            chunk = values[start : start + per]
            statement = f"{head} VALUES {', '.join([group] * len(chunk))}"
            raw.execute(statement, list(chain.from_iterable(chunk)))
    except sqlite3.Error as error:  # as SQLAlchemy raises it: the unit of work words it
        raise DBAPIError.instance(statement, None, error, sqlite3.Error) from None


def rows_per_statement(connection: sqlite3.Connection, width: int) -> int:
    """Rows of ``width`` values one INSERT may bind on ``connection`` (at most
    :data:`ROWS_PER_STATEMENT`; SQLite before 3.32 allowed 999 parameters)."""
    limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(ROWS_PER_STATEMENT, limit // max(width, 1)))
