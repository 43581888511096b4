"""Many new rows of one table in a few statements, with the values SQLAlchemy would store.

One hand-written ``INSERT`` text with named parameters, run by a
:data:`~planner.services.feeds.rows.Runner`: on a SQLite file straight on its
``sqlite3`` connection (under an ORM session, in its transaction, or a
``sqlite3`` unit of work of its own), on a server through SQLAlchemy's
``text()``. On SQLite each date and time is written as the text SQLAlchemy
writes for a ``Date``/``DateTime`` column
(:func:`planner.services.stored_values.sqlite_value`); a server's driver gets
the Python values. ``tests/ical/test_bulk_insert.py`` checks that the rows
equal what SQLAlchemy Core's insert stores.

On SQLite the values are bound by position (``?``): SQLite prepares a statement
of 7,500 named parameters ten times slower (it looks each name up in a list).
The rows go in as multi-row ``VALUES`` lists of up to
:data:`ROWS_PER_STATEMENT` rows: SQLite sets up a run of the statement per
execution, and for a ``CHECK (kind IN ('practice', ...))`` that means building
a small temporary table of the listed values each time. Run once a row (an
``executemany``), about 1 G of the 2.17 G instructions (callgrind) of storing
20,000 sessions opened and closed those temporary tables; with 500 rows a
statement the insert takes about a third less CPU, and every constraint is
still checked. ``RETURNING`` gives columns of the new rows (SQLite >= 3.35 and
PostgreSQL have it): an import learns its new sessions' ids without a query.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from itertools import chain
from typing import TYPE_CHECKING, Any, cast

from planner.services.stored_values import sqlite_value

if TYPE_CHECKING:
    from planner.services.feeds.rows import Runner

Row = Sequence[object]
#: Values ``sqlite3`` stores as SQLAlchemy does: a column of only these needs no change.
_STORED_AS_THEY_ARE = frozenset({str, int, float, bool, bytes, type(None)})
#: A column of naive or aware date-times only.
_DATETIMES = {datetime}

#: Rows of one multi-row INSERT (fewer where the parameter limit is lower).
ROWS_PER_STATEMENT = 500
#: Values one statement may bind: SQLite's limit since 3.32 (``RETURNING`` came in
#: 3.35); PostgreSQL takes 65,535.
PARAMETER_LIMIT = 32_766


def insert_values(
    run: Runner,
    dialect: str,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Row],
    *,
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """INSERT ``rows`` (values in the order of ``columns``) into ``table`` with SQL
    texts run by ``run``. ``dialect``: "sqlite" writes dates and times as SQLAlchemy
    does there; any other passes them to the driver. Gives the ``returning`` columns
    of the new rows (in no set order)."""
    if not rows:
        return []
    width = len(columns)
    per = max(1, min(ROWS_PER_STATEMENT, PARAMETER_LIMIT // width))
    if dialect == "sqlite":
        rows = _as_sqlite_stores(rows)
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    tail = f" RETURNING {', '.join(returning)}" if returning else ""
    found: list[tuple[Any, ...]] = []
    if dialect == "sqlite":  # positional: see feeds.rows.Parameters
        group = "(" + ", ".join(["?"] * width) + ")"
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            sql = head + ", ".join([group] * len(chunk)) + tail
            found.extend(run(sql, list(chain.from_iterable(chunk))))
        return found
    names = [f"v{index}" for index in range(per * width)]
    groups = [
        "(" + ", ".join(f":{name}" for name in names[start : start + width]) + ")"
        for start in range(0, per * width, width)
    ]
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        sql = head + ", ".join(groups[: len(chunk)]) + tail
        found.extend(run(sql, dict(zip(names, chain.from_iterable(chunk), strict=False))))
    return found


def _as_sqlite_stores(rows: Sequence[Row]) -> Sequence[Row]:
    """``rows`` with their dates and times as SQLAlchemy writes them into SQLite
    (:func:`~planner.services.stored_values.sqlite_value`).

    Column by column: a column of text and numbers only (a session's uid, name,
    notes: 20,000 distinct values each) is left as it is, seen by the types it
    holds (in C); a column of dates is converted once per distinct value (a
    bulk's rows share their creation time)."""
    columns = list(zip(*rows, strict=True))  # transposed, in C
    changed = False
    for index, given in enumerate(columns):
        types = set(map(type, given))
        if types <= _STORED_AS_THEY_ARE:
            continue
        distinct = set(given)
        stored: Mapping[Any, object]
        if types == _DATETIMES:  # a session's start: 20,000 distinct values
            stored = _sqlite_datetimes(cast("set[datetime]", distinct))
        else:
            stored = {value: sqlite_value(value) for value in distinct}
        columns[index] = tuple(map(stored.__getitem__, given))
        changed = True
    return list(zip(*columns, strict=True)) if changed else rows


def _sqlite_datetimes(values: set[datetime]) -> dict[datetime, str]:
    """:func:`~planner.services.stored_values.sqlite_value` of each of these date-times,
    worked out in C (``str`` is ``isoformat(" ")``), with no call of it per value."""
    return {
        value: text if value.microsecond else text + ".000000"
        for value, text in zip(values, map(str, values), strict=True)
    }
