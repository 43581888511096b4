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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component

from planner.domain.errors import ImportFormatError
from planner.domain.track_time import UTC
from planner.i18n import tr
from planner.ical.events import X_TRACK_TZID
from planner.ical.prescan import ScannedEvent, line_error, scan
from planner.ical.text import no_cyclic_gc

# Properties whose parse errors make an event unusable; errors in others
# (an odd X- property of another program) are ignored.
_USED_PROPERTIES = frozenset(
    {
        "UID", "SEQUENCE", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "URL", "CATEGORIES",
        "STATUS", "DTSTART", "DTEND", "DURATION", "DTSTAMP", "LAST-MODIFIED",
    }
)  # fmt: skip


@dataclass(frozen=True)
class ImportedEvent:
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

    def x_prop(self, name: str) -> str | None:
        """The first value of an X- property, e.g. ``x_prop("X-RACE-PLANNER-TZID")``."""
        wanted = name.upper()
        return next((value for key, value in self.x_props if key == wanted), None)


def _decoded(component: Component, name: str) -> Any:
    """The decoded value (``.dt``) of a date, time or duration property."""
    prop: Any = component[name]
    return prop.dt


def _iana_zone(name: str) -> tzinfo | None:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for candidate in (name, WINDOWS_TO_OLSON.get(name)):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
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
        declared: str | None = None,
    ) -> None:
        """``calendars``: the parsed file; or none, and its ``vtimezones`` by TZID and
        its ``declared`` X-WR-TIMEZONE (the fast reader's way)."""
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
        self._zones: dict[str, tzinfo | None] = {}
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
        line = scanned.property_lines.get(property_name, scanned.begin_line)
        return line_error(self.source_name, line, message)


def _label(event: Component, scanned: ScannedEvent | None) -> str:
    if scanned is not None:
        return scanned.label()
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
    data: bytes, *, source_name: str, floating_zone: str | None = None
) -> tuple[ImportedEvent, ...]:
    """Every top-level VEVENT of an .ics file, in file order.

    Raises ImportFormatError (its ``where`` names the file and line) for a
    file that is not iCalendar, is cut off, or has an event that cannot be
    placed in time. Recurring events are returned once, as their first
    occurrence (``recurring`` tells).

    A line-based reader (:func:`_read_fast`) reads the files we write and plain
    ones of others, ~15x faster than icalendar; anything it is not sure about
    (and every error) goes through icalendar, so results and messages are the
    same either way.
    """
    with no_cyclic_gc():
        fast = _read_fast(data, source_name, floating_zone)
    if fast is not None:
        return fast
    return read_calendar_with_icalendar(data, source_name=source_name, floating_zone=floating_zone)


def read_calendar_with_icalendar(
    data: bytes, *, source_name: str, floating_zone: str | None = None
) -> tuple[ImportedEvent, ...]:
    """:func:`read_calendar` through the icalendar library only (the reference)."""
    scanned = scan(data, source_name)
    _check_zone_names(scanned.text, source_name)
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
# A line-based reader for the files we write and the plain ones others do. It
# mirrors what icalendar 7 makes of each property (values unescaped in one pass
# of backslash sequences; X- properties without parameters verbatim; CATEGORIES
# split on unescaped commas; VTIMEZONEs handed to icalendar itself) and gives
# up (returns None) on anything else: a parameter, component or property it does
# not know, a value it cannot parse, a repeated property, any error. The caller
# then reads the file with icalendar, which decides results and error messages.


class _UnsureError(Exception):
    """The fast reader cannot be sure to read this as icalendar would."""


_DURATION = re.compile(  # icalendar's DURATION_REGEX (matched with re.match)
    r"([-+]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?\Z"
)
_MOMENT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")
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


def _parse_moment(value: str, params: dict[str, str]) -> datetime | date:
    match = _MOMENT.fullmatch(value)
    if match is None:
        raise _UnsureError
    year, month, day, hour, minute, second, zulu = match.groups()
    kind = params.get("VALUE")
    try:
        if hour is None:
            if kind not in (None, "DATE"):
                raise _UnsureError
            return date(int(year), int(month), int(day))
        if kind not in (None, "DATE-TIME"):
            raise _UnsureError
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=UTC if zulu else None,
        )
    except ValueError:
        raise _UnsureError from None


class _RawEvent:
    __slots__ = ("alarms", "line", "props")

    def __init__(self, line: int) -> None:
        self.line = line
        self.props: list[tuple[str, str, str]] = []
        self.alarms: list[list[tuple[str, str, str]]] = []


