"""Day headings in their many published shapes, and where a missing year comes from."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.importing.schedule_text import parse_schedule


def first_day(text: str, year: int | None = None) -> date:
    schedule = parse_schedule(text, year=year)
    assert schedule.unread == (), schedule.unread
    return schedule.sessions[0].day


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Friday September 1st:", date(2023, 9, 1)),
        ("FRIDAY 29 SEPTEMBER 2023", date(2023, 9, 29)),
        ("Fredag 1 september:", date(2023, 9, 1)),
        ("Lördag 2 september", date(2023, 9, 2)),
        ("Fri 03.06.2022 |", date(2022, 6, 3)),
        ("Sat 2 Sep", date(2023, 9, 2)),
        ("2023-09-02", date(2023, 9, 2)),
        ("Söndag 3/9", date(2023, 9, 3)),
        ("SÖNDAG 3 SEPT.", date(2023, 9, 3)),
        ("sön 3 sep", date(2023, 9, 3)),
        ("Saturday, 2nd of September", date(2023, 9, 2)),
        ("lördag den 2:a september", date(2023, 9, 2)),
        ("**Saturday 2 September**", date(2023, 9, 2)),
        ("Sep 2, 2023", date(2023, 9, 2)),
        ("fre 1.9.", date(2023, 9, 1)),
    ],
)
def test_heading_shapes_in_english_and_swedish(heading: str, expected: date) -> None:
    assert first_day(f"{heading}\n10:00 Free Practice\n", year=2023) == expected


def test_swedish_heading_with_the_year_taken_from_the_season() -> None:
    assert first_day("Fredag 13 maj:\n16.20 Fri träning\n", year=2022) == date(2022, 5, 13)
    assert first_day("Lördag 4 juni\n10.00 Kval\n", year=2022) == date(2022, 6, 4)


def test_year_comes_from_the_event_days_across_new_year() -> None:
    text = "Friday 29 December\n10:00 Practice\nMonday 1 January\n10:00 Race\n"
    schedule = parse_schedule(text, first_day=date(2023, 12, 29), last_day=date(2024, 1, 1))

    assert [session.day for session in schedule.sessions] == [date(2023, 12, 29), date(2024, 1, 1)]


def test_year_rolls_over_when_a_timetable_runs_into_january() -> None:
    text = "Friday 29 December\n10:00 Practice\nMonday 1 January\n10:00 Race\n"
    schedule = parse_schedule(text, year=2023)

    assert [session.day for session in schedule.sessions] == [date(2023, 12, 29), date(2024, 1, 1)]


def test_year_written_in_the_title_serves_later_headings() -> None:
    text = "Timetable 2023\nSaturday 2 September\n10:00 Race\n"

    assert first_day(text) == date(2023, 9, 2)


def test_weekday_that_contradicts_the_date_is_unread_with_a_reason() -> None:
    text = "Friday 2 September\n10:00 Race\n"
    schedule = parse_schedule(text, year=2023)

    assert schedule.sessions == ()
    heading, session = schedule.unread
    assert heading.line_number == 1
    assert "2023-09-02 is a Saturday, not a Friday" in heading.reason
    assert session.line_number == 2
    assert "could not be read" in session.reason


def test_impossible_date_is_unread_with_a_reason() -> None:
    schedule = parse_schedule("Fri 31.06.2022\n10:00 Race\n")

    assert schedule.unread[0].reason == "2022-06-31 is not a date in the calendar."


def test_weekday_alone_is_placed_inside_the_event_days() -> None:
    text = "Saturday:\n10:00 Qualifying\nSunday:\n14:00 Race\n"
    schedule = parse_schedule(text, first_day=date(2023, 9, 1), last_day=date(2023, 9, 3))

    assert [session.day for session in schedule.sessions] == [date(2023, 9, 2), date(2023, 9, 3)]


def test_weekday_alone_without_event_days_is_unread() -> None:
    schedule = parse_schedule("Saturday\n10:00 Race\n", year=2023)

    assert "alone does not say which date" in schedule.unread[0].reason


def test_session_before_any_heading_is_unread_unless_the_event_is_one_day() -> None:
    assert "no day heading" in parse_schedule("10:00 Race\n").unread[0].reason
    one_day = parse_schedule("10:00 Race\n", first_day=date(2022, 6, 4), last_day=date(2022, 6, 4))
    assert one_day.sessions[0].day == date(2022, 6, 4)


def test_day_written_on_the_session_line_itself() -> None:
    text = "Fri 1 Sep 12:10 Free Practice 1\nSat 2 Sep | 11:10 | Qualifying\n17:00 Race 1\n"
    schedule = parse_schedule(text, year=2023)

    assert [(s.day, s.start, s.name) for s in schedule.sessions] == [
        (date(2023, 9, 1), time(12, 10), "Free Practice 1"),
        (date(2023, 9, 2), time(11, 10), "Qualifying"),
        (date(2023, 9, 2), time(17, 0), "Race 1"),
    ]
