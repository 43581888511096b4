"""Pasted timetables and season calendars -> a preview the user can correct -> one import.

Schedules: :func:`preview_schedule` reads the text with the round's days,
decides the zone the times are written in (the user's choice, else what the
text says, else the track's clock), puts every session on the track's wall
clock and pairs it with the round's existing sessions: by name (any case),
else by kind and order with no contradicting number ("Qualifying" and
"Qualifying 1"). Each row says whether it adds a session, updates one (and
what changes) or changes nothing. A time that cannot be placed (the clocks
skip it) or a start outside the round's days is a problem of that row, not
an error of the whole preview.

Rows are frozen values: the GUI replaces a corrected row with
:func:`edit_schedule_row`, which settles what follows from the change.
:func:`apply_schedule` stores every importable row in one unit of work and
returns the round's sessions as they were before, so undo is
``replace_round_sessions(db, round_id, result.before)``.

Calendars: :func:`preview_calendar` reads "April 22nd-23rd - Monza, Italy"
lines, matches each place with the circuit library and with the season's
rounds; :func:`apply_calendar` creates and updates rounds in one unit of
work and :func:`undo_calendar` takes that back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import (
    AmbiguousTimeError,
    ImportFormatError,
    TimeRuleError,
    ValidationError,
)
from planner.domain.kinds import SessionKind, SessionStatus
from planner.domain.track_time import UTC, localize, utc_to_wall, wall_to_utc, zone
from planner.i18n import tr
from planner.importing.circuit_match import CircuitNames
from planner.importing.schedule_text import ParsedSession, UnreadLine, parse_schedule
from planner.importing.season_calendar import ParsedRound, parse_season_calendar
from planner.importing.written_zone import WrittenZone, resolve_written_zone
from planner.services import validation
from planner.services.convert import session_snapshot, track_view
from planner.services.lookup import get_or_fail
from planner.services.session_rows import checked_start, utc_now_naive
from planner.services.sessions import (
    NewSession,
    _build,
    _refuse_duplicate_name,
)
from planner.services.views import SessionSnapshot, TrackView

__all__ = [
    "CalendarPreview",
    "CalendarResult",
    "CalendarRow",
    "ExistingSession",
    "ImportAction",
    "ImportResult",
    "RoundBefore",
    "RoundFrame",
    "SchedulePreview",
    "ScheduleRow",
    "SeasonRound",
    "UnreadLine",
    "WrittenZone",
    "apply_calendar",
    "apply_schedule",
    "decode_text",
    "edit_calendar_row",
    "edit_schedule_row",
    "preview_calendar",
    "preview_schedule",
    "preview_schedule_in_frame",
    "round_frame",
    "text_of_file",
    "undo_calendar",
]

ImportAction = Literal["add", "update", "unchanged"]
ZoneSource = Literal["chosen", "text", "track"]
TRACK_TIME = "track"
"""The ``written_in`` choice meaning "the times are the track's own clock"."""

# --- reading text files -------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with: UTF-8 (with or without BOM),
    else Windows-1252 (what Notepad and older Office save in Sweden)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise ImportFormatError(
            tr("The file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.")
        ) from None


def text_of_file(data: bytes) -> tuple[str, str]:
    """The text of a timetable file and how it was read: "pdf" (the page text of an
    official timetable PDF, laid out as printed), else as :func:`decode_text` reads it."""
    from planner.importing.pdf_text import looks_like_pdf, pdf_text

    if looks_like_pdf(data):
        return pdf_text(data), "pdf"
    return decode_text(data)


# --- schedules: values ----------------------------------------------------------------


@dataclass(frozen=True)
class ExistingSession:
    """A session the round already has, as far as an import compares it."""

    id: int
    name: str
    kind: SessionKind
    start_wall: datetime
    duration_minutes: int | None
    broadcast: str
    notes: str


@dataclass(frozen=True)
class RoundFrame:
    """The round a schedule goes into: its days, its track's zone and its sessions."""

    round_id: int
    title: str
    track_name: str
    track_zone: str
    first_day: date
    last_day: date
    existing: tuple[ExistingSession, ...]


