"""A session's start from its local day (PeriodMemo.wall_start) is what the zone table says."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from planner.domain.zone_table import zone_table
from planner.services.feeds.session_times import PeriodMemo

ZONES = (
    "Europe/Stockholm",
    "Europe/London",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Tokyo",
    "UTC",
)
#: Wall times every 20 minutes over days around the changes of the clocks of 2023 and
#: 2024 in both hemispheres, and an ordinary week.
WALLS = [
    datetime(year, month, 1) + timedelta(days=day, minutes=20 * step)
    for year in (2023, 2024)
    for month in (3, 4, 9, 10, 11)
    for day in range(0, 31, 3)
    for step in range(72)
]


@pytest.mark.parametrize("zone_name", ZONES)
def test_a_start_from_its_day_is_the_zone_tables_instant_in_the_same_period(
    zone_name: str,
) -> None:
    memo = PeriodMemo()
    table = zone_table(zone_name)
    plain = 0
    for wall in WALLS:
        for stored in (wall, wall.isoformat(" ", "microseconds"), wall.isoformat(" ")):
            found = memo.wall_start(zone_name, stored)
            if found is None:
                continue
            plain += 1
            instant, period = found
            assert instant == table.utc_instant(wall), (wall, stored)
            assert type(instant) is float  # as utc_instant's: the export sorts floats
            assert period == memo.period(zone_name, instant), (wall, stored)
    if zone_name in {"Asia/Tokyo", "UTC"}:
        assert plain == len(WALLS) * 3  # no change of the clocks: every day is plain
    else:
        assert len(WALLS) * 3 // 2 < plain < len(WALLS) * 3  # days near a change are not


def test_wall_times_a_day_cannot_answer_are_left_to_the_general_way() -> None:
    memo = PeriodMemo()
    # Not a whole second, as a string and as a datetime.
    assert memo.wall_start("UTC", "2024-05-01 10:00:00.500000") is None
    assert memo.wall_start("UTC", datetime(2024, 5, 1, 10, 0, 0, 500_000)) is None
    # Not SQLite's shape.
    assert memo.wall_start("UTC", "2024-05-01 10h00") is None
    # The night the clocks go forward in Stockholm, and the day before and after.
    for day in ("2024-03-30", "2024-03-31", "2024-04-01"):
        assert memo.wall_start("Europe/Stockholm", f"{day} 12:00:00") is None
    assert memo.wall_start("Europe/Stockholm", "2024-04-02 12:00:00") is not None
