"""The fast reader's ways of finding events and reading them agree with icalendar's.

* events whose property names (in order) were met before are read by one
  pattern of that shape: alternating shapes, more shapes than get a pattern,
  and a property that takes no parameter given one after its shape was met;
* events that follow each other are found by one split of the file; anything
  else (lines between events, line breaks of both kinds, folds next to
  BEGIN/END:VEVENT, END:VEVENT inside a value) is found line by line;
* damaged files (bytes inserted, removed or replaced anywhere) read the same
  as icalendar reads them, or fail with the same error, line included.

``RACE_PLANNER_FUZZ_EXAMPLES`` raises the number of damaged files tried.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.ical import ImportedEvent, read_calendar
from planner.ical.reader import _read_fast, read_calendar_with_icalendar

EXAMPLES = int(os.environ.get("RACE_PLANNER_FUZZ_EXAMPLES", "60"))

_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nX-WR-TIMEZONE:Europe/Stockholm\r\n"
_TAIL = "END:VCALENDAR\r\n"


def _event(number: int, *, extra: str = "", end: bool = True, transp: str = "TRANSP:OPAQUE") -> str:
    """An event of the shape our export writes (DTEND optional, X- names varying)."""
    hour = 8 + number % 10
    return (
        f"BEGIN:VEVENT\r\nUID:u-{number}@x\r\nDTSTAMP:20250101T090000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:202506{1 + number % 28:02d}T{hour:02d}1500\r\n"
        + (
            f"DTEND;TZID=Europe/Berlin:202506{1 + number % 28:02d}T{hour:02d}4500\r\n"
            if end
            else ""
        )
        + f"SUMMARY:Session {number}\r\nDESCRIPTION:Round {number}\\, day one\\nline two of a"
        " description long enough to be folded over two line\r\n s in the file\r\n"
        f"LOCATION:Circuit\\, Town\r\nGEO:50.4372;5.9714\r\nCATEGORIES:GT,Race\r\n{transp}\r\n"
        f"{extra}END:VEVENT\r\n"
    )


def _calendar(*events: str, lf_only: bool = False) -> bytes:
    text = _HEAD + "".join(events) + _TAIL
    return (text.replace("\r\n", "\n") if lf_only else text).encode()


def _outcome(read: object) -> object:
    """What a read gave: its events field by field, or its error's type and text."""
    try:
        events = read()  # type: ignore[operator]
    except Exception as error:  # whatever either reader raises, the other must too
        return (type(error).__name__, str(error), getattr(error, "where", None))
    return [_fields(event) for event in events]


def _fields(event: ImportedEvent) -> dict[str, object]:
    return {name: getattr(event, name) for name in ImportedEvent.__dataclass_fields__}


def _assert_same(data: bytes, *, must_be_fast: bool = False) -> None:
    """The fast reader (when it answers) and read_calendar give what icalendar gives."""
    slow = _outcome(lambda: read_calendar_with_icalendar(data, source_name="x.ics"))
    fast = _read_fast(data, "x.ics", None)
    if must_be_fast:
        assert fast is not None
    if fast is not None:
        assert [_fields(event) for event in fast] == slow
        for event in fast:
            assert isinstance(event, ImportedEvent)
    assert _outcome(lambda: read_calendar(data, source_name="x.ics")) == slow


@pytest.mark.parametrize("lf_only", [False, True])
def test_events_of_alternating_shapes_read_as_icalendar_reads_them(lf_only: bool) -> None:
    events = []
    for number in range(60):
        run = number // 7 % 3  # runs of seven events of three shapes
        extra = 'X-RACE-PLANNER-FACTS:{"round": "1"}\r\n' if run == 2 else ""
        events.append(_event(number, end=run != 1, extra=extra))
    _assert_same(_calendar(*events, lf_only=lf_only), must_be_fast=True)


def test_more_shapes_than_get_a_pattern_read_the_same() -> None:
    events = [_event(number, extra=f"X-NOTE-{number % 40}:n\r\n") for number in range(80)]
    _assert_same(_calendar(*events), must_be_fast=True)


def test_a_parameter_on_a_property_that_takes_none_sends_the_file_to_icalendar() -> None:
    """The shape's pattern reads TRANSP without parameters only; the event that has
    one is read line by line and makes the fast reader step aside, as before."""
    data = _calendar(_event(1), _event(2), _event(3, transp="TRANSP;X-A=1:OPAQUE"))
    assert _read_fast(data, "x.ics", None) is None
    _assert_same(data)