@dataclass(frozen=True)
class ScheduleRow:
    """One session of the text, placed at the track and compared with the round.

    ``track_start`` is naive wall-clock time at the track (None when it could
    not be placed); ``written_start`` is the time as the text writes it, in
    ``written_zone``. For a row that matches an existing session, ``name``
    and ``kind`` start as that session's (the text's name is ``written_name``).
    ``changes`` names what an update changes: "name", "kind", "time",
    "duration", "broadcast", "notes". ``problem`` is why the row cannot be
    imported as it is; ``include`` is False for a row the user left out.
    """

    line_number: int
    source_text: str
    written_name: str
    name: str
    kind: SessionKind
    written_start: datetime
    written_zone: str
    track_start: datetime | None
    track_zone: str
    is_dst: bool | None
    utc_start: datetime | None
    duration_minutes: int | None
    broadcast: str
    notes: str
    existing: ExistingSession | None
    action: ImportAction
    changes: tuple[str, ...]
    problem: str = ""
    include: bool = True
    time_problem: str = ""
    set_aside: str = ""
    """Why the reader left this row out ("Gates open", a repeated TV listing); "" if not."""
    tentative: bool = False
    """The text gives no time yet ("TBC"): added as to be confirmed; an existing
    session's time is kept."""

    @property
    def existing_id(self) -> int | None:
        return None if self.existing is None else self.existing.id

    @property
    def track_end(self) -> datetime | None:
        """The end on the track's clock (real elapsed time, across a DST change too)."""
        if self.utc_start is None or self.duration_minutes is None:
            return None
        return utc_to_wall(
            self.utc_start + timedelta(minutes=self.duration_minutes), self.track_zone
        )

    @property
    def written_differs(self) -> bool:
        """Whether the text's clock shows another time than the track's clock."""
        return self.track_start is not None and self.track_start != self.written_start

    @property
    def importable(self) -> bool:
        return self.include and not self.problem

    @property
    def changes_something(self) -> bool:
        return self.importable and self.action != "unchanged"


@dataclass(frozen=True)
class SchedulePreview:
    """What the text says, ready to check, correct and import."""

    frame: RoundFrame
    rows: tuple[ScheduleRow, ...]
    unread: tuple[UnreadLine, ...]
    warnings: tuple[str, ...]
    written_zone: str
    written_in: WrittenZone | None
    zone_source: ZoneSource
    heading: str

    @property
    def to_import(self) -> tuple[ScheduleRow, ...]:
        """Rows that add or change a session."""
        return tuple(row for row in self.rows if row.changes_something)

    @property
    def problems(self) -> tuple[ScheduleRow, ...]:
        return tuple(row for row in self.rows if row.include and row.problem)

    def with_row(self, index: int, row: ScheduleRow) -> SchedulePreview:
        rows = list(self.rows)
        rows[index] = row
        return replace(self, rows=_flag_repeated_names(self.frame, rows))


@dataclass(frozen=True)
class ImportResult:
    """What an import did; ``before``/``after`` are the round's sessions around it."""

    round_id: int
    added: int
    updated: int
    unchanged: int
    left_out: int
    before: tuple[SessionSnapshot, ...]
    after: tuple[SessionSnapshot, ...]

    @property
    def changed_anything(self) -> bool:
        return self.added + self.updated > 0


# --- schedules: preview --------------------------------------------------------------


def preview_schedule(
    db: Database, round_id: int, text: str, *, written_in: str | None = None
) -> SchedulePreview:
    """Read a pasted timetable for a round; nothing is stored.

    ``written_in`` is the zone the user says the times are in: an IANA name,
    or ``"track"`` for the track's own clock; None trusts the text.
    """
    return preview_schedule_in_frame(round_frame(db, round_id), text, written_in=written_in)


