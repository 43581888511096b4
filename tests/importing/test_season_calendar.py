"""Season calendars -> rounds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.importing.season_calendar import parse_season_calendar

SCHEDULES = Path(__file__).parent.parent / "fixtures" / "schedules"


def test_gt4_calendar_gives_six_rounds_in_2023() -> None:
    text = (SCHEDULES / "gt4-calendar-2023-en.txt").read_text(encoding="utf-8")
    calendar = parse_season_calendar(text, year=2023)

    assert [(r.first_day, r.last_day, r.place, r.country) for r in calendar.rounds] == [
        (date(2023, 4, 22), date(2023, 4, 23), "Monza", "Italy"),
        (date(2023, 6, 2), date(2023, 6, 4), "Paul Ricard", "France"),
        (date(2023, 6, 29), date(2023, 7, 2), "Spa", "Belgium"),
        (date(2023, 7, 14), date(2023, 7, 16), "Misano", "Italy"),
        (date(2023, 9, 1), date(2023, 9, 3), "Hockenheim", "Germany"),
        (date(2023, 9, 29), date(2023, 10, 1), "Barcelona", "Spain"),
    ]
    assert calendar.heading == "GT4 Europe Calendar 2023"
    assert calendar.unread == ()


@pytest.mark.parametrize(
    ("line", "first", "last", "place", "country"),
    [
        ("22–23 april – Monza, Italien", date(2022, 4, 22), date(2022, 4, 23), "Monza", "Italien"),
        ("29 juni–2 juli: Spa, Belgien", date(2022, 6, 29), date(2022, 7, 2), "Spa", "Belgien"),
        ("3-4 juni Ljungbyhed", date(2022, 6, 3), date(2022, 6, 4), "Ljungbyhed", None),
        ("13–15 maj 2022 – Hockenheim", date(2022, 5, 13), date(2022, 5, 15), "Hockenheim", None),
        (
            "22nd–24th April: Oschersleben (Germany)",
            date(2022, 4, 22),
            date(2022, 4, 24),
            "Oschersleben",
            "Germany",
        ),
        (
            "20–22/5 Red Bull Ring, Österrike",
            date(2022, 5, 20),
            date(2022, 5, 22),
            "Red Bull Ring",
            "Österrike",
        ),
        (
            "2022-10-28 – 2022-10-30 Hockenheimring",
            date(2022, 10, 28),
            date(2022, 10, 30),
            "Hockenheimring",
            None,
        ),
        (
            "June 3rd - Ljungbyhed, Sverige",
            date(2022, 6, 3),
            date(2022, 6, 3),
            "Ljungbyhed",
            "Sverige",
        ),
    ],
)
def test_round_shapes_in_english_and_swedish(
    line: str, first: date, last: date, place: str, country: str | None
) -> None:
    calendar = parse_season_calendar(line, year=2022)

    assert calendar.unread == ()
    (parsed,) = calendar.rounds
    assert (parsed.first_day, parsed.last_day, parsed.place, parsed.country) == (
        first,
        last,
        place,
        country,
    )


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("1. 22–23 april – Monza", 1),
        ("Round 3: June 29th-July 2nd - Spa", 3),
        ("Omgång 3: 29 juni–2 juli: Spa", 3),
        ("R3 29 juni–2 juli Spa", 3),
        ("#3 29/6–2/7 Spa", 3),
    ],
)
def test_numbered_lists_keep_the_round_number(line: str, number: int) -> None:
    (parsed,) = parse_season_calendar(line, year=2023).rounds

    assert (parsed.number, parsed.place) == (number, line.rsplit(" ", 1)[-1])


def test_round_across_new_year_ends_in_the_next_year() -> None:
    (parsed,) = parse_season_calendar("December 30th-January 2nd - Dubai, UAE", year=2023).rounds

    assert (parsed.first_day, parsed.last_day) == (date(2023, 12, 30), date(2024, 1, 2))


def test_round_with_both_years_written() -> None:
    (parsed,) = parse_season_calendar("29 december 2023 – 2 januari 2024 Dubai", year=2023).rounds

    assert (parsed.first_day, parsed.last_day) == (date(2023, 12, 29), date(2024, 1, 2))


def test_impossible_date_is_unread_with_a_reason() -> None:
    calendar = parse_season_calendar("June 30th-31st - Monza, Italy\n31 June – Spa", year=2023)

    assert calendar.rounds == ()
    assert [line.reason for line in calendar.unread] == [
        "2023-06-31 is not a date in the calendar.",
        "2023-06-31 is not a date in the calendar.",
    ]


def test_implausibly_long_round_is_unread() -> None:
    calendar = parse_season_calendar("April 2nd-July 2nd - Spa", year=2023)

    assert "check the dates" in calendar.unread[0].reason


def test_lines_that_are_not_rounds_are_unread_after_the_first_round() -> None:
    text = "Kalender 2022\n3-4 juni Ljungbyhed\nSäsongen avslutas i oktober.\n"
    calendar = parse_season_calendar(text, year=2022)

    assert calendar.heading == "Kalender 2022"
    assert [(line.line_number, line.text) for line in calendar.unread] == [
        (3, "Säsongen avslutas i oktober.")
    ]


def test_dates_without_a_place_are_unread() -> None:
    calendar = parse_season_calendar("3-4 juni", year=2022)

    assert calendar.unread[0].reason == "This round has dates but no place."
