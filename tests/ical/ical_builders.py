"""Builders for feed events and helpers to look at rendered bytes (shared by the ical tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytz

from planner.ical import FeedEvent

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ical"
STAMP = datetime(2023, 8, 20, 8, 0, tzinfo=pytz.utc)


def make_event(
    name: str,
    wall: datetime,
    tzid: str = "Europe/Berlin",
    *,
    minutes: int = 60,
    is_dst: bool | None = None,
    **fields: Any,
) -> FeedEvent:
    """A timed session starting at a wall time at the track (DST side picked by ``is_dst``)."""
    track = pytz.timezone(tzid)
    start = track.localize(wall, is_dst=is_dst)
    end = track.normalize(start + timedelta(minutes=minutes))
    values: dict[str, Any] = {
        "uid": f"session-{name}@race-planner",
        "sequence": 0,
        "dtstamp": STAMP,
        "last_modified": STAMP,
        "summary": name,
        "start": start,
        "end": end,
        "tzid": tzid,
    }
    values.update(fields)
    return FeedEvent(**values)


def make_all_day(name: str, first: date, last: date, **fields: Any) -> FeedEvent:
    values: dict[str, Any] = {
        "uid": f"weekend-{name}@race-planner",
        "sequence": 0,
        "dtstamp": STAMP,
        "last_modified": STAMP,
        "summary": name,
        "start": first,
        "end": last + timedelta(days=1),
        "tzid": "Europe/Berlin",
        "all_day": True,
    }
    values.update(fields)
    return FeedEvent(**values)


# Sessions on and around DST changes, and in zones without DST or with US rules.
# uid -> (event, expected UTC start)
EDGE_CASES: dict[str, tuple[FeedEvent, datetime]] = {
    "berlin-spring-0330": (
        make_event("berlin-spring-0330", datetime(2023, 3, 26, 3, 30)),
        datetime(2023, 3, 26, 1, 30, tzinfo=pytz.utc),
    ),
    "berlin-autumn-0130": (
        make_event("berlin-autumn-0130", datetime(2023, 10, 29, 1, 30)),
        datetime(2023, 10, 28, 23, 30, tzinfo=pytz.utc),
    ),
    "berlin-autumn-0230-first": (
        make_event("berlin-autumn-0230-first", datetime(2023, 10, 29, 2, 30), is_dst=True),
        datetime(2023, 10, 29, 0, 30, tzinfo=pytz.utc),
    ),
    "berlin-autumn-0230-second": (
        make_event("berlin-autumn-0230-second", datetime(2023, 10, 29, 2, 30), is_dst=False),
        datetime(2023, 10, 29, 1, 30, tzinfo=pytz.utc),
    ),
    "hockenheim-race-1": (
        make_event("hockenheim-race-1", datetime(2023, 9, 2, 16, 55)),
        datetime(2023, 9, 2, 14, 55, tzinfo=pytz.utc),
    ),
    "dubai-winter": (
        make_event("dubai-winter", datetime(2023, 1, 13, 14, 0), "Asia/Dubai"),
        datetime(2023, 1, 13, 10, 0, tzinfo=pytz.utc),
    ),
    "dubai-summer": (
        make_event("dubai-summer", datetime(2023, 7, 13, 14, 0), "Asia/Dubai"),
        datetime(2023, 7, 13, 10, 0, tzinfo=pytz.utc),
    ),
    "new-york-spring-0330": (
        make_event("new-york-spring-0330", datetime(2023, 3, 12, 3, 30), "America/New_York"),
        datetime(2023, 3, 12, 7, 30, tzinfo=pytz.utc),
    ),
    "new-york-autumn-0130-second": (
        make_event(
            "new-york-autumn-0130-second",
            datetime(2023, 11, 5, 1, 30),
            "America/New_York",
            is_dst=False,
        ),
        datetime(2023, 11, 5, 6, 30, tzinfo=pytz.utc),
    ),
    "new-york-december": (
        make_event("new-york-december", datetime(2023, 12, 2, 19, 0), "America/New_York"),
        datetime(2023, 12, 3, 0, 0, tzinfo=pytz.utc),
    ),
}


def physical_lines(data: bytes) -> list[bytes]:
    """The file's lines without their CRLF (asserts every line has one)."""
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines)
    return lines


def unfolded(data: bytes) -> list[str]:
    text = data.decode("utf-8").replace("\r\n ", "")
    return text.split("\r\n")[:-1]