def preview_schedule_in_frame(
    frame: RoundFrame, text: str, *, written_in: str | None = None
) -> SchedulePreview:
    """:func:`preview_schedule` for a round already read: no database, so it can run on a
    worker thread while the window stays responsive."""
    parsed = parse_schedule(
        text, year=frame.first_day.year, first_day=frame.first_day, last_day=frame.last_day
    )
    chosen = frame.track_zone if (written_in or "").strip().lower() == TRACK_TIME else written_in
    written_zone = resolve_written_zone(parsed.written_in, frame.track_zone, chosen)
    drafts = [_draft_row(frame, session, written_zone) for session in parsed.sessions]
    rows = _flag_repeated_names(frame, _paired_with_existing(frame, drafts))
    return SchedulePreview(
        frame=frame,
        rows=tuple(rows),
        unread=parsed.unread,
        warnings=parsed.warnings,
        written_zone=written_zone,
        written_in=parsed.written_in,
        zone_source=_zone_source(parsed.written_in, chosen),
        heading=parsed.heading,
    )


def round_frame(db: Database, round_id: int) -> RoundFrame:
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Round, round_id, "round")
        season = row.season
        label = season.series.short_name or season.series.name
        place = row.name or row.track.short_name or row.track.name
        return RoundFrame(
            round_id=row.id,
            title=f"{label} {season.year} R{row.number} · {place}",
            track_name=row.track.name,
            track_zone=row.track.timezone,
            first_day=row.first_day,
            last_day=row.last_day,
            existing=tuple(_existing(session) for session in row.sessions),
        )


def _existing(row: models.Session) -> ExistingSession:
    return ExistingSession(
        id=row.id,
        name=row.name,
        kind=SessionKind(row.kind),
        start_wall=row.start_wall,
        duration_minutes=row.duration_minutes,
        broadcast=row.broadcast,
        notes=row.notes,
    )


def _zone_source(written_in: WrittenZone | None, chosen: str | None) -> ZoneSource:
    if chosen:
        return "chosen"
    if written_in is None or written_in.kind == "track" or written_in.zone_name is None:
        return "track"
    return "text"


def _draft_row(frame: RoundFrame, session: ParsedSession, written_zone: str) -> ScheduleRow:
    written_start = datetime.combine(session.day, session.start)
    track_start, is_dst, time_problem = _on_track_clock(
        written_start, written_zone, frame.track_zone
    )
    row = ScheduleRow(
        line_number=session.line_number,
        source_text=session.source_text,
        written_name=session.name,
        name=session.name,
        kind=session.kind,
        written_start=written_start,
        written_zone=written_zone,
        track_start=track_start,
        track_zone=frame.track_zone,
        is_dst=is_dst,
        utc_start=None,
        duration_minutes=session.duration_minutes,
        broadcast=session.broadcast,
        notes=session.notes,
        existing=None,
        action="add",
        changes=(),
        time_problem=time_problem,
        include=not session.set_aside,
        set_aside=session.set_aside,
        tentative=session.tentative,
    )
    return _settled(frame, row)


def _on_track_clock(
    written_start: datetime, written_zone: str, track_zone: str
) -> tuple[datetime | None, bool | None, str]:
    """The track's wall time for a time written in another clock, its DST choice, or a problem."""
    try:
        utc_start = wall_to_utc(written_start, written_zone)
    except TimeRuleError as error:
        return None, None, error.message
    at_track = utc_start.astimezone(zone(track_zone))
    track_start = at_track.replace(tzinfo=None)
    try:
        localize(track_start, track_zone)
    except AmbiguousTimeError:  # shown twice at the track; the written clock says which
        return track_start, bool(at_track.dst()), ""
    return track_start, None, ""


def _settled(frame: RoundFrame, row: ScheduleRow) -> ScheduleRow:
    """The row with its UTC start, problem, action and changes worked out again."""
    utc_start, problem = _utc_start_or_problem(frame, row)
    written_start = row.written_start
    if utc_start is not None:
        written_start = utc_to_wall(utc_start, row.written_zone)
    changes = _changes(row)
    action: ImportAction = "add"
    if row.existing is not None:
        action = "update" if changes else "unchanged"
    return replace(
        row,
        utc_start=utc_start,
        written_start=written_start,
        problem=problem,
        changes=changes,
        action=action,
    )


