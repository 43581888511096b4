"""How the hand-written SQL texts run: on ``sqlite3``, in an ORM session, through SQLAlchemy.

A :data:`Runner` runs one SQL text with its parameters and gives plain tuples;
whoever holds the database makes one (:func:`sqlite_runner` on a file,
:func:`orm_runner` in a unit of work). Apart from :mod:`.feeds.rows` (which
re-exports these names) so that an import, which reads no feed, does not
build the feed rows' tuple classes at its start (~17 M instructions, callgrind).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session as OrmSession

#: Named parameters (``:name``), which every runner takes; positional ones (``?``) only
#: on SQLite, for statements with thousands of values (a bulk insert): SQLite looks
#: each ``:name`` up in a list while it prepares the statement, a tenth of the speed.
Parameters = Mapping[str, object] | Sequence[object]
#: Runs one SQL text with its parameters; its rows as plain tuples (none for a
#: statement that returns none: an INSERT without RETURNING).
Runner = Callable[[str, Parameters], list[tuple[Any, ...]]]


def sqlite_runner(connection: sqlite3.Connection) -> Runner:
    def run(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = connection.execute(sql, parameters).fetchall()
        return rows

    return run


def orm_runner(orm: OrmSession) -> Runner:
    """The same SQL texts in an ORM session's transaction: on SQLite straight on its
    ``sqlite3`` connection (SQLAlchemy's result rows cost three times the query
    for 20,000 sessions), on a server through SQLAlchemy's ``text()``."""
    connection = orm.connection()
    driver = connection.connection.driver_connection
    if connection.dialect.name == "sqlite" and isinstance(driver, sqlite3.Connection):
        from sqlalchemy.exc import DBAPIError

        def run_sqlite(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
            try:
                rows: list[tuple[Any, ...]] = driver.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:  # as SQLAlchemy raises it: the unit of work words it
                raise DBAPIError.instance(sql, None, error, sqlite3.Error) from None
            return rows

        return run_sqlite
    return text_runner(connection)


def text_runner(connection: Connection) -> Runner:
    """The SQL texts through SQLAlchemy's ``text()`` on ``connection`` (how a server
    runs them), with named parameters. A write gives no rows."""
    from sqlalchemy import text

    def run(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
        if not isinstance(parameters, Mapping):
            raise TypeError("positional parameters are for SQLite's own connection only")
        result = connection.execute(text(sql), dict(parameters))
        return [tuple(row) for row in result] if result.returns_rows else []

    return run


def in_list(prefix: str, values: Iterable[object]) -> tuple[str, dict[str, object]]:
    """``(:prefix0, :prefix1, ...)`` and its parameters, for ``IN`` (both drivers
    take the same named parameters; ``(NULL)`` when there are none: matches nothing)."""
    parameters = {f"{prefix}{index}": value for index, value in enumerate(values)}
    names = ", ".join(f":{name}" for name in parameters)
    return f"({names or 'NULL'})", parameters


#: Values one :func:`in_batches` query asks about (SQLite's and PostgreSQL's parameter
#: limits allow more; a longer statement gained nothing).
IN_BATCH = 500


def in_batches(
    run: Runner,
    sql: str,
    values: Sequence[object],
    parameters: Mapping[str, object] | None = None,
    *,
    batch: int = IN_BATCH,
) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` asked about ``values`` ``batch`` at a time: its ``{values}``
    becomes each batch's :func:`in_list` (named ``:v0``, ``:v1``...), ``parameters``
    are the query's others. No values: no query."""
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(values), batch):
        marks, asked = in_list("v", values[start : start + batch])
        found.extend(run(sql.format(values=marks), {**asked, **(parameters or {})}))
    return found
