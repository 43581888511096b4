"""VTIMEZONE blocks: RRULE style, right for every hour of the covered years."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

import icalendar
import pytest
import pytz
from dateutil import tz as dateutil_tz  # type: ignore[import-untyped]

from planner.ical.vtimezone import vtimezone_lines


def _block(tzid: str, first_year: int, last_year: int) -> str:
    return "\r\n".join(vtimezone_lines(tzid, first_year, last_year)) + "\r\n"


def _dateutil_zone(text: str, tzid: str) -> tzinfo:
    # dateutil's own VTIMEZONE parser refuses any X- property (RFC 5545 allows them).
    text = "".join(line for line in text.splitlines(True) if not line.startswith("X-"))
    zone = dateutil_tz.tzical(io.StringIO(text)).get(tzid)
    assert isinstance(zone, tzinfo)
    return zone


def _icalendar_zone(text: str) -> tzinfo:
    component: Any = icalendar.Timezone.from_ical(text)
    built: tzinfo = component.to_tz(lookup_tzid=False)  # the block itself, not the tz database
    return built


ZONES_AND_YEARS = [
    ("Europe/Berlin", 2023, 2023),
    ("Europe/Berlin", 1995, 1997),  # autumn rule moved from September to October in 1996
    ("Europe/Stockholm", 2022, 2024),
    ("America/New_York", 2006, 2008),  # US rules changed in 2007
    ("Australia/Sydney", 2023, 2024),
    ("America/Sao_Paulo", 2017, 2020),  # DST abolished after 2019
    ("Europe/Moscow", 2010, 2015),  # permanent +04 in 2011, back to +03 in 2014
    ("Asia/Dubai", 2023, 2023),
    ("Africa/Casablanca", 2023, 2023),  # Ramadan changes: no yearly rule
    ("Pacific/Auckland", 2023, 2023),
    ("UTC", 2023, 2023),
]


def _instants(tzid: str, first_year: int, last_year: int) -> list[datetime]:
    """Every 5 hours of the years, plus the hours around each clock change."""
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    stop = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    moments = [
        start + timedelta(hours=5 * step)
        for step in range(int((stop - start) / timedelta(hours=5)))
    ]
    changes = getattr(pytz.timezone(tzid), "_utc_transition_times", [])
    for change in changes:
        change_utc = change.replace(tzinfo=UTC)
        if start <= change_utc < stop:
            moments.extend(change_utc + timedelta(minutes=m) for m in range(-150, 180, 30))
    return moments


def _wall_times(tzid: str, first_year: int, last_year: int) -> list[tuple[datetime, timedelta]]:
    """(unambiguous wall time, true offset) pairs over the covered years."""
    track = pytz.timezone(tzid)
    found = []
    for moment in _instants(tzid, first_year, last_year):
        local = moment.astimezone(track)
        wall = local.replace(tzinfo=None)
        try:
            track.localize(wall, is_dst=None)
        except (pytz.AmbiguousTimeError, pytz.NonExistentTimeError):
            continue
        offset = local.utcoffset()
        assert offset is not None
        found.append((wall, offset))
    return found


@pytest.mark.parametrize(("tzid", "first_year", "last_year"), ZONES_AND_YEARS)
def test_vtimezone_gives_tz_database_offsets_to_dateutil(
    tzid: str, first_year: int, last_year: int
) -> None:
    zone = _dateutil_zone(_block(tzid, first_year, last_year), tzid)
    for wall, offset in _wall_times(tzid, first_year, last_year):
        assert wall.replace(tzinfo=zone).utcoffset() == offset, wall


@pytest.mark.parametrize(("tzid", "first_year", "last_year"), ZONES_AND_YEARS)
def test_vtimezone_gives_tz_database_offsets_to_icalendar(
    tzid: str, first_year: int, last_year: int
) -> None:
    zone = _icalendar_zone(_block(tzid, first_year, last_year))
    for wall, offset in _wall_times(tzid, first_year, last_year):
        assert wall.replace(tzinfo=zone).utcoffset() == offset, wall


def test_berlin_is_one_daylight_and_one_standard_block_with_last_sunday_rules() -> None:
    lines = vtimezone_lines("Europe/Berlin", 2023, 2023)
    assert lines.count("BEGIN:DAYLIGHT") == 1
    assert lines.count("BEGIN:STANDARD") == 1
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in lines
    assert "TZOFFSETFROM:+0100" in lines
    assert "TZOFFSETTO:+0200" in lines
    assert not any(line.startswith("RDATE") for line in lines)


def test_rules_in_force_have_no_until_so_they_outlive_2038() -> None:
    lines = vtimezone_lines("Europe/Berlin", 2037, 2037)
    assert not any("UNTIL=" in line for line in lines)


def test_zone_without_dst_is_one_standard_block() -> None:
    lines = vtimezone_lines("Asia/Dubai", 2023, 2023)
    assert lines == (
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Dubai",
        "X-LIC-LOCATION:Asia/Dubai",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0400",
        "TZOFFSETTO:+0400",
        "TZNAME:+04",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    )


def test_rule_change_inside_covered_years_writes_each_period_with_until() -> None:
    lines = vtimezone_lines("America/New_York", 2006, 2008)
    assert "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060403T070000Z" in lines
    assert "DTSTART:20070311T020000" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" in lines


def test_blocks_cover_only_the_years_asked_for() -> None:
    # 2023 needs none of New York's pre-2007 rules.
    lines = vtimezone_lines("America/New_York", 2023, 2023)
    assert not any("UNTIL=" in line for line in lines)
    assert lines.count("BEGIN:DAYLIGHT") == 1
