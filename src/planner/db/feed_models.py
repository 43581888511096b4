"""Saved calendar feeds and what each one last exported, on the planner's ``Base``.

A feed is a saved choice (series or seasons, drivers, session kinds, alarm,
all-day weekend events, language). ``FeedExportItem`` rows remember, per
feed, each session as it was last written, so the next export can say what
changed since (added, moved, cancelled, renamed, removed).

``planner.db.models`` imports this module at its end, so ``Base.metadata``
(and with it Alembic and ``create_all``) always knows these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    event,
    insert,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import input_changes
from planner.db.models import Base, Driver, Season, Series

feed_series = Table(
    "feed_series",
    Base.metadata,
    Column("feed_id", ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("series_id", ForeignKey("series.id", ondelete="CASCADE"), primary_key=True, index=True),
)

feed_seasons = Table(
    "feed_seasons",
    Base.metadata,
    Column("feed_id", ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("season_id", ForeignKey("seasons.id", ondelete="CASCADE"), primary_key=True, index=True),
)

feed_drivers = Table(
    "feed_drivers",
    Base.metadata,
    Column("feed_id", ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("driver_id", ForeignKey("drivers.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Feed(Base):
    """A saved feed. Empty series, seasons, drivers or kinds mean "all of them"."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    language: Mapped[str] = mapped_column(String(2), default="en")
    # Minutes before the start; None: no alarm.
    alarm_minutes: Mapped[int | None] = mapped_column(Integer)
    all_day_events: Mapped[bool] = mapped_column(Boolean, default=False)
    # Session kinds, comma-separated ("qualifying,race"); empty: every kind.
    kinds: Mapped[str] = mapped_column(Text, default="")
    # Only sessions with something in their broadcast notes ("on TV").
    only_broadcast: Mapped[bool] = mapped_column(Boolean, default=False)
    include_cancelled: Mapped[bool] = mapped_column(Boolean, default=True)
    file_name: Mapped[str] = mapped_column(String(200), unique=True)
    created_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    last_exported_utc: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))

    series: Mapped[list[Series]] = relationship(secondary=feed_series, order_by=Series.name)
    seasons: Mapped[list[Season]] = relationship(secondary=feed_seasons, order_by=Season.id)
    drivers: Mapped[list[Driver]] = relationship(secondary=feed_drivers, order_by=Driver.name)
    exported: Mapped[list[FeedExportItem]] = relationship(
        back_populates="feed", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(file_name) > 0", name="file_name_not_empty"),
        CheckConstraint("language IN ('en', 'sv')", name="language_known"),
        CheckConstraint("alarm_minutes IS NULL OR alarm_minutes >= 0", name="alarm_not_negative"),
    )


class FeedExportItem(Base):
    """One session as a feed last exported it (the base of "what changed since")."""

    __tablename__ = "feed_export_items"

    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True
    )
    session_uid: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    start_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    status: Mapped[str] = mapped_column(String(16))
    exported_utc: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    # NULL kind: recorded before kinds and lengths were (nothing to compare them with).
    kind: Mapped[str | None] = mapped_column(String(16))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)

    feed: Mapped[Feed] = relationship(back_populates="exported")


class FeedBuild(Base):
    """What a saved feed's last recorded export was built from, and the file it wrote.

    ``built_from`` is a digest of every input of the feed's events (the feed's
    choices, the home zone, the app version, the schema revision and the change
    counter of the tables an export reads, :class:`InputChanges`; see
    :mod:`planner.services.feed_builds`). While it and the file are unchanged,
    ``planner export feeds`` knows "nothing changed" from one read instead of
    building 20,000 events to compare them. Kept in the same unit of work as the
    change record, so the two always agree.
    """

    __tablename__ = "feed_builds"

    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True
    )
    built_from: Mapped[str] = mapped_column(String(64))
    # The file it wrote (None: published elsewhere, e.g. to a CalDAV server).
    file_name: Mapped[str | None] = mapped_column(String(200))
    file_size: Mapped[int | None] = mapped_column(Integer)
    file_digest: Mapped[str | None] = mapped_column(String(64))
    # What os.stat said of the file as written ("size mtime_ns ctime_ns inode"): while
    # the file still says so it is not read and hashed again (None: hash it).
    file_stamp: Mapped[str | None] = mapped_column(String(100))
    event_count: Mapped[int] = mapped_column(Integer)


class InputChanges(Base):
    """One row whose ``counter`` every write to a table an export reads raises (SQLite
    triggers; see :mod:`planner.db.input_changes`)."""

    __tablename__ = input_changes.COUNTER_TABLE

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    counter: Mapped[int] = mapped_column(BigInteger)


@event.listens_for(Base.metadata, "after_create")
def _count_input_changes(_target: object, connection: Connection, **_kw: object) -> None:
    """A new planner (``create_all``): the counter's row and, on SQLite, its triggers,
    as migration 0008 makes them."""
    connection.execute(insert(InputChanges).values(id=1, counter=0))
    if connection.dialect.name == "sqlite":
        for sql in input_changes.TRIGGERS.values():
            connection.exec_driver_sql(sql)
