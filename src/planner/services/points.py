"""Points systems per series season, and a small library for the demo series.

A system gives points per position for races and, where a series scores
them, for qualifying; it scores overall or class positions, and may add
bonus points for pole and for the fastest lap. The library's scales are the
usual ones of those series; the user can change every number (a series'
sporting regulations are the authority).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.db.result_models import PointsSystem
from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus, format_points
from planner.i18n import tr
from planner.services.lookup import get_or_fail


@dataclass(frozen=True)
class PointsScale:
    """What a season scores; ``race``/``qualifying`` are the points of 1st, 2nd, 3rd..."""

    name: str = ""
    race: tuple[float, ...] = ()
    qualifying: tuple[float, ...] = ()
    by_class: bool = False
    pole: float = 0.0
    fastest_lap: float = 0.0
    rounds_planned: int | None = None
    notes: str = ""

    @property
    def race_text(self) -> str:
        return points_list_text(self.race)

    @property
    def qualifying_text(self) -> str:
        return points_list_text(self.qualifying)


NO_POINTS = PointsScale()

_F1_TOP_10 = (25.0, 18.0, 15.0, 12.0, 10.0, 8.0, 6.0, 4.0, 2.0, 1.0)

LIBRARY: dict[str, PointsScale] = {
    "GT4 European Series": PointsScale(
        name="GT4 European Series",
        race=_F1_TOP_10,
        qualifying=(1.0,),
        rounds_planned=6,
        notes="Top 10 of each race; the fastest car of each qualifying scores.",
    ),
    "ADAC TCR Germany": PointsScale(
        name="ADAC TCR Germany",
        race=(25.0, 20.0, 16.0, 13.0, 11.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0),
        qualifying=(8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0),
        rounds_planned=7,
        notes="Top 8 of each qualifying, top 15 of each race.",
    ),
    "24H Series": PointsScale(
        name="24H Series (class)",
        race=(40.0, 36.0, 32.0, 28.0, 24.0, 20.0, 16.0, 12.0, 8.0, 4.0),
        by_class=True,
        rounds_planned=7,
        notes="Class positions score.",
    ),
    "Scandinavian Touring Car Championship": PointsScale(
        name="STCC", race=_F1_TOP_10, fastest_lap=1.0
    ),
}


def library_scale(series_name: str) -> PointsScale | None:
    """The library's system for a series (by its full name), if it has one."""
    return LIBRARY.get(series_name)


def points_list_text(points: tuple[float, ...]) -> str:
    return " ".join(format_points(value) for value in points)


def parse_points_list(text: str, what: str) -> tuple[float, ...]:
    """Points by position from text: "25 18 15 12" (spaces, commas or semicolons)."""
    values: list[float] = []
    for part in text.replace(",", " ").replace(";", " ").split():
        try:
            value = float(part)
        except ValueError:
            raise ValidationError(
                tr("“{part}” in the {what} is not a number of points.").format(
                    part=part, what=tr(what)
                )
            ) from None
        if value < 0:
            raise ValidationError(
                tr("Points cannot be negative (“{part}” in the {what}).").format(
                    part=part, what=tr(what)
                )
            )
        values.append(value)
    return tuple(values)


def _scale_of(row: PointsSystem | None) -> PointsScale:
    if row is None:
        return NO_POINTS
    return PointsScale(
        name=row.name,
        race=parse_points_list(row.race_points, "race points"),
        qualifying=parse_points_list(row.qualifying_points, "qualifying points"),
        by_class=row.by_class,
        pole=row.pole_points,
        fastest_lap=row.fastest_lap_points,
        rounds_planned=row.rounds_planned,
        notes=row.notes,
    )


def scale_in(orm: OrmSession, season_id: int) -> PointsScale:
    """The season's system inside a unit of work (no system: nothing scores)."""
    return _scale_of(orm.scalar(select(PointsSystem).where(PointsSystem.season_id == season_id)))


def points_system(db: Database, season_id: int) -> PointsScale:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        return scale_in(orm, season_id)


def set_points_system(db: Database, season_id: int, scale: PointsScale) -> PointsScale:
    """Store a season's system; returns the one it replaces (for undo)."""
    if scale.pole < 0 or scale.fastest_lap < 0:
        raise ValidationError(tr("Bonus points cannot be negative."))
    if scale.rounds_planned is not None and scale.rounds_planned <= 0:
        raise ValidationError(tr("A season has at least one round."))
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        row = orm.scalar(select(PointsSystem).where(PointsSystem.season_id == season_id))
        previous = _scale_of(row)
        if row is None:
            row = PointsSystem(season_id=season_id)
            orm.add(row)
        row.name = scale.name.strip()
        row.race_points = scale.race_text
        row.qualifying_points = scale.qualifying_text
        row.by_class = scale.by_class
        row.pole_points = scale.pole
        row.fastest_lap_points = scale.fastest_lap
        row.rounds_planned = scale.rounds_planned
        row.notes = scale.notes.strip()
        return previous


@dataclass(frozen=True)
class ScoredPlace:
    """What points need to know of a result."""

    kind: SessionKind
    status: ResultStatus
    position: int | None
    class_position: int | None
    pole: bool
    fastest_lap: bool
    typed_points: float | None


def points_scored(scale: PointsScale, place: ScoredPlace) -> float:
    """Points for one result: typed points win; only classified results score positions."""
    if place.typed_points is not None:
        return place.typed_points
    scored = 0.0
    position = place.class_position if scale.by_class else place.position
    table = {SessionKind.RACE: scale.race, SessionKind.QUALIFYING: scale.qualifying}.get(
        place.kind, ()
    )
    if place.status == ResultStatus.CLASSIFIED and position is not None and position <= len(table):
        scored += table[position - 1]
    if place.pole and place.kind == SessionKind.QUALIFYING:
        scored += scale.pole
    if place.fastest_lap and place.kind == SessionKind.RACE:
        scored += scale.fastest_lap
    return scored
