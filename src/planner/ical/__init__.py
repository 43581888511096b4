"""The database-free iCalendar layer: feed values, VTIMEZONEs, writer, reader.

Callers build :class:`FeedEvent`/:class:`FeedCalendar` values from the
planner's sessions and get bytes back; imports come back as
:class:`ImportedEvent` values. Nothing here knows about sessions or SQL.

The reader (and the icalendar library behind it) is imported when first
asked for: an export never reads a calendar, and importing it costs a tenth
of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planner.ical.events import (
    STATUSES,
    X_TRACK_TZID,
    EventStatus,
    FeedCalendar,
    FeedEvent,
    cancelled_summary,
)
from planner.ical.vtimezone import vtimezone_lines
from planner.ical.writer import (
    EventCache,
    RenderedEvent,
    render_calendar,
    render_event,
    render_single_event,
)

if TYPE_CHECKING:
    from planner.ical.reader import ImportedEvent, read_calendar

_FROM_READER = ("ImportedEvent", "read_calendar")


def __getattr__(name: str) -> Any:
    if name in _FROM_READER:
        from planner.ical import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "STATUSES",
    "X_TRACK_TZID",
    "EventCache",
    "EventStatus",
    "FeedCalendar",
    "FeedEvent",
    "ImportedEvent",
    "RenderedEvent",
    "cancelled_summary",
    "read_calendar",
    "render_calendar",
    "render_event",
    "render_single_event",
    "vtimezone_lines",
]
