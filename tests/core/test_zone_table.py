"""The zone table answers as pytz does, from one bisect over floats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import pytz

from planner.domain.zone_table import zone_table

ZONES = (
    "Europe/Stockholm",
    "Europe/London",
    "America/New_York",
    "America/Sao_Paulo",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # a 30-minute change of the clocks
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Apia",  # skipped a whole day in 2011
    "UTC",
    "Etc/GMT-4",
)


def _moments_around_changes(name: str) -> list[datetime]:
    """Every change of the clocks 1970–2040 and the seconds either side of it."""
    table = zone_table(name)
    moments = [datetime(2026, 7, 1, 12, 0, 0, 123456, tzinfo=UTC)]
    for start in table.starts[1:]:
        if not 0 <= start <= datetime(2040, 1, 1, tzinfo=UTC).timestamp():
            continue
        change = datetime.fromtimestamp(start, UTC)
        for seconds in (-3601, -1, 0, 1, 1799, 3600):
            moments.append(change + timedelta(seconds=seconds, microseconds=seconds % 7))
    return moments


@pytest.mark.parametrize("name", ZONES)
def test_in_zone_gives_what_pytz_astimezone_gives_at_every_change_of_the_clocks(name: str) -> None:
    tz = pytz.timezone(name)
    table = zone_table(name)
    for moment in _moments_around_changes(name):
        expected = moment.astimezone(tz)
        found = table.in_zone(moment)
        assert found == expected
        assert found.replace(tzinfo=None) == expected.replace(tzinfo=None), moment
        assert found.tzinfo is expected.tzinfo, moment
        assert found.tzname() == expected.tzname()


def test_in_zone_takes_any_aware_moment_not_only_utc() -> None:
    stockholm = pytz.timezone("Europe/Stockholm")
    moment = datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=-5)))
    found = zone_table("Europe/Stockholm").in_zone(moment)
    assert found.replace(tzinfo=None) == moment.astimezone(stockholm).replace(tzinfo=None)
    assert found.tzinfo is moment.astimezone(stockholm).tzinfo
    assert found.tzname() == "CET"


@pytest.mark.parametrize("name", ZONES)
def test_aware_at_gives_what_pytz_fromtimestamp_gives_at_every_change_of_the_clocks(
    name: str,
) -> None:
    tz = pytz.timezone(name)
    table = zone_table(name)
    for moment in _moments_around_changes(name):
        instant = float(int(moment.timestamp()))
        expected = datetime.fromtimestamp(instant, tz)
        found = table.aware_at(instant)
        assert found.replace(tzinfo=None) == expected.replace(tzinfo=None), moment
        assert found.tzinfo is expected.tzinfo, moment
