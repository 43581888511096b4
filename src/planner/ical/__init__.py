"""The database-free iCalendar layer: feed values, VTIMEZONEs, writer, reader.

Callers build :class:`FeedEvent`/:class:`FeedCalendar` values from the
planner's sessions and get bytes back; imports come back as
:class:`ImportedEvent` values. Nothing here knows about sessions or SQL.
"""

from planner.ical.events import (
    STATUSES,
    X_TRACK_TZID,
    EventStatus,
    FeedCalendar,
    FeedEvent,
    cancelled_summary,
)
from planner.ical.reader import ImportedEvent, read_calendar
from planner.ical.vtimezone import vtimezone_lines
from planner.ical.writer import (
    EventCache,
    RenderedEvent,
    render_calendar,
    render_event,
    render_single_event,
)

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
