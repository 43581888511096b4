"""The database-free iCalendar layer: feed values, VTIMEZONEs, writer, reader.

Callers build :class:`FeedEvent`/:class:`FeedCalendar` values from the
planner's sessions and get bytes back; imports come back as
:class:`ImportedEvent` values. Nothing here knows about sessions or SQL.

Each name's module is imported when the name is first asked for: an export
never reads a calendar, an import never writes one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name's module, imported when the name is first asked for: an import
# never writes (writer, VTIMEZONEs: ~13 M instructions at its start, callgrind)
# and an export never reads.
_HOMES = {
    "STATUSES": "events",
    "X_TRACK_TZID": "events",
    "EventStatus": "events",
    "FeedCalendar": "events",
    "FeedEvent": "events",
    "cancelled_summary": "events",
    "ImportedEvent": "reader",
    "read_calendar": "reader",
    "vtimezone_lines": "vtimezone",
    "EventCache": "writer",
    "RenderedEvent": "writer",
    "render_calendar": "writer",
    "render_event": "writer",
    "render_single_event": "writer",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


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
