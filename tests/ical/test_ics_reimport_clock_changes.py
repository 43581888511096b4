"""Importing a calendar again around the changes of the clocks: a start shown twice
keeps the offset its instant has, and an unchanged file changes nothing (the update
takes the full start check only where the clocks change: see TrackClock)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import ics_import

_EVENT = (
    "BEGIN:VEVENT\r\nUID:{uid}@example.org\r\nDTSTAMP:20250101T000000Z\r\n"
    "SUMMARY:{summary}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nLOCATION:Hockenheimring\r\n"
    "END:VEVENT\r\n"
)


def _calendar(*events: tuple[str, str, str, str]) -> bytes:
    body = "".join(
        _EVENT.format(uid=uid, summary=summary, start=start, end=end)
        for uid, summary, start, end in events
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + body + "END:VCALENDAR\r\n"
    ).encode()


#: Berlin's clocks go back at 03:00 CEST on 26 October 2025 (02:00-03:00 is shown
#: twice) and forward at 02:00 CET on 30 March 2025.
_AUTUMN = (
    ("a", "Race 1", "20251026T003000Z", "20251026T010000Z"),  # 02:30 CEST
    ("b", "Race 2", "20251026T013000Z", "20251026T020000Z"),  # 02:30 CET
    ("c", "Race 3", "20251025T120000Z", "20251025T130000Z"),  # 14:00 CEST, plain
)
_SPRING = (
    ("d", "Warm-up", "20250330T003000Z", "20250330T005000Z"),  # 01:30 CET
    ("e", "Race 4", "20250330T010000Z", "20250330T020000Z"),  # 03:00 CEST
)


def _stored(db: Database) -> dict[str, tuple[datetime, bool | None, int]]:
    with db.unit_of_work() as orm:
        return {
            row.name: (row.start_wall, row.is_dst, row.revision)
            for row in orm.scalars(select(models.Session))
        }


def _import(db: Database, data: bytes) -> ics_import.IcsImportReport:
    return ics_import.import_ics(db, data, source_name="c.ics", series="Cup", year=2025)


def test_an_unchanged_file_around_the_clock_changes_is_unchanged(db: Database) -> None:
    data = _calendar(*_AUTUMN, *_SPRING)
    assert len(_import(db, data).added) == 5
    first = _stored(db)
    assert first["Race 1"] == (datetime(2025, 10, 26, 2, 30), True, 1)
    assert first["Race 2"] == (datetime(2025, 10, 26, 2, 30), False, 1)
    assert first["Race 3"] == (datetime(2025, 10, 25, 14, 0), None, 1)
    assert first["Warm-up"] == (datetime(2025, 3, 30, 1, 30), None, 1)
    assert first["Race 4"] == (datetime(2025, 3, 30, 3, 0), None, 1)
    again = _import(db, data)
    assert (len(again.unchanged), again.updated) == (5, ())
    assert _stored(db) == first


def test_a_start_moved_to_the_other_time_shown_twice_is_updated(db: Database) -> None:
    _import(db, _calendar(*_AUTUMN))
    moved = ("a", "Race 1", "20251026T013000Z", "20251026T020000Z")  # 02:30 CET now
    report = _import(db, _calendar(moved, *_AUTUMN[1:]))
    assert len(report.updated) == 1 and len(report.unchanged) == 2
    assert _stored(db)["Race 1"] == (datetime(2025, 10, 26, 2, 30), False, 2)
