"""Feeds and one-event files as bytes, written with plain string formatting.

The icalendar library needs ~6 s for a 20,000-event feed; this module needs
a small fraction of that, and :func:`render_event` is a pure function of
its (frozen, hashable) event, so a caller can keep the rendered text of
unchanged events between exports (pass ``event_cache`` to
:func:`render_calendar`, e.g. a dict kept for the life of the process).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import NamedTuple, cast
from urllib.parse import quote

import planner
from planner.i18n import Language
from planner.ical.events import STATUSES, X_TRACK_TZID, EventStatus, FeedCalendar, FeedEvent
from planner.ical.text import (
    CRLF,
    FOLD_OCTETS,
    FoldedStart,
    escape_text,
    fold_line,
    fold_octets,
    format_date,
    format_duration,
    format_utc,
)
from planner.ical.vtimezone import vtimezone_lines
from planner.ical.zone_clock import local_times

# Characters a URI may hold as they are; anything else (spaces, non-ASCII,
# line breaks) is percent-encoded so the URL stays one valid value.
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def _prodid(language: Language) -> str:
    return f"PRODID:-//Race Planner//Race Planner {planner.__version__}//{language.upper()}"


#: Local DTSTART/DTEND digits (DTEND None: no length), or None: not TZID-written.
_Times = tuple[str, str | None] | None


def _local_times(event: FeedEvent) -> _Times:
    """The wall-clock digits for a TZID-written timed event.

    None for all-day events and for events with an ambiguous wall time (any
    02:30 of a fall-back night in Berlin): RFC 5545 reads those as the first
    occurrence, ical.js as the second, so those events are written in UTC.
    """
    if event.all_day:
        return None
    if event.local_clock is not None:
        return event.local_clock
    assert isinstance(event.start, datetime)
    end = event.end
    assert end is None or isinstance(end, datetime)
    return local_times(
        event.tzid, event.start.timestamp(), None if end is None else end.timestamp()
    )


def _local_time_lines(tzid: str, local: tuple[str, str | None]) -> bytes:
    if local[1] is None:
        return f"DTSTART;TZID={tzid}:{local[0]}\r\n".encode()
    return f"DTSTART;TZID={tzid}:{local[0]}\r\nDTEND;TZID={tzid}:{local[1]}\r\n".encode()


def _time_lines(event: FeedEvent, local: _Times) -> bytes:
    if local is not None:
        return _local_time_lines(event.tzid, local)
    track_zone = _folded_text(X_TRACK_TZID, event.tzid)
    if event.all_day:
        assert event.end is not None
        return (
            f"DTSTART;VALUE=DATE:{format_date(event.start)}\r\n"
            f"DTEND;VALUE=DATE:{format_date(event.end)}\r\n".encode()
            + track_zone
        )
    assert isinstance(event.start, datetime)
    if event.end is None:
        return f"DTSTART:{format_utc(event.start)}\r\n".encode() + track_zone
    assert isinstance(event.end, datetime)
    return (
        f"DTSTART:{format_utc(event.start)}\r\nDTEND:{format_utc(event.end)}\r\n".encode()
        + track_zone
    )


def render_event(event: FeedEvent) -> str:
    """The folded VEVENT of one event, CRLF after every line.

    Pure: the same event always gives the same text, so callers may memoise
    it (the event itself is a valid dict key; any change makes a new key).
    """
    return _render_event(event, _local_times(event), {}).decode("utf-8")


#: Folded lines of values that repeat from event to event (summaries, stamps; a
#: round's location, coordinates, categories and status as one block; alarms):
#: (property or block, value) -> its UTF-8 octets with CRLF.
#: The caller owns it (:func:`render_calendar`'s ``line_cache``); any dict works.
LineCache = MutableMapping[tuple[str, object], bytes]
_LINES_LIMIT = 50_000
CRLF_OCTETS = b"\r\n"


def _remember(lines: LineCache, key: tuple[str, object], text: bytes) -> bytes:
    if len(lines) > _LINES_LIMIT:
        lines.clear()
    lines[key] = text
    return text


def _folded(line: str) -> bytes:
    """One content line as the file holds it: UTF-8, folded, with its CRLF."""
    return fold_octets(line.encode("utf-8")) + b"\r\n"


def _folded_text(name: str, value: str) -> bytes:
    """``NAME:escaped value`` folded, with its CRLF."""
    return _folded(f"{name}:{escape_text(value)}")


def _text_line(lines: LineCache, name: str, value: str) -> bytes:
    """:func:`_folded_text` memoised for repeating values."""
    key = (name, value)
    found = lines.get(key)
    return _remember(lines, key, _folded_text(name, value)) if found is None else found


def _other_line(lines: LineCache, name: str, value: object) -> bytes:
    """Folded lines for values that are not one TEXT (memoised like :func:`_text_line`)."""
    key = (name, value)
    found = lines.get(key)
    if found is not None:
        return found
    if name == "CATEGORIES":
        categories = ",".join(escape_text(item) for item in value)  # type: ignore[attr-defined]
        text = _folded(f"CATEGORIES:{categories}")
    elif name == "URL":
        text = _folded(f"URL:{quote(str(value).strip(), safe=_URI_SAFE)}")
    else:  # STAMPS: the same moment as DTSTAMP and LAST-MODIFIED, or two moments
        dtstamp, last_modified = cast(tuple[datetime, datetime], value)
        text = (
            f"DTSTAMP:{format_utc(dtstamp)}\r\nLAST-MODIFIED:{format_utc(last_modified)}\r\n"
        ).encode()
    return _remember(lines, key, text)


def _geo_line(lines: LineCache, geo: tuple[float, float]) -> bytes:
    latitude, longitude = geo
    if not (latitude and longitude):  # not memoised: 0.0 and -0.0 are equal keys
        return f"GEO:{latitude:.6f};{longitude:.6f}\r\n".encode()
    key = ("GEO", geo)
    found = lines.get(key)
    if found is not None:
        return found
    return _remember(lines, key, f"GEO:{latitude:.6f};{longitude:.6f}\r\n".encode())


def _alarm(lines: LineCache, summary: str, minutes: int) -> bytes:
    """A display alarm ``minutes`` before the start, saying the summary."""
    key = ("VALARM", (summary, minutes))
    found = lines.get(key)
    if found is not None:
        return found
    trigger = f"-PT{minutes}M" if minutes else "PT0S"
    text = (
        b"BEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        + _folded_text("DESCRIPTION", summary)
        + f"TRIGGER:{trigger}\r\nEND:VALARM\r\n".encode()
    )
    return _remember(lines, key, text)


def _render_event(event: FeedEvent, local: _Times, lines: LineCache) -> bytes:
    """One VEVENT as UTF-8: unique values escaped, encoded and folded here, repeating
    ones from ``lines`` (kept encoded); joined as bytes (absent properties are empty).

    Rendered to bytes rather than to one string encoded at the end: most events hold
    a character above U+00FF (a dash in a session's name), so their whole text would
    be widened to two bytes a character and then encoded again, and a folded line is
    cut on its octets anyway."""
    x_lines = b""
    escaped = event.escaped
    if escaped is None:
        for name, value in event.x_props:
            x_lines += _folded_text(name, value)
        description = _folded_text("DESCRIPTION", event.description) if event.description else b""
    else:  # escaped by the builder, piece by piece
        for (name, _value), text in zip(event.x_props, escaped[1:], strict=True):
            x_lines += _folded(f"{name}:{text}")
        description = _folded(f"DESCRIPTION:{escaped[0]}") if event.description else b""
    status = event.status
    return _vevent(
        lines,
        event.uid,
        event.sequence,
        _other_line(lines, "STAMPS", (event.dtstamp, event.last_modified)),
        _time_lines(event, local),
        event.summary,
        description,
        _place_lines(
            lines,
            event.location,
            event.geo,
            event.url,
            event.categories,
            status,
            event.transparent,
        ),
        x_lines,
        status,
        event.alarm_minutes_before,
    )


#: A UID written as it is: nothing to escape, no control character, and short enough for
#: one line (what every UID the planner makes is). One match instead of escape_text's
#: scans and a fold: ~100 bytecodes a session.
_PLAIN_UID = re.compile(f"[-0-9A-Za-z.@_]{{1,{FOLD_OCTETS - len('UID:')}}}")


def _vevent(
    lines: LineCache,
    uid: str,
    sequence: int,
    stamps: bytes,
    time_lines: bytes,
    summary: str,
    description: bytes,
    place: bytes,
    x_lines: bytes,
    status: EventStatus,
    alarm_minutes: int | None,
) -> bytes:
    """The one layout of a VEVENT, from its lines as the file holds them."""
    return b"".join(
        (
            b"BEGIN:VEVENT\r\n",
            # A plain UID and the SEQUENCE line as one text, encoded once.
            f"UID:{uid}\r\nSEQUENCE:{sequence}\r\n".encode()
            if _PLAIN_UID.fullmatch(uid)
            else _folded_text("UID", uid) + f"SEQUENCE:{sequence}\r\n".encode(),
            stamps,
            time_lines,
            _text_line(lines, "SUMMARY", summary),
            description,
            place,
            x_lines,
            # No reminder for a session that will not happen.
            b""
            if alarm_minutes is None or status == "CANCELLED"
            else _alarm(lines, summary, alarm_minutes),
            b"END:VEVENT\r\n",
        )
    )


def render_timed_event(
    lines: LineCache,
    uid: str,
    sequence: int,
    stamps: bytes,
    tzid: str,
    local: tuple[str, str | None],
    summary: str,
    description: tuple[FoldedStart, str],
    place: bytes,
    status: EventStatus,
    x_props: tuple[tuple[FoldedStart, str], ...],
    alarm_minutes: int | None,
) -> RenderedEvent:
    """What :func:`render_calendar` writes for the timed :class:`FeedEvent` of these
    values (``stamps`` the :func:`stamp_lines` of its DTSTAMP and LAST-MODIFIED,
    ``local`` its ``local_clock``, ``place`` its :func:`place_lines`; neither busy nor
    all-day), without making the event: a one-off export of 20,000 sessions renders
    each as it is built and keeps no event (pass the rendered events to
    :func:`render_calendar` as ``rendered``).

    The description and each X- property come as their line's start, folded once
    (:func:`line_start`: a round's sessions begin them alike), and the rest of their
    escaped text (together, the event's ``escaped``); the caller keeps the stamp and
    place lines, which repeat, per change time and per round."""
    x_lines = b""
    for x_start, text in x_props:
        x_lines += x_start.fold(text.encode("utf-8")) + CRLF_OCTETS
    description_start, text = description
    first = int(local[0][:4])
    return tuple.__new__(  # as RenderedEvent(...) would, without its Python-level call
        RenderedEvent,
        (
            _vevent(
                lines,
                uid,
                sequence,
                stamps,
                _local_time_lines(tzid, local),
                summary,
                description_start.fold(text.encode("utf-8")) + CRLF_OCTETS,
                place,
                x_lines,
                status,
                alarm_minutes,
            ),
            (tzid, first, first if local[1] is None else int(local[1][:4])),
        ),
    )


def line_start(name: str, escaped: str) -> FoldedStart:
    """The start ``NAME:escaped`` of a content line, folded, for :func:`render_timed_event`
    (the caller keeps it for the lines that begin alike)."""
    return FoldedStart.of(f"{name}:{escaped}".encode())


def stamp_lines(lines: LineCache, stamp: datetime) -> bytes:
    """DTSTAMP and LAST-MODIFIED of one moment, for :func:`render_timed_event`."""
    return _other_line(lines, "STAMPS", (stamp, stamp))


def place_lines(
    lines: LineCache,
    location: str,
    geo: tuple[float, float] | None,
    url: str | None,
    categories: tuple[str, ...],
    status: EventStatus,
) -> bytes:
    """A timed session's :func:`_place_lines`, for :func:`render_timed_event`."""
    return _place_lines(lines, location, geo, url, categories, status, status == "CANCELLED")


def _place_lines(
    lines: LineCache,
    location: str,
    geo: tuple[float, float] | None,
    url: str | None,
    categories: tuple[str, ...],
    status: EventStatus,
    transparent: bool,
) -> bytes:
    """LOCATION, GEO, URL, CATEGORIES, STATUS and TRANSP: the same for the sessions of a
    round and kind, so kept as one block per distinct combination."""
    geo_line = b"" if geo is None else _geo_line(lines, geo)  # not a float key: -0.0
    key = ("PLACE", (location, geo_line, url, categories, status, transparent))
    found = lines.get(key)
    if found is not None:
        return found
    text = b"".join(
        (
            _text_line(lines, "LOCATION", location) if location else b"",
            geo_line,
            _other_line(lines, "URL", url) if url else b"",
            _other_line(lines, "CATEGORIES", categories) if categories else b"",
            _STATUS_LINES[status, transparent],
        )
    )
    return _remember(lines, key, text)


_STATUS_LINES = {
    (status, transparent): (
        f"STATUS:{status}\r\nTRANSP:{'TRANSPARENT' if transparent else 'OPAQUE'}\r\n"
    ).encode()
    for status in STATUSES
    for transparent in (False, True)
}


class RenderedEvent(NamedTuple):
    """An event's VEVENT as UTF-8 and the zone years its TZID times need (None: no TZID)."""

    data: bytes
    zone_years: tuple[str, int, int] | None


#: What a caller keeps between exports: any dict works. Keys are whole events,
#: so a changed event (new time, status, title, ...) is a new key.
EventCache = MutableMapping[FeedEvent, RenderedEvent]


def rendered_event(event: FeedEvent, lines: LineCache) -> RenderedEvent:
    """:func:`render_calendar`'s VEVENT of ``event``, with the TZID years it needs."""
    local = _local_times(event)
    if local is None:
        years = None
    else:
        first = int(local[0][:4])
        years = (event.tzid, first, first if local[1] is None else int(local[1][:4]))
    return RenderedEvent(_render_event(event, local, lines), years)


#: A RenderedEvent's VEVENT octets and its zone years, as C callables.
_DATA = itemgetter(0)
_YEARS = itemgetter(1)


def _zone_years(rendered: list[RenderedEvent]) -> dict[str, tuple[int, int]]:
    """For each TZID written in a DTSTART/DTEND, the first and last year it covers."""
    years: dict[str, tuple[int, int]] = {}
    # The distinct (zone, first year, last year) of 20,000 events, gathered in C.
    distinct: set[tuple[str, int, int] | None] = set(map(_YEARS, rendered))
    distinct.discard(None)
    for used in distinct:
        assert used is not None
        tzid, first, last = used
        known = years.get(tzid)
        if known is not None:
            first, last = min(known[0], first), max(known[1], last)
        years[tzid] = (first, last)
    return years


def _vtimezones(years: dict[str, tuple[int, int]]) -> str:
    parts: list[str] = []
    for tzid, (first, last) in sorted(years.items()):
        parts.extend(fold_line(line) + CRLF for line in vtimezone_lines(tzid, first, last))
    return "".join(parts)


def _render(
    header: list[str],
    events: tuple[FeedEvent, ...],
    cache: EventCache | None,
    lines: LineCache,
    more: Sequence[RenderedEvent] = (),
) -> bytes:
    head = "".join(fold_line(line) + CRLF for line in header)
    if cache is None:
        rendered = [rendered_event(event, lines) for event in events]
    else:
        rendered = []
        for event in events:
            found = cache.get(event)
            if found is None:
                found = cache[event] = rendered_event(event, lines)
            rendered.append(found)
    rendered.extend(more)
    zones = _vtimezones(_zone_years(rendered))
    parts = [head.encode("utf-8"), zones.encode("utf-8")]
    parts.extend(map(_DATA, rendered))  # in C: a generator ran a frame per event
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


def render_calendar(
    calendar: FeedCalendar,
    *,
    event_cache: EventCache | None = None,
    line_cache: LineCache | None = None,
    rendered: Sequence[RenderedEvent] = (),
) -> bytes:
    """A subscribable feed: calendar name, refresh hints, VTIMEZONEs, then the events
    and after them the VEVENTs ``rendered`` before (:func:`render_timed_event`).

    ``event_cache`` (e.g. a plain dict kept between exports) maps events to
    their rendered text; entries are added for events not in it, so an
    unchanged re-export skips all formatting. The caller owns it and may
    clear it to bound memory. ``line_cache`` likewise keeps the text of lines
    whose values repeat (a round's location, summaries); without one, a dict
    for this call only.
    """
    refresh = format_duration(calendar.refresh_interval)
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        _prodid(calendar.language),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar.name)}",
        f"NAME:{escape_text(calendar.name)}",
    ]
    if calendar.description:
        header.append(f"X-WR-CALDESC:{escape_text(calendar.description)}")
        header.append(f"DESCRIPTION:{escape_text(calendar.description)}")
    header.append(f"REFRESH-INTERVAL;VALUE=DURATION:{refresh}")
    header.append(f"X-PUBLISHED-TTL:{refresh}")
    if calendar.timezone:
        header.append(f"X-WR-TIMEZONE:{escape_text(calendar.timezone)}")
    lines = {} if line_cache is None else line_cache
    return _render(header, calendar.events, event_cache, lines, rendered)


def render_single_event(event: FeedEvent, *, language: Language = "en") -> bytes:
    """A one-event "add this change to my calendar" file.

    No calendar name: Outlook would otherwise make a new calendar for it.
    """
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        _prodid(language),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    return _render(header, (event,), None, {})


__all__ = [
    "EventCache",
    "LineCache",
    "RenderedEvent",
    "line_start",
    "place_lines",
    "render_calendar",
    "render_event",
    "render_single_event",
    "render_timed_event",
    "rendered_event",
    "stamp_lines",
]
