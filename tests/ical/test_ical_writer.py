"""The bytes of a feed: structure, properties, states, caching."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import pytz
from ical_builders import STAMP, make_all_day, make_event, physical_lines, unfolded

from planner.domain.errors import ValidationError
from planner.ical import (
    FeedCalendar,
    FeedEvent,
    RenderedEvent,
    cancelled_summary,
    render_calendar,
    render_event,
    render_single_event,
)
from planner.ical.text import escape_text, fold_line


def _feed(*events: FeedEvent, **fields: object) -> bytes:
    return render_calendar(FeedCalendar(name="Bäckman 2023", events=events, **fields))  # type: ignore[arg-type]


def _event_block(lines: list[str], uid: str) -> list[str]:
    begin = lines.index(f"UID:{uid}") - 1
    end = lines.index("END:VEVENT", begin)
    return lines[begin : end + 1]


def test_every_line_ends_with_crlf(edge_calendar: FeedCalendar) -> None:
    data = render_calendar(edge_calendar)
    assert data.count(b"\n") == data.count(b"\r\n")
    physical_lines(data)


def test_no_line_is_longer_than_75_octets() -> None:
    long_text = "Bäckman, Söderström, Sällberg och Fluch; 4,574 km\n" * 10
    data = _feed(
        make_event("long", datetime(2023, 9, 1, 12, 10), description=long_text, location=long_text)
    )
    assert max(len(line) for line in physical_lines(data)) <= 75


def test_every_tzid_has_exactly_one_vtimezone(edge_calendar: FeedCalendar) -> None:
    text = render_calendar(edge_calendar).decode()
    used = set(re.findall(r";TZID=([^:;]+):", text))
    defined = re.findall(r"^TZID:(.+)\r$", text, flags=re.MULTILINE)
    assert used == {"Europe/Berlin", "Asia/Dubai", "America/New_York"}
    assert sorted(defined) == sorted(used)


def test_only_zones_used_get_a_vtimezone() -> None:
    lines = unfolded(_feed(make_event("one", datetime(2023, 9, 1, 12, 10))))
    assert [line for line in lines if line.startswith("TZID:")] == ["TZID:Europe/Berlin"]


def test_timed_events_use_tzid_and_local_wall_time() -> None:
    lines = unfolded(_feed(make_event("fp1", datetime(2023, 9, 1, 12, 10))))
    assert "DTSTART;TZID=Europe/Berlin:20230901T121000" in lines
    assert "DTEND;TZID=Europe/Berlin:20230901T131000" in lines


def test_ambiguous_wall_times_are_written_in_utc_with_the_track_zone_kept() -> None:
    second = make_event("late", datetime(2023, 10, 29, 2, 30), is_dst=False)
    first = make_event("early", datetime(2023, 10, 29, 2, 30), is_dst=True, minutes=20)
    lines = unfolded(_feed(second, first))
    late = _event_block(lines, second.uid)
    assert "DTSTART:20231029T013000Z" in late
    assert "X-RACE-PLANNER-TZID:Europe/Berlin" in late
    assert "DTSTART:20231029T003000Z" in _event_block(lines, first.uid)
    assert not any(line.startswith("BEGIN:VTIMEZONE") for line in lines)


def test_dtstamp_and_last_modified_are_utc() -> None:
    stamp = pytz.timezone("Europe/Stockholm").localize(datetime(2023, 8, 20, 10, 0))
    lines = unfolded(
        _feed(make_event("x", datetime(2023, 9, 1, 12, 10), dtstamp=stamp, last_modified=stamp))
    )
    assert "DTSTAMP:20230820T080000Z" in lines
    assert "LAST-MODIFIED:20230820T080000Z" in lines


def test_calendar_header_names_the_feed_and_hints_refresh() -> None:
    lines = unfolded(
        _feed(
            description="GT4, European Series",
            refresh_interval=timedelta(hours=3),
            timezone="Europe/Stockholm",
        )
    )
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Race Planner//Race Planner 0.1.0//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for expected in (
        "X-WR-CALNAME:Bäckman 2023",
        "NAME:Bäckman 2023",
        "X-WR-CALDESC:GT4\\, European Series",
        "DESCRIPTION:GT4\\, European Series",
        "REFRESH-INTERVAL;VALUE=DURATION:PT3H",
        "X-PUBLISHED-TTL:PT3H",
        "X-WR-TIMEZONE:Europe/Stockholm",
    ):
        assert expected in lines
    assert lines[-1] == "END:VCALENDAR"


def test_feed_has_no_organizer_attendee_or_request() -> None:
    text = _feed(make_event("x", datetime(2023, 9, 1, 12, 10))).decode()
    for forbidden in ("ORGANIZER", "ATTENDEE", "METHOD:REQUEST"):
        assert forbidden not in text


def test_single_event_file_has_no_calendar_name_and_publishes() -> None:
    lines = unfolded(render_single_event(make_event("race 2", datetime(2023, 9, 3, 11, 35))))
    assert "METHOD:PUBLISH" in lines
    assert not any(line.startswith(("X-WR-CALNAME", "NAME", "REFRESH-INTERVAL")) for line in lines)
    assert "BEGIN:VTIMEZONE" in lines
    assert lines.count("BEGIN:VEVENT") == 1


def test_cancelled_event_stays_with_status_and_words_and_loses_its_alarm() -> None:
    event = make_event(
        "race 1",
        datetime(2023, 9, 2, 16, 55),
        summary=cancelled_summary("Race 1", "en"),
        status="CANCELLED",
        sequence=3,
        alarm_minutes_before=30,
    )
    block = _event_block(unfolded(_feed(event)), event.uid)
    assert "STATUS:CANCELLED" in block
    assert "SUMMARY:Cancelled: Race 1" in block
    assert "SEQUENCE:3" in block
    assert "TRANSP:TRANSPARENT" in block
    assert "BEGIN:VALARM" not in block


def test_cancelled_summary_is_translated() -> None:
    assert cancelled_summary("Race 1", "sv") == "Inställt: Race 1"


def test_tentative_event_keeps_its_status() -> None:
    event = make_event("q", datetime(2023, 9, 2, 11, 10), status="TENTATIVE")
    assert "STATUS:TENTATIVE" in unfolded(_feed(event))


def test_alarm_is_a_display_alarm_before_the_start() -> None:
    event = make_event("fp2", datetime(2023, 9, 1, 17, 0), alarm_minutes_before=30)
    block = _event_block(unfolded(_feed(event)), event.uid)
    alarm = block[block.index("BEGIN:VALARM") : block.index("END:VALARM") + 1]
    assert alarm == [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:fp2",
        "TRIGGER:-PT30M",
        "END:VALARM",
    ]


def test_events_without_alarm_minutes_have_no_alarm() -> None:
    assert "BEGIN:VALARM" not in _feed(make_event("x", datetime(2023, 9, 1, 12, 10))).decode()


def test_all_day_event_has_date_values_with_exclusive_end() -> None:
    event = make_all_day("round 5", date(2023, 9, 1), date(2023, 9, 3))
    block = _event_block(unfolded(_feed(event)), event.uid)
    assert "DTSTART;VALUE=DATE:20230901" in block
    assert "DTEND;VALUE=DATE:20230904" in block
    assert "TRANSP:TRANSPARENT" in block


def test_optional_properties_are_written_and_escaped() -> None:
    event = make_event(
        "fp1",
        datetime(2023, 9, 1, 12, 10),
        description="Live timing, TV\\stream; line 2\nline 3",
        location="Hockenheimring, Hockenheim",
        geo=(49.3278, 8.5656),
        url="https://24hseries.com/en/live timing",
        categories=("GT4 European Series", "Free practice, 60 min"),
        x_props=(("X-RACE-PLANNER-SESSION", "fp1"),),
    )
    block = _event_block(unfolded(_feed(event)), event.uid)
    for expected in (
        "DESCRIPTION:Live timing\\, TV\\\\stream\\; line 2\\nline 3",
        "LOCATION:Hockenheimring\\, Hockenheim",
        "GEO:49.327800;8.565600",
        "URL:https://24hseries.com/en/live%20timing",
        "CATEGORIES:GT4 European Series,Free practice\\, 60 min",
        "X-RACE-PLANNER-SESSION:fp1",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
    ):
        assert expected in block


def test_render_event_is_pure_and_the_cache_gives_identical_bytes(
    edge_calendar: FeedCalendar,
) -> None:
    cache: dict[FeedEvent, RenderedEvent] = {}
    first = render_calendar(edge_calendar, event_cache=cache)
    assert len(cache) == len(edge_calendar.events)
    assert render_calendar(edge_calendar, event_cache=cache) == first
    assert render_calendar(edge_calendar) == first
    event = edge_calendar.events[0]
    assert cache[event].data == render_event(event).encode("utf-8")


def test_changed_event_is_rendered_anew_despite_the_cache() -> None:
    event = make_event("fp1", datetime(2023, 9, 1, 12, 10))
    cache: dict[FeedEvent, RenderedEvent] = {}
    render_calendar(FeedCalendar(name="x", events=(event,)), event_cache=cache)
    moved = make_event("fp1", datetime(2023, 9, 1, 13, 10), sequence=1)
    data = render_calendar(FeedCalendar(name="x", events=(moved,)), event_cache=cache)
    assert "DTSTART;TZID=Europe/Berlin:20230901T131000" in unfolded(data)


@pytest.mark.parametrize(
    "fields",
    [
        {"uid": ""},
        {"status": "MAYBE"},
        {"start": datetime(2023, 9, 1, 12, 0)},
        {"dtstamp": datetime(2023, 9, 1, 12, 0)},
        {"x_props": (("RACE", "x"),)},
        {"alarm_minutes_before": -5},
    ],
)
def test_feed_event_refuses_values_a_feed_cannot_hold(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        make_event("bad", datetime(2023, 9, 1, 12, 10), **fields)


def test_rendering_with_a_warm_cache_gives_the_same_bytes() -> None:
    """Speed is measured in benchmarks/, never asserted here; the cache must not change output."""
    zones = ["Europe/Berlin", "Asia/Dubai", "America/New_York", "Europe/Stockholm"]
    events = tuple(
        make_event(
            f"{index}",
            datetime(2023, 1, 1, 10) + timedelta(hours=7 * index),
            zones[index % 4],
            summary=f"Race {index} – Bäckman/Söderström/Sällberg",
            alarm_minutes_before=30,
            dtstamp=STAMP,
        )
        for index in range(200)
    )
    calendar = FeedCalendar(name="big", events=events)
    cache: dict[Any, Any] = {}
    first = render_calendar(calendar, event_cache=cache)
    assert len(cache) == 200
    assert render_calendar(calendar, event_cache=cache) == first == render_calendar(calendar)


def test_feed_event_refuses_an_unknown_zone_name() -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus_Mons"):
        make_all_day("x", date(2023, 9, 1), date(2023, 9, 1), tzid="Mars/Olympus_Mons")


@pytest.mark.parametrize(
    "uid",
    [
        "0b8f2c1e-5d4a-4c1b-9e7f-3a2b1c0d9e8f@race-planner",  # as the planner makes them
        "x" * 71,  # the longest written as it is
        "x" * 72,  # folded
        "event,with;escapes\\@example.org",
        "ümlaut-uid@example.org",
        "tab\there@example.org",
    ],
)
def test_a_uid_line_is_escaped_and_folded_as_any_text_line(uid: str) -> None:
    data = render_single_event(make_event("Race", datetime(2024, 5, 4, 14, 0), uid=uid))
    expected = fold_line(f"UID:{escape_text(uid)}") + "\r\n"
    assert expected.encode() in data
