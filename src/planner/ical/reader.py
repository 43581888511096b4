"""Reading .ics files (ours or anyone's) into plain values, with errors that name the line.

Times are converted to UTC exactly as the file means them:

* ``TZID`` with a VTIMEZONE in the file: the file's VTIMEZONE decides (RFC
  5545 makes it the definition of that TZID), even when the TZID is an IANA
  name whose rules differ;
* ``TZID`` without a VTIMEZONE: an IANA name (or a Windows zone name) is
  looked up in the tz database; anything else is an error;
* ``...Z``: UTC;
* floating times (no TZID, no Z): read as wall time in ``floating_zone`` if
  the caller (the user) gives one, else in the calendar's ``X-WR-TIMEZONE``
  if it names a zone, else refused: guessing the zone would silently move
  sessions by hours.

A local time that happens twice is its first occurrence and one the clocks
skip is read with the offset before the change, as RFC 5545 says; hence
``zoneinfo`` (whose ``fold=0`` means exactly that) rather than pytz here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import accumulate, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ImportFormatError
from planner.domain.track_time import UTC
from planner.i18n import tr
from planner.ical.dialect import X_TRACK_TZID
from planner.ical.event_run import (
    EventRun,
    covered,
    find_run,
    lone_line_feeds,
    run_pattern,
    unfolded,
)
from planner.ical.onset_table import FileZone, onset_table
from planner.ical.text import no_cyclic_gc
from planner.ical.vtimezone_parser import parse_vtimezone

if TYPE_CHECKING:  # icalendar costs ~0.15 s to import: only the fallback needs it
    from icalendar import Component

    # The line-by-line scan is imported by the fallback and its errors only: its
    # import (module, patterns, two dataclasses) is ~8 M instructions (callgrind).
    from planner.ical.prescan import ScannedEvent

# Properties whose parse errors make an event unusable; errors in others
# (an odd X- property of another program) are ignored.
_USED_PROPERTIES = frozenset(
    {
        "UID", "SEQUENCE", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "URL", "CATEGORIES",
        "STATUS", "DTSTART", "DTEND", "DURATION", "DTSTAMP", "LAST-MODIFIED",
    }
)  # fmt: skip


class _EventSlots:
    """The fields of an :class:`ImportedEvent`, set by plain assignments.

    The fast readers build each event as one of these and then make it an
    ImportedEvent (``event.__class__ = ImportedEvent``: the same slots, nothing
    added), which cannot be assigned to: a frozen dataclass's ``__init__`` sets
    each field through ``object.__setattr__``, a dict of fields given to
    ``__dict__`` costs a dict of 20 keys per event; this costs ~1/2 of that (and
    reading a slot is quicker than reading a dict)."""

    __slots__ = (
        "alarm_minutes_before",
        "all_day",
        "categories",
        "description",
        "dtstamp",
        "end",
        "floating",
        "geo",
        "last_modified",
        "line",
        "location",
        "recurring",
        "sequence",
        "start",
        "status",
        "summary",
        "tzid",
        "uid",
        "url",
        "x_props",
    )  # fmt: skip

    def __init__(
        self,
        uid: str | None,
        sequence: int,
        summary: str,
        description: str,
        location: str,
        geo: tuple[float, float] | None,
        url: str | None,
        categories: tuple[str, ...],
        status: str | None,
        start: datetime | date,
        end: datetime | date,
        all_day: bool,
        tzid: str | None,
        floating: bool,
        alarm_minutes_before: int | None,
        dtstamp: datetime | None,
        last_modified: datetime | None,
        recurring: bool,
        x_props: tuple[tuple[str, str], ...],
        line: int | None,
    ) -> None:
        self.uid = uid
        self.sequence = sequence
        self.summary = summary
        self.description = description
        self.location = location
        self.geo = geo
        self.url = url
        self.categories = categories
        self.status = status
        self.start = start
        self.end = end
        self.all_day = all_day
        self.tzid = tzid
        self.floating = floating
        self.alarm_minutes_before = alarm_minutes_before
        self.dtstamp = dtstamp
        self.last_modified = last_modified
        self.recurring = recurring
        self.x_props = x_props
        self.line = line


@dataclass(frozen=True)
class ImportedEvent(_EventSlots):
    """One VEVENT as read from a file.

    ``start``/``end``: aware UTC datetimes for timed events; dates for
    all-day events (``end`` exclusive). ``tzid``: the zone the file wrote
    the times in (the TZID parameter, our X-RACE-PLANNER-TZID, or the zone
    used for floating times); None for UTC-only times.
    """

    uid: str | None
    sequence: int
    summary: str
    description: str
    location: str
    geo: tuple[float, float] | None
    url: str | None
    categories: tuple[str, ...]
    status: str | None
    start: datetime | date
    end: datetime | date
    all_day: bool
    tzid: str | None
    floating: bool
    alarm_minutes_before: int | None
    dtstamp: datetime | None
    last_modified: datetime | None
    recurring: bool
    x_props: tuple[tuple[str, str], ...]
    line: int | None  # line of BEGIN:VEVENT in the file

    __slots__ = ()

    def x_prop(self, name: str) -> str | None:
        """The first value of an X- property, e.g. ``x_prop("X-RACE-PLANNER-TZID")``
        (a name in any case)."""
        # Asked 3 times per event (60,000 times importing 20,000 events) of a
        # tuple of a pair or two: a plain loop, not a generator (3x slower) nor a
        # dict built per event (measured: no faster for so few pairs). Names are
        # kept upper-case, as callers pass them: upper-cased only if not found.
        for key, value in self.x_props:
            if key == name:
                return value
        if not self.x_props or name.isupper():
            return None
        wanted = name.upper()
        for key, value in self.x_props:
            if key == wanted:
                return value
        return None


if sorted(_EventSlots.__slots__) != sorted(ImportedEvent.__dataclass_fields__):
    raise TypeError("_EventSlots.__slots__ must be ImportedEvent's fields")


def _decoded(component: Component, name: str) -> Any:
    """The decoded value (``.dt``) of a date, time or duration property."""
    prop: Any = component[name]
    return prop.dt


def _iana_zone(name: str) -> tzinfo | None:
    """The tz database zone of an IANA name, or of a Windows zone name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    # Only now icalendar (slow to import): its table of Windows names.
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    candidate = WINDOWS_TO_OLSON.get(name)
    if not candidate:
        return None
    try:
        return ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        return None


#: The largest SEQUENCE stored (a 32-bit revision; RFC 5545 says "integer").
MAX_SEQUENCE = 2**31 - 1


def _shortened(text: str, most: int = 40) -> str:
    """A value to quote in a message: a 5,000-digit number would drown it."""
    return text if len(text) <= most else f"{text[:most]}… ({len(text)} characters)"


class _Context:
    """What one file knows about zones, and how to word an error about an event."""

    def __init__(
        self,
        calendars: list[Component],
        source_name: str,
        floating_zone: str | None,
        *,
        vtimezones: dict[str, Component] | None = None,
        file_zones: dict[str, tzinfo] | None = None,
        declared: str | None = None,
    ) -> None:
        """``calendars``: the parsed file; or none, and its ``vtimezones`` by TZID,
        the ``file_zones`` already read from its other VTIMEZONEs and its
        ``declared`` X-WR-TIMEZONE (the fast reader's way)."""
        self.source_name = source_name
        self._vtimezones = (
            vtimezones
            if vtimezones is not None
            else {
                str(component["TZID"]): component
                for calendar in calendars
                for component in calendar.walk("VTIMEZONE")
                if "TZID" in component
            }
        )
        self._zones: dict[str, tzinfo | None] = dict(file_zones or {})
        if calendars:
            declared = next(
                (str(c["X-WR-TIMEZONE"]) for c in calendars if "X-WR-TIMEZONE" in c), None
            )
        self.floating_zone_name: str | None = None
        self.floating_zone: tzinfo | None = None
        # The user's choice wins; the file's X-WR-TIMEZONE when nothing else says.
        for name in (floating_zone, declared):
            found = _iana_zone(name) if name else None
            if found is not None:
                self.floating_zone_name, self.floating_zone = name, found
                break

    def zone(self, tzid: str) -> tzinfo | None:
        if tzid not in self._zones:
            self._zones[tzid] = self._build_zone(tzid)
        return self._zones[tzid]

    def _build_zone(self, tzid: str) -> tzinfo | None:
        component: Any = self._vtimezones.get(tzid)
        if component is not None:
            try:
                built: tzinfo = component.to_tz(lookup_tzid=False)
            except (ValueError, KeyError, TypeError, AttributeError):
                return _iana_zone(tzid)
            return built
        return _iana_zone(tzid)

    def error(self, scanned: ScannedEvent | None, property_name: str, message: str) -> Exception:
        if scanned is None:
            return ImportFormatError(message, where=self.source_name)
        from planner.ical.prescan import line_error

        line = scanned.property_lines.get(property_name, scanned.begin_line)
        return line_error(self.source_name, line, message)