def _utc_start_or_problem(frame: RoundFrame, row: ScheduleRow) -> tuple[datetime | None, str]:
    if row.track_start is None:
        return None, row.time_problem or tr("This session has no start time.")
    try:
        utc_start = localize(row.track_start, frame.track_zone, is_dst=row.is_dst).astimezone(UTC)
        validation.required_text(row.name, "session name")
        validation.duration(row.duration_minutes)
        validation.start_within_round(row.track_start, frame.first_day, frame.last_day, row.name)
    except ValidationError as error:
        return None, error.message
    return utc_start, _name_taken(frame, row)


def _name_taken(frame: RoundFrame, row: ScheduleRow) -> str:
    wanted = row.name.strip().casefold()
    for other in frame.existing:
        if other.id != row.existing_id and other.name.casefold() == wanted:
            return tr(
                "This round already has a session called “{name}”; give this one another name."
            ).format(name=other.name)
    return ""


def _changes(row: ScheduleRow) -> tuple[str, ...]:
    existing = row.existing
    if existing is None:
        return ()
    found = []
    if row.name.strip() != existing.name:
        found.append("name")
    if row.kind != existing.kind:
        found.append("kind")
    if (
        row.track_start is not None
        and row.track_start != existing.start_wall
        and not row.tentative  # "TBC" says nothing about the time the round has
    ):
        found.append("time")
    if row.duration_minutes is not None and row.duration_minutes != existing.duration_minutes:
        found.append("duration")
    if _text_adds(row.broadcast, existing.broadcast):
        found.append("broadcast")
    if _text_adds(row.notes, existing.notes):
        found.append("notes")
    return tuple(found)


def _text_adds(new: str, old: str) -> bool:
    """A note from the text changes the stored one unless it is empty or already said there."""
    cleaned = new.strip().casefold()
    return bool(cleaned) and cleaned not in old.casefold()


# --- schedules: pairing with the round's sessions ---------------------------------------

_NUMBER = re.compile(r"\d+")


def _paired_with_existing(frame: RoundFrame, drafts: list[ScheduleRow]) -> list[ScheduleRow]:
    """Pair rows with existing sessions: by name first, then by kind and order."""
    pairs: dict[int, ExistingSession] = {}
    free = list(frame.existing)
    for fits in (_same_name, _same_kind_and_number):
        for index, draft in enumerate(drafts):
            if index in pairs or draft.set_aside:
                continue  # a row the reader set aside takes no existing session's place
            found = next((other for other in free if fits(other, draft)), None)
            if found is not None:
                pairs[index] = found
                free.remove(found)
    return [
        _with_existing(frame, draft, pairs[index]) if index in pairs else draft
        for index, draft in enumerate(drafts)
    ]


def _same_name(existing: ExistingSession, draft: ScheduleRow) -> bool:
    return existing.name.casefold() == draft.name.strip().casefold()


def _same_kind_and_number(existing: ExistingSession, draft: ScheduleRow) -> bool:
    """Same kind, and no number in both names that differs ("Race 1" is not "Race 2")."""
    if existing.kind != draft.kind:
        return False
    existing_numbers = _NUMBER.findall(existing.name)
    draft_numbers = _NUMBER.findall(draft.name)
    return not (existing_numbers and draft_numbers and existing_numbers != draft_numbers)


def _with_existing(frame: RoundFrame, draft: ScheduleRow, existing: ExistingSession) -> ScheduleRow:
    return _settled(
        frame, replace(draft, existing=existing, name=existing.name, kind=existing.kind)
    )


def _flag_repeated_names(frame: RoundFrame, rows: Sequence[ScheduleRow]) -> tuple[ScheduleRow, ...]:
    """A name used by two included rows is a problem of the later one."""
    seen: set[str] = set()
    flagged = []
    for row in rows:
        settled = _settled(frame, row)
        key = settled.name.strip().casefold()
        if settled.include and not settled.problem and key in seen:
            settled = replace(
                settled,
                problem=tr("Another row above is also called “{name}”; rename one of them.").format(
                    name=settled.name
                ),
            )
        if settled.include:
            seen.add(key)
        flagged.append(settled)
    return tuple(flagged)