_UNFOLD = re.compile(r"\n[ \t]")
_BEGIN_EVENT = "BEGIN:VEVENT"


def _begin_lines(text: str) -> list[int]:
    """The physical line of each line "BEGIN:VEVENT", counted on the folded text.

    The walk in :func:`_structure` must meet exactly these as the top-level
    events' beginnings, or it gives up: an event begun in other letter case
    ("begin:vevent", legal) is missing here, so the counts differ and the file
    goes to icalendar. Found with ``str.find``: a case-insensitive multi-line
    regex took ~0.2 s over 20,000 events.
    """
    found = []
    line_number, counted = 1, 0
    size = len(_BEGIN_EVENT)
    start = text.find(_BEGIN_EVENT)
    while start >= 0:
        end = start + size
        if (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            line_number += text.count("\n", counted, start)
            counted = start
            found.append(line_number)
        start = text.find(_BEGIN_EVENT, end)
    return found


def _structure(
    text: str,
) -> tuple[list[_RawEvent], list[str], dict[str, str]]:
    """Top-level events, VTIMEZONE blocks (their lines) and calendar properties."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise _UnsureError
    next_begin = iter(_begin_lines(text))
    if text.startswith((" ", "\t")):
        raise _UnsureError
    events: list[_RawEvent] = []
    zones: list[str] = []
    calendar_props: dict[str, str] = {}
    stack: list[str] = []
    event: _RawEvent | None = None
    alarm: list[tuple[str, str, str]] | None = None
    zone_lines: list[str] | None = None
    names: dict[str, str] = {}  # property names met -> upper case (checked once)
    # The properties of the event being read, None outside an event and inside its alarms.
    body: list[tuple[str, str, str]] | None = None
    for line in _UNFOLD.sub("", text).split("\n"):
        # NAME;PARAMS:value, split here for speed (see _split for the rules)
        colon = line.find(":")
        head = line[:colon] if colon > 0 else '"'
        if '"' in head:
            if not line.strip():
                continue
            name, params, value = _split(line, names)
        else:
            semicolon = head.find(";")
            if semicolon < 0:
                raw_name, params = head, ""
            else:
                raw_name, params = head[:semicolon], head[semicolon:]
            value = line[colon + 1 :]
            name = names.get(raw_name)  # type: ignore[assignment]
            if name is None:
                name = _split(line, names)[0]
        if body is not None and name != "BEGIN" and name != "END":
            body.append((name, params, value))
            continue
        if zone_lines is not None:
            zone_lines.append(line)
            if name == "BEGIN":
                stack.append(value.strip().upper())
            elif name == "END":
                if value.strip().upper() != stack.pop():
                    raise _UnsureError
                if len(stack) == 1:
                    zones.append("\r\n".join(zone_lines))
                    zone_lines = None
            continue
        if name == "BEGIN":
            component = value.strip().upper()
            depth = len(stack)
            if depth == 0 and component == "VCALENDAR":
                pass
            elif depth == 1 and component == "VEVENT":
                begin = next(next_begin, None)
                if begin is None:
                    raise _UnsureError
                event = _RawEvent(begin)
                body = event.props
            elif depth == 1 and component == "VTIMEZONE":
                zone_lines = [line]
            elif depth == 2 and component == "VALARM" and event is not None:
                alarm = []
                body = None
            else:
                raise _UnsureError
            stack.append(component)
            continue
        if name == "END":
            component = value.strip().upper()
            if not stack or stack.pop() != component:
                raise _UnsureError
            if component == "VEVENT":
                assert event is not None
                events.append(event)
                event = body = None
            elif component == "VALARM":
                assert event is not None and alarm is not None
                event.alarms.append(alarm)
                alarm = None
                body = event.props
            continue
        depth = len(stack)
        if depth == 3 and alarm is not None:
            alarm.append((name, params, value))
        elif depth == 1:
            if name in calendar_props:
                raise _UnsureError
            if name == "REFRESH-INTERVAL" and params.upper() == ";VALUE=DURATION":
                _parse_duration(_unescaped(value))  # as icalendar would, or give up
            elif params or (name not in _CALENDAR_TEXT and not name.startswith("X-")):
                raise _UnsureError
            calendar_props[name] = value
        elif line.strip():
            raise _UnsureError
    if stack or next(next_begin, None) is not None:
        raise _UnsureError
    return events, zones, calendar_props


def _fast_context(
    zones: list[str], calendar_props: dict[str, str], source_name: str, floating: str | None
) -> _Context:
    vtimezones: dict[str, Component] = {}
    for block in zones:
        try:
            parsed = Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{block}\r\nEND:VCALENDAR\r\n")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise _UnsureError from None
        for component in parsed.walk("VTIMEZONE"):
            if "TZID" in component:
                if isinstance(component["TZID"], list):
                    raise _UnsureError  # the full reader words the error
                vtimezones[str(component["TZID"])] = component
    return _Context(
        [],
        source_name,
        floating,
        vtimezones=vtimezones,
        declared=calendar_props.get("X-WR-TIMEZONE"),
    )


def _fast_moment(
    value: datetime | date, params: dict[str, str], context: _Context, memo: _ReadMemo
) -> tuple[datetime | date, str | None, bool]:
    """Like :func:`_moment`: (UTC datetime or date, zone name used, floating?)."""
    if not isinstance(value, datetime):
        return value, None, False
    tzid = params.get("TZID")
    if tzid:
        if value.tzinfo is not None:
            raise _UnsureError
        tz = context.zone(tzid)
        if tz is None:
            raise _UnsureError
        return memo.to_utc(value, tz), tzid, False
    if value.tzinfo is not None:
        return value, None, False
    if context.floating_zone is None:
        raise _UnsureError
    return memo.to_utc(value, context.floating_zone), context.floating_zone_name, True


_PROBES = (time(0), time(12), time(23, 59, 59))


class _ReadMemo:
    """What one read of a file works out once and looks up after: owned by
    :func:`_read_fast` for that file, so nothing outlives the read.

    Values repeat across a file's events (a circuit's GEO, DTSTAMP, a TZID
    parameter, an alarm's TRIGGER) and a VTIMEZONE-built zone (dateutil
    rules) is slow to ask for its offset, so converting to UTC asks it three
    times per distinct day and zone instead of twice per event.
    """

    __slots__ = ("day_offsets", "durations", "geos", "moments", "params")

    def __init__(self) -> None:
        #: (zone, day) -> the UTC offset all that day; None: the offset changes that day.
        self.day_offsets: dict[tuple[tzinfo, date], timedelta | None] = {}
        self.durations: dict[str, timedelta] = {}
        self.geos: dict[str, tuple[float, float]] = {}
        self.moments: dict[tuple[str, str | None], datetime | date] = {}
        self.params: dict[str, dict[str, str]] = {}

    def to_utc(self, wall: datetime, tz: tzinfo) -> datetime:
        """``wall.replace(tzinfo=tz).astimezone(UTC)``, the same answer with far
        fewer offset look-ups."""
        key = (tz, wall.date())
        offset = self.day_offsets.get(key, _MISSING)
        if offset is _MISSING:
            day = key[1]
            offsets = {datetime.combine(day, probe, tz).utcoffset() for probe in _PROBES}
            offset = self.day_offsets[key] = offsets.pop() if len(offsets) == 1 else None
        if offset is None:  # the offset changes that day: ask the zone itself
            return wall.replace(tzinfo=tz).astimezone(UTC)
        return (wall - offset).replace(tzinfo=UTC)

    def moment(self, value: str, params: dict[str, str]) -> datetime | date:
        """A DATE or DATE-TIME value as icalendar gives it (naive, or UTC for ``Z``)."""
        key = (value, params.get("VALUE"))
        found = self.moments.get(key)
        if found is None:
            found = self.moments[key] = _parse_moment(value, params)
        return found

    def duration(self, value: str) -> timedelta:
        found = self.durations.get(value)
        if found is None:
            found = self.durations[value] = _parse_duration(value)
        return found

    def parameters(self, text: str) -> dict[str, str]:
        """:func:`_params` of a parameter text (the caller must not change the dict)."""
        found = self.params.get(text)
        if found is None:
            found = self.params[text] = _params(text)
        return found

    def geo(self, value: str) -> tuple[float, float]:
        found = self.geos.get(value)
        if found is None:
            found = self.geos[value] = _geo_value(value)
        return found


_MISSING = timedelta(days=-999)


def _fast_event(raw: _RawEvent, context: _Context, memo: _ReadMemo) -> ImportedEvent:
    texts: dict[str, str] = {}
    moments: dict[str, tuple[datetime | date, dict[str, str]]] = {}
    categories: list[str] = []
    x_props: dict[str, list[str]] = {}
    sequence = 0
    geo: tuple[float, float] | None = None
    url: str | None = None
    duration: timedelta | None = None
    recurring = False
    seen: set[str] = set()
    for name, param_text, value in raw.props:
        if name.startswith("X-"):
            if param_text:
                raise _UnsureError
            x_props.setdefault(name, []).append(value)
            continue
        if name == "CATEGORIES":
            if param_text:
                raise _UnsureError
            categories.extend(_split_categories(value))
            continue
        if name in seen:
            raise _UnsureError
        seen.add(name)
        params = memo.parameters(param_text) if param_text else _NO_PARAMS
        if name in _TEXT:
            if params and any(key != "LANGUAGE" for key in params):
                raise _UnsureError
            texts[name] = _unescaped(value) if "\\" in value else value
        elif name in _MOMENTS:
            if params and (
                any(key not in ("TZID", "VALUE") for key in params)
                or ("TZID" in params and name not in ("DTSTART", "DTEND"))
            ):
                raise _UnsureError
            if "\\" in value:
                value = _unescaped(value)
            moments[name] = (memo.moment(value, params), params)
        elif params:
            raise _UnsureError
        elif name == "SEQUENCE":
            try:
                sequence = int(_unescaped(value))
            except ValueError:
                raise _UnsureError from None
            if sequence > MAX_SEQUENCE:
                raise _UnsureError  # the full reader words the error
        elif name == "GEO":
            geo = memo.geo(value)
        elif name == "URL":
            url = _unescaped(value)
        elif name == "DURATION":
            duration = memo.duration(_unescaped(value))
        elif name in _IGNORED:
            recurring = recurring or name in ("RRULE", "RDATE")
        else:
            raise _UnsureError
    if "DTSTART" not in moments:
        raise _UnsureError
    start_value, start_params = moments["DTSTART"]
    start, tzid, floating = _fast_moment(start_value, start_params, context, memo)
    if "DTEND" in moments:
        end_value, end_params = moments["DTEND"]
        end, _zone, _floating = _fast_moment(end_value, end_params, context, memo)
        if isinstance(start, datetime) != isinstance(end, datetime):
            raise _UnsureError
    elif duration is not None:
        end = start + duration
    elif isinstance(start, datetime):
        end = start
    else:
        end = start + timedelta(days=1)
    if end < start:
        raise _UnsureError
    x_pairs = tuple((key, value) for key, values in x_props.items() for value in values)
    if tzid is None:
        tzid = next((value for key, value in x_pairs if key == X_TRACK_TZID), None)
    status = texts.get("STATUS")
    return ImportedEvent(
        uid=texts.get("UID"),
        sequence=sequence,
        summary=texts.get("SUMMARY", ""),
        description=texts.get("DESCRIPTION", ""),
        location=texts.get("LOCATION", ""),
        geo=geo,
        url=url if url else None,
        categories=tuple(categories),
        status=status.upper() if status else None,
        start=start,
        end=end,
        all_day=not isinstance(start, datetime),
        tzid=tzid,
        floating=floating,
        alarm_minutes_before=_fast_alarm(raw.alarms, memo) if raw.alarms else None,
        dtstamp=_fast_stamp(moments.get("DTSTAMP")),
        last_modified=_fast_stamp(moments.get("LAST-MODIFIED")),
        recurring=recurring,
        x_props=x_pairs,
        line=raw.line,
    )


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


def _fast_stamp(found: tuple[datetime | date, dict[str, str]] | None) -> datetime | None:
    if found is None:
        return None
    value = found[0]
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return None


def _fast_alarm(alarms: list[list[tuple[str, str, str]]], memo: _ReadMemo) -> int | None:
    minutes: int | None = None
    for props in alarms:
        trigger: timedelta | None = None
        seen: set[str] = set()
        for name, param_text, value in props:
            if name in seen or param_text:
                raise _UnsureError
            seen.add(name)
            if name == "TRIGGER":
                trigger = memo.duration(_unescaped(value))
            elif name not in _ALARM_TEXT and not name.startswith("X-"):
                raise _UnsureError
        if minutes is None and trigger is not None and trigger <= timedelta(0):
            minutes = int(-trigger.total_seconds() // 60)
    return minutes


def _read_fast(
    data: bytes, source_name: str, floating_zone: str | None
) -> tuple[ImportedEvent, ...] | None:
    """The fast reader's events, or None: let icalendar (and its errors) decide."""
    try:
        text = data.decode("utf-8-sig")
        # The first characters only: upper-casing all of an 18 MB file took ~0.2 s.
        if not text.lstrip()[:15].upper().startswith("BEGIN:VCALENDAR"):
            return None
        events, zones, calendar_props = _structure(text)
        context = _fast_context(zones, calendar_props, source_name, floating_zone)
        memo = _ReadMemo()
        return tuple(_fast_event(raw, context, memo) for raw in events)
    except (_UnsureError, UnicodeDecodeError, ValueError, OverflowError, AttributeError):
        return None
