"""Series, seasons, drivers, teams, cars and entries (crews)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.i18n import tr
from planner.services import validation
from planner.services.convert import (
    car_view,
    driver_view,
    entry_view,
    season_view,
    series_view,
    team_view,
)
from planner.services.feeds.rows import orm_runner
from planner.services.lookup import get_or_fail, storable
from planner.services.revisions import bump, claim_revision
from planner.services.season_rows import season_row
from planner.services.views import (
    CarView,
    DriverView,
    EntryView,
    SeasonView,
    SeriesView,
    TeamView,
)

# --- series -------------------------------------------------------------------


def add_series(
    db: Database,
    name: str,
    *,
    short_name: str = "",
    colour: str = "#3465a4",
    website: str = "",
    live_timing_url: str = "",
    stream_url: str = "",
) -> SeriesView:
    checked_name = validation.required_text(name, "series name")
    checked_colour = validation.colour(colour)
    with db.unit_of_work() as orm:
        if orm.scalar(
            select(models.Series).where(func.lower(models.Series.name) == checked_name.lower())
        ):
            raise ValidationError(
                tr("A series called “{name}” already exists.").format(name=checked_name)
            )
        row = models.Series(
            name=checked_name,
            short_name=short_name.strip(),
            colour=checked_colour,
            website=website.strip(),
            live_timing_url=live_timing_url.strip(),
            stream_url=stream_url.strip(),
        )
        orm.add(row)
        orm.flush()
        return series_view(row)


def edit_series(db: Database, series_id: int, **changes: str) -> SeriesView:
    allowed = {"name", "short_name", "colour", "website", "live_timing_url", "stream_url"}
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"unknown series fields: {sorted(unknown)}")
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Series, series_id, "series")
        for field_name, value in changes.items():
            if field_name == "name":
                value = validation.required_text(value, "series name")
            elif field_name == "colour":
                value = validation.colour(value)
            setattr(row, field_name, value.strip())
        orm.flush()
        return series_view(row)


def list_series(db: Database) -> list[SeriesView]:
    with db.unit_of_work() as orm:
        return [
            series_view(row)
            for row in orm.scalars(select(models.Series).order_by(models.Series.name))
        ]


def delete_series(db: Database, series_id: int) -> None:
    with db.unit_of_work() as orm:
        orm.delete(get_or_fail(orm, models.Series, series_id, "series"))


# --- seasons ------------------------------------------------------------------


def add_season(db: Database, series_id: int, year: int, *, notes: str = "") -> SeasonView:
    validation.season_year(year)
    with db.unit_of_work() as orm:
        series = get_or_fail(orm, models.Series, series_id, "series")
        if any(season.year == year for season in series.seasons):
            raise ValidationError(
                tr("{series} already has a season {year}.").format(series=series.name, year=year)
            )
        row = models.Season(series_id=series.id, year=year, notes=notes.strip())
        orm.add(row)
        orm.flush()
        orm.refresh(row)
        return season_view(row, round_count=0)


def list_seasons(db: Database, *, series_id: int | None = None) -> list[SeasonView]:
    with db.unit_of_work() as orm:
        counts = dict(
            orm.execute(
                select(models.Round.season_id, func.count(models.Round.id)).group_by(
                    models.Round.season_id
                )
            )
            .tuples()
            .all()
        )
        query = (
            select(models.Season)
            .join(models.Series)
            .options(selectinload(models.Season.series))
            .order_by(models.Season.year.desc(), models.Series.name)
        )
        if series_id is not None:
            query = query.where(models.Season.series_id == series_id)
        return [season_view(row, counts.get(row.id, 0)) for row in orm.scalars(query)]


def get_season(db: Database, season_id: int) -> SeasonView:
    """One season by id (a page shows one: listing them all to pick it read every season).

    One SQL text with its series and round count (``season_rows``; a season
    switch reads it twice: the page and the year actions' titles).
    """
    with db.unit_of_work() as orm:
        found = season_row(orm_runner(orm), season_id) if storable(season_id) else None
        if found is None:
            get_or_fail(orm, models.Season, season_id, "season")  # its message
            raise AssertionError("unreachable")
        return found


def delete_season(db: Database, season_id: int) -> None:
    with db.unit_of_work() as orm:
        orm.delete(get_or_fail(orm, models.Season, season_id, "season"))


# --- people and cars ----------------------------------------------------------


def add_driver(
    db: Database, name: str, *, nationality: str = "", followed: bool = False
) -> DriverView:
    checked = validation.required_text(name, "driver name")
    with db.unit_of_work() as orm:
        if orm.scalar(
            select(models.Driver).where(func.lower(models.Driver.name) == checked.lower())
        ):
            raise ValidationError(
                tr("A driver called “{name}” already exists.").format(name=checked)
            )
        row = models.Driver(
            name=checked, nationality=nationality.strip().upper()[:3], followed=followed
        )
        orm.add(row)
        orm.flush()
        return driver_view(row)


def edit_driver(
    db: Database,
    driver_id: int,
    *,
    name: str | None = None,
    nationality: str | None = None,
    followed: bool | None = None,
    expected_revision: int | None = None,
) -> DriverView:
    """Change what is given; refused (ConflictError) when ``expected_revision`` is given
    and someone else changed the driver since."""
    with db.unit_of_work() as orm:
        claim_revision(orm, "driver", driver_id, expected_revision)
        row = get_or_fail(orm, models.Driver, driver_id, "driver")
        before = (row.name, row.nationality, row.followed)
        if name is not None:
            row.name = validation.required_text(name, "driver name")
        if nationality is not None:
            row.nationality = nationality.strip().upper()[:3]
        if followed is not None:
            row.followed = followed
        if (row.name, row.nationality, row.followed) != before:
            bump(row)
        orm.flush()
        return driver_view(row)


def list_drivers(db: Database) -> list[DriverView]:
    with db.unit_of_work() as orm:
        return [
            driver_view(row)
            for row in orm.scalars(select(models.Driver).order_by(models.Driver.name))
        ]


def delete_driver(db: Database, driver_id: int) -> None:
    with db.unit_of_work() as orm:
        orm.delete(get_or_fail(orm, models.Driver, driver_id, "driver"))


def add_team(db: Database, name: str) -> TeamView:
    checked = validation.required_text(name, "team name")
    with db.unit_of_work() as orm:
        row = models.Team(name=checked)
        orm.add(row)
        orm.flush()
        return team_view(row)


def list_teams(db: Database) -> list[TeamView]:
    with db.unit_of_work() as orm:
        return [
            team_view(row) for row in orm.scalars(select(models.Team).order_by(models.Team.name))
        ]


def add_car(
    db: Database, *, model: str, number: str = "", car_class: str = "", team_id: int | None = None
) -> CarView:
    checked_model = validation.required_text(model, "car model")
    with db.unit_of_work() as orm:
        if team_id is not None:
            get_or_fail(orm, models.Team, team_id, "team")
        row = models.Car(
            model=checked_model,
            number=number.strip().lstrip("#"),
            car_class=car_class.strip(),
            team_id=team_id,
        )
        orm.add(row)
        orm.flush()
        orm.refresh(row)
        return car_view(row)


def list_cars(db: Database) -> list[CarView]:
    with db.unit_of_work() as orm:
        rows = orm.scalars(select(models.Car).options(selectinload(models.Car.team)))
        return [car_view(row) for row in rows]


def add_entry(
    db: Database,
    *,
    season_id: int,
    car_id: int,
    driver_ids: Sequence[int],
    round_id: int | None = None,
) -> EntryView:
    """Enter a car in a whole season (no round) or one round, with its crew in order."""
    if not driver_ids:
        raise ValidationError(tr("A crew needs at least one driver."))
    if len(set(driver_ids)) != len(driver_ids):
        raise ValidationError(tr("A driver is named twice in the crew."))
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        get_or_fail(orm, models.Car, car_id, "car")
        if round_id is not None:
            round_row = get_or_fail(orm, models.Round, round_id, "round")
            if round_row.season_id != season_id:
                raise ValidationError(tr("That round belongs to another season."))
        for driver_id in driver_ids:
            get_or_fail(orm, models.Driver, driver_id, "driver")
        row = models.Entry(season_id=season_id, round_id=round_id, car_id=car_id)
        row.crew = [
            models.EntryDriver(driver_id=driver_id, position=position)
            for position, driver_id in enumerate(driver_ids, start=1)
        ]
        orm.add(row)
        orm.flush()
        orm.refresh(row)
        return entry_view(row)


def set_entry_crew(db: Database, entry_id: int, driver_ids: Sequence[int]) -> EntryView:
    if not driver_ids:
        raise ValidationError(tr("A crew needs at least one driver."))
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Entry, entry_id, "entry")
        row.crew.clear()
        orm.flush()
        row.crew.extend(
            models.EntryDriver(driver_id=driver_id, position=position)
            for position, driver_id in enumerate(driver_ids, start=1)
        )
        orm.flush()
        orm.refresh(row)
        return entry_view(row)


def delete_entry(db: Database, entry_id: int) -> None:
    with db.unit_of_work() as orm:
        orm.delete(get_or_fail(orm, models.Entry, entry_id, "entry"))


def list_entries(db: Database, season_id: int) -> list[EntryView]:
    with db.unit_of_work() as orm:
        rows = orm.scalars(select(models.Entry).where(models.Entry.season_id == season_id))
        return [entry_view(row) for row in rows]
