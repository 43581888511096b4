"""From a feed's rows to its bytes: the one way every export builds a calendar.

:func:`build` is shared by the exports through the ORM (:mod:`.export`) and
the export straight from a SQLite file (:mod:`.file_export`); it imports
nothing of the database layer.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from planner.domain.track_time import zone
from planner.i18n import check_language
from planner.ical import FeedCalendar, render_calendar
from planner.ical.writer import LineCache
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.choices import FeedSpec
from planner.services.feeds.compose import (
    SessionEvent,
    calendar_of,
    compose_calendar,
    render_sessions,
)
from planner.services.feeds.describe import Options
from planner.services.feeds.rows import Raw, select_sessions

if TYPE_CHECKING:
    from planner.services.feeds.changes import State


class PreparedData:
    """A built export of one choice: what it was made of and its bytes. Its change-record
    state is worked out when first asked for (a one-off export never asks)."""

    def __init__(
        self,
        raw: Raw,
        calendar: FeedCalendar,
        session_events: tuple[SessionEvent, ...],
        data: bytes,
    ) -> None:
        self.raw = raw
        self.calendar = calendar
        self.session_events = session_events
        self.data = data

    @cached_property
    def state(self) -> dict[str, State]:
        """What the change record keeps per session UID."""
        from planner.services.feeds.changes import State  # a one-off export never asks

        return {
            uid: State(
                revision, event.summary, start_utc.replace(tzinfo=None), event.status, kind, minutes
            )
            for uid, event, start_utc, revision, kind, minutes in self.session_events
        }


def options_of(spec: FeedSpec, home_zone: str | None) -> Options:
    """The feed's text choices; an unknown language or zone is a clear error before
    anything is read or built."""
    language = check_language(spec.language)
    if home_zone:
        zone(home_zone)
    return Options(language, spec.alarm_minutes, home_zone or None)


def build(raw: Raw, spec: FeedSpec, options: Options, cache: ExportCache) -> PreparedData:
    """The calendar and its bytes (and its change-record state when asked), from the rows
    ``raw``."""
    selection = select_sessions(raw, spec, cache.round_token)
    calendar, session_events = compose_calendar(selection, spec, options, cache)
    data = render_calendar(
        calendar,
        event_cache=cache.rendered if cache.remember else None,
        line_cache=cache.lines if cache.remember else None,
    )
    return PreparedData(raw, calendar, session_events, data)


def render_once(
    raw: Raw, spec: FeedSpec, options: Options, cache: ExportCache
) -> tuple[bytes, int]:
    """:func:`build`'s bytes and how many sessions they hold, for an export that keeps
    nothing (``planner export ics`` on a file): each session's VEVENT is rendered as it
    is built, and no event, change-record state nor cached text is kept."""
    selection = select_sessions(raw, spec, cache.round_token, keyed=False)
    lines: LineCache = {}
    sessions = render_sessions(selection, options, cache, lines)
    calendar = calendar_of(selection, spec, options, cache, [])
    return render_calendar(calendar, line_cache=lines, rendered=sessions), len(sessions)
