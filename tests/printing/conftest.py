"""Fixtures for the printing tests: the two demo rounds the sheets are checked on."""

from __future__ import annotations

import pytest
from printing_helpers import demo_weekend

from planner.db.database import Database
from planner.services.views import WeekendView


@pytest.fixture
def gt4_hockenheim(demo_db: Database) -> WeekendView:
    """GT4 European Series 2023 round 5: six sessions, Andreas and Jessica."""
    return demo_weekend(demo_db, "GT4 European Series", 2023, 5)


@pytest.fixture
def hockenheim_12h(demo_db: Database) -> WeekendView:
    """24H Series 2022 round 4, the Hankook 12h Hockenheimring: the #120 crew of four."""
    return demo_weekend(demo_db, "24H Series", 2022, 4)