def edit_schedule_row(
    preview: SchedulePreview,
    index: int,
    *,
    name: str | None = None,
    kind: SessionKind | str | None = None,
    track_start: datetime | None = None,
    duration_minutes: int | Literal["keep"] | None = "keep",
    include: bool | None = None,
) -> SchedulePreview:
    """The preview with one row corrected by the user (a start is track wall time)."""
    row = preview.rows[index]
    changed = replace(
        row,
        name=row.name if name is None else name.strip(),
        kind=row.kind if kind is None else validation.session_kind(str(kind)),
        duration_minutes=row.duration_minutes if duration_minutes == "keep" else duration_minutes,
        include=row.include if include is None else include,
    )
    if track_start is not None:
        changed = replace(
            changed, track_start=track_start.replace(second=0, microsecond=0), is_dst=None
        )
    return preview.with_row(index, changed)


# --- schedules: import --------------------------------------------------------------


def apply_schedule(db: Database, round_id: int, rows: Sequence[ScheduleRow]) -> ImportResult:
    """Add the new sessions and update the matched ones, all in one unit of work.

    Rows left out (``include`` False) and unchanged rows are skipped; a row
    with a problem refuses the whole import, naming its line.
    """
    _refuse_rows_with_problems(rows)
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        before = tuple(session_snapshot(row) for row in round_row.sessions)
        added = updated = 0
        for row in rows:
            if not row.changes_something:
                continue
            if row.existing is None:
                _add_session(round_row, row)
                added += 1
            else:
                _update_session(orm, round_row, row)
                updated += 1
        orm.flush()
        orm.refresh(round_row)
        after = tuple(session_snapshot(row) for row in round_row.sessions)
    return ImportResult(
        round_id=round_id,
        added=added,
        updated=updated,
        unchanged=sum(1 for row in rows if row.importable and row.action == "unchanged"),
        left_out=sum(1 for row in rows if not row.include),
        before=before,
        after=after,
    )


def _refuse_rows_with_problems(rows: Sequence[ScheduleRow]) -> None:
    for row in rows:
        if row.include and row.problem:
            raise ValidationError(
                tr("Line {line} (“{name}”) cannot be imported: {problem}").format(
                    line=row.line_number, name=row.name, problem=row.problem
                )
            )


def _start_of(row: ScheduleRow) -> datetime:
    assert row.track_start is not None  # rows with a problem never get here
    return row.track_start


def _add_session(round_row: models.Round, row: ScheduleRow) -> None:
    _refuse_duplicate_name(round_row, row.name)
    new = NewSession(
        name=row.name,
        kind=row.kind,
        start_wall=_start_of(row),
        duration_minutes=row.duration_minutes,
        broadcast=row.broadcast,
        notes=row.notes,
        is_dst=row.is_dst,
        status=SessionStatus.TENTATIVE if row.tentative else SessionStatus.SCHEDULED,
    )
    round_row.sessions.append(_build(round_row, new))


def _update_session(orm: OrmSession, round_row: models.Round, row: ScheduleRow) -> None:
    assert row.existing is not None
    session = orm.get(models.Session, row.existing.id)
    if session is None or session.round_id != round_row.id:
        raise ValidationError(
            tr("“{name}” is no longer a session of this round; preview the text again.").format(
                name=row.existing.name
            )
        )
    significant = _update_timing(round_row, session, row)
    changed = _update_texts(session, row) or significant
    if significant:
        session.revision = models.Session.revision + 1
    if changed:
        session.changed_utc = utc_now_naive()


def _update_timing(round_row: models.Round, session: models.Session, row: ScheduleRow) -> bool:
    """Name, kind, start and length: the changes that raise the revision."""
    significant = False
    if "name" in row.changes:
        name = validation.required_text(row.name, "session name")
        _refuse_duplicate_name(round_row, name, except_id=session.id)
        session.name, significant = name, True
    if "kind" in row.changes:
        session.kind, significant = validation.session_kind(str(row.kind)).value, True
    if "time" in row.changes:
        start, is_dst = checked_start(_start_of(row), session.zone, row.is_dst)
        validation.start_within_round(start, round_row.first_day, round_row.last_day, row.name)
        session.start_wall, session.is_dst, significant = start, is_dst, True
    if "duration" in row.changes:
        session.duration_minutes = validation.duration(row.duration_minutes)
        significant = True
    return significant


