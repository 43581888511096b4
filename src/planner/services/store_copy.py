"""A whole planner moved between stores: a laptop's SQLite file and a team's PostgreSQL
server, either way round.

Every row keeps its id and its UID, so phones subscribed to the feeds see the same
events afterwards, not new ones. The target must not hold a planner yet (the bundled
circuit library it was created with is replaced); the copy is one transaction there, so
a failure leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError

from planner.db import models
from planner.db.database import Database, storage_error
from planner.domain.errors import ValidationError
from planner.i18n import tr

CHUNK = 1000  # rows per INSERT: bounded memory for a 20-season archive

#: Tables that hold what users made (the circuit library alone does not count).
USER_TABLES = ("series", "seasons", "rounds", "sessions", "drivers", "teams", "cars", "feeds")


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: tuple[tuple[str, int], ...]  # (table, rows copied), in copy order

    @property
    def total(self) -> int:
        return sum(count for _table, count in self.rows)

    def count(self, table: str) -> int:
        return dict(self.rows).get(table, 0)


def _tables() -> list[Table]:
    return list(models.Base.metadata.sorted_tables)


def _user_rows(connection: Connection) -> dict[str, int]:
    tables = {table.name: table for table in _tables()}
    counts = {}
    for name in USER_TABLES:
        counted = connection.scalar(select(func.count()).select_from(tables[name]))
        counts[name] = int(counted or 0)
    own_circuits = connection.scalar(
        select(func.count()).select_from(tables["tracks"]).where(models.Track.built_in.is_(False))
    )
    counts["tracks"] = int(own_circuits or 0)
    return {name: count for name, count in counts.items() if count}


def copy_planner(source: Database, target: Database) -> CopyReport:
    """Copy every row of ``source`` into the empty ``target``, identifiers unchanged."""
    if source.location == target.location:
        raise ValidationError(tr("A planner cannot be copied onto itself."))
    copied: list[tuple[str, int]] = []
    try:
        with source.engine.connect() as reading, target.engine.begin() as writing:
            held = _user_rows(writing)
            if held:
                listed = ", ".join(f"{count} {name}" for name, count in sorted(held.items()))
                raise ValidationError(
                    tr(
                        "{target} already holds a planner ({listed}). Copy into an empty "
                        "one; nothing was changed."
                    ).format(target=target.location, listed=listed)
                )
            for table in reversed(_tables()):
                writing.execute(delete(table))
            for table in _tables():
                count = 0
                result = reading.execution_options(yield_per=CHUNK).execute(select(table))
                for chunk in result.mappings().partitions(CHUNK):
                    writing.execute(insert(table), [dict(row) for row in chunk])
                    count += len(chunk)
                copied.append((table.name, count))
            if target.engine.dialect.name == "postgresql":
                _continue_sequences(writing)
    except (OperationalError, DatabaseError) as error:
        raise storage_error(error, target.location) from None
    return CopyReport(source=source.location, target=target.location, rows=tuple(copied))


def _continue_sequences(connection: Connection) -> None:
    """PostgreSQL hands out ids from sequences: move each past the ids just copied."""
    for table in _tables():
        if "id" not in table.columns or not table.columns["id"].primary_key:
            continue
        if not table.columns["id"].autoincrement:
            continue
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )
