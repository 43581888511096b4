"""A file's VTIMEZONE answers from its onset table exactly as icalendar's zone does.

The fast reader converts wall times in a file-defined zone with one bisect over
the zone's listed onsets (:mod:`planner.ical.onset_table`) instead of asking
dateutil's rules at each time. These tests compare both, hour by hour and
event by event: RRULE with RDATE, rules that change within the file (UNTIL,
a new block), times before the first onset, the hours a change skips or
repeats, a single block, and times far beyond the first ones asked.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any

import pytest
from icalendar import Calendar

from planner.domain.errors import ImportFormatError
from planner.ical import ImportedEvent, read_calendar
from planner.ical.onset_table import FileZone, onset_table
from planner.ical.reader import _read_fast, read_calendar_with_icalendar
from planner.ical.vtimezone_parser import parse_vtimezone

_EUROPE = """BEGIN:VTIMEZONE
TZID:Test/Europe
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

# Summer time on the first Sunday of April until 2006, then on the second
# Sunday of March (as the US changed); one extra onset by RDATE, one struck out
# by EXDATE; standard time from a DTSTART in 1990 (earlier times come before
# every onset).
_CHANGING = """BEGIN:VTIMEZONE
TZID:Test/Changing
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:19900401T020000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z
RDATE:20070101T020000
END:DAYLIGHT
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
EXDATE:20090308T020000
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:19901028T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
RDATE:20070102T020000
END:STANDARD
END:VTIMEZONE
"""

# Two blocks with onsets at the same wall time: the first block listed wins.
_TIED = """BEGIN:VTIMEZONE
TZID:Test/Tied
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
DTSTART:20200101T000000
RDATE:20240301T000000
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0300
TZOFFSETTO:+0400
DTSTART:20240301T000000
END:DAYLIGHT
END:VTIMEZONE
"""

