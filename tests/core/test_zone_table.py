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


@pytest.mark.parametrize("name", ZONES)
def test_the_table_made_from_pytz_lists_holds_pytz_periods_as_they_are(name: str) -> None:
    """Made from pytz's lists without a Transition per period: each start is the aware
    UTC timestamp, each offset, abbreviation and summer flag the period's, and the
    Transitions (made when asked for) the periods as pytz gives them."""
    table = zone_table(name)
    tz = pytz.timezone(name)
    times = getattr(tz, "_utc_transition_times", [])
    infos = getattr(tz, "_transition_info", [])
    if not times:
        assert table.fixed and len(table.transitions) == 1
        assert table.transitions[0].utc is None
        return
    assert table.starts[1:] == tuple(moment.replace(tzinfo=UTC).timestamp() for moment in times[1:])
    assert all(type(start) is float for start in table.starts)
    assert table.offsets == tuple(int(info[0].total_seconds()) for info in infos)
    assert table.names == tuple(info[2] for info in infos)
    assert table.summer == tuple(info[1] != timedelta(0) for info in infos)
    assert [(item.utc, item.offset, item.dst, item.name) for item in table.transitions] == [
        (None if index == 0 else moment, *info)
        for index, (moment, info) in enumerate(zip(times, infos, strict=True))
    ]
