"""Long escaped texts (descriptions) read the same whether the fast reader keeps
them or stops keeping them (it keeps them only while they repeat)."""

from __future__ import annotations

import pytest

from planner.ical.reader import _LONG_TEXTS_TRIED, _read_fast, read_calendar_with_icalendar


def _calendar(descriptions: list[str]) -> bytes:
    events = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:long-{number}@example.org\r\n"
        f"DTSTART:2025{1 + number % 12:02d}{1 + number % 28:02d}T{number % 24:02d}0000Z\r\n"
        f"SUMMARY:Session {number}\r\n"
        f"DESCRIPTION:{text}\r\n"
        "END:VEVENT\r\n"
        for number, text in enumerate(descriptions)
    )
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    return f"{head}{events}END:VCALENDAR\r\n".encode()


def _long(number: int) -> str:
    return f"Round {number} at the circuit\\; timetable subject to change\\, see\\nthe " + (
        "series website for live timing " * 3
    )


@pytest.mark.parametrize(
    "descriptions",
    [
        # all distinct: the reader stops keeping them after the trial
        [_long(number) for number in range(_LONG_TEXTS_TRIED + 40)],
        # a round's description repeated in its sessions: kept all along
        [_long(number // 8) for number in range((_LONG_TEXTS_TRIED + 40) * 8)],
        # repeated first, distinct after the trial
        [_long(0)] * (4 * _LONG_TEXTS_TRIED)
        + [_long(number) for number in range(1, _LONG_TEXTS_TRIED + 40)],
    ],
    ids=["distinct", "repeated", "repeated-then-distinct"],
)
def test_long_descriptions_read_as_icalendar_reads_them(descriptions: list[str]) -> None:
    data = _calendar(descriptions)
    fast = _read_fast(data, "x.ics", None)
    assert fast is not None
    assert fast == read_calendar_with_icalendar(data, source_name="x.ics")
    assert [event.description for event in fast] == [
        text.replace("\\;", ";").replace("\\,", ",").replace("\\n", "\n") for text in descriptions
    ]