def _update_texts(session: models.Session, row: ScheduleRow) -> bool:
    changed = False
    if "broadcast" in row.changes:
        session.broadcast, changed = row.broadcast.strip(), True
    if "notes" in row.changes:
        session.notes, changed = row.notes.strip(), True
    return changed


# --- calendars: values ----------------------------------------------------------------


@dataclass(frozen=True)
class CalendarRow:
    """One round of a pasted calendar, matched with a circuit and the season's rounds.

    ``track_id`` is None when no circuit of the library fits the place: the
    user picks one. ``existing_round_id`` is the season's round this row
    updates (None: a new round). ``changes`` names what an update changes:
    "dates", "circuit".
    """

    line_number: int
    source_text: str
    number: int
    number_written: bool
    first_day: date
    last_day: date
    place: str
    country: str | None
    track_id: int | None
    track_name: str
    existing_round_id: int | None
    action: ImportAction
    changes: tuple[str, ...]
    problem: str = ""
    include: bool = True

    @property
    def importable(self) -> bool:
        return self.include and not self.problem

    @property
    def changes_something(self) -> bool:
        return self.importable and self.action != "unchanged"


@dataclass(frozen=True)
class SeasonRound:
    """A round the season already has, as far as a calendar import compares it."""

    id: int
    number: int
    track_id: int
    first_day: date
    last_day: date


@dataclass(frozen=True)
class CalendarPreview:
    season_id: int
    title: str
    year: int
    rows: tuple[CalendarRow, ...]
    unread: tuple[UnreadLine, ...]
    heading: str
    tracks: tuple[TrackView, ...]
    season_rounds: tuple[SeasonRound, ...]

    @property
    def to_import(self) -> tuple[CalendarRow, ...]:
        return tuple(row for row in self.rows if row.changes_something)

    @property
    def problems(self) -> tuple[CalendarRow, ...]:
        return tuple(row for row in self.rows if row.include and row.problem)


@dataclass(frozen=True)
class RoundBefore:
    """A round's dates and circuit before a calendar import changed them."""

    round_id: int
    first_day: date
    last_day: date
    track_id: int


@dataclass(frozen=True)
class CalendarResult:
    season_id: int
    created_round_ids: tuple[int, ...]
    updated: tuple[RoundBefore, ...]
    unchanged: int

    @property
    def changed_anything(self) -> bool:
        return bool(self.created_round_ids or self.updated)


# --- calendars: preview ----------------------------------------------------------------


def preview_calendar(db: Database, season_id: int, text: str) -> CalendarPreview:
    """Read a pasted season calendar; nothing is stored."""
    with db.unit_of_work() as orm:
        season = get_or_fail(orm, models.Season, season_id, "season")
        title = f"{season.series.name} {season.year}"
        year = season.year
        season_rounds = tuple(
            SeasonRound(row.id, row.number, row.track_id, row.first_day, row.last_day)
            for row in season.rounds
        )
        tracks = tuple(track_view(row) for row in orm.scalars(select(models.Track)))
    parsed = parse_season_calendar(text, year=year)
    rows = _calendar_rows(parsed.rounds, tracks, season_rounds)
    return CalendarPreview(
        season_id=season_id,
        title=title,
        year=year,
        rows=rows,
        unread=parsed.unread,
        heading=parsed.heading,
        tracks=tracks,
        season_rounds=season_rounds,
    )


def _calendar_rows(
    parsed: Sequence[ParsedRound],
    tracks: Sequence[TrackView],
    season_rounds: Sequence[SeasonRound],
) -> tuple[CalendarRow, ...]:
    claimed: set[int] = set()
    used_numbers = {item.number for item in season_rounds}
    rows = []
    names = CircuitNames(tracks)  # the library's names split into words once
    for item in parsed:
        track = names.match(item.place, item.country)
        track_id = None if track is None else track.id
        existing = _season_round_for(item, track_id, season_rounds, claimed)
        if existing is not None:
            claimed.add(existing.id)
            number = existing.number
        else:
            number = item.number or max(used_numbers, default=0) + 1
        used_numbers.add(number)
        rows.append(_calendar_row(item, number, track, existing))
    return _settled_calendar(tuple(rows))