# The same change as UNTIL and a new block, with no RDATE; an UNTIL that is the
# last onset itself, one given as a date, and a rule on the last Friday.
_RULE_CHANGE = """BEGIN:VTIMEZONE
TZID:Test/RuleChange
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:19870405T020000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T020000Z
END:DAYLIGHT
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=+2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:19871025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR;UNTIL=20061027
END:STANDARD
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""

_FIXED = """BEGIN:VTIMEZONE
TZID:Test/Fixed
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
DTSTART:20000101T000000
END:STANDARD
END:VTIMEZONE
"""


def _component(block: str) -> Any:
    calendar = Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{block}END:VCALENDAR\r\n")
    return calendar.walk("VTIMEZONE")[0]


def _zone(block: str) -> tzinfo:
    zone: tzinfo = _component(block).to_tz(lookup_tzid=False)
    return zone


def _hours(first: datetime, last: datetime, step: timedelta) -> list[datetime]:
    found: list[datetime] = []
    while first <= last:
        found.append(first)
        first += step
    return found


_BLOCKS = [_EUROPE, _CHANGING, _RULE_CHANGE, _TIED, _FIXED]


def _table(block: str, parsed: bool) -> tuple[tzinfo, Any]:
    """icalendar's zone of the block, and the table of it (``parsed``: of the
    block read by the small parser instead)."""
    zone = _zone(block)
    if not parsed:
        return zone, onset_table(zone)
    plain = parse_vtimezone(block)
    assert plain is not None
    return zone, onset_table(FileZone(plain))


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("block", _BLOCKS)
def test_the_table_gives_the_zones_offset_at_every_wall_time(block: str, parsed: bool) -> None:
    zone, table = _table(block, parsed)
    assert table is not None
    # Every half hour around each change, and every 29 hours over forty years.
    walls = _hours(datetime(1985, 1, 1), datetime(2026, 1, 1), timedelta(hours=29))
    walls += _hours(datetime(2006, 3, 1), datetime(2006, 4, 10), timedelta(minutes=30))
    walls += _hours(datetime(2007, 1, 1), datetime(2007, 1, 3), timedelta(minutes=30))
    walls += _hours(datetime(2024, 2, 28), datetime(2024, 3, 2), timedelta(minutes=30))
    walls += _hours(datetime(2025, 3, 29), datetime(2025, 3, 31), timedelta(minutes=30))
    walls += _hours(datetime(2025, 10, 25), datetime(2025, 10, 27), timedelta(minutes=30))
    for wall in walls:
        assert table.offset(wall) == wall.replace(tzinfo=zone).utcoffset(), wall


@pytest.mark.parametrize("parsed", [True, False])
def test_times_long_after_the_first_ones_asked_extend_the_table(parsed: bool) -> None:
    zone, table = _table(_EUROPE, parsed)
    assert table is not None
    for wall in (
        datetime(2025, 7, 1),
        datetime(2090, 1, 1),
        datetime(2090, 7, 1),
        datetime(9999, 7, 1),
        datetime(1970, 7, 1),
    ):
        assert table.offset(wall) == wall.replace(tzinfo=zone).utcoffset(), wall


def test_a_zone_with_too_many_onsets_to_list_is_asked_directly() -> None:
    block = _EUROPE.replace("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=HOURLY").replace(
        "DTSTART:19961027T030000", "DTSTART:20241027T030000"
    )
    assert parse_vtimezone(block) is None  # left to icalendar and dateutil
    table = onset_table(_zone(block))
    assert table is not None
    assert table.offset(datetime(2025, 7, 1)) is None
    assert table.offset(datetime(2025, 7, 2)) is None
    data = _calendar(block, "Test/Europe", [datetime(2025, 7, 1, 9), datetime(2025, 7, 1, 10)])
    assert _read_fast(data, "x.ics", None) == read_calendar_with_icalendar(
        data, source_name="x.ics"
    )


def test_a_time_before_the_onsets_of_a_zone_without_standard_time_is_a_located_error() -> None:
    """dateutil's zone fails on it (TypeError); the fast reader steps aside and the
    reading names the event and its line instead of crashing."""
    block = _EUROPE.replace("STANDARD", "DAYLIGHT")
    assert parse_vtimezone(block) is None  # left to icalendar and dateutil
    assert onset_table(_zone(block)) is None
    data = _calendar(block, "Test/Europe", [datetime(1975, 6, 1, 12)])
    assert _read_fast(data, "x.ics", None) is None
    with pytest.raises(ImportFormatError) as raised:
        read_calendar(data, source_name="x.ics")
    assert raised.value.where == "x.ics, line 19"  # its BEGIN:VEVENT
    assert "u-0" in raised.value.message


def test_a_zone_of_the_tz_database_gets_no_table() -> None:
    from zoneinfo import ZoneInfo

    assert onset_table(ZoneInfo("Europe/Stockholm")) is None


def _calendar(block: str, tzid: str, walls: list[datetime]) -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:u-{index}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{wall:%Y%m%dT%H%M%S}\r\n"
        f"DTEND;TZID={tzid}:{wall + timedelta(minutes=90):%Y%m%dT%H%M%S}\r\n"
        f"SUMMARY:Session {index}\r\nEND:VEVENT\r\n"
        for index, wall in enumerate(walls)
    )
    zone = block.replace("\n", "\r\n")
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{zone}{events}END:VCALENDAR\r\n".encode()


@pytest.mark.parametrize(
    ("block", "tzid"),
    [
        (_EUROPE, "Test/Europe"),
        (_CHANGING, "Test/Changing"),
        (_RULE_CHANGE, "Test/RuleChange"),
        (_TIED, "Test/Tied"),
    ],
)
def test_events_in_a_files_zone_read_the_same_as_with_icalendar(block: str, tzid: str) -> None:
    walls = [
        datetime(1975, 6, 1, 12),  # before every onset
        datetime(1989, 12, 31, 23, 30),
        *_hours(datetime(2005, 4, 3, 0, 15), datetime(2005, 4, 3, 4), timedelta(minutes=15)),
        *_hours(datetime(2006, 4, 1), datetime(2006, 4, 3), timedelta(hours=5)),
        *_hours(datetime(2007, 1, 1, 1), datetime(2007, 1, 2, 3), timedelta(hours=1)),
        *_hours(datetime(2009, 3, 7), datetime(2009, 3, 9), timedelta(hours=4)),
        *_hours(datetime(2024, 2, 29, 22), datetime(2024, 3, 1, 2), timedelta(minutes=30)),
        *_hours(datetime(2025, 3, 30, 1), datetime(2025, 3, 30, 4), timedelta(minutes=20)),
        *_hours(datetime(2025, 10, 26, 1), datetime(2025, 10, 26, 4), timedelta(minutes=20)),
        datetime(2061, 8, 1, 14),  # far after the others
    ]
    data = _calendar(block, tzid, walls)
    fast = _read_fast(data, "x.ics", None)
    assert fast is not None
    slow = read_calendar_with_icalendar(data, source_name="x.ics")
    assert fast == slow
    for mine, theirs in zip(fast, slow, strict=True):
        for name in ImportedEvent.__dataclass_fields__:
            assert type(getattr(mine, name)) is type(getattr(theirs, name)), name
