"""Results, points systems and published standings, on the planner's ``Base``.

A result belongs to an entry (the car and its crew) in one session: a
shared car has one result, credited to every driver of its crew. Points are
computed from the season's points system unless the user typed them
(``points`` set). Published standings are the rows of a table a series
publishes after a round, kept apart from what we compute from our own
results.

``planner.db.models`` imports this module at its end, so ``Base.metadata``
(and with it Alembic and ``create_all``) always knows these tables.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db.models import Base, Entry, Session


class SessionResult(Base):
    __tablename__ = "session_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="classified")
    position: Mapped[int | None] = mapped_column(Integer)
    class_position: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    pole: Mapped[bool] = mapped_column(Boolean, default=False)
    fastest_lap: Mapped[bool] = mapped_column(Boolean, default=False)
    best_lap_ms: Mapped[int | None] = mapped_column(Integer)
    laps: Mapped[int | None] = mapped_column(Integer)
    # None: computed from the season's points system; a number: what the user typed.
    points: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session] = relationship()
    entry: Mapped[Entry] = relationship()

    __table_args__ = (
        UniqueConstraint("session_id", "entry_id"),
        CheckConstraint("status IN ('classified', 'dnf', 'dns', 'dsq', 'nc')", name="status_known"),
        CheckConstraint("position IS NULL OR position > 0", name="position_positive"),
        CheckConstraint(
            "class_position IS NULL OR class_position > 0", name="class_position_positive"
        ),
        CheckConstraint("best_lap_ms IS NULL OR best_lap_ms > 0", name="best_lap_positive"),
        CheckConstraint("laps IS NULL OR laps >= 0", name="laps_not_negative"),
    )


class PointsSystem(Base):
    """How a season scores: points per position (space-separated lists) and bonuses."""

    __tablename__ = "points_systems"

    id: Mapped[int] = mapped_column(primary_key=True)
    season_id: Mapped[int] = mapped_column(
        ForeignKey("seasons.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(120), default="")
    race_points: Mapped[str] = mapped_column(Text, default="")
    qualifying_points: Mapped[str] = mapped_column(Text, default="")
    # True: positions in class score (the class championship); False: overall positions.
    by_class: Mapped[bool] = mapped_column(Boolean, default=False)
    pole_points: Mapped[float] = mapped_column(Float, default=0.0)
    fastest_lap_points: Mapped[float] = mapped_column(Float, default=0.0)
    # How many rounds the season has, for "after 1 of 7 rounds" when not all are entered.
    rounds_planned: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("rounds_planned IS NULL OR rounds_planned > 0", name="rounds_positive"),
    )


class PublishedStanding(Base):
    """One row of a championship table as the series published it after a round."""

    __tablename__ = "published_standings"

    id: Mapped[int] = mapped_column(primary_key=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("seasons.id", ondelete="CASCADE"), index=True)
    after_round: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    driver_name: Mapped[str] = mapped_column(String(120))
    nationality: Mapped[str] = mapped_column(String(3), default="")
    points: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("season_id", "after_round", "driver_name"),
        CheckConstraint("after_round > 0", name="after_round_positive"),
        CheckConstraint("position > 0", name="position_positive"),
        CheckConstraint("length(driver_name) > 0", name="driver_name_not_empty"),
    )