def _label(event: Component, scanned: ScannedEvent | None) -> str:
    if scanned is not None:
        return scanned.label()
    from planner.ical.prescan import ScannedEvent

    summary, uid = str(event.get("SUMMARY", "")), str(event.get("UID", ""))
    return ScannedEvent(0, uid=uid, summary=summary).label()


def _moment(
    event: Component, name: str, scanned: ScannedEvent | None, context: _Context
) -> tuple[datetime | date, str | None, bool]:
    """(UTC datetime or date, zone name used, floating?) of DTSTART or DTEND."""
    value = _decoded(event, name)
    tzid = event[name].params.get("TZID")
    if isinstance(value, datetime):
        wall = value.replace(tzinfo=None)
        if tzid:
            tz = context.zone(str(tzid))
            if tz is None:
                raise context.error(
                    scanned,
                    name,
                    tr(
                        "The event {event} uses the time zone “{tzid}”, which the file does not "
                        "define and which is not a known time zone name."
                    ).format(event=_label(event, scanned), tzid=tzid),
                )
            return wall.replace(tzinfo=tz).astimezone(UTC), str(tzid), False
        if value.tzinfo is not None:
            return value.astimezone(UTC), None, False
        if context.floating_zone is None:
            raise context.error(
                scanned,
                name,
                tr(
                    "The event {event} has a time without a time zone; choose the time zone "
                    "its times are in."
                ).format(event=_label(event, scanned)),
            )
        moment = wall.replace(tzinfo=context.floating_zone).astimezone(UTC)
        return moment, context.floating_zone_name, True
    if isinstance(value, date):
        return value, None, False
    raise context.error(
        scanned,
        name,
        tr("{name} of the event {event} is not a date or a date and time.").format(
            name=name, event=_label(event, scanned)
        ),
    )


def _end(
    event: Component,
    start: datetime | date,
    scanned: ScannedEvent | None,
    context: _Context,
) -> datetime | date:
    if "DTEND" in event:
        end, _zone, _floating = _moment(event, "DTEND", scanned, context)
        if isinstance(start, datetime) != isinstance(end, datetime):
            raise context.error(
                scanned,
                "DTEND",
                tr("The event {event} mixes a date and a date with time in DTSTART/DTEND.").format(
                    event=_label(event, scanned)
                ),
            )
        return end
    if "DURATION" in event:
        duration = _decoded(event, "DURATION")
        if isinstance(duration, timedelta):
            try:
                return start + duration
            except OverflowError:
                raise context.error(
                    scanned,
                    "DURATION",
                    tr(
                        "The event {event} would end outside the years 1-9999: "
                        "DTSTART {start} plus DURATION {duration}."
                    ).format(
                        event=_label(event, scanned),
                        start=start.isoformat(),
                        duration=_duration_text(event["DURATION"]),
                    ),
                ) from None
    if isinstance(start, datetime):
        return start
    return start + timedelta(days=1)


def _duration_text(value: Any) -> str:
    written = value.to_ical()
    return _shortened(written.decode() if isinstance(written, bytes) else str(written))


def _categories(event: Component) -> tuple[str, ...]:
    found = event.get("CATEGORIES")
    if found is None:
        return ()
    props = found if isinstance(found, list) else [found]
    return tuple(str(name) for prop in props for name in getattr(prop, "cats", [prop]))