def test_events_with_alarms_and_repeated_x_properties_among_plain_ones_read_the_same() -> None:
    alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M\r\nEND:VALARM\r\n"
    data = _calendar(
        _event(1),
        _event(2, extra=alarm),
        _event(3),
        _event(4, extra="X-A:1\r\nX-A:2\r\n"),
        _event(5),
    )
    _assert_same(data, must_be_fast=True)


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("X-WR-CALNAME:between\r\n", id="a calendar line between two events"),
        pytest.param(
            "BEGIN:VTIMEZONE\r\nTZID:Mine/Zone\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
            id="a time zone between two events",
        ),
    ],
)
def test_lines_between_events_are_read_as_before(between: str) -> None:
    data = _calendar(_event(1), between + _event(2), _event(3))
    _assert_same(data, must_be_fast=True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _HEAD + _event(1).replace("\r\n", "\n") + _event(2) + _event(3) + _TAIL,
            id="an event with LF line breaks in a CRLF file",
        ),
        pytest.param(
            _HEAD + _event(1) + _event(2) + _event(3).replace("\r\n", "\n") + _TAIL,
            id="the last event with LF line breaks",
        ),
        pytest.param(
            _HEAD + _event(1) + _event(2).replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\n X") + _TAIL,
            id="a fold on a BEGIN:VEVENT line",
        ),
        pytest.param(
            _HEAD + _event(1).replace("END:VEVENT\r\n", "END:VEVENT\r\n X") + _event(2) + _TAIL,
            id="a fold on an END:VEVENT line",
        ),
        pytest.param(
            _HEAD + _event(1, extra="COMMENT:see END:VEVENT below\r\n") + _event(2) + _TAIL,
            id="END:VEVENT inside a value",
        ),
        pytest.param(_HEAD + _event(1) + "\r\n" + _event(2) + _TAIL, id="a blank line between"),
        pytest.param(
            "\ufeff" + _HEAD + _event(1) + _event(2) + _TAIL, id="a byte order mark first"
        ),
        pytest.param(_HEAD + _event(1) + _event(2) + _TAIL.rstrip(), id="no line break at the end"),
        pytest.param(_HEAD + _event(1) + _event(2)[:-2] + _TAIL, id="END:VEVENT glued to the next"),
    ],
)
def test_events_found_line_by_line_read_the_same(text: str) -> None:
    _assert_same(text.encode())


_BASE = (
    _calendar(_event(1), _event(2, end=False), _event(3), _event(4, end=False)),
    _calendar(_event(1), _event(2, end=False), _event(3), lf_only=True),
)

_PIECES = st.sampled_from(
    [
        b"\r\n", b"\n", b"\r", b" ", b"\t", b":", b";", b'"', b"\\", b",", b"=", b"\r\n ",
        b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"BEGIN:VALARM\r\n", b"END:VALARM\r\n",
        b"DTSTART:20250601T101500Z\r\n", b";TZID=Mars/Base", b";LANGUAGE=sv", b"X-A:1\r\n",
        b"\xff", b"\xc3", "ä".encode(), b"T99", b"0230", b"Z",
    ]
)  # fmt: skip

_DAMAGE = st.tuples(st.floats(0, 1), st.sampled_from(["insert", "remove", "replace"]), _PIECES)


def _damaged(data: bytes, damage: list[tuple[float, str, bytes]]) -> bytes:
    for where, how, piece in damage:
        at = int(where * len(data))
        if how == "insert":
            data = data[:at] + piece + data[at:]
        elif how == "remove":
            data = data[:at] + data[at + len(piece) :]
        else:
            data = data[:at] + piece + data[at + len(piece) :]
    return data


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(base=st.sampled_from(_BASE), damage=st.lists(_DAMAGE, min_size=1, max_size=4))
def test_damaged_files_read_as_icalendar_reads_them_or_fail_the_same(
    base: bytes, damage: list[tuple[float, str, bytes]]
) -> None:
    _assert_same(_damaged(base, damage))


@pytest.mark.parametrize("lead", [b"\r\n ", b"\n\t", b"\r\n\r\n ", b" ", b"\r\n", b"\n\n"])
def test_what_leads_the_calendar_reads_as_icalendar_reads_it(lead: bytes) -> None:
    """Found by the fuzz: a file opening with a fold (``CRLF`` and a space before
    BEGIN:VCALENDAR) is refused by icalendar, and the fast reader read it."""
    for data in _BASE:
        _assert_same(lead + data)


def test_the_undamaged_files_of_the_fuzz_take_the_fast_path() -> None:
    for data in _BASE:
        _assert_same(data, must_be_fast=True)
