"""The shapes real publishers use, one behaviour at a time (the corpus test measures them all)."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.importing.schedule_text import ParsedSchedule, parse_schedule
from planner.importing.season_calendar import parse_season_calendar

WEEKEND = {"year": 2024, "first_day": date(2024, 9, 13), "last_day": date(2024, 9, 15)}


def read(text: str) -> ParsedSchedule:
    return parse_schedule(text, **WEEKEND)  # type: ignore[arg-type]


def starts(parsed: ParsedSchedule) -> list[tuple[str, str, str]]:
    return [
        (session.day.isoformat(), f"{session.start:%H:%M}", session.name)
        for session in parsed.sessions
        if not session.set_aside
    ]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("3 p.m. Race", time(15, 0), None),
        ("6pm Race", time(18, 0), None),
        ("8-8:20 a.m. Race", time(8, 0), time(8, 20)),
        ("1:05 – 1:55 p.m. Race", time(13, 5), time(13, 55)),
        ("11:30 - 1:30 p.m. Race", time(11, 30), time(13, 30)),
        ("noon Race", time(12, 0), None),
        ("midnight Race", time(0, 0), None),
        ("kl. 14 Race", time(14, 0), None),
        ("14 Uhr Rennen", time(14, 0), None),
        ("10:35   11:35   Race", time(10, 35), time(11, 35)),
        ("10:35\t11:35\tRace", time(10, 35), time(11, 35)),
    ],
)
def test_twelve_hour_clocks_words_and_end_cells(line: str, start: time, end: time | None) -> None:
    session = read(f"Friday 13 September\n{line}").sessions[0]

    assert (session.start, session.end) == (start, end)


def test_a_day_written_after_the_time_or_in_a_cell_is_the_sessions_day() -> None:
    parsed = read(
        "Practice 1 6:50pm Friday September 13\n"
        "| Qualifying | 10:58 Sat (15mins) |\n"
        "Race 1\tSunday\t16:00\n"
    )

    assert starts(parsed) == [
        ("2024-09-13", "18:50", "Practice 1"),
        ("2024-09-14", "10:58", "Qualifying"),
        ("2024-09-15", "16:00", "Race 1"),
    ]


def test_a_web_table_copied_one_cell_per_line_is_read_as_rows() -> None:
    cells = ["Day", "Start", "End", "Session", "Friday", "11:00", "11:45", "Practice 1"]
    text = "\n".join([*cells, "Saturday", "10:15", "10:45", "Qualifying"])

    parsed = read(text)

    assert starts(parsed) == [
        ("2024-09-13", "11:00", "Practice 1"),
        ("2024-09-14", "10:15", "Qualifying"),
    ]
    assert parsed.sessions[0].line_number == 5 and parsed.sessions[0].end == time(11, 45)
    assert parsed.unread == ()


def test_a_day_then_several_sessions_on_one_line() -> None:
    parsed = read("Fredag 13 september: Träning 1 kl. 10.00, Träning 2 kl. 14.30")

    assert starts(parsed) == [
        ("2024-09-13", "10:00", "Träning 1"),
        ("2024-09-13", "14:30", "Träning 2"),
    ]


def test_lines_around_the_sessions_are_set_aside_with_the_reason() -> None:
    parsed = read("Saturday 14 September\n08:00 Gates open\n09:55 Pit lane open\n10:00 Qualifying")

    aside = [(session.name, session.set_aside) for session in parsed.sessions if session.set_aside]
    assert aside == [
        ("Gates open", "Not a session on track."),
        ("Pit lane open", "Not a session on track."),
    ]
    assert starts(parsed) == [("2024-09-14", "10:00", "Qualifying")]


def test_a_tv_listing_repeating_a_session_becomes_its_broadcast_note() -> None:
    parsed = read("Lördag 14 september\n14.00 Race 1\nSänds i TV:\n14.00 – Race 1 [Viasat Sport]")

    race, repeat = parsed.sessions
    assert race.broadcast == "Viasat Sport" and not race.set_aside
    assert repeat.set_aside.startswith("Repeats line 2")
    assert [line.text for line in parsed.unread] == ["Sänds i TV:"]  # no time: listed, not read


def test_tbc_sessions_are_tentative_on_their_day() -> None:
    parsed = read("Friday 13 September\n10:00 - 11:00 Free Practice 1\nTBC Free Practice 2\n")

    practice_2 = parsed.sessions[1]
    assert practice_2.tentative and practice_2.day == date(2024, 9, 13)
    assert practice_2.start == time(11, 0)  # kept after the session before it
    assert "TBC" in practice_2.notes


def test_two_zones_on_one_line_use_the_tracks_and_say_so() -> None:
    parsed = read("Friday 13 September\n11:00 GMT / 14:00 local   Free Practice")

    session = parsed.sessions[0]
    assert session.start == time(14, 0)
    assert "also written as 11:00 GMT" in session.notes
    assert parsed.written_in is not None and parsed.written_in.kind == "track"


def test_an_unreadable_date_line_does_not_leave_the_day_above_in_force() -> None:
    parsed = read("Friday 13 September\n10:00 Practice\nMoonday 14/9\n11:00 Race")

    assert starts(parsed) == [("2024-09-13", "10:00", "Practice")]
    assert [line.line_number for line in parsed.unread] == [3, 4]
    assert "looks like a date" in parsed.unread[1].reason


def test_german_and_danish_day_headings() -> None:
    parsed = read("Freitag, 13. September 2024\n10.00 Uhr Training\nLørdag 14/9\nkl. 11.00 Heat 1")

    assert starts(parsed) == [
        ("2024-09-13", "10:00", "Training"),
        ("2024-09-14", "11:00", "Heat 1"),
    ]


@pytest.mark.parametrize(
    ("line", "first", "last", "place", "number"),
    [
        ("• 28–30 April Oschersleben", "2024-04-28", "2024-04-30", "Oschersleben", None),
        ("Zolder: 11/13 September", "2024-09-11", "2024-09-13", "Zolder", None),
        ("Race 1: 6 MAY Knutstorp", "2024-05-06", "2024-05-06", "Knutstorp", 1),
        ("28.-30.04. Hockenheim", "2024-04-28", "2024-04-30", "Hockenheim", None),
        ("28–30 april, Mantorp Park", "2024-04-28", "2024-04-30", "Mantorp Park", None),
    ],
)
def test_season_calendar_lines_as_series_publish_them(
    line: str, first: str, last: str, place: str, number: int | None
) -> None:
    parsed = parse_season_calendar(line, year=2024)

    assert parsed.unread == ()
    (found,) = parsed.rounds
    assert (found.first_day.isoformat(), found.last_day.isoformat()) == (first, last)
    assert (found.place, found.number) == (place, number)


def test_every_line_with_a_time_is_a_session_or_listed_with_a_reason() -> None:
    text = (
        "Timetable issued 10:30\n"
        "Friday 13 September\n"
        "10:00 Practice\n"
        "Parking opens at 07:00 sharp, bring your pass.\n"
        "Bring ear plugs!\n"
        "09:00 Gates open\n"
    )
    parsed = read(text)

    read_lines = {session.line_number for session in parsed.sessions}
    listed = {line.line_number: line.reason for line in parsed.unread}
    for number, line in enumerate(text.splitlines(), start=1):
        if any(character.isdigit() for character in line) and ":" in line:
            assert number in read_lines or listed.get(number), line
    assert 1 in listed  # not taken for a title