def _season_round_for(
    item: ParsedRound,
    track_id: int | None,
    season_rounds: Sequence[SeasonRound],
    claimed: set[int],
) -> SeasonRound | None:
    """The season's round a calendar line means: by its number, else by circuit and dates."""
    free = [candidate for candidate in season_rounds if candidate.id not in claimed]
    if item.number is not None:
        return next((candidate for candidate in free if candidate.number == item.number), None)
    same_track = [candidate for candidate in free if candidate.track_id == track_id]
    same_dates = [
        candidate
        for candidate in free
        if (candidate.first_day, candidate.last_day) == (item.first_day, item.last_day)
    ]
    overlapping = [candidate for candidate in same_track if _overlap(candidate, item)]
    for found in (overlapping, same_track, same_dates):
        if len(found) == 1:
            return found[0]
    return None


def _overlap(existing: SeasonRound, item: ParsedRound) -> bool:
    return existing.first_day <= item.last_day and item.first_day <= existing.last_day


def _calendar_row(
    item: ParsedRound, number: int, track: TrackView | None, existing: SeasonRound | None
) -> CalendarRow:
    return CalendarRow(
        line_number=item.line_number,
        source_text=item.source_text,
        number=number,
        number_written=item.number is not None,
        first_day=item.first_day,
        last_day=item.last_day,
        place=item.place,
        country=item.country,
        track_id=None if track is None else track.id,
        track_name="" if track is None else track.name,
        existing_round_id=None if existing is None else existing.id,
        action="add",
        changes=_calendar_changes(item.first_day, item.last_day, track, existing),
    )


def _calendar_changes(
    first_day: date, last_day: date, track: TrackView | None, existing: SeasonRound | None
) -> tuple[str, ...]:
    if existing is None:
        return ()
    found = []
    if (first_day, last_day) != (existing.first_day, existing.last_day):
        found.append("dates")
    if track is not None and track.id != existing.track_id:
        found.append("circuit")
    return tuple(found)


def _settled_calendar(rows: tuple[CalendarRow, ...]) -> tuple[CalendarRow, ...]:
    seen: set[int] = set()
    settled = []
    for row in rows:
        action: ImportAction = "add"
        if row.existing_round_id is not None:
            action = "update" if row.changes else "unchanged"
        problem = ""
        if row.track_id is None and row.existing_round_id is None:
            problem = tr("No circuit of the library matches “{place}”: pick a circuit.").format(
                place=row.place
            )
        if row.include and row.number in seen:
            problem = tr("Another row above is also round {number}.").format(number=row.number)
        if row.include:
            seen.add(row.number)
        settled.append(replace(row, action=action, problem=problem))
    return tuple(settled)


def edit_calendar_row(
    preview: CalendarPreview,
    index: int,
    *,
    track_id: int | None = None,
    number: int | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
    include: bool | None = None,
) -> CalendarPreview:
    """The preview with one row corrected by the user (a circuit picked, a number changed)."""
    row = preview.rows[index]
    track = row.track_id if track_id is None else track_id
    track_view_found = next((item for item in preview.tracks if item.id == track), None)
    new_number = row.number if number is None else number
    existing = row.existing_round_id
    if number is not None and number != row.number:
        matching = [item for item in preview.season_rounds if item.number == number]
        existing = matching[0].id if matching else None
    season_round = next((item for item in preview.season_rounds if item.id == existing), None)
    new_first = row.first_day if first_day is None else first_day
    new_last = row.last_day if last_day is None else last_day
    changed = replace(
        row,
        number=new_number,
        first_day=new_first,
        last_day=new_last,
        track_id=track,
        track_name="" if track_view_found is None else track_view_found.name,
        existing_round_id=existing,
        changes=_calendar_changes(new_first, new_last, track_view_found, season_round),
        include=row.include if include is None else include,
    )
    rows = list(preview.rows)
    rows[index] = changed
    return replace(preview, rows=_settled_calendar(tuple(rows)))


