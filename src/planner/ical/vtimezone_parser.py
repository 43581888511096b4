"""A file's VTIMEZONE block read without icalendar or dateutil, when it is plain.

The reader builds a file's zones from its VTIMEZONE blocks. Through icalendar
(``Timezone.to_tz``) that costs importing icalendar and dateutil (~0.1 s a
process) and parsing each block; the blocks real exports carry (Outlook,
Google, Apple, Lotus Notes, our writer) are simple enough to read here and
list by date arithmetic (:mod:`planner.ical.onset_table`).

The decision is made per block: :func:`parse_vtimezone` gives None for a block
it does not understand completely, and the reader builds that block exactly
as before (icalendar's component, dateutil's zone), so such a block reads,
falls back or fails with the same result and messages as before. Understood:

* in VTIMEZONE: one TZID (no backslash), TZURL, LAST-MODIFIED (a date-time),
  COMMENT and X- properties (icalendar hands dateutil the block without them);
* STANDARD and DAYLIGHT blocks, at least one, and a STANDARD one if there are
  several (before every onset dateutil falls back on the first STANDARD
  block, and fails without one), each with one DTSTART (a local date-time),
  one TZOFFSETFROM and one TZOFFSETTO (``±HHMM[SS]``, under 24 hours),
  TZNAME, COMMENT, X- properties, RDATE and EXDATE lines of date-times, and
  at most one RRULE of the yearly kind time zones use: ``FREQ=YEARLY`` with
  one BYMONTH and either BYDAY of one weekday with its ±n (the last Sunday,
  the second Sunday), or BYDAY of one plain weekday with BYMONTHDAY of up to
  seven consecutive days ("the Sunday on or after the 8th"), or one
  BYMONTHDAY, or neither (DTSTART's day); UNTIL or COUNT; INTERVAL=1; WKST;
  one BYHOUR, BYMINUTE, BYSECOND (Lotus Notes writes them).

No property takes a parameter, except ``VALUE=DATE-TIME`` on DTSTART and
RDATE; no value has spaces around it. Anything else (another RRULE part, a
list where one value is expected, a date where a date-time is, a repeated
property, a nested component, an odd value) sends the block to icalendar.

The onsets are the ones dateutil's ``rruleset`` lists for the block (as
icalendar and dateutil read it: ``compatible=True, ignoretz=True``): DTSTART,
each rule instance at or after DTSTART (UNTIL compared with local times, its
``Z`` ignored; COUNT counting those instances), every RDATE, less every
EXDATE, each listed once, in order.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DATE_TIME = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)")
_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)")
_OFFSET = re.compile(r"([+-])(\d\d)(\d\d)(\d\d)?")
_NTH_WEEKDAY = re.compile(r"([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)")
_NAME = re.compile(r"[A-Z][A-Z0-9-]*")
_SMALL_NUMBER = re.compile(r"\d{1,4}")
#: More RDATEs than this in one block: left to dateutil (the table lists onsets
#: up to a limit, ``_MOST_ONSETS`` in :mod:`planner.ical.onset_table`).
_MOST_DATES = 1000
_LAST_YEAR = 9999  # dateutil's rules stop there (datetime.MAXYEAR)


class _NotPlainError(Exception):
    """The block has something this parser leaves to icalendar."""


#: Days of each month in a common year.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_range(year: int, month: int) -> tuple[int, int]:
    """What ``calendar.monthrange`` answers: the weekday of the month's first day
    (Monday 0) and the month's length. Importing ``calendar`` was ~8 M
    instructions of an import's start (callgrind), for this one call."""
    leap_day = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return date(year, month, 1).weekday(), _MONTH_DAYS[month - 1] + leap_day


@dataclass(frozen=True)
class YearlyRule:
    """One onset a year at most: in ``month``, on the ``nth`` ``weekday`` (``nth``
    negative counts from the month's end), or on the ``weekday`` that falls on one
    of ``days``, or on one of ``days``; at ``clock``."""

    month: int
    weekday: int | None
    nth: int | None
    days: tuple[int, ...]
    clock: time
    until: datetime | None
    count: int | None

    def onsets(self, start: datetime) -> Iterator[datetime]:
        """The rule's instances at or after ``start`` (DTSTART), in order."""
        left = self.count
        for year in range(start.year, _LAST_YEAR + 1):
            day = self._day(year)
            if day is None:
                continue
            onset = datetime.combine(date(year, self.month, day), self.clock)
            if self.until is not None and onset > self.until:
                return
            if onset < start:
                continue
            if left is not None:
                if left == 0:
                    return
                left -= 1
            yield onset

    def _day(self, year: int) -> int | None:
        first_weekday, length = _month_range(year, self.month)
        if self.nth is not None and self.weekday is not None:
            if self.nth > 0:
                day = 1 + (self.weekday - first_weekday) % 7 + 7 * (self.nth - 1)
            else:
                last_weekday = (first_weekday + length - 1) % 7
                day = length - (last_weekday - self.weekday) % 7 - 7 * (-self.nth - 1)
            return day if 1 <= day <= length else None
        for day in self.days:
            if day <= length and (
                self.weekday is None or (first_weekday + day - 1) % 7 == self.weekday
            ):
                return day
        return None


