"""The import's wall times at the track (one lookup per zone and offset period) are
what the zone gives, and its "plain" ones are exactly those the start check keeps
as they are: tested minute by minute at the edges of every change of the clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import pytz

from planner.domain.errors import ValidationError
from planner.domain.zone_table import zone_table
from planner.services.session_rows import checked_start
from planner.services.track_clock import TrackClock, keep_wall

#: Summer time north and south, a half-hour change (Lord Howe), a zone that dropped
#: summer time (Sao Paulo), changes of standard offset (Moscow), none at all (Tokyo).
ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
    "Europe/Moscow",
    "Asia/Tokyo",
)


def _changes(zone_name: str, first_year: int, last_year: int) -> list[float]:
    table = zone_table(zone_name)
    low = datetime(first_year, 1, 1, tzinfo=UTC).timestamp()
    high = datetime(last_year + 1, 1, 1, tzinfo=UTC).timestamp()
    return [start for start in table.starts if low <= start < high]


def _expected(instant: float, zone_name: str) -> tuple[datetime, bool]:
    aware = datetime.fromtimestamp(instant, UTC).astimezone(pytz.timezone(zone_name))
    dst = aware.dst()
    return aware.replace(tzinfo=None, second=0, microsecond=0), bool(dst)


def _aware(instant: float) -> datetime:
    """``instant`` in the reader's UTC (planner.domain.track_time.UTC, pytz's)."""
    return datetime(1970, 1, 1, tzinfo=pytz.utc) + timedelta(seconds=instant)


@pytest.mark.parametrize("zone_name", ZONES)
def test_wall_times_at_the_edges_of_every_change_are_the_zones(zone_name: str) -> None:
    clock = TrackClock()  # one clock for every instant: its remembered period must not leak
    changes = _changes(zone_name, 2008, 2026) or [datetime(2020, 6, 1, tzinfo=UTC).timestamp()]
    plain_seen = checked_seen = 0
    for change in changes:
        # Every 10 minutes from a day before to a day after, and odd seconds at the change.
        probes = [change + minutes * 60 for minutes in range(-26 * 60, 26 * 60 + 1, 10)]
        probes += [change + seconds for seconds in (-61, -1, -0.5, 0, 0.5, 1, 59, 3599, 3600)]
        for instant in probes:
            found = clock.at(_aware(instant), zone_name)
            wall, summer = _expected(instant, zone_name)
            assert (found.wall, found.summer) == (wall, summer), (zone_name, instant)
            if found.plain:
                plain_seen += 1
                # Nothing for the full check to refuse, keep or move.
                assert checked_start(wall, zone_name, summer) == (wall, None)
                assert keep_wall(wall, zone_name, summer) == (wall, None)
            else:
                checked_seen += 1
    assert plain_seen
    if zone_name != "Asia/Tokyo":
        assert checked_seen  # the edges of a change go to the full check


@pytest.mark.parametrize("zone_name", ZONES[:5])
def test_a_time_shown_twice_is_never_plain(zone_name: str) -> None:
    """Each instant whose wall time the full check finds ambiguous goes to it."""
    clock = TrackClock()
    for change in _changes(zone_name, 2015, 2025):
        for minutes in range(-3 * 60, 3 * 60 + 1, 15):
            instant = change + minutes * 60
            found = clock.at(_aware(instant), zone_name)
            try:
                checked_start(found.wall, zone_name, None)
            except ValidationError:
                assert not found.plain, (zone_name, found.wall)


def test_going_back_and_forth_in_time_finds_each_period_again() -> None:
    clock = TrackClock()
    summer = datetime(2023, 7, 1, 12, 0, tzinfo=pytz.utc)
    winter = datetime(2023, 12, 1, 12, 0, tzinfo=pytz.utc)
    for _ in range(3):
        assert clock.at(summer, "Europe/Berlin").wall == datetime(2023, 7, 1, 14, 0)
        assert clock.at(winter, "Europe/Berlin").wall == datetime(2023, 12, 1, 13, 0)
        assert clock.at(summer, "Asia/Tokyo").wall == datetime(2023, 7, 1, 21, 0)
    before_1970 = datetime(1969, 12, 31, 23, 59, 30, tzinfo=pytz.utc)
    assert clock.at(before_1970, "UTC").wall == datetime(1969, 12, 31, 23, 59)
    assert clock.at(before_1970 - timedelta(seconds=0.5), "UTC").wall == datetime(
        1969, 12, 31, 23, 59
    )
    assert clock.at(before_1970 + timedelta(hours=1), "UTC").summer is False


def test_a_start_in_another_utc_object_or_before_1970_gives_the_zones_wall_time() -> None:
    clock = TrackClock()
    for moment in (
        datetime(2023, 3, 26, 0, 59, 59, 500_000, tzinfo=UTC),
        datetime(2023, 3, 26, 1, 0, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 30, tzinfo=pytz.utc),
        datetime(1890, 6, 1, 12, 0, 45, tzinfo=pytz.utc),  # Berlin's local mean time
    ):
        for zone_name in ("Europe/Berlin", "UTC", "America/New_York"):
            found = clock.at(moment, zone_name)
            assert (found.wall, found.summer) == _expected(moment.timestamp(), zone_name)
