"""Alembic environment: the engine (or an open transaction) is handed in by planner.db.

planner.db.database opens the transaction itself and passes its connection,
so that creating or upgrading the schema is one transaction: every step, or
none (see planner.db.sqlite_file).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from planner.db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    handed_in = config.attributes.get("connection")
    if handed_in is not None:
        _run(handed_in)  # inside the caller's transaction: it commits or rolls back
        return
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        _run(connection)


run_migrations_online()
