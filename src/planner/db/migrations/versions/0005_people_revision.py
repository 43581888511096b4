"""drivers, teams and cars get a revision: an edit names the one it was made from

Two people renaming the same driver (or car, or team) on a shared planner: the
second edit is refused rather than silently replacing the first, as for
sessions and rounds.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 19:10:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE_TABLES = ("drivers", "teams", "cars")


def upgrade() -> None:
    """Every existing driver, team and car starts at revision 1."""
    for table in PEOPLE_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("revision", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in PEOPLE_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("revision")
