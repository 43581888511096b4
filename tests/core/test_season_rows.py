"""The season view's header read in SQL text gives the view the ORM's objects give: the
season, its series' names and colour, its notes and its number of rounds (on SQLite's
own connection and, with RACE_PLANNER_TEST_STORE=postgresql, through SQLAlchemy's
text() on a server)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import NotFoundError
from planner.services import catalog, queries
from planner.services.convert import season_view
from planner.services.feeds.rows import orm_runner
from planner.services.season_rows import season_row


def test_every_season_reads_as_the_orm_built_view(demo_db: Database) -> None:
    """Seasons with and without notes and rounds, and a series whose colour and short
    name were edited, read as ``convert.season_view`` builds them from the models."""
    series = catalog.add_series(demo_db, "Nordic Cup", short_name="NC", colour="#2e7d32")
    catalog.add_season(demo_db, series.id, 2024, notes="Two rounds, maybe three.")
    catalog.add_season(demo_db, series.id, 2025)
    catalog.edit_series(demo_db, series.id, colour="#1b5e20", short_name="NCup")

    compared = with_rounds = with_notes = 0
    with demo_db.unit_of_work() as orm:
        run = orm_runner(orm)
        for row in orm.scalars(select(models.Season).order_by(models.Season.id)):
            read = season_row(run, row.id)
            assert read == season_view(row)
            compared += 1
            with_rounds += bool(row.rounds)
            with_notes += bool(row.notes)
        assert season_row(run, 999_999) is None
    assert compared >= 6
    assert 0 < with_rounds < compared  # the new seasons have none
    assert with_notes >= 2


def test_a_season_by_id_and_its_rounds_say_which_season_is_missing(demo_db: Database) -> None:
    for season in catalog.list_seasons(demo_db):
        assert catalog.get_season(demo_db, season.id) == season
    for missing in (999_999, 2**40, -(2**40)):  # beyond PostgreSQL's integer too
        with pytest.raises(NotFoundError, match=f"There is no season with id {missing}"):
            catalog.get_season(demo_db, missing)
        with pytest.raises(NotFoundError, match=f"There is no season with id {missing}"):
            queries.list_rounds(demo_db, missing)
