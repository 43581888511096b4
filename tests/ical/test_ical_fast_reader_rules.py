"""The fast reader's byte-level rules agree with icalendar's reading.

The fast reader finds events with ``bytes.split`` (else ``bytes.find``), unfolds
and decodes them (back-to-back ones in one piece), and splits their lines with
one regex (line by line when a line does not fit it). These tests pin what that
must not change: folds inside a UTF-8 character, CRLF, LF and mixed line
breaks, lower-case names, quoted parameters holding colons and semicolons,
BEGIN/END text that is not a component line, component lines made by
unfolding, physical line numbers, and files it must leave to icalendar.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ical_builders import FIXTURES

from planner.domain.errors import ImportFormatError
from planner.ical import ImportedEvent, read_calendar
from planner.ical.prescan import repaired_folds
from planner.ical.reader import _read_fast, read_calendar_with_icalendar

_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-TIMEZONE:Europe/Stockholm\r\n"
_TAIL = "END:VCALENDAR\r\n"


def _event(body: str, uid: str = "u-1") -> str:
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20230820T080000Z\r\n{body}END:VEVENT\r\n"


def _read_both(data: bytes) -> tuple[tuple[ImportedEvent, ...] | None, object]:
    fast = _read_fast(data, "x.ics", None)
    try:
        slow: object = read_calendar_with_icalendar(data, source_name="x.ics")
    except ImportFormatError as error:
        slow = error
    return fast, slow


def _same(data: bytes, *, fast: bool) -> object:
    """Both readers give the same events (field by field, types too), or the fast one
    steps aside; ``fast``: it answers (and icalendar reads the file)."""
    mine, theirs = _read_both(data)
    assert (mine is not None) == fast
    if mine is not None:
        assert isinstance(theirs, tuple), theirs
        assert mine == theirs
        for one, other in zip(mine, theirs, strict=True):
            for name in ImportedEvent.__dataclass_fields__:
                assert type(getattr(one, name)) is type(getattr(other, name)), name
    return theirs


def _summaries(data: bytes) -> list[str]:
    events = _same(data, fast=True)
    assert isinstance(events, tuple)
    return [event.summary for event in events]


def test_a_fold_inside_a_multi_byte_character_is_unfolded_before_decoding() -> None:
    summary = "SUMMARY:Bäckman – Söderström".encode()
    cut = summary.index("ä".encode()) + 1  # between the two bytes of "ä"
    dash = summary.index("–".encode())  # a three-byte character, folded twice
    folded = (
        summary[:cut]
        + b"\r\n "
        + summary[cut : dash + 1]
        + b"\r\n\t"
        + summary[dash + 1 : dash + 2]
        + b"\r\n "
        + summary[dash + 2 :]
    )
    data = (_HEAD + _event("DTSTART:20230901T101000Z\r\n")).encode()
    data = data.replace(b"DTSTART", folded + b"\r\nDTSTART") + _TAIL.encode()
    assert _summaries(data) == ["Bäckman – Söderström"]
    assert _summaries(data.replace(b"\r\n", b"\n")) == ["Bäckman – Söderström"]


def test_repairing_folds_keeps_every_line_and_the_unfolded_text() -> None:
    data = "SUMMARY:Bä".encode()[:-1] + b"\r\n " + "ä".encode()[1:] + b"x\r\nUID:1\r\n"
    repaired = repaired_folds(data)
    assert repaired.decode() == "SUMMARY:Bä\r\n x\r\nUID:1\r\n"
    assert repaired.count(b"\n") == data.count(b"\n")
    assert repaired_folds(repaired) is repaired


def test_a_byte_that_is_not_utf8_is_still_named_by_its_line() -> None:
    data = (_HEAD + _event("DTSTART:20230901T101000Z\r\nSUMMARY:x\r\n")).encode() + _TAIL.encode()
    data = data.replace(b"SUMMARY:x", b"SUMMARY:\xff")
    with pytest.raises(ImportFormatError) as raised:
        read_calendar(data, source_name="x.ics")
    assert "line 9" in str(raised.value)
    assert "UTF-8" in str(raised.value)


@pytest.mark.parametrize("breaks", ["\r\n", "\n", "mixed"])
def test_crlf_lf_and_mixed_line_breaks_read_the_same(breaks: str) -> None:
    text = (
        _HEAD
        + _event("DTSTART;TZID=Europe/Berlin:20230901T121000\r\nDESCRIPTION:a long\r\n  line\r\n")
        + _event("DTSTART:20230902T101000Z\r\n", uid="u-2")
        + _TAIL
    )
    if breaks == "\n":
        text = text.replace("\r\n", "\n")
    elif breaks == "mixed":
        text = text.replace("\r\n", "\n", 9)  # the first event's lines end in LF
    events = _same(text.encode(), fast=True)
    assert isinstance(events, tuple)
    assert [event.description for event in events] == ["a long line", ""]
    assert [event.line for event in events] == [5, 12]


def test_a_lone_carriage_return_is_left_to_icalendar() -> None:
    text = _HEAD + _event("DTSTART:20230901T101000Z\rSUMMARY:x\r\n") + _TAIL
    fast, _slow = _read_both(text.encode())
    assert fast is None


def test_lower_and_mixed_case_names_read_the_same() -> None:
    body = (
        "dtstart;tzid=Europe/Berlin:20230901T121000\r\nDtEnd;TZID=Europe/Berlin:20230901T131000\r\n"
        "summary:Kval\r\nx-race-planner-tzid:Europe/Berlin\r\ncategories:A,B\r\n"
    )
    events = _same((_HEAD + _event(body) + _TAIL).encode(), fast=True)
    assert isinstance(events, tuple)
    (event,) = events
    assert (event.summary, event.tzid, event.categories) == ("Kval", "Europe/Berlin", ("A", "B"))


@pytest.mark.parametrize(
    ("line", "fast"),
    [
        ('DTSTART;TZID="Europe/Berlin":20230901T121000\r\n', True),
        ('SUMMARY;LANGUAGE="sv":Kval: 1; "snabb"\r\n', True),
        ('DESCRIPTION:He said "a:b;c"\r\n', True),
        ('LOCATION;ALTREP="http://x.example/a;b:c":Hockenheim\r\n', False),
        ('X-NOTE;X-KIND="a:b;c":value\r\n', False),
        ('SUMMARY;LANGUAGE="s"v":x\r\n', False),
    ],
    ids=["tzid", "language", "quotes-in-value", "altrep", "x-param", "broken-quote"],
)
def test_quoted_parameters_with_colons_and_semicolons_read_the_same(line: str, fast: bool) -> None:
    body = line if line.startswith("DTSTART") else "DTSTART:20230901T101000Z\r\n" + line
    _same((_HEAD + _event(body) + _TAIL).encode(), fast=fast)


@pytest.mark.parametrize(
    "body",
    [
        "DTSTART:20230901T101000Z\r\nDESCRIPTION:BEGIN:VEVENT\r\n",
        "DTSTART:20230901T101000Z\r\nDESCRIPTION:x\r\n END:VEVENT\r\n",
        "DTSTART:20230901T101000Z\r\nX-A:END:VEVENT\r\n",
        "DTSTART:20230901T101000Z\r\n\r\n\r\nSUMMARY:after blank lines\r\n",
    ],
    ids=["begin-in-value", "end-folded-into-value", "end-in-x-value", "blank-lines"],
)
def test_component_words_inside_values_and_blank_lines_read_the_same(body: str) -> None:
    _same((_HEAD + _event(body) + _TAIL).encode(), fast=True)


@pytest.mark.parametrize(
    "text",
    [
        _HEAD + _event("DTSTART:20230901T101000Z\r\n\r\n  \r\nSUMMARY:x\r\n") + _TAIL,
        _HEAD + "BEGIN:VEVENT\r\n\r\n X:y\r\nDTSTART:20230901T101000Z\r\nEND:VEVENT\r\n" + _TAIL,
        _HEAD + _event("DTSTART:20230901T101000Z\r\n") + "\n\tX-A:b\r\n" + _TAIL,
    ],
    ids=["in-event", "after-begin", "after-end"],
)
def test_a_fold_after_blank_lines_is_left_to_icalendar(text: str) -> None:
    """icalendar unfolds a line break followed by blank lines and a space (the
    value before them changes); the fast reader does not guess."""
    _same(text.encode(), fast=False)


@pytest.mark.parametrize(
    "text",
    [
        _HEAD + "BEGIN:VEVENT\r\nUID:u\r\nDTSTART:20230901T101000Z\r\n" + _TAIL,
        _HEAD + "BEGIN:VEVEN\r\n T\r\nUID:u\r\nDTSTART:20230901T101000Z\r\nEND:VEVENT\r\n" + _TAIL,
        _HEAD + _event("DTSTART:20230901T101000Z\r\n").replace("END:VEVENT", "end:vevent") + _TAIL,
        _HEAD + _event("DTSTART:20230901T101000Z\r\n") + "SUMMARY:stray\r\n" + _TAIL,
        _HEAD + _event("DTSTART:20230901T101000Z\r\nBEGIN:VEVENT\r\n") + _TAIL,
        _HEAD
        + _event("DTSTART:20230901T101000Z\r\n").replace("END:VEVENT", "END:VEVEN\r\n T")
        + _event("DTSTART:20230902T101000Z\r\n", uid="u-2")
        + _TAIL,
        _HEAD + _event("DTSTART:20230901T101000Z\r\n").removesuffix("\r\n"),
    ],
    ids=[
        "not-closed",
        "folded-begin",
        "lower-case-end",
        "stray-line",
        "nested-event",
        "folded-end-then-an-event",
        "end-at-end-of-file",
    ],
)
def test_files_the_fast_reader_cannot_be_sure_of_go_to_icalendar(text: str) -> None:
    fast, slow = _read_both(text.encode())
    assert fast is None
    if isinstance(slow, ImportFormatError):
        with pytest.raises(ImportFormatError) as raised:
            read_calendar(text.encode(), source_name="x.ics")
        assert (raised.value.where, raised.value.message) == (slow.where, slow.message)
    else:
        assert read_calendar(text.encode(), source_name="x.ics") == slow


@pytest.mark.parametrize(
    "joined",
    [
        "BEGIN:VEV\r\n ENT\r\n",  # unfolded, a BEGIN:VEVENT line inside an event
        "END:VEV\r\n ENT\r\n",  # unfolded, an END:VEVENT line inside an event
        "X-NOTE:a\r\n END:VEVENT\r\nBEGIN:VEV\r\n ENT\r\n",  # one event becomes two
    ],
    ids=["folded-begin", "folded-end", "folded-end-and-begin"],
)
def test_component_lines_that_unfolding_makes_read_as_icalendar_reads_them(joined: str) -> None:
    """Back-to-back events are unfolded in one piece and split where one ends and
    the next begins: a BEGIN/END:VEVENT line made by unfolding must not split them."""
    text = (
        _HEAD
        + _event("DTSTART:20230901T101000Z\r\n" + joined)
        + _event("DTSTART:20230902T101000Z\r\n", uid="u-2")
        + _event("DTSTART:20230903T101000Z\r\n", uid="u-3")
        + _TAIL
    )
    fast, slow = _read_both(text.encode())
    assert fast is None
    if isinstance(slow, ImportFormatError):
        with pytest.raises(ImportFormatError) as raised:
            read_calendar(text.encode(), source_name="x.ics")
        assert (raised.value.where, raised.value.message) == (slow.where, slow.message)
    else:
        assert read_calendar(text.encode(), source_name="x.ics") == slow


def test_each_event_names_the_physical_line_of_its_begin() -> None:
    folded_description = "DESCRIPTION:" + "x" * 70 + "\r\n " + "y" * 70 + "\r\n " + "z\r\n"
    text = (
        "\ufeff"
        + _HEAD
        + _event("DTSTART:20230901T101000Z\r\n" + folded_description)
        + _event("DTSTART:20230902T101000Z\r\n", uid="u-2")
        + _TAIL
    )
    events = _same(text.encode(), fast=True)
    assert isinstance(events, tuple)
    assert [event.line for event in events] == [5, 13]


@pytest.mark.parametrize("fixture", sorted(path.name for path in FIXTURES.glob("*.ics")))
def test_real_calendar_exports_read_the_same_with_lf_line_breaks(fixture: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    lf = data.replace(b"\r\n", b"\n")
    for variant in (data, lf):
        fast, slow = _read_both(variant)
        if fast is not None:
            assert fast == slow


def test_the_fixtures_of_other_programs_take_the_fast_path() -> None:
    for name in ("google_export.ics", "outlook_windows_zone.ics", "custom_vtimezone.ics"):
        data = Path(FIXTURES / name).read_bytes()
        assert _read_fast(data, name, "Europe/Stockholm") is not None, name


def test_events_of_the_fast_reader_are_ordinary_frozen_dataclass_instances() -> None:
    text = _HEAD + _event("DTSTART:20230901T101000Z\r\nSUMMARY:Race\r\n") + _TAIL
    fast = _read_fast(text.encode(), "x.ics", None)
    assert fast is not None
    (event,) = fast
    fields = {name: getattr(event, name) for name in ImportedEvent.__dataclass_fields__}
    assert event == ImportedEvent(**fields)
    assert hash(event) == hash(ImportedEvent(**fields))
    assert dataclasses.replace(event, summary="Qualifying").summary == "Qualifying"
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.summary = "changed"  # type: ignore[misc]
