"""A one-off export (a cache that remembers nothing) writes exactly what a cached one does."""

from __future__ import annotations

import pytest

from planner.db.database import Database
from planner.services import feeds


@pytest.mark.parametrize(
    "spec",
    [
        feeds.FeedSpec(name="Family", language="sv", all_day_events=True, alarm_minutes=30),
        feeds.FeedSpec(name="Everything", include_cancelled=False),
    ],
    ids=["swedish-weekends-alarm", "english"],
)
def test_a_one_off_export_is_byte_identical_and_keeps_nothing(
    demo_db: Database, spec: feeds.FeedSpec
) -> None:
    remembering = feeds.ExportCache()
    one_off = feeds.ExportCache(remember=False)
    cached = feeds.prepare_export(demo_db, spec, home_zone="America/New_York", cache=remembering)
    again = feeds.prepare_export(demo_db, spec, home_zone="America/New_York", cache=one_off)
    assert again.calendar_bytes == cached.calendar_bytes
    assert again.calendar_bytes.count(b"BEGIN:VEVENT") >= 10
    assert remembering.rendered and remembering.events
    assert not one_off.rendered and not one_off.events
