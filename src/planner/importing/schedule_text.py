"""A pasted race-weekend timetable -> sessions, in English or Swedish.

Reads press-release schedules ("Friday September 1st:" then "12:10 Free
Practice 1 (60 min) – LIVETIMING") and series timetables ("FRIDAY 29
SEPTEMBER 2023" then "10:35 - 11:35   Free Practice 1"). Every non-empty line
is a day heading, a time-zone note, a session line, a title before the
first day (kept as ``heading``), or an unread line with the reason it was
not used: nothing is dropped silently.

Times are kept as written; :mod:`planner.importing.written_zone` says what
zone they are in and converts them to the track's clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from planner.domain.errors import TimeRuleError
from planner.domain.kinds import SessionKind
from planner.domain.track_time import localize
from planner.i18n import tr
from planner.importing.clock_words import clock_words_as_digits, find_clock_times
from planner.importing.day_heading import (
    DayContext,
    WrittenDay,
    read_written_day,
    resolve_written_day,
)
from planner.importing.line_problem import LineReadError
from planner.importing.prose_sessions import looks_like_prose, read_prose
from planner.importing.session_line import SessionLine, read_session_line
from planner.importing.session_words import (
    is_not_a_session,
    looks_like_session_name,
    session_kind,
)
from planner.importing.text_limits import check_text_size, reading_form, too_long_reason
from planner.importing.text_tools import clean_line, collapse_spaces, fold, strip_edges
from planner.importing.written_zone import (
    WrittenZone,
    find_written_zone,
    same_zone,
    unknown_zone_words,
)

__all__ = ["ParsedSchedule", "ParsedSession", "UnreadLine", "WrittenZone", "parse_schedule"]


@dataclass(frozen=True)
class ParsedSession:
    """One session as the text gives it, in the zone the text is written in.

    ``end`` is the clock time it ends, from a written end time or from its
    duration (None when neither is known); a session ending after midnight
    has an ``end`` earlier than ``start``: ``duration_minutes`` is the length.
    """

    line_number: int
    source_text: str
    day: date
    start: time
    end: time | None
    duration_minutes: int | None
    name: str
    kind: SessionKind
    broadcast: str
    notes: str
    set_aside: str = ""
    """Why this timed line is not proposed as a session (it can still be included), or ""."""
    tentative: bool = False
    """The text gives no time yet ("TBC"): ``start`` only keeps the session in its place."""


@dataclass(frozen=True)
class UnreadLine:
    """A line that was not used, and why (a message for the user)."""

    line_number: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParsedSchedule:
    """Sessions, unread lines, the zone the text states, and its title.

    ``warnings`` are things the user should check although every line was
    read, such as "CEST" written for a day when central Europe is on CET.
    """

    sessions: tuple[ParsedSession, ...]
    unread: tuple[UnreadLine, ...]
    written_in: WrittenZone | None
    heading: str
    warnings: tuple[str, ...] = ()


def parse_schedule(
    text: str,
    *,
    year: int | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> ParsedSchedule:
    """Read a timetable.

    A day heading without a year takes it from ``first_day``/``last_day``
    (the event's days; a round from 29 December to 2 January spans two
    years), else from ``year``, else from a year written earlier in the
    text. A weekday that contradicts the date makes the heading unread.
    A text too long to be a timetable raises ImportFormatError.
    """
    check_text_size(text)
    reader = _ScheduleReader(DayContext(year=year, first_day=first_day, last_day=last_day))
    for line_number, raw_line in table_rows_from_cells(text.splitlines()):
        reader.read_line(line_number, raw_line)
    return reader.result()


_COLUMN_NAMES = re.compile(
    r"day|date|dag|datum|tag|dato|start|starts|begin|beginn|from|fran|end|ends|finish|slut"
    r"|ende|to|till|time|times|tid|zeit|uhrzeit|klockslag|kl|session|sessions|event|pass"
    r"|program|category|class|klass|serie|series|duration|length|langd|dauer|laengd"
    r"|local time|lokal tid|uk time|cest|cet|gmt|utc|bst|track time|what|vad"
)


def table_rows_from_cells(lines: list[str]) -> list[tuple[int, str]]:
    """Lines numbered from 1, with a web table copied one cell per line joined into rows.

    A browser copies a table's cells one per line: "Day", "Start", "End",
    "Session", then "Friday", "11:00", "11:45", "Practice 1", ... A run of
    two to six lines that are all column names starts such a table; the
    lines after it are joined by tabs, as many per row as there are column
    names, to the end of the text or to the next blank line. Each row keeps
    the number of its first line.
    """
    numbered = list(enumerate(lines, start=1))
    rows: list[tuple[int, str]] = []
    index = 0
    while index < len(numbered):
        columns = _column_count_at(lines, index)
        if columns == 0:
            rows.append(numbered[index])
            index += 1
            continue
        rows.append((index + 1, "\t".join(line.strip() for line in lines[index : index + columns])))
        index += columns
        while index < len(numbered) and lines[index].strip():
            cells = [line.strip() for line in lines[index : index + columns]]
            if len(cells) < columns or not all(cells):
                break
            rows.append((index + 1, "\t".join(cells)))
            index += columns
    return rows


def _is_table_header(text: str) -> bool:
    cells = [strip_edges(cell) for cell in re.split(r"\t+|\|| {2,}", text) if strip_edges(cell)]
    return len(cells) >= 2 and all(_COLUMN_NAMES.fullmatch(fold(cell)) for cell in cells)


def _column_count_at(lines: list[str], index: int) -> int:
    """How many column names start at ``index`` (0 when fewer than two)."""
    count = 0
    while (
        index + count < len(lines)
        and count < 6
        and _COLUMN_NAMES.fullmatch(fold(clean_line(lines[index + count])).strip(" :"))
    ):
        count += 1
    return count if count >= 2 else 0


_TITLE_WORDS = re.compile(
    r"timetable|time\s*table|schedule|programme|\bprogram\b|tidsschema|tidschema|tidtabell"
    r"|\bschema\b|\btider\b|\bround\b|omgang|deltavling|zeitplan|tidsplan|ablaufplan"
)
_MOST_WORDS_IN_A_TITLE = 14
_TO_BE_CONFIRMED = re.compile(
    r"(?<![\w])(?:TBC|TBA|TBD|t\.b\.c\.|t\.b\.a\.|to be confirmed|to be announced"
    r"|meddelas senare|ej fastställd|tid meddelas senare)(?![\w])",
    re.I,
)


def _split_day_cell(text: str) -> tuple[WrittenDay, str] | None:
    """("Sunday", "Race 2") for "Sunday | Race 2" or "Sunday  Race 2"."""
    cells = [strip_edges(cell) for cell in re.split(r"\t+|\||\s{2,}", text) if strip_edges(cell)]
    if len(cells) != 2:
        return None
    for day_cell, name_cell in (cells, cells[::-1]):
        written = read_written_day(day_cell)
        if written is not None and looks_like_session_name(name_cell):
            return written, name_cell
    return None


_DAY_THEN_SESSIONS = re.compile(r"(?P<day>[^:\d][^:]{2,40}?|[^:]{3,40}?\D):\s+(?P<rest>.+)")
_CLAUSE_SEPARATOR = re.compile(r"\s*;\s*|,\s+")


def _clauses(text: str) -> list[str]:
    """The text cut at commas and semicolons when each piece holds exactly one time, else the
    whole text when it holds one; [] when the text is not a list of timed sessions."""
    pieces = [piece for piece in _CLAUSE_SEPARATOR.split(text) if piece.strip()]
    if len(pieces) > 1 and all(len(find_clock_times(piece)) == 1 for piece in pieces):
        return pieces
    return [text] if find_clock_times(text) else []


_LOOKS_LIKE_A_DATE = re.compile(
    r"(?<![\d:.])\d{1,2}\s*[./]\s*\d{1,2}\b(?![:.]\d)|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,}"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _looks_like_title(text: str) -> bool:
    """A short line naming a timetable or round, not a sentence of prose."""
    is_short = len(re.findall(r"\w+", text)) <= _MOST_WORDS_IN_A_TITLE
    is_sentence = text.rstrip().endswith(".") or re.search(r"[.!?]\s+[A-ZÅÄÖ]", text) is not None
    return is_short and not is_sentence and _TITLE_WORDS.search(fold(text)) is not None


class _ScheduleReader:
    """Reads lines one by one, remembering the current day and what was found."""

    def __init__(self, context: DayContext) -> None:
        self._context = context
        self._current_day: date | None = None
        self._day_problem: str | None = None
        self._previous_day: date | None = None
        self._text_year: int | None = None
        self._started = False
        self._written_in: WrittenZone | None = None
        self._titles: list[str] = []
        self._sessions: list[ParsedSession] = []
        self._session_at: dict[tuple[date, time, str], int] = {}  # to find a repeat at once
        self._unread: list[UnreadLine] = []

    def read_line(self, line_number: int, raw_line: str) -> None:
        line = clean_line(raw_line)
        if not line:
            return
        too_long = too_long_reason(line)
        if too_long is not None:
            self._unread.append(UnreadLine(line_number, line, too_long))
            return
        try:
            self._read_clean_line(line_number, line)
        except LineReadError as problem:
            # a time the line cannot hold ("24:00") is an unread line wherever it is met
            self._unread.append(UnreadLine(line_number, line, problem.reason))

    def _read_clean_line(self, line_number: int, line: str) -> None:
        reading = clock_words_as_digits(reading_form(line))
        statement = find_written_zone(reading)
        body = statement.remainder if statement is not None else reading
        try:
            used = (
                not body
                or self._read_heading(body)
                or self._read_day_and_sessions(line_number, line, body)
                or self._read_prose(line_number, line, body)
                or self._read_sessions(line_number, line, body)
                or self._read_tentative(line_number, line, body)
            )
        except LineReadError as problem:
            self._unread.append(UnreadLine(line_number, line, problem.reason))
            return
        if (
            not used
            and not self._started
            and _looks_like_title(body)
            and not find_clock_times(body)  # a line with a time is read or listed, never a title
        ):
            self._titles.append(collapse_spaces(strip_edges(body)))
            self._remember_year(body)
            used = True
        if not used and _is_table_header(body):
            used = True  # "Day | Start | End | Session"
        if not used and statement is not None and not find_clock_times(body):
            used = True  # "How to follow the weekend (AEST)": a line that states the zone
        if not used:
            reason = tr("This line is not a day heading, a session or a time-zone note.")
            zone_words = unknown_zone_words(body)
            if zone_words is not None:
                reason = tr(
                    "This line seems to say the times are in “{zone}”, a zone the reader "
                    "cannot place; choose the zone the times are written in."
                ).format(zone=zone_words)
            self._unread.append(UnreadLine(line_number, line, reason))
            if _LOOKS_LIKE_A_DATE.search(body):
                # Perhaps a heading in words the reader does not know: the day above no
                # longer holds, so the sessions below are not put on it.
                self._current_day = None
                self._day_problem = tr(
                    "The line above that looks like a date could not be read, so this "
                    "line's date is unknown."
                )
        elif statement is not None:
            self._accept_zone(line_number, line, statement.zone)

    def result(self) -> ParsedSchedule:
        return ParsedSchedule(
            sessions=tuple(self._sessions),
            unread=tuple(self._unread),
            written_in=self._written_in,
            heading=" / ".join(self._titles),
            warnings=_offset_warnings(self._written_in, self._sessions),
        )

    def _day_context(self) -> DayContext:
        return DayContext(
            year=self._context.year,
            first_day=self._context.first_day,
            last_day=self._context.last_day,
            previous_day=self._previous_day,
            text_year=self._text_year,
        )

    def _read_heading(self, body: str) -> bool:
        written = read_written_day(body)
        if written is None:
            return False
        self._started = True
        try:
            day = resolve_written_day(written, self._day_context())
        except LineReadError:
            self._current_day = None
            self._day_problem = tr(
                "The day heading above this line could not be read, so its date is unknown."
            )
            raise
        self._enter_day(day)
        return True

    def _read_day_and_sessions(self, line_number: int, line: str, body: str) -> bool:
        """ "Fredag 31 maj: Träning 1 kl. 10.00, Träning 2 kl. 14.30": a day, a colon, then
        one or more sessions, each with its time, apart by commas or semicolons."""
        found = _DAY_THEN_SESSIONS.fullmatch(body)
        if found is None or read_written_day(found.group("day")) is None:
            return False
        clauses = _clauses(found.group("rest"))
        if not clauses:
            return False
        self._read_heading(found.group("day"))
        for clause in clauses:
            self._read_sessions(line_number, line, clause)
        return True

    def _read_prose(self, line_number: int, line: str, body: str) -> bool:
        """A sentence telling sessions ("the race starts at 15:30 on Saturday")."""
        if not (looks_like_prose(body) or looks_like_prose(line)):
            return False  # the line: a zone note cut from its end takes the full stop too
        prose = read_prose(body)
        if prose is None:
            return False
        self._started = True
        for told in prose.sessions:
            session_line = SessionLine(
                written_day=told.written_day,
                start=told.start,
                end=told.end,
                names=(told.name,),
                kind=session_kind(told.name) or SessionKind.OTHER,
                each_minutes=None,
                written_duration=None,
                later_starts=(),
                break_minutes=0,
                broadcast="",
                notes="",
                zone=None,
            )
            try:
                day = self._day_of(session_line)
            except LineReadError as problem:
                self._unread.append(UnreadLine(line_number, line, problem.reason))
                continue
            for session in _sessions_of(line_number, line, day, session_line):
                self._add_session(session)
        for clause in prose.unnamed_times:
            reason = tr("“{clause}” has a time but names no session; it was not read.")
            self._unread.append(UnreadLine(line_number, line, reason.format(clause=clause)))
        return True

    def _read_tentative(self, line_number: int, line: str, body: str) -> bool:
        """ "TBC Free Practice 2", "Race 2 – TBA": a session whose time is not known yet.

        It is kept on its day, placed right after the session before it on that
        day (at noon when it is the day's first), marked as to be confirmed.
        """
        found = _TO_BE_CONFIRMED.search(body)
        if found is None:
            return False
        before = strip_edges(body[: found.start()])
        after = strip_edges(body[found.end() :])
        cells = [part for part in (before, after) if part]
        if len(cells) != 1:
            return False
        written_day, name = None, cells[0]
        if not looks_like_session_name(name):
            day_and_name = _split_day_cell(name)
            if day_and_name is None:
                return False
            written_day, name = day_and_name
        self._started = True
        day = (
            resolve_written_day(written_day, self._day_context())
            if written_day is not None
            else self._day_of_tentative()
        )
        self._enter_day(day)
        start = self._place_after_previous(day)
        self._sessions.append(
            ParsedSession(
                line_number=line_number,
                source_text=line,
                day=day,
                start=start,
                end=None,
                duration_minutes=None,
                name=collapse_spaces(name),
                kind=session_kind(name) or SessionKind.OTHER,
                broadcast="",
                notes=tr("Time to be confirmed (the text says “{word}”).").format(
                    word=found.group(0)
                ),
                tentative=True,
            )
        )
        return True

    def _day_of_tentative(self) -> date:
        if self._current_day is not None:
            return self._current_day
        only_day = _only_day(self._context)
        if only_day is not None:
            return only_day
        raise LineReadError(
            self._day_problem
            or tr("There is no day heading above this line, so its date is unknown.")
        )

    def _place_after_previous(self, day: date) -> time:
        previous = next((item for item in reversed(self._sessions) if item.day == day), None)
        if previous is None:
            return time(12, 0)
        if previous.end is not None and previous.end > previous.start:
            return previous.end
        return previous.start

    def _enter_day(self, day: date) -> None:
        self._current_day = self._previous_day = day
        self._day_problem = None

    def _read_sessions(self, line_number: int, line: str, body: str) -> bool:
        session_line = read_session_line(body)
        if session_line is None:
            return False
        self._started = True
        day = self._day_of(session_line)
        for session in _sessions_of(line_number, line, day, session_line):
            self._add_session(session)
        if session_line.zone is not None:
            self._accept_zone(line_number, line, session_line.zone)
        return True

    def _day_of(self, session_line: SessionLine) -> date:
        if session_line.written_day is not None:
            day = resolve_written_day(session_line.written_day, self._day_context())
            self._enter_day(day)
            return day
        if self._current_day is not None:
            return self._current_day
        if self._day_problem is not None:
            raise LineReadError(self._day_problem)
        only_day = _only_day(self._context)
        if only_day is not None:
            return only_day
        raise LineReadError(tr("There is no day heading above this line, so its date is unknown."))

    def _add_session(self, session: ParsedSession) -> None:
        """Add a session; set aside what is not one ("Gates open") and a session listed
        again (a TV listing repeating "14.00 Race 1"), whose broadcast note goes to it."""
        if is_not_a_session(session.name):
            self._sessions.append(replace(session, set_aside=tr("Not a session on track.")))
            return
        key = (session.day, session.start, fold(session.name))
        index = self._session_at.get(key)
        if index is None:
            self._session_at[key] = len(self._sessions)
            self._sessions.append(session)
            return
        earlier = self._sessions[index]
        if session.broadcast and session.broadcast not in earlier.broadcast:
            broadcast = "; ".join(part for part in (earlier.broadcast, session.broadcast) if part)
            self._sessions[index] = replace(earlier, broadcast=broadcast)
        repeat = tr("Repeats line {line} (a broadcast listing?).").format(line=earlier.line_number)
        self._sessions.append(replace(session, set_aside=repeat))

    def _accept_zone(self, line_number: int, line: str, written: WrittenZone) -> None:
        if self._written_in is None:
            self._written_in = written
        elif not same_zone(self._written_in, written):
            reason = tr(
                "This line names another time zone ({found}) than an earlier line ({first}); "
                "the earlier one is used."
            ).format(found=written.phrase, first=self._written_in.phrase)
            self._unread.append(UnreadLine(line_number, line, reason))

    def _remember_year(self, title: str) -> None:
        found = _YEAR.search(title)
        if found is not None and self._text_year is None:
            self._text_year = int(found.group(0))


def _only_day(context: DayContext) -> date | None:
    """The event's day when it lasts one day, so its lines need no heading."""
    if context.first_day is not None and context.first_day == (
        context.last_day or context.first_day
    ):
        return context.first_day
    return None


def _sessions_of(
    line_number: int, source_text: str, day: date, line: SessionLine
) -> list[ParsedSession]:
    starts = _start_moments(day, line)
    sessions = []
    for index, (name, start_at) in enumerate(zip(line.names, starts, strict=True)):
        minutes = _minutes_of(index, line, start_at)
        end_at = None if minutes is None else start_at + timedelta(minutes=minutes)
        sessions.append(
            ParsedSession(
                line_number=line_number,
                source_text=source_text,
                day=start_at.date(),
                start=start_at.time(),
                end=None if end_at is None else end_at.time(),
                duration_minutes=minutes,
                name=collapse_spaces(name),
                kind=session_kind(name) or line.kind,
                broadcast=line.broadcast,
                notes=_notes_of(line),
            )
        )
    return sessions


def _start_moments(day: date, line: SessionLine) -> list[datetime]:
    """Each session's start: written, or right after the one before (plus any break)."""
    starts = [datetime.combine(day, line.start)]
    for index in range(1, len(line.names)):
        previous = starts[-1]
        if line.later_starts:
            starts.append(_next_at(previous, line.later_starts[index - 1]))
        elif line.each_minutes is not None:
            starts.append(previous + timedelta(minutes=line.each_minutes + line.break_minutes))
        else:
            raise LineReadError(
                tr(
                    "This line holds {count} sessions but gives only the first start time and no "
                    "durations; enter them by hand."
                ).format(count=len(line.names))
            )
    return starts


def _next_at(previous: datetime, clock: time) -> datetime:
    moment = datetime.combine(previous.date(), clock)
    return moment if moment >= previous else moment + timedelta(days=1)


def _minutes_of(index: int, line: SessionLine, start_at: datetime) -> int | None:
    is_last = index == len(line.names) - 1
    if line.end is not None and is_last and (len(line.names) == 1 or line.each_minutes is None):
        minutes = _minutes_until(start_at.time(), line.end)
        if minutes == 0:
            raise LineReadError(tr("This session ends at the time it starts."))
        return minutes
    return line.each_minutes


def _minutes_until(start: time, end: time) -> int:
    """Minutes from start to end, across midnight when the end is earlier."""
    return (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)


def _notes_of(line: SessionLine) -> str:
    notes = [line.notes] if line.notes else []
    duration = line.written_duration
    if (
        line.end is not None
        and len(line.names) == 1
        and duration is not None
        and duration.minutes != _minutes_until(line.start, line.end)
    ):
        notes.append(duration.text)  # the end time wins; keep what else was written
    return "; ".join(notes)


def _offset_warnings(written: WrittenZone | None, sessions: list[ParsedSession]) -> tuple[str, ...]:
    """Warn when an abbreviation's offset (CEST: UTC+2) is not its zone's offset that day."""
    if written is None or written.zone_name is None or written.stated_utc_offset_minutes is None:
        return ()
    warnings: dict[date, str] = {}
    for session in sessions:
        if session.day in warnings:
            continue
        try:
            local = localize(datetime.combine(session.day, session.start), written.zone_name)
        except TimeRuleError:
            continue
        offset = local.utcoffset()
        minutes = 0 if offset is None else int(offset.total_seconds() // 60)
        if minutes != written.stated_utc_offset_minutes:
            warnings[session.day] = tr(
                "The text says “{phrase}”, but on {day} {zone} is at {actual}; the times were "
                "read as {zone} clock time. Choose another zone if the text means otherwise."
            ).format(
                phrase=written.phrase,
                day=session.day.isoformat(),
                zone=written.zone_name,
                actual=_utc_offset_words(minutes),
            )
    return tuple(warnings.values())


def _utc_offset_words(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "−"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
