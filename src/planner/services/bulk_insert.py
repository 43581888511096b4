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
still checked. (SQLite 3.40 still builds the two small tables for every row a
statement inserts: a ``CHECK`` is coded per row, without the once-per-run guard
of other ``IN`` lists. Of the ~1.1 G instructions of inserting 20,000 sessions,
~0.4 G go there; written as ``kind = 'practice' OR ...`` the same checks cost
nothing of the kind, but that is a change of the schema.) ``RETURNING`` gives
columns of the new rows (SQLite >= 3.35 and PostgreSQL have it): an import
learns its new sessions' ids without a query.

On SQLite a column with the same value in every row (a bulk's creation time,
its revision, an empty broadcast) is bound once per statement, selected beside
a VALUES list of the other columns (:func:`_insert_into_sqlite`). Binding is a
copy of each text into SQLite (and, for None, a trip through the driver's
adapter protocol): of the 15 columns of a published calendar's sessions, 7 hold
one value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from itertools import chain
from typing import TYPE_CHECKING, Any, cast

from planner.db import input_changes
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
    tail = f" RETURNING {', '.join(returning)}" if returning else ""
    if dialect == "sqlite":
        trigger = None
        if len(rows) >= input_changes.BULK_ROWS and table in input_changes.INPUT_TABLES:
            trigger = _insert_trigger(run, table)
        if trigger is None:
            return _insert_into_sqlite(run, table, columns, _sqlite_columns(rows), per, tail)
        before, after = input_changes.bulk_insert_sql(table, trigger)
        for sql in before:
            run(sql, ())
        try:
            return _insert_into_sqlite(run, table, columns, _sqlite_columns(rows), per, tail)
        finally:
            # Also after a failed statement (the rows of the statements before it stay,
            # and the caller may go on); not when the failure undid the transaction,
            # which brought the trigger back.
            if _insert_trigger(run, table) is None:
                for sql in after:
                    run(sql, ())
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    found: list[tuple[Any, ...]] = []
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


def _insert_trigger(run: Runner, table: str) -> str | None:
    """The stored text of ``table``'s change-counting insert trigger
    (:mod:`planner.db.input_changes`); None: it has none."""
    found = run(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (input_changes.trigger_name(table, "insert"),),
    )
    return str(found[0][0]) if found else None


def _insert_into_sqlite(
    run: Runner,
    table: str,
    names: Sequence[str],
    stored: tuple[list[tuple[object, ...]], list[bool]],
    per: int,
    tail: str,
) -> list[tuple[Any, ...]]:
    """The rows of these columns (called ``names``), ``per`` a statement, with
    positional parameters (see feeds.rows.Parameters); ``stored``: the columns as
    :func:`_sqlite_columns` gives them, with which hold one value in every row.

    A column with one value in every row (a bulk's creation time, its empty
    broadcast, its revision) is bound once per statement: ``INSERT INTO t (a, b,
    c) SELECT column1, column2, ? FROM (VALUES (?, ?), (?, ?)...)``, the rows in
    their order as a plain VALUES list gives them. SQLite copies each bound text,
    and the Python driver adapts each None through its protocol, once a
    parameter. (Numbered parameters, ``?1`` in every row, would cost SQLite a
    search of every number so far for each one while it prepares the text.)"""
    columns, shared = stored
    count = len(columns[0])
    if all(shared):  # every row the same: nothing left for VALUES to list
        shared = [False] * len(columns)
    firsts = [column[0] for column, one in zip(columns, shared, strict=True) if one]
    varying = [column for column, one in zip(columns, shared, strict=True) if not one]
    order = [name for name, one in zip(names, shared, strict=True) if not one]
    order += [name for name, one in zip(names, shared, strict=True) if one]
    picked = ", ".join([f"column{number}" for number in range(1, len(varying) + 1)])
    head = f"INSERT INTO {table} ({', '.join(order)}) "
    if firsts:
        head += f"SELECT {picked}, {', '.join(['?'] * len(firsts))} FROM (VALUES "
        tail = ")" + tail
    else:
        head += "VALUES "
    group = "(" + ", ".join(["?"] * len(varying)) + ")"
    found: list[tuple[Any, ...]] = []
    for start in range(0, count, per):
        end = min(count, start + per)
        sql = head + ", ".join([group] * (end - start)) + tail
        rows = zip(*(column[start:end] for column in varying), strict=True)
        found.extend(run(sql, [*firsts, *chain.from_iterable(rows)]))
    return found


def _sqlite_columns(rows: Sequence[Row]) -> tuple[list[tuple[object, ...]], list[bool]]:
    """The columns of ``rows`` with their dates and times as SQLAlchemy writes them
    into SQLite (:func:`~planner.services.stored_values.sqlite_value`), and for each
    whether every row holds the same value, of the same type (1 == True, but they
    are not the same value to bind), in more than one row.

    A column of text and numbers only (a session's uid, name, notes: 20,000
    distinct values each) is left as it is, seen by the types it holds (in C); a
    column of dates is converted once per distinct value (a bulk's rows share
    their creation time), a column of one value once. The types of a column are
    gathered once for both answers (twice, and each shared column's values hashed
    into a set, cost ~30 M instructions of storing 20,000 sessions)."""
    columns = list(zip(*rows, strict=True))  # transposed, in C
    shared: list[bool] = []
    for index, given in enumerate(columns):
        types = set(map(type, given))
        first = given[0]
        one = len(types) == 1 and len(given) > 1 and given.count(first) == len(given)
        shared.append(one)
        if types <= _STORED_AS_THEY_ARE:
            continue
        if one:
            columns[index] = (sqlite_value(first),) * len(given)
            continue
        if types == _DATETIMES:  # a session's start: 20,000 distinct values
            columns[index] = _sqlite_datetimes(cast("tuple[datetime, ...]", given))
            continue
        stored = {value: sqlite_value(value) for value in set(given)}
        columns[index] = tuple(map(stored.__getitem__, given))
    return columns, shared


def _sqlite_datetimes(values: tuple[datetime, ...]) -> tuple[str, ...]:
    """:func:`~planner.services.stored_values.sqlite_value` of each of these date-times,
    each day and each time of day written once: a calendar's 20,000 starts fall on
    a few hundred days at a few dozen times of day, and writing a date-time
    (``isoformat``) costs five times looking both up. Written value by value, in
    order: a column of starts is nearly all distinct values, and gathering them in
    a set to write each once, then looking each up, cost more than it saved."""
    days: dict[date, str] = {}
    times: dict[time, str] = {}
    stored: list[str] = []
    add = stored.append
    for value in values:
        if value.tzinfo is not None:
            add(str(sqlite_value(value)))
            continue
        day, moment = value.date(), value.time()
        day_text = days.get(day)
        if day_text is None:
            day_text = days[day] = day.isoformat()
        time_text = times.get(moment)
        if time_text is None:
            time_text = moment.isoformat()
            time_text = times[moment] = time_text if moment.microsecond else time_text + ".000000"
        add(f"{day_text} {time_text}")
    return tuple(stored)
