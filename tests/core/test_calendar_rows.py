"""The month and week views' read in SQL text (``weekend_rows.rounds_between``) and the
season view's (``weekend_rows.rounds_of_seasons``) give the rounds and sessions the
ORM-built views give, for every grid and season of the demo seasons (on SQLite's own
connection and, with RACE_PLANNER_TEST_STORE=postgresql, through SQLAlchemy's text()
on a server)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, queries
from planner.services.feeds.rows import orm_runner
from planner.services.view_rows import round_views, session_views
from planner.services.weekend_rows import rounds_between, rounds_of_seasons


def _month_grids(first: date, last: date) -> list[tuple[date, date]]:
    """The 42 days a month view shows, for every month from ``first`` to ``last``."""
    grids = []
    month = date(first.year, first.month, 1)
    while month <= last:
        start = month - timedelta(days=month.weekday())
        grids.append((start, start + timedelta(days=41)))
        month = (month + timedelta(days=32)).replace(day=1)
    return grids


def test_every_month_grid_reads_as_the_orm_built_views(demo_db: Database) -> None:
    everything = queries.sessions_between(demo_db, date(2000, 1, 1), date(2100, 1, 1))
    days = [item.session.start_wall.date() for item in everything]
    compared = 0
    with demo_db.unit_of_work() as orm:
        run = orm_runner(orm)
        for first, last in _month_grids(min(days) - timedelta(days=40), max(days)):
            rounds, sessions = rounds_between(run, first, last)
            expected = round_views(
                orm,
                models.Round.last_day >= first - timedelta(days=1),
                models.Round.first_day <= last + timedelta(days=1),
            )
            assert rounds == expected
            assert sessions == session_views(orm, [view.id for view in expected])
            compared += sum(map(len, sessions.values()))
        assert rounds_between(run, date(1990, 1, 1), date(1990, 2, 11)) == ([], {})
    assert compared >= len(everything)


def test_a_week_shows_the_sessions_of_rounds_a_day_beyond_its_edges(demo_db: Database) -> None:
    """A day of margin each side: a session late on Sunday at the track can be Monday at home."""
    everything = queries.sessions_between(demo_db, date(2000, 1, 1), date(2100, 1, 1))
    first_round = min((item.round for item in everything), key=lambda view: view.first_day)
    monday_after = first_round.last_day + timedelta(days=1)
    found = queries.sessions_between(demo_db, monday_after, monday_after + timedelta(days=6))
    assert first_round.id in {item.round.id for item in found}
    too_late = queries.sessions_between(
        demo_db, monday_after + timedelta(days=1), monday_after + timedelta(days=7)
    )
    assert first_round.id not in {item.round.id for item in too_late}


def test_every_season_reads_its_rounds_as_the_orm_built_views(demo_db: Database) -> None:
    season_ids = [season.id for season in catalog.list_seasons(demo_db)]
    assert len(season_ids) > 1
    with demo_db.unit_of_work() as orm:
        run = orm_runner(orm)
        for season_id in season_ids:
            expected = round_views(orm, models.Round.season_id == season_id)
            assert expected
            assert rounds_of_seasons(run, [season_id]) == expected
        assert rounds_of_seasons(run, season_ids) == round_views(
            orm, models.Round.season_id.in_(season_ids)
        )
        assert rounds_of_seasons(run, []) == []
