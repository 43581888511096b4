"""Plain VTIMEZONE blocks are read without icalendar or dateutil, with the same result.

The small parser (:mod:`planner.ical.vtimezone_parser`) reads the blocks real
exports write (Outlook, Google, Apple, Lotus Notes, tzurl.org's history, our
own writer); these tests compare its zones with the ones icalendar and dateutil
build from the same blocks: every onset, the offset at every hour from 1970 to
2040, and events read through both readers. A block it does not understand
(damaged or unusual) goes through icalendar as before, with the same result or
the same message.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from planner.domain.errors import ImportFormatError
from planner.ical import ImportedEvent, read_calendar
from planner.ical.onset_table import FileZone, OnsetTable, onset_table
from planner.ical.reader import _read_fast, read_calendar_with_icalendar
from planner.ical.vtimezone import vtimezone_lines
from planner.ical.vtimezone_parser import ParsedZone, parse_vtimezone

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vtimezones"
_FIXTURE_NAMES = sorted(path.name for path in _FIXTURES.glob("*.ics"))
# Zones our writer describes with yearly rules, UNTIL, single onsets, the
# southern hemisphere, negative summer time (Dublin), many irregular onsets
# (Casablanca) and none at all (Tokyo).
_WRITER_ZONES = [
    "Europe/Stockholm",
    "America/New_York",
    "Australia/Sydney",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Moscow",
    "America/Sao_Paulo",
    "America/Santiago",
    "Pacific/Auckland",
    "Asia/Tehran",
    "Africa/Casablanca",
    "Asia/Tokyo",
]
_FIRST = datetime(1970, 1, 1)
_END = datetime(2041, 1, 1)


def _unfolded(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def _fixture(name: str) -> str:
    return _unfolded((_FIXTURES / name).read_text())


def _writer_block(tzid: str) -> str:
    return "\n".join(vtimezone_lines(tzid, 1970, 2040))


def _dateutil_zone(block: str) -> Any:
    calendar = Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{block}\r\nEND:VCALENDAR\r\n")
    return calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)


def _parsed(block: str) -> ParsedZone:
    parsed = parse_vtimezone(block)
    assert parsed is not None, "the parser left the block to icalendar"
    return parsed


def _blocks() -> list[Any]:
    return [pytest.param(_fixture(name), id=name) for name in _FIXTURE_NAMES] + [
        pytest.param(_writer_block(tzid), id=f"writer-{tzid}") for tzid in _WRITER_ZONES
    ]


def _offsets(table: OnsetTable, walls: list[datetime]) -> list[timedelta | None]:
    return [table.offset(wall) for wall in walls]


@pytest.fixture(scope="module")
def every_hour() -> list[datetime]:
    hour = timedelta(hours=1)
    walls = [_FIRST]
    while walls[-1] < _END:
        walls.append(walls[-1] + hour)
    return walls


@pytest.mark.parametrize("block", _blocks())
def test_each_block_lists_the_onsets_dateutil_lists(block: str) -> None:
    parsed = _parsed(block)
    zone = _dateutil_zone(block)
    assert len(parsed.blocks) == len(zone._comps)
    for mine, theirs in zip(parsed.blocks, zone._comps, strict=True):
        assert mine.daylight == theirs.isdst
        assert (mine.offset_from, mine.offset_to) == (theirs.tzoffsetfrom, theirs.tzoffsetto)
        listed = list(_until(mine.onsets(), datetime(2100, 1, 1)))
        assert listed == list(_until(iter(theirs.rrule), datetime(2100, 1, 1)))


def _until(onsets: Any, end: datetime) -> Any:
    for onset in onsets:
        if onset > end:
            return
        yield onset


@pytest.mark.parametrize("block", _blocks())
def test_the_offset_at_every_hour_from_1970_to_2040_is_dateutils(
    block: str, every_hour: list[datetime]
) -> None:
    """Hour by hour against the table of dateutil's zone (the path a block the
    parser leaves alone takes), and against the zone itself every 97 hours and
    every quarter hour around each of its onsets."""
    mine = FileZone(_parsed(block))
    zone = _dateutil_zone(block)
    theirs = onset_table(zone)
    assert theirs is not None
    assert _offsets(mine.table, every_hour) == _offsets(theirs, every_hour)
    asked = every_hour[::97]
    for comp in zone._comps:
        for onset in _until(iter(comp.rrule), _END):
            if onset >= _FIRST - timedelta(days=1):
                asked += [onset + timedelta(minutes=15 * step) for step in range(-12, 13)]
    for wall in asked:
        assert wall.replace(tzinfo=mine).utcoffset() == wall.replace(tzinfo=zone).utcoffset(), wall


def _calendar(block: str, tzid: str, walls: list[datetime]) -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:u-{index}\r\nDTSTAMP:20250101T000000Z\r\n"
        f'DTSTART;TZID="{tzid}":{wall:%Y%m%dT%H%M%S}\r\n'
        f'DTEND;TZID="{tzid}":{wall + timedelta(minutes=90):%Y%m%dT%H%M%S}\r\n'
        f"SUMMARY:Session {index}\r\nEND:VEVENT\r\n"
        for index, wall in enumerate(walls)
    )
    zone = block.strip().replace("\n", "\r\n")
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{zone}\r\n{events}END:VCALENDAR\r\n"
    ).encode()


def _walls() -> list[datetime]:
    walls = [datetime(1968, 6, 1, 12), datetime(1975, 2, 23, 3), datetime(2006, 4, 2, 2, 30)]
    for year in (1985, 2007, 2039):
        for month in (3, 4, 10, 11):
            start = datetime(year, month, 1, 1, 30)
            walls += [
                start + timedelta(days=day, hours=hour) for day in range(31) for hour in (0, 2)
            ]
    return walls


@pytest.mark.parametrize("block", _blocks())
def test_events_in_the_blocks_zone_read_as_with_icalendar(block: str) -> None:
    tzid = _parsed(block).tzid
    data = _calendar(block, tzid, _walls())
    fast = _read_fast(data, "x.ics", None)
    assert fast is not None
    slow = read_calendar_with_icalendar(data, source_name="x.ics")
    assert fast == slow
    for mine, theirs in zip(fast, slow, strict=True):
        for name in ImportedEvent.__dataclass_fields__:
            assert type(getattr(mine, name)) is type(getattr(theirs, name)), name


_GOOGLE = _fixture("google_stockholm.ics")

# Each damages or stretches the Google block in one way the parser leaves to icalendar.
_LEFT_ALONE = {
    "offset without minutes": ("TZOFFSETTO:+0100", "TZOFFSETTO:+01"),
    "offset of 25 hours": ("TZOFFSETFROM:+0100", "TZOFFSETFROM:+2500"),
    "offset of 75 minutes": ("TZOFFSETFROM:+0100", "TZOFFSETFROM:+0075"),
    "no TZOFFSETTO": ("TZOFFSETTO:+0200\n", ""),
    "no DTSTART": ("DTSTART:19701025T030000\n", ""),
    "DTSTART a date": ("DTSTART:19701025T030000", "DTSTART;VALUE=DATE:19701025"),
    "DTSTART in UTC": ("DTSTART:19701025T030000", "DTSTART:19701025T030000Z"),
    "DTSTART not a day": ("DTSTART:19700329T020000", "DTSTART:19700230T020000"),
    "DTSTART twice": (
        "DTSTART:19700329T020000",
        "DTSTART:19700329T020000\nDTSTART:19710328T020000",
    ),
    "BYSETPOS": ("BYMONTH=10;BYDAY=-1SU", "BYMONTH=10;BYDAY=SU;BYSETPOS=-1"),
    "unknown weekday": ("BYMONTH=10;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1XX"),
    "monthly rule": ("FREQ=YEARLY;BYMONTH=10", "FREQ=MONTHLY;BYMONTH=10"),
    "every Sunday of March": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=3;BYDAY=SU"),
    "two months": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=3,4;BYDAY=-1SU"),
    "every other year": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=3;BYDAY=-1SU;INTERVAL=2"),
    "two rules": (
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
    ),
    "RDATE as a date": ("TZNAME:CET\n", "TZNAME:CET\nRDATE;VALUE=DATE:20300101\n"),
    "RDATE a period": ("TZNAME:CET\n", "TZNAME:CET\nRDATE;VALUE=PERIOD:20300101T000000/PT1H\n"),
    "TZID twice": ("TZID:Europe/Stockholm", "TZID:Europe/Stockholm\nTZID:Europe/Oslo"),
    "TZNAME with a language": ("TZNAME:CET", "TZNAME;LANGUAGE=sv:CET"),
    "unknown property": ("TZNAME:CET", "TZNAME:CET\nTZUNTIL:20300101T000000Z"),
    "nested component": ("TZNAME:CET", "TZNAME:CET\nBEGIN:X-NOTE\nEND:X-NOTE"),
    "STANDARD not closed": ("END:STANDARD\n", ""),
    "no STANDARD": ("STANDARD", "DAYLIGHT"),
    "lower-case name": ("TZNAME:CET", "tzname:CET"),
    "space after a value": ("TZOFFSETTO:+0100", "TZOFFSETTO:+0100 "),
}


def _mutated(case: str) -> str:
    old, new = _LEFT_ALONE[case]
    assert old in _GOOGLE
    return _GOOGLE.replace(old, new)


def _outcome(read: Any, data: bytes) -> Any:
    try:
        return read(data, source_name="x.ics")
    except ImportFormatError as error:
        return (error.where, error.message)


@pytest.mark.parametrize("case", sorted(_LEFT_ALONE))
def test_a_block_it_does_not_understand_reads_or_fails_as_with_icalendar(case: str) -> None:
    block = _mutated(case)
    assert parse_vtimezone(block) is None
    data = _calendar(block, "Europe/Stockholm", [datetime(1969, 6, 1, 12), *_walls()[:40]])
    assert _outcome(read_calendar, data) == _outcome(read_calendar_with_icalendar, data)


def test_plain_and_other_blocks_mix_in_one_file_and_the_last_of_a_tzid_wins() -> None:
    other = _mutated("TZNAME with a language")  # to_tz fails: the tz database decides
    new_york = _fixture("apple_new_york.ics").replace("America/New_York", "Europe/Stockholm")
    walls = [datetime(2025, 7, 1, 12), *_walls()[:60]]
    cases = {(other, new_york): 16, (new_york, other): 10, (other, _GOOGLE): 10}
    for blocks, utc_hour in cases.items():
        data = _calendar(
            "\n".join([*blocks, _fixture("google_sydney.ics")]), "Europe/Stockholm", walls
        )
        fast = _read_fast(data, "x.ics", None)
        assert fast is not None
        assert fast == read_calendar_with_icalendar(data, source_name="x.ics")
        assert fast[0].start == datetime(2025, 7, 1, utc_hour, tzinfo=UTC)


_READ_AND_REPORT = """
import sys
from pathlib import Path
from planner.ical.reader import read_calendar

