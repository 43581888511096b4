"""input changes: a counter every write to a table an export reads raises

``planner export feeds`` with nothing changed digested every input table
(20,000 sessions) to learn that nothing changed; with this counter it reads
one row. On SQLite a trigger per insert, update and delete of each input
table raises it in the writer's own transaction. PostgreSQL gets the table
but no triggers: the quick check reads SQLite files only, and one row every
writer updates would make concurrent edits wait on each other.

``feed_builds.file_stamp``: what os.stat said of a feed's file as written, so
an unchanged file is not read and hashed again. The builds recorded so far
were digested the old way: they are forgotten (each feed builds once more).
Going back forgets the builds recorded from the counter too: a counter made
again by a later upgrade starts from 0 and could reach a forgotten value.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 17:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables an export reads, as this revision knows them (a migration keeps its own copy).
_INPUT_TABLES = (
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
_EVENTS = ("insert", "update", "delete")


def _trigger_name(table: str, event: str) -> str:
    return f"input_changes_{table}_{event}"


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "input_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_input_changes")),
    )
    op.execute("INSERT INTO input_changes (id, counter) VALUES (1, 0)")
    if op.get_bind().dialect.name == "sqlite":
        for table in _INPUT_TABLES:
            for event in _EVENTS:
                name = _trigger_name(table, event)
                op.execute(
                    f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} "
                    "BEGIN UPDATE input_changes SET counter = counter + 1; END"
                )
    op.add_column("feed_builds", sa.Column("file_stamp", sa.String(length=100), nullable=True))
    op.execute("DELETE FROM feed_builds")


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DELETE FROM feed_builds")
    with op.batch_alter_table("feed_builds") as batch:
        batch.drop_column("file_stamp")
    if op.get_bind().dialect.name == "sqlite":
        for table in _INPUT_TABLES:
            for event in _EVENTS:
                op.execute(f"DROP TRIGGER {_trigger_name(table, event)}")
    op.drop_table("input_changes")
