"""Rename and delete drivers, teams and cars, with what uses them shown first and a
snapshot that brings a deleted one back exactly (same identifier) on undo."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.i18n import tr
from planner.services import validation
from planner.services.convert import car_view, driver_view, team_view
from planner.services.lookup import get_or_fail
from planner.services.revisions import bump, claim_revision
from planner.services.views import CarView, DriverView, TeamView


@dataclass(frozen=True)
class DriverSnapshot:
    id: int
    name: str
    nationality: str
    followed: bool
    crew_places: tuple[tuple[int, int], ...]  # (entry id, position)
    stints: tuple[tuple[int, int], ...]  # (session id, stint order)


@dataclass(frozen=True)
class TeamSnapshot:
    id: int
    name: str
    car_ids: tuple[int, ...]


@dataclass(frozen=True)
class EntrySnapshot:
    id: int
    season_id: int
    round_id: int | None
    crew: tuple[tuple[int, int], ...]  # (driver id, position)


@dataclass(frozen=True)
class CarSnapshot:
    id: int
    team_id: int | None
    number: str
    model: str
    car_class: str
    entries: tuple[EntrySnapshot, ...]


def _entry_label(entry: models.Entry) -> str:
    season = entry.season
    return f"{season.series.name} {season.year}"


# --- what uses them ------------------------------------------------------------------


def driver_usage(db: Database, driver_id: int) -> list[str]:
    """Lines saying where the driver appears: crews, and how many sessions they drive."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Driver, driver_id, "driver")
        lines = [
            tr("Crew of {car} in {season}").format(
                car=car_view(place.entry.car).label, season=_entry_label(place.entry)
            )
            for place in orm.scalars(
                select(models.EntryDriver).where(models.EntryDriver.driver_id == row.id)
            )
        ]
        count = orm.scalar(
            select(func.count())
            .select_from(models.SessionDriver)
            .where(models.SessionDriver.driver_id == row.id)
        )
        if count:
            lines.append(tr("Drives {count} sessions").format(count=count))
        return lines


def team_usage(db: Database, team_id: int) -> list[str]:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Team, team_id, "team")
        cars = orm.scalars(select(models.Car).where(models.Car.team_id == team_id))
        return [tr("Team of {car}").format(car=car_view(car).label) for car in cars]


def car_usage(db: Database, car_id: int) -> list[str]:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Car, car_id, "car")
        entries = orm.scalars(select(models.Entry).where(models.Entry.car_id == car_id))
        return [tr("Entered in {season}").format(season=_entry_label(e)) for e in entries]


# --- read one --------------------------------------------------------------------------


def get_driver(db: Database, driver_id: int) -> DriverView:
    with db.unit_of_work() as orm:
        return driver_view(get_or_fail(orm, models.Driver, driver_id, "driver"))


def get_team(db: Database, team_id: int) -> TeamView:
    with db.unit_of_work() as orm:
        return team_view(get_or_fail(orm, models.Team, team_id, "team"))


def get_car(db: Database, car_id: int) -> CarView:
    with db.unit_of_work() as orm:
        return car_view(get_or_fail(orm, models.Car, car_id, "car"))


# --- rename ------------------------------------------------------------------------------


def rename_driver(
    db: Database, driver_id: int, name: str, *, expected_revision: int | None = None
) -> DriverView:
    checked = validation.required_text(name, "driver name")
    with db.unit_of_work() as orm:
        claim_revision(orm, "driver", driver_id, expected_revision)
        row = get_or_fail(orm, models.Driver, driver_id, "driver")
        other = orm.scalar(
            select(models.Driver).where(
                func.lower(models.Driver.name) == checked.lower(), models.Driver.id != row.id
            )
        )
        if other is not None:
            raise ValidationError(
                tr("A driver called “{name}” already exists.").format(name=checked)
            )
        if checked != row.name:
            row.name = checked
            bump(row)
        orm.flush()
        return driver_view(row)


def rename_team(
    db: Database, team_id: int, name: str, *, expected_revision: int | None = None
) -> TeamView:
    checked = validation.required_text(name, "team name")
    with db.unit_of_work() as orm:
        claim_revision(orm, "team", team_id, expected_revision)
        row = get_or_fail(orm, models.Team, team_id, "team")
        other = orm.scalar(
            select(models.Team).where(
                func.lower(models.Team.name) == checked.lower(), models.Team.id != row.id
            )
        )
        if other is not None:
            raise ValidationError(tr("A team called “{name}” already exists.").format(name=checked))
        if checked != row.name:
            row.name = checked
            bump(row)
        orm.flush()
        return team_view(row)


