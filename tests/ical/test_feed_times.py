"""A session's home time is the track time's text when both zones show the same clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.services.feeds.cache import ExportCache
from planner.services.feeds.describe import same_clock, span_text

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
