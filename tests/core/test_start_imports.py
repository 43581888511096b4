"""A command's start imports what the command uses, and not what it does not.

Each module kept out of a start here is measured (callgrind) in the module
that leaves it out: ``logging``, ``calendar`` and the feed rows out of
``planner import ics``, the iCalendar writer out of anything that only reads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import planner.ical

_CALENDAR = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Club//Schedule//EN\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:race-1@club.example\r\n"
    "DTSTAMP:20250101T120000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20250504T140000\r\n"
    "DTEND;TZID=Europe/Berlin:20250504T150000\r\n"
    "SUMMARY:Race 1\r\n"
    "LOCATION:Circuit Zandvoort\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)

_IMPORT_AND_LIST_MODULES = """
import sys
from planner.cli.main import main

status = main(["--db", sys.argv[1], "import", "ics", sys.argv[2], "--series", "Club",
               "--season", "2025"])
unwanted = ("logging", "calendar", "planner.ical.writer", "planner.ical.vtimezone",
            "planner.services.feeds.rows", "sqlalchemy")
print("status", status, "loaded", sorted(name for name in unwanted if name in sys.modules))
"""


def test_an_ics_import_into_a_file_imports_no_logging_writer_or_feed_rows(
    tmp_path: Path,
) -> None:
    from planner.db.database import Database

    database = tmp_path / "planner.sqlite3"
    Database.open(database).close()  # a planner file at the current schema
    calendar = tmp_path / "club.ics"
    calendar.write_bytes(_CALENDAR.encode())
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_AND_LIST_MODULES, str(database), str(calendar)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.splitlines()[-1] == "status 0 loaded []", result.stdout


def test_the_ical_package_reads_none_of_its_modules_until_a_name_is_asked_for() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, planner.ical\n"
            "print(sorted(name for name in sys.modules if name.startswith('planner.ical.')))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("name", planner.ical.__all__)
def test_every_name_of_the_ical_package_is_its_modules_own(name: str) -> None:
    import importlib

    module = importlib.import_module(f"planner.ical.{planner.ical._HOMES[name]}")
    assert getattr(planner.ical, name) is getattr(module, name)


def test_an_unknown_name_of_the_ical_package_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'render_everything'"):
        _ = planner.ical.render_everything
    with pytest.raises(ImportError):
        from planner.ical import render_everything  # noqa: F401


def test_the_vtimezone_parsers_month_range_is_calendars() -> None:
    import calendar

    from planner.ical.vtimezone_parser import _month_range

    for year in (*range(1, 2401), *range(9600, 10000)):
        for month in range(1, 13):
            assert _month_range(year, month) == calendar.monthrange(year, month), (year, month)
