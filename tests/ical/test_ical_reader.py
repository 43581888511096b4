"""Reading .ics files: our own round trip, other programs' files, and broken files."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import pytz
from ical_builders import EDGE_CASES, FIXTURES, make_all_day, make_event

from planner.domain.errors import ImportFormatError
from planner.ical import FeedCalendar, ImportedEvent, read_calendar, render_calendar


def _read_fixture(name: str, **options: str) -> tuple[ImportedEvent, ...]:
    return read_calendar((FIXTURES / name).read_bytes(), source_name=name, **options)


def _utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=pytz.utc)


def test_round_trip_keeps_instants_zones_and_texts(edge_calendar: FeedCalendar) -> None:
    imported = {
        event.uid: event
        for event in read_calendar(render_calendar(edge_calendar), source_name="feed.ics")
    }
    for event, expected_utc in EDGE_CASES.values():
        found = imported[event.uid]
        assert found.start == expected_utc
        assert found.end == event.end
        assert found.tzid == event.tzid
        assert found.summary == event.summary
        assert not found.all_day


def test_round_trip_keeps_every_field_we_write() -> None:
    event = make_event(
        "fp1",
        datetime(2023, 9, 1, 12, 10),
        sequence=4,
        description="Live timing, TV; line 2\nline 3 \\ end",
        location="Hockenheimring, Hockenheim",
        geo=(49.3278, 8.5656),
        url="https://24hseries.com/en/",
        categories=("GT4, Europe", "Free practice"),
        status="TENTATIVE",
        alarm_minutes_before=45,
        x_props=(("X-RACE-PLANNER-SESSION", "42"),),
    )
    (found,) = read_calendar(
        render_calendar(FeedCalendar(name="x", events=(event,))), source_name="x.ics"
    )
    assert (found.uid, found.sequence, found.status) == (event.uid, 4, "TENTATIVE")
    assert (found.description, found.location) == (event.description, event.location)
    assert found.geo == (49.3278, 8.5656)
    assert found.url == event.url
    assert found.categories == event.categories
    assert found.alarm_minutes_before == 45
    assert found.x_prop("X-RACE-PLANNER-SESSION") == "42"
    assert found.dtstamp == event.dtstamp
    assert found.last_modified == event.last_modified


def test_round_trip_of_all_day_event_keeps_dates_and_track_zone() -> None:
    event = make_all_day("round 5", date(2023, 9, 1), date(2023, 9, 3))
    (found,) = read_calendar(
        render_calendar(FeedCalendar(name="x", events=(event,))), source_name="x.ics"
    )
    assert found.all_day
    assert (found.start, found.end) == (date(2023, 9, 1), date(2023, 9, 4))
    assert found.tzid == "Europe/Berlin"


def test_second_occurrence_written_in_utc_comes_back_with_its_track_zone() -> None:
    event, expected_utc = EDGE_CASES["berlin-autumn-0230-second"]
    (found,) = read_calendar(
        render_calendar(FeedCalendar(name="x", events=(event,))), source_name="x.ics"
    )
    assert found.start == expected_utc
    assert found.tzid == "Europe/Berlin"


def test_outlook_windows_zone_with_vtimezone_is_read() -> None:
    practice, qualifying = _read_fixture("outlook_windows_zone.ics")
    assert practice.start == _utc(2022, 5, 13, 14, 20)
    assert qualifying.start == _utc(2022, 5, 13, 17, 5)
    assert practice.tzid == "W. Europe Standard Time"
    assert practice.location == "Hockenheimring, Hockenheim"


def test_google_export_mixes_utc_iana_tzid_and_floating_times() -> None:
    utc_event, tzid_event, floating_event = _read_fixture("google_export.ics")
    assert utc_event.start == _utc(2023, 9, 1, 10, 10)
    assert utc_event.tzid is None
    assert utc_event.sequence == 2
    # TZID=Europe/Berlin without a VTIMEZONE: the tz database decides.
    assert tzid_event.start == _utc(2023, 9, 2, 14, 55)
    # Floating time: the calendar's X-WR-TIMEZONE decides.
    assert floating_event.start == _utc(2023, 9, 3, 9, 35)
    assert (floating_event.tzid, floating_event.floating) == ("Europe/Stockholm", True)


def test_files_own_vtimezone_beats_the_tz_database() -> None:
    (event,) = _read_fixture("custom_vtimezone.ics")
    assert event.start == _utc(2023, 6, 1, 7, 0)
    assert event.end == _utc(2023, 6, 1, 8, 30)  # from DURATION


def test_floating_times_need_a_zone() -> None:
    with pytest.raises(ImportFormatError) as raised:
        _read_fixture("floating_without_zone.ics")
    assert raised.value.where == "floating_without_zone.ics, line 7"
    assert "STCC Ljungbyhed" in raised.value.message


def test_floating_times_read_in_the_zone_the_caller_gives() -> None:
    (event,) = _read_fixture("floating_without_zone.ics", floating_zone="Europe/Stockholm")
    assert event.start == _utc(2023, 6, 3, 12, 0)
    assert event.floating


@pytest.mark.parametrize(
    ("fixture", "where", "words"),
    [
        ("not_calendar.ics", "line 1", "not a calendar file"),
        ("contact.vcf", "line 1", "vCard"),
        ("truncated.ics", "line 8", "BEGIN:VEVENT is on line 4"),
        ("missing_dtstart.ics", "line 10", "“Race 2” (UID no-start@example.org)"),
        ("bad_date.ics", "line 7", "“20230231T101000Z”"),
        ("unknown_tzid.ics", "line 7", "Mars/Olympus_Mons"),
        ("broken_line.ics", "line 8", "this line has no colon"),
        ("latin1.ics", "line 7", "UTF-8"),
        ("two_dtstamps.ics", "line 4", "“Race” (UID a@b) cannot be read"),
    ],
)
def test_broken_files_name_the_file_and_line(fixture: str, where: str, words: str) -> None:
    with pytest.raises(ImportFormatError) as raised:
        _read_fixture(fixture)
    assert raised.value.where == f"{fixture}, {where}"
    assert words in raised.value.message


def test_empty_file_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="empty"):
        read_calendar(b"\r\n", source_name="empty.ics")


def test_event_without_dtstart_is_named_by_uid_and_summary() -> None:
    with pytest.raises(ImportFormatError) as raised:
        _read_fixture("missing_dtstart.ics")
    assert "UID no-start@example.org" in str(raised.value)
    assert "DTSTART" in str(raised.value)


@pytest.mark.usefixtures("swedish")
def test_reader_errors_are_in_swedish_when_the_app_is() -> None:
    with pytest.raises(ImportFormatError) as raised:
        _read_fixture("missing_dtstart.ics")
    assert str(raised.value) == (
        "missing_dtstart.ics, rad 10: Händelsen ”Race 2” (UID no-start@example.org) "
        "saknar starttid (DTSTART)."
    )


def test_lf_only_files_are_read_too() -> None:
    data = (FIXTURES / "google_export.ics").read_bytes().replace(b"\r\n", b"\n")
    assert len(read_calendar(data, source_name="lf.ics")) == 3


def test_event_ending_before_it_starts_is_refused() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\n"
        b"DTSTART:20230901T120000Z\r\nDTEND:20230901T110000Z\r\nSUMMARY:Backwards\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(ImportFormatError) as raised:
        read_calendar(data, source_name="b.ics")
    assert raised.value.where == "b.ics, line 7"
