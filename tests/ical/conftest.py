"""Fixtures of the iCalendar tests; builders live in ical_builders.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ical_builders import EDGE_CASES

from planner.i18n import set_language
from planner.ical import FeedCalendar


@pytest.fixture
def edge_calendar() -> FeedCalendar:
    return FeedCalendar(
        name="Bäckman 2023",
        description="GT4 European Series",
        events=tuple(event for event, _utc in EDGE_CASES.values()),
    )


@pytest.fixture
def swedish() -> Iterator[None]:
    set_language("sv")
    yield
    set_language("en")
