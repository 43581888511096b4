"""Our feed as independent parsers read it: icalendar (khal) and vobject (Radicale).

A feed is good when other programs' parsers find every event at the right
instant, not when our own reader agrees with our writer.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import icalendar
import pytest
import pytz
import vobject
from ical_builders import EDGE_CASES, make_all_day, make_event

from planner.ical import FeedCalendar, FeedEvent, render_calendar

TRICKY_TEXT = "Race 1; Bäckman, Söderström \\ Sällberg\nline two\r\nline three"


def _vobject_events(data: bytes) -> dict[str, Any]:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {event.uid.value: event for event in calendar.vevent_list}


def _icalendar_events(data: bytes) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(pytz.utc)


@pytest.fixture
def edge_feed(edge_calendar: FeedCalendar) -> bytes:
    return render_calendar(edge_calendar)


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_vobject_reads_the_right_instant(edge_feed: bytes, case: str) -> None:
    event, expected_utc = EDGE_CASES[case]
    found = _vobject_events(edge_feed)[event.uid]
    assert _utc(found.dtstart.value) == expected_utc
    assert _utc(found.dtend.value) == _utc(event.end)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_icalendar_reads_the_right_instant(edge_feed: bytes, case: str) -> None:
    event, expected_utc = EDGE_CASES[case]
    found = _icalendar_events(edge_feed)[event.uid]
    assert _utc(found.decoded("DTSTART")) == expected_utc
    assert _utc(found.decoded("DTEND")) == _utc(event.end)  # type: ignore[arg-type]


def test_icalendar_uses_the_files_vtimezone_for_the_local_time(edge_feed: bytes) -> None:
    event, _utc_start = EDGE_CASES["hockenheim-race-1"]
    start = _icalendar_events(edge_feed)[event.uid].decoded("DTSTART")
    assert (start.hour, start.minute, start.utcoffset().total_seconds()) == (16, 55, 7200)


def test_vobject_sees_every_vtimezone_the_events_need(edge_feed: bytes) -> None:
    calendar = vobject.readOne(edge_feed.decode("utf-8"))
    defined = {vtimezone.tzid.value for vtimezone in calendar.vtimezone_list}
    assert defined == {"Europe/Berlin", "Asia/Dubai", "America/New_York"}


@pytest.fixture
def tricky_feed() -> tuple[FeedEvent, bytes]:
    event = make_event(
        "tricky",
        datetime(2023, 9, 1, 12, 10),
        summary=TRICKY_TEXT,
        description=TRICKY_TEXT * 3,
        location="Hockenheimring, Hockenheim; Baden-Württemberg",
        categories=("GT4, Europe", "Race;1", "back\\slash"),
        status="TENTATIVE",
        alarm_minutes_before=30,
    )
    return event, render_calendar(FeedCalendar(name="x", events=(event,)))


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n")


def test_vobject_reads_escaped_text_back(tricky_feed: tuple[FeedEvent, bytes]) -> None:
    event, data = tricky_feed
    found = _vobject_events(data)[event.uid]
    assert found.summary.value == _normalised(TRICKY_TEXT)
    assert found.description.value == _normalised(TRICKY_TEXT * 3)
    assert found.location.value == event.location
    assert list(found.categories.value) == list(event.categories)
    assert found.status.value == "TENTATIVE"


def test_icalendar_reads_escaped_text_back(tricky_feed: tuple[FeedEvent, bytes]) -> None:
    event, data = tricky_feed
    found = _icalendar_events(data)[event.uid]
    assert str(found["SUMMARY"]) == _normalised(TRICKY_TEXT)
    assert str(found["DESCRIPTION"]) == _normalised(TRICKY_TEXT * 3)
    assert str(found["LOCATION"]) == event.location
    assert list(found["CATEGORIES"].cats) == list(event.categories)


def test_parsers_read_the_alarm(tricky_feed: tuple[FeedEvent, bytes]) -> None:
    event, data = tricky_feed
    alarm = _vobject_events(data)[event.uid].valarm
    assert alarm.action.value == "DISPLAY"
    assert alarm.trigger.value.total_seconds() == -30 * 60
    (ical_alarm,) = _icalendar_events(data)[event.uid].walk("VALARM")
    assert ical_alarm.decoded("TRIGGER").total_seconds() == -30 * 60


@pytest.mark.parametrize("name", ["Bäckman", "Söderström", "Sällberg"])
@pytest.mark.parametrize("padding", range(60, 72))
def test_parsers_unfold_swedish_names_cut_at_the_fold(name: str, padding: int) -> None:
    summary = "x" * padding + name + " " + name
    event = make_event("fold", datetime(2023, 9, 1, 12, 10), summary=summary)
    data = render_calendar(FeedCalendar(name="x", events=(event,)))
    assert _vobject_events(data)[event.uid].summary.value == summary
    assert str(_icalendar_events(data)[event.uid]["SUMMARY"]) == summary


def test_parsers_read_all_day_events_with_exclusive_end() -> None:
    event = make_all_day("round 5", date(2023, 9, 1), date(2023, 9, 3))
    data = render_calendar(FeedCalendar(name="x", events=(event,)))
    found = _vobject_events(data)[event.uid]
    assert (found.dtstart.value, found.dtend.value) == (date(2023, 9, 1), date(2023, 9, 4))
    ical_event = _icalendar_events(data)[event.uid]
    assert ical_event.decoded("DTEND") == date(2023, 9, 4)


def test_parsers_read_cancelled_status() -> None:
    event = make_event("c", datetime(2023, 9, 1, 12, 10), status="CANCELLED")
    data = render_calendar(FeedCalendar(name="x", events=(event,)))
    assert _vobject_events(data)[event.uid].status.value == "CANCELLED"
    assert str(_icalendar_events(data)[event.uid]["STATUS"]) == "CANCELLED"


def test_parsers_follow_a_rule_change_between_seasons() -> None:
    # US DST began on 2 April 2006 and on 11 March 2007: 20 March is EST then EDT.
    before = make_event("2006", datetime(2006, 3, 20, 12, 0), "America/New_York")
    after = make_event("2007", datetime(2007, 3, 20, 12, 0), "America/New_York")
    data = render_calendar(FeedCalendar(name="x", events=(before, after)))
    for uid, expected in ((before.uid, 17), (after.uid, 16)):
        assert _utc(_vobject_events(data)[uid].dtstart.value).hour == expected
        assert _utc(_icalendar_events(data)[uid].decoded("DTSTART")).hour == expected
