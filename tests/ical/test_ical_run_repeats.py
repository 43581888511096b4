"""The run reader's shortcuts for values that repeat read what icalendar reads.

A published calendar's events come round by round: the same description,
location, status, categories and DTSTAMP in one event after the other, times in
UTC on days and at times of day met before, properties nobody reads (TRANSP).
The run reader compares such values with the event before's and keeps UTC days
and times of day; and an import hands it the file's text so that it does not
decode the file again. Each must give exactly the events icalendar gives.
"""

from __future__ import annotations

from planner.ical import ImportedEvent
from planner.ical.event_run import find_run
from planner.ical.reader import _read_fast, _read_run, read_calendar_with_icalendar

_HEAD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Repeats//EN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)


def _event(number: int, start: str, end: str, *, description: str, status: str, kind: str) -> str:
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:repeat-{number}@example.test\r\n"
        "DTSTAMP:20250101T090000Z\r\n"
        f"DTSTART{start}\r\n"
        f"DTEND{end}\r\n"
        f"SUMMARY:Cup – {kind} {number}\r\n"
        f"LOCATION:{'Circuit Zandvoort' if number < 6 else 'Autodromo, Monza'}\r\n"
        f"DESCRIPTION:{description}\r\n"
        f"CATEGORIES:CUP,{kind.upper()}\r\n"
        f"STATUS:{status}\r\n"
        "TRANSP:OPAQUE\r\n"
        "END:VEVENT\r\n"
    )


def _calendar() -> bytes:
    long = "Round 1 of the cup\\; times may change\\, see the website. " * 3
    folded = long[:60] + "\r\n " + long[60:]
    events = [
        # UTC times: the same day and times of day again, a new day, a new time.
        _event(1, ":20250607T080000Z", ":20250607T090000Z", description=folded,
               status="CONFIRMED", kind="Practice"),
        _event(2, ":20250607T090000Z", ":20250607T100000Z", description=folded,
               status="CONFIRMED", kind="Race"),
        _event(3, ":20250608T080000Z", ":20250608T093000Z", description=folded,
               status="TENTATIVE", kind="Race"),
        # Wall times in a zone, across the day the clocks go back.
        _event(4, ";TZID=Europe/Berlin:20251025T230000",
               ";TZID=Europe/Berlin:20251026T023000", description=folded,
               status="TENTATIVE", kind="Practice"),
        _event(5, ";TZID=Europe/Berlin:20251026T023000",
               ";TZID=Europe/Berlin:20251026T040000", description="Another round",
               status="CONFIRMED", kind="Practice"),
        # A value that changes back: compared with the event before, not the first.
        _event(6, ":20250607T080000Z", ":20250607T090000Z", description=folded,
               status="CONFIRMED", kind="Practice"),
        _event(7, ":20250607T083000Z", ":20250607T090000Z", description=folded,
               status="CANCELLED", kind="Qualifying"),
    ]  # fmt: skip
    return (_HEAD + "".join(events) + "END:VCALENDAR\r\n").encode()


def _fields(events: tuple[ImportedEvent, ...]) -> list[tuple[tuple[str, object], ...]]:
    return [
        tuple((name, getattr(event, name)) for name in ImportedEvent.__dataclass_fields__)
        for event in events
    ]


def test_repeated_values_and_utc_times_read_as_icalendar_reads_them() -> None:
    data = _calendar()
    slow = read_calendar_with_icalendar(data, source_name="x.ics")
    run = find_run(data)
    assert run is not None
    fast = _read_run(run, "x.ics", None)
    assert fast is not None  # the run reader read it, not the line-by-line one
    assert _fields(fast) == _fields(slow)
    assert [event.status for event in fast] == [
        "CONFIRMED", "CONFIRMED", "TENTATIVE", "TENTATIVE", "CONFIRMED", "CONFIRMED", "CANCELLED"
    ]  # fmt: skip


def test_the_text_an_import_decoded_gives_the_same_events() -> None:
    data = _calendar()
    with_text = _read_fast(data, "x.ics", None, data.decode("utf-8"))
    run = find_run(data, data.decode("utf-8"))
    assert run is not None and run == find_run(data)
    assert with_text is not None
    assert _fields(with_text) == _fields(read_calendar_with_icalendar(data, source_name="x.ics"))
    with_bom = b"\xef\xbb\xbf" + data
    from_bom = _read_fast(with_bom, "x.ics", None, with_bom.decode("utf-8"))
    assert from_bom is not None
    assert _fields(from_bom) == _fields(with_text)