@dataclass(frozen=True)
class ZoneBlock:
    """One STANDARD or DAYLIGHT block."""

    daylight: bool
    offset_from: timedelta
    offset_to: timedelta
    start: datetime
    rule: YearlyRule | None
    dates: tuple[datetime, ...]  # RDATE, sorted
    excluded: frozenset[datetime]  # EXDATE

    def onsets(self) -> Iterator[datetime]:
        """Every onset of the block, in order, each once (dateutil's rruleset)."""
        streams: list[Iterable[datetime]] = [(self.start,), self.dates]
        if self.rule is not None:
            streams.append(self.rule.onsets(self.start))
        previous: datetime | None = None
        for onset in heapq.merge(*streams):
            if onset != previous and onset not in self.excluded:
                yield onset
            previous = onset


@dataclass(frozen=True)
class ParsedZone:
    """A VTIMEZONE this parser understood: its TZID and blocks in file order."""

    tzid: str
    blocks: tuple[ZoneBlock, ...]


def parse_vtimezone(block: str) -> ParsedZone | None:
    """The VTIMEZONE of ``block`` (its unfolded lines, ``BEGIN:VTIMEZONE`` to
    ``END:VTIMEZONE``, separated by CRLF or LF; blank ones skipped), or None if
    it has anything this parser leaves to icalendar (see the module's docstring)."""
    try:
        return _parse([line for line in re.split(r"\r?\n", block) if line.strip()])
    except (_NotPlainError, ValueError):  # ValueError: a date that does not exist
        return None


def _parse(lines: list[str]) -> ParsedZone:
    if len(lines) < 2 or lines[0] != "BEGIN:VTIMEZONE" or lines[-1] != "END:VTIMEZONE":
        raise _NotPlainError
    tzid: str | None = None
    blocks: list[ZoneBlock] = []
    open_block: list[tuple[str, str, str]] | None = None
    kind = ""
    for line in lines[1:-1]:
        name, params, value = _split(line)
        if open_block is not None:
            if name == "END":
                if value != kind:
                    raise _NotPlainError
                blocks.append(_block(kind == "DAYLIGHT", open_block))
                open_block = None
            else:
                open_block.append((name, params, value))
            continue
        if name == "BEGIN" and value in ("STANDARD", "DAYLIGHT"):
            open_block, kind = [], value
        elif params:
            raise _NotPlainError
        elif name == "TZID" and tzid is None and value and "\\" not in value:
            tzid = value
        elif name == "LAST-MODIFIED":
            _date_time(value)
        elif name not in ("TZURL", "COMMENT") and not name.startswith("X-"):
            raise _NotPlainError
    if open_block is not None or tzid is None or not blocks:
        raise _NotPlainError
    if len(blocks) > 1 and all(block.daylight for block in blocks):
        raise _NotPlainError
    return ParsedZone(tzid, tuple(blocks))


def _split(line: str) -> tuple[str, str, str]:
    """(name, parameters with their leading ``;``, value) of a content line."""
    colon = line.find(":")
    if colon < 0 or line != line.strip():
        raise _NotPlainError
    head, value = line[:colon], line[colon + 1 :]
    semicolon = head.find(";")
    name, params = (head, "") if semicolon < 0 else (head[:semicolon], head[semicolon:])
    if not _NAME.fullmatch(name) or value != value.strip():
        raise _NotPlainError
    return name, params, value


