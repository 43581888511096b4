"""A one-off export (a cache that remembers nothing) writes exactly what a cached one does."""

from __future__ import annotations

import pytest

from planner.db.database import Database
from planner.ical import FeedEvent
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
    assert remembering.rendered and remembering.events and remembering.lines
    assert len(remembering.digits) > 0  # DTSTART/DTEND digits memoised in the cache
    assert not one_off.rendered and not one_off.events and not one_off.lines


def test_the_pipelines_unchecked_events_pass_the_checks(demo_db: Database) -> None:
    """Events the pipeline builds without the checks (``FeedEvent.trusted``) are exactly
    what the checked constructor accepts and builds from the same values."""
    spec = feeds.FeedSpec(name="Family", language="sv", all_day_events=True, alarm_minutes=30)
    events = feeds.feed_events(demo_db, spec, home_zone="America/New_York").events
    assert len(events) >= 10
    for event in events:
        checked = FeedEvent(**event._asdict())
        assert checked == event
        assert tuple(checked) == tuple(event)  # local_clock too, which equality leaves out
        assert type(checked) is type(event)
