"""The season database, as SQLAlchemy 2.0 typed models.

Rules that protect the data live in the schema too (foreign keys, natural
uniqueness, positive durations and lengths), so a bug above this layer cannot
store nonsense. Types are dialect-neutral: the same models work on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def any_of(column: str, values: tuple[str, ...]) -> str:
    """``column IN (values)`` for a CHECK, written as comparisons joined by OR.

    SQLite (3.40) evaluates a CHECK's IN list by building a small temporary table
    on every row it writes: 7 µs a row, a fifth of storing a 20,000-session import
    (migration 0007). The comparisons cost a tenth of that and refuse the same values.
    """
    return " OR ".join(f"{column} = '{value}'" for value in values)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    return str(uuid.uuid4())


class Series(Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    colour: Mapped[str] = mapped_column(String(7), default="#3465a4")
    website: Mapped[str] = mapped_column(String(500), default="")
    live_timing_url: Mapped[str] = mapped_column(String(500), default="")
    stream_url: Mapped[str] = mapped_column(String(500), default="")

    seasons: Mapped[list[Season]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="Season.year"
    )

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Season(Base):
    __tablename__ = "seasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    series: Mapped[Series] = relationship(back_populates="seasons")
    rounds: Mapped[list[Round]] = relationship(
        back_populates="season", cascade="all, delete-orphan", order_by="Round.number"
    )
    entries: Mapped[list[Entry]] = relationship(
        back_populates="season", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("series_id", "year"),
        CheckConstraint("year BETWEEN 1900 AND 2200", name="year_plausible"),
    )


class Track(Base):
    __tablename__ = "tracks"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    short_name: Mapped[str] = mapped_column(String(80), default="")
    aliases: Mapped[str] = mapped_column(Text, default="")  # one alias a line
    town: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    length_m: Mapped[int | None] = mapped_column(Integer)
    corners: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)

    lap_records: Mapped[list[LapRecord]] = relationship(
        back_populates="track", cascade="all, delete-orphan", order_by="LapRecord.id"
    )

    __table_args__ = (
        CheckConstraint("length_m IS NULL OR length_m > 0", name="length_positive"),
        CheckConstraint("corners IS NULL OR corners > 0", name="corners_positive"),
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude_range"
        ),
    )


class LapRecord(Base):
    __tablename__ = "lap_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("tracks.id", ondelete="CASCADE"), index=True)
    car_class: Mapped[str] = mapped_column(String(60))
    lap_time_ms: Mapped[int] = mapped_column(Integer)
    holder: Mapped[str] = mapped_column(String(120), default="")
    year: Mapped[int | None] = mapped_column(Integer)

    track: Mapped[Track] = relationship(back_populates="lap_records")

    __table_args__ = (CheckConstraint("lap_time_ms > 0", name="lap_time_positive"),)


class Round(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("seasons.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")
    track_id: Mapped[int] = mapped_column(ForeignKey("tracks.id", ondelete="RESTRICT"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The weekend's own identifier (feeds: its all-day event's UID, unique across
    # databases) and its revision/change time (SEQUENCE/DTSTAMP of that event).
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    changed_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False), default=_utc_now)

    season: Mapped[Season] = relationship(back_populates="rounds")
    track: Mapped[Track] = relationship()
    sessions: Mapped[list[Session]] = relationship(
        back_populates="round",
        cascade="all, delete-orphan",
        order_by="(Session.start_wall, Session.id)",
    )

    __table_args__ = (
        UniqueConstraint("season_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("last_day >= first_day", name="days_in_order"),
        CheckConstraint("status IN ('scheduled', 'postponed', 'cancelled')", name="status_known"),
    )


class Session(Base):
    """One session of a round. ``start_wall`` is the wall-clock time at the track in ``zone``."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(160))
    start_wall: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    zone: Mapped[str] = mapped_column(String(64))
    # Only set when the wall time is ambiguous (fall back): True = summer-time offset.
    is_dst: Mapped[bool | None] = mapped_column(Boolean)
    # None when the schedule gives no end time or length (left empty, not guessed).
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    broadcast: Mapped[str] = mapped_column(Text, default="")
    stream_url: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # UTC instants of creation and of the last change that bumped the revision.
    created_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    changed_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False))

    round: Mapped[Round] = relationship(back_populates="sessions")
    stints: Mapped[list[SessionDriver]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="SessionDriver.stint_order",
    )

    __table_args__ = (
        UniqueConstraint("round_id", "name"),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes > 0", name="duration_positive"
        ),
        CheckConstraint("revision > 0", name="revision_positive"),
        CheckConstraint(
            any_of("kind", ("practice", "qualifying", "race", "warmup", "test", "other")),
            name="kind_known",
        ),
        CheckConstraint(
            any_of("status", ("scheduled", "tentative", "cancelled")), name="status_known"
        ),
    )


class Driver(Base):
    __tablename__ = "drivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    nationality: Mapped[str] = mapped_column(String(3), default="")
    # A driver the family follows (their own), as opposed to a co-driver.
    followed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Rises with every change: an edit names the revision it was made from.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Car(Base):
    __tablename__ = "cars"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[str] = mapped_column(String(8), default="")
    model: Mapped[str] = mapped_column(String(120))
    car_class: Mapped[str] = mapped_column(String(40), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    team: Mapped[Team | None] = relationship()

    __table_args__ = (UniqueConstraint("team_id", "number", "model"),)


class Entry(Base):
    """A car entered in a whole season (``round_id`` empty) or in one round, with its crew."""

    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("seasons.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), index=True
    )
    car_id: Mapped[int] = mapped_column(ForeignKey("cars.id", ondelete="CASCADE"), index=True)

    season: Mapped[Season] = relationship(back_populates="entries")
    car: Mapped[Car] = relationship()
    crew: Mapped[list[EntryDriver]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="EntryDriver.position"
    )

    __table_args__ = (UniqueConstraint("season_id", "round_id", "car_id"),)


class EntryDriver(Base):
    __tablename__ = "entry_drivers"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    driver_id: Mapped[int] = mapped_column(
        ForeignKey("drivers.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=1)

    entry: Mapped[Entry] = relationship(back_populates="crew")
    driver: Mapped[Driver] = relationship()


class SessionDriver(Base):
    """Who drives a session: one row for a qualifying, the stints in order for a race."""

    __tablename__ = "session_drivers"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    stint_order: Mapped[int] = mapped_column(Integer, primary_key=True)
    driver_id: Mapped[int] = mapped_column(ForeignKey("drivers.id", ondelete="CASCADE"), index=True)

    session: Mapped[Session] = relationship(back_populates="stints")
    driver: Mapped[Driver] = relationship()

    __table_args__ = (CheckConstraint("stint_order > 0", name="stint_order_positive"),)


from planner.db import feed_models as _feed_models  # noqa: E402,F401  (registers the feed tables on Base)
from planner.db import result_models as _result_models  # noqa: E402,F401  (registers the result tables on Base)
