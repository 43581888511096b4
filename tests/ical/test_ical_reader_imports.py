"""The fast reader leaves the icalendar library (slow to import) unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_PLAIN_FILE = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Club//Schedule//EN\r\n"
    "X-WR-TIMEZONE:Europe/Stockholm\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:practice-1@club.example\r\n"
    "DTSTAMP:20250101T120000Z\r\n"
    "DTSTART:20250503T080000Z\r\n"
    "DTEND:20250503T090000Z\r\n"
    "SUMMARY:Free practice\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:race-1@club.example\r\n"
    "DTSTAMP:20250101T120000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20250504T140000\r\n"
    "DTEND;TZID=Europe/Berlin:20250504T150000\r\n"
    "SUMMARY:Race 1\r\n"
    "X-CLUB-ROUND:1\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)

_READ_AND_REPORT = """
import sys
from pathlib import Path
from planner.ical.reader import read_calendar

events = read_calendar(Path(sys.argv[1]).read_bytes(), source_name="plain.ics")
print(len(events), events[1].start.isoformat(), events[1].x_prop("x-club-round"))
print("icalendar" in sys.modules)
"""


def test_fast_read_of_plain_file_does_not_import_icalendar(tmp_path: Path) -> None:
    path = tmp_path / "plain.ics"
    path.write_bytes(_PLAIN_FILE.encode())
    result = subprocess.run(
        [sys.executable, "-c", _READ_AND_REPORT, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    read, loaded = result.stdout.splitlines()
    assert read == "2 2025-05-04T12:00:00+00:00 1"
    assert loaded == "False"


def test_windows_zone_name_is_still_read_through_icalendars_table(tmp_path: Path) -> None:
    from planner.ical.reader import read_calendar

    data = _PLAIN_FILE.replace("TZID=Europe/Berlin", "TZID=W. Europe Standard Time")
    events = read_calendar(data.encode(), source_name="windows.ics")
    assert events[1].start.isoformat() == "2025-05-04T12:00:00+00:00"
    assert events[1].tzid == "W. Europe Standard Time"


def test_x_prop_gives_first_value_of_a_repeated_name_and_none_when_absent() -> None:
    from planner.ical.reader import read_calendar

    data = _PLAIN_FILE.replace(
        "X-CLUB-ROUND:1\r\n", "X-CLUB-ROUND:1\r\nX-CLUB-NOTE:wet\r\nX-CLUB-ROUND:2\r\n"
    )
    events = read_calendar(data.encode(), source_name="repeats.ics")
    assert events[1].x_prop("X-CLUB-ROUND") == "1"
    assert events[1].x_prop("x-club-note") == "wet"
    assert events[1].x_prop("X-CLUB-MISSING") is None
    assert events[0].x_prop("X-CLUB-ROUND") is None
