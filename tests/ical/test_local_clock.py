"""What the pipeline hands the writer: local DTSTART/DTEND digits (exactly what the writer
would work out) and a line cache the caller owns (no module-level memo)."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.db.database import Database
from planner.ical.writer import render_calendar, render_event
from planner.ical.zone_clock import local_times, wall_clock, wall_clock_at
from planner.services import feeds

BERLIN = "Europe/Berlin"


def _instant(*parts: int) -> float:
    return datetime(*parts, tzinfo=UTC).timestamp()  # type: ignore[misc]


def test_pipeline_events_carry_the_digits_the_writer_would_compute(demo_db: Database) -> None:
    spec = feeds.FeedSpec(name="Family", language="sv", all_day_events=True, alarm_minutes=30)
    events = feeds.feed_events(demo_db, spec, home_zone="America/New_York").events
    timed = [event for event in events if not event.all_day]
    assert len(timed) >= 10
    for event in timed:
        assert event.local_clock is not None
        worked_out = event._replace(local_clock=None)
        assert render_event(worked_out) == render_event(event)
        assert event.local_clock[0] == wall_clock(event.start, event.tzid)[0]  # type: ignore[arg-type]


def test_local_times_are_none_when_start_or_end_is_shown_twice() -> None:
    # 2025-10-26 in Berlin: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    assert local_times(BERLIN, _instant(2025, 10, 26, 0, 30), None) is None
    assert local_times(BERLIN, _instant(2025, 10, 25, 23, 0), _instant(2025, 10, 26, 1, 30)) is None
    assert local_times(BERLIN, _instant(2025, 10, 25, 22, 0), _instant(2025, 10, 25, 23, 0)) == (
        "20251026T000000",
        "20251026T010000",
    )
    assert local_times(BERLIN, _instant(2025, 7, 1, 12, 0, 5), None) == ("20250701T140005", None)


def test_local_times_agree_with_wall_clock_hour_by_hour_through_a_year() -> None:
    """The one-bisect shortcut gives what two separate conversions give, in every zone
    kind: fall-back and spring-forward nights, southern summers, no transitions."""
    for tzid in (BERLIN, "America/New_York", "Australia/Adelaide", "Asia/Kolkata", "UTC"):
        first = _instant(2025, 1, 1)
        for hour in range(0, 366 * 24):
            start = first + hour * 3600 + 17 * 60
            for length in (None, 45 * 60, 3 * 3600, 26 * 3600):
                end = None if length is None else start + length
                start_digits, start_twice = wall_clock_at(start, tzid)
                expected: tuple[str, str | None] | None = (start_digits, None)
                if start_twice:
                    expected = None
                elif end is not None:
                    end_digits, end_twice = wall_clock_at(end, tzid)
                    expected = None if end_twice else (start_digits, end_digits)
                assert local_times(tzid, start, end) == expected, (tzid, start, length)


def test_repeating_lines_are_kept_in_the_callers_line_cache_only(demo_db: Database) -> None:
    calendar = feeds.feed_events(demo_db, feeds.FeedSpec(name="Family"), home_zone=None)
    lines: dict[tuple[str, object], str] = {}
    kept = render_calendar(calendar, line_cache=lines)
    assert ("SUMMARY", calendar.events[0].summary) in lines
    assert render_calendar(calendar) == kept
    assert render_calendar(calendar, line_cache=lines) == kept
