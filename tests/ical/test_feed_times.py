"""A session's home time is the track time's text when both zones show the same clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.ical.zone_clock import local_times
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.describe import Options, same_clock, shown_times, span_text
from planner.services.feeds.session_times import PeriodMemo

ZONES = ("Europe/Stockholm", "Europe/Berlin", "Europe/London", "Europe/Lisbon", "Asia/Tokyo")
#: Around the nights the clocks change in Europe (2023) and an ordinary day.
MOMENTS = (
    [datetime(2023, 3, 26, 0, 0, tzinfo=UTC) + timedelta(minutes=20 * step) for step in range(12)]
    + [
        datetime(2023, 10, 29, 0, 0, tzinfo=UTC) + timedelta(minutes=20 * step)
        for step in range(12)
    ]
    + [datetime(2023, 7, 1, 12, 0, tzinfo=UTC)]
)


@pytest.mark.parametrize("home", ZONES)
@pytest.mark.parametrize("track", ZONES)
def test_zones_said_to_show_the_same_clock_give_the_same_text(track: str, home: str) -> None:
    cache = ExportCache()
    reused = 0
    for moment in MOMENTS:
        start = moment.timestamp()
        for minutes in (None, 40, 180):
            end = None if minutes is None else start + minutes * 60
            track_text = span_text(start, end, track, "en", cache)
            home_text = span_text(start, end, home, "en", cache)
            if same_clock(track, home, start, end):
                reused += 1
                assert home_text == track_text, (track, home, moment, minutes)
    if track == home:
        assert reused == len(MOMENTS) * 3
    if {track, home} == {"Europe/Stockholm", "Europe/Berlin"}:  # not across a change
        assert len(MOMENTS) * 2 <= reused < len(MOMENTS) * 3
    if "Asia/Tokyo" in {track, home} and track != home:
        assert reused == 0


@pytest.mark.parametrize("home", (*ZONES, "America/Sao_Paulo", None))
@pytest.mark.parametrize("track", (*ZONES, "Australia/Lord_Howe", "Africa/Abidjan", "UTC"))
def test_shown_times_answer_as_the_general_functions_around_every_change(
    track: str, home: str | None
) -> None:
    """Digits, track time and home time from one offset period per zone are what
    local_times, span_text and same_clock answer, also across and next to the
    nights the clocks change (where the period gives way to them)."""
    cache = ExportCache()
    general = ExportCache()  # nothing shared with the fast way's memos
    options = Options("sv", None, home)
    moments = [
        datetime(year, month, 1, 0, 0, tzinfo=UTC) + timedelta(days=day, minutes=10 * step)
        for year in (2023, 2024)
        for month in (3, 4, 9, 10, 11)
        for day in range(0, 31, 6)
        for step in range(0, 144, 5)
    ] + MOMENTS
    plain = 0
    for moment in moments:
        start = moment.timestamp()
        for minutes in (None, 30, 90, 200, 1500):
            end = None if minutes is None else start + minutes * 60
            shown = shown_times(track, start, end, options, cache)
            track_text = span_text(start, end, track, "sv", general)
            assert shown.local_clock == local_times(track, start, end), (moment, minutes)
            assert shown.track_time == track_text, (moment, minutes)
            if home is None:
                assert shown.home_time is None
            else:
                expected = (
                    track_text
                    if same_clock(track, home, start, end)
                    else span_text(start, end, home, "sv", general)
                )
                assert shown.home_time == expected, (moment, minutes)
            period = cache.periods.period(track, start)
            last = start if end is None else end
            plain += period.plain_from <= start and last < period.plain_until
    assert plain  # the one-period way was taken (and the general one where it must)


@pytest.mark.parametrize("zone_name", ["Europe/Stockholm", "America/New_York", "Australia/Sydney"])
def test_a_zones_period_is_the_same_whichever_instant_was_asked_before(zone_name: str) -> None:
    """The memo reuses the period it last answered for a zone while an instant falls in
    it; jumping back and forth across the changes of 2023-24 gives every instant the
    period a fresh memo finds."""
    memo = PeriodMemo()
    first = datetime(2023, 1, 1, tzinfo=UTC).timestamp()
    instants = [first + step * 7 * 3600.0 for step in range(0, 2 * 365 * 24 // 7)]
    shuffled = instants[::3] + instants[::-5] + instants[1::2]
    changes_met = set()
    for instant in shuffled:
        expected = PeriodMemo().period(zone_name, instant)
        assert memo.period(zone_name, instant) == expected
        assert expected.begins <= instant < expected.next_change
        changes_met.add(expected.begins)
    assert len(changes_met) >= 4  # both changes of both years were crossed
