"""The season view's header as hand-written SQL: a season with its series' names and
colour and its number of rounds.

One SQL text run by a :data:`~planner.services.feeds.rows.Runner`: on a SQLite
file straight on its ``sqlite3`` connection, on a server through SQLAlchemy's
``text()`` (:func:`~planner.services.feeds.rows.orm_runner`). A season switch
reads it twice (the page's header and the year actions' titles); built as a
``select()`` each read spent most of its 1–2 ms in SQLAlchemy building, caching
and compiling the statement and making its result row, about ten times the
query. The view is the one ``convert.season_view`` builds from the ORM's
objects: ``tests/core/test_season_rows.py`` compares them on every demo season.
"""

from __future__ import annotations

from typing import Any

from planner.services.feeds.rows import Runner
from planner.services.views import SeasonView

_SEASONS = (
    "SELECT seasons.id, seasons.series_id, series.name, series.short_name, series.colour, "
    "seasons.year, seasons.notes, "
    "(SELECT count(rounds.id) FROM rounds WHERE rounds.season_id = seasons.id) "
    "FROM seasons JOIN series ON series.id = seasons.series_id "
)
_SEASON = _SEASONS + "WHERE seasons.id = :season_id"
# Newest first, series by name within a year: ``catalog.list_seasons``' order.
_EVERY_SEASON = _SEASONS + "ORDER BY seasons.year DESC, series.name"


def season_row(run: Runner, season_id: int) -> SeasonView | None:
    """The season ``season_id`` with its series and round count; None if there is none."""
    rows = run(_SEASON, {"season_id": season_id})
    return _season_view(rows[0]) if rows else None


def every_season(run: Runner) -> list[SeasonView]:
    """Every season, newest first, as ``catalog.list_seasons`` lists them."""
    return [_season_view(row) for row in run(_EVERY_SEASON, {})]


def _season_view(row: tuple[Any, ...]) -> SeasonView:
    found, series_id, name, short_name, colour, year, notes, round_count = row
    return SeasonView(
        id=found,
        series_id=series_id,
        series_name=name,
        series_short_name=short_name,
        series_colour=colour,
        year=year,
        notes=notes,
        round_count=round_count or 0,
    )