def rename_car(
    db: Database, car_id: int, model: str, *, expected_revision: int | None = None
) -> CarView:
    checked = validation.required_text(model, "car model")
    with db.unit_of_work() as orm:
        claim_revision(orm, "car", car_id, expected_revision)
        row = get_or_fail(orm, models.Car, car_id, "car")
        if checked != row.model:
            row.model = checked
            bump(row)
        orm.flush()
        return car_view(row)


# --- delete and restore -------------------------------------------------------------------


def delete_driver(db: Database, driver_id: int) -> DriverSnapshot:
    """Delete a driver with their crew places and stints; the snapshot restores all."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Driver, driver_id, "driver")
        places = list(
            orm.scalars(select(models.EntryDriver).where(models.EntryDriver.driver_id == row.id))
        )
        stints = list(
            orm.scalars(
                select(models.SessionDriver).where(models.SessionDriver.driver_id == row.id)
            )
        )
        snapshot = DriverSnapshot(
            id=row.id,
            name=row.name,
            nationality=row.nationality,
            followed=row.followed,
            crew_places=tuple((place.entry_id, place.position) for place in places),
            stints=tuple((stint.session_id, stint.stint_order) for stint in stints),
        )
        for item in [*places, *stints]:
            orm.delete(item)
        orm.flush()
        orm.delete(row)
        return snapshot


def restore_driver(db: Database, snapshot: DriverSnapshot) -> DriverView:
    with db.unit_of_work() as orm:
        row = models.Driver(
            id=snapshot.id,
            name=snapshot.name,
            nationality=snapshot.nationality,
            followed=snapshot.followed,
        )
        orm.add(row)
        orm.flush()
        for entry_id, position in snapshot.crew_places:
            orm.add(models.EntryDriver(entry_id=entry_id, driver_id=row.id, position=position))
        for session_id, order in snapshot.stints:
            orm.add(
                models.SessionDriver(session_id=session_id, driver_id=row.id, stint_order=order)
            )
        orm.flush()
        return driver_view(row)


def delete_team(db: Database, team_id: int) -> TeamSnapshot:
    """Delete a team; its cars stay, without a team, until an undo gives it back."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Team, team_id, "team")
        cars = list(orm.scalars(select(models.Car).where(models.Car.team_id == row.id)))
        snapshot = TeamSnapshot(id=row.id, name=row.name, car_ids=tuple(car.id for car in cars))
        for car in cars:
            car.team_id = None
        orm.flush()
        orm.delete(row)
        return snapshot


def restore_team(db: Database, snapshot: TeamSnapshot) -> TeamView:
    with db.unit_of_work() as orm:
        row = models.Team(id=snapshot.id, name=snapshot.name)
        orm.add(row)
        orm.flush()
        for car_id in snapshot.car_ids:
            get_or_fail(orm, models.Car, car_id, "car").team_id = row.id
        orm.flush()
        return team_view(row)


def delete_car(db: Database, car_id: int) -> CarSnapshot:
    """Delete a car and its entries (with their crews); the snapshot restores all."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Car, car_id, "car")
        entries = list(orm.scalars(select(models.Entry).where(models.Entry.car_id == row.id)))
        snapshot = CarSnapshot(
            id=row.id,
            team_id=row.team_id,
            number=row.number,
            model=row.model,
            car_class=row.car_class,
            entries=tuple(
                EntrySnapshot(
                    id=entry.id,
                    season_id=entry.season_id,
                    round_id=entry.round_id,
                    crew=tuple((place.driver_id, place.position) for place in entry.crew),
                )
                for entry in entries
            ),
        )
        for entry in entries:
            orm.delete(entry)
        orm.flush()
        orm.delete(row)
        return snapshot


def restore_car(db: Database, snapshot: CarSnapshot) -> CarView:
    with db.unit_of_work() as orm:
        row = models.Car(
            id=snapshot.id,
            team_id=snapshot.team_id,
            number=snapshot.number,
            model=snapshot.model,
            car_class=snapshot.car_class,
        )
        orm.add(row)
        orm.flush()
        _restore_entries(orm, row.id, snapshot.entries)
        orm.refresh(row)
        return car_view(row)


def _restore_entries(orm: OrmSession, car_id: int, entries: tuple[EntrySnapshot, ...]) -> None:
    for saved in entries:
        entry = models.Entry(
            id=saved.id, season_id=saved.season_id, round_id=saved.round_id, car_id=car_id
        )
        entry.crew = [
            models.EntryDriver(driver_id=driver_id, position=position)
            for driver_id, position in saved.crew
        ]
        orm.add(entry)
    orm.flush()
