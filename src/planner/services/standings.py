"""Championship standings of a season after a round.

Our drivers' points are computed from their results (a shared car's points
go to each driver of its crew); the rest of the field comes from a table the
series published after that round, pasted or typed. Each row says which of
the two it is, and its gap to the leader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, select

from planner.db import models
from planner.db.database import Database
from planner.db.result_models import PublishedStanding, SessionResult
from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionStatus
from planner.i18n import tr
from planner.importing.standings_table import parse_standings
from planner.services.convert import season_view
from planner.services.lookup import get_or_fail
from planner.services.points import scale_in
from planner.services.results import result_values, scored_points
from planner.services.views import SeasonView

Source = Literal["computed", "published"]


@dataclass(frozen=True)
class PublishedRow:
    position: int
    driver_name: str
    nationality: str
    points: float


@dataclass(frozen=True)
class StandingRow:
    position: int
    driver: str
    nationality: str
    points: float
    gap: float  # points behind the leader (0 for the leader)
    source: Source


@dataclass(frozen=True)
class Standings:
    season: SeasonView
    after_round: int | None  # None: nothing scored or published yet
    rounds_total: int
    rows: tuple[StandingRow, ...]


def standings(db: Database, season_id: int, after_round: int | None = None) -> Standings:
    """The table after ``after_round`` (default: the last round with results or a table)."""
    with db.unit_of_work() as orm:
        season = get_or_fail(orm, models.Season, season_id, "season")
        scale = scale_in(orm, season_id)
        numbers = [round_row.number for round_row in season.rounds]
        rounds_total = max([scale.rounds_planned or 0, len(numbers), *numbers])
        results = orm.execute(
            select(SessionResult, models.Session, models.Round)
            .join(models.Session, SessionResult.session_id == models.Session.id)
            .join(models.Round, models.Session.round_id == models.Round.id)
            .where(models.Round.season_id == season_id)
        ).all()
        published_rounds = set(
            orm.scalars(
                select(PublishedStanding.after_round).where(
                    PublishedStanding.season_id == season_id
                )
            )
        )
        scored_rounds = {round_row.number for _, _, round_row in results}
        if after_round is None:
            known = scored_rounds | published_rounds
            after_round = max(known) if known else None
        if after_round is not None and after_round > rounds_total:
            raise ValidationError(
                tr("{season} has {count} rounds; there is no round {number}.").format(
                    season=f"{season.series.name} {season.year}",
                    count=rounds_total,
                    number=after_round,
                )
            )
        computed: dict[int, float] = {}
        drivers: dict[int, models.Driver] = {}
        for result, session, round_row in results:
            if after_round is None or round_row.number > after_round:
                continue
            if session.status == SessionStatus.CANCELLED:
                continue
            points = scored_points(scale, session.kind, result_values(result))
            for member in result.entry.crew:
                drivers[member.driver_id] = member.driver
                computed[member.driver_id] = computed.get(member.driver_id, 0.0) + points
        published = (
            orm.scalars(
                select(PublishedStanding)
                .where(
                    PublishedStanding.season_id == season_id,
                    PublishedStanding.after_round == after_round,
                )
                .order_by(PublishedStanding.position)
            ).all()
            if after_round is not None
            else []
        )
        ours = {driver.name.casefold() for driver in drivers.values()}
        merged: list[tuple[float, int, str, str, Source]] = [
            (row.points, row.position, row.driver_name, row.nationality, "published")
            for row in published
            if row.driver_name.casefold() not in ours
        ]
        merged.extend(
            (points, 10_000, drivers[driver_id].name, drivers[driver_id].nationality, "computed")
            for driver_id, points in computed.items()
        )
        merged.sort(key=lambda item: (-item[0], item[1], item[2]))
        leader = merged[0][0] if merged else 0.0
        rows: list[StandingRow] = []
        for index, (points, _, name, nationality, source) in enumerate(merged):
            tied = rows and rows[-1].points == points
            rows.append(
                StandingRow(
                    position=rows[-1].position if tied else index + 1,
                    driver=name,
                    nationality=nationality,
                    points=points,
                    gap=leader - points,
                    source=source,
                )
            )
        return Standings(
            season=season_view(season, len(numbers)),
            after_round=after_round,
            rounds_total=rounds_total,
            rows=tuple(rows),
        )


def published_table(db: Database, season_id: int, after_round: int) -> tuple[PublishedRow, ...]:
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        return tuple(
            PublishedRow(row.position, row.driver_name, row.nationality, row.points)
            for row in orm.scalars(
                select(PublishedStanding)
                .where(
                    PublishedStanding.season_id == season_id,
                    PublishedStanding.after_round == after_round,
                )
                .order_by(PublishedStanding.position, PublishedStanding.id)
            )
        )


def set_published_table(
    db: Database, season_id: int, after_round: int, rows: Sequence[PublishedRow]
) -> tuple[PublishedRow, ...]:
    """Replace the published table after a round; returns the one it replaces (for undo)."""
    if after_round <= 0:
        raise ValidationError(tr("A round number is 1 or more."))
    names = [row.driver_name.strip().casefold() for row in rows]
    if len(set(names)) != len(names):
        raise ValidationError(tr("A driver is named twice in the table."))
    previous = published_table(db, season_id, after_round)
    with db.unit_of_work() as orm:
        get_or_fail(orm, models.Season, season_id, "season")
        orm.execute(
            delete(PublishedStanding).where(
                PublishedStanding.season_id == season_id,
                PublishedStanding.after_round == after_round,
            )
        )
        for row in rows:
            if not row.driver_name.strip():
                raise ValidationError(tr("A row of the table has no driver."))
            if row.points < 0 or row.position <= 0:
                raise ValidationError(
                    tr("“{driver}”: positions are 1 or more and points not negative.").format(
                        driver=row.driver_name
                    )
                )
            orm.add(
                PublishedStanding(
                    season_id=season_id,
                    after_round=after_round,
                    position=row.position,
                    driver_name=row.driver_name.strip(),
                    nationality=row.nationality.strip().upper()[:3],
                    points=row.points,
                )
            )
        return previous


@dataclass(frozen=True)
class TableUnreadLine:
    line_number: int
    text: str
    reason: str


def read_published_table(text: str) -> tuple[tuple[PublishedRow, ...], tuple[TableUnreadLine, ...]]:
    """The rows of a pasted table, and the lines that are not rows."""
    parsed = parse_standings(text)
    return (
        tuple(
            PublishedRow(row.position, row.driver_name, row.nationality, row.points)
            for row in parsed.rows
        ),
        tuple(TableUnreadLine(line.line_number, line.text, line.reason) for line in parsed.unread),
    )