def _block(daylight: bool, properties: list[tuple[str, str, str]]) -> ZoneBlock:
    single: dict[str, str] = {}
    dates: list[datetime] = []
    excluded: set[datetime] = set()
    for name, params, value in properties:
        if params and not (params == ";VALUE=DATE-TIME" and name in ("DTSTART", "RDATE")):
            raise _NotPlainError
        if name in ("RDATE", "EXDATE"):
            found = [_date_time(text) for text in value.split(",")]
            if name == "RDATE":
                dates.extend(found)
            else:
                excluded.update(found)
        elif name in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "TZNAME"):
            if name in single:
                raise _NotPlainError
            single[name] = value
        elif name != "COMMENT" and not name.startswith("X-"):
            raise _NotPlainError
    if len(dates) > _MOST_DATES or not {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} <= set(single):
        raise _NotPlainError
    start = _date_time(single["DTSTART"], utc_mark=False)
    rule = single.get("RRULE")
    return ZoneBlock(
        daylight=daylight,
        offset_from=_offset(single["TZOFFSETFROM"]),
        offset_to=_offset(single["TZOFFSETTO"]),
        start=start,
        rule=_yearly_rule(rule, start) if rule is not None else None,
        dates=tuple(sorted(dates)),
        excluded=frozenset(excluded),
    )


def _date_time(text: str, *, utc_mark: bool = True) -> datetime:
    """A date-time as dateutil reads it here (``ignoretz``): naive, a ``Z`` dropped
    (refused where ``utc_mark`` is False)."""
    match = _DATE_TIME.fullmatch(text)
    if match is None or (match.group(7) and not utc_mark):
        raise _NotPlainError
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    return datetime(year, month, day, hour, minute, second)


def _offset(text: str) -> timedelta:
    match = _OFFSET.fullmatch(text)
    if match is None:
        raise _NotPlainError
    sign, hours, minutes, seconds = match.groups()
    if int(hours) >= 24 or int(minutes) >= 60 or int(seconds or 0) >= 60:
        raise _NotPlainError
    size = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -size if sign == "-" else size


def _yearly_rule(text: str, start: datetime) -> YearlyRule:
    parts: dict[str, str] = {}
    for part in text.split(";"):
        name, equals, value = part.partition("=")
        if not equals or name in parts or not value:
            raise _NotPlainError
        parts[name] = value
    known = {"FREQ", "BYMONTH", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "INTERVAL", "WKST"}
    known |= {"BYHOUR", "BYMINUTE", "BYSECOND"}
    if set(parts) - known or parts.get("FREQ") != "YEARLY" or "BYMONTH" not in parts:
        raise _NotPlainError
    if parts.get("INTERVAL", "1") != "1" or parts.get("WKST", "MO") not in _WEEKDAYS:
        raise _NotPlainError
    if "UNTIL" in parts and "COUNT" in parts:
        raise _NotPlainError
    month = _number(parts["BYMONTH"], 1, 12)
    weekday: int | None = None
    nth: int | None = None
    if "BYDAY" in parts:
        match = _NTH_WEEKDAY.fullmatch(parts["BYDAY"])
        if match is None:
            raise _NotPlainError
        weekday = _WEEKDAYS.index(match.group(2))
        nth = int(match.group(1)) if match.group(1) else None
    if (nth is not None) == ("BYMONTHDAY" in parts) and weekday is not None:
        raise _NotPlainError  # every such weekday of the month, or nth and days at once
    # Without BYDAY nor BYMONTHDAY dateutil takes DTSTART's day.
    days = tuple(_number(day, 1, 31) for day in parts.get("BYMONTHDAY", str(start.day)).split(","))
    if len(days) > (1 if weekday is None else 7) or max(days) - min(days) > 6:
        raise _NotPlainError  # more than one onset a year
    clock = time(
        _number(parts["BYHOUR"], 0, 23) if "BYHOUR" in parts else start.hour,
        _number(parts["BYMINUTE"], 0, 59) if "BYMINUTE" in parts else start.minute,
        _number(parts["BYSECOND"], 0, 59) if "BYSECOND" in parts else start.second,
    )
    return YearlyRule(
        month=month,
        weekday=weekday,
        nth=nth,
        days=tuple(sorted(days)),
        clock=clock,
        until=_until(parts["UNTIL"]) if "UNTIL" in parts else None,
        count=_number(parts["COUNT"], 1, 9999) if "COUNT" in parts else None,
    )


def _number(text: str, least: int, most: int) -> int:
    if not _SMALL_NUMBER.fullmatch(text) or not least <= int(text) <= most:
        raise _NotPlainError
    return int(text)


def _until(text: str) -> datetime:
    """UNTIL as dateutil compares it (``ignoretz``): naive, a date at midnight."""
    match = _DATE.fullmatch(text)
    if match is not None:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return _date_time(text)