events = read_calendar(Path(sys.argv[1]).read_bytes(), source_name="zones.ics")
print(len(events), events[0].start.isoformat())
print(sorted(name for name in ("icalendar", "dateutil") if name in sys.modules))
"""


def _loaded_after_reading(path: Path) -> tuple[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", _READ_AND_REPORT, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    read, loaded = result.stdout.splitlines()
    return read, loaded


def test_reading_a_file_with_plain_zones_imports_neither_icalendar_nor_dateutil(
    tmp_path: Path,
) -> None:
    path = tmp_path / "zones.ics"
    blocks = "\n".join(_fixture(name) for name in ("outlook_w_europe.ics", "google_sydney.ics"))
    path.write_bytes(_calendar(blocks, "W. Europe Standard Time", [datetime(2025, 5, 4, 14)]))
    assert _loaded_after_reading(path) == ("1 2025-05-04T12:00:00+00:00", "[]")


def test_a_block_it_does_not_understand_is_read_through_icalendar(tmp_path: Path) -> None:
    path = tmp_path / "zones.ics"
    blocks = "\n".join([_mutated("monthly rule"), _fixture("google_sydney.ics")])
    path.write_bytes(_calendar(blocks, "Australia/Sydney", [datetime(2025, 1, 4, 14)]))
    assert _loaded_after_reading(path) == (
        "1 2025-01-04T03:00:00+00:00",
        "['dateutil', 'icalendar']",
    )


def test_a_file_zone_answers_only_the_offset(every_hour: list[datetime]) -> None:
    zone: tzinfo = FileZone(_parsed(_GOOGLE))
    assert zone.utcoffset(None) is None
    assert zone.tzname(datetime(2025, 7, 1)) == "Europe/Stockholm"
    assert zone.dst(datetime(2025, 7, 1)) is None
    assert datetime(2025, 7, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert datetime(9999, 12, 31, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
