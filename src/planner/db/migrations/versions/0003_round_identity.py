"""rounds get a stored UUID, revision and change time; export records keep kind and length

Every round gets its own UUID now (its weekend event's UID, unique across
databases, instead of ``round-<id>``), a revision and a change time (the
weekend event's SEQUENCE and DTSTAMP). What a feed last exported also keeps
each session's kind and length, so "what changed" can name those changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 16:50:00

"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns, fill one new UUID per existing round, then make them required."""
    with op.batch_alter_table("rounds") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("changed_utc", sa.DateTime(), nullable=True))
    connection = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rounds = sa.table(
        "rounds",
        sa.column("id", sa.Integer()),
        sa.column("uid", sa.String()),
        sa.column("revision", sa.Integer()),
        sa.column("changed_utc", sa.DateTime()),
    )
    for (round_id,) in connection.execute(sa.select(rounds.c.id)).all():
        connection.execute(
            rounds.update()
            .where(rounds.c.id == round_id)
            .values(uid=str(uuid.uuid4()), revision=1, changed_utc=now)
        )
    with op.batch_alter_table("rounds") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch.alter_column("revision", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("changed_utc", existing_type=sa.DateTime(), nullable=False)
        batch.create_unique_constraint(op.f("uq_rounds_uid"), ["uid"])
    with op.batch_alter_table("feed_export_items") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("duration_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_export_items") as batch:
        batch.drop_column("duration_minutes")
        batch.drop_column("kind")
    with op.batch_alter_table("rounds") as batch:
        batch.drop_constraint(op.f("uq_rounds_uid"), type_="unique")
        batch.drop_column("changed_utc")
        batch.drop_column("revision")
        batch.drop_column("uid")
