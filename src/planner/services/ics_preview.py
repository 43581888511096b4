"""What importing an .ics file would do, for the window to show before it imports
(:func:`preview_ics`): the rounds and sessions, the places no circuit matches,
and the dry run.

Kept apart from :mod:`planner.services.ics_import` (whose planning it shares), so
that a command-line import does not build these dataclasses: ~15 M instructions
of ``planner import ics`` (callgrind).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.kinds import SessionStatus
from planner.domain.memo import memoized
from planner.ical import read_calendar
from planner.ical.dialect import X_KIND, X_SESSION
from planner.services import validation
from planner.services.ics_guess import calendar_name, decoded_text
from planner.services.ics_import import (
    IcsImportReport,
    _Counts,
    _days_of,
    _FileHints,
    _groups,
    _kind,
    _Library,
    _plain_summary,
    _plan,
    _Planned,
    _status,
    import_ics,
)
from planner.services.ics_reads import library_circuits, series_names
from planner.services.track_clock import TrackClock

if TYPE_CHECKING:
    from planner.db.database import Database


@dataclass(frozen=True)
class PreviewSession:
    name: str
    kind: str
    start_wall: datetime  # at the circuit
    zone: str  # the circuit's zone
    start_utc: datetime
    duration_minutes: int
    cancelled: bool


@dataclass(frozen=True)
class PreviewRound:
    """One weekend as it would be imported: its season, circuit and days."""

    series: str
    year: int
    circuit: str
    circuit_key: str
    first_day: date
    last_day: date
    sessions: tuple[PreviewSession, ...]


@dataclass(frozen=True)
class IcsPreview:
    """What importing a file would do. ``unknown_places``: place -> the events there,
    for the user to pick a circuit each; ``problem``: why it cannot be imported as
    chosen (e.g. the series is not named); ``report``: the dry run, None until both
    are settled."""

    source: str
    rounds: tuple[PreviewRound, ...]
    unknown_places: tuple[tuple[str, tuple[str, ...]], ...]
    problem: str
    report: IcsImportReport | None

    @property
    def can_import(self) -> bool:
        return self.report is not None and bool(self.rounds)


def preview_ics(
    db: Database,
    data: bytes,
    *,
    source_name: str,
    series: str | None = None,
    year: int | None = None,
    places: Mapping[str, str] | None = None,
    floating_zone: str | None = None,
) -> IcsPreview:
    """The rounds and sessions a file would give, its unknown places, and the dry run.

    Nothing is stored. A file that cannot be read raises ImportFormatError.
    """
    data, text, _warning = decoded_text(data, source_name)  # the import reports the warning
    events = read_calendar(data, source_name=source_name, floating_zone=floating_zone, text=text)
    if year is not None:
        validation.season_year(year)
    hints = _FileHints(calendar_name(data[:65536].decode("utf-8", errors="replace")))
    unknown: dict[str, list[str]] = {}
    problem = ""
    planned: list[_Planned] = []
    from planner.services.feeds.rows import orm_runner

    with db.unit_of_work() as orm:
        run = orm_runner(orm)
        library = _Library(library_circuits(run), series_names(run))
        try:
            planned = _plan(
                library,
                events,
                series,
                year,
                None,
                source_name,
                _Counts(),
                hints,
                places,
                unknown,
                clock=TrackClock(),
            )
        except ValidationError as error:
            problem = str(error)
    rounds = []
    kind_of = memoized(_kind)  # names repeat: each judged once
    for items in _groups(planned):
        first_day, last_day = _days_of(items)
        sessions = []
        for item in sorted(items, key=lambda planned_item: planned_item.start_utc):
            name = (item.facts.get(X_SESSION) or _plain_summary(item.event.summary)).strip()
            minutes = int((item.end_utc - item.start_utc).total_seconds() // 60)
            sessions.append(
                PreviewSession(
                    name=name or "?",
                    kind=kind_of((item.facts.get(X_KIND), name)),
                    start_wall=item.at_track.wall,
                    zone=item.track.timezone,
                    start_utc=item.start_utc,
                    duration_minutes=minutes,
                    cancelled=_status(item.event) == SessionStatus.CANCELLED.value,
                )
            )
        first = items[0]
        rounds.append(
            PreviewRound(
                series=first.series,
                year=first.year,
                circuit=first.track.name,
                circuit_key=first.track.key,
                first_day=first_day,
                last_day=last_day,
                sessions=tuple(sessions),
            )
        )
    rounds.sort(key=lambda found: (found.series.casefold(), found.year, found.first_day))
    report = None
    if not unknown and not problem:
        try:
            report = import_ics(
                db,
                data,
                source_name=source_name,
                series=series,
                year=year,
                floating_zone=floating_zone,
                places=places,
                dry_run=True,
            )
        except PlannerError as error:
            problem = str(error)
    return IcsPreview(
        source=source_name,
        rounds=tuple(rounds),
        unknown_places=tuple((place, tuple(events)) for place, events in unknown.items()),
        problem=problem,
        report=report,
    )