def _alarm_minutes(event: Component) -> int | None:
    for alarm in event.subcomponents:
        if alarm.name != "VALARM" or "TRIGGER" not in alarm:
            continue
        trigger = _decoded(alarm, "TRIGGER")
        if isinstance(trigger, timedelta) and trigger <= timedelta(0):
            return int(-trigger.total_seconds() // 60)
    return None


def _utc_or_none(event: Component, name: str) -> datetime | None:
    if name not in event:
        return None
    value = _decoded(event, name)
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return None


def _x_props(event: Component) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for key, value in event.items():
        if not key.upper().startswith("X-"):
            continue
        values: list[Any] = value if isinstance(value, list) else [value]
        pairs.extend((key.upper(), str(item)) for item in values)
    return tuple(pairs)


def _geo(event: Component) -> tuple[float, float] | None:
    geo = event.get("GEO")
    if geo is None:
        return None
    return (float(geo.latitude), float(geo.longitude))


def _convert(event: Component, scanned: ScannedEvent | None, context: _Context) -> ImportedEvent:
    for property_name, message in getattr(event, "errors", []):
        if str(property_name).upper() in _USED_PROPERTIES:
            raise context.error(
                scanned,
                str(property_name).upper(),
                tr("The event {event} has an unreadable {name}: {detail}").format(
                    event=_label(event, scanned), name=property_name, detail=message
                ),
            )
    start, tzid, floating = _moment(event, "DTSTART", scanned, context)
    end = _end(event, start, scanned, context)
    if end < start:
        raise context.error(
            scanned,
            "DTEND",
            tr("The event {event} ends before it starts.").format(event=_label(event, scanned)),
        )
    x_props = _x_props(event)
    if tzid is None:
        tzid = next((value for key, value in x_props if key == X_TRACK_TZID), None)
    status = event.get("STATUS")
    url = event.get("URL")
    sequence = int(event.get("SEQUENCE", 0))
    if sequence > MAX_SEQUENCE:
        raise context.error(
            scanned,
            "SEQUENCE",
            tr("The event {event} has SEQUENCE {value}: a revision number up to {most}.").format(
                event=_label(event, scanned), value=_shortened(str(sequence)), most=MAX_SEQUENCE
            ),
        )
    return ImportedEvent(
        uid=str(event["UID"]) if "UID" in event else None,
        sequence=sequence,
        summary=str(event.get("SUMMARY", "")),
        description=str(event.get("DESCRIPTION", "")),
        location=str(event.get("LOCATION", "")),
        geo=_geo(event),
        url=str(url) if url else None,
        categories=_categories(event),
        status=str(status).upper() if status else None,
        start=start,
        end=end,
        all_day=not isinstance(start, datetime),
        tzid=tzid,
        floating=floating,
        alarm_minutes_before=_alarm_minutes(event),
        dtstamp=_utc_or_none(event, "DTSTAMP"),
        last_modified=_utc_or_none(event, "LAST-MODIFIED"),
        recurring="RRULE" in event or "RDATE" in event,
        x_props=x_props,
        line=scanned.begin_line if scanned is not None else None,
    )


def _top_level_events(calendars: list[Component]) -> Iterator[Component]:
    for calendar in calendars:
        for component in calendar.subcomponents:
            if component.name == "VEVENT":
                yield component


def read_calendar(
    data: bytes, *, source_name: str, floating_zone: str | None = None, text: str | None = None
) -> tuple[ImportedEvent, ...]:
    """Every top-level VEVENT of an .ics file, in file order.

    Raises ImportFormatError (its ``where`` names the file and line) for a
    file that is not iCalendar, is cut off, or has an event that cannot be
    placed in time. Recurring events are returned once, as their first
    occurrence (``recurring`` tells).

    A fast reader (:func:`_read_fast`) reads the files we write and plain ones
    of others, ~50x faster than icalendar; anything it is not sure about
    (and every error) goes through icalendar, so results and messages are the
    same either way.

    ``text``: ``data`` decoded as UTF-8, if the caller has it (an import checks
    the encoding first): the fast reader reads its events from it instead of
    decoding them again.
    """
    with no_cyclic_gc():
        fast = _read_fast(data, source_name, floating_zone, text)
    if fast is not None:
        return fast
    return read_calendar_with_icalendar(data, source_name=source_name, floating_zone=floating_zone)


def read_calendar_with_icalendar(
    data: bytes, *, source_name: str, floating_zone: str | None = None
) -> tuple[ImportedEvent, ...]:
    """:func:`read_calendar` through the icalendar library only (the reference)."""
    from planner.ical.prescan import scan

    scanned = scan(data, source_name)
    _check_zone_names(scanned.text, source_name)
    from icalendar import Calendar  # slow to import: only when the fast reader gave up

    try:
        calendars: list[Component] = list(Calendar.from_ical(scanned.text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        raise ImportFormatError(
            tr("The file cannot be read as iCalendar: {detail}").format(detail=error),
            where=source_name,
        ) from None
    context = _Context(calendars, source_name, floating_zone)
    events = list(_top_level_events(calendars))
    located: list[ScannedEvent | None] = (
        list(scanned.events) if len(scanned.events) == len(events) else [None] * len(events)
    )
    return tuple(
        _convert_or_explain(event, where, context)
        for event, where in zip(events, located, strict=True)
    )


_ZONE_BLOCK = re.compile(
    r"^BEGIN:VTIMEZONE\s*$(.*?)^END:VTIMEZONE\s*$", re.MULTILINE | re.IGNORECASE | re.DOTALL
)
_TZID_LINE = re.compile(r"^TZID[;:](.*)$", re.MULTILINE | re.IGNORECASE)


def _check_zone_names(text: str, source_name: str) -> None:
    """A VTIMEZONE with two TZID lines is refused with both names (icalendar crashes on it)."""
    if "VTIMEZONE" not in text.upper():
        return
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    for block in _ZONE_BLOCK.finditer(unfolded):
        names = [name.split(":")[-1].strip() for name in _TZID_LINE.findall(block.group(1))]
        if len(names) > 1:
            from planner.ical.prescan import line_error

            line = unfolded.count("\n", 0, block.start()) + 1
            raise line_error(
                source_name,
                line,
                tr(
                    "A time zone (VTIMEZONE) names its TZID more than once: {names}. "
                    "A time zone has one name."
                ).format(names=", ".join(_shortened(name) for name in names)),
            )


def _convert_or_explain(
    event: Component, scanned: ScannedEvent | None, context: _Context
) -> ImportedEvent:
    """A value icalendar parsed into something unexpected (a date property given
    twice becomes a list) is the file's fault: say which event, never crash."""
    try:
        return _convert(event, scanned, context)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError, OverflowError) as error:
        message = tr("The event {event} cannot be read: {detail}").format(
            event=_label(event, scanned), detail=error
        )
        raise context.error(scanned, "", message) from None


# --- the fast reader ------------------------------------------------------------------
#
# A reader for the files we write and the plain ones others do: events found on
# the file's bytes (:func:`_layout`), each event's lines split by one regex and
# looked up by name (:func:`_fast_event`), every distinct value worked out once
# (:class:`_ReadMemo`). It mirrors what icalendar 7 makes of each property
# (values unescaped in one pass of backslash sequences; X- properties without
# parameters verbatim; CATEGORIES split on unescaped commas; VTIMEZONEs handed to
# icalendar itself) and gives up (returns None) on anything else: a parameter,
# component or property it does not know, a value it cannot parse, a repeated
# property, any error. The caller then reads the file with icalendar, which
# decides results and error messages.


class _UnsureError(Exception):
    """The fast reader cannot be sure to read this as icalendar would."""


_DURATION = re.compile(  # icalendar's DURATION_REGEX (matched with re.match)
    r"([-+]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?\Z"
)
_NAME = re.compile(r"[A-Za-z0-9-]+")
_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)')

# Properties of a top-level VEVENT: read here (or only looked at: RRULE, RDATE).
# Any other name makes the reader give up, except X- names without parameters
# and these, which icalendar parses leniently and the result never uses.
_TEXT = frozenset({"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS"})
_MOMENTS = frozenset({"DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED", "CREATED"})
_IGNORED = frozenset({"TRANSP", "CLASS", "PRIORITY", "RRULE", "RDATE", "EXDATE", "COMMENT"})
_ALARM_TEXT = frozenset({"ACTION", "DESCRIPTION", "SUMMARY"})
_CALENDAR_TEXT = frozenset({"VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "DESCRIPTION"})


def _unescaped(value: str) -> str:
    """What icalendar's one-pass ``\\([\\\\,;:nN])`` substitution gives, by splitting
    on escaped backslashes first (the pieces then hold only one-backslash escapes)."""
    if "\\" not in value:
        return value
    if "\\\\" in value:
        return "\\".join(_unescaped_piece(piece) for piece in value.split("\\\\"))
    return _unescaped_piece(value)


def _unescaped_piece(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\:", ":")
    )


def _parse_duration(value: str) -> timedelta:
    found = _DURATION.match(value)
    if found is None:
        raise _UnsureError
    sign, weeks, days, hours, minutes, seconds = found.groups()
    span = timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return -span if sign == "-" else span


_NO_PARAMS: dict[str, str] = {}


def _params(text: str) -> dict[str, str]:
    """``;NAME=value;...`` as a dict of upper-case names (one plain value each)."""
    if not text:
        return {}
    found: dict[str, str] = {}
    position = 0
    while position < len(text):
        match = _PARAM.match(text, position)
        if match is None:
            raise _UnsureError
        name, value = match.group(1).upper(), match.group(2)
        if name in found:
            raise _UnsureError
        found[name] = value[1:-1] if value[:1] == '"' else value
        position = match.end()
    return found


def _split(line: str, names: dict[str, str]) -> tuple[str, str, str]:
    """(NAME, parameter text, raw value) of a logical line; ``names``: property
    names met so far -> upper case (each checked once)."""
    colon = line.find(":")
    if colon <= 0:
        raise _UnsureError
    head = line[:colon]
    if '"' in head:  # a quoted parameter may hold a colon
        match = _CONTENT_LINE_FULL.fullmatch(line)
        if match is None:
            raise _UnsureError
        name, params, value = match.group(1), match.group(2), match.group(3)
    else:
        semicolon = head.find(";")
        if semicolon < 0:
            name, params = head, ""
        else:
            name, params = head[:semicolon], head[semicolon:]
        value = line[colon + 1 :]
    upper = names.get(name)
    if upper is None:
        if _NAME.fullmatch(name) is None:
            raise _UnsureError
        upper = names[name] = name.upper()
    return upper, params, value


_CONTENT_LINE_FULL = re.compile(
    r'([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)',
    re.DOTALL,
)


# A DATE-TIME or DATE as RFC 5545 writes it, in ASCII digits (hours 00-23: newer
# Pythons read "T240000" as the next midnight, icalendar does not).
_DATE_TIME = re.compile(r"[0-9]{8}T(?:[01][0-9]|2[0-3])[0-9]{4}Z?")
_DATE = re.compile(r"[0-9]{8}")


def _parse_moment(value: str, params: dict[str, str]) -> datetime | date:
    """A DATE or DATE-TIME value as icalendar gives it (naive, or UTC for ``Z``)."""
    kind = params.get("VALUE")
    try:
        if _DATE_TIME.fullmatch(value):
            if kind not in (None, "DATE-TIME"):
                raise _UnsureError
            if value[-1] == "Z":
                return _as_utc(datetime.fromisoformat(value[:-1]))
            return datetime.fromisoformat(value)
        if _DATE.fullmatch(value):
            if kind not in (None, "DATE"):
                raise _UnsureError
            return date.fromisoformat(value)
    except ValueError:  # February 30th, minute 61
        raise _UnsureError from None
    raise _UnsureError


def _as_utc(naive: datetime) -> datetime:
    """``naive.replace(tzinfo=UTC)``, built positionally: a keyword argument to a
    datetime method costs ~3 µs here (Python 3.11), ten times the whole call."""
    return datetime(
        naive.year,
        naive.month,
        naive.day,
        naive.hour,
        naive.minute,
        naive.second,
        naive.microsecond,
        UTC,
    )


_BLANK_THEN_FOLD = re.compile(rb"\n\n+[ \t]")
_BEGIN_EVENT = b"BEGIN:VEVENT"
_END_EVENT = b"END:VEVENT"
_BOM = b"\xef\xbb\xbf"
#: The first byte of a line that is folded on or blank (or of nothing).
_FOLDED_OR_BLANK = frozenset({b"", b" ", b"\t", b"\r", b"\n"})

_PARAMETERS = r'(?:;[A-Za-z0-9-]+=(?:"[^"\n]*"|[^";:,\n]*)(?:,(?:"[^"\n]*"|[^";:,\n]*))*)*'

#: One line of an event, ``NAME`` and ``;PARAMS:value``, and its line break: the
#: grammar of :data:`_CONTENT_LINE_FULL` with upper-case names (any other line
#: sends the event through :func:`_split`, line by line).
_PROPERTY_LINE = re.compile(rf"^([A-Z0-9-]+)({_PARAMETERS}:[^\n]*)\n", re.MULTILINE)
#: ``;PARAMS:value`` -> parameter text, value.
_PARAMETERS_AND_VALUE = re.compile(rf"({_PARAMETERS}):(.*)", re.DOTALL)

#: (NAME, ";PARAMS:value") of a content line: kept whole, as the memo's key, and
#: split only when it has parameters (a value alone is ``rest[1:]``).
Property = tuple[str, str]


def _parameters_and_value(rest: str) -> tuple[str, str]:
    if rest[0] == ":":
        return "", rest[1:]
    if '"' not in rest:  # the first colon ends the parameters
        colon = rest.index(":")
        return rest[:colon], rest[colon + 1 :]
    match = _PARAMETERS_AND_VALUE.fullmatch(rest)
    if match is None:
        raise _UnsureError
    return match.group(1), match.group(2)


class _Skeleton:
    """The calendar around the events, read line by line: BEGIN/END:VCALENDAR,
    calendar properties and VTIMEZONE blocks (a few hundred lines in a file)."""

    def __init__(self) -> None:
        self.zones: list[str] = []  # each VTIMEZONE block's lines, CRLF-joined
        self.properties: dict[str, str] = {}
        self._stack: list[str] = []
        self._zone_lines: list[str] | None = None
        self._names: dict[str, str] = {}

    def read(self, text: str) -> None:
        for line in text.split("\n"):
            if not line.strip():
                continue
            name, params, value = _split(line, self._names)
            stack = self._stack
            if self._zone_lines is not None:
                self._zone_lines.append(line)
                if name == "BEGIN":
                    stack.append(value.strip().upper())
                elif name == "END":
                    if value.strip().upper() != stack.pop():
                        raise _UnsureError
                    if len(stack) == 1:
                        self.zones.append("\r\n".join(self._zone_lines))
                        self._zone_lines = None
                continue
            if name == "BEGIN":
                component = value.strip().upper()
                if len(stack) == 0 and component == "VCALENDAR":
                    pass
                elif len(stack) == 1 and component == "VTIMEZONE":
                    self._zone_lines = [line]
                else:
                    raise _UnsureError
                stack.append(component)
            elif name == "END":
                if not stack or stack.pop() != value.strip().upper():
                    raise _UnsureError
            elif len(stack) == 1:
                self._property(name, params, value)
            else:
                raise _UnsureError

    def _property(self, name: str, params: str, value: str) -> None:
        if name in self.properties:
            raise _UnsureError
        if name == "REFRESH-INTERVAL" and params.upper() == ";VALUE=DURATION":
            _parse_duration(_unescaped(value))  # as icalendar would, or give up
        elif params or (name not in _CALENDAR_TEXT and not name.startswith("X-")):
            raise _UnsureError
        self.properties[name] = value

    def event_here(self) -> None:
        """An event begins: only directly inside a VCALENDAR."""
        if self._zone_lines is not None or len(self._stack) != 1:
            raise _UnsureError

    def finish(self) -> None:
        if self._stack:
            raise _UnsureError


def _whole_line(data: bytes, start: int, size: int) -> int:
    """Where the line after ``data[start : start + size]`` begins, if those bytes are
    a whole logical line (at a line's start, ended by a line break, not folded on),
    else -1. ``data``: line breaks made ``\n``."""
    if start > 0 and data[start - 1] != 10:  # "\n"
        return -1
    end = start + size
    if data[end : end + 1] != b"\n":
        return -1
    end += 1
    # Not folded on, nor followed by a blank line (icalendar would unfold across it).
    return end if data[end : end + 1] not in (b" ", b"\t", b"\r", b"\n") else -1


def _lines_text(data: bytes) -> str:
    """Raw lines of the file (line breaks made ``\n``): unfolded, decoded."""
    # Two replaces do what one pass of \n[ \t] would (without a blank line before
    # a fold, removing one fold cannot make another), at C speed.
    unfolded = data.replace(b"\n ", b"")
    if b"\t" in unfolded:
        unfolded = unfolded.replace(b"\n\t", b"")
    return unfolded.decode("utf-8")


@dataclass(frozen=True)
class _Layout:
    """Where a file's top-level events are, and what the calendar around them says."""

    events: list[tuple[int, str]]  # (line of BEGIN:VEVENT, its unfolded body)
    zones: list[str]  # the VTIMEZONE blocks
    properties: dict[str, str]  # the calendar's properties


def _layout(data: bytes) -> _Layout:
    """Find the top-level events and read the lines around them (a :class:`_Skeleton`);
    no Python code runs per line of an event.

    The whole file is made ``\n``-lined once, and the events that follow each other
    (:func:`_events_back_to_back`) unfolded and decoded in one go: per event that
    cost more than reading it (a ``bytes`` ``in`` test alone costs ~1 µs in
    Python 3.11: it tries the argument as an integer first). Unfolding the bytes
    before decoding them also restores a character split by a fold, as RFC 5545
    asks (:func:`planner.ical.prescan.repaired_folds` makes the full reader agree).
    """
    start = len(_BOM) if data.startswith(_BOM) else 0
    if data.startswith((b" ", b"\t"), start):
        raise _UnsureError
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
        if b"\r" in data:
            raise _UnsureError  # a line break of a lone CR
    if b"\n\n" in data and _BLANK_THEN_FOLD.search(data):
        raise _UnsureError  # icalendar unfolds a fold across blank lines too
    skeleton = _Skeleton()
    events = _events_back_to_back(data, start, skeleton)
    if events is None:
        skeleton = _Skeleton()
        events = _events_anywhere(data, start, skeleton)
    skeleton.finish()
    return _Layout(events, skeleton.zones, skeleton.properties)


def _events_back_to_back(
    data: bytes, start: int, skeleton: _Skeleton
) -> list[tuple[int, str]] | None:
    """The events of a file whose events follow each other with nothing between
    them (as every program writes them), by one ``bytes.split`` on the
    BEGIN:VEVENT lines; None for any other file (lines between two events, a fold
    or blank line next to a BEGIN or END:VEVENT line, END:VEVENT inside an event):
    :func:`_events_anywhere` reads those.

    The events' bodies are unfolded and decoded in one piece, then split where one
    event ends and the next begins: unfolding keeps those lines (no fold is next
    to them), and a line it would make one of them (a folded BEGIN:VEVENT) shows
    as one body too many: then give up."""
    line_break = b"\n"
    pieces = data.split(line_break + _BEGIN_EVENT + line_break)
    if len(pieces) == 1:
        return None
    last_end = pieces[-1].find(line_break + _END_EVENT + line_break)
    if last_end < 0:
        return None
    after_last = last_end + 2 * len(line_break) + len(_END_EVENT)
    tail = pieces[-1][after_last:]
    pieces[-1] = pieces[-1][: after_last - len(line_break)]
    if tail[:1] in (b" ", b"\t", b"\r", b"\n") or _BEGIN_EVENT in pieces[0] or _BEGIN_EVENT in tail:
        return None  # (BEGIN:VEVENT within a line, or folded on)
    ends_event = line_break + _END_EVENT
    # END:VEVENT nowhere but at the end of each event: one count over the file
    # (searching each event cost ten times as much).
    if data.count(_END_EVENT) != len(pieces) - 1:
        return None
    lines: list[int] = []
    line = pieces[0].count(b"\n") + 2
    for piece in pieces[1:]:
        if piece[:1] in _FOLDED_OR_BLANK or not piece.endswith(ends_event):
            return None
        lines.append(line)
        line += piece.count(b"\n") + 2
    first_body = len(pieces[0]) + len(line_break) * 2 + len(_BEGIN_EVENT)
    bodies_end = len(data) - len(tail) - len(line_break) - len(_END_EVENT)
    text = _lines_text(data[first_body:bodies_end])
    bodies = text.split(f"{_END_EVENT.decode()}\n{_BEGIN_EVENT.decode()}\n")
    if len(bodies) != len(lines):
        raise _UnsureError  # unfolding made a line BEGIN:VEVENT or END:VEVENT
    skeleton.read(_lines_text(pieces[0][start:]))
    skeleton.event_here()
    skeleton.read(_lines_text(tail))
    return list(zip(lines, bodies, strict=True))


def _events_anywhere(data: bytes, start: int, skeleton: _Skeleton) -> list[tuple[int, str]]:
    """The events of any file, found with ``bytes.find``; the lines between them
    read by the ``skeleton``."""
    events: list[tuple[int, str]] = []
    line, counted = 1, start
    position = start
    begin = data.find(_BEGIN_EVENT, position)
    while begin >= 0:
        body_start = _whole_line(data, begin, len(_BEGIN_EVENT))
        if body_start < 0:  # not a BEGIN:VEVENT line
            begin = data.find(_BEGIN_EVENT, begin + 1)
            continue
        if begin > position:  # lines between two events (rarely any)
            skeleton.read(_lines_text(data[position:begin]))
        skeleton.event_here()
        end = data.find(_END_EVENT, body_start)
        after = _whole_line(data, end, len(_END_EVENT)) if end >= 0 else -1
        while end >= 0 and after < 0:  # "END:VEVENT" inside a line
            end = data.find(_END_EVENT, end + 1)
            after = _whole_line(data, end, len(_END_EVENT)) if end >= 0 else -1
        if end < 0:
            raise _UnsureError
        line += data.count(b"\n", counted, begin)
        counted = begin
        events.append((line, _lines_text(data[body_start:end])))
        position = after
        begin = data.find(_BEGIN_EVENT, position)
    skeleton.read(_lines_text(data[position:]))
    return events


def _fast_context(
    zones: list[str], calendar_props: dict[str, str], source_name: str, floating: str | None
) -> _Context:
    """The file's zones: each VTIMEZONE block the small parser understands read by
    it, any other through icalendar as before (the last block of a TZID wins)."""
    vtimezones: dict[str, Component] = {}
    file_zones: dict[str, tzinfo] = {}
    for block in zones:
        plain = parse_vtimezone(block)
        if plain is not None:
            vtimezones.pop(plain.tzid, None)
            file_zones[plain.tzid] = FileZone(plain)
            continue
        from icalendar import Calendar  # slow to import: only for a block it left alone

        try:
            parsed = Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{block}\r\nEND:VCALENDAR\r\n")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise _UnsureError from None
        for component in parsed.walk("VTIMEZONE"):
            if "TZID" in component:
                if isinstance(component["TZID"], list):
                    raise _UnsureError  # the full reader words the error
                file_zones.pop(str(component["TZID"]), None)
                vtimezones[str(component["TZID"])] = component
    return _Context(
        [],
        source_name,
        floating,
        vtimezones=vtimezones,
        file_zones=file_zones,
        declared=calendar_props.get("X-WR-TIMEZONE"),
    )


_Instant = tuple[datetime | date, str | None, bool]


#: The properties :func:`_fast_event` reads, in the order :attr:`_Shape.read` gives
#: their values.
_READ = (
    "UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "DTSTART", "DTEND", "DURATION",
    "SEQUENCE", "URL", "GEO", "CATEGORIES", "DTSTAMP", "LAST-MODIFIED", "CREATED",
)  # fmt: skip

#: An event's values (:class:`_Shape`), the None after them for what it lacks.
_Values = tuple[str | None, ...]
_ABSENT: _Values = (None,)


@dataclass(frozen=True)
class _Shape:
    """What an event's property names (in file order) say, worked out once per
    distinct list of names: its X- names and where they are, the names that take no
    parameter, a pattern of the whole event body with these lines in this order (or
    None), and where each property :func:`_fast_event` reads is.

    An event's values come in the order of ``names``, followed by one None: those
    of the names that take no parameter without their ``:``, the others with
    their ``;PARAMS:`` or ``:``. ``read(values)`` picks the values of :data:`_READ`
    from them in one call (the final None for a property the event lacks), where
    looking each up by name in a dict built per event cost more than the rest of
    reading the event."""

    names: tuple[str, ...]
    x_names: tuple[tuple[str, int], ...]  # (X- name, its place in names)
    plain: frozenset[str]
    lines: re.Pattern[str] | None
    read: Callable[[_Values], _Values]
    recurring: bool  # RRULE or RDATE is there

    def x_pairs(self, values: _Values) -> tuple[tuple[str, str], ...]:
        """The event's X- properties as (name, value) pairs, in file order."""
        return tuple([(name, values[place] or "") for name, place in self.x_names])


def _new_shape(names: tuple[str, ...], lines: re.Pattern[str] | None) -> _Shape:
    others = tuple(name for name in names if name not in _EVENT_PROPERTIES)
    if not all(name.startswith("X-") for name in others):
        raise _UnsureError
    absent = len(names)  # the None after the values
    places = [names.index(name) if name in names else absent for name in _READ]
    return _Shape(
        names,
        tuple((name, names.index(name)) for name in others),
        frozenset(name for name in names if name in _PLAIN or name in others),
        lines,
        itemgetter(*places),
        "RRULE" in names or "RDATE" in names,
    )


#: At most this many shapes of event get a pattern of their own (a file whose events
#: all differ is read line by line rather than compiling a pattern per event).
_MOST_PATTERNS = 16


def _body_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """An event body of exactly these lines: each value captured as :class:`_Shape`
    says (with its ``;PARAMS:`` or ``:``, as :data:`_PROPERTY_LINE` captures it; the
    names that take no parameter must be followed by ``:``, else the event is read
    line by line, and gives up, and are captured without it)."""
    plain = _PLAIN | {name for name in names if name.startswith("X-")}
    lines = (
        re.escape(name) + (":([^\n]*+)\n" if name in plain else "([;:][^\n]*+)\n") for name in names
    )
    return re.compile("".join(lines))


class _WallZone:
    """A zone that wall times of a file are read in (a TZID's, or the one for
    floating times), with the offset of each day met worked out once. A zone
    built from the file's VTIMEZONE (dateutil rules, slow to ask) answers from
    its :class:`~planner.ical.onset_table.OnsetTable` instead."""

    __slots__ = ("days", "floating", "midnights", "name", "table", "tz")

    def __init__(self, tz: tzinfo, name: str | None, *, floating: bool) -> None:
        self.tz = tz
        self.name = name
        self.floating = floating
        self.table = onset_table(tz)
        #: YYYYMMDD -> (the day's naive midnight, that instant in UTC) if the offset
        #: holds all day; None: it changes that day.
        self.days: dict[str, tuple[datetime, datetime] | None] = {}
        self.midnights: dict[date, timedelta | None] = {}

    def utc(self, wall: datetime, day_text: str) -> datetime:
        """``wall.replace(tzinfo=tz).astimezone(UTC)``; ``day_text``: its YYYYMMDD."""
        if day_text in self.days:
            day = self.days[day_text]
        else:
            day = self.days[day_text] = self._day(wall.date())
        if day is None:  # the offset changes that day
            offset = self.table.offset(wall) if self.table is not None else None
            if offset is None:
                return wall.replace(tzinfo=self.tz).astimezone(UTC)
            return _as_utc(wall - offset)
        midnight, utc_midnight = day
        return utc_midnight + (wall - midnight)

    def _day(self, day: date) -> tuple[datetime, datetime] | None:
        """(the day's naive midnight, that instant in UTC) if the zone keeps one
        offset all day (the same at this midnight and the next), else None."""
        offset = self._midnight_offset(day)
        if offset is None or offset != self._midnight_offset(day + _ONE_DAY):
            return None
        midnight = datetime.combine(day, time(0))
        return midnight, _as_utc(midnight - offset)

    def _midnight_offset(self, day: date) -> timedelta | None:
        if day not in self.midnights:
            midnight = datetime.combine(day, time(0))
            offset = self.table.offset(midnight) if self.table is not None else None
            if offset is None:
                offset = midnight.replace(tzinfo=self.tz).utcoffset()
            self.midnights[day] = offset
        return self.midnights[day]


class _ReadMemo:
    """What one read of a file works out once per distinct text and looks up after:
    owned by :func:`_read_fast` for that file, so nothing outlives the read.

    Keys are the raw ``;PARAMS:value`` texts. Values repeat across a file's events
    (DTSTAMP, a circuit's LOCATION and GEO, CATEGORIES, an alarm's TRIGGER), events
    share their list of property names; DTSTART/DTEND values are nearly all
    distinct, but their parameters, days and times of day repeat, so a zone is
    asked once per distinct day (:class:`_WallZone`) and a time of day read once.
    """

    __slots__ = (
        "categories",
        "clocks",
        "context",
        "created",
        "durations",
        "geos",
        "instant_params",
        "keep_long_texts",
        "long_texts",
        "long_texts_met",
        "params",
        "patterns",
        "shapes",
        "stamps",
        "texts",
        "utc_days",
        "wall_days",
        "zones",
    )

    def __init__(self, context: _Context) -> None:
        self.context = context
        #: parameter text of a DTSTART/DTEND -> the zone its wall times are in
        self.zones: dict[str, _WallZone] = {}
        #: "HHMMSS" of a DTSTART/DTEND read before -> that time of day
        self.clocks: dict[str, timedelta] = {}
        #: ";PARAMS:YYYYMMDDT" of one read before -> (UTC midnight of that day, zone
        #: name, floating?), for a day the zone keeps one offset all day
        self.wall_days: dict[str, tuple[datetime, str | None, bool]] = {}
        #: ";PARAMS:YYYYMMDDT" of a UTC time (``...Z``) read before -> that day's UTC midnight
        self.utc_days: dict[str, datetime] = {}
        self.instant_params: dict[str, dict[str, str]] = {}
        self.stamps: dict[str, datetime | None] = {}
        self.created: set[str] = set()
        self.durations: dict[str, timedelta] = {}
        self.geos: dict[str, tuple[float, float]] = {}
        self.params: dict[str, dict[str, str]] = {}
        self.texts: dict[str, str] = {}
        self.long_texts: dict[str, str] = {}
        self.long_texts_met = 0
        self.keep_long_texts = True
        self.categories: dict[str, tuple[str, ...]] = {}
        self.shapes: dict[tuple[str, ...], _Shape] = {}
        #: the shapes with a pattern (and it), the one that read the last event first
        self.patterns: list[tuple[re.Pattern[str], _Shape]] = []

    def instant(self, rest: str) -> _Instant:
        """DTSTART or DTEND as :func:`_moment` gives it: (UTC datetime or date, zone
        name used, floating?).

        Values are mostly distinct (each session starts at its own time), so the
        parameter text is what is looked up: split at the last colon, which is where
        the parameters end if they are ones met before (a DATE or DATE-TIME holds no
        colon; parameters met before hold no colon outside quotes). A wall time in a
        zone met before, on a day and at a time of day met before (both checked then),
        is that day's UTC midnight plus the time of day: both looked up by the text
        itself, ``;PARAMS:YYYYMMDDT`` (a day of a zone, :attr:`wall_days`) and
        ``HHMMSS`` (:attr:`clocks`), each stored only once read and checked. A UTC
        time (``...Z``) the same way, its day in :attr:`utc_days` (a published
        calendar writes some series' times in UTC: 4,000 of 40,000 read in full
        before, ~30 M instructions)."""
        day = self.wall_days.get(rest[:-6])
        if day is not None:
            clock = self.clocks.get(rest[-6:])
            if clock is not None:
                return day[0] + clock, day[1], day[2]
        elif rest[-1] == "Z":
            utc_day = self.utc_days.get(rest[:-7])
            if utc_day is not None:
                clock = self.clocks.get(rest[-7:-1])
                if clock is not None:
                    return utc_day + clock, None, False
        cut = rest.rfind(":")
        params_text = rest[:cut]
        value = rest[cut + 1 :]
        params = self.instant_params.get(params_text)
        if params is None or "\\" in value:
            params_text, value = _parameters_and_value(rest)
            params = self._instant_parameters(params_text)
            value = _unescaped(value)
        moment = _parse_moment(value, params)
        if not isinstance(moment, datetime):
            return moment, None, False
        if moment.tzinfo is not None:  # UTC
            if "TZID" in params:
                raise _UnsureError
            if len(value) == 16 and "\\" not in rest:  # YYYYMMDDTHHMMSSZ
                self.clocks[value[9:15]] = timedelta(
                    hours=moment.hour, minutes=moment.minute, seconds=moment.second
                )
                self.utc_days[rest[:-7]] = moment.replace(hour=0, minute=0, second=0)
            return moment, None, False
        zone = self.zones.get(params_text)
        if zone is None:
            zone = self.zones[params_text] = self._wall_zone(params.get("TZID"))
        utc = zone.utc(moment, value[:8])
        if len(value) == 15:  # YYYYMMDDTHHMMSS
            self.clocks[value[9:]] = timedelta(
                hours=moment.hour, minutes=moment.minute, seconds=moment.second
            )
            whole_day = zone.days[value[:8]]  # None: the offset changes that day
            if whole_day is not None and "\\" not in rest:
                self.wall_days[rest[:-6]] = (whole_day[1], zone.name, zone.floating)
        return utc, zone.name, zone.floating

    def _instant_parameters(self, params_text: str) -> dict[str, str]:
        """The parameters of a DTSTART/DTEND (only TZID and VALUE: else give up)."""
        params = self.instant_params.get(params_text)
        if params is None:
            params = self.parameters(params_text)
            if any(name not in ("TZID", "VALUE") for name in params):
                raise _UnsureError
            self.instant_params[params_text] = params
        return params

    def _wall_zone(self, tzid: str | None) -> _WallZone:
        """The zone of a TZID parameter, or of floating times; give up on an unknown one."""
        if tzid:
            tz = self.context.zone(tzid)
            if tz is None:
                raise _UnsureError
            return _WallZone(tz, tzid, floating=False)
        floating = self.context.floating_zone
        if floating is None:
            raise _UnsureError
        return _WallZone(floating, self.context.floating_zone_name, floating=True)

    def _moment(self, rest: str) -> datetime | date:
        """A DATE or DATE-TIME that may only have a VALUE parameter (maybe folded)."""
        params_text, value = _parameters_and_value(unfolded(rest))
        params = self.parameters(params_text)
        if any(name != "VALUE" for name in params):
            raise _UnsureError
        return _parse_moment(_unescaped(value), params)

    def stamp(self, rest: str | None) -> datetime | None:
        """DTSTAMP or LAST-MODIFIED in UTC (a date or none: None)."""
        if rest is None:
            return None
        if rest not in self.stamps:
            value = self._moment(rest)
            if not isinstance(value, datetime):
                self.stamps[rest] = None
            else:
                self.stamps[rest] = value if value.tzinfo is not None else _as_utc(value)
        return self.stamps[rest]

    def check_created(self, rest: str) -> None:
        """CREATED is not used, but a value icalendar could not parse means giving up."""
        if rest not in self.created:
            self._moment(rest)
            self.created.add(rest)

    def duration(self, value: str) -> timedelta:
        """DURATION or TRIGGER without parameters (the caller checked)."""
        found = self.durations.get(value)
        if found is None:
            found = self.durations[value] = _parse_duration(_unescaped(unfolded(value)))
        return found

    def parameters(self, text: str) -> dict[str, str]:
        """:func:`_params` of a parameter text (the caller must not change the dict)."""
        if not text:
            return _NO_PARAMS
        found = self.params.get(text)
        if found is None:
            found = self.params[text] = _params(text)
        return found

    def geo(self, value: str) -> tuple[float, float]:
        found = self.geos.get(value)
        if found is None:
            found = self.geos[value] = _geo_value(unfolded(value))
        return found

    def text(self, rest: str | None) -> str | None:
        """A TEXT property's value (a LANGUAGE parameter is all it may have; folded
        in an :class:`~planner.ical.event_run.EventRun`)."""
        if rest is None:
            return None
        if rest[0] == ":":
            if "\\" not in rest and "\n" not in rest:
                return rest[1:]
            if len(rest) > _LONG_TEXT:
                return self._long_text(rest)
        found = self.texts.get(rest)
        if found is None:
            params_text, value = _parameters_and_value(unfolded(rest))
            if params_text and any(name != "LANGUAGE" for name in self.parameters(params_text)):
                raise _UnsureError
            found = self.texts[rest] = _unescaped(value)
        return found

    def _long_text(self, rest: str) -> str:
        """A long TEXT value (a description) with escapes, ``:value``: kept while long
        texts repeat. A published calendar repeats a round's description in each of
        its sessions (400 distinct in 20,000 events), ours writes each session's
        times into it (all distinct): once :data:`_LONG_TEXTS_TRIED` distinct ones
        are kept, keeping more pays only if they were at most a quarter of those met."""
        if not self.keep_long_texts:
            return _unescaped(unfolded(rest[1:]))
        self.long_texts_met += 1
        found = self.long_texts.get(rest)
        if found is None:
            found = self.long_texts[rest] = _unescaped(unfolded(rest[1:]))
            if len(self.long_texts) == _LONG_TEXTS_TRIED:
                self.keep_long_texts = self.long_texts_met >= 4 * _LONG_TEXTS_TRIED
                if not self.keep_long_texts:
                    self.long_texts.clear()
        return found

    def category_names(self, value: str) -> tuple[str, ...]:
        found = self.categories.get(value)
        if found is None:
            found = self.categories[value] = tuple(_split_categories(unfolded(value)))
        return found

    def shape(self, names: tuple[str, ...], *, pattern: bool) -> _Shape:
        """The shape of events with these property names; ``pattern``: such an
        event was read plainly (no repeats, no alarm), so its pattern may read the
        next ones (for the first :data:`_MOST_PATTERNS` shapes met)."""
        found = self.shapes.get(names)
        if found is None or (pattern and found.lines is None):
            lines = None
            if pattern and len(self.patterns) < _MOST_PATTERNS:
                lines = _body_pattern(names)
            found = self.shapes[names] = _new_shape(names, lines)
            if lines is not None:
                self.patterns.append((lines, found))
        return found

    def shaped(self, body: str) -> tuple[_Values, _Shape] | None:
        """An event body's values (see :class:`_Shape`) and its shape, if the pattern
        of a shape met before reads it (every property there once, those that take
        no parameter without one), other than the first one, which the caller tried
        (the shape of the event before: events of one shape come in runs). The shape
        found becomes the first."""
        patterns = self.patterns
        for place in range(1, len(patterns)):
            lines, shape = patterns[place]
            match = lines.fullmatch(body)
            if match is not None:
                patterns.insert(0, patterns.pop(place))
                return match.groups() + _ABSENT, shape
        return None


_ONE_DAY = timedelta(days=1)

#: A TEXT value longer than this (with its colon) is a long text (a description):
#: kept only while they repeat (:meth:`_ReadMemo._long_text`).
_LONG_TEXT = 100
_LONG_TEXTS_TRIED = 256


def _event_properties(body: str, names: dict[str, str]) -> list[Property]:
    """Each line of an event body as (NAME, ";PARAMS:value"): one regex over the
    body; line by line (:func:`_split`) when a line does not fit it (a lower-case
    name, a blank line, a quoted colon)."""
    found: list[Property] = _PROPERTY_LINE.findall(body)
    if len(found) == body.count("\n"):
        return found
    return [_property(line, names) for line in body.split("\n") if line.strip()]


def _property(line: str, names: dict[str, str]) -> Property:
    name, params, value = _split(line, names)
    return name, f"{params}:{value}"


def _without_alarms(props: list[Property]) -> tuple[list[Property], list[list[Property]]]:
    """The event's own properties, and each VALARM's."""
    own: list[Property] = []
    alarms: list[list[Property]] = []
    alarm: list[Property] | None = None
    for prop in props:
        name, rest = prop
        if name == "BEGIN":
            if alarm is not None or rest.strip().upper() != ":VALARM":
                raise _UnsureError
            alarm = []
        elif name == "END":
            if alarm is None or rest.strip().upper() != ":VALARM":
                raise _UnsureError
            alarms.append(alarm)
            alarm = None
        elif alarm is not None:
            alarm.append(prop)
        else:
            own.append(prop)
    if alarm is not None:
        raise _UnsureError
    return own, alarms


def _with_repeats(
    props: list[Property],
) -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """An event with a property given more than once: only X- names and CATEGORIES
    may be (X- values grouped by name in order of first appearance, as icalendar does)."""
    found: dict[str, str] = {}
    x_props: dict[str, list[str]] = {}
    categories: list[str] = []
    for name, rest in props:
        if name.startswith("X-") or name == "CATEGORIES":
            if rest[0] != ":":
                raise _UnsureError
            if name == "CATEGORIES":
                categories.extend(_split_categories(rest[1:]))
            else:
                x_props.setdefault(name, []).append(rest[1:])
        elif name in found:
            raise _UnsureError
        else:
            found[name] = rest
    pairs = tuple((name, value) for name, values in x_props.items() for value in values)
    return found, pairs, tuple(categories)


# The properties of a top-level VEVENT read or looked at (RRULE, RDATE); an X-
# name is kept too (without parameters), any other name makes the reader give up.
# Those that take no parameter here:
_PLAIN = _IGNORED | {"CATEGORIES", "SEQUENCE", "GEO", "URL", "DURATION"}
#: Those whose values are not looked at (RRULE and RDATE are: an event that has
#: one repeats): a run's pattern takes no group of them.
_UNREAD = _IGNORED - {"RRULE", "RDATE"}
_EVENT_PROPERTIES = _TEXT | _MOMENTS | _PLAIN


_Fields = tuple[
    _Values, _Shape, tuple[tuple[str, str], ...], tuple[str, ...] | None, list[list[Property]]
]


def _event_fields(props: list[Property], memo: _ReadMemo) -> _Fields:
    """An event's values (see :class:`_Shape`), its shape, its X- pairs, its
    categories (None: read them from the values) and its alarms' properties, from
    its lines (the events no shape's pattern reads)."""
    alarms: list[list[Property]] = []
    found = dict(props)
    if "BEGIN" in found or "END" in found:
        props, alarms = _without_alarms(props)
        found = dict(props)
    x_pairs: tuple[tuple[str, str], ...] | None = None
    categories: tuple[str, ...] | None = None
    if len(found) != len(props):
        found, x_pairs, categories = _with_repeats(props)
    shape = memo.shape(tuple(found), pattern=not alarms and x_pairs is None)
    values: list[str | None] = []
    for name, rest in found.items():
        if name in shape.plain:
            if rest[0] != ":":
                raise _UnsureError
            rest = rest[1:]
        values.append(rest)
    values.append(None)
    read = tuple(values)
    return read, shape, shape.x_pairs(read) if x_pairs is None else x_pairs, categories, alarms


def _fast_events(
    events: list[tuple[int, str]], memo: _ReadMemo, names: dict[str, str]
) -> tuple[ImportedEvent, ...]:
    """Every event from its body (and the line of its BEGIN:VEVENT): read by the
    pattern of its shape (the names of its lines in order) when one was met before,
    else line by line.

    One loop for all events, with what nearly every event needs written into it
    (a DTSTART/DTEND met by day and time of day, a TEXT value without escapes):
    ~14 small calls an event cost a third of reading the foreign calendar. The
    memo's methods do the rest, once per distinct value.

    Each event is built as an :class:`_EventSlots` made an ImportedEvent, without
    the frozen dataclass's ``__init__``: it sets each of the 20 fields through
    ``object.__setattr__``, ~7 µs an event here; the instance is the same (tests
    compare it field by field with icalendar's)."""
    read: list[ImportedEvent] = []
    add = read.append
    wall_day = memo.wall_days.get
    clock_of = memo.clocks.get
    instant = memo.instant
    text = memo.text
    stamp = memo.stamp
    patterns = memo.patterns
    for line, body in events:
        # The shape of the event before first (events of one shape come in runs).
        match = patterns[0][0].fullmatch(body) if patterns else None
        alarms: list[list[Property]] | None = None
        categories: tuple[str, ...] | None = None
        if match is not None:
            shape = patterns[0][1]
            values: _Values = match.groups() + _ABSENT
            x_pairs = shape.x_pairs(values) if shape.x_names else ()
        else:
            shaped = memo.shaped(body)
            if shaped is not None:
                values, shape = shaped
                x_pairs = shape.x_pairs(values) if shape.x_names else ()
            else:
                values, shape, x_pairs, categories, alarms = _event_fields(
                    _event_properties(body, names), memo
                )
        (
            uid, summary, description, location, status, dtstart, dtend, duration,
            sequence_text, url, geo, categories_text, dtstamp, last_modified, created,
        ) = shape.read(values)  # fmt: skip
        if dtstart is None:
            raise _UnsureError
        day = wall_day(dtstart[:-6])
        clock = clock_of(dtstart[-6:]) if day is not None else None
        if clock is not None:
            midnight, tzid, floating = day  # type: ignore[misc]
            start: datetime | date = midnight + clock
        else:
            start, tzid, floating = instant(dtstart)
        if dtend is not None:
            day = wall_day(dtend[:-6])
            clock = clock_of(dtend[-6:]) if day is not None else None
            if clock is not None:
                end: datetime | date = day[0] + clock  # type: ignore[index]
            else:
                end = instant(dtend)[0]
            if isinstance(start, datetime) != isinstance(end, datetime):
                raise _UnsureError
        elif duration is not None:
            end = start + memo.duration(duration)
        elif isinstance(start, datetime):
            end = start
        else:
            end = start + _ONE_DAY
        if end < start:
            raise _UnsureError
        if created is not None:
            memo.check_created(created)
        sequence = 0
        if sequence_text is not None:
            try:
                sequence = int(_unescaped(sequence_text))
            except ValueError:
                raise _UnsureError from None
            if sequence > MAX_SEQUENCE:
                raise _UnsureError  # the full reader words the error
        if tzid is None:
            tzid = next((value for key, value in x_pairs if key == X_TRACK_TZID), None)
        if url is not None:
            url = _unescaped(url)
        if categories is None:
            categories = memo.category_names(categories_text) if categories_text is not None else ()
        # TEXT values: a plain value (a colon, no parameter, no escape) is itself.
        if uid is not None:
            uid = uid[1:] if uid[0] == ":" and "\\" not in uid else text(uid)
        if summary is not None:
            summary = summary[1:] if summary[0] == ":" and "\\" not in summary else text(summary)
        if description is not None:
            description = text(description)
        if location is not None:
            location = (
                location[1:] if location[0] == ":" and "\\" not in location else text(location)
            )
        if status is not None:
            status = text(status)
        event = _EventSlots(
            uid,
            sequence,
            summary or "",
            description or "",
            location or "",
            memo.geo(geo) if geo is not None else None,
            url if url else None,
            categories,
            status.upper() if status else None,
            start,
            end,
            not isinstance(start, datetime),
            tzid,
            floating,
            _fast_alarm(alarms, memo) if alarms else None,
            stamp(dtstamp) if dtstamp is not None else None,
            stamp(last_modified) if last_modified is not None else None,
            shape.recurring,
            x_pairs,
            line,
        )
        event.__class__ = ImportedEvent
        add(event)  # type: ignore[arg-type]
    return tuple(read)


def _geo_value(value: str) -> tuple[float, float]:
    parts = _unescaped(value).split(";")
    if len(parts) != 2:
        raise _UnsureError
    try:
        latitude, longitude = float(parts[0]), float(parts[1])
    except ValueError:
        raise _UnsureError from None
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise _UnsureError
    return (latitude, longitude)


def _split_categories(value: str) -> list[str]:
    """icalendar's split_on_unescaped_comma."""
    if "\\" not in value:
        return value.split(",")
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            current.append(value[index : index + 2])
            index += 2
            continue
        if char == ",":
            parts.append(_unescaped("".join(current)))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append(_unescaped("".join(current)))
    return parts


def _fast_alarm(alarms: list[list[Property]], memo: _ReadMemo) -> int | None:
    minutes: int | None = None
    for props in alarms:
        trigger: timedelta | None = None
        seen: set[str] = set()
        for name, rest in props:
            if name in seen or rest[0] != ":":
                raise _UnsureError
            seen.add(name)
            if name == "TRIGGER":
                trigger = memo.duration(rest[1:])
            elif name not in _ALARM_TEXT and not name.startswith("X-"):
                raise _UnsureError
        if minutes is None and trigger is not None and trigger <= timedelta(0):
            minutes = int(-trigger.total_seconds() // 60)
    return minutes


def _read_fast(
    data: bytes, source_name: str, floating_zone: str | None, text: str | None = None
) -> tuple[ImportedEvent, ...] | None:
    """The fast reader's events, or None: let icalendar (and its errors) decide."""
    try:
        # The first bytes only: upper-casing all of an 18 MB file took ~0.2 s.
        head = data[len(_BOM) : 100] if data.startswith(_BOM) else data[:100]
        # Blank lines may lead; a fold or other space before BEGIN is icalendar's to judge.
        if not head.lstrip(b"\r\n")[:15].upper().startswith(b"BEGIN:VCALENDAR"):
            return None
        run = find_run(data, text)
        if run is not None:
            events = _read_run(run, source_name, floating_zone)
            if events is not None:
                return events
        layout = _layout(data)
        context = _fast_context(layout.zones, layout.properties, source_name, floating_zone)
        memo = _ReadMemo(context)
        names: dict[str, str] = {}  # property names met -> upper case (checked once)
        return _fast_events(layout.events, memo, names)
    except _GIVING_UP:
        return None


#: What makes the fast reader give up (and icalendar read the file); a TypeError is
#: e.g. dateutil's zone of a VTIMEZONE without a STANDARD block (icalendar's reader
#: words it, naming the event and its line).
_GIVING_UP = (
    _UnsureError,
    UnicodeDecodeError,
    ValueError,
    OverflowError,
    AttributeError,
    TypeError,
)


def _read_run(
    run: EventRun, source_name: str, floating_zone: str | None
) -> tuple[ImportedEvent, ...] | None:
    """The events of a run (:mod:`planner.ical.event_run`), or None: read the file
    line by line. Whatever makes this give up (an error, or a doubt) sends the file
    to the line-by-line reader, which decides as it always did."""
    try:
        skeleton = _Skeleton()
        skeleton.read(_run_lines(run.head, run.line_break))
        skeleton.event_here()
        skeleton.read(_run_lines(run.tail, run.line_break))
        skeleton.finish()
        names = _run_names(run)
        if names is None:
            return None
        plain = _PLAIN | {name for name in names if name.startswith("X-")}
        found = run_pattern(names, plain, run.line_break, _UNREAD).findall(run.events)
        events = list(map(itemgetter(0), found))  # group 1: the whole event
        if not covered(run, events):
            return None
        # The line of each event is the one after the lines of the events before it.
        line_counts = list(map(str.count, events, repeat("\n")))
        if lone_line_feeds(run, sum(line_counts)):
            return None
        context = _fast_context(skeleton.zones, skeleton.properties, source_name, floating_zone)
        lines = accumulate(line_counts[:-1], initial=run.first_line)
        read = tuple(name for name in names if name not in _UNREAD)  # their groups
        return _run_events(found, read, lines, _ReadMemo(context))
    except _GIVING_UP:
        return None


def _run_lines(part: bytes, line_break: str) -> str:
    """The head or tail of a run as :class:`_Skeleton` reads it."""
    if line_break == "\r\n":
        part = part.replace(b"\r\n", b"\n")
    if b"\r" in part or _BLANK_THEN_FOLD.search(part):
        raise _UnsureError
    return _lines_text(part)


#: The events whose property names make the pattern of a run: the names of each
#: are in the order of the longest so far, or it in theirs.
_RUN_SAMPLE = 16


def _run_names(run: EventRun) -> tuple[str, ...] | None:
    """The property names of a run's events in file order, from its first events:
    None if they have components (alarms), a property twice, one not read here
    (the line-by-line reader decides those) or orders that disagree."""
    begin = f"BEGIN:VEVENT{run.line_break}"
    end = f"END:VEVENT{run.line_break}"
    text = run.events
    union: tuple[str, ...] = ()
    position = 0
    for _ in range(_RUN_SAMPLE):
        if position == len(text):
            break
        close = text.index(end, position)
        body = unfolded(text[position + len(begin) : close])
        position = close + len(end)
        names = tuple(name for name, _rest in _event_properties(body, {}))
        if len(set(names)) != len(names) or "BEGIN" in names or "END" in names:
            return None
        if not all(name in _EVENT_PROPERTIES or name.startswith("X-") for name in names):
            return None
        if _in_order(union, names):
            union = names
        elif not _in_order(names, union):
            return None
    return union


def _in_order(some: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Are ``some`` all among ``names``, in that order?"""
    remaining = iter(names)
    return all(name in remaining for name in some)


def _run_events(
    found: list[tuple[str, ...]], names: tuple[str, ...], lines: Iterable[int], memo: _ReadMemo
) -> tuple[ImportedEvent, ...]:
    """Every event of a run from its groups (:func:`~planner.ical.event_run.run_pattern`):
    what :func:`_fast_events` does with an event's values, with ``""`` for a
    property the event lacks and values as folded in the file (unfolded where
    used: the memo's methods unfold what they work out). ``names``: the
    properties whose values the groups hold, in order."""
    groups = ("", *names, "")  # what each group of a match holds
    absent = len(groups) - 1
    read = itemgetter(*[groups.index(name) if name in names else absent for name in _READ])
    x_places = tuple((name, groups.index(name)) for name in names if name.startswith("X-"))
    repeats = tuple(groups.index(name) for name in ("RRULE", "RDATE") if name in names)
    read_events: list[ImportedEvent] = []
    add = read_events.append
    wall_day = memo.wall_days.get
    clock_of = memo.clocks.get
    instant = memo.instant
    text = memo.text
    stamp = memo.stamp
    # Values of the event before, as written and as read: a round's sessions follow
    # each other with the same description, location, status, categories and
    # DTSTAMP, so each is compared with the last (a string compare) instead of
    # being looked up (sliced, hashed, a call): ~150 M instructions less for a
    # published calendar's 20,000 events (callgrind).
    last_description: str | None = None
    last_location: str | None = None
    last_status: str | None = None
    last_categories: str | None = None
    last_stamp: str | None = None
    described: str | None = None
    placed: str | None = None
    status_read: str | None = None
    categories: tuple[str, ...] = ()
    categories_by_text: dict[str, tuple[str, ...]] = {}  # ":A,B" -> ("A", "B")
    stamped: datetime | None = None
    for line, values in zip(lines, found, strict=True):
        (
            uid, summary, description, location, status, dtstart, dtend, duration,
            sequence_text, url, geo, categories_text, dtstamp, last_modified, created,
        ) = read(values)  # fmt: skip
        if not dtstart:
            raise _UnsureError
        day_text = dtstart[:-6]
        day = wall_day(day_text)
        clock = clock_of(dtstart[-6:]) if day is not None else None
        if clock is not None:
            midnight, tzid, floating = day  # type: ignore[misc]
            start: datetime | date = midnight + clock
        else:
            start, tzid, floating = instant(unfolded(dtstart))
        timed = isinstance(start, datetime)
        if dtend:
            if day is not None and len(dtend) == len(dtstart) and dtend.startswith(day_text):
                clock = clock_of(dtend[-6:])  # ending on the day it starts (no new slice)
            else:
                day = wall_day(dtend[:-6])
                clock = clock_of(dtend[-6:]) if day is not None else None
            if clock is not None:
                end: datetime | date = day[0] + clock  # type: ignore[index]
            else:
                end = instant(unfolded(dtend))[0]
            if timed != isinstance(end, datetime):
                raise _UnsureError
        elif duration:
            end = start + memo.duration(duration[1:])
        elif timed:
            end = start
        else:
            end = start + _ONE_DAY
        if end < start:
            raise _UnsureError
        if created:
            memo.check_created(created)
        sequence = 0
        if sequence_text:
            try:
                sequence = int(_unescaped(unfolded(sequence_text[1:])))
            except ValueError:
                raise _UnsureError from None
            if sequence > MAX_SEQUENCE:
                raise _UnsureError  # the full reader words the error
        x_pairs: tuple[tuple[str, str], ...] = ()
        if x_places:
            x_pairs = tuple(
                [(name, unfolded(values[place][1:])) for name, place in x_places if values[place]]
            )
            if tzid is None:
                tzid = next((value for key, value in x_pairs if key == X_TRACK_TZID), None)
        if url:
            url = _unescaped(unfolded(url[1:]))
        # TEXT values: a plain value (a colon, no parameter, escape or fold) is itself.
        if uid:
            uid = uid[1:] if uid[0] == ":" and "\\" not in uid and "\n" not in uid else text(uid)
        else:
            uid = None
        if summary:
            if summary[0] != ":" or "\\" in summary or "\n" in summary:
                summary = text(summary)
            else:
                summary = summary[1:]
        if description != last_description:
            last_description = description
            described = text(description) if description else ""
        if location != last_location:
            last_location = location
            if not location:
                placed = ""
            elif location[0] != ":" or "\\" in location or "\n" in location:
                placed = text(location)
            else:
                placed = location[1:]
        if status != last_status:
            last_status = status
            status_text = text(status) if status else None
            status_read = status_text.upper() if status_text else None
        if categories_text != last_categories:  # "…,Practice" then "…,Race": a lookup
            last_categories = categories_text
            named = categories_by_text.get(categories_text)  # as written: no slice, no call
            if named is None:
                named = categories_by_text[categories_text] = (
                    memo.category_names(categories_text[1:]) if categories_text else ()
                )
            categories = named
        if dtstamp != last_stamp:
            last_stamp = dtstamp
            stamped = stamp(dtstamp) if dtstamp else None
        event = _EventSlots(
            uid,
            sequence,
            summary or "",
            described or "",
            placed or "",
            memo.geo(geo[1:]) if geo else None,
            url if url else None,
            categories,
            status_read,
            start,
            end,
            not timed,
            tzid,
            floating,
            None,
            stamped,
            stamp(last_modified) if last_modified else None,
            any(values[place] for place in repeats) if repeats else False,
            x_pairs,
            line,
        )
        event.__class__ = ImportedEvent
        add(event)  # type: ignore[arg-type]
    return tuple(read_events)
