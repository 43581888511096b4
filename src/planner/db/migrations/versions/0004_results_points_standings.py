"""results, points systems and published standings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 16:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "session_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("class_position", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("pole", sa.Boolean(), nullable=False),
        sa.Column("fastest_lap", sa.Boolean(), nullable=False),
        sa.Column("best_lap_ms", sa.Integer(), nullable=True),
        sa.Column("laps", sa.Integer(), nullable=True),
        sa.Column("points", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('classified', 'dnf', 'dns', 'dsq', 'nc')",
            name=op.f("ck_session_results_status_known"),
        ),
        sa.CheckConstraint(
            "position IS NULL OR position > 0", name=op.f("ck_session_results_position_positive")
        ),
        sa.CheckConstraint(
            "class_position IS NULL OR class_position > 0",
            name=op.f("ck_session_results_class_position_positive"),
        ),
        sa.CheckConstraint(
            "best_lap_ms IS NULL OR best_lap_ms > 0",
            name=op.f("ck_session_results_best_lap_positive"),
        ),
        sa.CheckConstraint(
            "laps IS NULL OR laps >= 0", name=op.f("ck_session_results_laps_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_session_results_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_results_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_results")),
        sa.UniqueConstraint("session_id", "entry_id", name=op.f("uq_session_results_session_id")),
    )
    with op.batch_alter_table("session_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_results_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_session_results_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "points_systems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("race_points", sa.Text(), nullable=False),
        sa.Column("qualifying_points", sa.Text(), nullable=False),
        sa.Column("by_class", sa.Boolean(), nullable=False),
        sa.Column("pole_points", sa.Float(), nullable=False),
        sa.Column("fastest_lap_points", sa.Float(), nullable=False),
        sa.Column("rounds_planned", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "rounds_planned IS NULL OR rounds_planned > 0",
            name=op.f("ck_points_systems_rounds_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["season_id"],
            ["seasons.id"],
            name=op.f("fk_points_systems_season_id_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_systems")),
        sa.UniqueConstraint("season_id", name=op.f("uq_points_systems_season_id")),
    )

    op.create_table(
        "published_standings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("after_round", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("driver_name", sa.String(length=120), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "after_round > 0", name=op.f("ck_published_standings_after_round_positive")
        ),
        sa.CheckConstraint("position > 0", name=op.f("ck_published_standings_position_positive")),
        sa.CheckConstraint(
            "length(driver_name) > 0", name=op.f("ck_published_standings_driver_name_not_empty")
        ),
        sa.ForeignKeyConstraint(
            ["season_id"],
            ["seasons.id"],
            name=op.f("fk_published_standings_season_id_seasons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_standings")),
        sa.UniqueConstraint(
            "season_id",
            "after_round",
            "driver_name",
            name=op.f("uq_published_standings_season_id"),
        ),
    )
    with op.batch_alter_table("published_standings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_published_standings_season_id"), ["season_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("published_standings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_published_standings_season_id"))
    op.drop_table("published_standings")
    op.drop_table("points_systems")
    with op.batch_alter_table("session_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_results_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_results_entry_id"))
    op.drop_table("session_results")
