"""Reading .ics files (ours or anyone's) into plain values, with errors that name the line.

Times are converted to UTC exactly as the file means them:

* ``TZID`` with a VTIMEZONE in the file: the file's VTIMEZONE decides (RFC
  5545 makes it the definition of that TZID), even when the TZID is an IANA
  name whose rules differ;
* ``TZID`` without a VTIMEZONE: an IANA name (or a Windows zone name) is
  looked up in the tz database; anything else is an error;
* ``...Z``: UTC;
* floating times (no TZID, no Z): read as wall time in the calendar's
  ``X-WR-TIMEZONE`` if it names a zone, else in ``floating_zone`` if the
  caller gives one, else refused: guessing the zone would silently move
  sessions by hours.

A local time that happens twice is its first occurrence and one the clocks
skip is read with the offset before the change, as RFC 5545 says; hence
``zoneinfo`` (whose ``fold=0`` means exactly that) rather than pytz here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component

from planner.domain.errors import ImportFormatError
from planner.domain.track_time import UTC
from planner.i18n import tr
from planner.ical.events import X_TRACK_TZID
from planner.ical.prescan import ScannedEvent, line_error, scan

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


class _Context:
    """What one file knows about zones, and how to word an error about an event."""

    def __init__(
        self, calendars: list[Component], source_name: str, floating_zone: str | None
    ) -> None:
        self.source_name = source_name
        self._vtimezones = {
            str(component["TZID"]): component
            for calendar in calendars
            for component in calendar.walk("VTIMEZONE")
            if "TZID" in component
        }
        self._zones: dict[str, tzinfo | None] = {}
        declared = next((str(c["X-WR-TIMEZONE"]) for c in calendars if "X-WR-TIMEZONE" in c), None)
        self.floating_zone_name: str | None = None
        self.floating_zone: tzinfo | None = None
        for name in (declared, floating_zone):
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
            return start + duration
    if isinstance(start, datetime):
        return start
    return start + timedelta(days=1)


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
    return ImportedEvent(
        uid=str(event["UID"]) if "UID" in event else None,
        sequence=int(event.get("SEQUENCE", 0)),
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
    """
    scanned = scan(data, source_name)
    try:
        calendars: list[Component] = list(Calendar.from_ical(scanned.text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError) as error:
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
        _convert(event, where, context) for event, where in zip(events, located, strict=True)
    )
