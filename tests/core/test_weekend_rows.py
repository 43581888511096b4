"""The weekend view's read in SQL text gives the views the ORM-built reads give: the
round, its series and entries, the rounds overlapping its days and their sessions (on
SQLite's own connection and, with RACE_PLANNER_TEST_STORE=postgresql, through
SQLAlchemy's text() on a server)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, rounds, sessions
from planner.services.convert import series_view
from planner.services.feeds.rows import orm_runner
from planner.services.lookup import find_track
from planner.services.sessions import NewSession
from planner.services.view_rows import entry_views, round_views, session_views
from planner.services.weekend_rows import weekend_rows


def _driven_round_on_the_hockenheim_weekend(db: Database) -> int:
    """A Nordic Cup round at Anderstorp the day of GT4's race 1 there, Jessica in its race."""
    season = catalog.add_season(db, catalog.add_series(db, "Nordic Cup").id, 2023)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Anderstorp").id
    day = date(2023, 9, 2)
    other = rounds.add_round(
        db, season.id, number=1, track_id=track_id, first_day=day, last_day=day
    ).id
    race = sessions.add_session(
        db, other, NewSession("Race", "race", datetime(2023, 9, 2, 16, 30), 45)
    )
    jessica = next(d.id for d in catalog.list_drivers(db) if d.name == "Jessica Bäckman")
    sessions.set_session_drivers(db, race.id, [jessica])
    return other


def test_every_weekend_reads_as_the_orm_built_views(demo_db: Database) -> None:
    """Its neighbours (the rounds overlapping its days, a day of margin each side) come
    with their sessions' drivers: what the conflicts beside the weekend view are made of."""
    nordic_cup = _driven_round_on_the_hockenheim_weekend(demo_db)
    with demo_db.unit_of_work() as orm:
        first = orm.scalars(
            select(models.Session).where(models.Session.stints.any()).order_by(models.Session.id)
        ).first()
        assert first is not None
        round_id, session_id = first.round_id, first.id
        # Both answers of an ambiguous wall time must come back as booleans, not 0/1.
        first.is_dst = True
        second = orm.scalars(
            select(models.Session).where(models.Session.id != session_id).limit(1)
        ).one()
        second.is_dst = False
    rounds.edit_round(demo_db, round_id, notes="Edited")
    sessions.edit_session(demo_db, session_id, notes="Edited")
    catalog.edit_driver(demo_db, catalog.list_drivers(demo_db)[0].id, nationality="NOR")

    compared_sessions = compared_entries = 0
    neighbours_driven = 0
    with demo_db.unit_of_work() as orm:
        run = orm_runner(orm)
        for row in orm.scalars(select(models.Round).order_by(models.Round.id)):
            read = weekend_rows(run, row.id)
            assert read is not None
            neighbours = round_views(
                orm,
                models.Round.last_day >= row.first_day - timedelta(days=1),
                models.Round.first_day <= row.last_day + timedelta(days=1),
            )
            assert read.rounds == neighbours
            assert read.round == next(view for view in neighbours if view.id == row.id)
            assert read.series == series_view(row.season.series)
            assert read.entries == tuple(entry_views(orm, row.season_id, row.id))
            assert read.sessions == session_views(orm, [view.id for view in neighbours])
            compared_sessions += sum(map(len, read.sessions.values()))
            read_sessions = [s for group in read.sessions.values() for s in group]
            # Equal is not enough for booleans: SQLite's 0/1 equal False/True.
            assert {type(s.is_dst) for s in read_sessions} <= {bool, type(None)}
            assert {type(d.followed) for s in read_sessions for d in s.drivers} <= {bool}
            assert {type(d.followed) for e in read.entries for d in e.crew} <= {bool}
            compared_entries += len(read.entries)
            if row.id != nordic_cup and nordic_cup in read.sessions:
                neighbours_driven += any(s.drivers for s in read.sessions[nordic_cup])
        assert weekend_rows(run, 999_999) is None
    assert compared_sessions > 0 and compared_entries > 0
    assert neighbours_driven == 1  # the GT4 round at Hockenheim
