"""Weekend templates: the usual sessions of a series, created in one step.

A template is data (name, kind, day offset from the round's first day,
default wall time at the track, minutes). Applying one creates every
session through ``sessions.add_sessions`` in one unit of work: all or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Literal

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.services import queries, sessions
from planner.services.sessions import NewSession
from planner.services.views import SessionView


@dataclass(frozen=True)
class TemplateSession:
    name: str
    kind: SessionKind
    day_offset: int  # days after the round's first day
    start: time  # default wall-clock time at the track
    minutes: int | None


@dataclass(frozen=True)
class WeekendTemplate:
    key: str
    name: str
    sessions: tuple[TemplateSession, ...]

    @property
    def days(self) -> int:
        """How many days the template spans (1 for a one-day event)."""
        return max((item.day_offset for item in self.sessions), default=0) + 1


GT4_EUROPEAN_SERIES = WeekendTemplate(
    key="gt4-european-series",
    name="GT4 European Series weekend",
    sessions=(
        TemplateSession("Free Practice 1", SessionKind.PRACTICE, 0, time(12, 0), 60),
        TemplateSession("Free Practice 2", SessionKind.PRACTICE, 0, time(17, 0), 60),
        TemplateSession("Qualifying 1", SessionKind.QUALIFYING, 1, time(11, 0), 20),
        TemplateSession("Qualifying 2", SessionKind.QUALIFYING, 1, time(11, 30), 20),
        TemplateSession("Race 1", SessionKind.RACE, 1, time(17, 0), 60),
        TemplateSession("Race 2", SessionKind.RACE, 2, time(11, 30), 60),
    ),
)

TCR_GERMANY = WeekendTemplate(
    key="tcr-germany",
    name="TCR Germany weekend",
    sessions=(
        TemplateSession("Free Practice 1", SessionKind.PRACTICE, 0, time(10, 0), 30),
        TemplateSession("Free Practice 2", SessionKind.PRACTICE, 0, time(15, 0), 30),
        TemplateSession("Qualifying 1", SessionKind.QUALIFYING, 1, time(10, 0), 20),
        TemplateSession("Race 1", SessionKind.RACE, 1, time(15, 0), 30),
        TemplateSession("Qualifying 2", SessionKind.QUALIFYING, 2, time(10, 0), 20),
        TemplateSession("Race 2", SessionKind.RACE, 2, time(14, 0), 30),
    ),
)

TWELVE_HOUR_RACE_IN_TWO_PARTS = WeekendTemplate(
    key="12h-two-parts",
    name="12-hour race in two parts",
    sessions=(
        TemplateSession("Free Practice", SessionKind.PRACTICE, 0, time(16, 0), 90),
        TemplateSession("Qualifying", SessionKind.QUALIFYING, 0, time(19, 0), 45),
        TemplateSession("Race – Part 1", SessionKind.RACE, 1, time(14, 0), 360),
        TemplateSession("Race – Part 2", SessionKind.RACE, 2, time(14, 0), 360),
    ),
)

TEMPLATES: tuple[WeekendTemplate, ...] = (
    GT4_EUROPEAN_SERIES,
    TCR_GERMANY,
    TWELVE_HOUR_RACE_IN_TWO_PARTS,
)


def get_template(key: str) -> WeekendTemplate:
    for template in TEMPLATES:
        if template.key == key:
            return template
    raise KeyError(key)


def new_sessions(template: WeekendTemplate, first_day_start: datetime) -> list[NewSession]:
    """The template's sessions placed on a weekend whose first day is ``first_day_start``."""
    first_day = first_day_start.date()
    return [
        NewSession(
            name=item.name,
            kind=item.kind,
            start_wall=datetime.combine(first_day + timedelta(days=item.day_offset), item.start),
            duration_minutes=item.minutes,
        )
        for item in template.sessions
    ]


TemplateMode = Literal["add", "missing", "replace"]


def crew_drivers(kind: SessionKind, crew: Sequence[int]) -> list[int]:
    """Who a template session gets from the car's crew: the first driver for a
    qualifying (one drives it; the family picks), the whole crew as a race's stints."""
    if kind == SessionKind.QUALIFYING:
        return list(crew[:1])
    if kind == SessionKind.RACE:
        return list(crew)
    return []


def apply_template(
    db: Database, round_id: int, template_key: str, mode: TemplateMode = "add"
) -> list[SessionView]:
    """Create the template's sessions in the round, all or none.

    ``mode``: "add" refuses a name the round has already; "missing" adds only
    the sessions the round lacks; "replace" removes the round's sessions first.
    Where one car is entered, its crew drives the qualifying and race sessions.
    A template longer than the round is squeezed onto its last day rather
    than refused: the times are only defaults, to be typed over.
    """
    template = get_template(template_key)
    weekend = queries.weekend(db, round_id)
    round_view = weekend.round
    crews = [entry.crew for entry in weekend.entries if entry.crew]
    crew = [driver.id for driver in crews[0]] if len(crews) == 1 else []
    taken = {session.name.casefold() for session in weekend.sessions}
    span = (round_view.last_day - round_view.first_day).days
    items = []
    for new in new_sessions(template, datetime.combine(round_view.first_day, time())):
        if mode == "missing" and new.name.casefold() in taken:
            continue
        offset = min((new.start_wall.date() - round_view.first_day).days, span)
        start = datetime.combine(
            round_view.first_day + timedelta(days=offset), new.start_wall.time()
        )
        items.append(
            NewSession(
                name=new.name,
                kind=new.kind,
                start_wall=start,
                duration_minutes=new.duration_minutes,
            )
        )
    drivers = [crew_drivers(SessionKind(str(item.kind)), crew) for item in items]
    return sessions.add_sessions(db, round_id, items, drivers=drivers, replace=mode == "replace")
