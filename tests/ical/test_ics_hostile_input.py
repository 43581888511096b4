"""Hostile .ics input (issue 18): clear messages naming the value, never a traceback,
nothing stored; a UID repeated thousands of times is read once."""

from __future__ import annotations

import pytest

from planner.db.database import Database
from planner.domain.errors import ImportFormatError
from planner.services import ics_import, queries

_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"


def _event(times: str, extra: str = "", uid: str = "u1") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20240101T000000Z\r\nSUMMARY:Race\r\n{times}"
        f"LOCATION:Hockenheimring\r\n{extra}END:VEVENT\r\n"
    )


_TIMES = "DTSTART:20240601T120000Z\r\nDTEND:20240601T130000Z\r\n"
_TWO_NAMES = (
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\n"
    "DTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
_BERLIN = (
    "DTSTART;TZID=Europe/Berlin:20240601T120000\r\nDTEND;TZID=Europe/Berlin:20240601T130000\r\n"
)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (_TWO_NAMES + _event(_BERLIN), ["line 4", "Europe/Berlin, Europe/Paris"]),
        (_event(_TIMES, "SEQUENCE:99999999999999999999999\r\n"), ["99999999999999999999999"]),
        (_event("DTSTART:99991231T120000Z\r\nDURATION:P2D\r\n"), ["9999-12-31", "P2D"]),
        (_event("DTSTART:00010101T000000Z\r\nDURATION:-PT2H\r\n"), ["0001-01-01", "-PT2H"]),
    ],
    ids=["vtimezone-tzid-twice", "sequence-beyond-64-bits", "year-9999-plus", "year-1-minus"],
)
def test_hostile_values_get_a_message_naming_them_and_change_nothing(
    db: Database, body: str, named: list[str]
) -> None:
    data = (_HEAD + body + "END:VCALENDAR\r\n").encode()
    with pytest.raises(ImportFormatError) as raised:
        ics_import.import_ics(db, data, source_name="bad.ics", series="Cup")
    message = str(raised.value)
    assert "bad.ics" in message
    for part in named:
        assert part in message
    assert queries.scheduled_sessions(db) == []


def test_two_thousand_copies_of_one_uid_are_one_session(db: Database) -> None:
    copies = [
        _event(
            f"DTSTART:20240601T{10 + n % 8:02d}0000Z\r\nDTEND:20240601T{10 + n % 8:02d}3000Z\r\n"
        )
        for n in range(2000)
    ]
    data = (_HEAD + "".join(copies) + "END:VCALENDAR\r\n").encode()
    report = ics_import.import_ics(db, data, source_name="copies.ics", series="Cup")
    assert (len(report.added), len(report.skipped)) == (1, 1999)
    (item,) = queries.scheduled_sessions(db)
    assert item.session.start_wall.hour == 10 + 1999 % 8 + 2  # the last copy, at Hockenheim