# --- calendars: import and undo -------------------------------------------------------


def apply_calendar(db: Database, season_id: int, rows: Sequence[CalendarRow]) -> CalendarResult:
    """Create the new rounds and update the matched ones, in one unit of work."""
    _refuse_calendar_problems(rows)
    created: list[models.Round] = []
    updated: list[RoundBefore] = []
    with db.unit_of_work() as orm:
        season = get_or_fail(orm, models.Season, season_id, "season")
        for row in rows:
            if not row.changes_something:
                continue
            validation.round_days(row.first_day, row.last_day)
            if row.existing_round_id is None:
                created.append(_create_round(orm, season, row))
            else:
                updated.append(_update_round(orm, season, row))
        orm.flush()
        created_ids = tuple(item.id for item in created)
    return CalendarResult(
        season_id=season_id,
        created_round_ids=created_ids,
        updated=tuple(updated),
        unchanged=sum(1 for row in rows if row.importable and row.action == "unchanged"),
    )


def _refuse_calendar_problems(rows: Sequence[CalendarRow]) -> None:
    for row in rows:
        if row.include and row.problem:
            raise ValidationError(
                tr("Line {line} (“{place}”) cannot be imported: {problem}").format(
                    line=row.line_number, place=row.place, problem=row.problem
                )
            )


def _create_round(orm: OrmSession, season: models.Season, row: CalendarRow) -> models.Round:
    assert row.track_id is not None
    get_or_fail(orm, models.Track, row.track_id, "circuit")
    if any(item.number == row.number for item in season.rounds):
        raise ValidationError(
            tr("{series} {year} already has a round {number}.").format(
                series=season.series.name, year=season.year, number=row.number
            )
        )
    created = models.Round(
        number=row.number,
        track_id=row.track_id,
        first_day=row.first_day,
        last_day=row.last_day,
        name="",
        status="scheduled",
        notes="",
    )
    season.rounds.append(created)
    orm.flush()
    return created


def _update_round(orm: OrmSession, season: models.Season, row: CalendarRow) -> RoundBefore:
    assert row.existing_round_id is not None
    found = get_or_fail(orm, models.Round, row.existing_round_id, "round")
    if found.season_id != season.id:
        raise ValidationError(
            tr("Round {number} is not a round of this season; preview the text again.").format(
                number=row.number
            )
        )
    before = RoundBefore(found.id, found.first_day, found.last_day, found.track_id)
    _set_round_days(found, row.first_day, row.last_day)
    if row.track_id is not None and row.track_id != found.track_id:
        _set_round_track(orm, found, row.track_id)
    return before


def _set_round_days(found: models.Round, first_day: date, last_day: date) -> None:
    for session in found.sessions:
        validation.start_within_round(session.start_wall, first_day, last_day, session.name)
    found.first_day, found.last_day = first_day, last_day


def _set_round_track(orm: OrmSession, found: models.Round, track_id: int) -> None:
    """A new circuit keeps every session's wall time, at the new track (as edit_round does)."""
    track = get_or_fail(orm, models.Track, track_id, "circuit")
    now = utc_now_naive()
    for session in found.sessions:
        session.start_wall, session.is_dst = checked_start(
            session.start_wall, track.timezone, session.is_dst
        )
        session.zone = track.timezone
        session.revision = models.Session.revision + 1
        session.changed_utc = now
    found.track_id = track.id
    found.track = track


def undo_calendar(db: Database, result: CalendarResult) -> None:
    """Take a calendar import back: delete the rounds it created, restore the ones it changed."""
    with db.unit_of_work() as orm:
        for round_id in result.created_round_ids:
            found = orm.get(models.Round, round_id)
            if found is not None:
                orm.delete(found)
        for before in result.updated:
            found = get_or_fail(orm, models.Round, before.round_id, "round")
            _set_round_days(found, before.first_day, before.last_day)
            if found.track_id != before.track_id:
                _set_round_track(orm, found, before.track_id)
